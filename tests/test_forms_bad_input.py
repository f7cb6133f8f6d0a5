"""Bad Excel forms: each a Vietnamese message naming the file, the sheet, the row, the column and
what to do; exit 2; nothing written (no document, the form untouched)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.cli_helpers import Run, run
from tests.conftest import MakeWorkspace
from tests.form_helpers import find_row, set_cells, to_forms

WARD = "o-cho-dua"
ENTRY = "Nhập lần 1"


@pytest.fixture
def folder(make_workspace: MakeWorkspace, tmp_path: Path) -> Path:
    """The example workspace's Ô Chợ Dừa with its details and count in the forms."""
    ws = make_workspace()
    to_forms(ws / "wards" / WARD, keep=tmp_path / "kept")
    return ws / "wards" / WARD


def _tally(capsys: pytest.CaptureFixture[str], folder: Path) -> Run:
    before = (folder / "kiem-phieu.xlsx").read_bytes()
    result = run(capsys, "tally", WARD, "-w", str(folder.parent.parent))
    assert result.code == 2, (result.out, result.err)
    assert result.out == ""
    assert (folder / "kiem-phieu.xlsx").read_bytes() == before  # never rewritten
    assert "Traceback" not in result.err
    return result


def _render(capsys: pytest.CaptureFixture[str], folder: Path) -> Run:
    ws = folder.parent.parent
    result = run(capsys, "docs", "render", WARD, "-w", str(ws))
    assert result.code == 2, (result.out, result.err)
    assert not list((ws / "out").rglob("*.docx"))  # no document written
    assert "Traceback" not in result.err
    return result


def test_a_renamed_entry_sheet(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    book = load_workbook(folder / "kiem-phieu.xlsx")
    book[ENTRY].title = "Nhap 1 (sua)"
    book.save(folder / "kiem-phieu.xlsx")
    err = _tally(capsys, folder).err
    assert "kiem-phieu.xlsx, trang «Nhập lần 1»" in err
    assert "không có trang «Nhập lần 1»" in err and "«Nhap 1 (sua)»" in err
    assert "đổi lại đúng tên «Nhập lần 1»" in err


def test_a_renamed_column(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    set_cells(folder / "thong-tin-dai-hoi.xlsx", "Tham luận", {"C3": "Đề tài"})
    err = _render(capsys, folder).err
    assert "thong-tin-dai-hoi.xlsx, trang «Tham luận», dòng 3" in err
    assert "thiếu cột «Chủ đề» (có cột không nhận ra: «Đề tài»)" in err
    assert "Khôi phục tiêu đề cột «Chủ đề»" in err


def test_a_missing_column(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    path = folder / "kiem-phieu.xlsx"
    sheet = load_workbook(path)[ENTRY]
    header = find_row(sheet, "IV. ỦY BAN KHÓA MỚI", "Họ và tên")
    set_cells(path, ENTRY, {f"C{header}": None})
    err = _tally(capsys, folder).err
    assert f"trang «Nhập lần 1», dòng {header}: thiếu cột «Tán thành»" in err


def test_text_in_a_number_cell(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    path = folder / "kiem-phieu.xlsx"
    sheet = load_workbook(path)[ENTRY]
    row = find_row(sheet, "IV. ỦY BAN KHÓA MỚI", "Họ và tên") + 3
    set_cells(path, ENTRY, {f"C{row}": "một trăm"})
    err = _tally(capsys, folder).err
    assert f"trang «Nhập lần 1», dòng {row}, cột C «Tán thành»" in err
    assert "«một trăm», không phải số: ghi một số nguyên không âm" in err


def test_a_negative_count(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    path = folder / "kiem-phieu.xlsx"
    row = find_row(load_workbook(path)[ENTRY], "II. ĐẠI BIỂU", "Số đại biểu có mặt")
    set_cells(path, ENTRY, {f"B{row}": -5})
    err = _tally(capsys, folder).err
    assert f"trang «Nhập lần 1», dòng {row}, cột B" in err
    assert "số âm «-5»" in err and "không thể âm" in err


def test_a_merged_cell(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    path = folder / "thong-tin-dai-hoi.xlsx"
    book = load_workbook(path)
    book["Kịch bản"].merge_cells("C5:D5")
    book.save(path)
    err = _render(capsys, folder).err
    assert "thong-tin-dai-hoi.xlsx, trang «Kịch bản», dòng 5, cột C: có ô gộp C5:D5" in err
    assert "Bỏ gộp ô" in err


def test_a_count_form_still_blank(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    """The form `init` writes, never filled: the count is asked for, not computed from nothing."""
    init = tmp_path / "new"
    assert run(capsys, "init", str(init), "--unit", "Quận Đống Đa", "--ward", "Mới").code == 0
    shutil.copy(init / "wards" / "moi" / "kiem-phieu.xlsx", folder / "kiem-phieu.xlsx")
    err = _tally(capsys, folder).err
    assert "kiem-phieu.xlsx: trang «Nhập lần 1» chưa có số liệu nào" in err
    assert "Đoàn Thư ký nhập số liệu" in err


def test_an_empty_workbook_as_the_details_form(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    Workbook().save(folder / "thong-tin-dai-hoi.xlsx")
    err = _render(capsys, folder).err
    assert (
        "thong-tin-dai-hoi.xlsx, trang «Kịch bản»: không có trang «Kịch bản» (tệp có các trang: «Sheet»)"
        in err
    )


def test_both_a_filled_form_and_yaml(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    shutil.copy(tmp_path / "kept" / "tally.yaml", folder / "tally.yaml")
    err = _tally(capsys, folder).err
    assert "có cả tally.yaml và kiem-phieu.xlsx cho cùng một dữ liệu" in err
