"""Reading the count's entry form (`kiem-phieu.xlsx`, see `tally_form`) into a `TallyFile`.

`read_entry` finds each section of an entry sheet by its title in column A, its figures by their
labels, its table by its header row; it gives the same `TallyFile` as `tally.yaml`, with the cell
of every figure (so a difference between the two entries names its cells), or a
`SpreadsheetError` naming the sheet, the row, the column and what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress.adapters.form_book import (
    Col,
    Problems,
    check_merged,
    convert,
    find_sheet,
    header_map,
    open_book,
    require_sheets,
    text_of,
)
from congress.adapters.limits import letters
from congress.adapters.people_cells import parse_birth
from congress.adapters.sheet_read import Sheet
from congress.adapters.tally_form import (
    CHOICE_FIELDS,
    ENTRIES,
    METHODS,
    OPENING,
    ROLES,
    SECTIONS,
    Section,
)
from congress.adapters.yaml_files import _reason
from congress.core.tally import TallyFile
from congress.core.text import header_key
from congress.errors import Problem
from congress.i18n import t

# -- reading ----------------------------------------------------------------------------------


@dataclass
class _Read:
    fields: dict[str, tuple[Any, int]]
    rows: list[tuple[int, dict[str, Any], dict[str, int]]]


def _sections(sheet: Sheet, out: Problems) -> dict[str, _Read]:
    titles = {header_key(s.title): s for s in SECTIONS}
    starts: list[tuple[int, Section]] = []
    for r in range(1, sheet.max_row + 1):
        s = titles.get(header_key(text_of(sheet.value(r, 1))))
        if s is not None:
            starts.append((r, s))
    found = {s.key for _, s in starts}
    for s in SECTIONS:
        if s.key not in found:
            out.add("form.missing_section", sheet.title, None, 1, section=s.title)
    out.raise_if_any()
    read: dict[str, _Read] = {}
    for index, (start, s) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else sheet.max_row + 1
        read[s.key] = _section(sheet, s, start + 1, end, out)
    return read


def _section(sheet: Sheet, s: Section, start: int, end: int, out: Problems) -> _Read:
    labels = {header_key(label): (key, kind) for key, label, kind in s.fields}
    first_header = header_key(s.table[0].header) if s.table else None
    fields: dict[str, tuple[Any, int]] = {}
    header = None
    for r in range(start, end):
        a = header_key(text_of(sheet.value(r, 1)))
        if first_header is not None and a == first_header:
            header = r
            break
        if a in labels:
            key, kind = labels[a]
            col = Col(
                key,
                text_of(sheet.value(r, 1)),
                kind=kind,  # type: ignore[arg-type]
                choices=tuple(METHODS.values()) if key == "method" else (),
            )
            fields[key] = (
                convert(sheet.value(r, 2), col, out, sheet.title, r, 2),
                r,
            )
    for key, label, _ in s.fields:
        if key not in fields:
            out.add("form.missing_label", sheet.title, None, 1, label=f"{s.title} › {label}")
    rows: list[tuple[int, dict[str, Any], dict[str, int]]] = []
    if s.table and header is None:
        out.add("form.missing_column", sheet.title, None, 1, column=s.table[0].header, unknown="")
    elif s.table and header is not None:
        where = header_map(sheet, s.table, header, out) or {}
        for r in range(header + 1, end) if where else ():
            raw = {c.key: sheet.value(r, where[c.key]) for c in s.table}
            if all(text_of(v) == "" for v in raw.values()):
                continue
            values = {
                c.key: _value(raw[c.key], c, out, sheet.title, r, where[c.key]) for c in s.table
            }
            rows.append((r, values, where))
    return _Read(fields, rows)


def _value(raw: Any, c: Col, out: Problems, sheet: str, row: int, col: int) -> Any:
    if c.key != "birth":
        return convert(raw, c, out, sheet, row, col)
    parsed = parse_birth(raw)
    if parsed is None or not (parsed[1] is None or 1900 <= parsed[1] <= 2100):
        out.add("cell.bad_birth", sheet, row, col, c.header, shown=text_of(raw))
        return None
    return parsed


def read_entry(path: Path, index: int) -> TallyFile | None:
    """Entry `index` (0 or 1) of the form; None when that sheet holds no figure at all."""
    book = open_book(path)
    out = Problems(path)
    require_sheets(book, ENTRIES, out)
    sheet = find_sheet(book, ENTRIES[index])
    assert sheet is not None
    check_merged(sheet, out)
    out.raise_if_any()
    read = _sections(sheet, out)
    out.raise_if_any()
    cells: dict[str, str] = {}
    data = _assemble(read, sheet.title, cells)
    if not data.pop("_filled"):
        return None
    try:
        tally = TallyFile.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = ".".join(str(p) for p in error["loc"])
            key, params = _reason(error, TallyFile)
            cell = _nearest(cells, loc)
            out.found.append(_problem(out, sheet.title, cell, loc, t(key, None, **params)))
        out.raise_if_any()
        raise
    return tally.with_cells(cells)


def _nearest(cells: dict[str, str], loc: str) -> str | None:
    parts = loc.split(".")
    while parts:
        found = cells.get(".".join(parts))
        if found:
            return found
        parts.pop()
    return None


def _problem(out: Problems, sheet: str, cell: str | None, loc: str, reason: str) -> Any:
    row = int("".join(ch for ch in cell.split()[-1] if ch.isdigit())) if cell else None
    return Problem("form.invalid", {"field": loc, "reason": reason}, out.where(sheet), row,
                   cell.split()[-1].rstrip("0123456789") if cell else None)  # fmt: skip


def _assemble(read: dict[str, _Read], sheet: str, cells: dict[str, str]) -> dict[str, Any]:
    """The nested data of a TallyFile, and the cell of each figure by its dotted place."""
    filled = False

    def field(section: str, key: str, loc: str) -> Any:
        nonlocal filled
        value, row = read[section].fields.get(key, (None, 0))
        if row:
            cells[loc] = f"«{sheet}» B{row}"
        if isinstance(value, int):
            filled = True
        return value

    def table(section: str, loc: str, keep: Sequence[str]) -> list[dict[str, Any]]:
        nonlocal filled
        items: list[dict[str, Any]] = []
        for row, values, where in read[section].rows:
            if not any(
                isinstance(values.get(k), int) or (k == "name" and values.get(k)) for k in keep
            ):
                continue
            filled = True
            index = len(items)
            cells[f"{loc}.{index}"] = f"«{sheet}» A{row}"
            for key, col in where.items():
                target = {"birth": "birth_year"}.get(key, key)
                cells[f"{loc}.{index}.{target}"] = f"«{sheet}» {letters(col)}{row}"
            items.append(values)
        return items

    data: dict[str, Any] = {}
    for key in ("ward", "date", "ordinal"):
        data[key] = field("general", key, key) or None
    board = field("general", "counting_board", "counting_board") or ""
    data["counting_board"] = [n.strip() for n in board.split(",") if n.strip()]
    data["delegates"] = {
        k: field("delegates", k, f"delegates.{k}") for k in ("convened", "present")
    }
    absent = table("delegates", "delegates.absent", ("count", "name"))
    data["delegates"]["absent"] = [
        {k: v for k, v in a.items() if v not in (None, "")} for a in absent
    ]
    items = table("votes", "items", ("in_favour", "against", "not_voting"))
    for item in items:  # «Đoàn Chủ tịch» or «presidium»: the same opening vote
        item["id"] = _OPENING_BY_NAME.get(header_key(item.get("id") or ""), item.get("id"))
    for key in OPENING:
        found = [i for i in items if (i.get("id") or "") == key]
        data[key] = (
            {k: found[0][k] for k in ("in_favour", "against", "not_voting")} if found else None
        )
    data["items"] = [i for i in items if (i.get("id") or "") not in OPENING]
    _renumber(cells, "items", [i for i in items], OPENING)
    data["committee"] = _choice(read, "committee", "committee", field, table)
    official = _choice(read, "official", "delegation.official", field, table)
    alternate = _choice(read, "alternate", "delegation.alternate", field, table)
    name = field("official", "delegation", "delegation.name")
    data["delegation"] = ({"name": name or None, "official": official, "alternate": alternate}
                          if official or alternate else None)  # fmt: skip
    standing = _choice(read, "first_meeting", "first_meeting.standing", field, table)
    meeting = {k: field("first_meeting", k, f"first_meeting.{k}")
               for k in ("date", "members", "present", "secretary")}  # fmt: skip
    if standing or any(isinstance(v, int) for v in meeting.values()):
        data["first_meeting"] = {**{k: v for k, v in meeting.items() if v not in (None, "")},
                                 "standing": standing}  # fmt: skip
    data["_filled"] = filled
    return data


_OPENING_BY_NAME = {
    header_key(name): key
    for key, label in OPENING.items()
    for name in (key, label, label.removeprefix("Thông qua "))
}


def _renumber(cells: dict[str, str], loc: str, items: list[dict[str, Any]], skip: Any) -> None:
    """The items' cells were numbered with the opening votes among them: number them as the
    file's `items` list is (and give the opening votes their own place)."""
    moved = {}
    index = 0
    for old, item in enumerate(items):
        prefix = f"{loc}.{old}"
        key = item.get("id") or ""
        new = key if key in skip else f"{loc}.{index}"
        index += key not in skip
        for k in [k for k in cells if k == prefix or k.startswith(prefix + ".")]:
            moved[new + k[len(prefix) :]] = cells.pop(k)
    cells.update(moved)


def _choice(read: dict[str, _Read], section: str, loc: str, field: Any, table: Any) -> Any:
    values = {k: field(section, k, f"{loc}.{k}") for k, _, _ in CHOICE_FIELDS}
    for k in ("issued", "collected", "valid", "invalid"):
        if values[k] is not None:
            cells_key = f"{loc}.ballots.{k}"
            field(section, k, cells_key)
    people = table(section, f"{loc}.people", ("approvals", "disapprovals"))
    if not people and not any(isinstance(v, int) for v in values.values()):
        return None
    by_method = {label: key for key, label in METHODS.items()}
    by_role = {label: key for key, label in ROLES.items()}
    ballots = {k: values[k] for k in ("issued", "collected", "valid", "invalid")}
    choice: dict[str, Any] = {
        "planned": values["planned"],
        "method": by_method.get(values["method"] or "", "hands"),
        "ballots": ballots if any(v is not None for v in ballots.values()) else None,
        "vacancies": values["vacancies"],
        "people": [_nominee(p, by_role) for p in people],
    }
    name = read[section].fields.get("name", (None, 0))[0]
    if name:
        choice["name"] = name
    return choice


def _nominee(p: dict[str, Any], by_role: dict[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {"name": p["name"], "approvals": p["approvals"]}
    if p.get("disapprovals") is not None:
        found["disapprovals"] = p["disapprovals"]
    born = p.get("birth")
    if born:
        day, year = born
        if day is not None:
            found["birth_date"] = day
        elif year is not None:
            found["birth_year"] = year
    if p.get("role"):
        found["role"] = by_role[p["role"]]
    return found
