"""The previous committee's list `init` writes (uy-ban-khoa-truoc.xlsx) has its own columns:
«Chức danh» and «Bổ sung giữa nhiệm kỳ», not the proposed list's «Dự kiến chức danh» and
«Tái cử/Mới»; a member marked there is left out of the start-of-term figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli_helpers import run

HEADER_ROW = 5


def _headers(path: Path) -> list[str]:
    return [str(c.value) for c in load_workbook(path)["Danh sách"][HEADER_ROW] if c.value]


def _fill(path: Path, rows: list[dict[str, str]]) -> None:
    book = load_workbook(path)
    sheet = book["Danh sách"]
    columns = {str(c.value): c.column for c in sheet[HEADER_ROW] if c.value}
    for index, row in enumerate(rows, start=HEADER_ROW + 1):
        for header, value in row.items():
            sheet.cell(index, columns[header], value)
    book.save(path)


@pytest.mark.workspace("init", fill=False)
def test_previous_form_has_mid_term_column_and_it_is_read(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = ws / "wards" / "o-cho-dua"
    previous, proposed = folder / "uy-ban-khoa-truoc.xlsx", folder / "du-kien-uy-ban-khoa-moi.xlsx"
    old = _headers(previous)
    assert "Bổ sung giữa nhiệm kỳ" in old and "Chức danh" in old
    assert "Tái cử/Mới" not in old and "Dự kiến chức danh" not in old
    new = _headers(proposed)
    assert "Tái cử/Mới" in new and "Dự kiến chức danh" in new and "Bổ sung giữa nhiệm kỳ" not in new

    a = {
        "Họ và tên": "Nguyễn Văn An",
        "Ngày sinh": "1970",
        "Giới tính": "Nam",
        "Đảng viên": "Không",
    }
    b = {"Họ và tên": "Trần Thị Bình", "Ngày sinh": "1980", "Giới tính": "Nữ", "Đảng viên": "Có"}
    _fill(previous, [{**a, "Chức danh": "Chủ tịch", "Bổ sung giữa nhiệm kỳ": "Có"},
                     {**b, "Chức danh": "Ủy viên"}])  # fmt: skip
    _fill(proposed, [{**a, "Dự kiến chức danh": "Chủ tịch", "Tái cử/Mới": "Tái cử"},
                     {**b, "Dự kiến chức danh": "Ủy viên", "Tái cử/Mới": "Tái cử"}])  # fmt: skip
    result = run(capsys, "personnel", "check", "Ô Chợ Dừa", "-w", str(ws), "--json")
    assert result.code in (0, 1), result.err
    report = result.json()
    assert report["unrecognised"] == {}
    assert "bổ sung giữa nhiệm kỳ: Nguyễn Văn An" in result.out
