"""The results of the congresses held, as the aggregate report and its workbook show them (pure).

A ward counts here only when its congress has been held (its count is entered) and its count
reconciles (`WardSummary.results`, computed by the tally rules): the wards whose count does not
reconcile are named and counted in no figure. Every figure is the tally rules' own — the
committee's seats, those hiệp thương cử and the vacancies (khuyết), the delegation's chính thức
and dự khuyết, the Ban Thường trực of the first meeting — and the totals are exact sums.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from congress.core.district import Chosen, CongressResults, WardSummary, total_results
from congress.core.figures import Ratio
from congress.core.numbers import group_thousands

NOT_YET = "—"  # a list not chosen yet (the first meeting not held): nothing to write, not missing


def held(ward: WardSummary) -> bool:
    """The ward's congress has been held: its count is entered (whether or not it reconciles)."""
    return bool(ward.tally) or ward.results is not None


@dataclass(frozen=True)
class ResultsPicture:
    """The wards that held their congress, those whose count reconciles, and their sums."""

    held: list[WardSummary]
    counted: list[WardSummary]
    total: CongressResults

    @property
    def uncounted(self) -> list[WardSummary]:
        """Held, but with no count that reconciles: named, counted in no figure."""
        return [w for w in self.held if w.results is None]


def results_picture(wards: Sequence[WardSummary]) -> ResultsPicture:
    counted = [w for w in wards if w.results is not None]
    return ResultsPicture(
        held=[w for w in wards if held(w)],
        counted=counted,
        total=total_results([w.results for w in counted if w.results is not None]),
    )


def seats(value: int) -> str:
    """A number of seats as a resolution writes it in its text: two digits below 10 («02»)."""
    return f"{value:02d}" if value < 10 else group_thousands(value)


def chosen_cell(chosen: Chosen | None) -> str:
    """Those hiệp thương cử on a list, for a table cell; names waiting for a new vote said."""
    if chosen is None:
        return NOT_YET
    text = group_thousands(chosen.chosen)
    if chosen.tied:
        text += f" ({seats(chosen.tied)} vị biểu quyết lại)"
    return text


def _row(index: str, name: str, results: CongressResults) -> dict[str, str]:
    committee = results.committee
    return {
        "index": index,
        "name": name,
        "planned": group_thousands(committee.planned) if committee else NOT_YET,
        "chosen": chosen_cell(committee),
        "vacancies": group_thousands(committee.vacancies) if committee else NOT_YET,
        "official": chosen_cell(results.official),
        "alternate": chosen_cell(results.alternate),
        "standing": chosen_cell(results.standing),
    }


def _committee_words(committee: Chosen | None) -> str:
    """ "số lượng 55 vị; Đại hội hiệp thương cử 53 vị, khuyết 02 vị" (domain.md §5)."""
    if committee is None:
        return "chưa ghi số liệu"
    text = (f"số lượng {group_thousands(committee.planned)} vị; Đại hội hiệp thương cử "
            f"{group_thousands(committee.chosen)} vị")  # fmt: skip
    if committee.vacancies:
        text += f", khuyết {seats(committee.vacancies)} vị"
    if committee.tied:
        text += f"; {seats(committee.tied)} vị phải biểu quyết lại"
    return text


def _vacancies_line(counted: Sequence[WardSummary], titles: Mapping[str, str]) -> str:
    """The wards whose committee has seats left vacant, each with its number of seats."""
    vacant = [
        f"{titles.get(w.name, w.name)} khuyết {seats(w.results.committee.vacancies)} vị"
        for w in counted
        if w.results is not None and w.results.committee and w.results.committee.vacancies
    ]
    if not vacant:
        return "Các đơn vị đã hiệp thương cử đủ số lượng Ủy viên Ủy ban khóa mới."
    return "Đơn vị còn khuyết Ủy viên: " + "; ".join(vacant) + "."


def results_context(
    wards: Sequence[WardSummary],
    *,
    day: str,
    wards_word: str,
    upper_level_name: str,
    titles: Mapping[str, str],
) -> dict[str, Any]:
    """The report's results section: how many held, how many counted, a row per ward counted, the
    totals row and the totals in words."""
    picture = results_picture(wards)
    total, counted, uncounted = picture.total, picture.counted, picture.uncounted
    lines = [f"Đến ngày {day}, {len(picture.held)}/{len(wards)} {wards_word} đã tổ chức Đại hội."]
    if picture.held:
        lines.append(
            f"Kết quả dưới đây tổng hợp từ số liệu kiểm phiếu đã khớp đúng của "
            f"{len(counted)}/{len(picture.held)} {wards_word} đã tổ chức Đại hội"
            + (
                f"; {len(uncounted)} {wards_word} có số liệu kiểm phiếu chưa khớp, chưa tính vào "
                f"kết quả: {', '.join(titles.get(w.name, w.name) for w in uncounted)}."
                if uncounted
                else "."
            )
        )
    summary: list[str] = []
    if counted:
        attendance = Ratio(count=total.present, of=total.convened, base="convened")
        met = sum(1 for w in counted if w.results is not None and w.results.standing)
        summary += [
            f"Tổng số đại biểu được triệu tập: {group_thousands(total.convened)} vị; có mặt: "
            f"{group_thousands(total.present)} vị, chiếm {attendance.percent_text}% số đại biểu "
            "được triệu tập.",
            f"Ủy ban MTTQ Việt Nam khóa mới của {len(counted)} {wards_word}: "
            f"{_committee_words(total.committee)}.",
            _vacancies_line(counted, titles),
            f"Đoàn đại biểu dự Đại hội MTTQ Việt Nam {upper_level_name}: "
            f"{_count(total.official)} đại biểu chính thức, {_count(total.alternate)} đại biểu "
            "dự khuyết.",
            f"Hội nghị lần thứ nhất Ủy ban khóa mới ({met}/{len(counted)} {wards_word} đã họp) "
            f"hiệp thương cử {_count(total.standing)} vị Ủy viên Ban Thường trực."
            if met
            else f"Chưa có {wards_word} nào họp Hội nghị lần thứ nhất Ủy ban khóa mới.",
        ]
    return {
        "held": str(len(picture.held)),
        "counted": str(len(counted)),
        "uncounted": [w.name for w in uncounted],
        "lines": lines,
        "summary": summary,
        "rows": [_row(str(i), w.name, w.results) for i, w in enumerate(counted, 1) if w.results],
        "total": _row("", "Tổng cộng", total),
    }


def _count(chosen: Chosen | None) -> str:
    return group_thousands(chosen.chosen if chosen else 0)
