"""Double entry (domain.md §5): two people enter the same count independently; every figure
on which the two entries disagree is found, named where it sits, and no result is used until
they agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from congress.core.tally import TallyFile
from congress.core.text import fold
from congress.i18n import t

Where = tuple[tuple[str, dict[str, str]], ...]


@dataclass(frozen=True)
class Difference:
    """A figure the two entries of a double entry disagree on.

    `where` is a message key and its parameters (`tally.where.*`); `field` a field of the tally
    file, or ONE_SIDE for an entry found in one file only: `where_text` and `field_text` say them.
    """

    where: Where
    field: str
    first: object
    second: object
    # the figure's place in each entry (list indices, not keys), to name a form's cells
    first_loc: tuple[object, ...] = ()
    second_loc: tuple[object, ...] = ()

    def where_text(self, lang: str) -> str:
        return ", ".join(t(key, lang, **params) for key, params in self.where)

    def field_text(self, lang: str) -> str:
        return t(f"tally.field.{self.field}", lang)


ONE_SIDE = "one_side"
# The figures and choices two entries must agree on (names and reasons are matched, not compared).
FIELDS = ("convened", "present", "count", "in_favour", "against", "not_voting", "planned",
          "method", "issued", "collected", "valid", "invalid", "approvals", "disapprovals",
          "role", "vacancies", "members", ONE_SIDE)  # fmt: skip
SECTIONS = ("delegates", "presidium", "secretariat", "committee", "delegation", "official",
            "alternate", "first_meeting", "standing", "ballots")  # fmt: skip


def _item_key(section: str, item: dict[str, Any]) -> tuple[str, str, dict[str, str]]:
    """How an element of a list is matched between entries, and how it is named."""
    if section == "items":
        return str(item.get("id")), "tally.where.item", {"name": str(item.get("name", ""))}
    if section == "absent":
        label = str(item.get("name") or item.get("reason") or "")
        return fold(label), "tally.where.absent", {"name": label}
    born = item.get("birth_date")
    year = born.year if isinstance(born, dt.date) else item.get("birth_year")
    key = f"{fold(str(item.get('name', '')))}|{year or ''}"
    return key, "tally.where.person", {"name": str(item.get("name", ""))}


Leaf = tuple[tuple[str, ...], Where, Any, tuple[object, ...]]


def _walk(data: dict[str, Any], where: Where) -> Iterator[Leaf]:
    """Every leaf of an entry: a path that matches it in the other entry, where it is, value,
    and its place in this entry (with list indices)."""
    for name, value in data.items():
        if isinstance(value, dict):
            here = (*where, (f"tally.where.{name}", {})) if name in SECTIONS else where
            for path, at, leaf, loc in _walk(value, here):
                yield (name, *path), at, leaf, (name, *loc)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for index, item in enumerate(value):
                key, label, params = _item_key(name, item)
                at = (*where, (label, params))
                yield (name, key, ONE_SIDE), at, True, (name, index)
                for path, deeper, leaf, loc in _walk(item, at):
                    yield (name, key, *path), deeper, leaf, (name, index, *loc)
        elif name in FIELDS:
            yield (name,), where, value, (name,)


def compare(first: TallyFile, second: TallyFile) -> list[Difference]:
    """Every figure that differs between two independent entries of the same count."""
    left = {path: (at, v, loc) for path, at, v, loc in _walk(first.model_dump(), ())}
    right = {path: (at, v, loc) for path, at, v, loc in _walk(second.model_dump(), ())}
    diffs: list[Difference] = []
    missing: set[tuple[str, ...]] = set()
    for path in dict.fromkeys([*left, *right]):
        if any(path[: len(m)] == m for m in missing):
            continue
        a, b = left.get(path), right.get(path)
        at = (a or b or ((), None, ()))[0]
        la, lb = (a[2] if a else ()), (b[2] if b else ())
        if path[-1] == ONE_SIDE and (a is None or b is None):
            diffs.append(Difference(at, ONE_SIDE, a is not None, b is not None, la, lb))
            missing.add(path[:-1])
            continue
        x, y = (a[1] if a else None), (b[1] if b else None)
        if x != y:
            diffs.append(Difference(at, path[-1], x, y, la, lb))
    return diffs
