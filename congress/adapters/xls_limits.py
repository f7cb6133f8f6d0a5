"""The extent of an Excel 97-2003 (.xls) workbook's sheets, read before calamine loads it.

calamine makes a dense grid of every sheet from its top-left to its bottom-right cell: a 6 KB
.xls with a cell in A1 and one in IV65536 costs a gigabyte. An .xls is a compound file (OLE)
holding a «Workbook» stream of BIFF8 records; `check_xls` walks the records and refuses a sheet
whose cells, or merged ranges, reach past `limits.SHEET_MAX_CELLS` — the same message, the same
limit as an xlsx's (`limits.check_workbook`). A file it cannot follow is left to calamine, which
says it is not a spreadsheet.
"""

from __future__ import annotations

import struct
from pathlib import Path

from congress.adapters.limits import SHEET_MAX_CELLS, sheet_too_large
from congress.errors import InputError, Problem

_END = 0xFFFFFFFA  # sector numbers from here on mark the end of a chain, free or FAT sectors
_BOF, _EOF, _MERGED, _SHEET, _FILEPASS = 0x0809, 0x000A, 0x00E5, 0x0085, 0x002F
_DIMENSIONS = 0x0200
# the records of one cell (row, column first): BLANK, NUMBER, LABEL, BOOLERR, RK, LABELSST,
# FORMULA, RSTRING; MULRK and MULBLANK hold a run of cells of one row
_CELL = {0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006, 0x00D6}
_RUN = {0x00BD, 0x00BE}


def check_xls(path: Path, data: bytes, error: type[InputError]) -> None:
    """Refuse an .xls whose sheet reaches more than SHEET_MAX_CELLS cells, or whose header
    declares tables larger than the file (calamine reserves memory for them: a damaged header
    would stop the process, which no exception handler can catch)."""
    if len(data) >= 512 and not _header_fits(data):
        raise error(Problem("sheet.not_spreadsheet", file=str(path)))
    try:
        stream = _workbook_stream(data)
    except (struct.error, IndexError, ValueError):
        return
    if stream is not None:
        _check_records(path, stream, error)


def _header_fits(data: bytes) -> bool:
    """The compound file's header: its FAT and mini FAT within the file; the difat length calamine
    reads (from bytes 62-65) within 64 M entries."""
    size = 1 << min(_u16(data, 0x1E), 16)
    fat, mini_fat, difat = _u32(data, 0x2C), _u32(data, 0x40), _u32(data, 62)
    return fat * size <= len(data) and mini_fat * size <= len(data) and difat <= 1 << 26


def _u16(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", data, at)[0])


def _u32(data: bytes, at: int) -> int:
    return int(struct.unpack_from("<I", data, at)[0])


def _workbook_stream(data: bytes) -> bytes | None:
    """The «Workbook» (or «Book») stream of the compound file `data`, or None."""
    if len(data) < 512:
        return None
    size = 1 << _u16(data, 0x1E)
    if size not in (512, 4096):
        return None

    def sector(number: int) -> bytes:
        return data[(number + 1) * size : (number + 2) * size]

    def entries(block: bytes) -> tuple[int, ...]:
        return struct.unpack(f"<{len(block) // 4}I", block[: len(block) // 4 * 4])

    difat = list(entries(data[0x4C : 0x4C + 436]))
    following, seen = _u32(data, 0x44), set[int]()
    while following < _END and following not in seen and len(seen) < 10_000:
        seen.add(following)
        block = entries(sector(following))
        if not block:
            break
        difat += block[:-1]
        following = block[-1]
    fat: list[int] = []
    for number in difat:
        if number < _END:
            fat += entries(sector(number))

    def chain(start: int, table: list[int]) -> list[int]:
        found: list[int] = []
        visited: set[int] = set()
        while start < _END and start < len(table) and start not in visited:
            visited.add(start)
            found.append(start)
            start = table[start]
        return found

    directory = b"".join(sector(n) for n in chain(_u32(data, 0x30), fat))
    root_start, stream = None, None
    for at in range(0, len(directory) - 127, 128):
        entry = directory[at : at + 128]
        length = min(_u16(entry, 64), 64)
        name = entry[: max(length - 2, 0)].decode("utf-16-le", "replace")
        kind, start, stream_size = entry[66], _u32(entry, 116), _u32(entry, 120)
        if kind == 5:
            root_start = start
        elif kind == 2 and name in ("Workbook", "Book") and stream is None:
            stream = (start, stream_size)
    if stream is None:
        return None
    start, stream_size = stream
    if stream_size >= _u32(data, 0x38):  # a regular stream
        return b"".join(sector(n) for n in chain(start, fat))[:stream_size]
    if root_start is None:  # a small stream lives in the mini stream, 64-byte sectors
        return None
    mini = b"".join(sector(n) for n in chain(root_start, fat))
    mini_fat = list(entries(b"".join(sector(n) for n in chain(_u32(data, 0x3C), fat))))
    mini_size = 1 << _u16(data, 0x20)
    parts = [mini[n * mini_size : (n + 1) * mini_size] for n in chain(start, mini_fat)]
    return b"".join(parts)[:stream_size]


def _check_records(path: Path, stream: bytes, error: type[InputError]) -> None:
    """Walk the BIFF records: each sheet (BOF … EOF) its last row and column and its cells."""
    names: list[str] = []  # BOUNDSHEET records, in the order of the sheets' substreams
    stack: list[list[int]] = []  # per open substream: rows, columns, cells, sheet index
    sheets, at = -1, 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        body = stream[at + 4 : at + 4 + length]
        at += 4 + length
        if kind == _FILEPASS:
            return  # encrypted from here on: calamine says the file has a password
        if kind == _BOF:
            if not stack:
                sheets += 1  # the first is the workbook's globals, then one per sheet
            stack.append([0, 0, 0, sheets])
        elif kind == _EOF:
            if stack:
                _check(path, names, stack.pop(), error)
        elif kind == _SHEET and len(body) >= 8:
            names.append(_sheet_name(body))
        elif stack and kind in _CELL and len(body) >= 4:
            _grow(stack[-1], _u16(body, 0) + 1, _u16(body, 2) + 1, 1)
        elif stack and kind in _RUN and len(body) >= 6:
            first, last = _u16(body, 2), _u16(body, len(body) - 2)
            _grow(stack[-1], _u16(body, 0) + 1, last + 1, max(last - first + 1, 1))
        elif stack and kind == _DIMENSIONS and len(body) in (10, 14):
            _grow(stack[-1], *_dimensions(body), 0)
        elif stack and kind == _MERGED and len(body) >= 2:
            for index in range(min(_u16(body, 0), (len(body) - 2) // 8)):
                _, row_last, _, col_last = struct.unpack_from("<HHHH", body, 2 + 8 * index)
                _grow(stack[-1], row_last + 1, col_last + 1, 0)
    for extent in stack:  # a stream cut short: what was read so far
        _check(path, names, extent, error)


def _dimensions(body: bytes) -> tuple[int, int]:
    """The rows and columns a DIMENSIONS record declares, computed as calamine does (it reserves
    memory for rows × columns cells; a first row after the last wraps around)."""
    if len(body) == 14:
        first, last = _u32(body, 0), _u32(body, 4)
        col_first, col_last = _u16(body, 8), _u16(body, 10)
    else:
        first, last, col_first, col_last = struct.unpack_from("<HHHH", body)
    if col_first > 0xFF or col_last < col_first:
        col_first = 0
    if last < 1 or col_last < 1:
        return 1, 1
    rows = (last - 1 - first + 1) % (1 << 32)
    columns = (col_last - 1 - col_first + 1) % (1 << 32)
    return rows, columns


def _sheet_name(body: bytes) -> str:
    """The name in a BOUNDSHEET record: its length, a flag (UTF-16 or Latin-1), the characters."""
    length, wide = body[6], body[7] & 1
    raw = body[8 : 8 + length * (2 if wide else 1)]
    return raw.decode("utf-16-le" if wide else "latin-1", "replace")


def _grow(extent: list[int], row: int, column: int, cells: int) -> None:
    extent[0] = max(extent[0], row)
    extent[1] = max(extent[1], column)
    extent[2] += cells


def _check(path: Path, names: list[str], extent: list[int], error: type[InputError]) -> None:
    rows, columns, cells, index = extent
    if rows * columns > SHEET_MAX_CELLS or cells > SHEET_MAX_CELLS:
        name = names[index - 1] if 0 < index <= len(names) else str(index)
        sheet_too_large(path, name, rows, columns, cells, error)
