"""Use case `congress doctor`: is the state database as the program left it?"""

from __future__ import annotations

from dataclasses import dataclass

from congress.core.records import Store


@dataclass(frozen=True)
class DoctorReport:
    """What the check of the whole history chain and of every ward found (empty: sound)."""

    problems: list[str]
    history_rows: int
    wards: int

    @property
    def ok(self) -> bool:
        return not self.problems


def examine(store: Store, lang: str) -> DoctorReport:
    """Verify the whole chain, every ward against its last transition, the append-only guard."""
    problems = [p.render(lang) for p in store.verify()]
    if problems:
        return DoctorReport(problems, 0, 0)
    wards = store.list_wards()
    rows = sum(len(store.history(w.slug)) for w in wards)
    return DoctorReport([], rows, len(wards))
