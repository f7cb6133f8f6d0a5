"""Use case: check a ward's drafts and congress script against the draft rules of its ruleset."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from congress.adapters.yaml_files import load_model
from congress.core.draft_rules import DraftsContext
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.findings import Finding, any_blocking
from congress.core.ward import WardFile
from congress.services.documents import CONGRESS_FILE, DRAFTS_FILE, optional_model
from congress.services.workflow import Workspace


class DraftReport(BaseModel):
    """What `congress docs check` reports."""

    ok: bool
    ward: str
    findings: list[Finding]


def load_drafts_context(folder: Path, default_ruleset: str) -> tuple[DraftsContext, str]:
    """The drafts and congress files of a ward folder, and the ruleset that checks them."""
    ward = load_model(folder / "ward.yaml", WardFile)
    ctx = DraftsContext(
        optional_model(folder / DRAFTS_FILE, DraftsFile),
        optional_model(folder / CONGRESS_FILE, CongressFile),
        ward.member_organisations,
    )
    return ctx, ward.ruleset or default_ruleset


def check_drafts(ws: Workspace, slug: str) -> DraftReport:
    """Every draft and script rule on the ward's files (the same rules the workflow guards run)."""
    from congress.services.ward_checks import WardFolder, draft_check

    folder = WardFolder(slug, ws.folder(slug), ws.files.definition.ruleset, ws.lang, ws.today)
    found = draft_check(folder, drafts=True, script=True).findings
    return DraftReport(ok=not any_blocking(found), ward=slug, findings=found)
