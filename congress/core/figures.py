"""Typed figures: what a rule counted, carried unformatted from the rule to every output.

A rule computes a figure once — a `Ratio` (a count out of a named denominator) and the `Bound` it
is held to — and its finding carries both. The terminal, the JSON, the documents, the dashboard
and the workbook display them through `text`/`percent_text` or the JSON form below; none of them
recomputes a share or parses a formatted number back. Comparisons are exact (integers and
`Fraction`), in one place: `Bound.admits`.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from typing import Any, Literal

from pydantic import ConfigDict, model_serializer

from congress.core.model import Model
from congress.core.numbers import (
    format_decimal,
    format_limit,
    group_thousands,
    round_half_up,
    share,
)

BoundKind = Literal["max", "min", "more_than"]


def percent_number(value: Fraction) -> float:
    """A percentage for JSON: a number rounded half up to two decimals (61.8181… -> 61.82)."""
    return round_half_up(value, 2) / 100


class Label(Model):
    """A word the reader's language decides (a denominator's name, a status): a catalogue key."""

    model_config = ConfigDict(frozen=True)

    key: str


class Labels(Model):
    """Several catalogue words read as one list («a; b; c») in the reader's language."""

    model_config = ConfigDict(frozen=True)

    keys: tuple[str, ...]


class Ratio(Model):
    """`count` out of `of`, exact; `base` names the denominator (``planned``, ``proposed``,
    ``present`` …), so every output can say what the share was counted against."""

    model_config = ConfigDict(frozen=True)

    count: int
    of: int
    base: str = ""

    @property
    def fraction(self) -> Fraction:
        return share(self.count, self.of)

    @property
    def percent(self) -> Fraction:
        """The share in percent, exact (0 when there is no whole)."""
        return self.fraction * 100

    @property
    def defined(self) -> bool:
        return self.of > 0

    @property
    def percent_text(self) -> str:
        """ "61,82" — the Vietnamese display of the percentage, without the sign."""
        return _percent_text(self.count, self.of)

    @property
    def text(self) -> str:
        """ "34/55 (61,82%)"; "6.241/6.731 (92,72%)"."""
        return f"{group_thousands(self.count)}/{group_thousands(self.of)} ({self.percent_text}%)"

    @property
    def denominator(self) -> Label:
        """The denominator's name in the catalogue (``denominator.total`` when none is named)."""
        return Label(key=f"denominator.{self.base or 'total'}")

    def __add__(self, other: Ratio) -> Ratio:
        """Sums of counts and of wholes (a district's share is never an average of shares)."""
        base = self.base if self.base == other.base else ""
        return Ratio(count=self.count + other.count, of=self.of + other.of, base=base)

    @model_serializer
    def _json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "of": self.of,
            "denominator": self.base or None,
            "percent": percent_number(self.percent) if self.of else None,
            "text": self.text,
        }


@lru_cache(maxsize=4096)  # the documents of a ward show the same figures many times
def _percent_text(count: int, of: int) -> str:
    return format_decimal(share(count, of) * 100, 2)


class Bound(Model):
    """A limit on a ratio: at most (``max``), at least (``min``) or more than (``more_than``)
    `percent` of the ratio's denominator; `count` is the count that reaches it there, and
    `baseline` the figure the limit comes from when it is not a fixed parameter (the outgoing
    committee's share)."""

    model_config = ConfigDict(frozen=True)

    kind: BoundKind
    percent: Fraction
    count: int | None = None
    baseline: Ratio | None = None

    def admits(self, ratio: Ratio) -> bool:
        """Whether `ratio` keeps to the bound, compared exactly by cross-multiplication."""
        left, right = ratio.count * 100, self.percent * ratio.of
        if self.kind == "max":
            return left <= right
        if self.kind == "min":
            return left >= right
        return left > right

    @property
    def percent_text(self) -> str:
        """ "60" or "33,5": a parameter as short as it is exact; a baseline as its ratio shows it."""
        if self.baseline is not None:
            return self.baseline.percent_text
        return format_limit(self.percent)

    @model_serializer
    def _json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "percent": percent_number(self.percent),
            "text": f"{self.percent_text}%",
        }
        if self.count is not None:
            out[{"max": "max_count", "min": "min_count", "more_than": "min_count"}[self.kind]] = (
                self.count
            )
        if self.baseline is not None:
            out["baseline"] = self.baseline._json()
        return out
