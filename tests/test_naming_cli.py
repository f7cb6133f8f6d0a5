"""One way to name things: every command takes a ward by slug or name, from the workspace or -w."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli_helpers import run

NAMES = ["o-cho-dua", "Ô Chợ Dừa", "o cho dua", "Ô CHỢ DỪA", "O-CHO-DUA"]


@pytest.fixture
def inside(ws: Path) -> object:
    """Run the test from inside the workspace, as an officer who `cd`-ed into it."""
    before = Path.cwd()
    os.chdir(ws)
    yield ws
    os.chdir(before)


@pytest.mark.parametrize("name", NAMES)
def test_personnel_check_takes_a_ward_by_name_from_the_workspace(
    capsys: pytest.CaptureFixture[str], inside: Path, name: str
) -> None:
    result = run(capsys, "personnel", "check", name, "--json")
    assert result.code == 0, result.err
    assert result.json()["ok"] is True
    assert "thư mục của một phường" not in result.err


def test_personnel_check_takes_a_ward_by_name_with_w(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    by_name = run(capsys, "personnel", "check", "Văn Miếu", "-w", str(ws), "--json")
    by_path = run(capsys, "personnel", "check", str(ws / "wards" / "van-mieu"), "--json")
    assert by_name.code == by_path.code == 1  # van-mieu breaks two rules
    assert by_name.json()["findings"] == by_path.json()["findings"]


def test_an_unknown_ward_lists_the_wards(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "personnel", "check", "Bạch Mai", "-w", str(ws))
    assert result.code == 2
    assert "bach-mai" in result.err and "o-cho-dua" in result.err and "van-mieu" in result.err
    assert not (ws / ".congress").exists()  # naming a ward reads files only


def test_personnel_form_takes_a_ward_by_name(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "mau.xlsx"
    result = run(capsys, "personnel", "form", str(out), "--ward", "van mieu", "-w", str(ws))
    assert result.code == 0, result.err
    lists = load_workbook(out)
    text = " ".join(
        str(cell.value) for sheet in lists.worksheets for row in sheet.iter_rows() for cell in row
    )
    assert "Hội Cựu chiến binh" in text


@pytest.mark.parametrize(
    "args",
    [
        ("ward", "status", "{name}", "--json"),
        ("ward", "history", "{name}", "--json"),
        ("ward", "check", "{name}", "--json"),
        ("docs", "check", "{name}", "--json"),
        ("tally", "{name}", "--json"),
        ("tally", "check", "{name}", "--json"),
        ("workflow", "show", "--ward", "{name}", "--json"),
    ],
)
def test_every_ward_command_takes_the_name_with_w(
    capsys: pytest.CaptureFixture[str],
    ws: Path,
    args: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A read-only command registers nothing: an unregistered ward is shown as if registered at
    # the clock's moment, so both runs read one pinned clock.
    monkeypatch.setenv("CONGRESS_NOW", "2024-01-02T09:00")
    outputs = []
    for name in ("o-cho-dua", "ô chợ dừa"):
        line = [a.format(name=name) for a in args]
        result = run(capsys, *line, "-w", str(ws))
        assert result.code in (0, 1), result.err
        outputs.append(result.json())
    for output in outputs:
        output.pop("history", None)  # the first run registers the ward: one more row after
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("command", ["status", "run"])
def test_district_takes_w_like_every_command(
    capsys: pytest.CaptureFixture[str], ws: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONGRESS_NOW", "2024-01-02T09:00")  # `status` registers nothing
    extra = ["--no-docs"] if command == "run" else []
    with_w = run(capsys, "district", command, "-w", str(ws), *extra, "--json")
    positional = run(capsys, "district", command, str(ws), *extra, "--json")
    assert with_w.code == positional.code
    assert [w["slug"] for w in with_w.json()["wards"]] == ["o-cho-dua", "van-mieu"]
    assert with_w.json()["wards"] == positional.json()["wards"]


def test_district_from_inside_the_workspace(
    capsys: pytest.CaptureFixture[str], inside: Path
) -> None:
    result = run(capsys, "district", "status", "--json")
    assert [w["slug"] for w in result.json()["wards"]] == ["o-cho-dua", "van-mieu"]
