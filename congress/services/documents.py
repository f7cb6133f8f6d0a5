"""Use cases of the congress documents: render a ward's documents, check its drafts."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from congress.adapters.doc_batch import FileBatch
from congress.adapters.docx_render import CompiledTemplate, environment, file_hash
from congress.adapters.docx_text import doc_text_of
from congress.adapters.workspace import DRAFTS_DIR, WARDS_DIR
from congress.core.doc_context import DOCUMENTS, WardDocuments, applies, safe_context
from congress.core.doc_data import SharedParts, data_utf8
from congress.core.generated_lint import to_write
from congress.core.personnel_context import PersonnelContext
from congress.core.records import EventKind, GeneratedDocument, NewEvent
from congress.core.rules_tally import ApprovalParams
from congress.core.tally_context import TallyInput
from congress.core.word_drafts import YAML_SOURCE, DraftSources
from congress.errors import CongressError, FindingsError, InputError, Problem
from congress.resources import data_dir
from congress.services.draft_checks import ward_drafts
from congress.services.personnel import figures
from congress.services.tally import counted
from congress.services.workspace import SYSTEM_ACTOR, WardScope, Workspace


def load_ward_documents(
    scope: WardScope, *, draft: bool = True, drafts: DraftSources | None = None
) -> WardDocuments:
    """Everything a ward's documents are made from; a missing drafts/congress file is empty.
    The drafts are read as the checks read them (`drafts`, else read here): the officer's Word
    files in van-kien/ first, then drafts.yaml."""
    folder = scope.ward
    ward = folder.ward()
    found = drafts if drafts is not None else ward_drafts(folder, pages=False)
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
    if proposed is not None:  # the statistics the ward's check computed, if on the same day
        reference = ward.congress_date or congress.date or scope.today
        personnel, statistics = figures(folder, book, proposed, previous, ward, reference)
    tally = None
    if folder.has_tally():
        params, count, second = book.params, folder.tally(), folder.second_tally()
        approval: ApprovalParams = params.get("person_approved", ApprovalParams())  # type: ignore[assignment]
        tally = TallyInput(
            count,
            params["quorum"],  # type: ignore[arg-type]
            params["item_passed"],  # type: ignore[arg-type]
            approval,
            second,
            counted(folder, count, second, approval),  # as the ward's check counted it
        )
    unit = scope.unit
    term = ward.term or (unit.term if unit is not None else None) or book.ruleset.term
    return WardDocuments(
        ward, found.drafts, congress, personnel, statistics, term, draft, tally, unit
    )


class TemplateSet:
    """The templates, each compiled once per process (the district renders many wards)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir("doc_templates")
        self.env = environment()
        self._compiled: dict[str, CompiledTemplate] = {}

    def get(self, doc: str, template: str | None = None) -> CompiledTemplate:
        """The template of `doc`; `template`: its file, for a document not of a ward (the
        district's reports)."""
        if doc not in self._compiled:
            name = template or DOCUMENTS[doc].template
            self._compiled[doc] = CompiledTemplate.load(self.folder / name, self.env)
        return self._compiled[doc]


@dataclass(frozen=True)
class Rendered:
    """What happened to one document: written, written beside an edited file, or unchanged;
    ``word``: not rendered, the officer's own Word draft (``path``) is the document."""

    doc: str
    path: Path
    action: str
    edited: Path | None = None


@dataclass(frozen=True)
class Prepared:
    """A document filled in memory, not yet written (a district worker hands it back)."""

    doc: str
    target: Path
    content: bytes
    template: str
    template_hash: str
    data_hash: str


def data_hash(data: dict[str, Any], parts: SharedParts | None = None) -> str:
    """SHA-256 of the data as sorted JSON (`parts`: the ward's, each serialised once)."""
    return hashlib.sha256(data_utf8(data, parts or SharedParts())).hexdigest()


# The drafts an officer may write in Word (van-kien/), by document, and the draft each one is.
WORD_KINDS = {
    "bao_cao_chinh_tri": "political_report",
    "bao_cao_kiem_diem": "review_report",
    "chuong_trinh_hanh_dong": "action_programme",
}


def own_drafts(scope: WardScope, docs: list[str], drafts: DraftSources) -> list[Rendered]:
    """The documents among `docs` that are the officer's own Word drafts in van-kien/ (action
    ``word``, the path of the officer's file): they are not rendered again from what was read of
    them, the minutes and the resolution quote them."""
    own = []
    for doc in (d for d in docs if d in WORD_KINDS):
        name = drafts.sources[WORD_KINDS[doc]]
        if name != YAML_SOURCE:
            path = scope.root / WARDS_DIR / scope.slug / DRAFTS_DIR / name
            own.append(Rendered(doc, path, "word"))
    return own


def produce_documents(
    scope: WardScope,
    docs: list[str],
    templates: TemplateSet,
    *,
    draft: bool,
    drafts: DraftSources | None = None,
) -> list[Prepared]:
    """Fill the ward's documents in memory (no file, no database: `write_documents` does that),
    but for the officer's own Word drafts (`own_drafts`); `drafts`: as read, else read here.

    Every template is filled first: a broken or unsafe template stops the run before anything is
    written, so a ward never ends up with half of a new set beside half of the old one."""
    drafts = drafts if drafts is not None else ward_drafts(scope.ward, pages=False)
    source = load_ward_documents(scope, draft=draft, drafts=drafts)
    own = {r.doc for r in own_drafts(scope, docs, drafts)}
    return [
        prepare(doc, source, templates, scope.out)
        for doc in docs
        if doc not in own and applies(doc, source)
    ]


def prepare(
    doc: str, source: WardDocuments, templates: TemplateSet, folder: Path, key: str = ""
) -> Prepared:
    """One document filled in memory, to go into `folder` under its template's name; `key` is
    its name in the registry when that is not `doc` (the Word drafts)."""
    template = templates.get(doc)
    data = safe_context(doc, source)
    name = DOCUMENTS[doc].template
    content = template.render(data)
    digest = data_hash(data, source.parts)  # after the render, as the data it was made from
    return Prepared(key or doc, folder / name, content, name, template.sha256, digest)


# What a run does with a document the officer edited: write over it (`docs render --force`),
# write the ONE «(ban moi)» copy beside it, or keep it and write nothing (`docs draft`).
Edited = Literal["overwrite", "copy", "keep"]


def write_documents(
    ws: Workspace,
    slug: str,
    prepared: list[Prepared],
    *,
    edited: Edited,
    now: datetime,
    copy_edited: str = "docs.copy_edited",
) -> list[Rendered]:
    """Write the run's documents and register them, all or nothing.

    Each file goes to a temporary file first; then all are moved into place and registered with
    their history rows in ONE transaction. Any failure (a file open in Word, a full disk, the
    database, an edited copy: `copy_edited` is the key that says so) puts back the files as
    they were, registers nothing, and says so."""
    registry = ws.store.documents(slug)
    staged = stage_documents(ws.files.root, prepared, registry, edited, now, copy_edited)
    return commit_documents(ws, slug, staged, registry, now)


@dataclass
class Staged:
    """A run's documents written to hidden temporary files beside their targets (`FileBatch`),
    not yet in place nor registered: where each goes, its registry row (None: kept as it is) and
    whether its file is written. No content: a district worker hands this back, not the bytes."""

    placed: list[tuple[Rendered, GeneratedDocument | None, bool]]
    batch: FileBatch

    def discard(self) -> None:
        self.batch.discard()


def stage_documents(
    root: Path,
    prepared: list[Prepared],
    registry: dict[str, GeneratedDocument],
    edited: Edited,
    now: datetime,
    copy_edited: str = "docs.copy_edited",
    *,
    sync: bool = False,
) -> Staged:
    """The first half of `write_documents`, with no database: place each document against the
    `registry` as read, write each file to be written to its temporary (and `sync` them to the
    disk). On any failure the temporaries are removed and nothing else was touched."""
    batch = FileBatch()
    try:
        placed = [_place(root, p, registry.get(p.doc), edited, now, copy_edited) for p in prepared]
        for item, (rendered, _, fresh) in zip(prepared, placed, strict=True):
            if fresh:
                batch.stage(rendered.path, item.content)
        if sync:
            batch.sync()
    except CongressError as error:
        batch.discard()
        raise type(error)(*error.problems, Problem("docs.run_undone")) from error
    except BaseException:
        batch.discard()
        raise
    return Staged(placed, batch)


def commit_documents(
    ws: Workspace,
    slug: str,
    staged: Staged,
    registry: dict[str, GeneratedDocument],
    now: datetime,
    stage: str | None = None,
) -> list[Rendered]:
    """The second half of `write_documents`: move the staged files into place and register them
    with their history rows in ONE transaction; any failure puts the files back as they were.
    `stage`: the ward's, as the caller read it (a district run: once for all wards); the store
    keeps the rows at the ward's stage in its transaction."""
    batch = staged.batch
    try:
        batch.move_into_place()
        stage = ws.record(slug).stage if stage is None else stage
        if rows := registry_rows(staged, registry, stage, now):
            ws.store.record_documents(slug, rows)
    except CongressError as error:
        batch.undo()
        raise type(error)(*error.problems, Problem("docs.run_undone")) from error
    except BaseException:
        batch.undo()
        raise
    finally:
        batch.discard()
    return [rendered for rendered, _, _ in staged.placed]


def registry_rows(
    staged: Staged, registry: dict[str, GeneratedDocument], stage: str, now: datetime
) -> list[tuple[GeneratedDocument, NewEvent]]:
    """The registry rows of the `staged` documents, each with its history row (at `stage`):
    none for a document kept as it is, or one the `registry` already holds as it is."""
    rows = []
    for rendered, record, fresh in staged.placed:
        if record is None or (not fresh and _same(registry.get(rendered.doc), record)):
            continue  # kept as it is, or the registry already holds it
        details = {"path": record.path, "action": rendered.action}
        if record.copy_path:
            details["copy"] = record.copy_path
        event = NewEvent(EventKind.DOCUMENT, stage, stage, f"document:{rendered.doc}",
                         SYSTEM_ACTOR, now, details=details)  # fmt: skip
        rows.append((record, event))
    return rows


def _same(known: GeneratedDocument | None, record: GeneratedDocument) -> bool:
    return known is not None and replace(known, at=record.at) == record


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
    scope = WardScope.of(ws, slug)
    docs = docs or list(DOCUMENTS)
    drafts = ward_drafts(scope.ward, pages=False)
    prepared = produce_documents(
        scope, docs, templates or TemplateSet(), draft=draft, drafts=drafts
    )
    if not draft:
        _refuse_unwritten(ws.files.root, prepared)
    edited: Edited = "overwrite" if force else "copy"
    own = own_drafts(scope, docs, drafts)
    return own + write_documents(ws, slug, prepared, edited=edited, now=ws.now())


def _refuse_unwritten(root: Path, prepared: list[Prepared]) -> None:
    """A final copy is never written with a «[CẦN VIẾT: …]» in it: a FindingsError (exit 1)
    naming each one and its document, before any file is written."""
    problems = [
        Problem(
            "docs.final_to_write",
            {"placeholder": found.quote},
            file=str(item.target.relative_to(root)),
        )
        for item in prepared
        for found in to_write(doc_text_of(item.content, item.target.name))
    ]
    if problems:
        raise FindingsError(*problems, Problem("docs.final_refused", {"count": len(problems)}))


COPY = "ban moi"  # the one copy beside an edited document: «NAME (ban moi).docx»


def copy_of(target: Path) -> Path:
    return target.with_name(f"{target.stem} ({COPY}){target.suffix}")


def _place(
    root: Path,
    item: Prepared,
    known: GeneratedDocument | None,
    on_edit: Edited,
    now: datetime,
    copy_edited: str,
) -> tuple[Rendered, GeneratedDocument | None, bool]:
    """Where the document goes, and its registry row: its own file when that is new, unchanged
    or as the tool left it (or edits are overwritten); an edited file kept as it is (no row);
    else the ONE copy beside the officer's file, replaced on every later run, with the registry
    keeping the officer's file as the document's path.
    The flag: whether the file must be written (not already holding these bytes)."""
    target, new_hash = item.target, hashlib.sha256(item.content).hexdigest()
    path = str(target.relative_to(root))
    record = GeneratedDocument(item.doc, path, item.template, item.template_hash, item.data_hash,
                               new_hash, now)  # fmt: skip
    if not target.exists():
        return Rendered(item.doc, target, "written"), record, True
    current = file_hash(target)
    if current == new_hash:
        return Rendered(item.doc, target, "unchanged"), record, False
    edited = known is None or known.file_hash != current or known.path != path
    if on_edit == "overwrite" or not edited:
        return Rendered(item.doc, target, "overwritten" if edited else "written"), record, True
    if on_edit == "keep":
        return Rendered(item.doc, target, "kept", edited=target), None, False
    beside = copy_of(target)
    copy_path = str(beside.relative_to(root))
    ours = known.file_hash if known is not None and known.path == path else ""
    record = replace(record, file_hash=ours, copy_path=copy_path, copy_hash=new_hash)
    rendered = Rendered(item.doc, beside, "beside", edited=target)
    if not beside.exists():
        return rendered, record, True
    found = file_hash(beside)
    if found == new_hash:
        return rendered, record, False
    if known is None or known.copy_path != copy_path or known.copy_hash != found:
        raise InputError(Problem(copy_edited, {"copy": beside.name}, file=str(target)))
    return rendered, record, True
