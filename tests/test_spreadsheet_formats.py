"""Lists in every format python-calamine reads (issue 15): .xlsx, .xls, .ods, through the command.

The .xls and .ods fixtures are LibreOffice's own saves of `tests/fixtures/danh-sach.xlsx` (see
`tests/fixtures/make_fixtures.py`): «Năm sinh» merged over «Nam» and «Nữ», a date cell, a tick.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from congress.adapters.people_reader import read_people
from tests.cli_helpers import NOT_A_SPREADSHEET, ROOT, run
from tests.sheets import Sheet, write_xlsx, xlsx

FIXTURES = ROOT / "tests" / "fixtures"
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dự kiến chức danh"]


def check_json(capsys: pytest.CaptureFixture[str], path: Path, code: int) -> dict[str, Any]:
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3",
                 "--json")  # fmt: skip
    assert result.code == code, (result.out, result.err)
    assert "Traceback" not in result.err
    doc: dict[str, Any] = json.loads(result.out)
    return doc


def _people(path: Path) -> list[tuple[Any, ...]]:
    people = read_people(path, "proposed").people
    return [(p.name, p.birth_year, p.gender, p.party_member, p.identity_number, p.role, p.row)
            for p in people]  # fmt: skip


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_xls_and_ods_lists_read_like_the_xlsx(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str
) -> None:
    """The same list saved by LibreOffice as .xls and .ods gives the same people (names, years
    under «Nam»/«Nữ», the date of admission as a Party member, identity numbers, rows) and the
    same findings as the .xlsx."""
    original = FIXTURES / "danh-sach.xlsx"
    other = FIXTURES / f"danh-sach{suffix}"
    expected = _people(original)
    assert [p[:2] for p in expected] == [
        ("Nguyễn Văn An", 1968), ("Trần Thị Bình", 1975), ("Lê Văn Cường", 1980)]  # fmt: skip
    assert _people(other) == expected
    first = check_json(capsys, original, 1)
    second = check_json(capsys, other, 1)
    assert json.dumps(second).replace(f"danh-sach{suffix}", "danh-sach.xlsx") == json.dumps(first)


def test_a_renamed_xls_is_read_by_its_content(tmp_path: Path) -> None:
    """An .xlsx file renamed .xls (or the reverse) is read for what it is."""
    path = tmp_path / "danh-sach.xls"
    path.write_bytes((FIXTURES / "danh-sach.xlsx").read_bytes())
    assert _people(path) == _people(FIXTURES / "danh-sach.xlsx")
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes((FIXTURES / "danh-sach.xls").read_bytes())
    assert _people(path) == _people(FIXTURES / "danh-sach.xls")


def _with_error_cells(path: Path) -> Path:
    """A list whose birth cell C4 holds Excel's error «#N/A» (a VLOOKUP that found nothing)."""
    xlsx(path, [HEADER, [1, "Nguyễn Văn An", "05/03/1968", "Nam", "Chủ tịch"],
                [2, "Trần Thị Bình", 0, "Nữ", "Ủy viên"]])  # fmt: skip
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert '<c r="C3" t="n"><v>0</v></c>' in sheet, sheet
    sheet = sheet.replace('<c r="C3" t="n"><v>0</v></c>',
                          '<c r="C3" t="e"><f>VLOOKUP(B3,X!A:B,2,0)</f><v>#N/A</v></c>')  # fmt: skip
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def test_an_error_cell_is_named_as_openpyxl_read_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """calamine reads an error cell as empty; its text is read back from the sheet, so «#N/A» in
    a birth cell is still an unreadable birth date at its row and column, never a missing one."""
    path = _with_error_cells(tmp_path / "loi.xlsx")
    assert openpyxl.load_workbook(path, data_only=True).active["C3"].value == "#N/A"  # type: ignore[index]
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert result.err.strip() == (
        "loi.xlsx › Danh sách, dòng 3, cột C «Ngày sinh»: không đọc được ngày/năm sinh «#N/A». "
        "Ghi dạng dd/mm/yyyy (ví dụ 05/03/1968) hoặc chỉ năm (1968)."
    )


def test_numbers_dates_and_formulas_read_as_before(tmp_path: Path) -> None:
    """A year typed as a number is an int (calamine gives 1975.0); a date cell a date; a formula
    its cached value; a formula saved without one an empty cell (as openpyxl's data_only)."""
    rows = [["Họ và tên", "Năm sinh", "Số CCCD", "Ghi chú"],
            ["Nguyễn Văn An", 1968, 1068000123, "=1+1"],
            ["Trần Thị Bình", 1975.0, None, None]]  # fmt: skip
    path = write_xlsx(tmp_path / "l.xlsx", Sheet(rows))
    people = read_people(path, "proposed").people
    assert [(p.birth_year, p.identity_number, p.note) for p in people] == [
        (1968, "001068000123", None), (1975, None, None)]  # fmt: skip


def test_a_fraction_of_a_year_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "l.xlsx", [HEADER, [1, "Nguyễn Văn An", 1968.5, "Nam", "Chủ tịch"]])
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert result.err.startswith(
        "l.xlsx › Danh sách, dòng 2, cột C «Ngày sinh»: không đọc được ngày/năm sinh «1968.5»."
    ), result.err


def _ods(path: Path, table: str) -> Path:
    """A hand-made OpenDocument spreadsheet whose one table is `table` (XML)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Danh sách">{table}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)  # fmt: skip
        package.writestr("META-INF/manifest.xml", manifest)
        package.writestr("content.xml", content)
    return path


def _cell(text: str) -> str:
    return (
        f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def test_an_ods_repeating_a_value_a_million_times_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A few hundred bytes of content.xml can repeat one cell over a million rows: counted from
    the XML before calamine expands it, refused with the sheet's corner, exit 2."""
    table = (
        f"<table:table-row>{_cell('Họ và tên')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell table:number-columns-repeated="200" office:value-type="string">'
        "<text:p>Nguyễn Văn An</text:p></table:table-cell></table:table-row>"
    )
    path = _ods(tmp_path / "bom.ods", table)
    assert path.stat().st_size < 2000
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert "trang tính «Danh sách» trải tới ô GR1000001" in result.err, result.err


def test_an_ods_with_librecalc_trailing_empty_rows_is_read(tmp_path: Path) -> None:
    """LibreOffice writes a million empty rows and 16,384 empty columns after the data: they
    do not count against the limit."""
    table = (
        f"<table:table-row>{_cell('Họ và tên')}{_cell('Năm sinh')}"
        '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
        f"<table:table-row>{_cell('Nguyễn Văn An')}"
        '<table:table-cell office:value-type="float" office:value="1968"><text:p>1968</text:p>'
        '</table:table-cell><table:table-cell table:number-columns-repeated="16382"/>'
        '</table:table-row><table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    path = _ods(tmp_path / "l.ods", table)
    [person] = read_people(path, "proposed").people
    assert (person.name, person.birth_year, person.row) == ("Nguyễn Văn An", 1968, 2)


@pytest.mark.slow
def test_reading_a_list_does_not_import_openpyxl(tmp_path: Path) -> None:
    """openpyxl (slow to import) is loaded only for a workbook whose styles name a legacy font."""
    plain = xlsx(tmp_path / "l.xlsx", [["Họ và tên"], ["Nguyễn Văn An"]])
    legacy = write_xlsx(tmp_path / "v.xlsx", Sheet([["Hä vµ tªn"], ["NguyÔn V¨n An"]],
                                                   font=".VnTime"))  # fmt: skip
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from congress.adapters.people_reader import read_people\n"
        "from congress.errors import SpreadsheetError\n"
        "try:\n"
        "    read_people(Path(sys.argv[1]), 'proposed')\n"
        "except SpreadsheetError:\n"
        "    pass\n"
        "print('openpyxl' in sys.modules)\n"
    )
    loaded = [
        subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                       check=True, cwd=ROOT).stdout.strip()
        for path in (plain, legacy)
    ]  # fmt: skip
    assert loaded == ["False", "True"]


def test_merged_ranges_of_every_format(tmp_path: Path) -> None:
    """calamine gives no merged ranges for an ods: they are read from its cells' spans, the
    same as the xlsx and xls give (a form's merged cell is named the same way in each)."""
    from congress.adapters.sheet_read import open_workbook

    ranges = {
        kind: sorted(m.coord for m in open_workbook(FIXTURES / f"danh-sach.{kind}", kind).sheets[0].merged)
        for kind in ("xlsx", "xls", "ods")
    }  # fmt: skip
    assert ranges["xlsx"] == ["A1:G1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:G3"]
    assert ranges["xls"] == ranges["ods"] == ranges["xlsx"]


def test_an_xls_reaching_its_last_cell_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 29 KB .xls with 300 names and a stray cell in IV65536 would cost calamine a gigabyte
    (it fills the rectangle): its records are walked first and it is refused, exit 2."""
    from congress.adapters import sheet_read

    def never(*_: object) -> None:
        raise AssertionError("calamine was asked to read the workbook")

    monkeypatch.setattr(sheet_read, "_open", never)
    path = tmp_path / "xa.xls"
    path.write_bytes((FIXTURES / "xa.xls").read_bytes())
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert result.err.strip() == (
        f"{path}: trang tính «Sheet» trải tới ô IV65536 (16.777.216 ô; tối đa 250.000 ô). Có thể "
        "có dữ liệu hay định dạng sót ở xa bên dưới hoặc bên phải bảng: hãy xóa các dòng, cột "
        "thừa (hoặc chép bảng sang tệp mới) rồi lưu lại."
    )


def test_an_xls_declaring_a_huge_sheet_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The sheet's DIMENSIONS record says 4 billion rows: calamine would reserve memory for
    them and the process would stop on the spot (an abort, no exception). Refused first."""
    data = bytearray((FIXTURES / "danh-sach.xls").read_bytes())
    at = data.find(b"\x00\x02\x0e\x00")  # DIMENSIONS, 14 bytes: rows from, rows to, columns
    assert at > 0 and data.count(b"\x00\x02\x0e\x00") == 1
    struct.pack_into("<I", data, at + 8, 0xFFFFFFF0)
    path = tmp_path / "hong.xls"
    path.write_bytes(bytes(data))
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert "trang tính «Danh sách» trải tới ô G4294967280" in result.err, result.err


def test_an_xls_header_larger_than_the_file_is_damaged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A compound-file header declaring a FAT of 4 billion sectors (calamine reserves it)."""
    data = bytearray((FIXTURES / "danh-sach.xls").read_bytes())
    struct.pack_into("<I", data, 0x2C, 0xFFFFFF00)
    path = tmp_path / "hong.xls"
    path.write_bytes(bytes(data))
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert NOT_A_SPREADSHEET in result.err


def test_an_ods_merging_a_million_rows_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A merged range is filled in cell by cell (a header over two columns): one cell spanning
    a million rows and a thousand columns is refused, not filled."""
    table = (
        f"<table:table-row>{_cell('Họ và tên')}</table:table-row><table:table-row>"
        '<table:table-cell table:number-rows-spanned="1000000" '
        'table:number-columns-spanned="1000" office:value-type="string">'
        "<text:p>Nguyễn Văn An</text:p></table:table-cell></table:table-row>"
    )
    path = _ods(tmp_path / "gop.ods", table)
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert "trang tính «Danh sách» trải tới ô ALL1000001" in result.err, result.err


def test_a_damaged_xls_that_makes_calamine_panic(
    capfd: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """calamine panics on this damaged .xls (a slice out of range in its Rust code): pyo3 raises
    PanicException, a BaseException; the officer reads our message, exit 2, and neither the
    Rust panic text nor a traceback reaches the terminal."""
    path = tmp_path / "hong.xls"
    path.write_bytes((FIXTURES / "panique.xls").read_bytes())
    result = run(capfd, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert result.err.strip() == (
        f"{path}: {NOT_A_SPREADSHEET}. Hãy mở bằng Excel và lưu lại dạng .xlsx."
    )


def test_an_excel_binary_workbook_is_not_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """calamine reads an .xlsb too, but no limit counts its cells before: an .xlsb (here renamed
    .xlsx) is refused with the usual «save it as .xlsx»."""
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes((FIXTURES / "base.xlsb").read_bytes())
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "3")
    assert result.code == 2
    assert result.err.strip() == (
        f"{path}: {NOT_A_SPREADSHEET}. Hãy mở bằng Excel và lưu lại dạng .xlsx."
    )
