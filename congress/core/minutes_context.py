"""The congress minutes' own account of the day (pure): «Diễn biến Đại hội», session by session,
each part held with who did it (congress.yaml's script) and, after the part, the result of every
vote held in it (the part's `votes`, as the count gives them: `tally_context.tally_view`).

Not the programme: no table, past events, and the results where they happened. Votes no part
names are still in the minutes' section III, which lists every result."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from congress.core.drafts import ScriptPart

SESSIONS = {"internal": "Phiên nội bộ", "official": "Phiên chính thức"}
LISTS = {
    "committee": "Hiệp thương dân chủ cử Ủy ban khóa mới",
    "official": "Hiệp thương cử đại biểu chính thức đi dự Đại hội cấp trên",
    "alternate": "Hiệp thương cử đại biểu dự khuyết đi dự Đại hội cấp trên",
}


def _results(ids: Sequence[str], tally: dict[str, Any]) -> list[str]:
    """The result lines of the votes `ids`, when the count reconciles (else none: section III
    says what is missing)."""
    if not tally.get("usable"):
        return []
    votes = {v["id"]: v for v in tally.get("votes", [])}
    out = []
    for vote_id in ids:
        if vote_id in votes:
            v = votes[vote_id]
            out.append(f"{v['name']}: {v['line']} — {v['result']}.")
        elif vote_id in LISTS and tally.get(vote_id, {}).get("recorded"):
            chosen = tally[vote_id]
            out.append(f"{LISTS[vote_id]} ({chosen['method']}): {chosen['summary']}")
    return out


def proceedings(script: Sequence[ScriptPart], tally: dict[str, Any]) -> list[dict[str, Any]]:
    """The sessions in the order held, each with its parts: «7h45: … (do Lê Duy Huy thực
    hiện).» and the results of the votes held in the part."""
    sessions: list[dict[str, Any]] = []
    for part in script:
        name = SESSIONS.get(part.session, part.session)
        if not sessions or sessions[-1]["name"] != name:
            sessions.append({"index": str(len(sessions) + 1), "name": name, "parts": []})
        when = f"{part.time}: " if part.time else ""
        by = f" (do {part.person} thực hiện)" if part.person else ""
        sessions[-1]["parts"].append(
            {"text": f"{when}{part.part}{by}.", "results": _results(part.votes, tally)}
        )
    return sessions
