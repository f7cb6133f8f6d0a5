"""Build real spreadsheets (.xlsx with openpyxl, .csv in several encodings) for reader tests."""

from __future__ import annotations

import csv
import io
import struct
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

Row = Sequence[object]

# Marks that cp1258 stores as separate combining characters (the five tones).
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@dataclass
class Sheet:
    """One worksheet: its rows from A1, merged ranges ("A1:K1"), visibility and an optional font."""

    rows: Sequence[Row]
    title: str = "Danh sách"
    merges: Sequence[str] = ()
    hidden: bool = False
    font: str | None = None
    number_formats: dict[str, str] = field(default_factory=dict)


def write_xlsx(path: Path, *sheets: Sheet) -> Path:
    """Write `sheets` (in order) to a real workbook at `path`."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in sheets:
        sheet = book.create_sheet(spec.title)
        for row in spec.rows:
            sheet.append(list(row))
        for cell_range in spec.merges:
            sheet.merge_cells(cell_range)
        if spec.hidden:
            sheet.sheet_state = "hidden"
        if spec.font:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is not None:
                        cell.font = Font(name=spec.font)
        for ref, number_format in spec.number_formats.items():
            sheet[ref].number_format = number_format
    book.save(path)
    return path


def xlsx(path: Path, rows: Sequence[Row], merges: Sequence[str] = ()) -> Path:
    """A one-sheet workbook."""
    return write_xlsx(path, Sheet(rows, merges=merges))


def csv_text(rows: Sequence[Row], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return out.getvalue()


def to_cp1258(text: str) -> bytes:
    """Encode like Windows does for code page 1258: base letters precomposed, tones combining."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def write_csv(
    path: Path,
    rows: Sequence[Row],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    """Write `rows` as CSV; `encoding="cp1258"` is what Excel's plain "CSV" writes in Vietnam."""
    text = csv_text(rows, delimiter)
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def damaged_xlsx(path: Path, damage: str) -> Path:
    """A workbook broken inside its zip: "xml" (a part is not XML), "deflate" (a part's compressed
    data is corrupt), "method" (a part uses a compression method Python cannot read)."""
    xlsx(path, [["Họ và tên"], ["Nguyễn Văn An"]])
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if damage == "xml":
        parts[part] = b"<worksheet><sheetData><row"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    if damage in ("deflate", "method"):
        data = bytearray(path.read_bytes())
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(part)
        if damage == "deflate":
            name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
            start = info.header_offset + 30 + name_length + extra_length
            data[start : start + info.compress_size] = b"\xff" * info.compress_size
        else:
            central = _central_entry(data, part)
            struct.pack_into("<H", data, central + 10, 99)  # 99: AES encryption
        path.write_bytes(bytes(data))
    return path


def _central_entry(data: bytearray, name: str) -> int:
    """Offset of the central directory entry of `name`."""
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == name.encode():
            return start
        start += 4
    raise LookupError(name)


_DROP_DOWN_EXTENSION = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list"><x14:formula1><xm:f>DanhMuc!$A$1:$A$4</xm:f></x14:formula1>'
    "<xm:sqref>B2:B100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>"
)


def with_drop_down_extension(path: Path) -> Path:
    """Add the drop-down list Excel writes when the choices are on another sheet (openpyxl warns)."""
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts[part].decode()
    parts[part] = xml.replace("</worksheet>", _DROP_DOWN_EXTENSION + "</worksheet>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
