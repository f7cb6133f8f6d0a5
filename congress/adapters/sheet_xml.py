"""What calamine does not give, read from a workbook's XML (issue 15): the text of an xlsx's
error cells («#REF!», «#N/A»: calamine reads them as empty), an ods's merged ranges, and the cells
written in a TCVN3/VNI font (openpyxl, slow to import, reads the styles — only when the style sheet
names such a font)."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from pathlib import Path

from congress.adapters.limits import ZIP_ERRORS, column_number

_WB_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR_NAME = re.compile(rb'\bname="([^"]*)"')
_ATTR_RID = re.compile(rb'\b(?:\w+:)?id="([^"]*)"')
_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_ATTR_ID = re.compile(rb'\bId="([^"]*)"')
_ATTR_TARGET = re.compile(rb'\bTarget="([^"]*)"')
_ERROR_CELL = re.compile(rb'<c\b([^>]*\bt="e"[^>]*)>(.*?)</c>', re.DOTALL)
_CELL_R = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_V = re.compile(rb"<v>([^<]*)</v>")
_FONT_NAME = re.compile(rb'<(?:\w+:)?name\b[^>]*\bval="([^"]*)"')


def _unescape(raw: bytes) -> str:
    """An attribute's text with XML's five entities replaced, `&amp;` last (as
    `xml.sax.saxutils.unescape`, which imports urllib.request, http and ssl: 15 ms a start)."""
    text = raw.decode("utf-8", "replace")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


def _sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part («xl/worksheets/sheet1.xml»), from workbook.xml and its rels."""
    names = set(package.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    targets = {}
    for rel in _REL.findall(package.read("xl/_rels/workbook.xml.rels")):
        if (rid := _ATTR_ID.search(rel)) and (target := _ATTR_TARGET.search(rel)):
            part = _unescape(target.group(1))
            targets[rid.group(1)] = part.lstrip("/") if part.startswith("/") else f"xl/{part}"
    parts = {}
    for entry in _WB_SHEET.findall(package.read("xl/workbook.xml")):
        name, rid = _ATTR_NAME.search(entry), _ATTR_RID.search(entry.replace(b"sheetId", b""))
        if name and rid and rid.group(1) in targets:
            parts[_unescape(name.group(1))] = targets[rid.group(1)]
    return parts


def has_part(data: bytes, name: str) -> bool:
    """Does the zip package `data` hold the part `name`?"""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return name in package.namelist()
    except ZIP_ERRORS:
        return False


def error_cells(data: bytes) -> dict[str, list[tuple[int, int, str]]]:
    """Sheet name -> its error cells (1-based row, column, text: «#REF!», «#N/A»), which calamine
    reads as empty."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for sheet, part in _sheet_parts(package).items():
                xml = package.read(part)
                if b't="e"' not in xml:
                    continue
                for match in _ERROR_CELL.finditer(xml):
                    ref, value = _CELL_R.search(match.group(1)), _V.search(match.group(2))
                    if ref and value:
                        cell = (
                            int(ref.group(2)),
                            column_number(ref.group(1)),
                            _unescape(value.group(1)),
                        )
                        found.setdefault(sheet, []).append(cell)
    except ZIP_ERRORS:
        return found  # calamine read the values; the error texts are a courtesy
    return found


@cache
def _ods_patterns() -> tuple[re.Pattern[bytes], ...]:
    """The patterns of `ods_merges`: its tokens, a table's name, a repeat, a cell's spans.
    Compiled on first use (issue 15: a command reading .xlsx and .csv lists compiles none)."""
    return (
        re.compile(
            rb"<table:table(?=[\s>])([^>]*)>|<table:table-row\b([^>]*?)/?>"
            rb"|<table:(?:covered-)?table-cell\b([^>]*?)/?>"
        ),
        re.compile(rb'\btable:name="([^"]*)"'),
        re.compile(rb'\btable:number-(?:rows|columns)-repeated="(\d+)"'),
        re.compile(rb'\btable:number-(rows|columns)-spanned="(\d+)"'),
    )


def ods_merges(data: bytes) -> dict[str, list[tuple[int, int, int, int]]]:
    """Sheet name -> its merged ranges (0-based top, left, bottom, right), from the spans of
    content.xml's cells (calamine gives none for an ods)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            xml = package.read("content.xml")
    except ZIP_ERRORS:
        return {}
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    merges: list[tuple[int, int, int, int]] = []
    tokens, table_name, repeated, spanned = _ods_patterns()
    next_row, row, col = 0, 0, 0
    for match in tokens.finditer(xml):
        table, row_attrs, cell = match.groups()
        repeat = repeated.search(match.group(0))
        count = int(repeat.group(1)) if repeat else 1
        if table is not None:
            name = table_name.search(table)
            merges = found.setdefault(_unescape(name.group(1)) if name else "", [])
            next_row = 0
        elif row_attrs is not None:
            row, col, next_row = next_row, 0, next_row + count
        elif cell is not None:
            spans = {kind: int(n) for kind, n in spanned.findall(cell)}
            rows, cols = spans.get(b"rows", 1), spans.get(b"columns", 1)
            if rows > 1 or cols > 1:
                merges.append((row, col, row + rows - 1, col + cols - 1))
            col += count
    return found


def has_legacy_font(path: Path) -> bool:
    """Does the xlsx's style sheet name a TCVN3/VNI font (.VnTime, VNI-Times)? Read from its XML:
    a workbook without one never needs openpyxl."""
    from congress.core.text import is_legacy_font

    try:
        with zipfile.ZipFile(path) as package:
            styles = package.read("xl/styles.xml")
    except ZIP_ERRORS:
        return False
    return any(is_legacy_font(_unescape(m.group(1))) for m in _FONT_NAME.finditer(styles))


def legacy_fonts(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet title -> {(row, 0-based column): font} of the non-empty cells written in a legacy
    font; openpyxl (slow to import) reads the styles, and only when `has_legacy_font`."""
    if not has_legacy_font(path):
        return {}
    import warnings

    from openpyxl import load_workbook

    from congress.core.text import is_legacy_font

    found: dict[str, dict[tuple[int, int], str]] = {}
    try:
        with warnings.catch_warnings(), path.open("rb") as handle:
            warnings.simplefilter("ignore")
            book = load_workbook(handle, read_only=True, data_only=True)
            for sheet in book.worksheets:
                fonts = found.setdefault(sheet.title, {})
                for row in sheet.iter_rows():
                    for cell in row:
                        if cell.value is None:
                            continue
                        name = getattr(getattr(cell, "font", None), "name", None)
                        if is_legacy_font(name):
                            fonts[
                                (int(getattr(cell, "row", 0)), int(getattr(cell, "column", 1)) - 1)
                            ] = str(name)
            book.close()
    except (OSError, KeyError, ValueError, TypeError, SyntaxError, zipfile.BadZipFile):
        # calamine read the values already; the fonts are a second look at the same file
        return found
    return found
