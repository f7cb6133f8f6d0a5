"""Everything the personnel rules look at, gathered once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from congress.core.collation import sort_names
from congress.core.matching import Match, match_lists
from congress.core.people import PeopleList, Person, Role, Status
from congress.core.ward import Unit


@dataclass(frozen=True)
class PersonnelContext:
    """The proposal, the outgoing committee and the ward facts the rules need."""

    proposed: PeopleList
    previous: PeopleList | None
    planned_size: int | None
    reference_date: date
    member_organisations: Sequence[Unit] | None = None
    residential_areas: Sequence[Unit] | None = None
    matches: dict[int, Match] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        proposed: PeopleList,
        previous: PeopleList | None,
        planned_size: int | None,
        reference_date: date,
        member_organisations: Sequence[Unit] | None = None,
        residential_areas: Sequence[Unit] | None = None,
    ) -> PersonnelContext:
        matches = match_lists(proposed, previous) if previous is not None else {}
        return cls(
            proposed,
            previous,
            planned_size,
            reference_date,
            member_organisations,
            residential_areas,
            matches,
        )

    def status_of(self, index: int) -> Status:
        return Status.RE_ELECTED if index in self.matches else Status.NEW

    @property
    def re_elected(self) -> list[Person]:
        return [self.proposed.people[i] for i in sorted(self.matches)]

    def with_role(self, *roles: Role) -> list[Person]:
        return [p for p in self.proposed.people if p.role in roles]


def names(people: Sequence[Person]) -> list[str]:
    """Names in Vietnamese order, for a finding's `people`."""
    return sort_names(p.name for p in people)
