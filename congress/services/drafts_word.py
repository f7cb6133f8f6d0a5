"""Use case: a ward's starting drafts in Word (`congress docs draft`), never over an officer's edits.

The political report, the review report and the action programme are written into the ward's
``van-kien/`` folder as editable .docx files, from the same templates as `docs render` (sections
as Word headings, the last resolution's targets with their computed status, one section per member
organisation of ward.yaml, the residential-area programme's rows), filled with what the ward's
files already say and «[CẦN VIẾT: …]» where nothing is known yet.

The registry rule of the generated documents holds here too, through the same batch
(`services.documents.write_documents`): a draft the tool wrote and nobody changed since may be
refreshed; a draft that was edited (or that the tool did not write) is kept, and with ``force``
the new version goes beside it as the ONE «… (ban moi).docx», replaced on later runs — never
over it; an edited copy stops the run. All three drafts go to temporary files first, then into
place and into the registry in one transaction: a draft open in Word (every ``~$`` lock name),
a ``van-kien`` that is a file or a full disk leaves every draft, the registry and the history as
they were, and says so.

`write_drafts` is the one entry point (the CLI; `congress init` / `ward add` may call it too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from congress.adapters.workspace import WorkspaceFiles
from congress.core.doc_context import DOCUMENTS, WardDocuments
from congress.core.records import GeneratedDocument, NewEvent
from congress.i18n import get_lang
from congress.services.documents import (
    Edited,
    Prepared,
    TemplateSet,
    prepare,
    registry_rows,
    stage_documents,
    write_documents,
)
from congress.services.workspace import WardScope, Workspace

# The three drafts, in the order an officer writes them; each is written under its template's name.
WORD_DRAFTS = ("bao_cao_chinh_tri", "bao_cao_kiem_diem", "chuong_trinh_hanh_dong")
# Their keys in the document registry: apart from the same documents rendered into out/.
REGISTRY_PREFIX = "van_kien:"


@dataclass(frozen=True)
class DraftFile:
    """What happened to one draft: ``written`` (new), ``refreshed`` (unedited, rewritten),
    ``unchanged``, ``kept`` (edited: left as it is) or ``beside`` (edited: the new version
    written next to it, with ``force``)."""

    doc: str
    path: Path
    action: str
    edited: Path | None = None


def draft_source(scope: WardScope) -> WardDocuments:
    """What the three drafts are made from: the ward's facts (its committee size may still be
    unfilled), drafts.yaml and congress.yaml when there are, the term. No list of people and no
    count is read: the drafts show neither, and a broken one must not stop them."""
    folder = scope.ward
    ward = folder.draft_facts()
    unit = scope.unit
    term = (
        ward.term
        or (unit.term if unit is not None else None)
        or folder.rulebook(scope.default_ruleset).ruleset.term
    )
    return WardDocuments(ward, folder.drafts(), folder.congress(), None, [], term, True, None, unit)


def registry_key(doc: str) -> str:
    return REGISTRY_PREFIX + doc


def draft_path(folder: Path, doc: str) -> Path:
    return folder / DOCUMENTS[doc].template


def _prepared(scope: WardScope, folder: Path, templates: TemplateSet) -> list[Prepared]:
    """The three drafts filled in memory, all before any is written: a template that cannot be
    filled writes nothing."""
    source = draft_source(scope)
    return [prepare(doc, source, templates, folder, registry_key(doc)) for doc in WORD_DRAFTS]


def first_drafts(
    files: WorkspaceFiles, slug: str, templates: TemplateSet, stage: str, now: datetime
) -> list[tuple[GeneratedDocument, NewEvent]]:
    """`congress init`: a new ward's three drafts written into its empty ``van-kien/``, with no
    database; their registry rows and history rows (at `stage`), as `write_drafts` registers
    them, for the caller to register with the ward."""
    scope = WardScope.at(files, slug, get_lang(), now.date())
    prepared = _prepared(scope, files.ward_drafts(slug), templates)
    staged = stage_documents(files.root, prepared, {}, "keep", now)
    try:
        staged.batch.move_into_place()
    finally:
        staged.discard()
    return registry_rows(staged, {}, stage, now)


def write_drafts(
    ws: Workspace,
    slug: str,
    *,
    force: bool = False,
    templates: TemplateSet | None = None,
) -> list[DraftFile]:
    """Write the ward's three drafts into ``wards/<ward>/van-kien/``; register what was written,
    all or nothing."""
    ws.record(slug)  # an unknown ward stops here
    folder = ws.files.ward_drafts(slug)
    prepared = _prepared(WardScope.of(ws, slug), folder, templates or TemplateSet())
    existed = {item.target for item in prepared if item.target.is_file()}
    edited: Edited = "copy" if force else "keep"
    rendered = write_documents(
        ws, slug, prepared, edited=edited, now=ws.now(), copy_edited="drafts.copy_edited"
    )
    results = []
    for doc, item, done in zip(WORD_DRAFTS, prepared, rendered, strict=True):
        refreshed = done.action == "written" and item.target in existed
        action = "refreshed" if refreshed else done.action
        results.append(DraftFile(doc, done.path, action, done.edited))
    return results
