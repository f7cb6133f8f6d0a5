"""The checks a workflow guard can name (``checks: [personnel]``), run on one ward's files.

Each check imports its use case when it runs: a command that only needs the checks' names
(`ward status`, `personnel check` finding the ward) does not load the draft, tally and
first-meeting rules with them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from congress.core.findings import Finding

if TYPE_CHECKING:
    from congress.services.workspace import WardScope


@dataclass(frozen=True)
class CheckRun:
    """A check's findings, the files they were computed from, and what to keep in the history.

    `details` go into the transition's history row (e.g. ``{"tally": <the results>}``), so a
    decision keeps what it was taken on.
    """

    findings: list[Finding]
    inputs: list[Path]
    details: dict[str, Any] = field(default_factory=dict)


def personnel(scope: WardScope) -> CheckRun:
    """The personnel rules on the ward's proposed and outgoing lists."""
    from congress.services.personnel import check_ward

    report = check_ward(
        scope.ward, scope.lang, default_ruleset=scope.default_ruleset, today=scope.today
    )
    return CheckRun(report.findings, scope.ward.inputs("personnel", scope.default_ruleset))


def drafts(scope: WardScope) -> CheckRun:
    """The draft checks (political report, review report, action programme) on the officer's Word
    files in van-kien/, or drafts.yaml for a draft that has none."""
    from congress.services.draft_checks import draft_findings

    found = draft_findings(scope, drafts=True, script=False)
    return CheckRun(found, scope.ward.inputs("drafts", scope.default_ruleset))


def script(scope: WardScope) -> CheckRun:
    """The script checks on congress.yaml (a part for every Presidium member, distinct speeches)."""
    from congress.services.draft_checks import draft_findings

    found = draft_findings(scope, drafts=False, script=True)
    return CheckRun(found, scope.ward.inputs("drafts", scope.default_ruleset))


def tally(scope: WardScope) -> CheckRun:
    """The vote-counting rules on tally.yaml; the results, when it reconciles, for the history."""
    from congress.services.tally import check_ward_tally

    checked = check_ward_tally(scope)
    results = checked.report.results
    details = {"tally": results.model_dump(mode="json")} if results is not None else {}
    return CheckRun(checked.report.findings, checked.inputs, details)


def first_meeting(scope: WardScope) -> CheckRun:
    """The new committee's first meeting (`first_meeting:` in tally.yaml): its figures add up,
    whoever it chose is on the committee the congress chose, each with more than half of the
    members present in favour. The result is kept in the history."""
    from congress.services.first_meeting import check_first_meeting

    found = check_first_meeting(scope)
    details = {"first_meeting": found.meeting} if found.meeting is not None else {}
    return CheckRun(
        found.findings, scope.ward.inputs("first_meeting", scope.default_ruleset), details
    )


CHECKS: dict[str, Callable[[WardScope], CheckRun]] = {
    "personnel": personnel,
    "drafts": drafts,
    "script": script,
    "tally": tally,
    "first_meeting": first_meeting,
}


def inputs_hash(paths: list[Path]) -> str:
    """SHA-256 over the names and bytes of the files a decision was computed from, in the order
    of their names and bytes: the same files give the same hash wherever the workspace and the
    tool's bundled files lie (ordered by their full paths before, it changed with the folders)."""
    files = [
        (path.name, path.read_bytes() if path.is_file() else b"<missing>") for path in set(paths)
    ]
    digest = hashlib.sha256()
    for name, content in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + content + b"\0")
    return digest.hexdigest()
