"""Use case: the workflow's check of the new committee's first meeting.

Its figures are the count's (`first_meeting:` in the ward's tally.yaml), checked by the counting
rules with the congress's own (`services.tally.check_ward_tally`); this check reads that same
result and says whether the meeting is recorded, reconciles and chose a Chủ tịch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from congress.core.findings import Finding
from congress.core.first_meeting import FIRST_MEETING_RULES, FirstMeetingContext
from congress.core.ruleset import evaluate
from congress.services.tally import check_ward_tally
from congress.services.workspace import WardScope


@dataclass(frozen=True)
class FirstMeetingCheck:
    """The findings, and the meeting as the history keeps it (None when not recorded)."""

    findings: list[Finding]
    meeting: dict[str, Any] | None


def check_first_meeting(scope: WardScope) -> FirstMeetingCheck:
    report = check_ward_tally(scope).report
    results = report.results
    recorded = scope.ward.tally().first_meeting is not None
    standing = next((r for r in (results.lists if results else []) if r.id == "standing"), None)
    chosen = tuple(standing.chosen) if standing else ()
    chairs = tuple(
        p.name for p in (standing.people if standing else []) if p.chosen and p.role == "chair"
    )
    ctx = FirstMeetingContext(recorded, results is not None, chosen, chairs)
    book = scope.ward.rulebook(scope.default_ruleset, ("first_meeting",))  # core.rule_index
    found = evaluate(book, FIRST_MEETING_RULES, ctx, scope.lang)
    kept = None
    if results is not None and results.first_meeting is not None and standing is not None:
        kept = {
            **results.first_meeting.model_dump(mode="json"),
            "standing": standing.model_dump(mode="json"),
        }
    return FirstMeetingCheck(found, kept)
