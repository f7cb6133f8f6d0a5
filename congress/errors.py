"""One exception tree for everything the tool reports to a user.

Every error carries one or more `Problem`s: where (file, row, column) and what, as a message key
of `congress.i18n` with its parameters, so the CLI can print it in Vietnamese or English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from congress.i18n import t


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we know."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)
    file: str | None = None
    row: int | None = None
    column: str | None = None

    def render(self, lang: str | None = None) -> str:
        where = [p for p in (self.file, _row(self.row, lang), _col(self.column, lang)) if p]
        text = t(self.key, lang, **self.params)
        return f"{', '.join(where)}: {text}" if where else text


def _row(row: int | None, lang: str | None) -> str | None:
    return None if row is None else t("where.row", lang, row=row)


def _col(column: str | None, lang: str | None) -> str | None:
    return None if column is None else t("where.column", lang, column=column)


class CongressError(Exception):
    """Base of every error the tool reports to a user; exit code 2 unless a subclass says otherwise."""

    exit_code = 2

    def __init__(self, *problems: Problem) -> None:
        self.problems: tuple[Problem, ...] = problems
        super().__init__(self.render())

    def render(self, lang: str | None = None) -> str:
        return "\n".join(p.render(lang) for p in self.problems)


class InputError(CongressError):
    """An input file is missing, unreadable or holds values that cannot be used."""


class SpreadsheetError(InputError):
    """A list of people (xlsx/csv) cannot be read or has bad cells."""


class LegacyEncodingError(SpreadsheetError):
    """A list was typed in a legacy Vietnamese encoding (TCVN3/VNI) and must be converted."""


class ConfigError(InputError):
    """A ruleset, ward or workflow file has a wrong key or value."""


class StoreError(CongressError):
    """The state database cannot be used (missing, locked, corrupt, or from a newer version)."""


class TamperedError(StoreError):
    """The state database was changed outside the program; `congress doctor` lists what."""


class ConcurrentChangeError(CongressError):
    """Someone else changed the ward meanwhile; nothing was written, run the command again."""

    exit_code = 1


class WorkflowError(CongressError):
    """A transition was refused or is not possible from the ward's current stage."""

    exit_code = 1


class FindingsError(CongressError):
    """A blocking finding about the data stops what was asked (a final copy with parts to write)."""

    exit_code = 1
