"""Use cases of the congress documents: render a ward's documents, check its drafts."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from congress.adapters.docx_render import (
    CompiledTemplate,
    environment,
    file_hash,
    write_atomically,
)
from congress.core.doc_context import DOCUMENTS, WardDocuments, applies, context
from congress.core.personnel import check
from congress.core.personnel_context import PersonnelContext
from congress.core.records import EventKind, GeneratedDocument, NewEvent
from congress.core.rules_tally import ApprovalParams
from congress.core.tally_context import TallyInput
from congress.core.text import xml_safe
from congress.errors import CongressError, InputError, Problem
from congress.resources import data_dir
from congress.services.workspace import SYSTEM_ACTOR, WardScope, Workspace


def load_ward_documents(scope: WardScope, *, draft: bool = True) -> WardDocuments:
    """Everything a ward's documents are made from; a missing drafts/congress file is empty."""
    folder = scope.ward
    ward = folder.ward()
    drafts = folder.drafts()
    congress = folder.congress()
    book = folder.rulebook(scope.default_ruleset)
    personnel: PersonnelContext | None = None
    statistics: list[Any] = []
    try:
        proposed = folder.proposed()
        previous = folder.previous()
    except CongressError:
        proposed = (
            None  # the personnel documents then show placeholders; `personnel check` says why
        )
    if proposed is not None:
        personnel = PersonnelContext.build(
            proposed,
            previous,
            ward.planned_size,
            ward.congress_date or congress.date or scope.today,
            ward.member_organisations,
            ward.residential_areas,
        )
        _, statistics = check(book, personnel, "vi")
    tally = None
    if folder.has_tally():
        params = book.params
        tally = TallyInput(
            folder.tally(),
            params["quorum"],  # type: ignore[arg-type]
            params["item_passed"],  # type: ignore[arg-type]
            params.get("person_approved", ApprovalParams()),  # type: ignore[arg-type]
            folder.second_tally(),
        )
    unit = scope.unit
    term = ward.term or (unit.term if unit is not None else None) or book.ruleset.term
    return WardDocuments(ward, drafts, congress, personnel, statistics, term, draft, tally, unit)


class TemplateSet:
    """The templates, each compiled once per process (the district renders many wards)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir("doc_templates")
        self.env = environment()
        self._compiled: dict[str, CompiledTemplate] = {}

    def get(self, doc: str) -> CompiledTemplate:
        if doc not in self._compiled:
            self._compiled[doc] = CompiledTemplate.load(
                self.folder / DOCUMENTS[doc].template, self.env
            )
        return self._compiled[doc]


@dataclass(frozen=True)
class Rendered:
    """What happened to one document: written, written beside an edited file, or unchanged."""

    doc: str
    path: Path
    action: str
    edited: Path | None = None


def data_hash(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def produce_documents(
    scope: WardScope,
    docs: list[str],
    registry: dict[str, GeneratedDocument],
    templates: TemplateSet,
    *,
    force: bool,
    draft: bool,
    now: datetime,
) -> list[tuple[Rendered, GeneratedDocument]]:
    """Fill and write the ward's documents (no database: the caller registers the records)."""
    source = load_ward_documents(scope, draft=draft)
    docs = [doc for doc in docs if applies(doc, source)]
    # Fill every template first: a broken or unsafe template stops the run before anything is
    # written, so a ward never ends up with half of a new set beside half of the old one.
    filled = []
    for doc in docs:
        template = templates.get(doc)
        data = xml_safe(context(doc, source))
        filled.append((doc, template, data, template.render(data)))
    produced = []
    for doc, template, data, content in filled:
        target = scope.out / DOCUMENTS[doc].template
        result = _place(scope.root, target, content, registry.get(doc), force, now)
        if result.action != "unchanged":
            write_atomically(result.path, content)
        record = GeneratedDocument(
            doc,
            str(result.path.relative_to(scope.root)),
            DOCUMENTS[doc].template,
            template.sha256,
            data_hash(data),
            hashlib.sha256(content).hexdigest(),
            now,
        )
        produced.append((Rendered(doc, result.path, result.action, result.edited), record))
    return produced


def register_documents(
    ws: Workspace, slug: str, produced: list[tuple[Rendered, GeneratedDocument]]
) -> None:
    """Keep what was written in the registry and the ward's history."""
    for rendered, record in produced:
        stage = ws.record(slug).stage
        event = NewEvent(EventKind.DOCUMENT, stage, stage, f"document:{rendered.doc}", SYSTEM_ACTOR,
                         record.at, details={"path": record.path, "action": rendered.action})  # fmt: skip
        ws.store.record_document(slug, record, event)


def render_ward(
    ws: Workspace,
    slug: str,
    docs: list[str] | None = None,
    *,
    templates: TemplateSet | None = None,
    force: bool = False,
    draft: bool = True,
) -> list[Rendered]:
    """Render the ward's documents into ``out/<ward>/``, never overwriting an officer's edits."""
    unknown = [d for d in docs or [] if d not in DOCUMENTS]
    if unknown:
        raise InputError(
            Problem("docs.unknown", {"doc": unknown[0], "allowed": ", ".join(DOCUMENTS)})
        )
    ws.record(slug)
    produced = produce_documents(
        WardScope.of(ws, slug),
        docs or list(DOCUMENTS),
        ws.store.documents(slug),
        templates or TemplateSet(),
        force=force,
        draft=draft,
        now=ws.now(),
    )
    register_documents(ws, slug, produced)
    return [rendered for rendered, _ in produced]


def _place(
    root: Path,
    target: Path,
    content: bytes,
    known: GeneratedDocument | None,
    force: bool,
    now: datetime,
) -> Rendered:
    doc = target.stem
    if not target.exists():
        return Rendered(doc, target, "written")
    current = file_hash(target)
    if current == hashlib.sha256(content).hexdigest():
        return Rendered(doc, target, "unchanged")
    edited = (
        known is None or known.file_hash != current or known.path != str(target.relative_to(root))
    )
    if force or not edited:
        return Rendered(doc, target, "overwritten" if edited else "written")
    stamp = now.strftime("%Y%m%d-%H%M%S")
    beside = target.with_name(f"{target.stem} (ban moi {stamp}){target.suffix}")
    return Rendered(doc, beside, "beside", edited=target)


def to_pdf(path: Path) -> Path:
    """Convert with LibreOffice (headless); say how to install it when it is missing."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise InputError(Problem("docs.no_libreoffice"))
    try:
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
            check=True,
            capture_output=True,
            timeout=180,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise InputError(Problem("docs.pdf_failed", {"reason": str(exc)}, file=str(path))) from exc
    return path.with_suffix(".pdf")
