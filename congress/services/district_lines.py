"""The lines a district's report is made of: a finding's line, a count's results, a problem's
place — small conversions the district run and its summary share."""

from __future__ import annotations

from datetime import date

from congress.core.district import Chosen, CongressResults, FindingLine
from congress.core.findings import Finding
from congress.errors import Problem
from congress.i18n import t
from congress.services.tally import ListResult, TallyResults
from congress.services.workflow_views import WardView


def line(finding: Finding, check: str = "") -> FindingLine:
    """A finding as the dashboard and `district status` list it."""
    return FindingLine(
        rule=finding.rule,
        title=finding.title,
        message=finding.message,
        severity=str(finding.severity),
        check=check,
        status=str(finding.status),
    )


def congress_results(results: TallyResults) -> CongressResults:
    """The figures the district shows of a count's results (computed by the tally rules)."""
    lists = {r.id: _chosen(r) for r in results.lists}
    return CongressResults(
        convened=results.convened,
        present=results.present,
        committee=lists.get("committee"),
        official=lists.get("official"),
        alternate=lists.get("alternate"),
        standing=lists.get("standing"),
    )


def _chosen(result: ListResult) -> Chosen:
    return Chosen(
        planned=result.planned,
        chosen=len(result.chosen),
        vacancies=result.vacancies,
        tied=len(result.tied),
    )


def place(problem: Problem, lang: str, root: str) -> str:
    """Where a problem is and its rule: the dashboard's line, never the problem's text."""
    parts = [
        (problem.file or "").replace(root, ""),
        t("where.row", lang, row=problem.row) if problem.row is not None else "",
        t("where.column", lang, column=problem.column) if problem.column is not None else "",
        f"«{problem.params['key']}»" if "key" in problem.params else "",  # a YAML key
    ]
    where = ", ".join(p for p in parts if p) or "—"
    return t("limit.dashboard_problem", lang, where=where, rule=problem.key)


def reopened(view: WardView) -> dict[str, str | date]:
    """The ward's last reopening as the dashboard shows it; empty if never reopened."""
    found = view.reopened
    if found is None:
        return {}
    return {"from": found.from_label, "to": found.to_label, "by": found.by,
            "at": found.at.astimezone().date(), "reason": found.reason,
            "document": found.document or ""}  # fmt: skip
