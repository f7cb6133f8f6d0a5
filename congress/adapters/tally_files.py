"""The counting board's figures: `tally.yaml`, and a ballot's candidate table (.xlsx / .csv).

A ballot lists its candidates in the YAML file, or names a spreadsheet (`candidates_file`,
relative to the tally file) with the columns Họ và tên, Ngày sinh or Năm sinh, Số phiếu. Headers
are found as in the lists of people (title rows above, any case, with or without diacritics).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress.adapters.people_reader import TOTAL_ROW, cell_text, header_columns, parse_birth
from congress.adapters.tables import Grid, read_grids
from congress.adapters.yaml_files import Tree, line_of, read_yaml, validation_error
from congress.core.tally import Ballot, Candidate, TallyFile
from congress.core.text import fold, header_key
from congress.errors import ConfigError, Problem, SpreadsheetError
from congress.i18n import t

MAX_PROBLEMS = 30

HEADERS: dict[str, set[str]] = {
    "name": {"ho va ten", "ho ten", "ho va ten nguoi ung cu", "ho ten nguoi ung cu", "ung cu vien"},
    "birth": {"ngay sinh", "nam sinh", "ngay thang nam sinh", "sinh ngay", "ngay thang sinh"},
    "votes": {
        "so phieu",
        "so phieu bau",
        "so phieu dong y",
        "so phieu tan thanh",
        "so phieu dat duoc",
        "so phieu bau cho",
    },
}
_BY_KEY = {key: name for name, keys in HEADERS.items() for key in keys}
_NUMBERING = re.compile(r"^\(?\d+\)?$")
_SIGNATURE = re.compile(r"^(tm|t m|kt|nguoi lap|noi nhan|to kiem phieu|truong ban kiem phieu)\b")
_DIGITS = re.compile(r"^\d+$")


def load_tally(path: Path) -> TallyFile:
    """`tally.yaml` at `path`, each ballot's `candidates_file` read into its candidates."""
    data, node = read_yaml(path)
    if isinstance(data, dict):  # the first meeting's section is read by first_meeting_files
        data = {k: v for k, v in data.items() if k != "first_meeting"}
    try:
        tally = TallyFile.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, path, node, TallyFile) from exc
    if not any(b.candidates_file for b in tally.ballots):
        return tally
    ballots = [_with_file(path, node, i, b) for i, b in enumerate(tally.ballots)]
    return tally.model_copy(update={"ballots": ballots})


def candidate_files(path: Path, tally: TallyFile) -> list[Path]:
    """The candidate tables a tally file names (for the hash of a decision's inputs)."""
    return [path.parent / b.candidates_file for b in tally.ballots if b.candidates_file]


def _with_file(path: Path, node: Tree, index: int, ballot: Ballot) -> Ballot:
    if not ballot.candidates_file:
        return ballot
    loc = ("ballots", index, "candidates_file")

    def at_key(key: str, **params: object) -> ConfigError:
        reason = t(key, None, **params)
        return ConfigError(
            Problem(
                "config.key",
                {"key": ".".join(map(str, loc)), "reason": reason},
                file=str(path),
                row=line_of(node, loc),
            )
        )

    if ballot.candidates:
        raise at_key("tally.candidates_twice")
    source = path.parent / ballot.candidates_file
    if not source.is_file():
        raise at_key("tally.candidates_file_missing", file=source)
    return ballot.model_copy(update={"candidates": read_candidates(source)})


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
        self.found.append(Problem(key, params, self.grid.source, row, column))


def _layout(grid: Grid) -> _Layout | None:
    """The first row holding both a name and a votes column is the header."""
    for position, (_, values) in enumerate(grid.rows):
        columns, headers = header_columns(values, _BY_KEY)
        if "name" in columns and "votes" in columns:
            return _Layout(columns, headers, position + 1)
    return None


def read_candidates(path: Path) -> list[Candidate]:
    """The candidates of one ballot and their votes; SpreadsheetError listing every bad cell."""
    grids = read_grids(path)
    for grid in grids:
        layout = _layout(grid)
        if layout is not None:
            return _candidates(grid, layout)
    raise SpreadsheetError(Problem("tally.no_columns", file=str(path)))


def _ends(texts: list[str]) -> bool:
    """A total row, or the signature block under the table, ends the list."""
    filled = [v for v in texts if v]
    if not filled:
        return False
    return bool(TOTAL_ROW.match(fold(filled[0])) or _SIGNATURE.match(header_key(filled[0])))


def _candidates(grid: Grid, layout: _Layout) -> list[Candidate]:
    out = _Problems(grid, layout)
    found: list[Candidate] = []
    width = max(layout.headers, default=0) + 1
    for row, raw in grid.rows[layout.data_start :]:
        values = list(raw) + [None] * (width - len(raw))
        texts = [cell_text(v) for v in values]
        if _ends(texts):
            break
        filled = [v for v in texts if v]
        if not filled or all(_NUMBERING.match(v) for v in filled):
            continue
        candidate = _candidate(out, row, values)
        if candidate is not None:
            found.append(candidate)
        if len(out.found) > MAX_PROBLEMS:
            break
    if out.found:
        raise SpreadsheetError(*out.found)
    return found


def _candidate(out: _Problems, row: int, values: list[Any]) -> Candidate | None:
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
    votes = _votes(values[cols["votes"]])
    if votes is None:
        out.add("tally.bad_votes", row, cols["votes"], value=cell_text(values[cols["votes"]]))
        return None
    return Candidate(votes=votes, **fields)


def _votes(value: Any) -> int | None:
    """A whole number of votes, 0 or more; None when the cell holds anything else (or nothing)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = cell_text(value)
    return int(text) if _DIGITS.match(text) else None
