"""Use case: check the new committee's first meeting (`first_meeting:` in the ward's tally.yaml).

The committee it chooses from is the one the congress hiệp thương cử: the names the count's
first ballot (the committee's, by the tally file's convention) gives, when the count reconciles.
This is the one place that ties the first meeting to the count's model: reconcile it here when
the count's model changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from congress.core.findings import Finding
from congress.core.first_meeting import FIRST_MEETING_RULES, FirstMeetingContext, role_vi
from congress.core.ruleset import evaluate
from congress.errors import CongressError
from congress.services.tally import check_ward_tally
from congress.services.workspace import WardScope


@dataclass(frozen=True)
class FirstMeetingCheck:
    """The findings, and the meeting as the history keeps it (None when not recorded)."""

    findings: list[Finding]
    meeting: dict[str, Any] | None


def committee_names(scope: WardScope) -> list[str] | None:
    """Who the congress chose for the committee; None while the count does not give it."""
    try:
        results = check_ward_tally(scope).report.results
    except CongressError:
        return None
    if results is None or not results.ballots:
        return None
    return list(results.ballots[0].elected)


def check_first_meeting(scope: WardScope) -> FirstMeetingCheck:
    meeting = scope.ward.first_meeting()
    book = scope.ward.rulebook(scope.default_ruleset)
    committee = committee_names(scope) if meeting is not None else None
    found = evaluate(book, FIRST_MEETING_RULES, FirstMeetingContext(meeting, committee), scope.lang)
    kept = None
    if meeting is not None:
        kept = {
            **meeting.model_dump(mode="json"),
            "standing": [
                {**p.model_dump(mode="json"), "role_label": role_vi(p.role)}
                for p in meeting.standing
            ],
        }
    return FirstMeetingCheck(found, kept)
