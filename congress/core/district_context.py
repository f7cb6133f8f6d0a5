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
from datetime import date
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
from congress.core.district_progress import NONE, _day, progress
from congress.core.district_results import results_context
from congress.core.doc_context import DocSpec
from congress.core.figures import Ratio
from congress.core.numbers import group_thousands
from congress.core.unit import Signer
from congress.core.vn_format import dateline, document_number
from congress.i18n import t

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
    signer: Signer | str | None,
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
    if isinstance(signer, str):  # a name alone: the chair
        signer = Signer(name=signer) if signer.strip() and signer != NONE else None
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
            "title": (signer.title if signer else "Chủ tịch").upper(),
            "name": signer.name if signer and signer.name.strip() else NONE,
        },
        "recipients": [f"- {r};" for r in lines] + ["- Lưu: VT."],
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


IN_WORDS = {"re_elected": "tái cử", "women": "nữ", "non_party": "ngoài Đảng",
            "ethnic_minority": "dân tộc thiểu số", "religious": "tôn giáo"}  # fmt: skip


def ratio_in_words(ratio: Ratio) -> str:
    """ "346/945 vị, chiếm 36,61% số nhân sự được giới thiệu": the count, the whole, the share
    and the denominator named (numbers above 999 grouped with «.»)."""
    return (f"{group_thousands(ratio.count)}/{group_thousands(ratio.of)} vị, chiếm "
            f"{ratio.percent_text}% {t(ratio.denominator.key, 'vi')}")  # fmt: skip


def _in_words(total: Figures, basis: str) -> str:
    parts = [
        f"Tổng số Ủy viên dự kiến {_count(total.planned)} vị",
        f"số nhân sự được giới thiệu {_count(total.proposed)} vị",
    ]  # fmt: skip
    for key in SHARES:
        share = total.shares.get(key)
        if share is None or not share.of:
            parts.append(f"{IN_WORDS[key]} {NONE}")
        elif key == "re_elected" and not share.ratio.base:
            parts.append(f"{IN_WORDS[key]} {group_thousands(share.count)}/{group_thousands(share.of)} vị, chiếm {share.ratio.percent_text}% {basis}")  # fmt: skip
        else:
            parts.append(f"{IN_WORDS[key]} {ratio_in_words(share.ratio)}")
    return "; ".join(parts) + "."


def _aggregate(report: DistrictReport, common: Mapping[str, Any]) -> dict[str, Any]:
    wards, totals = report.wards, report.totals
    wards_word = common["wards_word"]
    total = figure_totals(wards)
    # the district totals are `report.totals`; the planned size counts only wards with figures
    total = Figures(total.planned, total.proposed, {**total.shares, **totals.shares})
    without = [w.name for w in wards if ward_figures(w) is None]
    basis = re_elected_basis(wards)
    coverage = f"Đến ngày {_day(report.today)}, {totals.with_data}/{totals.wards} {wards_word} đã có đề án nhân sự (danh sách dự kiến nhân sự Ủy ban MTTQ Việt Nam khóa mới)"  # fmt: skip
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
        "results": results_context(
            wards,
            day=_day(report.today),
            wards_word=wards_word,
            upper_level_name=common["upper_level_name"],
            titles=common["titles"],
        ),
    }


def district_context(
    doc: str,
    report: DistrictReport,
    *,
    term: str,
    place: str,
    draft: bool,
    signer: Signer | str | None = None,
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
        return {**common, "progress": progress(report)}
    return {**common, "aggregate": _aggregate(report, common)}


def sample_report() -> DistrictReport:
    """A district with no ward: what a district template may rely on in any case (for linting)."""
    return DistrictReport(
        unit="…", workflow={}, today=date(2000, 1, 1), stages=[], wards=[], totals=aggregate([], [])
    )
