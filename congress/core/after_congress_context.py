"""The documents that follow the congress (pure): the minutes of the new committee's Hội nghị
lần thứ nhất, the ward's report of results upward, and the district's decision of recognition.

Each builder returns the keys that differ from the common ones (`doc_context._common`): the
issuing body, the dateline and the signature where they are not the ward's Ban Thường trực's.
The Front's words throughout: hiệp thương cử, tán thành, được hiệp thương cử, khuyết.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from congress.core.doc_names import NONE, Names, upper
from congress.core.numbers import group_thousands
from congress.core.tally_context import tally_view
from congress.core.vn_format import dateline

if TYPE_CHECKING:
    from congress.core.doc_context import WardDocuments


def meeting_view(src: WardDocuments) -> dict[str, Any]:
    """The `meeting` key: the first meeting's figures and the Ban Thường trực it chose, as the
    count computed them (`tally_context.tally_view`: the same results as the counting rules)."""
    return src.once("meeting", lambda: _meeting_view(src))


def _meeting_view(src: WardDocuments) -> dict[str, Any]:
    view = src.once("tally", lambda: tally_view(src.tally))
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
        planned = src.ward.planned_size
        shown = group_thousands(planned) if planned is not None else NONE
        return {"planned": shown, "chosen": NONE, "vacant": NONE}
    return {
        "planned": committee["planned"],
        "chosen": committee["chosen_count"],
        "vacant": committee["vacancies"],
    }


def first_meeting_minutes(src: WardDocuments) -> dict[str, Any]:
    """Issued by the new Ủy ban; signed by the meeting's chair and its secretary."""
    names = src.once("names", lambda: Names.of(src))
    meeting = meeting_view(src)
    committee = f"Ủy ban MTTQ Việt Nam {names.ward_full} khóa {names.ordinal}"
    first = src.tally.tally.first_meeting if src.tally is not None else None
    return {
        "dateline": dateline(src.congress.place or names.ward, _meeting_date(src)),
        "subject": f"Hội nghị lần thứ nhất {committee}, nhiệm kỳ {names.term}",
        "meeting": meeting,
        "committee_name": committee,
        "signature": {"on_behalf": "CHỦ TRÌ HỘI NGHỊ", "title": "", "name": meeting["chair"]},
        "secretary": {
            "on_behalf": "THƯ KÝ HỘI NGHỊ",
            "title": "",
            "name": (first.secretary if first is not None else None) or NONE,
        },
    }


def results_report(src: WardDocuments, tally: dict[str, Any]) -> dict[str, Any]:
    names = src.once("names", lambda: Names.of(src))
    meeting = meeting_view(src)
    return {
        "subject": f"Kết quả {names.congress_name}",
        "meeting": meeting,
        "committee": _committee(src, tally),
        "upper": names.upper_full,
        "signature": {
            "on_behalf": "TM. BAN THƯỜNG TRỰC",
            "title": "CHỦ TỊCH",
            "name": meeting["chair"],
        },
    }


def recognition_decision(src: WardDocuments) -> dict[str, Any]:
    """Issued by the supervising unit's Ban Thường trực, dated where it sits, signed by the
    signer of unit.yaml (its reports' signer; «…» when unit.yaml names none)."""
    names = src.once("names", lambda: Names.of(src))
    signer = src.unit.signer if src.unit is not None else None
    issued = src.congress.documents.get("quyet_dinh_cong_nhan")
    meeting = meeting_view(src)
    committee = f"Ủy ban MTTQ Việt Nam {names.ward_full} khóa {names.ordinal}"
    return {
        "dateline": dateline(names.upper_place, issued.date if issued else None),
        "subject": f"Về việc công nhận Ban Thường trực {committee}, nhiệm kỳ {names.term}",
        "district_body": f"BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM {upper(names.upper_full)}",
        "meeting": meeting,
        "committee_name": committee,
        "signature": {
            "on_behalf": "TM. BAN THƯỜNG TRỰC",
            "title": upper(signer.title) if signer else "CHỦ TỊCH",
            "name": signer.name if signer else NONE,
        },
        "recipients": [
            "- Như Điều 3;",
            f"- Đảng ủy {names.ward_full};",
            f"- Ủy ban MTTQ Việt Nam {names.ward_full};",
            "- Lưu: VT.",
        ],
    }


def _meeting_date(src: WardDocuments) -> date | None:
    meeting = src.tally.tally.first_meeting if src.tally is not None else None
    return meeting.date if meeting is not None else None
