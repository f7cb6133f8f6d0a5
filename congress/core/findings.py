"""The one shape every check returns (spec §4): a finding per rule outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class Outcome:
    """What a rule computed, before its texts are filled in from the catalogue.

    `variant` picks the message template (``ok``, ``fail``, or a rule-specific variant);
    `hints` picks zero or more hint templates; `values` fill both.
    """

    status: Status
    variant: str
    values: dict[str, Any] = field(default_factory=dict)
    actual: dict[str, Any] = field(default_factory=dict)
    limit: dict[str, Any] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)
    hints: tuple[str, ...] = ()


class Finding(BaseModel):
    """A rule's verdict with its figures, the people concerned, and what would fix it."""

    rule: str
    ok: bool
    severity: Severity
    status: Status
    title: str
    actual: dict[str, Any]
    limit: dict[str, Any]
    people: list[str]
    message: str
    hint: str | None
    basis: str

    @property
    def blocking(self) -> bool:
        return not self.ok and self.severity is Severity.ERROR


def any_blocking(findings: list[Finding]) -> bool:
    return any(f.blocking for f in findings)
