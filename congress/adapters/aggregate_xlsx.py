"""The district's aggregate figures as .xlsx: one row per ward, a totals row that adds up.

Counts are written as numbers and percentages as numbers rounded half up to two decimals from
the exact fraction (shown with the number format ``0.00``). A ward without personnel figures
gets empty cells (never zeros) and counts in no total; a note row under the totals says so. The
totals are the sums of the ward rows above them, and their percentages are computed from those
sums. A second sheet, "Theo bước", counts the wards at each stage of the workflow.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from congress.adapters.docx_render import lock_file
from congress.adapters.files import replace_atomically
from congress.core.district import DistrictReport, Share
from congress.core.district_context import (
    Figures,
    figure_totals,
    re_elected_basis,
    ward_figures,
)
from congress.core.district_progress import stage_counts
from congress.core.figures import Ratio, percent_number
from congress.core.vn_format import short_date
from congress.errors import InputError, Problem

FONT = "Times New Roman"
SHEET = "Tổng hợp"
STAGE_SHEET = "Theo bước"
HEADER_ROW = 4
PERCENT_FORMAT = "0.00"

# (key, count header, percentage header)
SHARE_COLUMNS = (
    ("re_elected", "Tái cử", "Tỷ lệ tái cử (%)"),
    ("women", "Nữ", "Tỷ lệ nữ (%)"),
    ("non_party", "Ngoài Đảng", "Tỷ lệ ngoài Đảng (%)"),
    ("ethnic_minority", "Dân tộc thiểu số", "Tỷ lệ dân tộc thiểu số (%)"),
    ("religious", "Tôn giáo", "Tỷ lệ tôn giáo (%)"),
)

# (header, width); the share columns come in pairs: count, percentage
HEADERS: list[tuple[str, float]] = [
    ("STT", 6),
    ("Phường", 22),
    ("Tổ công tác", 16),
    ("Bước hiện tại", 28),
    ("Số lượng Ủy viên dự kiến", 12),
    ("Số nhân sự giới thiệu", 12),
    *(item for _key, count, percent in SHARE_COLUMNS for item in ((count, 11), (percent, 11))),
]
FIRST_FIGURE = 5  # the column of the planned size; every column from here on is a number

Cell = int | float | str | None


def percent_value(ratio: Ratio) -> float | None:
    """The ratio's percentage rounded half up to 2 decimals, as a number (None: no whole)."""
    return percent_number(ratio.percent) if ratio.defined else None


def _share_cells(shares: dict[str, Share] | None) -> list[Cell]:
    cells: list[Cell] = []
    for key, _count, _percent in SHARE_COLUMNS:
        item = (shares or {}).get(key)
        cells += [None, None] if item is None else [item.count, percent_value(item.ratio)]
    return cells


def _figure_cells(figures: Figures | None) -> list[Cell]:
    if figures is None:
        return [None] * (len(HEADERS) - FIRST_FIGURE + 1)
    return [figures.planned, figures.proposed, *_share_cells(figures.shares)]


PERCENT_COLUMNS = frozenset(
    i for i, (h, _w) in enumerate(HEADERS, start=1) if h.startswith("Tỷ lệ")
)


def _style(sheet: Worksheet, row: int, *, bold: bool = False) -> None:
    thin = Side(style="thin")
    for cell in sheet[row]:
        column = int(cell.column or 0)
        cell.font = Font(name=FONT, size=12, bold=bold)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if row != HEADER_ROW and column >= FIRST_FIGURE:
            cell.number_format = PERCENT_FORMAT if column in PERCENT_COLUMNS else "0"
        left = column in (2, 3, 4) and row != HEADER_ROW
        cell.alignment = Alignment(
            horizontal="left" if left else "center", vertical="center", wrap_text=True
        )


def _title(sheet: Worksheet, row: int, text: str, columns: int, *, bold: bool) -> None:
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    cell = sheet.cell(row=row, column=1, value=text)
    cell.font = Font(name=FONT, size=13 if bold else 12, bold=bold, italic=not bold)
    cell.alignment = Alignment(horizontal="center" if bold else "left", wrap_text=True)


def _subtitle(report: DistrictReport) -> str:
    when = short_date(report.today)
    return f"{report.unit} — số liệu đến ngày {when}"


def _aggregate_sheet(sheet: Worksheet, report: DistrictReport) -> None:
    sheet.title = SHEET
    width = len(HEADERS)
    _title(sheet, 1, "TỔNG HỢP KẾT QUẢ ĐẠI HỘI MTTQ VIỆT NAM CẤP PHƯỜNG", width, bold=True)
    _title(sheet, 2, _subtitle(report), width, bold=False)
    sheet.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    for column, (header, size) in enumerate(HEADERS, start=1):
        sheet.cell(row=HEADER_ROW, column=column, value=header)
        sheet.column_dimensions[get_column_letter(column)].width = size
    _style(sheet, HEADER_ROW, bold=True)
    sheet.row_dimensions[HEADER_ROW].height = 48

    row = HEADER_ROW
    for index, ward in enumerate(report.wards, start=1):
        row += 1
        values: list[Cell] = [index, ward.name, ward.group or "", ward.stage_label or ward.stage]
        values += _figure_cells(ward_figures(ward))
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
        _style(sheet, row)

    row += 1
    total = figure_totals(report.wards)
    for column, value in enumerate([None, "Tổng cộng", None, None, *_figure_cells(total)], 1):
        sheet.cell(row=row, column=column, value=value)
    _style(sheet, row, bold=True)

    without = [w.name for w in report.wards if ward_figures(w) is None]
    note = (
        "Ghi chú: dòng Tổng cộng là tổng của các phường đã có số liệu nhân sự "
        f"({report.totals.with_data}/{report.totals.wards} phường); tỷ lệ ở dòng Tổng cộng tính "
        "từ các tổng số, không lấy trung bình các tỷ lệ. "
    )
    if without:
        note += (
            f"Phường chưa có số liệu ({', '.join(without)}) để trống, "
            "không tính vào dòng Tổng cộng. "
        )
    note += (
        f"Tỷ lệ tái cử tính trên {re_elected_basis(report.wards)}; các tỷ lệ khác tính trên số "
        "nhân sự được giới thiệu; tỷ lệ làm tròn đến 2 chữ số thập phân."
    )
    _title(sheet, row + 2, note, width, bold=False)
    sheet.row_dimensions[row + 2].height = 48
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3).coordinate


def _stage_sheet(sheet: Worksheet, report: DistrictReport) -> None:
    _title(sheet, 1, "SỐ PHƯỜNG THEO TỪNG BƯỚC", 4, bold=True)
    for column, (header, size) in enumerate(
        (("STT", 6), ("Bước", 40), ("Mã bước", 20), ("Số phường", 12)), start=1
    ):
        sheet.cell(row=3, column=column, value=header)
        sheet.column_dimensions[get_column_letter(column)].width = size
    counts = stage_counts(report)
    for index, (key, label, count) in enumerate(counts, start=1):
        cells: tuple[int | str | None, ...] = (index, label, key, count)
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=3 + index, column=column, value=value)
    last = 4 + len(counts)
    for column, value in enumerate((None, "Tổng cộng", None, sum(c for *_, c in counts)), 1):
        sheet.cell(row=last, column=column, value=value)
    thin = Side(style="thin")
    for row in sheet.iter_rows(min_row=3, max_row=last):
        for cell in row:
            cell.font = Font(name=FONT, size=12, bold=cell.row in (3, last))
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.alignment = Alignment(horizontal="left" if cell.column == 2 else "center")
    sheet.freeze_panes = "A4"


def build_aggregate(report: DistrictReport) -> Workbook:
    """The workbook, in memory."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    _aggregate_sheet(sheet, report)
    _stage_sheet(book.create_sheet(STAGE_SHEET), report)
    return book


def write_aggregate_xlsx(path: Path, report: DistrictReport) -> Path:
    """Write the aggregate workbook to `path` atomically (a temporary file, then a rename)."""
    lock = lock_file(path)
    if lock is not None:
        raise InputError(Problem("docs.output_open", {"lock": lock.name}, file=str(path)))
    book = build_aggregate(report)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, book.save)
    except OSError as exc:
        params = {"reason": exc.strerror or str(exc), "folder": str(path.parent)}
        raise InputError(Problem("docs.unwritable", params, file=str(path))) from exc
    return path
