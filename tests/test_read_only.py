"""Commands that only read never create state (issue 12): no `.congress/state.db`, no file at all,
whether the workspace has a database or not, and a read-only workspace can run them. The file
system is compared after each command (names, sizes, modification times)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_helpers import run

WARD = "o-cho-dua"
READ_ONLY = [
    ("ward", "status"),
    ("ward", "status", WARD),
    ("ward", "history", WARD),
    ("ward", "check", WARD),
    ("tally", WARD),
    ("docs", "check", WARD),
    ("workflow", "show", "--ward", WARD),
]


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
    }


def _commands(ws: Path) -> Iterator[tuple[str, ...]]:
    for args in READ_ONLY:
        yield (*args, "-w", str(ws))
    yield ("district", "status", str(ws))
    yield ("personnel", "check", str(ws / "wards" / WARD))


def test_read_only_commands_create_no_database_and_show_the_first_stage(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    assert not (ws / ".congress").exists()
    before = _tree(ws)
    for args in _commands(ws):
        result = run(capsys, *args)
        assert result.code in (0, 1), (args, result.err)
        assert "Traceback" not in result.err
        assert _tree(ws) == before, f"`congress {' '.join(args)}` changed the workspace"
    assert not (ws / ".congress").exists()
    status = run(capsys, "ward", "status", WARD, "-w", str(ws), "--json").json()
    assert [w["stage"] for w in status["wards"]] == ["guidance"]
    history = run(capsys, "ward", "history", WARD, "-w", str(ws), "--json").json()["history"]
    assert [row["kind"] for row in history] == ["register"]


def _make_read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _make_writable(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_a_read_only_workspace_with_its_database_can_be_looked_at(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """`chmod -R a-w`: status, history, the count and the personnel check still run, read the
    recorded state, and leave no file behind (no -wal/-shm beside the database)."""
    confirm = ("ward", "confirm", WARD, "plan_issued", "--by", "Nguyễn Văn An", "-w", str(ws))
    assert run(capsys, *confirm).code == 0
    assert (ws / ".congress" / "state.db").is_file()
    before = _tree(ws)
    _make_read_only(ws)
    try:
        assert not os.access(ws / ".congress", os.W_OK) or os.geteuid() == 0
        for args in _commands(ws):
            result = run(capsys, *args)
            assert result.code in (0, 1), (args, result.err)
            assert _tree(ws) == before, f"`congress {' '.join(args)}` changed the workspace"
        history = run(capsys, "ward", "history", WARD, "-w", str(ws), "--json").json()["history"]
        assert [row["kind"] for row in history] == ["register", "confirm"]
    finally:
        _make_writable(ws)
    assert sorted(p.name for p in (ws / ".congress").iterdir()) == ["state.db"]
