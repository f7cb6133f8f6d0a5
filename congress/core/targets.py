"""Targets of the last resolution against results: % of target and đạt / vượt / không đạt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from congress.core.drafts import Target
from congress.core.numbers import format_decimal


class Verdict(StrEnum):
    MET = "met"
    EXCEEDED = "exceeded"
    MISSED = "missed"


LABELS = {Verdict.MET: "Đạt", Verdict.EXCEEDED: "Vượt", Verdict.MISSED: "Không đạt"}


@dataclass(frozen=True)
class Assessment:
    verdict: Verdict
    percent: str

    @property
    def label(self) -> str:
        return LABELS[self.verdict]


def assess(target: Target) -> Assessment | None:
    """None when the target or the result is missing; exact comparison otherwise.

    For a target where lower is better (e.g. a poverty rate), meeting it means not exceeding it.
    """
    if target.target is None or target.result is None:
        return None
    goal, result = target.target, target.result
    percent = "…" if goal == 0 else format_decimal(result * 100 / goal, 2)
    if result == goal:
        return Assessment(Verdict.MET, percent)
    better = result > goal if target.higher_is_better else result < goal
    return Assessment(Verdict.EXCEEDED if better else Verdict.MISSED, percent)
