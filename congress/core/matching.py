"""Who on the proposed list sat on the outgoing committee (spec §3, identity across lists)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from congress.core.people import PeopleList, Person
from congress.core.text import fold


class MatchedBy(StrEnum):
    IDENTITY = "identity"
    NAME_AND_YEAR = "name_and_year"
    NAME_ONLY = "name_only"


@dataclass(frozen=True, slots=True)
class Match:
    """A proposed person found on the outgoing list; `by` says how sure the match is."""

    proposed: Person
    previous: Person
    by: MatchedBy


def _same_year(a: Person, b: Person) -> bool | None:
    """True/False when both years are known, None when one is missing."""
    if a.birth_year is None or b.birth_year is None:
        return None
    return a.birth_year == b.birth_year


def match_lists(proposed: PeopleList, previous: PeopleList) -> dict[int, Match]:
    """Map the index of each re-elected proposed person to their row on the outgoing list.

    The same identity number when both rows have one; otherwise the same folded name and the same
    birth year; a name with no birth year on one side matches too, marked NAME_ONLY. Each outgoing
    person is matched at most once, certain matches first.
    """
    by_id: dict[str, int] = {}
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(previous.people):
        if person.identity_number:
            by_id.setdefault(person.identity_number, index)
        by_name[fold(person.name)].append(index)

    taken: set[int] = set()
    result: dict[int, Match] = {}
    for certain in (True, False):
        for index, person in enumerate(proposed.people):
            if index in result:
                continue
            found = _find(person, previous, by_id, by_name, taken, certain=certain)
            if found is not None:
                taken.add(found[0])
                result[index] = Match(person, previous.people[found[0]], found[1])
    return result


def _find(
    person: Person,
    previous: PeopleList,
    by_id: dict[str, int],
    by_name: dict[str, list[int]],
    taken: set[int],
    *,
    certain: bool,
) -> tuple[int, MatchedBy] | None:
    if certain and person.identity_number and person.identity_number in by_id:
        index = by_id[person.identity_number]
        if index not in taken:
            return index, MatchedBy.IDENTITY
    for index in by_name.get(fold(person.name), []):
        other = previous.people[index]
        if index in taken:
            continue
        if person.identity_number and other.identity_number:
            continue  # both have an identity number and they differ: two people
        same = _same_year(person, other)
        if certain and same:
            return index, MatchedBy.NAME_AND_YEAR
        if not certain and same is None:
            return index, MatchedBy.NAME_ONLY
    return None


def same_person(a: Person, b: Person) -> bool:
    """Two rows of one list are the same person: the same identity number when both have one;
    otherwise the same folded name and the same birth year (or no year on either)."""
    if a.identity_number and b.identity_number:
        return a.identity_number == b.identity_number
    return fold(a.name) == fold(b.name) and a.birth_year == b.birth_year


def duplicates(people: PeopleList) -> list[list[Person]]:
    """Groups of rows of one list that are the same person, in row order."""
    buckets: dict[str, list[Person]] = defaultdict(list)
    for person in people.people:
        buckets["name:" + fold(person.name)].append(person)
        if person.identity_number:
            buckets["id:" + person.identity_number].append(person)
    groups: list[list[Person]] = []
    grouped: set[int] = set()
    for person in people.people:
        if person.row in grouped:
            continue
        candidates = {p.row: p for key in _keys(person) for p in buckets[key]}
        group = [p for p in candidates.values() if p.row not in grouped and same_person(person, p)]
        if len(group) > 1:
            group.sort(key=lambda p: p.row)
            groups.append(group)
            grouped.update(p.row for p in group)
    return groups


def _keys(person: Person) -> list[str]:
    keys = ["name:" + fold(person.name)]
    if person.identity_number:
        keys.append("id:" + person.identity_number)
    return keys
