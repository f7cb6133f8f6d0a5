"""The officer's Excel forms in tests: converted from the example's YAML, filled by openpyxl.

`to_forms` runs the converter of `scripts/yaml_to_forms.py` on a ward folder and moves the YAML
files away (a folder whose form is filled and which still holds the YAML is refused). `entry_cell`
finds the cell of a figure in an entry sheet of the count form by its section and label, as an
officer would find it by eye.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from congress.adapters.xlsx_cells import put
from congress.core.text import header_key
from tests.cli_helpers import ROOT

YAML_FILES = ("congress.yaml", "tally.yaml", "tally-ban-2.yaml", "tally-nhap-sai.yaml")


def _converter() -> Any:
    spec = importlib.util.spec_from_file_location(
        "yaml_to_forms", ROOT / "scripts/yaml_to_forms.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def to_forms(folder: Path, second: Path | None = None, keep: Path | None = None) -> list[Path]:
    """Convert the ward folder's YAML into its forms (overwriting blank ones) and move the YAML
    files into `keep` (default: a sibling folder `<slug>-yaml`)."""
    written: list[Path] = _converter().convert(folder, folder, second, force=True)
    keep = keep or folder.parent.parent / f"{folder.name}-yaml"
    keep.mkdir(exist_ok=True)
    for name in YAML_FILES:
        if (folder / name).is_file():
            shutil.move(str(folder / name), str(keep / name))
    return written


def find_row(sheet: Worksheet, section: str, label: str) -> int:
    """The row of `label` (column A) after the section title `section` («II. ĐẠI BIỂU»)."""
    inside = False
    for row in range(1, sheet.max_row + 1):
        text = header_key(str(sheet.cell(row=row, column=1).value or ""))
        if text == header_key(section):
            inside = True
        elif inside and text == header_key(label):
            return row
    raise LookupError(f"{label!r} not in section {section!r}")


def set_cells(path: Path, sheet_name: str, values: dict[str, Any]) -> None:
    """Write `values` ({"B12": 5, …}) into the sheet, as an officer typing into Excel would."""
    book = load_workbook(path)
    sheet = book[sheet_name]
    for address, value in values.items():
        cell = sheet[address]
        put(sheet, cell.row, cell.column, value)
    book.save(path)
