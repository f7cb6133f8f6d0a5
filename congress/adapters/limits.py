"""Limits checked before any work (issue 14, point 5): a hostile input is refused, not loaded.

Each check is cheap and bounded — it never holds more than the limits it enforces — and raises
an error of the caller's class (a SpreadsheetError for a list, a ConfigError for a YAML file), so
the officer reads one clear message and the command exits 2:

- `check_size`: the file's size on disk (lists, YAML files, DOCX templates and documents);
- `check_package`: a zip package (xlsx, docx) before a library opens it: the number of parts,
  their unpacked total and compression ratio (zip bombs), XML parts declaring entities;
- `check_workbook`: an xlsx's sheets as their XML declares them (``<dimension ref>``, the cells
  and rows written, merged ranges) and its shared strings' lengths, before openpyxl builds a cell;
- `check_name`: a file name a ward or unit file gives, before the OS is asked about it;
- `check_yaml_text`: YAML anchors and aliases (alias bombs), refused before parsing.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from functools import cache
from pathlib import Path

import yaml

from congress.errors import InputError, Problem

MB = 1024 * 1024
LIST_MAX_BYTES = 20 * MB
YAML_MAX_BYTES = 2 * MB
DOCX_MAX_BYTES = 50 * MB
PACKAGE_MAX_UNPACKED = 60 * MB
PACKAGE_MAX_PARTS = 2000
PACKAGE_MAX_RATIO = 100  # unpacked / packed, for a part over RATIO_FLOOR
RATIO_FLOOR = 1 * MB
SHEET_MAX_CELLS = 250_000  # rows x columns a sheet reaches (openpyxl makes a cell for each)
CELL_MAX_CHARS = 32_767  # Excel's own limit of a cell's text
CSV_FIELD_MAX = 128 * 1024  # Python's csv default, kept: a field over it is a stray quote
NAME_MAX_BYTES = 255  # one part of a path, as Linux, macOS and Windows allow
# what zipfile raises on a damaged package: a bad zip or deflate stream, a name that is not UTF-8
# (ValueError), a part flagged encrypted (RuntimeError), a compression it lacks, a missing part
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, ValueError, RuntimeError, OSError,
              NotImplementedError, EOFError, KeyError)  # fmt: skip

_SHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
_SHARED = "xl/sharedStrings.xml"
_ROW = re.compile(rb"<row\b[^>]*?\br=\"(\d+)\"")
_ROW_ANY = re.compile(rb"<row[\s/>]")
_CELL = re.compile(rb"<c[\s/>]")
_CELL_REF = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,4})(\d+)\"")
_RANGE = re.compile(
    rb"<(?:dimension|mergeCell)\b[^>]*?\bref=\"([A-Z]{1,4})?(\d+)?:?([A-Z]{1,4})?(\d+)?\""
)
_STRING_ITEM = re.compile(rb"<si>(.*?)</si>", re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")


def column_number(letters: bytes) -> int:
    """The 1-based column of spreadsheet letters: b"A" -> 1, b"AB" -> 28."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def letters(number: int) -> str:
    """Spreadsheet letters of a 1-based column: 1 -> A, 28 -> AB."""
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")


def check_size(path: Path, limit: int, kind: str, error: type[InputError] = InputError) -> None:
    """`path` is at most `limit` bytes; `kind` is the message key naming the file (limit.kind_*)."""
    from congress.i18n import t

    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader says what is wrong with a missing or unreadable file
    if size > limit:
        params = {"size": _mb(size), "limit": limit // MB, "kind": t(kind)}
        raise error(Problem("limit.file_too_large", params, file=str(path)))


def check_package(path: Path, error: type[InputError] = InputError) -> None:
    """A zip package whose parts unpack within the limits, none declaring XML entities."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            total = sum(info.file_size for info in infos)
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                too_packed = info.file_size > RATIO_FLOOR and ratio > PACKAGE_MAX_RATIO
                if too_packed or total > PACKAGE_MAX_UNPACKED or len(infos) > PACKAGE_MAX_PARTS:
                    params = {
                        "part": info.filename[:80],
                        "size": _mb(max(info.file_size, total)),
                        "ratio": int(ratio),
                        "limit": PACKAGE_MAX_UNPACKED // MB,
                    }
                    raise error(Problem("limit.zip_bomb", params, file=str(path)))
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    data = package.read(info)
                    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                        params = {"part": info.filename[:80]}
                        raise error(Problem("limit.xml_entities", params, file=str(path)))
    except ZIP_ERRORS:
        return  # not a zip at all: the library's own error path says so


def check_workbook(path: Path, error: type[InputError] = InputError) -> None:
    """An xlsx whose sheets reach at most SHEET_MAX_CELLS cells and whose shared strings are
    each at most CELL_MAX_CHARS long, read from the package's XML before openpyxl loads it."""
    check_package(path, error)
    try:
        with zipfile.ZipFile(path) as package:
            for info in package.infolist():
                if _SHEET.match(info.filename):
                    _check_sheet(path, info.filename, package.read(info), error)
                elif info.filename == _SHARED:
                    _check_strings(path, package.read(info), error)
                elif info.filename == "xl/workbook.xml":
                    _check_visible(path, package.read(info), error)
    except ZIP_ERRORS:
        return


def _check_sheet(path: Path, part: str, xml: bytes, error: type[InputError]) -> None:
    rows = max((int(m.group(1)) for m in _ROW.finditer(xml)), default=0)
    rows = max(rows, len(_ROW_ANY.findall(xml)))
    columns = max((column_number(m.group(1)) for m in _CELL_REF.finditer(xml)), default=1)
    rows = max(rows, max((int(m.group(2)) for m in _CELL_REF.finditer(xml)), default=0))
    for match in _RANGE.finditer(xml):
        for column, digits in ((match.group(1), match.group(2)), (match.group(3), match.group(4))):
            if column:
                columns = max(columns, column_number(column))
            if digits:
                rows = max(rows, int(digits))
    cells = len(_CELL.findall(xml))
    if rows * columns > SHEET_MAX_CELLS or cells > SHEET_MAX_CELLS:
        sheet = part.rsplit("/", 1)[-1].removesuffix(".xml")
        sheet_too_large(path, sheet, rows, columns, cells, error)


@cache
def _ods_patterns() -> tuple[re.Pattern[bytes], ...]:
    """The patterns of `check_ods`: its tokens, a table's name, a row's and a cell's repeat.
    Compiled on first use (issue 15: a command reading .xlsx and .csv lists compiles none)."""
    return (
        re.compile(
            rb"<table:table(?=[\s>])([^>]*)>|</table:table-row>|<table:table-row\b([^>]*?)(/?)>"
            rb"|<table:(?:covered-)?table-cell\b([^>]*?)(/?)>"
        ),
        re.compile(rb'\btable:name="([^"]*)"'),
        re.compile(rb'\btable:number-rows-repeated="(\d+)"'),
        re.compile(rb'\btable:number-columns-repeated="(\d+)"'),
    )


def check_ods(path: Path, error: type[InputError] = InputError) -> None:
    """An ods whose sheets reach at most SHEET_MAX_CELLS cells, counted from content.xml with
    its repeats (``table:number-rows-repeated``, ``table:number-columns-repeated``) before the
    reader expands them. Empty repeated rows and cells (LibreOffice writes a million of them
    after the data) do not count; a value repeated a million times does."""
    try:
        with zipfile.ZipFile(path) as package:
            xml = package.read("content.xml")
    except ZIP_ERRORS:
        return  # the reader says what is wrong
    tokens, table_name, rows_repeated, columns_repeated = _ods_patterns()
    name, rows, width, cells = "", 0, 0, 0
    row_repeat, row_at, row_filled = 1, 0, 0
    for match in tokens.finditer(xml):
        table, row, row_closed, cell, cell_closed = match.groups()
        if table is not None:
            found = table_name.search(table)
            name = found.group(1).decode("utf-8", "replace") if found else ""
            rows, width, cells = 0, 0, 0
        elif row is not None:
            found = rows_repeated.search(row)
            row_repeat, row_at, row_filled = int(found.group(1)) if found else 1, 0, 0
            if row_closed:
                rows += row_repeat
        elif cell is not None:
            found = columns_repeated.search(cell)
            repeat = int(found.group(1)) if found else 1
            row_at += repeat
            if not cell_closed or b"office:value-type" in cell:
                row_filled = row_at
                cells += repeat * row_repeat
        else:  # </table:table-row>
            rows += row_repeat
            if row_filled:  # the trailing empty rows never count
                width = max(width, row_filled)
                _check_ods_extent(path, name, rows, width, cells, error)


def _check_ods_extent(
    path: Path, name: str, rows: int, columns: int, cells: int, error: type[InputError]
) -> None:
    if rows * columns > SHEET_MAX_CELLS or cells > SHEET_MAX_CELLS:
        sheet_too_large(path, name, rows, columns, cells, error)


def sheet_too_large(
    path: Path, sheet: str, rows: int, columns: int, cells: int, error: type[InputError]
) -> None:
    """Raise the message of a sheet reaching past SHEET_MAX_CELLS (its corner, its cells)."""
    params = {
        "sheet": sheet[:80],
        "corner": f"{letters(max(columns, 1))}{rows}",
        "cells": f"{max(rows * columns, cells):,}".replace(",", "."),
        "limit": f"{SHEET_MAX_CELLS:,}".replace(",", "."),
    }
    raise error(Problem("limit.sheet_too_large", params, file=str(path)))


_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_NAME = re.compile(rb'\bname="([^"]*)"')
_HIDDEN = re.compile(rb'\bstate="(?:hidden|veryHidden)"')


def _check_visible(path: Path, xml: bytes, error: type[InputError]) -> None:
    """Excel saves a workbook whose every sheet is hidden; openpyxl then refuses it as broken."""
    sheets = _SHEET_ENTRY.findall(xml)
    if sheets and all(_HIDDEN.search(entry) for entry in sheets):
        names = [m.group(1).decode("utf-8", "replace") for e in sheets if (m := _NAME.search(e))]
        params = {"sheets": ", ".join(f"«{name}»" for name in names)[:200]}
        raise error(Problem("limit.all_sheets_hidden", params, file=str(path)))


def _check_strings(path: Path, xml: bytes, error: type[InputError]) -> None:
    floor = CELL_MAX_CHARS  # a string of fewer bytes cannot hold more characters
    for match in _STRING_ITEM.finditer(xml):
        item = match.group(1)
        if len(item) <= floor:
            continue
        length = len(_TAG.sub(b"", item).decode("utf-8", "replace"))
        if length > CELL_MAX_CHARS:
            params = {"length": f"{length:,}".replace(",", "."), "limit": "32.767"}
            raise error(Problem("limit.long_text", params, file=str(path)))


def check_name(name: str | Path, *, source: Path, key: str) -> None:
    """Each part of the file name `name` (from key `key` of `source`) fits a file system."""
    for part in Path(name).parts:
        length = len(os.fsencode(part))
        if length > NAME_MAX_BYTES:
            params = {"key": key, "length": length, "limit": NAME_MAX_BYTES}
            raise InputError(Problem("limit.name_too_long", params, file=str(source)))


def check_yaml_text(text: str, path: Path, error: type[InputError]) -> None:
    """Refuse anchors and aliases (``&a`` … ``*a``): a few kilobytes of them expand to billions
    of nodes. Only a file holding ``&`` or ``*`` is scanned (libyaml's scanner, fast)."""
    if "&" not in text and "*" not in text:
        return
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for token in yaml.scan(text, Loader=loader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                row = token.start_mark.line + 1
                raise error(Problem("limit.yaml_alias", file=str(path), row=row))
    except yaml.YAMLError:
        return  # a syntax error: the parser reports it with its line


def looks_utf16(data: bytes) -> bool:
    """A UTF-16 text (Excel's «Unicode Text»): its byte-order mark, or every other byte zero in
    a Vietnamese or ASCII header."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:512]
    return len(head) >= 8 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0


def confine_definition(
    path: Path, roots: tuple[Path, ...], *, source: Path, key: str, row: int | None = None
) -> Path:
    """A ruleset or workflow file `path` (named at key `key` of `source`) when it resolves,
    symlinks followed, inside one of `roots` (the workspace) or the installed ``workflows/``."""
    from congress.errors import ConfigError
    from congress.resources import workflows_dir

    real = path.resolve()
    for root in (*roots, workflows_dir()):
        base = root.resolve()  # once per root (each resolve reads every component's link)
        if real == base or real.is_relative_to(base):
            return path
    params = {"key": key, "path": str(path), "root": str(roots[0]) if roots else ""}
    raise ConfigError(Problem("limit.workflows_outside", params, file=str(source), row=row))
