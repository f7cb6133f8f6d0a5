"""The data the district's two reports upward are filled from (pure: no I/O here).

- ``bao_cao_tien_do`` (progress report): wards per stage, each ward's stage, overdue wards,
  blocked wards and their blocking findings, wards missing data, exceptions granted.
- ``bao_cao_tong_hop`` (aggregate report of all wards' results): one table row per ward with the
  new committee's figures, the district totals row (exact), the congress figures, and the totals
  in words.

Like `doc_context`, every value is a plain str, list or dict. A ward without personnel figures
shows "…" in every figure cell and counts in no total; the totals are the exact sums over the
wards that have figures, and their percentages come from those sums (never an average of
percentages). `ward_figures` and `figure_totals` are shared with the .xlsx export.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from congress.core import levels
from congress.core.district import (
    SHARES,
    DistrictReport,
    Share,
    WardSummary,
    aggregate,
    total_share,
)
from congress.core.doc_context import DocSpec
from congress.core.numbers import format_percent, group_thousands
from congress.core.vn_format import dateline, document_number, short_date
from congress.i18n import t

NONE = "…"

DISTRICT_DOCUMENTS: dict[str, DocSpec] = {
    d.id: d
    for d in (
        DocSpec("bao_cao_tien_do", "bao-cao-tien-do.docx", "BÁO CÁO", "BC-MTTQ-BTT", False, "Báo cáo tiến độ Đại hội MTTQ Việt Nam các đơn vị"),
        DocSpec("bao_cao_tong_hop", "bao-cao-tong-hop.docx", "BÁO CÁO", "BC-MTTQ-BTT", False, "Báo cáo tổng hợp kết quả Đại hội MTTQ Việt Nam các đơn vị"),
    )
}  # fmt: skip

SUBJECTS = {
    "bao_cao_tien_do": "Tiến độ Đại hội MTTQ Việt Nam các {wards}, nhiệm kỳ {term}",
    "bao_cao_tong_hop": "Tổng hợp kết quả Đại hội MTTQ Việt Nam {level}, nhiệm kỳ {term}",
}

SHARE_LABELS = {
    "re_elected": "Tái cử",
    "women": "Nữ",
    "non_party": "Ngoài Đảng",
    "ethnic_minority": "Dân tộc thiểu số",
    "religious": "Tôn giáo",
}

STATE_LABELS = {"ok": "Bình thường", "blocked": "Có vướng mắc", "missing_data": "Thiếu số liệu"}

DEFAULT_RECIPIENTS = (
    "Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên",
    "Thường trực cấp ủy cùng cấp",
    "Ban Thường trực Ủy ban MTTQ Việt Nam các {wards}",
)

# -- figures shared by the documents and the .xlsx ----------------------------------------------


@dataclass(frozen=True)
class Figures:
    """A ward's committee figures, or the exact sums of several wards' figures."""

    planned: int | None
    proposed: int | None
    shares: dict[str, Share]


def ward_figures(ward: WardSummary) -> Figures | None:
    """The ward's figures; None when it has no personnel data (it then counts in no total)."""
    if not ward.shares:
        return None
    proposed = next((s.of for s in ward.shares.values() if s.ratio.base == "proposed"), None)
    return Figures(ward.planned_size, proposed, dict(ward.shares))


def figure_totals(wards: Sequence[WardSummary]) -> Figures:
    """Exact sums over the wards with data; each percentage from the summed count and whole."""
    figures = [f for f in map(ward_figures, wards) if f is not None]
    planned = [f.planned for f in figures if f.planned is not None]
    proposed = [f.proposed for f in figures if f.proposed is not None]
    shares = {}
    for key in SHARES:
        parts = [f.shares[key] for f in figures if key in f.shares]
        if parts:
            shares[key] = total_share(parts)
    return Figures(sum(planned) if planned else None, sum(proposed) if proposed else None, shares)


def re_elected_basis(wards: Sequence[WardSummary]) -> str:
    """What the re-election share was counted out of (domain.md §4: always say which): the
    denominator each ward's rule named, when they all name the same one."""
    bases = {w.shares["re_elected"].ratio.base for w in wards if "re_elected" in w.shares}
    if len(bases) == 1:
        return t(f"denominator.{bases.pop() or 'total'}", "vi")
    return "mẫu số do từng đơn vị áp dụng"


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


def _day(day: date | None) -> str:
    """A date (or the day of a moment) as dd/mm/yyyy, or "…"."""
    if day is None:
        return NONE
    if isinstance(day, datetime):
        day = day.astimezone().date()
    return short_date(day)


# -- the common keys -----------------------------------------------------------------------------


def ward_words(ward_types: Sequence[str]) -> dict[str, str]:
    """How the reports name the units below: «phường» when all are wards, «xã, phường» for a
    mix (in the order of `levels.UNIT_TYPES`); the level «cấp phường», or «cấp xã» for a mix."""
    kinds = [k for k in levels.UNIT_TYPES if k in set(ward_types)] or [levels.DEFAULT_UNIT_TYPE]
    word = ", ".join(kinds)
    return {
        "wards_word": word,
        "wards_word_cap": word[:1].upper() + word[1:],
        "wards_word_upper": word.upper(),
        "wards_level": f"cấp {kinds[0] if len(kinds) == 1 else 'xã'}",
    }


def _common(
    spec: DocSpec,
    report: DistrictReport,
    *,
    term: str,
    place: str,
    draft: bool,
    signer: str,
    number: str | int | None,
    recipients: Sequence[str] | None,
    level: str | None,
    ward_kinds: Mapping[str, str],
) -> dict[str, Any]:
    unit = report.unit.strip()
    today = report.today
    words = ward_words(list(ward_kinds.values()))
    lines = DEFAULT_RECIPIENTS if recipients is None else recipients
    lines = [line.format(wards=words["wards_word"]) for line in lines]
    return {
        "draft": draft,
        "parent_body": f"ỦY BAN MTTQ VIỆT NAM {unit.upper()}".strip(),
        "issuer": "BAN THƯỜNG TRỰC",
        "number": document_number(number, spec.symbol),
        "dateline": dateline(place or NONE, today),
        "doc_type": spec.doc_type,
        "subject": SUBJECTS[spec.id].format(
            term=term or NONE, wards=words["wards_word"], level=words["wards_level"]
        ),
        **words,
        # a ward's name at the start of a line, with its type: «Phường Hàng Bột», «Xã Đồng Tiến»
        "titles": {name: levels.title_name(kind, name) for name, kind in ward_kinds.items()},
        "unit": unit,
        "upper_level_name": levels.full_name(level, levels.split_unit_name(unit)[1])
        if level
        else unit,
        "unit_upper": unit.upper(),
        "term": term or NONE,
        "today": _day(today),
        "signature": {
            "on_behalf": "TM. BAN THƯỜNG TRỰC",
            "title": "CHỦ TỊCH",
            "name": signer or NONE,
        },
        "recipients": [f"- {r};" for r in lines] + ["- Lưu: VT."],
    }


# -- the progress report -------------------------------------------------------------------------


def _state(ward: WardSummary) -> str:
    label = STATE_LABELS.get(ward.state, ward.state)
    return f"{label}; chậm tiến độ" if ward.overdue else label


def _clause(text: str) -> str:
    """A sentence made into a clause of a longer line (the template adds the full stop)."""
    return text.strip().rstrip(".;").strip()


def _exception_text(grant: dict[str, str]) -> str:
    text = grant.get("title") or grant.get("rule") or NONE
    if grant.get("reason"):
        text += f": {_clause(grant['reason'])}"
    source = [grant[k] for k in ("granted_by", "document") if grant.get(k)]
    return f"{text} ({', '.join(source)})" if source else text


def _progress(report: DistrictReport) -> dict[str, Any]:
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
                "findings": [f"{f.title}: {f.message}" for f in w.blocking] or [NONE],
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
    }


# -- the aggregate report ------------------------------------------------------------------------


def _share_cell(share: Share | None) -> dict[str, str]:
    if share is None:
        return {"count": NONE, "percent": NONE, "share": ""}
    percent = share.ratio.percent_text if share.of else NONE
    return {"count": group_thousands(share.count), "percent": percent, "share": f"({percent}%)"}


def _row(index: str, name: str, figures: Figures | None) -> dict[str, Any]:
    shares = figures.shares if figures else {}
    row: dict[str, Any] = {
        "index": index,
        "name": name,
        "planned": _count(figures.planned) if figures else NONE,
        "proposed": _count(figures.proposed) if figures else NONE,
    }
    row.update({key: _share_cell(shares.get(key)) for key in SHARES})
    return row


def _count(value: int | None) -> str:
    return NONE if value is None else group_thousands(value)


def _in_words(total: Figures, basis: str) -> str:
    parts = [
        f"Tổng số Ủy viên dự kiến {_count(total.planned)} vị",
        f"số nhân sự được giới thiệu {_count(total.proposed)} vị",
    ]  # fmt: skip
    for key in SHARES:
        cell = _share_cell(total.shares.get(key))
        if key == "re_elected":
            parts.append(f"tái cử {cell['count']} vị, tỷ lệ tái cử {cell['percent']}% (so với {basis})")  # fmt: skip
        else:
            parts.append(f"{SHARE_LABELS[key].lower()} {cell['count']} vị, chiếm {cell['percent']}%")  # fmt: skip
    return "; ".join(parts) + "."


def _aggregate(report: DistrictReport) -> dict[str, Any]:
    wards, totals = report.wards, report.totals
    total = figure_totals(wards)
    # the district totals are `report.totals`; the planned size counts only wards with figures
    total = Figures(total.planned, total.proposed, {**total.shares, **totals.shares})
    without = [w.name for w in wards if ward_figures(w) is None]
    basis = re_elected_basis(wards)
    held = sum(1 for w in wards if w.tally.get("convened"))
    convened, present = totals.delegates_convened, totals.delegates_present
    coverage = f"Đến ngày {_day(report.today)}, {totals.with_data}/{totals.wards} đơn vị đã có số liệu nhân sự Ủy ban MTTQ Việt Nam khóa mới"  # fmt: skip
    if without:
        coverage += f"; chưa có số liệu: {', '.join(without)} (không tính vào số tổng cộng)"
    summary = [coverage + "."]
    summary.append(_in_words(total, basis) if totals.with_data else "Chưa có đơn vị nào có số liệu nhân sự.")  # fmt: skip
    return {
        "rows": [_row(str(i), w.name, ward_figures(w)) for i, w in enumerate(wards, 1)],
        "total": _row("", "Tổng cộng", total if totals.with_data else None),
        "wards_total": str(totals.wards),
        "with_data": str(totals.with_data),
        "without_data": without,
        "basis": basis,
        "summary": summary,
        "congress": {
            "held": str(held),
            "convened": group_thousands(convened) if convened else NONE,
            "present": group_thousands(present) if convened else NONE,
            "present_percent": format_percent(present, convened) if convened else NONE,
        },
    }


def district_context(
    doc: str,
    report: DistrictReport,
    *,
    term: str,
    place: str,
    draft: bool,
    signer: str = NONE,
    number: str | int | None = None,
    recipients: Sequence[str] | None = None,
    level: str | None = None,
    ward_kinds: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The full context for the district document `doc` (a key of `DISTRICT_DOCUMENTS`);
    `level` is the unit's own level, `ward_kinds` each ward's type by its name (no level word is
    fixed; a ward not named there is a phường)."""
    spec = DISTRICT_DOCUMENTS[doc]
    common = _common(
        spec,
        report,
        term=term,
        place=place,
        draft=draft,
        signer=signer,
        number=number,
        recipients=recipients,
        level=level,
        ward_kinds=ward_kinds
        if ward_kinds is not None
        else {w.name: "phường" for w in report.wards},
    )
    if doc == "bao_cao_tien_do":
        return {**common, "progress": _progress(report)}
    return {**common, "aggregate": _aggregate(report)}


def sample_report() -> DistrictReport:
    """A district with no ward: what a district template may rely on in any case (for linting)."""
    return DistrictReport(
        unit="…", workflow={}, today=date(2000, 1, 1), stages=[], wards=[], totals=aggregate([], [])
    )
