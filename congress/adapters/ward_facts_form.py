"""The ward's member organisations and residential areas as two sheets of the details form.

`thong-tin-dai-hoi.xlsx` carries, besides the congress details, the two lists `ward.yaml` holds for
maintainers (``member_organisations``, ``residential_areas``): one sheet each, a unit a row, its
other names (short forms) in one cell separated by «;». `fact_rows` writes them, `read_ward_facts`
reads them back into the same `Unit` items ward.yaml gives; a repeated name, an alias two units
share, aliases without a name or a merged cell are named with their file, sheet, row and column.
A form written before these sheets existed gives no list (the rules then say «chưa kiểm tra»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from congress.adapters.form_book import (
    Col,
    Problems,
    TableSheet,
    find_sheet,
    open_book,
    read_table,
)
from congress.adapters.sheet_read import Book
from congress.adapters.xlsx_cells import Cell
from congress.core.text import clean, fold
from congress.core.ward import Unit
from congress.i18n import t

ORGANISATIONS = "Tổ chức thành viên"
AREAS = "Khu dân cư"
SEPARATOR = ";"
_NAME = Col("name", "Tên", 55)
_ALIASES = Col("aliases", "Tên gọi khác / viết tắt (cách nhau dấu ;)", 60)

# The member organisations of a ward's Front almost everywhere: `congress init` writes them into
# the sheet «Tổ chức thành viên» for the officer to complete (add, remove, short names). A sheet
# still holding exactly these, as init wrote it, counts as not filled beside a ward.yaml list.
DEFAULT_ORGANISATIONS = (
    "Hội Cựu chiến binh",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Người cao tuổi",
    "Hội Chữ thập đỏ",
    "Hội Khuyến học",
)

# field of ward.yaml -> the sheet holding it
FACT_SHEETS: dict[str, TableSheet] = {
    "member_organisations": TableSheet(
        ORGANISATIONS, "CÁC TỔ CHỨC THÀNH VIÊN CỦA MẶT TRẬN PHƯỜNG",
        "Mỗi tổ chức một dòng. Tên gọi khác, tên viết tắt (như trong cột «Cơ cấu» của danh sách) "
        "ghi ở cột thứ hai, cách nhau dấu «;». Dùng để kiểm tra mỗi tổ chức có người đại diện.",
        (_NAME, _ALIASES),
    ),
    "residential_areas": TableSheet(
        AREAS, "CÁC KHU DÂN CƯ (TỔ DÂN PHỐ) CỦA PHƯỜNG",
        "Mỗi khu dân cư (tổ dân phố) một dòng; tên gọi khác cách nhau dấu «;». Dùng để kiểm tra "
        "mỗi khu dân cư có người đại diện.",
        (_NAME, _ALIASES),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class WardFacts:
    """The two lists as the form gives them; None for a list with no row (or no sheet)."""

    member_organisations: list[Unit] | None = None
    residential_areas: list[Unit] | None = None

    def get(self, key: str) -> list[Unit] | None:
        return getattr(self, key)  # type: ignore[no-any-return]


def as_written_by_init(key: str, units: Sequence[Unit]) -> bool:
    """Whether `units` are the sheet's list exactly as `congress init` wrote it."""
    return key == "member_organisations" and [(u.name, u.aliases) for u in units] == [
        (name, []) for name in DEFAULT_ORGANISATIONS
    ]


def differences(ours: Sequence[Unit], theirs: Sequence[Unit], here: str, there: str) -> str:
    """What differs between two lists of units (case and order aside), as a reader is told it;
    empty when they are the same."""
    mine = {fold(u.name): u for u in ours}
    other = {fold(u.name): u for u in theirs}
    found = [
        t("ward_facts.only_in", None, name=u.name, where=here)
        for k, u in mine.items()
        if k not in other
    ]
    found += [
        t("ward_facts.only_in", None, name=u.name, where=there)
        for k, u in other.items()
        if k not in mine
    ]
    found += [
        t("ward_facts.other_names", None, name=u.name)
        for k, u in mine.items()
        if k in other and {fold(a) for a in u.aliases} != {fold(a) for a in other[k].aliases}
    ]
    return "; ".join(found[:5]) + ("; …" if len(found) > 5 else "")  # fmt: skip


def fact_rows(units: Sequence[Unit | str] | None) -> list[dict[str, Cell]]:
    """The rows of one sheet for `units` (ward.yaml's items: names or units with aliases)."""
    rows: list[dict[str, Cell]] = []
    for unit in units or ():
        item = Unit(name=unit) if isinstance(unit, str) else unit
        aliases = f"{SEPARATOR} ".join(item.aliases) or None
        rows += [{"name": item.name, "aliases": aliases}]
    return rows


def _units(
    rows: Sequence[tuple[int, dict[str, Any]]], spec: TableSheet, out: Problems
) -> list[Unit]:
    """The units of one sheet; a bad row is added to `out` (and left out)."""
    sheet, name_col, alias_col = spec.name, 1, 2
    units: list[Unit] = []
    first_row: dict[str, int] = {}  # folded spelling -> the row it first appears on
    for row, values in rows:
        name = clean(values["name"] or "")
        aliases = [clean(a) for a in (values["aliases"] or "").split(SEPARATOR) if clean(a)]
        if not name:
            out.add("ward_facts.no_name", sheet, row, name_col, _NAME.header,
                    aliases=", ".join(aliases))  # fmt: skip
            continue
        if fold(name) in first_row:
            out.add("ward_facts.duplicate", sheet, row, name_col, _NAME.header,
                    shown=name, other=first_row[fold(name)])  # fmt: skip
            continue
        first_row[fold(name)] = row
        kept: list[str] = []
        for alias in dict.fromkeys(aliases):
            other = first_row.get(fold(alias))
            if fold(alias) == fold(name):
                continue  # the name again: harmless
            if other is not None and other != row:
                out.add("ward_facts.shared_alias", sheet, row, alias_col, _ALIASES.header,
                        shown=alias, other=other)  # fmt: skip
                continue
            first_row[fold(alias)] = row
            kept += [alias]
        units += [Unit(name=name, aliases=kept)]
    return units


def read_facts_from(book: Book, out: Problems) -> WardFacts:
    """The two lists of an open details form; problems are added to `out` (raised by the caller)."""
    found: dict[str, list[Unit] | None] = {}
    for key, spec in FACT_SHEETS.items():
        sheet = find_sheet(book, spec.name)
        if sheet is None:
            found[key] = None  # a form from before these sheets: nothing given
            continue
        rows = read_table(book, spec, out)
        found[key] = _units(rows, spec, out) or None
    return WardFacts(**found)


def read_ward_facts(path: Path, book: Book | None = None) -> WardFacts:
    """The organisations and areas of the details form at `path` (`book`, when already open);
    every bad cell named."""
    book = book or open_book(path)
    out = Problems(path)
    facts = read_facts_from(book, out)
    out.raise_if_any()
    return facts
