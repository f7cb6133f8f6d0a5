"""Workbooks (.xlsx, .xls, .ods) read with python-calamine into plain values (issue 15).

`open_workbook` checks the limits first (`limits.py`: size, zip bomb, sheet extent, shared
strings), reads every sheet's values with calamine and turns its exceptions into our
SpreadsheetError (exit 2). The values are what openpyxl gave before (`data_only`): an empty cell
is None, a whole number is an int (calamine reads every xlsx number as a float: 1975.0 -> 1975;
1975.5 stays a float), a date cell a `date` (or `datetime` with a time of day), a time a `time`,
a formula its cached value (None when the file holds none), an error cell its text («#REF!»,
«#N/A»: calamine drops it, so `sheet_xml` reads it back from the sheet's XML). openpyxl is not
imported here: `sheet_xml.legacy_fonts` loads it only for a workbook whose styles name a TCVN3/VNI
font.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from congress.adapters import limits, sheet_xml, xls_limits
from congress.adapters.files import permission_error
from congress.adapters.limits import letters
from congress.errors import Problem, SpreadsheetError

Kind = Literal["xlsx", "xls", "ods"]
WORKBOOK_SUFFIXES: dict[str, Kind] = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_MAIN_PART = {"xlsx": "xl/workbook.xml", "ods": "content.xml"}


@dataclass(frozen=True)
class Merged:
    """A merged range, 1-based and inclusive like openpyxl's."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    @property
    def coord(self) -> str:
        return f"{letters(self.min_col)}{self.min_row}:{letters(self.max_col)}{self.max_row}"


@dataclass
class Sheet:
    """One sheet's values from A1: `rows[r][c]` is the cell at row r+1, column c+1."""

    title: str
    visible: bool
    rows: list[list[Any]]
    merged: tuple[Merged, ...] = ()

    @property
    def max_row(self) -> int:
        return max(len(self.rows), 1)

    @property
    def max_column(self) -> int:
        return max((len(row) for row in self.rows), default=1) or 1

    def value(self, row: int, column: int) -> Any:
        """The value at 1-based (row, column); None outside the data."""
        if 1 <= row <= len(self.rows):
            values = self.rows[row - 1]
            if 1 <= column <= len(values):
                return values[column - 1]
        return None

    def row_values(self, row: int) -> list[Any]:
        return list(self.rows[row - 1]) if 1 <= row <= len(self.rows) else []


@dataclass
class Book:
    path: Path
    kind: Kind
    sheets: list[Sheet]


def kind_of(path: Path, head: bytes) -> Kind | None:
    """What the file is by its first bytes (a renamed .xls is still read), else by its suffix."""
    if head.startswith(OLE_MAGIC):
        return "xls"
    if head.startswith(b"PK"):
        if path.suffix.lower() == ".ods" or _ODS_MIME in head[:120]:
            return "ods"
        return "xlsx"
    return WORKBOOK_SUFFIXES.get(path.suffix.lower())


def open_workbook(path: Path, kind: Kind, *, what: str = "limit.kind_list") -> Book:
    """Every worksheet of the workbook at `path` (hidden ones too, marked), limits checked first;
    `what` names the file in a message (limit.kind_*)."""
    limits.check_size(path, limits.LIST_MAX_BYTES, what, SpreadsheetError)
    try:
        data = path.read_bytes()  # one read; the file is not held open (Excel on Windows)
    except OSError as exc:
        if (locked := permission_error(path, exc, "read")) is not None:
            raise locked from exc
        raise SpreadsheetError(Problem("file.unreadable", {"reason": exc}, file=str(path))) from exc
    if kind != "xls" and not sheet_xml.has_part(data, _MAIN_PART[kind]):
        # a zip, but neither an xlsx nor an ods (an .xlsb, a .docx): calamine would read an .xlsb,
        # whose cells no limit above has counted
        raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path)))
    if kind == "xls":
        xls_limits.check_xls(path, data, SpreadsheetError)
    elif kind == "xlsx":
        limits.check_workbook(path, SpreadsheetError)
    elif kind == "ods":
        limits.check_package(path, SpreadsheetError)
        limits.check_ods(path, SpreadsheetError)
    sheets = _read(path, data)
    if sheets and not any(sheet.visible for sheet in sheets):
        params = {"sheets": ", ".join(f"«{s.title}»" for s in sheets)[:200]}
        raise SpreadsheetError(Problem("limit.all_sheets_hidden", params, file=str(path)))
    if kind == "xlsx":
        errors = sheet_xml.error_cells(data)
        for sheet in sheets:
            for row, column, text in errors.get(sheet.title, ()):
                _put(sheet, row, column, text)
    elif kind == "ods":  # calamine gives no merged ranges for an ods
        merges = sheet_xml.ods_merges(data)
        for sheet in sheets:
            sheet.merged = tuple(_merged(*corners) for corners in merges.get(sheet.title, ()))
    for sheet in sheets:  # a merged range is filled in: it counts as cells
        height = max([len(sheet.rows), *(m.max_row for m in sheet.merged)])
        width = max([0, *(len(r) for r in sheet.rows), *(m.max_col for m in sheet.merged)])
        if height * width > limits.SHEET_MAX_CELLS:
            limits.sheet_too_large(path, sheet.title, height, width, 0, SpreadsheetError)
    return Book(path, kind, sheets)


def _merged(top: int, left: int, bottom: int, right: int) -> Merged:
    """A 0-based range as a Merged, corners in order (a damaged file may swap them)."""
    return Merged(min(top, bottom) + 1, min(left, right) + 1, max(top, bottom) + 1,
                  max(left, right) + 1)  # fmt: skip


def _put(sheet: Sheet, row: int, col: int, value: Any) -> None:
    while len(sheet.rows) < row:
        sheet.rows.append([])
    values = sheet.rows[row - 1]
    values.extend([None] * (col - len(values)))
    values[col - 1] = value


def _read(path: Path, data: bytes) -> list[Sheet]:
    import python_calamine as calamine  # the reader's native module: only when a workbook is read

    try:
        with _quiet_stderr(), _open(calamine, path, data) as book:
            sheets = []
            for meta in book.sheets_metadata:
                if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                    continue  # a chart sheet has no cells
                sheet = book.get_sheet_by_name(meta.name)
                extent = sheet.total_height * sheet.total_width
                if extent > limits.SHEET_MAX_CELLS:
                    limits.sheet_too_large(
                        path, meta.name, sheet.total_height, sheet.total_width, 0, SpreadsheetError
                    )
                rows = [[_value(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
                merged = tuple(
                    _merged(top, left, bottom, right)
                    for (top, left), (bottom, right) in sheet.merged_cell_ranges or ()
                )
                visible = meta.visible == calamine.SheetVisibleEnum.Visible
                sheets.append(Sheet(meta.name, visible, rows, merged))
            return sheets
    except calamine.PasswordError as exc:
        raise SpreadsheetError(Problem("sheet.encrypted", file=str(path))) from exc
    except (calamine.CalamineError, OSError, ValueError, OverflowError) as exc:
        # a damaged zip or XML, a truncated or foreign OLE file: calamine says so in English
        raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path))) from exc
    except BaseException as exc:
        # a damaged .xls can make the Rust code panic: pyo3 raises PanicException, which derives
        # from BaseException so that a bare `except Exception` does not swallow it
        if type(exc).__name__ != "PanicException":
            raise
        raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path))) from exc


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Rust prints a panic's message (and backtrace) to the process's stderr before pyo3 turns
    it into an exception: keep it from the officer, who reads our message instead."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _open(calamine: Any, path: Path, data: bytes) -> Any:
    """calamine's workbook: by the file's suffix (which tells a password-protected .xls or .ods
    apart), else, for a renamed file, by its content (calamine tries each format)."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        try:
            return calamine.CalamineWorkbook.from_path(str(path))
        except calamine.PasswordError:
            raise
        except calamine.CalamineError:
            pass  # an .xls that is an xlsx inside, say: try by content
    return calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))


def _value(value: Any) -> Any:
    """calamine's value as openpyxl gave it: "" -> None, 1975.0 -> 1975."""
    if value == "" and isinstance(value, str):
        return None
    if type(value) is float and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def spread_merged(sheet: Sheet) -> None:
    """Every row as wide as the widest (as openpyxl gave them) and every cell of a merged range
    holding the range's top-left value (a header «Năm sinh» over «Nam» and «Nữ»)."""
    rows = sheet.rows
    height = max([len(rows), *(m.max_row for m in sheet.merged)])
    rows.extend([] for _ in range(height - len(rows)))
    width = max([0, *(len(r) for r in rows), *(m.max_col for m in sheet.merged)])
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    for m in sheet.merged:
        top = rows[m.min_row - 1][m.min_col - 1]
        for r in range(m.min_row - 1, m.max_row):
            rows[r][m.min_col - 1 : m.max_col] = [top] * (m.max_col - m.min_col + 1)
