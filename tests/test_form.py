"""The blank personnel form: dropdowns from a hidden sheet, instructions, and it reads back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from congress.adapters.people_reader import read_people
from congress.core.people import Gender, Role, Status
from congress.errors import SpreadsheetError
from tests.cli_helpers import EXAMPLES, run


def test_form_has_headers_dropdowns_and_instructions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "mau.xlsx"
    result = run(capsys, "personnel", "form", str(out), "--ward", str(EXAMPLES / "o-cho-dua"))
    assert result.code == 0, result.err
    book = openpyxl.load_workbook(out)
    sheet, hidden = book["Danh sách"], book["DanhMuc"]
    assert hidden.sheet_state == "hidden"
    headers = [c.value for c in sheet[5]]
    assert headers[:4] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính"]
    assert "Dự kiến chức danh" in headers and "Tái cử/Mới" in headers and "Số CCCD" in headers
    assert str(sheet["A3"].value).startswith("Hướng dẫn:")
    assert "PHƯỜNG Ô CHỢ DỪA" in str(sheet["A1"].value)
    formulas = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert "=DanhMuc!$A$2:$A$3" in formulas  # gender
    lists = {col[0].value: [c.value for c in col[1:] if c.value] for col in hidden.iter_cols()}
    assert lists["gender"] == ["Nam", "Nữ"]
    assert lists["roles"] == ["Chủ tịch", "Phó Chủ tịch", "Ủy viên Thường trực", "Ủy viên"]
    assert (
        "Chức sắc tôn giáo" in lists["categories"] and "Hội Cựu chiến binh" in lists["categories"]
    )
    assert all(cell.font.name == "Times New Roman" for cell in sheet[5])


def test_blank_form_reads_back_empty_and_filled_form_reads_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "mau.xlsx"
    assert run(capsys, "personnel", "form", str(out)).code == 0
    with pytest.raises(SpreadsheetError, match="danh sách trống"):  # a blank form passes nothing
        read_people(out, "proposed")
    book = openpyxl.load_workbook(out)
    sheet = book["Danh sách"]
    rows = [
        [
            1,
            "Nguyễn Thị Hồng",
            "12/05/1975",
            "Nữ",
            "Kinh",
            "Không",
            "Có",
            "Chủ tịch UBMTTQ",
            "Cơ quan chuyên trách MTTQ",
            "Chủ tịch",
            "Tái cử",
            "001175000123",
            None,
        ],
        [
            2,
            "Lò Văn Páo",
            "1980",
            "Nam",
            "Thái",
            None,
            "Không",
            "Doanh nhân",
            "Doanh nghiệp",
            "Ủy viên",
            "Mới",
            None,
            "mới giới thiệu",
        ],
    ]
    for r, values in enumerate(rows, start=6):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.save(out)
    people = read_people(out, "proposed")
    assert [p.name for p in people.people] == ["Nguyễn Thị Hồng", "Lò Văn Páo"]
    first, second = people.people
    assert first.gender is Gender.FEMALE and first.party_member and first.role is Role.CHAIR
    assert first.stated_status is Status.RE_ELECTED and first.identity_number == "001175000123"
    assert second.birth_year == 1980 and not second.party_member and second.ethnicity == "Thái"
    assert people.has_status_column
    # every column of the form is read: nothing missing, nothing unrecognised
    assert people.missing == frozenset() and people.unrecognised == ()


def test_form_does_not_overwrite_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "mau.xlsx"
    out.write_bytes(b"officer's work")
    result = run(capsys, "personnel", "form", str(out))
    assert result.code == 2 and "--force" in result.err
    assert out.read_bytes() == b"officer's work"
    assert run(capsys, "personnel", "form", str(out), "--force").code == 0
    assert openpyxl.load_workbook(out)["Danh sách"]["B5"].value == "Họ và tên"


def test_form_into_missing_folder_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run(capsys, "personnel", "form", str(tmp_path / "khong-co" / "mau.xlsx"))
    assert result.code == 2 and "Traceback" not in result.err
    assert "không ghi được tệp" in result.err
