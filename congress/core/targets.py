"""Targets of the last resolution against results: % of target and đạt / vượt / không đạt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from congress.core.content_context import PLACEHOLDER
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
    percent: str  # the fulfilment, «124,80» (no sign); «—» when it has no meaning (a zero)

    @property
    def label(self) -> str:
        return LABELS[self.verdict]


NO_RATIO = "—"


def assess(target: Target) -> Assessment | None:
    """None when the target or the result is missing; exact comparison otherwise.

    The fulfilment is the result over the target, in percent; for a target where lower is better
    (a poverty rate), the target over the result — so above 100 is always «Vượt», below 100 always
    «Không đạt» (0,07% for a target of 0,15% is 214,29%, not 46,67%).
    """
    if target.target is None or target.result is None:
        return None
    goal, result = target.target, target.result
    done, of = (result, goal) if target.higher_is_better else (goal, result)
    percent = NO_RATIO if of == 0 else format_decimal(done * 100 / of, 2)
    if result == goal:
        return Assessment(Verdict.MET, percent)
    better = result > goal if target.higher_is_better else result < goal
    return Assessment(Verdict.EXCEEDED if better else Verdict.MISSED, percent)


def with_unit(value: Fraction | None, unit: str) -> str:
    """A figure with its unit: «0,15%», «1.500 triệu đồng», «6 căn» («…» when not given)."""
    if value is None:
        return "…"
    number = format_decimal(value, 2, trim=True)
    unit = unit.strip()
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def target_rows(targets: Sequence[Target]) -> list[dict[str, str]]:
    """The last resolution's targets as the report's table prints them: target and result with
    their unit («0,15%», «1.500 triệu đồng»; «không quá …» where lower is better), the fulfilment
    («124,80%», `targets.assess`) and the status it gives."""
    rows = []
    for index, target in enumerate(targets, start=1):
        verdict = assess(target)
        goal = with_unit(target.target, target.unit)
        rows.append(
            {
                "index": str(index),
                "name": target.name,
                "unit": target.unit,
                "target": goal if target.higher_is_better else f"Không quá {goal}",
                "result": with_unit(target.result, target.unit),
                "percent": _percent(verdict.percent) if verdict else "…",
                "status": verdict.label if verdict else PLACEHOLDER.format(what="kết quả"),
            }
        )
    return rows


def _percent(value: str) -> str:
    return value if value == NO_RATIO else f"{value}%"
