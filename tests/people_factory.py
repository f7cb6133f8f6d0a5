"""Build in-memory lists of people for rule tests (the reader is tested on real files elsewhere)."""

from __future__ import annotations

from datetime import date

from congress.core.people import Gender, PeopleList, Person, Role
from congress.core.personnel_context import PersonnelContext
from congress.core.ward import Unit

GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam"]


def person(index: int, **fields: object) -> Person:
    """A distinct person: unique name and birth year from `index`."""
    values: dict[str, object] = {
        "name": f"Nguyễn Văn {GIVEN[index % len(GIVEN)]} {index}",
        "row": index + 2,
        "birth_year": 1950 + index % 50,
        "gender": Gender.MALE,
        "party_member": True,
        "role": Role.MEMBER,
    }
    values.update(fields)
    return Person(**values)  # type: ignore[arg-type]


def people(items: list[Person], label: str = "proposed", **kwargs: object) -> PeopleList:
    return PeopleList(label=label, source=f"{label}.xlsx", people=tuple(items), **kwargs)  # type: ignore[arg-type]


def standing(items: list[Person]) -> list[Person]:
    """Give the first four people a valid Standing Committee: chair, two vice-chairs, a member."""
    roles = [Role.CHAIR, Role.VICE_CHAIR, Role.VICE_CHAIR, Role.STANDING_MEMBER]
    out = list(items)
    for i, role in enumerate(roles[: len(out)]):
        p = out[i]
        out[i] = Person(**{**{s: getattr(p, s) for s in p.__slots__}, "role": role})
    return out


def committee(
    size: int,
    *,
    re_elected: int = 0,
    non_party: int = 0,
    women: int = 0,
    previous_size: int | None = None,
    previous_non_party: int = 0,
    previous_mid_term: int = 0,
) -> tuple[PeopleList, PeopleList]:
    """A proposal of `size` people of whom the first `re_elected` sat on the outgoing list; the
    last `previous_mid_term` people of the outgoing list joined it during its term."""
    previous_size = max(previous_size or size, re_elected)
    old = [
        person(
            i,
            party_member=i >= previous_non_party,
            added_mid_term=i >= previous_size - previous_mid_term,
        )
        for i in range(previous_size)
    ]  # previous: the first `previous_non_party` are non-Party
    new = []
    for i in range(size):
        base = old[i] if i < re_elected else person(1000 + i)
        new.append(
            Person(
                **{
                    **{s: getattr(base, s) for s in base.__slots__},
                    "row": i + 2,
                    "party_member": i >= non_party,
                    "gender": Gender.FEMALE if i < women else Gender.MALE,
                    "added_mid_term": False,
                }
            )
        )
    return people(standing(new)), people(old, "previous", marks_mid_term=previous_mid_term > 0)


def context(
    proposed: PeopleList,
    previous: PeopleList | None,
    planned: int,
    orgs: list[Unit] | None = None,
    areas: list[Unit] | None = None,
) -> PersonnelContext:
    return PersonnelContext.build(proposed, previous, planned, date(2024, 1, 12), orgs, areas)
