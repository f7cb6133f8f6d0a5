"""The structure of a proposal by category, counted from the list's «Cơ cấu» column.

The personnel scheme shows who the proposed members stand for: each member organisation (with
the number of its people), the residential areas (how many of the ward's areas have someone),
and the other categories of individuals (religious dignitaries, business, intellectuals…) as the
list names them. Every person is counted once, in the first group that matches their «Cơ cấu»
(an organisation, then a residential area, then its own text), so the groups add up to the
proposal. Matching is the one the representation rules use (`contains_phrase` over a unit's
spellings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from congress.core.people import Person
from congress.core.personnel_context import PersonnelContext
from congress.core.text import clean, contains_phrase
from congress.core.ward import Unit

UNSTATED = "Chưa ghi cơ cấu"


@dataclass(frozen=True)
class Group:
    """A line of the structure: a category and the number of proposed people in it."""

    name: str
    count: int


@dataclass(frozen=True)
class Composition:
    """The proposal by member organisation, residential area and category of individuals."""

    total: int
    organisations: list[Group]  # every member organisation of ward.yaml, in its order
    organisations_known: bool  # ward.yaml lists the member organisations
    area_people: int  # people who stand for a residential area
    areas_represented: int
    areas_total: int | None  # None when ward.yaml lists no residential areas
    categories: list[Group]  # the other «Cơ cấu» values, most people first

    @property
    def organisation_people(self) -> int:
        return sum(g.count for g in self.organisations)

    @property
    def organisations_represented(self) -> int:
        return sum(1 for g in self.organisations if g.count)

    @property
    def category_people(self) -> int:
        return sum(g.count for g in self.categories)


def _first_match(text: str, units: Sequence[Unit]) -> int | None:
    for index, unit in enumerate(units):
        if any(contains_phrase(text, spelling) for spelling in unit.spellings):
            return index
    return None


def _category(person: Person) -> str:
    return clean(person.representation or "") or UNSTATED


def composition(ctx: PersonnelContext) -> Composition:
    """Count the proposal by category (see the module's docstring)."""
    orgs = list(ctx.member_organisations or [])
    areas = list(ctx.residential_areas or [])
    org_counts = [0] * len(orgs)
    area_hits = [0] * len(areas)
    categories: dict[str, int] = {}
    for person in ctx.proposed.people:
        text = person.representation or ""
        org = _first_match(text, orgs) if text else None
        if org is not None:
            org_counts[org] += 1
            continue
        area = _first_match(text, areas) if text else None
        if area is not None:
            area_hits[area] += 1
            continue
        name = _category(person)
        categories[name] = categories.get(name, 0) + 1
    order = {name: i for i, name in enumerate(categories)}
    ranked = sorted(categories.items(), key=lambda item: (-item[1], order[item[0]]))
    return Composition(
        total=len(ctx.proposed.people),
        organisations=[Group(u.name, c) for u, c in zip(orgs, org_counts, strict=True)],
        organisations_known=ctx.member_organisations is not None,
        area_people=sum(area_hits),
        areas_represented=sum(1 for hit in area_hits if hit),
        areas_total=None if ctx.residential_areas is None else len(areas),
        categories=[Group(name, count) for name, count in ranked],
    )
