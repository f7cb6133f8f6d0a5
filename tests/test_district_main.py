"""Issue 15, the main process of `district run`: it competed with the two workers for the two
cores, reading each ward's record four times (each read re-checking the ward's history),
registering each new ward in a transaction of its own and reading each ward.yaml five times.

Now the run reads every ward's state once (`Store.ward_states`, one transaction), registers the
new wards together (`register_all`, one transaction, before any document), reads each ward.yaml
once, and takes each ward's type for the district's reports from its worker. Through the CLI,
with real worker processes (forked: what the main process does is counted in the main process
only), on real SQLite; the workbook's looks are those of before, cell by cell.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from congress.adapters import ward_folder
from congress.adapters.store import SqlStore
from tests.cli_helpers import run
from tests.test_district_registry import TODAY, _unit

pytestmark = pytest.mark.slow

PER_WARD_READS = (
    "get_ward",
    "register",
    "confirmations",
    "approvals",
    "exceptions",
    "acknowledgements",
    "documents",
    "history",
)


def _count(
    monkeypatch: pytest.MonkeyPatch,
    owner: Any,
    name: str,
    calls: Counter[str],
    key: Callable[..., str],
) -> None:
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[key(*args)] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def test_the_main_process_reads_every_ward_once_and_registers_the_new_ones_together(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in TODAY.items():
        monkeypatch.setenv(key, value)
    folder = tmp_path / "unit"
    slugs = _unit(folder, 5)
    store_calls: Counter[str] = Counter()
    for name in (*PER_WARD_READS, "ward_states", "register_all"):
        _count(monkeypatch, SqlStore, name, store_calls, lambda *a, name=name: name)
    yaml_reads: Counter[str] = Counter()
    _count(monkeypatch, ward_folder, "read_yaml", yaml_reads, str)

    result = run(capsys, "district", "run", str(folder), "--all-docs", "--workers", "2", "--json")

    assert result.code in (0, 1), result.err
    wards = result.json()["wards"]
    assert [w["slug"] for w in wards] == slugs
    assert all(len(w["documents"]) >= 12 and not w["problems"] for w in wards)
    # per ward: no read of its own; the states read before and after registering the new wards
    assert {k: store_calls[k] for k in PER_WARD_READS} == dict.fromkeys(PER_WARD_READS, 0)
    assert (store_calls["ward_states"], store_calls["register_all"]) == (2, 1)
    assert yaml_reads == {str(folder / "wards" / s / "ward.yaml"): 1 for s in slugs}
    with contextlib.closing(sqlite3.connect(folder / ".congress" / "state.db")) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM history ORDER BY id")]
    # every ward registered first, in one go; then each ward's documents
    assert kinds[: len(slugs)] == ["register"] * len(slugs)
    assert set(kinds[len(slugs) :]) == {"document"}

    again = run(capsys, "district", "run", str(folder), "--all-docs", "--workers", "2", "--json")
    assert again.code == result.code, again.err
    assert store_calls["register_all"] == 1  # every ward known: no write to register
    seen = [(w["slug"], w["stage"], w["state"], w["since"]) for w in again.json()["wards"]]
    assert seen == [(w["slug"], w["stage"], w["state"], w["since"]) for w in wards]


def test_the_workbook_keeps_each_cell_look_and_a_formula_like_name_stays_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The looks made once and copied: each ward row as the first one, the header and the totals
    bold, the names left, the figures centred with their number format; the one ward whose name
    a spreadsheet would read as a formula keeps `put`'s quote prefix, and only it."""
    for key, value in TODAY.items():
        monkeypatch.setenv(key, value)
    folder = tmp_path / "unit"
    slugs = _unit(folder, 4)
    ward = folder / "wards" / slugs[2] / "ward.yaml"
    hostile = '=HYPERLINK("http://x","Bấm")'
    text = ward.read_text(encoding="utf-8").replace(
        f"ward: Phường {slugs[2]}", f"ward: '{hostile}'"
    )
    ward.write_text(text, encoding="utf-8")

    result = run(capsys, "district", "run", str(folder), "--no-docs", "--workers", "2", "--json")

    assert result.code in (0, 1), result.err
    sheet = openpyxl.load_workbook(folder / result.json()["outputs"]["xlsx"]).worksheets[0]
    header, first, last = 4, 5, 5 + len(slugs)  # the header, the first ward, the totals

    def look(row: int, column: int) -> tuple[object, ...]:
        cell = sheet.cell(row=row, column=column)
        return (cell.font.name, cell.font.size, cell.font.b, cell.border.left.style,
                cell.border.bottom.style, cell.alignment.horizontal, cell.alignment.vertical,
                cell.alignment.wrap_text, cell.number_format)  # fmt: skip

    names = [sheet.cell(row=r, column=2).value for r in range(first, last)]
    assert hostile in names
    for column in range(1, 17):
        assert look(header, column)[:3] == ("Times New Roman", 12, True)
        assert look(last, column)[2] is True
        for row in range(first, last):
            assert look(row, column) == look(first, column), (row, column)
    assert look(first, 2)[5] == "left" and look(first, 7)[5] == "center"
    assert look(first, 8)[-1] == "0.00" and look(first, 7)[-1] == "0"
    prefixed = [r for r in range(header, last + 1) if sheet.cell(row=r, column=2).quotePrefix]
    assert prefixed == [first + names.index(hostile)]
