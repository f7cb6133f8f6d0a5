"""The blank personnel list (.xlsx): spec §3 headers, dropdowns from a hidden sheet, instructions.

Every cell goes through `congress.adapters.xlsx_cells.put`: a member organisation or a ward name
starting with «=», «+», «-», «@» is written as text, never as a formula."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from congress.adapters.form_book import save_book
from congress.adapters.xlsx_cells import put
from congress.core.people import Role, Status
from congress.errors import InputError, Problem
from congress.i18n import t

FONT = "Times New Roman"
LIST_SHEET = "DanhMuc"
ROWS = 200
HEADER_ROW = 5

# (header, width, list column on the hidden sheet or None, strict choice)
COLUMNS: list[tuple[str, int, str | None, bool]] = [
    ("STT", 6, None, False),
    ("Họ và tên", 26, None, False),
    ("Ngày sinh", 13, None, False),
    ("Giới tính", 9, "gender", True),
    ("Dân tộc", 10, None, False),
    ("Tôn giáo", 12, None, False),
    ("Đảng viên", 10, "yes_no", True),
    ("Chức vụ, đơn vị công tác", 34, None, False),
    ("Cơ cấu", 28, "categories", False),
    ("Dự kiến chức danh", 20, "roles", True),
    ("Tái cử/Mới", 11, "status", True),
    ("Số CCCD", 15, None, False),
    ("Ghi chú", 18, None, False),
]

# The previous committee's list: its member's title in that committee (no «Dự kiến»), and
# whether they were added during the term instead of «Tái cử/Mới» (README, people_headers).
PREVIOUS_COLUMNS: list[tuple[str, int, str | None, bool]] = [
    ("Chức danh", 20, "roles", True) if header == "Dự kiến chức danh"
    else ("Bổ sung giữa nhiệm kỳ", 14, "yes_no", False) if header == "Tái cử/Mới"
    else (header, width, key, strict)
    for header, width, key, strict in COLUMNS
]  # fmt: skip

PREVIOUS_INSTRUCTIONS = (
    "Hướng dẫn: danh sách Ủy viên Ủy ban khóa trước, mỗi người một dòng, bắt đầu từ dòng dưới tiêu "
    "đề; ghi họ tên đầy đủ, có dấu (phông Unicode Times New Roman, không dùng .VnTime/VNI). Ngày "
    "sinh ghi dd/mm/yyyy hoặc chỉ năm. Giới tính, Đảng viên, Chức danh: chọn trong danh sách. Bổ "
    "sung giữa nhiệm kỳ: «Có» hoặc ngày bổ sung nếu người đó được bổ sung trong nhiệm kỳ; để trống "
    "nếu là Ủy viên từ đầu nhiệm kỳ. Số CCCD: 12 chữ số. Không sửa dòng tiêu đề."
)

INSTRUCTIONS = (
    "Hướng dẫn: mỗi người một dòng, bắt đầu từ dòng dưới tiêu đề; ghi họ tên đầy đủ, có dấu "
    "(phông Unicode Times New Roman, không dùng .VnTime/VNI). Ngày sinh ghi dd/mm/yyyy hoặc chỉ năm. "
    "Giới tính, Đảng viên, Dự kiến chức danh, Tái cử/Mới: chọn trong danh sách. Cơ cấu: chọn nhóm "
    "hoặc ghi tên tổ chức thành viên / khu dân cư mà người đó đại diện. Số CCCD: 12 chữ số. "
    "Không sửa dòng tiêu đề."
)


@dataclass(frozen=True)
class FormSpec:
    """What the form's title and dropdowns say."""

    title: str
    subtitle: str
    categories: Sequence[str]
    previous: bool = False  # the previous committee's list: its own columns


def _lists(spec: FormSpec) -> dict[str, list[str]]:
    return {
        "gender": ["Nam", "Nữ"],
        "yes_no": ["Có", "Không"],
        "roles": [t(f"role.{role}", "vi") for role in Role],
        "status": [t(f"status.{status}", "vi") for status in Status],
        "categories": list(dict.fromkeys(spec.categories)),
    }


def build_form(spec: FormSpec) -> Workbook:
    """The workbook, in memory."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh sách"
    columns = PREVIOUS_COLUMNS if spec.previous else COLUMNS
    last = get_column_letter(len(columns))
    for row, text, bold in (
        (1, spec.title, True),
        (2, spec.subtitle, True),
        (3, PREVIOUS_INSTRUCTIONS if spec.previous else INSTRUCTIONS, False),
    ):
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = put(sheet, row, 1, text)
        cell.font = Font(name=FONT, size=12 if row < 3 else 11, bold=bold, italic=not bold)
        cell.alignment = Alignment(horizontal="center" if bold else "left", wrap_text=True)
    sheet.row_dimensions[3].height = 60

    lists = _lists(spec)
    hidden = book.create_sheet(LIST_SHEET)
    hidden.sheet_state = "hidden"
    refs: dict[str, str] = {}
    for index, (key, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        put(hidden, 1, index, key)
        for row, value in enumerate(values, start=2):
            put(hidden, row, index, value)
        refs[key] = f"={LIST_SHEET}!${letter}$2:${letter}${len(values) + 1}"

    thin = Side(style="thin")
    for col, (header, width, list_key, strict) in enumerate(columns, start=1):
        cell = put(sheet, HEADER_ROW, col, header)
        cell.font = Font(name=FONT, size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = width
        area = f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + ROWS}"
        if header == "Số CCCD":
            for row in range(HEADER_ROW + 1, HEADER_ROW + ROWS + 1):
                sheet.cell(row=row, column=col).number_format = "@"
        if list_key is None or not lists[list_key]:
            continue
        rule = DataValidation(type="list", formula1=refs[list_key], allow_blank=True)
        rule.showErrorMessage = strict
        rule.error = "Hãy chọn một giá trị trong danh sách."
        rule.errorTitle = header
        rule.add(area)
        sheet.add_data_validation(rule)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    return book


def write_form(path: Path, spec: FormSpec, *, force: bool) -> Path:
    """Write the form atomically (a temporary file, then a rename); never half-written."""
    if path.exists() and not force:
        raise InputError(Problem("form.exists", file=str(path)))
    if path.suffix.lower() != ".xlsx":
        raise InputError(Problem("sheet.unsupported_type", {"suffix": path.suffix}, file=str(path)))
    return save_book(path, build_form(spec), force=force)
