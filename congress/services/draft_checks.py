"""Use case: check a ward's drafts and congress script against the draft rules of its ruleset."""

from __future__ import annotations

from pydantic import BaseModel

from congress.core.draft_rules import DRAFT_RULES, SCRIPT_RULES, DraftsContext
from congress.core.findings import Finding, any_blocking
from congress.core.ruleset import evaluate
from congress.services.facts import facts_findings
from congress.services.ports import WardFolder
from congress.services.workspace import WardScope, Workspace


class DraftReport(BaseModel):
    """What `congress docs check` reports."""

    ok: bool
    ward: str
    findings: list[Finding]


def load_drafts_context(ward: WardFolder) -> DraftsContext:
    """The ward's drafts and congress script, as the draft rules read them."""
    facts = ward.ward()
    return DraftsContext(ward.drafts(), ward.congress(), facts.member_organisations)


def draft_findings(scope: WardScope, *, drafts: bool, script: bool) -> list[Finding]:
    """The draft and/or script rules on the ward's files (the guards and `docs check` alike)."""
    ctx = load_drafts_context(scope.ward)
    book = scope.ward.rulebook(scope.default_ruleset)
    found = evaluate(book, DRAFT_RULES, ctx, scope.lang) if drafts else []
    found += evaluate(book, SCRIPT_RULES, ctx, scope.lang) if script else []
    found += facts_findings(scope, book) if script else []
    return found


def check_drafts(ws: Workspace, slug: str) -> DraftReport:
    """Every draft and script rule on the ward's files (the same rules the workflow guards run)."""
    found = draft_findings(WardScope.of(ws, slug), drafts=True, script=True)
    return DraftReport(ok=not any_blocking(found), ward=slug, findings=found)
