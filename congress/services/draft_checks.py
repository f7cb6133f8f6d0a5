"""Use case: check a ward's drafts and congress script against the draft rules of its ruleset.

The drafts come from the officer's Word files in `van-kien/` where there are some (one per
document: political report, review report, action programme), and from `drafts.yaml` for the others;
the report says which source each draft came from.
"""

from __future__ import annotations

from congress.core.draft_rules import DRAFT_RULES, SCRIPT_RULES, DraftsContext
from congress.core.findings import Finding, any_blocking
from congress.core.model import Model
from congress.core.ruleset import evaluate
from congress.core.word_drafts import DraftSources, from_files
from congress.services.facts import facts_findings
from congress.services.ports import WardFolder
from congress.services.workspace import WardScope, Workspace


class DraftReport(Model):
    """What `congress docs check` reports; `sources`: each draft's source file."""

    ok: bool
    ward: str
    sources: dict[str, str] = {}
    findings: list[Finding]


def ward_drafts(ward: WardFolder, *, pages: bool = True, leftovers: bool = True) -> DraftSources:
    """The ward's drafts: each from the officer's Word file in van-kien/ where there is one, else
    from drafts.yaml — the same for the draft rules and for the congress documents that quote
    them (the minutes and the resolution); `pages`: count the political report's pages;
    `leftovers`: look for the placeholders and remarks left in them (the rules do). Read as the
    checks read them (pages counted, leftovers looked for), they are kept in the folder's memo:
    its documents reuse them (`drafts_of`)."""
    orgs = ward.ward().member_organisations
    found = from_files(ward.drafts(), ward.word_drafts(pages=pages), orgs, leftovers=leftovers)
    if pages and leftovers:
        ward.memo.keep(found)
    return found


def drafts_of(ward: WardFolder) -> DraftSources:
    """The ward's drafts for its documents: as its checks just read them from this very folder if
    they did (the page count and the leftovers the documents do not use come with them), else
    read here."""
    checked = ward.memo.last(DraftSources)
    if checked is not None:
        return checked
    return ward_drafts(ward, pages=False, leftovers=False)


def load_drafts_context(ward: WardFolder) -> DraftsContext:
    """The ward's drafts (Word files, else drafts.yaml) and congress script, as the rules read them."""
    orgs = ward.ward().member_organisations
    found = ward_drafts(ward)
    return DraftsContext(
        found.drafts,
        ward.congress(),
        orgs,
        found.places,
        found.pages,
        found.leftovers,
        found.sources,
        found.order,
    )


def draft_findings(scope: WardScope, *, drafts: bool, script: bool) -> list[Finding]:
    """The draft and/or script rules on the ward's files (the guards and `docs check` alike)."""
    return _findings(scope, load_drafts_context(scope.ward), drafts=drafts, script=script)


def _findings(scope: WardScope, ctx: DraftsContext, *, drafts: bool, script: bool) -> list[Finding]:
    book = scope.ward.rulebook(scope.default_ruleset, ("drafts", "script", "facts"))
    found = evaluate(book, DRAFT_RULES, ctx, scope.lang) if drafts else []
    found += evaluate(book, SCRIPT_RULES, ctx, scope.lang) if script else []
    found += facts_findings(scope, book) if script else []
    return found


def check_drafts(ws: Workspace, slug: str) -> DraftReport:
    """Every draft and script rule on the ward's files (the same rules the workflow guards run)."""
    scope = WardScope.of(ws, slug)
    ctx = load_drafts_context(scope.ward)
    found = _findings(scope, ctx, drafts=True, script=True)
    return DraftReport(
        ok=not any_blocking(found), ward=slug, sources=dict(ctx.sources), findings=found
    )
