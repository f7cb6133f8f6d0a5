"""The data every document template sees, built from a ward's files (pure: no I/O here).

Every value is a plain str, int, bool, list or dict, so templates (user-editable, rendered in a
sandbox) reach nothing else. Text fields become lists of paragraphs; a section with no text gets
one visible placeholder paragraph saying what to write.

Common keys (every document): ``draft`` (bool), ``parent_body``, ``issuer``, ``issued_by``
(standing, congress, committee, upper), ``number``, ``place``, ``dateline``, ``doc_type``,
``subject``, the names of `doc_names.Names.keys` (``ward``, ``ward_full``, ``unit_type``,
``upper_level_name``, ``term``, ``ordinal``, ``congress_name``, …), ``signature`` and
``secretary`` {``on_behalf``, ``title``, ``name``}, ``recipients`` (list of lines, the last
"Lưu: VT."; empty for the script and the minutes).
Per document, see `DOCUMENTS` and the builders below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from congress.core import after_congress_context as after
from congress.core import content_context as content
from congress.core.collation import name_key
from congress.core.composition import composition
from congress.core.details_form import form_place
from congress.core.doc_data import SharedParts, document_data
from congress.core.doc_names import (
    COMMITTEE,
    CONGRESS,
    NO_RECIPIENTS,
    NONE,
    UPPER,
    Names,
    counting_signature,
    issuer_of,
    presidium_signature,
    secretary_signature,
    upper,
)

# re-exported: the table of documents lives in doc_specs (a workspace checks its names without
# loading the builders below); `from congress.core.doc_context import DOCUMENTS` still works
from congress.core.doc_specs import DOCUMENTS as DOCUMENTS  # noqa: PLC0414
from congress.core.doc_specs import DocSpec as DocSpec  # noqa: PLC0414
from congress.core.draft_context import action_programme, political_report, review_report
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.figures import Ratio
from congress.core.minutes_context import proceedings
from congress.core.numbers import group_thousands
from congress.core.people import STANDING_ROLES, Gender, Person, Role
from congress.core.personnel_context import PersonnelContext
from congress.core.statistics import Metric
from congress.core.tally_context import TallyInput, tally_view
from congress.core.text import fold
from congress.core.unit import UnitFile
from congress.core.vn_format import dateline, document_number, short_date
from congress.core.ward import WardFile
from congress.i18n import t

_T = TypeVar("_T")


@dataclass(frozen=True)
class WardDocuments:
    """Everything the documents of one ward are made from."""

    ward: WardFile
    drafts: DraftsFile
    congress: CongressFile
    personnel: PersonnelContext | None
    statistics: Sequence[Metric]
    term: str
    draft: bool = True
    tally: TallyInput | None = None
    unit: UnitFile | None = None  # the supervising unit (unit.yaml): its congress, its name
    # The parts several documents show (the count's view, the personnel rows, the congress day,
    # the report…), each built once for the ward whatever the number of documents (`once`).
    _built: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    # those parts made XML-safe and serialised once for all the documents (`safe_context`)
    parts: SharedParts = field(default_factory=SharedParts, init=False, repr=False, compare=False)

    def once(self, key: str, build: Callable[[], _T]) -> _T:
        """The part `key`, built by `build` the first time a document asks for it. The
        documents share it: a builder never changes a part it is given, and a template is
        given it read-only (`safe_context`)."""
        if key not in self._built:
            self._built[key] = build()
        return self._built[key]  # type: ignore[no-any-return]


def names_of(src: WardDocuments) -> Names:
    return src.once("names", lambda: Names.of(src))


def tally_of(src: WardDocuments) -> dict[str, Any]:
    """The count as the documents show it (`tally_view`), once per ward."""
    return src.once("tally", lambda: tally_view(src.tally))


def _common(src: WardDocuments, spec: DocSpec) -> dict[str, Any]:
    congress = src.congress
    names = names_of(src)
    issued = congress.documents.get(spec.id)
    day = issued.date if issued else None
    kind = issuer_of(spec)
    if day is None and kind == CONGRESS:
        # a congress document is dated the congress day unless the details give its own date
        day = congress.date or src.ward.congress_date
    ward_body = f"ỦY BAN MTTQ VIỆT NAM {upper(names.ward_full)}"
    upper_body = f"ỦY BAN MTTQ VIỆT NAM {upper(names.upper_full)}"
    place = congress.place or names.ward
    signature = {
        "on_behalf": "TM. BAN THƯỜNG TRỰC",
        "title": congress.signer.title.upper(),
        "name": congress.signer.name or NONE,
    }
    if kind == CONGRESS:
        parent, issuer = (
            upper_body,
            (f"ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM {upper(names.ward_full)} LẦN THỨ {names.ordinal}"),
        )
        signature = presidium_signature(congress)
    elif kind == COMMITTEE:
        parent, issuer = upper_body, ward_body
    elif kind == UPPER:
        parent, issuer, place = upper_body, "BAN THƯỜNG TRỰC", names.upper_place
    else:
        parent, issuer = ward_body, "BAN THƯỜNG TRỰC"
    recipients = [] if spec.id in NO_RECIPIENTS else [f"- {r};" for r in congress.recipients] + ["- Lưu: VT."]  # fmt: skip
    return {
        "draft": src.draft,
        "parent_body": parent,
        "issuer": issuer,
        "issued_by": kind,
        "number": document_number(issued.number if issued else None, spec.symbol),
        "place": place,
        "dateline": dateline(place, day),
        "doc_type": spec.doc_type,
        "subject": names.congress_name,
        **names.keys(),
        "signature": signature,
        "secretary": secretary_signature(congress),
        "recipients": recipients,
    }


_ROLE_ORDER = {Role.CHAIR: 0, Role.VICE_CHAIR: 1, Role.STANDING_MEMBER: 2, Role.MEMBER: 3}


def people_rows(ctx: PersonnelContext) -> list[dict[str, str]]:
    """The proposed list: the Standing Committee by role, then everyone in Vietnamese name order."""
    indexed = list(enumerate(ctx.proposed.people))
    indexed.sort(key=lambda item: (_ROLE_ORDER[item[1].role], name_key(item[1].name)))
    rows = []
    for number, (index, person) in enumerate(indexed, start=1):
        rows.append(_person_row(number, person, ctx.status_of(index).value))
    return rows


def _person_row(number: int, person: Person, status: str) -> dict[str, str]:
    return {
        "index": str(number),
        "name": person.name,
        "birth_year": str(person.birth_year or ""),
        "gender": {Gender.MALE: "Nam", Gender.FEMALE: "Nữ"}.get(person.gender, "") if person.gender else "",
        "ethnicity": person.ethnicity or "",
        "religion": person.religion or "",
        "party": "x" if person.party_member else "",
        "position": person.position or "",
        "representation": person.representation or "",
        "role": t(f"role.{person.role}", "vi"),
        "status": "Tái cử" if status == "re_elected" else "Mới",
        "standing": "x" if person.role in STANDING_ROLES else "",
    }  # fmt: skip


def ratio_cells(ratio: Ratio | None) -> dict[str, str]:
    """A figure as a document shows it: count, whole, percentage and what it was counted
    against — all from the one `Ratio` the rule (or the statistics) computed."""
    if ratio is None:
        return {"count": "…", "of": "…", "percent": "…", "denominator": "…", "text": "…"}
    return {
        "count": group_thousands(ratio.count),
        "of": group_thousands(ratio.of),
        "percent": ratio.percent_text,
        "denominator": t(ratio.denominator.key, "vi"),
        "text": ratio.text,
    }


def _previous(metric: Metric) -> str:
    if metric.previous is not None:
        return metric.previous.text
    return "" if metric.previous_count is None else group_thousands(metric.previous_count)


def _personnel(src: WardDocuments) -> dict[str, Any]:
    return src.once("personnel", lambda: _build_personnel(src))


def _build_personnel(src: WardDocuments) -> dict[str, Any]:
    ctx = src.personnel
    people = people_rows(ctx) if ctx else []
    stats = {m.key: m for m in src.statistics}

    def figure(key: str) -> dict[str, str]:
        return ratio_cells(stats[key].share if key in stats else None)

    return {
        "planned_size": group_thousands(src.ward.planned_size)
        if src.ward.planned_size is not None
        else "…",
        "proposed": group_thousands(len(ctx.proposed)) if ctx else "…",
        "people": people,
        "statistics": [
            {"label": m.label, **ratio_cells(m.share), "previous": _previous(m)}
            for m in src.statistics
        ],
        "re_elected": figure("re_elected"),
        "new": figure("new"),
        "women": figure("women"),
        "non_party": figure("non_party"),
        "standing": [r for r in people if r["standing"]],
        **content.scheme_text(src.congress),
        "structure": content.structure(composition(ctx)) if ctx else None,
    }  # fmt: skip


def _by_name(names: Sequence[str]) -> list[str]:
    return sorted(names, key=name_key)


def _congress_day(src: WardDocuments) -> dict[str, Any]:
    return src.once("congress_day", lambda: _build_congress_day(src))


def _build_congress_day(src: WardDocuments) -> dict[str, Any]:
    congress = src.congress
    return {
        "date": short_date(congress.date) if congress.date else "…",
        "venue": congress.venue or "…",
        "delegates_convened": group_thousands(congress.delegates_convened) if congress.delegates_convened is not None else "…",
        "presidium": list(congress.presidium),
        "secretariat": list(congress.secretariat),
        "counting_board": list(congress.counting_board),
        "internal": [p.model_dump() for p in congress.script if p.session == "internal"],
        "official": [p.model_dump() for p in congress.script if p.session != "internal"],
        "script": (script := [content.script_part(i, p) for i, p in enumerate(congress.script, 1)]),
        "script_internal": [p for p in script if p["session"] == "internal"],
        "script_official": [p for p in script if p["session"] != "internal"],
        "speeches": [{"index": str(i), **s.model_dump()} for i, s in enumerate(congress.speeches, 1)],
    }  # fmt: skip


def _delegation(src: WardDocuments) -> dict[str, Any]:
    """The delegation's two lists, chính thức and dự khuyết, each numbered from 1: those the
    congress hiệp thương cử once the count is usable, else the list in congress.yaml."""
    return src.once("delegation", lambda: _build_delegation(src))


def _build_delegation(src: WardDocuments) -> dict[str, Any]:
    delegation = src.congress.delegation
    positions = {fold(d.name): d.position for d in [*delegation.official, *delegation.alternate]}
    view = tally_of(src)

    def rows(names: Sequence[str]) -> list[dict[str, str]]:
        ordered = sorted(names, key=name_key)
        return [
            {"index": str(i), "name": name, "position": positions.get(fold(name), "")}
            for i, name in enumerate(ordered, 1)
        ]

    official = view["official"]
    if official["recorded"]:
        alternate = view["alternate"]
        return {
            "congress": content.upper_congress(src.unit, src.ward),
            "counted": True,
            "official": rows([c["name"] for c in official["chosen"]]),
            "alternate": rows([c["name"] for c in alternate["chosen"]]),
        }
    return {
        "congress": content.upper_congress(src.unit, src.ward),
        "counted": False,
        "official": rows([d.name for d in delegation.official]),
        "alternate": rows([d.name for d in delegation.alternate]),
    }


def applies(doc: str, src: WardDocuments) -> bool:
    """Whether `doc` is made for this ward: the counting minutes only when a secret vote was
    held (a show of hands is recorded in the congress minutes); before the count, as a form."""
    if doc == "bien_ban_kiem_phieu" and src.tally is not None:
        return src.tally.tally.secret
    return True


def _plan(src: WardDocuments) -> dict[str, Any]:
    congress = src.congress
    return {
        "purposes": content.paragraphs(congress.plan_purposes, f"mục đích ({form_place('plan_purposes', 'Kế hoạch - mục đích')})"),
        "requirements": content.paragraphs(congress.plan_requirements, f"yêu cầu ({form_place('plan_requirements', 'Kế hoạch - yêu cầu')})"),
        "timeline": [
            {"index": str(i), **s.model_dump()} for i, s in enumerate(congress.plan_timeline, 1)
        ],
        **content.plan_tasks(congress),
    }  # fmt: skip


def _minutes(src: WardDocuments) -> dict[str, Any]:
    """The count, and the proceedings told from the script with each part's results."""
    view = tally_of(src)
    return {"tally": view, "proceedings": proceedings(src.congress.script, view)}


def _report(src: WardDocuments) -> dict[str, Any]:
    return src.once("report", lambda: political_report(src))


BUILDERS: dict[str, Callable[[WardDocuments], dict[str, Any]]] = {
    "ke_hoach": lambda s: {"plan": _plan(s), "congress": _congress_day(s)},
    "bao_cao_chinh_tri": lambda s: {"report": _report(s)},
    "chuong_trinh_hanh_dong": lambda s: {"programme": action_programme(s)},
    "bao_cao_kiem_diem": lambda s: {"review": review_report(s)},
    "de_an_nhan_su": lambda s: {"personnel": _personnel(s)},
    "to_trinh": lambda s: {"personnel": _personnel(s)},
    "chuong_trinh_dai_hoi": lambda s: {"congress": _congress_day(s)},
    "kich_ban": lambda s: {"congress": _congress_day(s)},
    "danh_sach_doan_dai_bieu": lambda s: {"delegation": _delegation(s)},
    "bien_ban": lambda s: {"congress": _congress_day(s), "personnel": _personnel(s), "report": _report(s), **_minutes(s)},
    "bien_ban_kiem_phieu": lambda s: {"congress": _congress_day(s), "tally": tally_of(s), "signature": counting_signature(s.congress)},
    "nghi_quyet": lambda s: {"congress": _congress_day(s), "personnel": _personnel(s), "report": _report(s), "delegation": _delegation(s), "tally": tally_of(s)},
    "bien_ban_hoi_nghi_thu_nhat": lambda s: {"congress": _congress_day(s), **after.first_meeting_minutes(s)},
    "quyet_dinh_cong_nhan": after.recognition_decision,
    "bao_cao_ket_qua": lambda s: {"congress": _congress_day(s), "tally": (tv := tally_of(s)), "delegation": _delegation(s), **after.results_report(s, tv)},
}  # fmt: skip


def context(doc: str, src: WardDocuments) -> dict[str, Any]:
    """The full context for document `doc`."""
    return {**_common(src, DOCUMENTS[doc]), **BUILDERS[doc](src)}


def safe_context(doc: str, src: WardDocuments) -> dict[str, Any]:
    """The context of `doc` as its template is given it: XML-safe (`xml_safe`), each part the
    ward's documents share made safe once and read-only (`doc_data`)."""
    built = context(doc, src)
    return document_data(built, {id(v) for v in src._built.values()}, src.parts)
