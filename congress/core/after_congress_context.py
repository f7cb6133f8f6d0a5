"""The documents that follow the congress (pure): the minutes of the new committee's Hội nghị
lần thứ nhất, the ward's report of results upward, and the district's decision of recognition.

Each builder returns the keys that differ from the common ones (`doc_context._common`): the
issuing body, the dateline and the signature where they are not the ward's Ban Thường trực's.
The Front's words throughout: hiệp thương cử, tán thành, được hiệp thương cử, khuyết.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from congress.core.tally_context import tally_view
from congress.core.vn_format import dateline, roman

if TYPE_CHECKING:
    from congress.core.doc_context import WardDocuments

NONE = "…"


def _place(src: WardDocuments) -> str:
    return src.congress.place or src.ward.ward or NONE


def _district(src: WardDocuments) -> str:
    """The district's own name for its dateline: "Quận Đống Đa" -> "Đống Đa"."""
    unit = (src.ward.unit or "").strip()
    for word in ("Quận ", "Huyện ", "Thị xã ", "Thành phố "):
        unit = unit.removeprefix(word)
    return unit or NONE


def meeting_view(src: WardDocuments) -> dict[str, Any]:
    """The `meeting` key: the first meeting's figures and the Ban Thường trực it chose, as the
    count computed them (`tally_context.tally_view`: the same results as the counting rules)."""
    view = tally_view(src.tally)
    first, standing = view["first_meeting"], view["standing"]
    if not first.get("recorded"):
        return {"recorded": False, "date": NONE, "members": NONE, "present": NONE,
                "absent": NONE, "present_percent": NONE, "standing": [], "chair": NONE}  # fmt: skip
    rows = [
        {**row, "in_favour": row["approvals"], "of": standing.get("of", NONE)}
        for row in standing.get("people", [])
    ]
    chairs = [r["name"] for r in rows if r["role"] == "Chủ tịch" and r["result"].startswith("Được")]
    return {
        "recorded": True,
        "date": first["date"],
        "members": first["members"],
        "present": first["present"],
        "absent": first["absent"],
        "present_percent": first["present_percent"],
        "standing": rows,
        "chair": chairs[0] if chairs else NONE,
    }


def _committee(src: WardDocuments, tally: dict[str, Any]) -> dict[str, str]:
    """Planned seats, those hiệp thương cử, and the vacancies (khuyết), as the count gives them."""
    committee = tally.get("committee") or {}
    if not committee.get("recorded"):
        return {"planned": str(src.ward.planned_size), "chosen": NONE, "vacant": NONE}
    return {
        "planned": committee["planned"],
        "chosen": committee["chosen_count"],
        "vacant": committee["vacancies"],
    }


def first_meeting_minutes(src: WardDocuments) -> dict[str, Any]:
    meeting = meeting_view(src)
    ordinal = _ordinal(src)
    ward_upper = src.ward.ward.upper()
    return {
        "parent_body": f"ỦY BAN MTTQ VIỆT NAM {(src.ward.unit or '').upper()}".strip(),
        "issuer": f"ỦY BAN MTTQ VIỆT NAM PHƯỜNG {ward_upper}",
        "dateline": dateline(_place(src), _meeting_date(src)),
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


def _meeting_date(src: WardDocuments) -> date | None:
    meeting = src.tally.tally.first_meeting if src.tally is not None else None
    return meeting.date if meeting is not None else None
