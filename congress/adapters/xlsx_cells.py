"""Writing a cell of any workbook the project writes: a text is always text.

A value a user typed that starts with «=», «+», «-», «@», a tab or a carriage return (a ward named
«=HYPERLINK(…)», a member organisation «=cmd|' /C calc'!A0») would be read by a spreadsheet as a
formula (OWASP formula injection). `put` stores it as a string with Excel's quote prefix: shown as
typed, never evaluated, kept text when edited. Every openpyxl writer goes through `put`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # openpyxl is imported by the writers, when they write
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_MARKS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may read as a formula

Cell = int | float | str | date | None


def put(sheet: Worksheet, row: int, column: int, value: Cell) -> SheetCell:
    """Write `value` at (`row`, `column`) and return the cell; a text starting with a formula
    mark is stored as a string with the quote prefix, never as a formula."""
    from openpyxl.cell.cell import Cell as SheetCell

    cell = sheet.cell(row=row, column=column)
    if not isinstance(cell, SheetCell):  # inside a merged range, not its top-left cell
        raise TypeError(f"{cell.coordinate} is inside a merged range")
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_MARKS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell
