"""What the officer's Excel forms share: tables described as data, written and read back.

A form is a workbook of sheets, each a table: row 1 a title, row 2 a note, row 3 the Vietnamese
headers, data below. `write_table` writes one (drop-downs from `Col.choices`, A4 landscape, fit to
width, the header rows repeated on every printed page); `read_table` reads it back by header, so
a column moved keeps working while a column renamed or removed, a merged cell, text in a number
cell or a negative count is a `SpreadsheetError` naming the file, the sheet, the row, the column
and what to do. Every cell is written through `xlsx_cells.put` (never a formula).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from congress.adapters import sheet_read
from congress.adapters.files import ensure_not_open, permission_error, replace_atomically
from congress.adapters.limits import letters
from congress.adapters.sheet_read import Book, Sheet
from congress.adapters.xlsx_cells import Cell, put
from congress.core.redact import excerpt
from congress.core.text import clean, header_key
from congress.errors import InputError, Problem, SpreadsheetError
from congress.i18n import t

if TYPE_CHECKING:  # openpyxl (slow to import) is loaded by the writers only, when they write
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
HEADER_ROW = 3
ROWS = 150  # rows under a header that carry the drop-downs
LISTS = "DanhMuc"  # the hidden sheet holding the long drop-down lists
MAX_PROBLEMS = 30
Kind = Literal["text", "para", "count", "date", "year", "choice", "code"]
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class Col:
    """A column: its key in a row, its Vietnamese header, width, kind, drop-down choices."""

    key: str
    header: str
    width: int = 20
    kind: Kind = "text"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSheet:
    """A sheet holding one table."""

    name: str
    title: str
    note: str
    cols: tuple[Col, ...]


# -- writing ----------------------------------------------------------------------------------


def print_setup(sheet: Worksheet, header_rows: str | None) -> None:
    """A4 landscape, fit to the page's width, the header rows repeated on every page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    properties = sheet.sheet_properties.pageSetUpPr
    if properties is None:
        properties = sheet.sheet_properties.pageSetUpPr = PageSetupProperties()
    properties.fitToPage = True
    if header_rows:
        sheet.print_title_rows = header_rows


def style_header(cell: Any) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    cell.font = Font(name=FONT, size=12, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)


def style_title(cell: Any, *, bold: bool = True) -> None:
    from openpyxl.styles import Font

    cell.font = Font(name=FONT, size=13 if bold else 11, bold=bold, italic=not bold)


def choose(sheet: Worksheet, area: str, choices: Sequence[str], title: str) -> None:
    """A drop-down of `choices` over `area`: written in the rule itself when short, else (Excel
    takes at most 255 characters there) a column of the hidden sheet `LISTS`."""
    from openpyxl.worksheet.datavalidation import DataValidation

    formula = '"' + ",".join(choices) + '"'
    if len(formula) > 255:
        book = sheet.parent
        assert book is not None
        if LISTS in book.sheetnames:
            hidden = book[LISTS]
        else:
            hidden = book.create_sheet(LISTS)
            hidden.sheet_state = "hidden"
        col = 1 if hidden["A1"].value is None else hidden.max_column + 1
        put(hidden, 1, col, title)
        for row, choice in enumerate(choices, start=2):
            put(hidden, row, col, choice)
        letter = letters(col)
        formula = f"={LISTS}!${letter}$2:${letter}${len(choices) + 1}"
    rule = DataValidation(type="list", formula1=formula, allow_blank=True)
    rule.showErrorMessage = True
    rule.errorTitle = title[:32]
    rule.error = t("form.pick", "vi")
    rule.add(area)
    sheet.add_data_validation(rule)


def write_table(book: Workbook, spec: TableSheet, rows: Sequence[dict[str, Cell]]) -> Worksheet:
    """The table `spec` filled with `rows` (keys of its columns), as a new sheet of `book`."""
    from openpyxl.styles import Alignment, Font

    sheet: Worksheet = book.create_sheet(spec.name)
    style_title(put(sheet, 1, 1, spec.title))
    style_title(put(sheet, 2, 1, spec.note), bold=False)
    for col, c in enumerate(spec.cols, start=1):
        style_header(put(sheet, HEADER_ROW, col, c.header))
        letter = letters(col)
        sheet.column_dimensions[letter].width = c.width
        if c.choices:
            area = f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + max(ROWS, len(rows) + 20)}"
            choose(sheet, area, c.choices, c.header)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=HEADER_ROW + 1):
        for col, c in enumerate(spec.cols, start=1):
            cell = put(sheet, r, col, values.get(c.key))
            cell.font = Font(name=FONT, size=12)
            cell.alignment = wrap
            if c.kind == "date" and isinstance(values.get(c.key), dt.date):
                cell.number_format = "DD/MM/YYYY"
            if c.kind == "code":
                cell.number_format = "@"
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    print_setup(sheet, f"{HEADER_ROW}:{HEADER_ROW}")
    return sheet


def instructions(book: Workbook, name: str, title: str, lines: Sequence[str]) -> Worksheet:
    """The first sheet: what the form is for and how to fill it, one instruction a row."""
    from openpyxl.styles import Alignment, Font

    sheet: Worksheet = book.active  # type: ignore[assignment]
    sheet.title = name
    style_title(put(sheet, 1, 1, title))
    sheet.column_dimensions["A"].width = 120
    for row, line in enumerate(lines, start=3):
        cell = put(sheet, row, 1, line)
        cell.font = Font(name=FONT, size=12)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    print_setup(sheet, None)
    return sheet


def save_book(path: Path, book: Workbook, *, force: bool) -> Path:
    """Write `book` atomically (a temporary file, then a rename); never half-written."""
    if path.exists() and not force:
        raise InputError(Problem("form.exists", file=str(path)))
    ensure_not_open(path)
    try:
        replace_atomically(path, book.save)
    except OSError as exc:
        if (locked := permission_error(path, exc, "write")) is not None:
            raise locked from exc
        reason = exc.strerror or str(exc)
        raise InputError(Problem("form.unwritable", {"reason": reason}, file=str(path))) from exc
    return path


# -- reading ----------------------------------------------------------------------------------


def open_book(path: Path) -> Book:
    """The workbook at `path` (values, not formulas; read with calamine, limits checked first);
    a SpreadsheetError when it is not one."""
    ensure_not_open(path)  # a form open in Excel: said so, not read half-saved
    if not path.is_file():
        raise SpreadsheetError(Problem("file.missing", file=str(path)))
    try:
        with path.open("rb") as handle:
            head = handle.read(128)
    except OSError as exc:
        raise permission_error(path, exc, "read") or SpreadsheetError(
            Problem("sheet.not_spreadsheet", file=str(path))
        ) from exc
    kind = sheet_read.kind_of(path, head) or "xlsx"
    return sheet_read.open_workbook(path, kind, what="limit.kind_form")


@dataclass
class Problems:
    """Located problems of one form file, raised together."""

    path: Path
    found: list[Problem] = field(default_factory=list)

    def where(self, sheet: str) -> str:
        return t("form.where", None, file=str(self.path), sheet=sheet)

    def add(
        self, key: str, sheet: str, row: int | None = None, col: int | None = None,
        header: str = "", **params: object,
    ) -> None:  # fmt: skip
        column = None
        if col is not None:
            letter = letters(col)
            column = f"{letter} «{header}»" if header else letter
        quoted = {"value" if k == "shown" else k: excerpt(str(v)) if k == "shown" else v
                  for k, v in params.items()}  # fmt: skip
        self.found += [Problem(key, quoted, self.where(sheet), row, column)]

    def raise_if_any(self) -> None:
        if self.found:
            raise SpreadsheetError(*self.found[:MAX_PROBLEMS])


def find_sheet(book: Book, name: str) -> Sheet | None:
    """The sheet called `name`, ignoring case, spacing and diacritics."""
    for sheet in book.sheets:
        if header_key(sheet.title) == header_key(name):
            return sheet
    return None


def require_sheets(book: Book, names: Sequence[str], out: Problems) -> None:
    """Every sheet of the form must be there (a renamed or deleted sheet is named)."""
    found = ", ".join(f"«{s.title}»" for s in book.sheets) or "—"
    for name in names:
        if find_sheet(book, name) is None:
            out.add("form.no_sheet", name, name=name, found=found)
    out.raise_if_any()


def check_merged(sheet: Sheet, out: Problems, first_row: int = 1) -> None:
    """A merged cell in a form hides values: name it and say how to undo it."""
    for merged in sheet.merged:
        if merged.max_row >= first_row:
            out.add("form.merged", sheet.title, merged.min_row, merged.min_col,
                    range=merged.coord)  # fmt: skip


def text_of(value: Any, *, para: bool = False) -> str:
    """A cell as text: NFC; a paragraph keeps its line breaks, anything else is one line."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    if not para:
        return clean(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def to_count(value: Any) -> int | str | None:
    """A whole number ≥ 0, None for an empty cell, or the message key of what is wrong."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return "form.not_count"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = clean(value)
        value = int(text) if re.fullmatch(r"-?\d+", text) else text
    if isinstance(value, int):
        return value if value >= 0 else "form.negative"
    return "form.not_count"


def to_date(value: Any) -> dt.date | str | None:
    """A date from a date cell, dd/mm/yyyy or yyyy-mm-dd text; the message key when unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean(str(value))
    try:
        if m := _DMY.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := _YMD.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        pass
    return "form.not_date"


def convert(value: Any, c: Col, out: Problems, sheet: str, row: int, col: int) -> Any:
    """The cell's value as the column's kind says; a problem (and None) when it is not one."""
    if c.kind in ("count", "year"):
        got = to_count(value)
        if isinstance(got, str):
            out.add(got, sheet, row, col, c.header, shown=text_of(value))
            return None
        return got
    if c.kind == "date":
        day = to_date(value)
        if isinstance(day, str):
            out.add(day, sheet, row, col, c.header, shown=text_of(value))
            return None
        return day
    text = text_of(value, para=c.kind == "para")
    if c.kind == "choice" and text and header_key(text) not in {header_key(x) for x in c.choices}:
        out.add("form.not_choice", sheet, row, col, c.header, shown=text,
                allowed=", ".join(f"«{x}»" for x in c.choices))  # fmt: skip
        return None
    if c.kind == "choice" and text:
        return next(x for x in c.choices if header_key(x) == header_key(text))
    return text


def header_map(sheet: Sheet, cols: Sequence[Col], row: int, out: Problems) -> dict[str, int] | None:
    """Where each column of `cols` is in the header row `row`; every missing one is named."""
    values = sheet.row_values(row)
    found = {header_key(text_of(v)): i for i, v in enumerate(values, start=1) if text_of(v)}
    where = {c.key: found[header_key(c.header)] for c in cols if header_key(c.header) in found}
    known = {header_key(c.header) for c in cols}
    unknown = [text_of(v) for v in values if text_of(v) and header_key(text_of(v)) not in known]
    missing = [c for c in cols if c.key not in where]
    for c in missing:
        extra = t("form.unknown_columns", None, names=", ".join(f"«{u}»" for u in unknown))
        out.add("form.missing_column", sheet.title, row, None, column=c.header,
                unknown=extra if unknown else "")  # fmt: skip
    return None if missing else where


def read_table(book: Book, spec: TableSheet, out: Problems) -> list[tuple[int, dict[str, Any]]]:
    """The filled rows of the table `spec` (row number, values by column key)."""
    sheet = find_sheet(book, spec.name)
    assert sheet is not None  # `require_sheets` ran first
    check_merged(sheet, out)
    header = _header_row(sheet, spec.cols)
    where = header_map(sheet, spec.cols, header, out)
    if where is None:
        return []
    rows = []
    for r in range(header + 1, sheet.max_row + 1):
        raw = {c.key: sheet.value(r, where[c.key]) for c in spec.cols}
        if all(text_of(v) == "" for v in raw.values()):
            continue
        values = {c.key: convert(raw[c.key], c, out, sheet.title, r, where[c.key])
                  for c in spec.cols}  # fmt: skip
        rows += [(r, values)]
    return rows


def _header_row(sheet: Sheet, cols: Sequence[Col]) -> int:
    """The row (within the first ten) holding most of the expected headers; row 3 by default."""
    wanted = {header_key(c.header) for c in cols}
    best, best_count = HEADER_ROW, 0
    for r in range(1, min(sheet.max_row, 10) + 1):
        count = sum(header_key(text_of(v)) in wanted for v in sheet.row_values(r))
        if count > best_count:
            best, best_count = r, count
    return best


Reader = Callable[[Book, Problems], Any]
