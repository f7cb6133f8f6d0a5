"""Hostile inputs built for real (issue 14, point 5): workbooks, YAML files and templates that
make a naive reader run out of memory or time. Small on disk, huge when opened."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from congress.resources import data_dir
from tests.sheets import xlsx

MB = 1024 * 1024
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính"]
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _with_part(path: Path, part: str, write: object) -> Path:
    """The workbook at `path` with its part `part` rewritten by `write(handle)` (streamed)."""
    source = path.with_suffix(".src.xlsx")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != part:
                new.writestr(info, old.read(info))
        with new.open(part, "w", force_zip64=True) as handle:
            write(handle)  # type: ignore[operator]
    source.unlink()
    return path


def base_workbook(path: Path) -> Path:
    return xlsx(path, [HEADER, [1, "Nguyễn Văn An", "01/02/1970", "Nam"]])


def shared_string_bomb(path: Path, size: int = 400 * MB) -> Path:
    """One shared string of `size` characters (400 MB packs into about 400 KB)."""

    def write(handle: object) -> None:
        handle.write(f'<?xml version="1.0"?><sst {_NS} count="1" uniqueCount="1"><si><t>'.encode())  # type: ignore[attr-defined]
        chunk = b"A" * MB
        for _ in range(size // MB):
            handle.write(chunk)  # type: ignore[attr-defined]
        handle.write(b"</t></si></sst>")  # type: ignore[attr-defined]

    return _with_part(base_workbook(path), "xl/sharedStrings.xml", write)


def long_string(path: Path, length: int = 100_000) -> Path:
    """One shared string over Excel's 32,767 characters, the package small."""
    text = "Nguyễn " * (length // 7)
    xml = f'<?xml version="1.0"?><sst {_NS}><si><t>Họ và tên</t></si><si><t>{text}</t></si></sst>'
    return _with_part(base_workbook(path), "xl/sharedStrings.xml", lambda h: h.write(xml.encode()))


def _sheet(path: Path, body: bytes, dimension: str = "A1") -> Path:
    def write(handle: object) -> None:
        head = f'<?xml version="1.0"?><worksheet {_NS}><dimension ref="{dimension}"/><sheetData>'
        handle.write(head.encode())  # type: ignore[attr-defined]
        handle.write(body)  # type: ignore[attr-defined]
        handle.write(b"</sheetData></worksheet>")  # type: ignore[attr-defined]

    return _with_part(base_workbook(path), "xl/worksheets/sheet1.xml", write)


def sparse_sheet(path: Path) -> Path:
    """Two cells, A1 and T1000000: the sheet spans 20 million cells (openpyxl makes each one)."""
    body = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan</t></is></c>'
        b'</row><row r="1000000"><c r="T1000000"><v>1</v></c></row>'
    )
    return _sheet(path, body, "A1:T1000000")


def declared_sheet(path: Path) -> Path:
    """A sheet declaring `<dimension ref="A1:XFD1048576">` over one real cell."""
    body = b'<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row>'
    return _sheet(path, body, "A1:XFD1048576")


def dense_sheet(path: Path, rows: int = 20_000) -> Path:
    """15 filled cells a row: 300,000 cells, each a cell object for openpyxl."""
    body = b"".join(
        b'<row r="%d">' % r
        + b"".join(
            b'<c r="%s%d"><v>%d</v></c>' % (bytes([65 + c]), r, r * 7 + c) for c in range(15)
        )
        + b"</row>"
        for r in range(1, rows + 1)
    )
    return _sheet(path, body, f"A1:O{rows}")


def packed_sheet(path: Path) -> Path:
    """A part that unpacks 1000 times its packed size (50 MB of blanks)."""
    return _sheet(path, b" " * (50 * MB))


def entity_bomb(path: Path) -> Path:
    """The «billion laughs»: XML entities that expand to gigabytes."""
    entities = '<!ENTITY a0 "AAAAAAAAAA">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst {_NS}><si><t>&a9;</t></si></sst>'
    return _with_part(base_workbook(path), "xl/sharedStrings.xml", lambda h: h.write(xml.encode()))


def long_csv_field(path: Path) -> Path:
    """A stray quote in row 3: every following row is swallowed into one field over 128 KB."""
    rows = ["STT;Họ và tên;Ngày sinh", "1;Nguyễn Văn An;01/02/1970", '2;"Trần Thị Bình;03/04/1975']
    rows += [f"{i};Lê Văn {i};05/06/1980" for i in range(3, 8000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def alias_yaml(levels: int = 12) -> str:
    """A ward.yaml whose aliases expand to 10**`levels` nodes (about 1 KB of text)."""
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + f"\nward: Ô Chợ Dừa\nmember_organisations: *a{levels - 1}\n"


def alias_ward(text: str, names: int = 5000, copies: int = 10000) -> str:
    """`text` (a ward.yaml) with residential areas written as aliases: one area with `names`
    aliases, repeated `copies` times — 70 KB that validate as 50 million strings."""
    spellings = ", ".join(["Tổ 1"] * names)
    areas = f"residential_areas:\n  - &u {{name: Tổ dân phố số 1, aliases: [{spellings}]}}\n"
    areas += "".join("  - *u\n" for _ in range(copies))
    return re.sub(r"(?ms)^residential_areas:\n.*?(?=^\w)", areas, text)


def template_with(path: Path, tag: str) -> Path:
    """A copy of a bundled template with a last paragraph holding the Jinja `tag`."""
    shutil.copy(data_dir("doc_templates") / "ke-hoach.docx", path.with_suffix(".src.docx"))
    source = path.with_suffix(".src.docx")
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                at = xml.rindex("<w:sectPr")
                paragraph = f"<w:p><w:r><w:t>{tag}</w:t></w:r></w:p>"
                xml = xml[:at] + paragraph + xml[at:]
                data = xml.encode("utf-8")
            new.writestr(info, data)
    source.unlink()
    return path
