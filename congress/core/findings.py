"""The one shape every check returns (spec §4): a finding per rule outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from congress.core.figures import Bound, Ratio
from congress.core.model import Model


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
    `hints` picks zero or more hint templates; `values` fill both. A rule that holds a share to
    a limit gives them as `actual` (a `Ratio`) and `limit` (a `Bound`): the one source of that
    figure for every output.
    """

    status: Status
    variant: str
    values: dict[str, Any] = field(default_factory=dict)
    actual: Ratio | dict[str, Any] = field(default_factory=dict)
    limit: Bound | dict[str, Any] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)
    hints: tuple[str, ...] = ()
    # A check the ruleset makes optional (`double_entry_match.required: false` with no second
    # entry): not checked, and shown as a warning, so it never stops the ward.
    optional: bool = False


class Finding(Model):
    """A rule's verdict with its figures, the people concerned, and what would fix it."""

    rule: str
    ok: bool
    severity: Severity
    status: Status
    title: str
    actual: Ratio | dict[str, Any]
    limit: Bound | dict[str, Any]
    people: list[str]
    message: str
    hint: str | None
    basis: str

    @property
    def ratio(self) -> Ratio | None:
        """The share the rule computed, when it holds one to a limit."""
        return self.actual if isinstance(self.actual, Ratio) else None

    @property
    def bound(self) -> Bound | None:
        """The limit that share was held to."""
        return self.limit if isinstance(self.limit, Bound) else None

    @property
    def unchecked(self) -> bool:
        """The rule could not read its data (a column or file missing or unrecognised)."""
        return self.status is Status.NOT_CHECKED

    @property
    def blocking(self) -> bool:
        """An error-level rule that failed or was not checked: it stands in the way of the
        transition it guards ("not checked is not passed"). `ok` stays the rule's own verdict
        (True for not checked: nothing failed); a not-checked warning never blocks."""
        return self.severity is Severity.ERROR and (not self.ok or self.unchecked)


def any_blocking(findings: list[Finding]) -> bool:
    """Whether a check stops here: the one place the commands' exit code and `ok` come from."""
    return any(f.blocking for f in findings)
