"""Spreadsheets (.xlsx, .csv) read into plain grids of values; library errors become ours."""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from congress.adapters import limits
from congress.adapters.files import ensure_not_open, permission_error
from congress.core.text import is_legacy_font
from congress.errors import Problem, SpreadsheetError

XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt"}


@dataclass
class Grid:
    """One sheet: rows of cell values with their 1-based row numbers."""

    source: str
    rows: list[tuple[int, list[Any]]]
    legacy_fonts: dict[tuple[int, int], str] = field(default_factory=dict)

    @staticmethod
    def column_name(index: int) -> str:
        """Spreadsheet letters for a 0-based column index: 0 -> A, 27 -> AB."""
        name = ""
        index += 1
        while index:
            index, rest = divmod(index - 1, 26)
            name = chr(65 + rest) + name
        return name


def read_grids(path: Path) -> list[Grid]:
    """Every visible sheet of `path` as a Grid (a CSV file has one)."""
    if not path.is_file():
        raise SpreadsheetError(Problem("file.missing", file=str(path)))
    ensure_not_open(path)  # a list open in Excel: said so, not read half-saved
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as exc:
        if (locked := permission_error(path, exc, "read")) is not None:
            raise locked from exc
        raise SpreadsheetError(Problem("file.unreadable", {"reason": exc}, file=str(path))) from exc
    if suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetError(Problem("sheet.old_xls", file=str(path)))
    limits.check_size(path, limits.LIST_MAX_BYTES, "limit.kind_list", SpreadsheetError)
    if suffix in XLSX_SUFFIXES or head.startswith(b"PK"):
        limits.check_workbook(path, SpreadsheetError)
        return _read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path)]
    raise SpreadsheetError(
        Problem("sheet.unsupported_type", {"suffix": suffix or "?"}, file=str(path))
    )


def _read_xlsx(path: Path) -> list[Grid]:
    from openpyxl import load_workbook  # slow import: only when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    # A damaged workbook fails deep inside zipfile/zlib or the XML parser (ParseError, or lxml's
    # XMLSyntaxError: both are SyntaxError), or uses a zip feature Python lacks (NotImplementedError).
    damaged = (zipfile.BadZipFile, zlib.error, NotImplementedError, SyntaxError)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it drops (e.g. Excel's drop-down list extension): noise
            # for the officer, and the cell values are read all the same.
            warnings.simplefilter("ignore")
            # Our own handle, closed whatever happens: openpyxl leaves the file open when the
            # workbook inside is damaged (and Windows then keeps it locked).
            with path.open("rb") as handle:
                book = load_workbook(handle, data_only=True)
    except (*damaged, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path))) from exc
    grids = []
    hidden = [sheet.title for sheet in book.worksheets if sheet.sheet_state != "visible"]
    if book.worksheets and len(hidden) == len(book.worksheets):
        params = {"sheets": ", ".join(f"«{title}»" for title in hidden)[:200]}
        raise SpreadsheetError(Problem("limit.all_sheets_hidden", params, file=str(path)))
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        if sheet.max_row * sheet.max_column > limits.SHEET_MAX_CELLS:  # what openpyxl found
            raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path)))
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        for merged in sheet.merged_cells.ranges:
            top = values[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    values[r - 1][c - 1] = top
        fonts = {
            (cell.row, cell.column - 1): cell.font.name
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None and cell.font is not None and is_legacy_font(cell.font.name)
        }
        rows = [(i + 1, row) for i, row in enumerate(values)]
        grids.append(Grid(f"{path.name} › {sheet.title}", rows, fonts))
    return grids


def _decode(path: Path, data: bytes) -> str:
    if limits.looks_utf16(data):  # Excel's «Unicode Text» (spec §3): UTF-16, tab-separated
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SpreadsheetError(Problem("limit.bad_utf16", file=str(path))) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Excel's plain "CSV" on a Vietnamese Windows writes the ANSI code page 1258.
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(Problem("sheet.not_utf8", file=str(path))) from exc


def _delimiter(text: str) -> str:
    sample = text[:20000]
    lines = [line for line in sample.splitlines() if line.strip()][:30]
    best, best_score = ",", -1
    for candidate in (";", ",", "\t"):
        counts = [len(next(csv.reader([line], delimiter=candidate))) for line in lines]
        score = max(counts, default=0)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path) -> Grid:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(Problem("file.unreadable", {"reason": exc}, file=str(path))) from exc
    if b"\x00" in data[:4096] and not limits.looks_utf16(data):
        raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path)))
    text = _decode(path, data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, list[Any]]] = []
    try:
        start = 1
        for row in reader:
            rows.append((start, [value if value.strip() else None for value in row]))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):  # one unclosed quote swallows every following row
            params = {"limit": limits.CSV_FIELD_MAX // 1024}
            raise SpreadsheetError(
                Problem("limit.csv_field", params, file=str(path), row=start)
            ) from exc
        raise SpreadsheetError(Problem("sheet.not_spreadsheet", file=str(path))) from exc
    return Grid(path.name, rows)
