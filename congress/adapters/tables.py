"""Spreadsheets (.xlsx, .xls, .ods through `sheet_read`; .csv) read into plain grids of values;
library errors become ours."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from congress.adapters import limits, sheet_read, sheet_xml
from congress.adapters.files import ensure_not_open, permission_error
from congress.errors import Problem, SpreadsheetError

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
        return limits.letters(index + 1)


def read_grids(path: Path) -> list[Grid]:
    """Every visible sheet of `path` as a Grid (a CSV file has one)."""
    if not path.is_file():
        raise SpreadsheetError(Problem("file.missing", file=str(path)))
    ensure_not_open(path)  # a list open in Excel: said so, not read half-saved
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as file:
            head = file.read(128)
    except OSError as exc:
        if (locked := permission_error(path, exc, "read")) is not None:
            raise locked from exc
        raise SpreadsheetError(Problem("file.unreadable", {"reason": exc}, file=str(path))) from exc
    limits.check_size(path, limits.LIST_MAX_BYTES, "limit.kind_list", SpreadsheetError)
    if suffix in CSV_SUFFIXES and not head.startswith((sheet_read.OLE_MAGIC, b"PK")):
        return [_read_csv(path)]
    kind = sheet_read.kind_of(path, head)
    if kind is not None:
        return _read_workbook(path, kind)
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path)]
    params = {"suffix": suffix or "?"}
    raise SpreadsheetError(Problem("sheet.unsupported_format", params, file=str(path)))


def _read_workbook(path: Path, kind: sheet_read.Kind) -> list[Grid]:
    book = sheet_read.open_workbook(path, kind)
    fonts = sheet_xml.legacy_fonts(path) if kind == "xlsx" else {}
    grids = []
    for sheet in book.sheets:
        if not sheet.visible:
            continue
        sheet_read.spread_merged(sheet)
        rows = [(i + 1, values) for i, values in enumerate(sheet.rows)]
        grids.append(Grid(f"{path.name} › {sheet.title}", rows, fonts.get(sheet.title, {})))
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
