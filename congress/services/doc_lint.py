"""Use cases: lint document templates (syntax, split tags, variables, fonts, fillable by data), and
lint the generated documents in out/ and the Word drafts in wards/<ward>/van-kien/ (level words,
English, numbers, «…», place, signature)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from congress.adapters.docx_lint import LintIssue, lint_template
from congress.adapters.docx_render import CompiledTemplate
from congress.adapters.docx_text import read_doc_text
from congress.core.district_context import DISTRICT_DOCUMENTS, district_context, sample_report
from congress.core.doc_context import DOCUMENTS, DocSpec, WardDocuments, context
from congress.core.doc_text import DocFinding, Facts, Where, place_of, unit_type
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.generated_lint import lint_document
from congress.core.tally import TallyFile
from congress.core.text import xml_safe
from congress.core.ward import WardFile, WardLists
from congress.errors import CongressError, InputError, Problem
from congress.i18n import t
from congress.resources import data_dir
from congress.services.documents import load_ward_documents
from congress.services.drafts_word import WORD_DRAFTS
from congress.services.workspace import WardScope, Workspace

_BY_FILE = {spec.template: doc for doc, spec in DOCUMENTS.items()}
_DISTRICT_BY_FILE = {spec.template: doc for doc, spec in DISTRICT_DOCUMENTS.items()}


def sample_documents() -> WardDocuments:
    """Data with every section empty: what a template may rely on in any ward."""
    ward = WardFile(ward="…", planned_size=1, lists=WardLists(proposed="-"))
    return WardDocuments(ward, DraftsFile(), CongressFile(), None, [], "…")


def template_files(paths: list[Path]) -> list[Path]:
    """The templates to lint: each file given, and the .docx files of each folder given (without
    the lock files Word and LibreOffice leave beside an open file)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.glob("*.docx") if not p.name.startswith(("~$", ".~lock."))
            )
        else:
            found.append(path)
    return found


def lint(
    templates: list[Path] | None = None, ws: Workspace | None = None, ward: str | None = None
) -> list[tuple[Path, list[LintIssue]]]:
    """Lint the given templates (default: the bundled set) against the data they will get."""
    paths = template_files(templates or [data_dir("doc_templates")])
    real = ws is not None and bool(ward)
    source = (
        load_ward_documents(WardScope.of(ws, ward))
        if ws is not None and ward
        else sample_documents()
    )
    results = []
    for path in paths:
        doc = _BY_FILE.get(path.name)
        district = _DISTRICT_BY_FILE.get(path.name)
        if district is not None:
            data = xml_safe(
                district_context(district, sample_report(), term="…", place="…", draft=True)
            )
            known = set(data)
        elif doc is not None:
            data = xml_safe(context(doc, source))
            known = set(data)
        else:  # a template of the officer's own: only the keys every document has
            data = xml_safe(context("ke_hoach", source))
            known = {k for k in data if k not in ("plan", "congress")}

        def fill(compiled: CompiledTemplate, data: dict[str, object] = data) -> None:
            try:
                compiled.render(data)
            except InputError as error:
                problem = error.problems[0]
                if not real or problem.key == "docs.template_unsafe":
                    raise
                params = {"ward": source.ward.ward, "reason": problem.params.get("reason", "")}
                raise InputError(Problem("lint.unfillable", params, file=problem.file)) from error

        results.append((path, lint_template(path, known, fill)))
    return results


# -- the generated documents (out/) --------------------------------------------------------------

LOCK_PREFIXES = ("~$", ".~lock.")
# Documents kept in a ward's folder but issued by the district's Ban Thường trực (its place, its
# signer), and documents signed by the chair the first meeting elects (not congress.yaml's signer).
DISTRICT_ISSUED = frozenset({"quyet_dinh_cong_nhan"})
SIGNED_BY_NEW_CHAIR = frozenset({"bao_cao_ket_qua", "bien_ban_hoi_nghi_thu_nhat"})


@dataclass(frozen=True)
class GeneratedLint:
    """The findings of one generated document, with the path from the workspace."""

    path: Path
    findings: list[DocFinding]


def _doc_id(path: Path, specs: dict[str, DocSpec]) -> str | None:
    """The document a generated file is, by its file name (also «x (ban moi …).docx»)."""
    stem = path.stem.split(" (", 1)[0]
    return next((doc for doc, spec in specs.items() if Path(spec.template).stem == stem), None)


def _docx(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.docx") if not p.name.startswith(LOCK_PREFIXES))


def _signer(value: Any) -> str | None:
    """A signer's name from a file, whatever its shape (a name, or an object with ``name``)."""
    name = getattr(value, "name", value)
    return str(name).strip() or None if isinstance(name, str) else None


def _name_and_kind(ws: Workspace, slug: str) -> tuple[str, str]:
    """The ward's name and type as its documents write them (`WardFile.kind`); from the folder's
    name and the unit's level when ward.yaml cannot be read."""
    folder = ws.ward(slug)
    try:
        ward = folder.ward()
    except CongressError:
        name = folder.name()
        return name, unit_type(name, None, ws.files.unit.level or "")
    return ward.ward, ward.kind


def _ward_facts(ws: Workspace, slug: str) -> tuple[Facts, CongressFile, TallyFile | None]:
    """What every document of the ward should say (the date is per document: see `_for_doc`)."""
    unit = ws.files.unit
    folder = ws.ward(slug)
    name, kind = _name_and_kind(ws, slug)
    try:
        congress = folder.congress()
    except CongressError:
        congress = CongressFile()
    tally = None
    if folder.has_tally():
        try:
            tally = folder.tally()
        except CongressError:
            tally = None  # said by `tally check`; the lint then knows no count
    place = place_of(name)
    places = {place, f"{kind.capitalize()} {place}"} if place.isdigit() else {place}
    facts = Facts(
        unit_words=frozenset({kind}),
        level=unit.level or "",
        places=frozenset(places),
        names=(name, unit.unit),
        signer=_signer(congress.signer),
    )
    return facts, congress, tally


def _signer_of(doc: str | None, congress: CongressFile, signer: str | None) -> str | None:
    """Whose name the document's «TM. …» block should carry: the Ban Kiểm phiếu's head on the
    counting minutes, none known for those the first meeting's chair signs, else `signer`."""
    if doc in SIGNED_BY_NEW_CHAIR:
        return None
    if doc == "bien_ban_kiem_phieu":
        return congress.counting_board[0] if congress.counting_board else None
    return signer


def _present(doc: str | None, tally: TallyFile | None) -> int | None:
    """Those present at the meeting the document records: the congress's delegates for the
    congress's documents, the members at the first meeting for its minutes."""
    if tally is None or doc is None:
        return None
    if doc == "bien_ban_hoi_nghi_thu_nhat":
        return tally.first_meeting.present if tally.first_meeting else None
    return tally.delegates.present if DOCUMENTS[doc].by_congress else None


def _district_facts(ws: Workspace) -> Facts:
    unit = ws.files.unit
    kinds = set()
    names = [unit.unit]
    for slug in ws.files.wards:
        name, kind = _name_and_kind(ws, slug)
        names.append(name)
        kinds.add(kind)
    return Facts(
        unit_words=frozenset(kinds or {unit_type("", None, unit.level or "")}),
        level=unit.level or "",
        places=frozenset({place_of(unit.unit)}),
        names=tuple(names),
        date_known=True,  # the district's reports are dated the day they are made
        signer=_signer(getattr(unit, "signer", None)),
    )


def generated_documents(ws: Workspace, ward: str | None = None) -> list[tuple[Path, Facts]]:
    """The generated documents of the workspace (out/<ward>/*.docx, and the district's
    out/*.docx unless `ward` is given), each with what it should say."""
    out = ws.files.out
    found: list[tuple[Path, Facts]] = []
    district: Facts | None = None
    for slug in [ward] if ward else sorted(ws.files.wards):
        # out/<ward>/, then the Word drafts of wards/<ward>/van-kien/ (`docs draft`)
        working = [
            p for p in _docx(ws.files.ward_drafts(slug)) if _doc_id(p, DOCUMENTS) in WORD_DRAFTS
        ]
        files = _docx(out / slug) + working
        if not files:
            continue
        facts, congress, tally = _ward_facts(ws, slug)
        for path in files:
            doc = _doc_id(path, DOCUMENTS)
            issued = congress.documents.get(doc) if doc else None
            known = issued is not None and issued.date is not None
            if doc in DISTRICT_ISSUED:
                district = district or _district_facts(ws)
                found.append((path, replace(district, date_known=known)))
                continue
            signer = _signer_of(doc, congress, facts.signer)
            found.append(
                (
                    path,
                    replace(
                        facts,
                        date_known=known,
                        signer=signer,
                        present=_present(doc, tally),
                        working_draft=path in working,
                    ),
                )
            )
    if ward is None and _docx(out):
        district = district or _district_facts(ws)
        found += [(path, district) for path in _docx(out)]
    return found


def lint_generated(ws: Workspace, ward: str | None = None) -> list[GeneratedLint]:
    """Lint every generated document; an InputError (exit 2) if none, or one cannot be read."""
    documents = generated_documents(ws, ward)
    if not documents:
        raise InputError(Problem("lint.no_generated", {"out": str(ws.files.out)}))
    return [
        GeneratedLint(path.relative_to(ws.files.root), lint_document(read_doc_text(path), facts))
        for path, facts in documents
    ]


# The message and the hint of each finding (rule, or rule and field for «…»).
MESSAGES: dict[str, tuple[str, str]] = {
    "level_word": ("lint.gen_level_word", "lint.gen_level_word_hint"),
    "english": ("lint.gen_english", "lint.gen_english_hint"),
    "number": ("lint.gen_number", "lint.gen_number_hint"),
    "ellipsis:date": ("lint.gen_ellipsis_date", "lint.gen_ellipsis_date_hint"),
    "ellipsis:signer": ("lint.gen_ellipsis_signer", "lint.gen_ellipsis_signer_hint"),
    "ellipsis:present": ("lint.gen_ellipsis_present", "lint.gen_ellipsis_present_hint"),
    "place": ("lint.gen_place", "lint.gen_place_hint"),
    "signature": ("lint.gen_signature", "lint.gen_signature_hint"),
    "signature_chair": ("lint.gen_signature_chair", "lint.gen_signature_chair_hint"),
    "to_write": ("lint.gen_to_write", "lint.gen_to_write_hint"),
}
_PARTS = {"header": "lint.where_header", "footer": "lint.where_footer"}


def where_text(where: Where, lang: str | None = None) -> str:
    """«bảng 1, hàng 1, ô 2, đoạn 3», «đoạn 12», «đầu trang: đoạn 1»."""
    if where.table:
        text = t("lint.where_table", lang, table=where.table, row=where.row, cell=where.cell,
                 paragraph=where.paragraph)  # fmt: skip
    else:
        text = t("lint.where_paragraph", lang, paragraph=where.paragraph)
    part = _PARTS.get(where.part)
    return t(part, lang, where=text) if part else text


def describe(finding: DocFinding, lang: str | None = None) -> dict[str, str]:
    """The finding as a user reads it: rule id, where, the quoted passage, message and hint."""
    field = finding.params.get("field")
    message, hint = MESSAGES[f"{finding.rule}:{field}" if field else finding.rule]
    return {
        "rule": finding.rule,
        "where": where_text(finding.where, lang),
        "quote": finding.quote,
        "message": t(message, lang, **finding.params),
        "hint": t(hint, lang),
    }
