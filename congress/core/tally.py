"""Counting votes (domain.md §5): the counting board's figures, their results, double entry.

`tally.yaml` in the ward folder holds the delegates convened and present, the show-of-hands items
and the ballots. Everything is an exact integer; shares are compared by cross-multiplication.
A tally that does not reconcile yields no result at all (see `rules_tally`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Annotated, TypeVar

from pydantic import Field

from congress.core.numbers import format_percent
from congress.core.ruleset import Strict
from congress.core.text import fold
from congress.i18n import t

# Strict: `true` or "12" in a tally file is a typing slip, not a count.
Count = Annotated[int, Field(ge=0, strict=True)]


class Delegates(Strict):
    """Delegates convened (*triệu tập*) and present (*có mặt*)."""

    convened: Count
    present: Count


class VoteItem(Strict):
    """A show-of-hands vote (*biểu quyết*): for, against, not voting."""

    id: str
    name: str
    in_favour: Count | None = None
    against: Count | None = None
    not_voting: Count | None = None

    @property
    def recorded(self) -> bool:
        return None not in (self.in_favour, self.against, self.not_voting)


class Candidate(Strict):
    """A name on a ballot and the votes it received."""

    name: str
    birth_date: dt.date | None = None
    birth_year: int | None = None
    votes: Count

    @property
    def key(self) -> str:
        year = self.birth_date.year if self.birth_date else self.birth_year
        return f"{fold(self.name)}|{year or ''}"


class Ballot(Strict):
    """A secret ballot (*bỏ phiếu kín*) for `seats` places."""

    id: str
    name: str
    seats: int = Field(ge=1)
    issued: Count
    collected: Count
    valid: Count
    invalid: Count
    candidates: list[Candidate] = []
    candidates_file: str | None = None
    declared_elected: list[str] = []


class TallyFile(Strict):
    """`tally.yaml`: one entry of the counting board's figures."""

    delegates: Delegates
    items: list[VoteItem] = []
    ballots: list[Ballot] = []


@dataclass(frozen=True)
class CandidateResult:
    name: str
    votes: int
    percent: str
    passed: bool
    elected: bool


@dataclass
class BallotResult:
    """Who is elected; a tie for the last seat or too few elected is stated, never hidden."""

    ballot: Ballot
    candidates: list[CandidateResult]
    elected: list[str]
    tied: list[str] = field(default_factory=list)
    tie_broken_by_age: bool = False
    shortfall: int = 0

    @property
    def needs_revote(self) -> bool:
        return bool(self.tied) and not self.tie_broken_by_age


def quorum_met(delegates: Delegates, share: Fraction) -> bool:
    """Present ≥ `share` of convened (2/3 by default): exact."""
    return delegates.present * share.denominator >= delegates.convened * share.numerator


def passes(votes: int, of: int, threshold: Fraction) -> bool:
    """Strictly more than `threshold` of `of` (more than half by default): exact."""
    return votes * threshold.denominator > of * threshold.numerator


def _older_first(candidates: list[Candidate]) -> list[Candidate] | None:
    """The tied candidates, oldest first; None when their birth dates cannot order them."""
    if any(c.birth_date is None for c in candidates):
        return None
    ordered = sorted(candidates, key=lambda c: c.birth_date or dt.date.max)
    dates = [c.birth_date for c in ordered]
    return None if len(set(dates)) < len(dates) else ordered


def count_ballot(ballot: Ballot, threshold: Fraction, tie_rule: str) -> BallotResult:
    """Elect from a consistent ballot: passing candidates, highest counts first, seats at most."""
    passing = sorted(
        (c for c in ballot.candidates if passes(c.votes, ballot.valid, threshold)),
        key=lambda c: -c.votes,
    )
    elected, tied, by_age = passing, [], False
    if len(passing) > ballot.seats:
        cutoff = passing[ballot.seats - 1].votes
        above = [c for c in passing if c.votes > cutoff]
        at_cutoff = [c for c in passing if c.votes == cutoff]
        free = ballot.seats - len(above)
        if len(at_cutoff) <= free:
            elected = above + at_cutoff
        else:
            ordered = _older_first(at_cutoff) if tie_rule == "older" else None
            if ordered is not None:
                elected, by_age = above + ordered[:free], True
            else:
                elected = above
            tied = [c.name for c in at_cutoff]
    names = {id(c) for c in elected}
    rows = [
        CandidateResult(
            c.name,
            c.votes,
            format_percent(c.votes, ballot.valid),
            passes(c.votes, ballot.valid, threshold),
            id(c) in names,
        )
        for c in sorted(ballot.candidates, key=lambda c: -c.votes)
    ]
    # Seats waiting for a re-vote of a tie are not short; otherwise empty seats are.
    shortfall = 0 if tied and not by_age else ballot.seats - len(elected)
    return BallotResult(ballot, rows, [c.name for c in elected], tied, by_age, shortfall)


@dataclass(frozen=True)
class Difference:
    """A figure the two entries of a double entry disagree on.

    `where` is a message key and its parameters (`tally.where_*`); `field` a field of the tally
    file, or ONE_SIDE for an entry found in one file only: `where_text` and `field_text` say them.
    """

    where: tuple[tuple[str, dict[str, str]], ...]
    field: str
    first: object
    second: object

    def where_text(self, lang: str) -> str:
        return ", ".join(t(key, lang, **params) for key, params in self.where)

    def field_text(self, lang: str) -> str:
        return t(f"tally.field.{self.field}", lang)


ONE_SIDE = "one_side"
FIELDS = ("convened", "present", "in_favour", "against", "not_voting", "seats", "issued",
          "collected", "valid", "invalid", "votes", ONE_SIDE)  # fmt: skip
Where = tuple[tuple[str, dict[str, str]], ...]


T = TypeVar("T")


def _matched(
    first: list[T], second: list[T], key: Callable[[T], str]
) -> list[tuple[T | None, T | None]]:
    left = {key(x): x for x in first}
    right = {key(x): x for x in second}
    return [(left.get(k), right.get(k)) for k in dict.fromkeys([*left, *right])]


def compare(first: TallyFile, second: TallyFile) -> list[Difference]:
    """Every figure that differs between two independent entries of the same count."""
    diffs: list[Difference] = []

    def same(where: Where, a: object, b: object, names: tuple[str, ...]) -> None:
        for name in names:
            x, y = getattr(a, name, None), getattr(b, name, None)
            if x != y:
                diffs.append(Difference(where, name, x, y))

    def one_side(where: Where, a: object, b: object) -> bool:
        if a is None or b is None:
            diffs.append(Difference(where, ONE_SIDE, a is not None, b is not None))
            return True
        return False

    def at(key: str, name: str | None = None) -> Where:
        return ((key, {} if name is None else {"name": name}),)

    same(at("tally.where_delegates"), first.delegates, second.delegates, ("convened", "present"))
    for x, y in _matched(first.items, second.items, lambda i: i.id):
        item = x or y
        where = at("tally.where_item", item.name if item else "")
        if not one_side(where, x, y):
            same(where, x, y, ("in_favour", "against", "not_voting"))
    for a, b in _matched(first.ballots, second.ballots, lambda x: x.id):
        ballot = a or b
        where = at("tally.where_ballot", ballot.name if ballot else "")
        if one_side(where, a, b) or a is None or b is None:
            continue
        same(where, a, b, ("seats", "issued", "collected", "valid", "invalid"))
        for c, d in _matched(a.candidates, b.candidates, lambda c: c.key):
            person = c or d
            here = where + at("tally.where_candidate", person.name if person else "")
            if not one_side(here, c, d):
                same(here, c, d, ("votes",))
    return diffs
