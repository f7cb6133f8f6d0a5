"""Bad lists through the command: exit 2, no traceback, a message with file, row, column and a fix."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from congress.adapters.people_reader import read_people
from congress.errors import LegacyEncodingError
from tests.cli_helpers import NOT_A_SPREADSHEET, ROOT, Run, run
from tests.sheets import Sheet, damaged_xlsx, write_csv, write_xlsx, xlsx

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dự kiến chức danh", "Số CCCD"]


def check(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> Run:
    """`congress personnel check --proposed FILE --planned-size 40`: must refuse with exit 2."""
    result = run(
        capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "40", *extra
    )
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err + result.out
    assert result.err.strip(), "a message on stderr"
    if "--json" not in extra:
        assert result.out == ""
    return result


def check_json(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> list[dict[str, Any]]:
    """The same with --json: stdout is exactly one JSON document {ok: false, errors: [...]}."""
    result = check(capsys, path, "--json", *extra)
    doc = json.loads(result.out)
    assert set(doc) == {"ok", "errors"}
    assert doc["ok"] is False
    assert doc["errors"], doc
    for error in doc["errors"]:
        assert set(error) == {"file", "row", "column", "message"}
        assert error["message"]
    errors: list[dict[str, Any]] = doc["errors"]
    return errors


def people_sheet(tmp_path: Path, *rows: list[object], name: str = "du-kien.xlsx") -> Path:
    """A list with a title, the header on row 3 and `rows` from row 4."""
    title = ["DANH SÁCH DỰ KIẾN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA"]
    return xlsx(tmp_path / name, [title, [], HEADER, *rows])


GOOD = [1, "Nguyễn Văn An", "05/03/1968", "Nam", "Chủ tịch", "001068000123"]


# ---------------------------------------------------------------------------
# Files that cannot be read at all
# ---------------------------------------------------------------------------


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "khong-co.xlsx"
    result = check(capsys, path)
    assert str(path) in result.err
    assert "không tìm thấy tệp. Hãy kiểm tra lại đường dẫn." in result.err
    [error] = check_json(capsys, path)
    assert error["file"] == str(path)
    assert error["row"] is None and error["column"] is None


def test_random_bytes_named_xlsx(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(random.Random(1).randbytes(5000))
    result = check(capsys, path)
    assert str(path) in result.err
    assert NOT_A_SPREADSHEET in result.err
    assert "Hãy mở bằng Excel và lưu lại dạng .xlsx." in result.err


def test_zip_that_is_not_a_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    result = check(capsys, path)
    assert NOT_A_SPREADSHEET in result.err


def test_text_file_with_binary_junk(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.txt"
    path.write_bytes(b"Ho va ten\n" + random.Random(2).randbytes(3000))
    result = check(capsys, path)
    assert str(path) in result.err
    assert NOT_A_SPREADSHEET in result.err


@pytest.mark.parametrize("damage", ["xml", "deflate", "method"])
def test_damaged_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str) -> None:
    path = damaged_xlsx(tmp_path / "hong.xlsx", damage)
    result = check(capsys, path)
    assert str(path) in result.err
    assert NOT_A_SPREADSHEET in result.err


def test_file_that_cannot_be_opened(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file locked by another program (tests run as root, so chmod cannot show it)."""
    path = people_sheet(tmp_path, GOOD)
    real_open = Path.open

    def locked(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    result = check(capsys, path)
    assert str(path) in result.err
    assert "không có quyền đọc tệp này" in result.err and "Errno" not in result.err


@pytest.mark.parametrize("suffix", [".xls", ".xlsx"])
def test_damaged_xls_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str) -> None:
    """An Excel 97-2003 container with nothing readable inside (an .xls is read since issue 15)."""
    path = tmp_path / f"danh-sach{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    result = check(capsys, path)
    assert str(path) in result.err
    assert NOT_A_SPREADSHEET in result.err


FIXTURES = ROOT / "tests" / "fixtures"


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods"])
def test_password_protected_workbook(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str
) -> None:
    """A workbook saved with a password (python-calamine's own test files): said so, exit 2."""
    path = tmp_path / f"danh-sach{suffix}"
    path.write_bytes((FIXTURES / f"password{suffix}").read_bytes())
    result = check(capsys, path)
    assert result.err.strip() == (
        f"{path}: bảng tính được đặt mật khẩu nên chương trình không đọc được. Mở tệp trong "
        "Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa "
        "mật khẩu), lưu lại rồi chạy lại."
    )


def test_unsupported_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.pdf"
    path.write_bytes(b"%PDF-1.4 not a list")
    result = check(capsys, path)
    assert (
        "định dạng .pdf không được hỗ trợ; chỉ nhận bảng tính .xlsx, .xls, .ods hoặc .csv."
        in result.err
    )


def test_ods_that_is_not_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.ods"
    path.write_bytes(b"not really")
    result = check(capsys, path)
    assert str(path) in result.err
    assert NOT_A_SPREADSHEET in result.err


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_no_name_column(capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str) -> None:
    rows = [["DANH SÁCH DỰ KIẾN"], ["STT", "Tên người", "Năm sinh"], [1, "Nguyễn Văn An", 1968]]
    if kind == "xlsx":
        path = xlsx(tmp_path / "l.xlsx", rows)
    else:
        path = write_csv(tmp_path / "l.csv", rows)
    result = check(capsys, path)
    assert str(path) in result.err
    assert "không tìm thấy cột họ tên" in result.err
    assert "«Họ và tên» hoặc «Họ tên»" in result.err


# ---------------------------------------------------------------------------
# Bad cells: file, row, column and what to write
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "quoted"),
    [("32/13/1970", "**/**/1970"), ("năm 70", "năm 70"), ("30/02/1970", "**/**/1970"),
     ("1870", "1870")],
)  # fmt: skip
def test_unreadable_birth_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str, quoted: str
) -> None:
    """The cell is quoted with its day and month masked: an error never shows a birth date."""
    path = people_sheet(tmp_path, GOOD, [2, "Trần Thị Bình", value, "Nữ", "Ủy viên", None])
    result = check(capsys, path)
    assert result.err.strip() == (
        f"du-kien.xlsx › Danh sách, dòng 5, cột C «Ngày sinh»: không đọc được ngày/năm sinh "
        f"«{quoted}». Ghi dạng dd/mm/yyyy (ví dụ 05/03/1968) hoặc chỉ năm (1968)."
    )
    [error] = check_json(capsys, path)
    assert error == {
        "file": "du-kien.xlsx › Danh sách",
        "row": 5,
        "column": "C «Ngày sinh»",
        "message": result.err.strip(),
    }


def test_unknown_role(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = people_sheet(tmp_path, GOOD, [2, "Trần Thị Bình", "1975", "Nữ", "Trưởng ban", None])
    result = check(capsys, path)
    assert "du-kien.xlsx › Danh sách, dòng 5, cột E «Dự kiến chức danh»" in result.err
    assert "chức danh «Trưởng ban» không hợp lệ" in result.err
    assert "Ghi một trong: Chủ tịch, Phó Chủ tịch, Ủy viên Thường trực, Ủy viên." in result.err


def test_unknown_gender(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = people_sheet(tmp_path, GOOD, [2, "Trần Thị Bình", "1975", "Khác", None, None])
    result = check(capsys, path)
    assert result.err.strip() == (
        "du-kien.xlsx › Danh sách, dòng 5, cột D «Giới tính»: giới tính «Khác» không hợp lệ. "
        "Ghi «Nam» hoặc «Nữ»."
    )


@pytest.mark.parametrize(
    ("value", "quoted"),
    [("12345", "12345"), ("00108900012A", "***********A"), ("0010890001234", "*" * 13),
     (1234567, "1234567")],
)  # fmt: skip
def test_invalid_identity_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: object, quoted: str
) -> None:
    """A run of 9 or more digits is quoted as stars, one per digit: never an identity number."""
    path = people_sheet(tmp_path, GOOD, [2, "Trần Thị Bình", "1975", "Nữ", None, value])
    result = check(capsys, path)
    assert "du-kien.xlsx › Danh sách, dòng 5, cột F «Số CCCD»" in result.err
    assert f"số CCCD «{quoted}» không hợp lệ: cần 12 chữ số" in result.err
    assert "định dạng ô là Văn bản" in result.err


def test_row_with_data_but_no_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = people_sheet(tmp_path, GOOD, [2, None, "1975", "Nữ", "Ủy viên", None])
    result = check(capsys, path)
    assert result.err.strip() == (
        "du-kien.xlsx › Danh sách, dòng 5, cột B «Họ và tên»: dòng có dữ liệu nhưng thiếu họ tên. "
        "Ghi họ tên hoặc xóa dòng."
    )


def test_bad_party_and_status_values(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [
        ["Họ và tên", "Đảng viên", "Tái cử/Mới"],
        ["Nguyễn Văn An", "chưa", "Mới"],
        ["Trần Thị Bình", "x", "cũ"],
    ]
    errors = check_json(capsys, xlsx(tmp_path / "l.xlsx", rows))
    assert [(e["row"], e["column"]) for e in errors] == [
        (2, "B «Đảng viên»"),
        (3, "C «Tái cử/Mới»"),
    ]
    assert "giá trị Đảng viên «chưa» không hợp lệ" in errors[0]["message"]
    assert "giá trị Tái cử/Mới «cũ» không hợp lệ" in errors[1]["message"]


def test_year_under_both_nam_and_nu(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [
        ["STT", "Họ và tên", "Năm sinh", None],
        [None, None, "Nam", "Nữ"],
        [1, "Nguyễn Văn An", 1968, 1968],
    ]
    path = xlsx(tmp_path / "l.xlsx", rows, ["A1:A2", "B1:B2", "C1:D1"])
    result = check(capsys, path)
    assert result.err.strip() == (
        "l.xlsx › Danh sách, dòng 3, cột C «Năm sinh › Nam»: năm sinh ghi ở cả hai cột Nam và Nữ. "
        "Chỉ ghi ở một cột."
    )


def test_every_bad_cell_is_reported_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = people_sheet(
        tmp_path,
        [1, "Nguyễn Văn An", "32/13/1970", "Nam", "Trưởng ban", "123"],
        GOOD,
        [3, "Trần Thị Bình", "năm 70", "Khác", None, None],
        [4, None, "1980", "Nam", None, None],
    )
    errors = check_json(capsys, path)
    assert [(e["row"], e["column"]) for e in errors] == [
        (4, "C «Ngày sinh»"),
        (4, "E «Dự kiến chức danh»"),
        (4, "F «Số CCCD»"),
        (6, "C «Ngày sinh»"),
        (6, "D «Giới tính»"),
        (7, "B «Họ và tên»"),
    ]
    assert {e["file"] for e in errors} == {"du-kien.xlsx › Danh sách"}


def test_bad_cell_in_a_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [["Họ và tên", "Ngày sinh"], ["Nguyễn Văn An", "1968"], ["Trần Thị Bình", "32/13/1970"]]
    path = write_csv(tmp_path / "l.csv", rows, delimiter=";", bom=True)
    [error] = check_json(capsys, path)
    assert (error["file"], error["row"], error["column"]) == ("l.csv", 3, "B «Ngày sinh»")


def test_stray_quote_quotes_no_personal_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`;"Nam;` swallows the rest of the file into one cell: a short, masked excerpt (issue 14)."""
    rows: list[list[Any]] = [["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"]]
    for n in range(1, 52):
        gender = '"Nam' if n == 5 else "Nam"
        rows.append(
            [n, f"Nguyễn Văn Người {n}", f"{n % 28 + 1:02d}/03/1968", gender, f"0010680{n:05d}"]
        )
    path = tmp_path / "l.csv"
    path.write_text("\n".join(";".join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    result = check(capsys, path)
    for output in (result.err, result.out):
        assert not re.search(r"\d{1,2}/\d{1,2}/\d{4}", output), output
        assert not re.search(r"\d{12}", output), output
    assert result.err.startswith("l.csv, dòng 6, cột D «Giới tính»: giới tính «Nam;")
    assert len(result.err) < 300, result.err
    [error] = check_json(capsys, path)
    assert (error["file"], error["row"]) == ("l.csv", 6)
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d{12}", error["message"])


# ---------------------------------------------------------------------------
# Legacy encodings: detected, nothing imported
# ---------------------------------------------------------------------------

CONVERT = "Hãy chuyển tệp sang Unicode"


def assert_legacy(result: Run, sample: str) -> None:
    assert f"«{sample}» có vẻ được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI)" in result.err
    assert CONVERT in result.err
    assert "Không nhập" in result.err


def test_tcvn3_names_under_a_unicode_header(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = people_sheet(
        tmp_path,
        [1, "NguyÔn V¨n Hïng", "1968", "Nam", None, None],
        [2, "TrÇn ThÞ Mai", "1975", "N÷", None, None],
    )
    result = check(capsys, path)
    assert_legacy(result, "NguyÔn V¨n Hïng")
    assert "dòng 4, cột B «Họ và tên»" in result.err
    errors = check_json(capsys, path)
    assert [e["row"] for e in errors] == [4, 5]
    with pytest.raises(LegacyEncodingError):
        read_people(path, "proposed")


def test_tcvn3_list_typed_entirely_in_vntime(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The usual case: title, header and names all in TCVN3 with a .VnTime font."""
    rows = [
        ["DANH S¸CH Dù KIÕN NH¢N Sù"],
        ["STT", "Hä vµ tªn", "N¨m sinh", "Chøc vô"],
        [1, "NguyÔn V¨n Hïng", 1968, "BÝ th­ chi bé"],
        [2, "TrÇn ThÞ Mai", 1975, "Chñ tÞch Héi"],
    ]
    path = write_xlsx(tmp_path / "tcvn3.xlsx", Sheet(rows, font=".VnTime"))
    result = check(capsys, path)
    assert "tcvn3.xlsx" in result.err
    assert "bảng mã cũ (TCVN3/ABC hoặc VNI)" in result.err
    assert CONVERT in result.err
    assert "không tìm thấy cột họ tên" not in result.err


def test_tcvn3_names_in_a_vntime_font_without_telltale_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """TCVN3 "Vò Tó" (Vũ Tú) uses only letters valid in Unicode; the cell's font gives it away."""
    rows = [["Họ và tên", "Năm sinh"], ["Vò Tó", 1968]]
    path = write_xlsx(tmp_path / "l.xlsx", Sheet(rows, font=".VnTime"))
    assert_legacy(check(capsys, path), "Vò Tó")


def test_vni_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = people_sheet(
        tmp_path,
        [1, "Nguyeãn Vaên Huøng", "1968", "Nam", None, None],
        [2, "Traàn Thò Mai", "1975", "Nöõ", None, None],
    )
    result = check(capsys, path)
    assert_legacy(result, "Nguyeãn Vaên Huøng")
    assert "dòng 4, cột B «Họ và tên»" in result.err


def test_vni_list_with_vni_header(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rows = [["STT", "Hoï vaø teân", "Naêm sinh"], [1, "Nguyeãn Vaên Huøng", 1968]]
    path = write_xlsx(tmp_path / "vni.xlsx", Sheet(rows, font="VNI-Times"))
    result = check(capsys, path)
    assert "bảng mã cũ (TCVN3/ABC hoặc VNI)" in result.err
    assert CONVERT in result.err


def test_tcvn3_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """TCVN3 text saved as CSV: its bytes are the Latin-1 codes the .VnTime font draws."""
    path = tmp_path / "l.csv"
    path.write_bytes("STT,Hä vµ tªn,N¨m sinh\r\n1,NguyÔn V¨n Hïng,1968\r\n".encode("latin-1"))
    result = check(capsys, path)
    assert "bảng mã cũ (TCVN3/ABC hoặc VNI)" in result.err
    assert CONVERT in result.err


# ---------------------------------------------------------------------------
# Languages and the real process
# ---------------------------------------------------------------------------


def test_english_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = people_sheet(tmp_path, GOOD, [2, "Trần Thị Bình", "32/13/1970", "Nữ", None, None])
    result = check(capsys, path, "--lang", "en")
    assert result.err.strip() == (
        "du-kien.xlsx › Danh sách, row 5, column C «Ngày sinh»: cannot read the birth date or "
        "year «**/**/1970». Write dd/mm/yyyy (e.g. 05/03/1968) or just the year (1968)."
    )
    missing = check(capsys, tmp_path / "none.csv", "--lang", "en")
    assert "file not found. Check the path." in missing.err
    [error] = check_json(capsys, path, "--lang", "en")
    assert error["message"] == result.err.strip()


def test_english_legacy_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = people_sheet(tmp_path, [1, "NguyÔn V¨n Hïng", "1968", "Nam", None, None])
    result = check(capsys, path, "--lang", "en")
    assert "looks typed in a legacy encoding (TCVN3/ABC or VNI)" in result.err
    assert "Convert the file to Unicode" in result.err


def congress_process(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """`python -m congress personnel check --proposed FILE --planned-size 40` in a new process."""
    env = {k: v for k, v in os.environ.items() if k != "CONGRESS_LANG"}
    env["PYTHONIOENCODING"] = "utf-8"
    args = ["personnel", "check", "--proposed", str(path), "--planned-size", "40", *extra]
    return subprocess.run(
        [sys.executable, "-m", "congress", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.slow  # starts `python -m congress`
def test_real_process(tmp_path: Path) -> None:
    path = people_sheet(tmp_path, GOOD, [2, "Trần Thị Bình", "năm 70", "Nữ", "Trưởng ban", None])
    proc = congress_process(path, "--json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["ok"] is False
    assert [(e["row"], e["column"]) for e in doc["errors"]] == [
        (5, "C «Ngày sinh»"),
        (5, "E «Dự kiến chức danh»"),
    ]
    assert "«năm 70»" in doc["errors"][0]["message"]
    assert "dòng 5, cột C «Ngày sinh»" in proc.stderr


@pytest.mark.slow  # starts `python -m congress`
def test_real_process_prints_only_the_message(tmp_path: Path) -> None:
    path = damaged_xlsx(tmp_path / "hong.xlsx", "xml")
    proc = congress_process(path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"{path}: {NOT_A_SPREADSHEET}. Hãy mở bằng Excel và lưu lại dạng .xlsx."
    ]
