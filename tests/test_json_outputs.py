"""Every `--json` output: numbers are numbers, dates ISO; a display text only beside them.

The test walks the command tree: every command with a `--json` option must be run here (a new
one fails `test_every_json_command_is_walked` until it is added to RUNS).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click
import pytest

from congress.cli.main import cli
from tests.cli_helpers import run
from tests.workspace_helpers import walk_to

# Keys whose value is a display text for people: formatted numbers are expected there.
DISPLAY = {"text", "message", "hint", "title", "basis", "label", "mermaid", "note", "reason",
           "quote", "name", "where", "excerpt", "dest_label", "stage_label", "from_label",
           "to_label", "description", "problem", "svg", "heading", "headline"}  # fmt: skip
NUMBER_AS_TEXT = re.compile(r"^\s*-?\d[\d.]*,\d+\s*%?\s*$|^\s*-?\d+(\.\d+)?\s*%\s*$|^\d+/\d+$")
VN_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
DATE_KEY = re.compile(r"(^|_)(date|at|since|due|today|day)$")


def commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    ctx = click.Context(group)  # the top-level commands load when named (cli/lazy.py)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
        elif any(p.name == "as_json" for p in command.params):
            found.append((*path, name))
    return found


RUNS: dict[tuple[str, ...], list[str]] = {
    ("personnel", "check"): ["personnel", "check", "van-mieu", "-w", "{ws}", "--json"],
    ("ward", "status"): ["ward", "status", "-w", "{ws}", "--json"],
    ("ward", "check"): ["ward", "check", "van-mieu", "-w", "{ws}", "--json"],
    ("ward", "advance"): ["ward", "advance", "van-mieu", "start_drafts", "--by", "A", "-w", "{ws}",
                          "--json"],
    ("ward", "history"): ["ward", "history", "o-cho-dua", "-w", "{ws}", "--json"],
    ("ward", "reopen"): ["ward", "reopen", "o-cho-dua", "guidance", "--by", "A", "--reason", "R",
                         "-w", "{ws}", "--json"],
    ("workflow", "show"): ["workflow", "show", "-w", "{ws}", "--ward", "o-cho-dua", "--json"],
    ("docs", "render"): ["docs", "render", "o-cho-dua", "ke_hoach", "-w", "{ws}", "--json"],
    ("docs", "check"): ["docs", "check", "van-mieu", "-w", "{ws}", "--json"],
    ("docs", "draft"): ["docs", "draft", "o-cho-dua", "-w", "{ws}", "--json"],
    ("ward", "forms"): ["ward", "forms", "van-mieu", "-w", "{ws}", "--json"],
    ("docs", "lint"): ["docs", "lint", "-w", "{ws}", "--json"],
    ("tally", "check"): ["tally", "check", "o-cho-dua", "-w", "{ws}", "--json"],
    ("tally", "compare"): ["tally", "compare", "{ws}/wards/o-cho-dua/tally.yaml",
                           "{ws}/wards/o-cho-dua/tally-nhap-sai.yaml", "--json"],
    ("district", "status"): ["district", "status", "-w", "{ws}", "--json"],
    ("district", "run"): ["district", "run", "-w", "{ws}", "--no-docs", "--json"],
    ("doctor",): ["doctor", "-w", "{ws}", "--json"],
}  # fmt: skip


def test_every_json_command_is_walked() -> None:
    assert sorted(commands(cli)) == sorted(RUNS)


def bad_values(value: Any, path: str = "") -> list[str]:
    """Where a figure travels as text instead of a number, or a date not as ISO."""
    found = []
    key = path.rsplit("/", 1)[-1]
    if isinstance(value, dict):
        for k, v in value.items():
            found += bad_values(v, f"{path}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += bad_values(v, f"{path}/{i}")
    elif isinstance(value, str) and key not in DISPLAY:
        if NUMBER_AS_TEXT.match(value) or VN_DATE.search(value):
            found.append(f"{path}: {value!r}")
        elif DATE_KEY.search(key) and value:
            try:
                (datetime if "T" in value else date).fromisoformat(value)
            except ValueError:
                found.append(f"{path}: {value!r} is not an ISO date")
    return found


def test_the_detector_finds_what_it_looks_for() -> None:
    assert bad_values({"percent": "33,33", "at": "12/01/2024", "share": "60%"}) == [
        "/percent: '33,33'",
        "/at: '12/01/2024'",
        "/share: '60%'",
    ]
    assert bad_values({"at": "2024-01-12T08:00:00+07:00", "text": "34/55 (61,82%)"}) == []
    assert bad_values({"due": "mai"}) == ["/due: 'mai' is not an ISO date"]


def test_every_json_output_has_numbers_and_iso_dates(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONGRESS_TODAY", "2024-01-15")
    walk_to(capsys, ws, "o-cho-dua", "drafts")  # so that reopen has somewhere to go back to
    problems: list[str] = []
    for command, args in RUNS.items():
        result = run(capsys, *(a.format(ws=ws) for a in args))
        assert result.code in (0, 1), (command, result.err)
        problems += [f"{' '.join(command)}: {p}" for p in bad_values(result.json())]
    assert not problems, "\n".join(problems)


def test_a_share_is_count_of_and_a_display_text(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    tally = run(capsys, "tally", "o-cho-dua", "-w", str(ws), "--json").json()
    assert tally["results"]["presence"] == {
        "count": 128, "of": 135, "denominator": "convened", "percent": 94.81,
        "text": "128/135 (94,81%)",
    }  # fmt: skip
    drafts = run(capsys, "docs", "check", "van-mieu", "-w", str(ws), "--json").json()
    length = next(f for f in drafts["findings"] if f["rule"] == "report_length_max")
    assert isinstance(length["actual"]["pages"], float) and length["actual"]["text"] == "18,0"
    assert isinstance(length["actual"]["words"], int)
