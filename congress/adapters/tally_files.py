"""The count of a ward congress: `tally.yaml`, and a list's approvals table (.xlsx / .csv).

A list (``committee``, ``delegation.official``, ``delegation.alternate``,
``first_meeting.standing``) gives its people in the YAML file, or names a spreadsheet
(`people_file`, relative to the tally file) with the columns Họ và tên, Ngày sinh or Năm sinh,
Tán thành and (optionally) Không tán thành. Headers are found as in the lists of people (title
rows above, any case, with or without diacritics).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress.adapters import limits
from congress.adapters.files import confined
from congress.adapters.people_reader import (
    QUOTED,
    TOTAL_ROW,
    cell_text,
    header_columns,
    parse_birth,
)
from congress.adapters.tables import Grid, read_grids
from congress.adapters.yaml_files import Tree, line_of, read_yaml, validation_error
from congress.core.redact import excerpt
from congress.core.tally import Choice, Nominee, TallyFile
from congress.core.text import fold, header_key
from congress.errors import ConfigError, Problem, SpreadsheetError
from congress.i18n import t

MAX_PROBLEMS = 30

HEADERS: dict[str, set[str]] = {
    "name": {"ho va ten", "ho ten"},
    "birth": {"ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay", "ngay thang sinh"},
    "approvals": {"tan thanh", "so tan thanh", "so phieu tan thanh", "so dai bieu tan thanh"},
    "disapprovals": {
        "khong tan thanh",
        "so khong tan thanh",
        "so phieu khong tan thanh",
        "so dai bieu khong tan thanh",
    },
}
_BY_KEY = {key: name for name, keys in HEADERS.items() for key in keys}
_NUMBERING = re.compile(r"^\(?\d+\)?$")
_SIGNATURE = re.compile(r"^(tm|t m|kt|nguoi lap|noi nhan|to kiem phieu|truong ban kiem phieu)\b")
_DIGITS = re.compile(r"^\d+$")

# Where each list that may name a `people_file` sits in the file.
_LISTS: tuple[tuple[str, ...], ...] = (
    ("committee",),
    ("delegation", "official"),
    ("delegation", "alternate"),
    ("first_meeting", "standing"),
)


def load_tally(path: Path, roots: Sequence[Path] | None = None) -> TallyFile:
    """`tally.yaml` at `path`, each list's `people_file` read into its people; a people_file
    must lie inside `roots` (by default the tally file's folder), symlinks followed."""
    data, node = read_yaml(path)
    try:
        tally = TallyFile.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, path, node, TallyFile) from exc
    for loc in _LISTS:
        choice = _get(tally, loc)
        if choice is not None and choice.people_file:
            found = _with_file(path, node, loc, choice, roots or [path.parent])
            tally = _put(tally, loc, found)
    return tally


def _get(tally: Any, loc: tuple[str, ...]) -> Choice | None:
    current = tally
    for key in loc:
        current = getattr(current, key, None) if current is not None else None
    return current if isinstance(current, Choice) else None


def _put(model: Any, loc: tuple[str, ...], value: Any) -> Any:
    if len(loc) == 1:
        return model.model_copy(update={loc[0]: value})
    inner = getattr(model, loc[0])
    return model.model_copy(update={loc[0]: _put(inner, loc[1:], value)})


def people_files(path: Path, tally: TallyFile) -> list[Path]:
    """The approvals tables a tally file names (for the hash of a decision's inputs)."""
    found = [_get(tally, loc) for loc in _LISTS]
    return [path.parent / c.people_file for c in found if c is not None and c.people_file]


def _with_file(
    path: Path, node: Tree, loc: tuple[str, ...], choice: Choice, roots: Sequence[Path]
) -> Choice:
    where = (*loc, "people_file")

    def at_key(key: str, **params: object) -> ConfigError:
        reason = t(key, None, **params)
        return ConfigError(
            Problem(
                "config.key",
                {"key": ".".join(where), "reason": reason},
                file=str(path),
                row=line_of(node, where),
            )
        )

    if choice.people:
        raise at_key("tally.people_twice")
    limits.check_name(str(choice.people_file), source=path, key=".".join(where))
    source = confined(path.parent, str(choice.people_file), roots, source=path, key=".".join(where))
    if not source.is_file():
        raise at_key("tally.people_file_missing", file=source)
    return choice.model_copy(update={"people": read_people(source)})


@dataclass
class _Layout:
    columns: dict[str, int]
    headers: dict[int, str]
    data_start: int


@dataclass
class _Problems:
    grid: Grid
    layout: _Layout
    found: list[Problem] = field(default_factory=list)

    def add(self, key: str, row: int, col: int, **params: object) -> None:
        label = self.layout.headers.get(col, "")
        column = f"{Grid.column_name(col)} «{label}»" if label else Grid.column_name(col)
        quoted = {k: excerpt(v) if k in QUOTED else v for k, v in params.items()}
        self.found.append(Problem(key, quoted, self.grid.source, row, column))


def _layout(grid: Grid) -> _Layout | None:
    """The first row holding both a name and an approvals column is the header."""
    for position, (_, values) in enumerate(grid.rows):
        columns, headers = header_columns(values, _BY_KEY)
        if "name" in columns and "approvals" in columns:
            return _Layout(columns, headers, position + 1)
    return None


def read_people(path: Path) -> list[Nominee]:
    """The people of one list and their approvals; SpreadsheetError listing every bad cell."""
    grids = read_grids(path)
    for grid in grids:
        layout = _layout(grid)
        if layout is not None:
            return _people(grid, layout)
    raise SpreadsheetError(Problem("tally.no_columns", file=str(path)))


def _ends(texts: list[str]) -> bool:
    """A total row, or the signature block under the table, ends the list."""
    filled = [v for v in texts if v]
    if not filled:
        return False
    return bool(TOTAL_ROW.match(fold(filled[0])) or _SIGNATURE.match(header_key(filled[0])))


def _people(grid: Grid, layout: _Layout) -> list[Nominee]:
    out = _Problems(grid, layout)
    found: list[Nominee] = []
    width = max(layout.headers, default=0) + 1
    for row, raw in grid.rows[layout.data_start :]:
        values = list(raw) + [None] * (width - len(raw))
        texts = [cell_text(v) for v in values]
        if _ends(texts):
            break
        filled = [v for v in texts if v]
        if not filled or all(_NUMBERING.match(v) for v in filled):
            continue
        person = _person(out, row, values)
        if person is not None:
            found.append(person)
        if len(out.found) > MAX_PROBLEMS:
            break
    if out.found:
        raise SpreadsheetError(*out.found)
    return found


def _person(out: _Problems, row: int, values: list[Any]) -> Nominee | None:
    cols = out.layout.columns
    name = cell_text(values[cols["name"]])
    if not name:
        out.add("row.no_name", row, cols["name"])
        return None
    fields: dict[str, Any] = {"name": name}
    if "birth" in cols:
        raw = values[cols["birth"]]
        parsed = parse_birth(raw)
        if parsed is None or not (parsed[1] is None or 1900 <= parsed[1] <= 2100):
            out.add("cell.bad_birth", row, cols["birth"], value=cell_text(raw))
        else:
            fields["birth_date"], fields["birth_year"] = parsed
    for key in ("approvals", "disapprovals"):
        if key not in cols:
            continue
        raw = values[cols[key]]
        if key == "disapprovals" and not cell_text(raw):
            continue
        count = _count(raw)
        if count is None:
            out.add("tally.bad_count", row, cols[key], value=cell_text(raw))
            return None
        fields[key] = count
    return Nominee(**fields)


def _count(value: Any) -> int | None:
    """A whole number, 0 or more; None when the cell holds anything else (or nothing)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = cell_text(value)
    return int(text) if _DIGITS.match(text) else None
