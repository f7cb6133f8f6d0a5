"""Issue 14 point 2: user text that a spreadsheet would read as a formula is written as text.

A ward name ``=HYPERLINK(…)``, a member organisation ``=cmd|' /C calc'!A0`` (ward.yaml) and a
unit name starting with ``+`` (unit.yaml) go into the personnel form (its hidden list sheet
included) and the district's aggregate workbook; no cell of either is a formula, and the text is
kept as typed.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from congress.adapters.xlsx_cells import FORMULA_MARKS, put
from tests.cli_helpers import replace, run

WARD_NAME = '=HYPERLINK("http://x","Bấm")'
ORGANISATION = "=cmd|' /C calc'!A0"
UNIT_NAME = "+Quận Đống Đa"


def _cells(path: Path) -> list[tuple[str, object, str]]:
    """(sheet, value, data_type) of every cell of every sheet, hidden sheets included."""
    book = openpyxl.load_workbook(path)
    cells = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            cells.extend((sheet.title, cell.value, cell.data_type) for cell in row)
    return cells


def _hostile(ws: Path) -> Path:
    ward = ws / "wards" / "o-cho-dua" / "ward.yaml"
    replace(ward, "ward: Ô Chợ Dừa", f"ward: '{WARD_NAME}'")
    replace(ward, "  - name: Hội Cựu chiến binh\n", f'  - name: "{ORGANISATION}"\n')
    replace(ws / "unit.yaml", "unit: Quận Đống Đa", f"unit: '{UNIT_NAME}'")
    return ward.parent


@pytest.mark.parametrize("mark", FORMULA_MARKS)
def test_put_writes_a_formula_mark_as_text(mark: str) -> None:
    sheet = openpyxl.Workbook().active
    assert isinstance(sheet, Worksheet)
    cell = put(sheet, 1, 1, f"{mark}SUM(A2:A3)")
    assert cell.data_type == "s"
    assert cell.value == f"{mark}SUM(A2:A3)"
    assert cell.quotePrefix


def test_put_keeps_numbers_and_plain_text() -> None:
    sheet = openpyxl.Workbook().active
    assert isinstance(sheet, Worksheet)
    assert put(sheet, 1, 1, 12).data_type == "n"
    assert put(sheet, 1, 2, "Hội Phụ nữ").data_type == "s"
    assert not sheet.cell(row=1, column=2).quotePrefix


def test_personnel_form_has_no_formula_cell(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    ward = _hostile(ws)
    target = ws / "form.xlsx"
    result = run(capsys, "personnel", "form", str(target), "--ward", str(ward))
    assert result.code == 0, result.err
    cells = _cells(target)
    assert [c for c in cells if c[2] == "f"] == []
    values = {c[1] for c in cells}
    assert ORGANISATION in values  # the hidden list sheet keeps it as typed
    assert any(isinstance(v, str) and WARD_NAME.upper() in v for v in values)


def test_aggregate_workbook_has_no_formula_cell(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    _hostile(ws)
    result = run(capsys, "district", "run", str(ws), "--json")
    assert result.code in (0, 1), result.err
    target = ws / result.json()["outputs"]["xlsx"]
    cells = _cells(target)
    assert [c for c in cells if c[2] == "f"] == []
    values = {c[1] for c in cells}
    assert WARD_NAME in values
    assert any(isinstance(v, str) and v.startswith(UNIT_NAME) for v in values)


def test_every_workbook_writer_goes_through_put() -> None:
    """No workbook writer but xlsx_cells sets a cell's value itself (``value=``, ``.append``)."""
    root = Path(__file__).resolve().parent.parent / "congress"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "xlsx_cells.py"
        and "from openpyxl import Workbook" in (text := path.read_text(encoding="utf-8"))
        and ("value=" in text or ".value =" in text or ".append(" in text)
    ]
    assert offenders == []
