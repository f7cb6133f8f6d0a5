"""The district's aggregate figures as .xlsx: the proposals, the results, the wards per stage.

- "Đề án nhân sự (dự kiến)": the personnel proposals, one row per ward and a totals row that
  adds up. Counts are written as numbers and percentages as numbers rounded half up to two
  decimals from the exact fraction (number format ``0.00``). A ward without personnel figures
  gets empty cells (never zeros) and counts in no total; a note row under the totals says so;
  the totals' percentages are computed from the sums.
- "Kết quả Đại hội": the congresses held whose count reconciles, one row per ward (delegates,
  the committee hiệp thương cử and its vacancies, the delegation, the Ban Thường trực) and the
  exact sums; the wards whose count does not reconcile are named in a note, in no figure.
- "Theo bước": the wards at each stage of the workflow.

Every sheet prints on A4 landscape, fitted to the page width, its header row repeated on each
page. Every text cell is written as text: a value a user typed that starts with «=», «+», «-»
or «@» (a ward named «=HYPERLINK(…)») is never a formula (OWASP formula injection):
every cell goes through `congress.adapters.xlsx_cells.put`.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from congress.adapters.files import ensure_not_open, permission_error, replace_atomically
from congress.adapters.xlsx_cells import Cell, put
from congress.core.district import Chosen, CongressResults, DistrictReport, Share
from congress.core.district_context import (
    Figures,
    figure_totals,
    re_elected_basis,
    ward_figures,
)
from congress.core.district_progress import stage_counts
from congress.core.district_results import results_picture
from congress.core.figures import Ratio, percent_number
from congress.core.vn_format import short_date
from congress.errors import InputError, Problem

FONT = "Times New Roman"
SHEET = "Đề án nhân sự (dự kiến)"
RESULTS_SHEET = "Kết quả Đại hội"
STAGE_SHEET = "Theo bước"
DEFAULT_WARDS_WORD = "phường"
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
    ("Đơn vị", 22),
    ("Tổ công tác", 16),
    ("Bước hiện tại", 28),
    ("Số lượng Ủy viên dự kiến", 12),
    ("Số nhân sự giới thiệu", 12),
    *(item for _key, count, percent in SHARE_COLUMNS for item in ((count, 11), (percent, 11))),
]
FIRST_FIGURE = 5  # the column of the planned size; every column from here on is a number


def print_setup(sheet: Worksheet, header_rows: str) -> None:
    """A4 landscape, fitted to the page width (as many pages down as needed), `header_rows`
    («4:4») repeated at the top of every printed page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = header_rows
    sheet.print_options.horizontalCentered = True


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


class Looks:
    """Each distinct look of a cell (font, border, alignment, number format) made once through
    openpyxl's style objects, then copied to every other cell that has it, as openpyxl copies
    a cell's style (`_style`, its style ids). Setting the style objects on each cell hashes and
    compares them in the workbook's lists every time: most of the time of a thousand wards."""

    def __init__(self) -> None:
        self._made: dict[tuple[object, ...], StyleArray] = {}

    def give(self, cell: SheetCell, key: tuple[object, ...], make: Callable[[], None]) -> None:
        """Give `cell` the look `key`, made by `make` (which sets it on `cell`) the first time."""
        key = (*key, cell.quotePrefix)  # `put`'s mark of a text that looks like a formula
        if (look := self._made.get(key)) is not None:
            cell._style = copy(look)  # type: ignore[attr-defined]  # (no stub; openpyxl's own copy)
            return
        make()
        self._made[key] = copy(cell._style)  # type: ignore[attr-defined]


def _style(sheet: Worksheet, row: int, looks: Looks, *, bold: bool = False) -> None:
    thin = Side(style="thin")
    for column in range(1, len(HEADERS) + 1):
        cell = sheet.cell(row=row, column=column)
        assert isinstance(cell, SheetCell)

        def make(cell: SheetCell = cell, column: int = column) -> None:
            cell.font = Font(name=FONT, size=12, bold=bold)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if row != HEADER_ROW and column >= FIRST_FIGURE:
                cell.number_format = PERCENT_FORMAT if column in PERCENT_COLUMNS else "0"
            left = column in (2, 3, 4) and row != HEADER_ROW
            cell.alignment = Alignment(
                horizontal="left" if left else "center", vertical="center", wrap_text=True
            )

        looks.give(cell, ("aggregate", row == HEADER_ROW, bold, column), make)


def _title(sheet: Worksheet, row: int, text: str, columns: int, *, bold: bool) -> None:
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    put(sheet, row, 1, text)
    cell = sheet.cell(row=row, column=1)
    cell.font = Font(name=FONT, size=13 if bold else 12, bold=bold, italic=not bold)
    cell.alignment = Alignment(horizontal="center" if bold else "left", wrap_text=True)


def _subtitle(report: DistrictReport) -> str:
    when = short_date(report.today)
    return f"{report.unit} — số liệu đến ngày {when}"


def _heading(sheet: Worksheet, title: str, report: DistrictReport, columns: int) -> None:
    _title(sheet, 1, title, columns, bold=True)
    _title(sheet, 2, _subtitle(report), columns, bold=False)
    sheet.cell(row=2, column=1).alignment = Alignment(horizontal="center")


def _header_row(sheet: Worksheet, headers: list[tuple[str, float]]) -> None:
    for column, (header, size) in enumerate(headers, start=1):
        put(sheet, HEADER_ROW, column, header)
        sheet.column_dimensions[get_column_letter(column)].width = size
    sheet.row_dimensions[HEADER_ROW].height = 48


def _aggregate_sheet(sheet: Worksheet, report: DistrictReport, wards_word: str) -> None:
    sheet.title = SHEET
    width = len(HEADERS)
    title = (
        f"TỔNG HỢP ĐỀ ÁN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM KHÓA MỚI CÁC {wards_word.upper()} (DỰ KIẾN)"
    )
    _heading(sheet, title, report, width)
    _header_row(sheet, HEADERS)
    looks = Looks()
    _style(sheet, HEADER_ROW, looks, bold=True)

    row = HEADER_ROW
    for index, ward in enumerate(report.wards, start=1):
        row += 1
        values: list[Cell] = [index, ward.name, ward.group or "", ward.stage_label or ward.stage]
        values += _figure_cells(ward_figures(ward))
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value)
        _style(sheet, row, looks)

    row += 1
    total = figure_totals(report.wards)
    for column, value in enumerate([None, "Tổng cộng", None, None, *_figure_cells(total)], 1):
        put(sheet, row, column, value)
    _style(sheet, row, looks, bold=True)

    without = [w.name for w in report.wards if ward_figures(w) is None]
    note = (
        f"Ghi chú: dòng Tổng cộng là tổng của các {wards_word} đã có đề án nhân sự "
        f"({report.totals.with_data}/{report.totals.wards} {wards_word}); tỷ lệ ở dòng Tổng cộng "
        "tính từ các tổng số, không lấy trung bình các tỷ lệ. "
    )
    if without:
        note += (
            f"Đơn vị chưa có số liệu ({', '.join(without)}) để trống, "
            "không tính vào dòng Tổng cộng. "
        )
    note += (
        f"Tỷ lệ tái cử tính trên {re_elected_basis(report.wards)}; các tỷ lệ khác tính trên số "
        "nhân sự được giới thiệu; tỷ lệ làm tròn đến 2 chữ số thập phân."
    )
    _title(sheet, row + 2, note, width, bold=False)
    sheet.row_dimensions[row + 2].height = 48
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3).coordinate
    print_setup(sheet, f"{HEADER_ROW}:{HEADER_ROW}")


RESULT_HEADERS: list[tuple[str, float]] = [
    ("STT", 6),
    ("Đơn vị", 22),
    ("Tổ công tác", 16),
    ("Đại biểu được triệu tập", 12),
    ("Đại biểu có mặt", 12),
    ("Số lượng Ủy viên", 12),
    ("Ủy viên đã hiệp thương cử", 14),
    ("Số khuyết", 10),
    ("Đại biểu chính thức", 12),
    ("Đại biểu dự khuyết", 12),
    ("Ủy viên Ban Thường trực", 14),
]


def _chosen(chosen: Chosen | None) -> Cell:
    return None if chosen is None else chosen.chosen


def _result_cells(results: CongressResults) -> list[Cell]:
    """Delegates, the committee (seats, chosen, vacancies), the delegation, the Ban Thường trực;
    an empty cell where a list is not chosen yet (the first meeting not held)."""
    committee = results.committee
    return [
        results.convened,
        results.present,
        committee.planned if committee else None,
        _chosen(committee),
        committee.vacancies if committee else None,
        _chosen(results.official),
        _chosen(results.alternate),
        _chosen(results.standing),
    ]


def _results_sheet(sheet: Worksheet, report: DistrictReport, wards_word: str) -> None:
    width = len(RESULT_HEADERS)
    title = f"TỔNG HỢP KẾT QUẢ ĐẠI HỘI MTTQ VIỆT NAM CÁC {wards_word.upper()} ĐÃ TỔ CHỨC ĐẠI HỘI"
    _heading(sheet, title, report, width)
    _header_row(sheet, RESULT_HEADERS)
    picture = results_picture(report.wards)
    row = HEADER_ROW
    for index, ward in enumerate(picture.counted, start=1):
        assert ward.results is not None
        row += 1
        values: list[Cell] = [index, ward.name, ward.group or "", *_result_cells(ward.results)]
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value)
    row += 1
    for column, value in enumerate([None, "Tổng cộng", None, *_result_cells(picture.total)], 1):
        put(sheet, row, column, value)
    thin, looks = Side(style="thin"), Looks()
    for line in sheet.iter_rows(min_row=HEADER_ROW, max_row=row, max_col=width):
        for cell in line:
            assert isinstance(cell, SheetCell)
            header, bold = cell.row == HEADER_ROW, cell.row in (HEADER_ROW, row)

            def make(cell: SheetCell = cell, header: bool = header, bold: bool = bold) -> None:
                cell.font = Font(name=FONT, size=12, bold=bold)
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                left = cell.column in (2, 3) and not header
                cell.alignment = Alignment(
                    horizontal="left" if left else "center", vertical="center", wrap_text=True
                )
                if not header and int(cell.column or 0) >= 4:
                    cell.number_format = "0"

            looks.give(cell, ("results", header, bold, cell.column), make)
    held = len(picture.held)
    note = (
        f"Ghi chú: {held}/{len(report.wards)} {wards_word} đã tổ chức Đại hội; tổng hợp "
        f"{len(picture.counted)} {wards_word} có số liệu kiểm phiếu khớp đúng. "
    )
    if picture.uncounted:
        names = ", ".join(w.name for w in picture.uncounted)
        note += f"Số liệu kiểm phiếu chưa khớp, chưa tính vào kết quả: {names}. "
    tied = [w.name for w in picture.counted if w.results and _ties(w.results)]
    if tied:
        note += f"Còn người phải biểu quyết lại: {', '.join(tied)}. "
    note += (
        "Ô để trống ở cột Ủy viên Ban Thường trực: chưa họp Hội nghị lần thứ nhất. "
        "Dòng Tổng cộng là tổng số của các đơn vị trong bảng."
    )
    _title(sheet, row + 2, note, width, bold=False)
    sheet.row_dimensions[row + 2].height = 48
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3).coordinate
    print_setup(sheet, f"{HEADER_ROW}:{HEADER_ROW}")


def _ties(results: CongressResults) -> int:
    lists = (results.committee, results.official, results.alternate, results.standing)
    return sum(c.tied for c in lists if c is not None)


def _stage_sheet(sheet: Worksheet, report: DistrictReport, wards_word: str) -> None:
    _title(sheet, 1, f"SỐ {wards_word.upper()} THEO TỪNG BƯỚC", 4, bold=True)
    for column, (header, size) in enumerate(
        (("STT", 6), ("Bước", 40), ("Mã bước", 20), ("Số đơn vị", 12)), start=1
    ):
        put(sheet, 3, column, header)
        sheet.column_dimensions[get_column_letter(column)].width = size
    counts = stage_counts(report)
    for index, (key, label, count) in enumerate(counts, start=1):
        cells: tuple[int | str | None, ...] = (index, label, key, count)
        for column, value in enumerate(cells, start=1):
            put(sheet, 3 + index, column, value)
    last = 4 + len(counts)
    for column, value in enumerate((None, "Tổng cộng", None, sum(c for *_, c in counts)), 1):
        put(sheet, last, column, value)
    thin = Side(style="thin")
    for row in sheet.iter_rows(min_row=3, max_row=last):
        for cell in row:
            cell.font = Font(name=FONT, size=12, bold=cell.row in (3, last))
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.alignment = Alignment(horizontal="left" if cell.column == 2 else "center")
    sheet.freeze_panes = "A4"
    print_setup(sheet, "3:3")


def build_aggregate(report: DistrictReport, wards_word: str = DEFAULT_WARDS_WORD) -> Workbook:
    """The workbook, in memory; `wards_word` names the units below («phường», «xã, phường»)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    _aggregate_sheet(sheet, report, wards_word)
    _results_sheet(book.create_sheet(RESULTS_SHEET), report, wards_word)
    _stage_sheet(book.create_sheet(STAGE_SHEET), report, wards_word)
    return book


def write_aggregate_xlsx(
    path: Path, report: DistrictReport, wards_word: str = DEFAULT_WARDS_WORD
) -> Path:
    """Write the aggregate workbook to `path` atomically (a temporary file, then a rename)."""
    ensure_not_open(path)
    book = build_aggregate(report, wards_word)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, book.save)
    except OSError as exc:
        if (locked := permission_error(path, exc, "write")) is not None:
            raise locked from exc
        params = {"reason": exc.strerror or str(exc), "folder": str(path.parent)}
        raise InputError(Problem("docs.unwritable", params, file=str(path))) from exc
    return path
