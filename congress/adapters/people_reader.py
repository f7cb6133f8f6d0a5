"""Lists of people from a spreadsheet (spec §3): find the header, map the columns, clean each cell."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from congress.adapters.people_cells import (
    ROLES,
    STATUS,
    cell_key,
    cell_text,
    female_flag,
    identity_number,
    mid_term_flag,
    mid_term_note,
    parse_birth,
    party_flag,
    plausible_year,
)
from congress.adapters.people_headers import HEADERS, is_known, phone_not_ethnicity
from congress.adapters.tables import Grid, read_grids
from congress.core.people import BLANK_UNREAD, COLUMNS, Gender, Header, PeopleList, Person, Role
from congress.core.redact import excerpt
from congress.core.text import clean, fold, is_legacy_font, looks_legacy_encoded
from congress.errors import LegacyEncodingError, Problem, SpreadsheetError
from congress.i18n import t

# cell_text and parse_birth are re-exported: the tally reader reads its cells the same way
__all__ = [
    "HEADERS",
    "TOTAL_ROW",
    "cell_text",
    "column_key",
    "find_layout",
    "header_columns",
    "parse_birth",
    "read_people",
]

MAX_PROBLEMS = 30
LEGACY_SCAN_ROWS = 30

_BY_KEY = {key: name for name, keys in HEADERS.items() for key in keys}

# Totals are matched with their tones: "Tống" and "Công" are family names, "Tổng"/"Cộng" are not.
TOTAL_ROW = re.compile(r"^(tổng cộng|tổng số|tổng|cộng|tong cong|tong so)\b")
_SIGNATURE = re.compile(r"^(tm|t m|kt|nguoi lap|noi nhan)\b")
_PLACE_DATE = re.compile(r"\bngay( \d+)? thang( \d+)? nam( \d+)?$")
_NUMBERING = re.compile(r"^\(?\d+\)?$")
_SECTION = re.compile(r"^([IVXLC]+|[A-Z])[.)]\s")
_SECTION_NUMBER = re.compile(r"^([IVXLC]+|[A-Z])[.)]?$")


@dataclass
class Layout:
    """Where the header is and what each column holds."""

    header_row: int
    data_start: int
    columns: dict[str, int]
    headers: dict[int, str]
    gender_split: tuple[int, int] | None = None
    unrecognised: list[Header] = field(default_factory=list)

    @property
    def present(self) -> set[str]:
        """The columns of COLUMNS this list has (a Nam/Nữ split gives gender and birth)."""
        split = {"gender", "birth"} if self.gender_split is not None else set()
        female = {"gender"} if "female" in self.columns else set()
        return set(self.columns) | split | female


# The parameters that quote a cell: an error shows a short, masked excerpt (core.redact).
QUOTED = frozenset({"value", "sample"})


@dataclass
class _Collector:
    grid: Grid
    problems: list[Problem] = field(default_factory=list)

    def add(self, key: str, row: int, col: int, layout: Layout, **params: object) -> None:
        label = layout.headers.get(col, "")
        column = f"{Grid.column_name(col)} «{label}»" if label else Grid.column_name(col)
        quoted = {k: excerpt(v) if k in QUOTED else v for k, v in params.items()}
        self.problems.append(Problem(key, quoted, self.grid.source, row, column))


def column_key(value: Any, by_key: dict[str, str]) -> str | None:
    """The column a header cell names, ignoring case, diacritics, "(…)" and "*"; None if none."""
    key = cell_key(value)
    if phone_not_ethnicity(str(value or ""), key):
        return None
    if key in by_key:
        return by_key[key]
    stripped = cell_key(re.sub(r"\(.*?\)|\*", " ", str(value or "")))
    return by_key.get(stripped)


def header_columns(
    values: list[Any], by_key: dict[str, str]
) -> tuple[dict[str, int], dict[int, str]]:
    """The columns a row names (first occurrence wins) and each one's header text."""
    columns: dict[str, int] = {}
    headers: dict[int, str] = {}
    for col, value in enumerate(values):
        name = column_key(value, by_key) if value is not None else None
        if name and name not in columns:
            columns[name] = col
            headers[col] = clean(str(value))
    return columns, headers


def find_layout(grid: Grid) -> Layout | None:
    """The first row with a name column is the header; a Năm sinh over Nam/Nữ adds a sub-row
    (or, on the header row itself, «Nam» and «Nữ» columns hold the year)."""
    for position, (row_number, values) in enumerate(grid.rows):
        columns, headers = header_columns(values, _BY_KEY)
        if "name" not in columns:
            continue
        layout = Layout(row_number, position + 1, columns, headers)
        keys = [cell_key(v) for v in values]
        below = grid.rows[position + 1][1] if position + 1 < len(grid.rows) else []
        below_keys = [cell_key(v) for v in below]
        if "nam" in below_keys and "nu" in below_keys:
            _split(layout, below_keys)
            layout.data_start = position + 2
        elif "nam" in keys and "nu" in keys:
            _split(layout, keys)
        if "gender" in columns or layout.gender_split is not None:
            columns.pop("female", None)
        layout.unrecognised = _unrecognised(values, layout)
        return layout
    return None


def _split(layout: Layout, keys: list[str]) -> None:
    """Gender by column: the birth year is written under «Nam» or under «Nữ»."""
    male, female = keys.index("nam"), keys.index("nu")
    layout.gender_split = (male, female)
    layout.headers[male] = "Năm sinh › Nam"
    layout.headers[female] = "Năm sinh › Nữ"
    if layout.columns.get("birth") in (male, female):
        del layout.columns["birth"]


def _unrecognised(values: list[Any], layout: Layout) -> list[Header]:
    """The header cells that name no column the checker reads and no known column, with their
    column letters."""
    split = set(layout.gender_split or ())
    found = []
    for col, value in enumerate(values):
        text = cell_text(value)
        if not text or col in layout.headers or col in split:
            continue
        key = cell_key(value)
        known = is_known(key) or phone_not_ethnicity(text, key)
        if column_key(value, _BY_KEY) is None and not known:
            found.append(Header(Grid.column_name(col), text))
    return found


def _is_skippable(texts: list[str], name_col: int) -> bool:
    """Empty rows, rows of column numbers "(1) (2) …", section rows, a repeated header row
    (`texts`: the row's cells as `cell_text` reads them)."""
    filled = [v for v in texts if v]
    if not filled:
        return True
    if all(_NUMBERING.match(v) for v in filled):
        return True
    if len(filled) >= 2 and len(set(filled)) == 1:  # a section row merged across the table
        return True
    if len(filled) == 1 and _SECTION.match(filled[0]) and filled[0].isupper():  # "I. ĐẠI DIỆN …"
        return True
    name = texts[name_col]
    if (
        column_key(name, _BY_KEY) == "name"
    ):  # the second row of a two-row header, or a repeated header
        return True
    # "I" | "ĐẠI DIỆN CÁC TỔ CHỨC THÀNH VIÊN": a section number left of the name, nothing else
    before = [v for v in texts[:name_col] if v]
    return (
        bool(name)
        and len(before) == len(filled) - 1 > 0
        and all(map(_SECTION_NUMBER.match, before))
    )


def _is_end(values: list[Any], texts: list[str], name_col: int) -> bool:
    """A total row, or the place-and-date line or signature block under the table, ends the list."""
    head = values[: name_col + 1]
    if any(TOTAL_ROW.match(fold(text)) for text in texts[: name_col + 1]):
        return True
    if texts[name_col]:
        return any(_SIGNATURE.match(cell_key(value)) for value in head)
    keys = {cell_key(value) for value in values} - {""}
    if len(keys) == 1 and _PLACE_DATE.search(next(iter(keys))):
        return True
    return any(_SIGNATURE.match(key) for key in keys)


def read_people(path: Path, label: str) -> PeopleList:
    """Read the list at `path` (xlsx or csv); raise SpreadsheetError listing every bad cell.

    A list is read once per process while the file is unchanged (a district run reads each ward's
    lists for the checks and again for the documents); the result is immutable.
    """
    try:
        stat = path.stat()
    except OSError:
        return _read_people(path, label)
    return _read_people_cached(path, label, stat.st_mtime_ns, stat.st_size)


# a few lists: one ward reads each of its lists twice (checks, documents); a district worker
# goes through hundreds of wards and never comes back to one
@lru_cache(maxsize=16)
def _read_people_cached(path: Path, label: str, _mtime: int, _size: int) -> PeopleList:
    return _read_people(path, label)


def _read_people(path: Path, label: str) -> PeopleList:
    if path.is_file() and path.stat().st_size == 0:
        raise SpreadsheetError(Problem("list.empty_file", file=str(path)))
    grids = read_grids(path)
    for grid in grids:
        layout = find_layout(grid)
        if layout is not None:
            return _people(grid, layout, label)
    for grid in grids:  # a header typed in TCVN3/VNI ("Hä vµ tªn") is not recognised
        legacy = _legacy_cell(grid)
        if legacy is not None:
            raise LegacyEncodingError(legacy)
    if not any(cell_text(v) for grid in grids for _, row in grid.rows for v in row):
        raise SpreadsheetError(Problem("list.empty_file", file=str(path)))
    raise SpreadsheetError(Problem("sheet.no_name_column", file=str(path)))


def _legacy_cell(grid: Grid) -> Problem | None:
    """The first cell near the top typed in a legacy encoding (by its characters or its font)."""
    for row, values in grid.rows[:LEGACY_SCAN_ROWS]:
        for col, value in enumerate(values):
            text = value if isinstance(value, str) else ""
            legacy_font = (row, col) in grid.legacy_fonts and not clean(text).isascii()
            if legacy_font or looks_legacy_encoded(text):
                column = Grid.column_name(col)
                return Problem(
                    "sheet.legacy_encoding", {"sample": excerpt(text)}, grid.source, row, column
                )
    return None


def _people(grid: Grid, layout: Layout, label: str) -> PeopleList:
    out = _Collector(grid)
    people: list[Person] = []
    filled: set[str] = set()  # the columns some person has a value in
    name_col = layout.columns["name"]
    width = max(layout.headers, default=0) + 1
    for row_number, raw in grid.rows[layout.data_start :]:
        values = list(raw) + [None] * (width - len(raw))
        texts = [cell_text(v) for v in values]  # each cell cleaned once for the row's tests
        if _is_end(values, texts, name_col):
            break
        if _is_skippable(texts, name_col):
            continue
        person = _person(out, layout, row_number, values, texts)
        if person is not None:
            people.append(person)
            filled.update(name for name, col in layout.columns.items() if texts[col])
            if layout.gender_split and any(texts[c] for c in layout.gender_split):
                filled.update(("gender", "birth"))  # the year, under Nam or under Nữ
        if len(out.problems) > MAX_PROBLEMS:
            break
    legacy = [p for p in out.problems if p.key.startswith("sheet.legacy")]
    if legacy:
        raise LegacyEncodingError(*legacy[:3])
    if out.problems:
        raise SpreadsheetError(*out.problems)
    if not people:  # a header and nobody under it: never a list whose rules all pass
        raise SpreadsheetError(Problem("list.empty", {"row": layout.header_row}, file=grid.source))
    present = layout.present
    if "female" in filled:
        filled.add("gender")
    return PeopleList(
        label=label,
        source=grid.source,
        people=tuple(people),
        has_gender="gender" in present,
        has_status_column="status" in layout.columns,
        marks_mid_term="mid_term" in layout.columns or any(p.added_mid_term for p in people),
        missing=frozenset(COLUMNS) - present,
        blank=frozenset((present & BLANK_UNREAD) - filled),
        unrecognised=tuple(layout.unrecognised),
    )


def _cell(values: list[Any], layout: Layout, name: str) -> Any:
    col = layout.columns.get(name)
    return None if col is None else values[col]


def _person(out: _Collector, layout: Layout, row: int, values: list[Any], texts: list[str]) -> Person | None:  # fmt: skip
    cols = layout.columns  # `texts`: the row's cells as `cell_text` reads them
    raw_name = _cell(values, layout, "name")
    name = texts[cols["name"]]
    if not name:
        out.add("row.no_name", row, cols["name"], layout)
        return None
    font = out.grid.legacy_fonts.get((row, cols["name"]))
    if looks_legacy_encoded(str(raw_name)) or (
        font and not name.isascii() and is_legacy_font(font)
    ):
        out.add("sheet.legacy_encoding", row, cols["name"], layout, sample=name)
        return None
    fields: dict[str, Any] = {"name": name, "row": row}
    _birth_and_gender(out, layout, row, values, texts, fields)
    for key in ("ethnicity", "religion", "position", "representation", "note"):
        fields[key] = _text(texts, layout, key) or None
    _coded(out, layout, row, values, texts, fields)
    return Person(**fields)


def _text(texts: list[str], layout: Layout, name: str) -> str:
    return "" if (col := layout.columns.get(name)) is None else texts[col]


def _birth_and_gender(
    out: _Collector, layout: Layout, row: int, values: list[Any], texts: list[str], fields: dict[str, Any]
) -> None:  # fmt: skip
    birth_col = layout.columns.get("birth")
    if layout.gender_split is not None:
        male, female = layout.gender_split
        in_male, in_female = texts[male], texts[female]
        if in_male and in_female:
            out.add("cell.birth_both_genders", row, male, layout)
        elif in_male or in_female:
            birth_col = male if in_male else female
            fields["gender"] = Gender.MALE if in_male else Gender.FEMALE
    if birth_col is not None:
        parsed = parse_birth(values[birth_col])
        if parsed is None or not plausible_year(parsed[1]):
            out.add("cell.bad_birth", row, birth_col, layout, value=cell_text(values[birth_col]))
        else:
            fields["birth_date"], fields["birth_year"] = parsed
    if "female" in layout.columns and "gender" not in fields:
        value = cell_text(_cell(values, layout, "female"))
        flag = female_flag(_cell(values, layout, "female"))
        if flag is None:
            out.add("cell.bad_female", row, layout.columns["female"], layout, value=value)
        else:
            fields["gender"] = Gender.FEMALE if flag else Gender.MALE
    if "gender" in layout.columns and "gender" not in fields:
        value = cell_text(_cell(values, layout, "gender"))
        key = cell_key(value)
        if key in ("nam", "nu"):
            fields["gender"] = Gender.MALE if key == "nam" else Gender.FEMALE
        elif key:
            out.add("cell.bad_gender", row, layout.columns["gender"], layout, value=value)


def _coded(
    out: _Collector, layout: Layout, row: int, values: list[Any], texts: list[str], fields: dict[str, Any]
) -> None:  # fmt: skip
    cols = layout.columns
    party = party_flag(_cell(values, layout, "party"))
    if party is None:
        value = cell_text(_cell(values, layout, "party"))
        out.add("cell.bad_party", row, cols["party"], layout, value=value)
    else:
        fields["party_member"] = party
    role = _text(texts, layout, "role")
    if role:
        if cell_key(role) in ROLES:
            fields["role"] = ROLES[cell_key(role)]
        else:
            allowed = ", ".join(t(f"role.{r}", "vi") for r in Role)
            out.add("cell.bad_role", row, cols["role"], layout, value=role, allowed=allowed)
    status = _text(texts, layout, "status")
    if status:
        if cell_key(status) in STATUS:
            fields["stated_status"] = STATUS[cell_key(status)]
        else:
            out.add("cell.bad_status", row, cols["status"], layout, value=status)
    if "mid_term" not in cols:
        fields["added_mid_term"] = mid_term_note(fields.get("note"))
    elif (added := mid_term_flag(_cell(values, layout, "mid_term"))) is None:
        value = cell_text(_cell(values, layout, "mid_term"))
        out.add("cell.bad_mid_term", row, cols["mid_term"], layout, value=value)
    else:
        fields["added_mid_term"] = added
    identity = identity_number(_cell(values, layout, "identity"))
    if identity is False:
        value = cell_text(_cell(values, layout, "identity"))
        out.add("cell.bad_identity", row, cols["identity"], layout, value=value)
    elif identity:
        fields["identity_number"] = identity
