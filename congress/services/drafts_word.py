"""Use case: a ward's starting drafts in Word (`congress docs draft`), never over an officer's edits.

The political report, the review report and the action programme are written into the ward's
``van-kien/`` folder as editable .docx files, from the same templates as `docs render` (sections
as Word headings, the last resolution's targets with their computed status, one section per member
organisation of ward.yaml, the residential-area programme's rows), filled with what the ward's
files already say and «[CẦN VIẾT: …]» where nothing is known yet.

The registry rule of the generated documents holds here too: a draft the tool wrote and nobody
changed since may be refreshed; a draft that was edited (or that the tool did not write) is kept,
and with ``force`` the new version goes beside it as «… (ban moi …).docx» — never over it. Before
anything is written, every draft is checked: a ``van-kien`` that is a file, or a draft open in
Word (its ``~$`` lock file), stops the run with nothing written.

`write_drafts` is the one entry point (the CLI; `congress init` / `ward add` may call it too).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from congress.adapters.docx_render import file_hash, write_atomically
from congress.adapters.files import office_lock
from congress.core.doc_context import DOCUMENTS, WardDocuments, context
from congress.core.records import EventKind, GeneratedDocument, NewEvent
from congress.core.text import xml_safe
from congress.errors import InputError, Problem
from congress.services.documents import TemplateSet, data_hash
from congress.services.workspace import SYSTEM_ACTOR, WardScope, Workspace

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


def _refuse_blocked(folder: Path) -> None:
    """An InputError, before anything is written, when ``van-kien`` (or a folder above it) is a
    file, or a draft in it is open in Word or LibreOffice."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            if not candidate.is_dir():
                params = {"blocker": str(candidate), "folder": str(folder)}
                raise InputError(Problem("drafts.folder_is_file", params, file=str(candidate)))
            break
    for doc in WORD_DRAFTS:
        path = draft_path(folder, doc)
        lock = office_lock(path)
        if lock is not None:
            raise InputError(Problem("drafts.open_in_word", {"lock": lock.name}, file=str(path)))
        if path.is_dir():
            raise InputError(Problem("docs.output_is_folder", file=str(path)))


def _decide(
    root: Path, target: Path, content: bytes, known: GeneratedDocument | None, force: bool,
    now: datetime,
) -> DraftFile:  # fmt: skip
    """The registry rule: new, unchanged, unedited (refresh), or edited (keep; beside if forced)."""
    doc = target.stem
    if not target.exists():
        return DraftFile(doc, target, "written")
    current = file_hash(target)
    if current == hashlib.sha256(content).hexdigest():
        return DraftFile(doc, target, "unchanged")
    ours = (
        known is not None
        and known.file_hash == current
        and known.path == str(target.relative_to(root))
    )
    if ours:
        return DraftFile(doc, target, "refreshed")
    if not force:
        return DraftFile(doc, target, "kept", edited=target)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    beside = target.with_name(f"{target.stem} (ban moi {stamp}){target.suffix}")
    return DraftFile(doc, beside, "beside", edited=target)


def write_drafts(
    ws: Workspace,
    slug: str,
    *,
    force: bool = False,
    templates: TemplateSet | None = None,
) -> list[DraftFile]:
    """Write the ward's three drafts into ``wards/<ward>/van-kien/``; register what was written."""
    stage = ws.record(slug).stage  # an unknown ward stops here
    folder = ws.files.ward_drafts(slug)
    scope = WardScope.of(ws, slug)
    source = draft_source(scope)
    templates = templates or TemplateSet()
    # Fill all three before writing any: a template that cannot be filled writes nothing.
    filled = []
    for doc in WORD_DRAFTS:
        template = templates.get(doc)
        data = xml_safe(context(doc, source))
        filled.append((doc, template.sha256, data, template.render(data)))
    _refuse_blocked(folder)
    registry = ws.store.documents(slug)
    now = ws.now()
    results: list[DraftFile] = []
    for doc, template_hash, data, content in filled:
        target = draft_path(folder, doc)
        decided = _decide(ws.files.root, target, content, registry.get(registry_key(doc)), force, now)  # fmt: skip
        decided = DraftFile(doc, decided.path, decided.action, decided.edited)
        results.append(decided)
        if decided.action in ("kept", "unchanged"):
            continue
        write_atomically(decided.path, content)
        if decided.action == "beside":
            continue  # the registry keeps the draft the officer works on, not the copy
        record = GeneratedDocument(
            registry_key(doc),
            str(decided.path.relative_to(ws.files.root)),
            DOCUMENTS[doc].template,
            template_hash,
            data_hash(data),
            hashlib.sha256(content).hexdigest(),
            now,
        )
        details = {"path": record.path, "action": decided.action}
        event = NewEvent(EventKind.DOCUMENT, stage, stage, f"document:{record.doc}",
                         SYSTEM_ACTOR, now, details=details)  # fmt: skip
        ws.store.record_document(slug, record, event)
    return results
