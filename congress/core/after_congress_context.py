"""The documents that follow the congress (pure): the minutes of the new committee's Hội nghị
lần thứ nhất, the ward's report of results upward, and the district's decision of recognition.

Each builder returns the keys that differ from the common ones (`doc_context._common`): the
issuing body, the dateline and the signature where they are not the ward's Ban Thường trực's.
The Front's words throughout: hiệp thương cử, tán thành, được hiệp thương cử, khuyết.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from congress.core.collation import name_key
from congress.core.first_meeting import FirstMeeting, role_vi
from congress.core.numbers import format_percent
from congress.core.people import Role
from congress.core.tally import passes
from congress.core.vn_format import dateline, roman, short_date

if TYPE_CHECKING:
    from congress.core.doc_context import WardDocuments

NONE = "…"
_HALF = Fraction(1, 2)  # the default of standing_approved; the check uses the ruleset's
_ORDER = {Role.CHAIR: 0, Role.VICE_CHAIR: 1, Role.STANDING_MEMBER: 2, Role.MEMBER: 3}


def _place(src: WardDocuments) -> str:
    return src.congress.place or src.ward.ward or NONE


def _district(src: WardDocuments) -> str:
    """The district's own name for its dateline: "Quận Đống Đa" -> "Đống Đa"."""
    unit = (src.ward.unit or "").strip()
    for word in ("Quận ", "Huyện ", "Thị xã ", "Thành phố "):
        unit = unit.removeprefix(word)
    return unit or NONE


def standing_rows(meeting: FirstMeeting | None) -> list[dict[str, str]]:
    """The Ban Thường trực the first meeting chose: by role, then in Vietnamese name order."""
    if meeting is None:
        return []
    people = sorted(meeting.standing, key=lambda p: (_ORDER[p.role], name_key(p.name)))
    rows = []
    for index, person in enumerate(people, start=1):
        chosen = passes(person.in_favour, meeting.present, _HALF)
        rows.append(
            {
                "index": str(index),
                "name": person.name,
                "role": role_vi(person.role),
                "in_favour": str(person.in_favour),
                "of": str(meeting.present),
                "percent": format_percent(person.in_favour, meeting.present),
                "result": "Được hiệp thương cử" if chosen else "Chưa đủ số tán thành",
            }
        )
    return rows


def meeting_view(src: WardDocuments) -> dict[str, Any]:
    """The `meeting` key: the first meeting's figures and the Ban Thường trực it chose."""
    meeting = src.first_meeting
    if meeting is None:
        return {"recorded": False, "date": NONE, "members": NONE, "present": NONE,
                "absent": NONE, "present_percent": NONE, "standing": [], "chair": NONE}  # fmt: skip
    chairs = [p.name for p in meeting.standing if p.role is Role.CHAIR]
    return {
        "recorded": True,
        "date": short_date(meeting.date) if meeting.date else NONE,
        "members": str(meeting.members),
        "present": str(meeting.present),
        "absent": str(max(meeting.members - meeting.present, 0)),
        "present_percent": format_percent(meeting.present, meeting.members),
        "standing": standing_rows(meeting),
        "chair": chairs[0] if chairs else NONE,
    }


def _committee(src: WardDocuments, tally: dict[str, Any]) -> dict[str, str]:
    """Planned seats, those hiệp thương cử, and the vacancies (khuyết) between them."""
    planned = src.ward.planned_size
    ballots = tally.get("ballots") or []
    chosen = ballots[0].get("elected_count") if ballots and tally.get("consistent") else None
    if chosen is None or not str(chosen).isdigit():
        return {"planned": str(planned), "chosen": NONE, "vacant": NONE}
    vacant = max(planned - int(chosen), 0)
    return {"planned": str(planned), "chosen": str(chosen), "vacant": f"{vacant:02d}"}


def first_meeting_minutes(src: WardDocuments) -> dict[str, Any]:
    meeting = meeting_view(src)
    ordinal = _ordinal(src)
    ward_upper = src.ward.ward.upper()
    return {
        "parent_body": f"ỦY BAN MTTQ VIỆT NAM {(src.ward.unit or '').upper()}".strip(),
        "issuer": f"ỦY BAN MTTQ VIỆT NAM PHƯỜNG {ward_upper}",
        "dateline": dateline(_place(src), src.first_meeting.date if src.first_meeting else None),
        "subject": f"Hội nghị lần thứ nhất Ủy ban MTTQ Việt Nam phường {src.ward.ward} "
        f"khóa {ordinal}, nhiệm kỳ {src.term}",
        "meeting": meeting,
        "committee_name": f"Ủy ban MTTQ Việt Nam phường {src.ward.ward} khóa {ordinal}",
        "signature": {
            "on_behalf": "TM. ỦY BAN MTTQ VIỆT NAM PHƯỜNG",
            "title": "CHỦ TỊCH",
            "name": meeting["chair"],
        },
    }


def results_report(src: WardDocuments, tally: dict[str, Any]) -> dict[str, Any]:
    meeting = meeting_view(src)
    return {
        "subject": f"Kết quả {_congress_name(src)}",
        "meeting": meeting,
        "committee": _committee(src, tally),
        "upper": (src.ward.unit or NONE).strip(),
        "signature": {
            "on_behalf": "TM. BAN THƯỜNG TRỰC",
            "title": "CHỦ TỊCH",
            "name": meeting["chair"],
        },
    }


def recognition_decision(src: WardDocuments) -> dict[str, Any]:
    unit = (src.ward.unit or "").strip()
    ordinal = _ordinal(src)
    issued = src.congress.documents.get("quyet_dinh_cong_nhan")
    meeting = meeting_view(src)
    ward = src.ward.ward
    return {
        "parent_body": f"ỦY BAN MTTQ VIỆT NAM {unit.upper()}".strip(),
        "issuer": "BAN THƯỜNG TRỰC",
        "dateline": dateline(_district(src), issued.date if issued else None),
        "subject": f"Về việc công nhận Ban Thường trực Ủy ban MTTQ Việt Nam phường {ward} "
        f"khóa {ordinal}, nhiệm kỳ {src.term}",
        "district_body": f"BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM {unit.upper()}".strip(),
        "unit": unit or NONE,
        "meeting": meeting,
        "committee_name": f"Ủy ban MTTQ Việt Nam phường {ward} khóa {ordinal}",
        "signature": {"on_behalf": "TM. BAN THƯỜNG TRỰC", "title": "CHỦ TỊCH", "name": NONE},
        "recipients": [
            "- Như Điều 3;",
            f"- Đảng ủy phường {ward};",
            f"- Ủy ban MTTQ Việt Nam phường {ward};",
            "- Lưu: VT.",
        ],
    }


def _ordinal(src: WardDocuments) -> str:
    ordinal = src.congress.ordinal or NONE
    return roman(int(ordinal)) if ordinal.isdigit() else ordinal


def _congress_name(src: WardDocuments) -> str:
    return (
        f"Đại hội đại biểu MTTQ Việt Nam phường {src.ward.ward} lần thứ {_ordinal(src)}, "
        f"nhiệm kỳ {src.term}"
    )
