"""The progress report's data (``bao_cao_tien_do``, pure): wards per stage, each ward's stage since
its recorded day and what is true of it (on schedule, late by N days, blocked, short of data),
the blocked wards with each failure in the words of the failure, missing data, exceptions granted
(the rule by its title) and the wards sent back."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from congress.core.district import DistrictReport, FindingLine, WardSummary
from congress.core.vn_format import short_date

NONE = "…"

STATE_LABELS = {"blocked": "có vướng mắc", "missing_data": "thiếu số liệu"}

# A finding's message may start with where it sits in a file ("tally.yaml, khóa items.1: ") and
# end by naming a key ("(mục first_meeting trong tally.yaml)"): for the officer who fixes the
# file, not for the report the district signs.
_LOCATOR = re.compile(r"^[\w./-]+\.(?:yaml|yml|xlsx|csv|docx)(?:, khóa [^:]+)?: ")
_KEY_NOTE = re.compile(r"\s*\((?:mục|khóa) [^)]*\b[a-z]+_[a-z_]+\b[^)]*\)")


def _day(day: date | None) -> str:
    """A date (or the day of a moment) as dd/mm/yyyy, or "…"."""
    if day is None:
        return NONE
    if isinstance(day, datetime):
        day = day.astimezone().date()
    return short_date(day)


def stage_labels(report: DistrictReport) -> dict[str, str]:
    """Stage id -> label, in the workflow's order, then any stage only a ward mentions."""
    labels: dict[str, str] = {}
    for stage in report.stages:
        key = stage.get("id") or stage.get("stage") or ""
        if key:
            labels[key] = stage.get("label") or key
    for ward in report.wards:
        labels.setdefault(ward.stage, ward.stage_label or ward.stage)
    return labels


def stage_counts(report: DistrictReport) -> list[tuple[str, str, int]]:
    """(stage id, label, number of wards) for every stage; the counts add up to the wards."""
    counted = {key: sum(1 for w in report.wards if w.stage == key) for key in stage_labels(report)}
    by_stage = {**counted, **{k: v for k, v in report.totals.by_stage.items() if k in counted}}
    return [(key, label, by_stage[key]) for key, label in stage_labels(report).items()]


# -- the report -------------------------------------------------------------------------


def _state(ward: WardSummary) -> str:
    """What is true of the ward: late by how many days (its oldest missed deadline), blocked or
    short of data; on schedule when none of these."""
    parts = []
    if ward.overdue:
        parts.append(f"chậm tiến độ {max(d.days_late for d in ward.overdue)} ngày")
    if ward.state in STATE_LABELS:
        parts.append(STATE_LABELS[ward.state])
    text = "; ".join(parts) or "đúng tiến độ"
    return text[0].upper() + text[1:]


def failure_text(line: FindingLine) -> str:
    """A failed rule in the words of its failure (its message, which says what is wrong, not its
    title, which names what should hold), without the file locators meant for the data entry."""
    text = _KEY_NOTE.sub("", _LOCATOR.sub("", line.message.strip())).strip()
    return _clause(text[0].upper() + text[1:]) if text else line.title


def _clause(text: str) -> str:
    """A sentence made into a clause of a longer line (the template adds the full stop)."""
    return text.strip().rstrip(".;").strip()


def _exception_text(grant: dict[str, str]) -> str:
    """The rule by its title (never its id), the reason, who agreed and on which document."""
    parts = [p for p in (grant.get("title"), grant.get("reason") and _clause(grant["reason"])) if p]
    text = ": ".join(parts) or NONE
    source = [grant[k] for k in ("granted_by", "document") if grant.get(k)]
    return f"{text} ({', '.join(source)})" if source else text


def progress(report: DistrictReport) -> dict[str, Any]:
    wards = report.wards
    overdue = [(w, d) for w in wards for d in w.overdue]
    blocked = [w for w in wards if w.state == "blocked" or w.blocking]
    missing = [w for w in wards if w.state == "missing_data"]
    granted = [(w, e) for w in wards for e in w.exceptions]
    totals = report.totals
    return {
        "wards_total": str(len(wards)),
        "summary": {
            "pilot": ", ".join(w.name for w in wards if w.pilot) or NONE,
            "overdue": str(sum(1 for w in wards if w.overdue)),
            "blocked": str(len(blocked)),
            "missing_data": str(len(missing)),
            "with_data": str(totals.with_data),
        },
        "stages": [
            {"index": str(i), "label": label, "count": str(count)}
            for i, (_key, label, count) in enumerate(stage_counts(report), 1)
        ],
        "wards": [
            {
                "index": str(i),
                "name": w.name + (" (Đại hội điểm)" if w.pilot else ""),
                "group": w.group or "",
                "stage": w.stage_label or w.stage,
                "since": _day(w.since),
                "state": _state(w),
            }
            for i, w in enumerate(wards, 1)
        ],
        "overdue": [
            {
                "index": str(i),
                "name": w.name,
                "stage": d.label or d.stage,
                "due": _day(d.due),
                "days_late": str(d.days_late),
            }
            for i, (w, d) in enumerate(overdue, 1)
        ],
        "blocked": [
            {
                "index": str(i),
                "name": w.name,
                "findings": [failure_text(f) for f in w.blocking] or [NONE],
            }
            for i, w in enumerate(blocked, 1)
        ],
        "missing": [
            {
                "index": str(i),
                "name": w.name,
                "missing": "; ".join(_clause(p) for p in w.problems) or NONE,
            }
            for i, w in enumerate(missing, 1)
        ],
        "exceptions": [
            {"index": str(i), "name": w.name, "text": _clause(_exception_text(e))}
            for i, (w, e) in enumerate(granted, 1)
        ],
        "reopened": [
            {"index": str(i), "name": w.name, "text": _reopen_text(w)}
            for i, w in enumerate((w for w in wards if w.reopened), 1)
        ],
    }


def _reopen_text(ward: WardSummary) -> str:
    """ "ngày 18/02/2024, Phạm Thị Thu Hà trả từ bước «…» về bước «…» (Số …): lý do"."""
    found = ward.reopened
    at = found.get("at")
    text = f"ngày {_day(at) if isinstance(at, date) else NONE}, {found.get('by') or NONE} trả từ bước «{found.get('from')}» về bước «{found.get('to')}»"  # fmt: skip
    if found.get("document"):
        text += f" ({found['document']})"
    if found.get("reason"):
        text += f": {_clause(str(found['reason']))}"
    if ward.reopen_count > 1:
        text += f" (lần thứ {ward.reopen_count})"
    return text
