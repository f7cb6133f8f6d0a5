"""The Hội nghị lần thứ nhất as a workflow check (domain.md §5, point 6).

Right after the congress, the committee it hiệp thương cử meets and hiệp thương cử its Ban
Thường trực. The meeting's figures are the `first_meeting:` section of the count (`core/tally.py`)
and the counting rules hold them to the Front's procedure — the quorum of members, each person's
approvals, the seats, membership of the committee (`core/rules_tally.py`). This rule adds only
what the workflow needs on top, from those same results: the meeting is recorded, its count
reconciles, and it chose a Chủ tịch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from congress.core.findings import Outcome, Status
from congress.core.ruleset import NoParams, RuleDef


@dataclass(frozen=True)
class FirstMeetingContext:
    """What the count says of the first meeting: recorded at all, reconciling, who was chosen
    for the Ban Thường trực and which of them as Chủ tịch."""

    recorded: bool
    usable: bool
    chosen: tuple[str, ...] = ()
    chairs: tuple[str, ...] = ()


def first_meeting_recorded(ctx: FirstMeetingContext, _: NoParams) -> list[Outcome]:
    """The meeting is in the count, the count reconciles, and exactly one Chủ tịch was chosen."""
    values: dict[str, object] = {"chosen": len(ctx.chosen), "chairs": len(ctx.chairs)}
    if not ctx.recorded:
        return [Outcome(Status.FAILED, "missing", values=values, hints=("fill",))]
    if not ctx.usable:
        return [Outcome(Status.FAILED, "unusable", values=values, hints=("correct",))]
    if len(ctx.chairs) != 1:
        return [Outcome(Status.FAILED, "chair_count", values=values, hints=("correct",))]
    return [Outcome(Status.PASSED, "ok", values=values, people=list(ctx.chosen))]


FIRST_MEETING_RULES: dict[str, RuleDef[FirstMeetingContext, Any]] = {
    "first_meeting_recorded": RuleDef(
        "first_meeting_recorded",
        NoParams,
        frozenset({"chosen", "chairs"}),
        frozenset({"ok", "missing", "unusable", "chair_count"}),
        frozenset({"fill", "correct"}),
        first_meeting_recorded,
    ),
}
