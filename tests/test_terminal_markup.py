"""User text reaches the terminal as typed: rich never reads it as markup (issue 14, point 1).

Through the CLI: an actor, a note and a person's name holding `[...]` are shown literally and
nothing crashes, then or later. Over the source: every console comes from
`congress.cli.term.make_console`, and what congress/cli/ prints or puts in a table goes through
`plain` (or is a rich object), never a bare f-string, `t(...)`, attribute or concatenation.
"""

from __future__ import annotations

import ast
from pathlib import Path

import openpyxl
import pytest

from congress.cli import render_ward
from tests.cli_helpers import ROOT, run
from tests.workspace_helpers import cli, ok

CLI = ROOT / "congress" / "cli"
ACTOR = "Trần [/b] Bình"
NOTE = "Đã gửi [kèm công văn số 5]"
CONFIRMER = "Lê [bold]Hoa :warning:"
PERSON = "Nguyễn [/] Văn An"
ITEMS = ("plan_issued", "subcommittees_formed", "training_attended")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """The module's own console (as the CLI makes it), as wide as a wide terminal."""
    monkeypatch.setattr(render_ward.console, "width", 250)


@pytest.mark.usefixtures("wide")
def test_actor_and_note_with_brackets(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    slug = "o-cho-dua"
    for item in ITEMS:
        ok(capsys, ws, "ward", "confirm", slug, item, "--by", CONFIRMER)
    moved = cli(capsys, ws, "ward", "advance", slug, "start_drafts", "--by", ACTOR, "--note", NOTE)
    assert moved.code == 0, (moved.out, moved.err)
    assert "Traceback" not in moved.out + moved.err
    assert ACTOR in moved.out
    history = ok(capsys, ws, "ward", "history", slug)
    for text in (ACTOR, NOTE, CONFIRMER):
        assert text in history.out
    status = ok(capsys, ws, "ward", "status")
    assert ACTOR in flat(status.out)
    ok(capsys, ws, "ward", "status", "van-mieu")
    district = run(capsys, "district", "status", str(ws))
    assert district.code in (0, 1), (district.out, district.err)
    assert "Traceback" not in district.out + district.err


def test_person_name_with_brackets(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    path = ws / "wards" / "o-cho-dua" / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "Nguyễn Thị Xuân")
    cell.value = PERSON
    book.save(path)
    result = run(capsys, "personnel", "check", str(ws / "wards" / "o-cho-dua"), "--people")
    assert result.code in (0, 1), (result.out, result.err)
    assert "Traceback" not in result.out + result.err
    assert PERSON in result.out


# -- the source: no markup-parsed string from congress/cli/ ------------------------------------

# Calls whose arguments rich renders: console.print(...), table.add_row(...), Table(title=, caption=).
RENDERED_KEYWORDS = {"title", "caption"}
# A call to one of these builds a rich object that is not parsed as markup.
SAFE_CALLS = {
    "plain",
    "Text",
    "Table",
    "_mark",
    "_share",
    "_verdict",
    "verdict",
}  # these return Text


def _rendered_args(call: ast.Call) -> list[ast.expr]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    owner = func.value if isinstance(func, ast.Attribute) else None
    if name == "print" and isinstance(owner, ast.Name) and owner.id == "console":
        return list(call.args)
    if name == "add_row":
        return [a.value if isinstance(a, ast.Starred) else a for a in call.args]
    if name in ("Table", "Panel"):
        return [k.value for k in call.keywords if k.arg in RENDERED_KEYWORDS]
    return []


def _unsafe(arg: ast.expr) -> bool:
    """A string rich would parse: anything but a variable, a constant or a safe builder call."""
    if isinstance(arg, ast.Name | ast.Constant):
        return False
    if isinstance(arg, ast.Call):
        func = arg.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name not in SAFE_CALLS and not name.endswith("_table")
    return True


def unsafe_renders(source: str) -> list[int]:
    """Lines where a print, a table row, title or caption gets text not wrapped by `plain`."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            lines += [node.lineno for a in _rendered_args(node) if _unsafe(a)]
    return lines


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_cli_renders_only_plain_text(path: Path) -> None:
    assert unsafe_renders(path.read_text(encoding="utf-8")) == [], (
        f"{path.name}: wrap user text in congress.cli.term.plain(...) before rich sees it"
    )


def test_every_console_is_made_by_make_console() -> None:
    makers = [
        p.relative_to(ROOT)
        for p in (ROOT / "congress").rglob("*.py")
        if "Console(" in p.read_text(encoding="utf-8") and p.name != "term.py"
    ]
    assert makers == []


@pytest.mark.parametrize(
    "source",
    [
        'console.print(f"{ward.name} đã chuyển")',
        'console.print(t("ui.moved", ward=name), style="bold")',
        "table.add_row(person.name, plain(x))",
        'table.add_row(*cells, "a" + b)',
        'Table(title=t("ui.history_title", ward=w))',
        "Table(caption=caption + extra)",
    ],
)
def test_the_scan_catches(source: str) -> None:
    assert unsafe_renders(source) == [1]


def test_the_scan_passes() -> None:
    source = (
        "console.print(plain(f'{x}'), Text(y))\ntable.add_row(plain(a), line, findings_table(f))"
    )
    assert unsafe_renders(source) == []


@pytest.mark.usefixtures("wide")
def test_bidi_controls_in_an_argument_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    slug = "o-cho-dua"
    for item in ITEMS:
        ok(capsys, ws, "ward", "confirm", slug, item, "--by", "Trần\u202eBình")
    history = ok(capsys, ws, "ward", "history", slug)
    assert "TrầnBình" in history.out and "\u202e" not in history.out
