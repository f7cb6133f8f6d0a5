"""Crash safety and concurrent advances, with real `python -m congress ward advance` processes.

The workspace is made and checked through the command in-process; only the advances that must
be killed or raced run as separate processes.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
from pathlib import Path

import pytest

from congress.adapters.store import FAILPOINT
from tests.workspace_helpers import (
    PILOT,
    congress_process,
    fulfil,
    history,
    stage_of,
    transitions,
)

ADVANCE = ("ward", "advance", PILOT, "start_drafts", "--by", "Nguyễn Văn An")


# `ws` (tests/conftest.py): a workspace of the pilot ward alone, made by `congress init`...
pytestmark = pytest.mark.workspace("init", wards=(PILOT,))


@pytest.fixture(autouse=True)
def ready_to_start_drafts(
    state_database: str | None, capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """...whose checklist for `start_drafts` is complete, so the ward is ready to take it; on
    SQLite and on PostgreSQL (`state_database` first: `congress init` writes there too)."""
    fulfil(capsys, ws, PILOT, "start_drafts")


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the process printed nothing in time"
    return proc.stdout.readline()


def _finish(proc: subprocess.Popen[str], timeout: float = 30) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def test_a_process_killed_inside_a_transition_leaves_the_ward_where_it_was(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    before = history(capsys, ws, PILOT)
    proc = congress_process(ws, *ADVANCE, "--note", "lần 1", failpoint=FAILPOINT)
    try:
        # The ward's new stage and its history row are written, not yet committed.
        assert _read_line(proc, timeout=20) == "in-tx\n"
        os.kill(proc.pid, signal.SIGKILL)
        code, _, err = _finish(proc)
    finally:
        if proc.poll() is None:  # pragma: no cover - only when an assertion above failed
            proc.kill()
            proc.communicate()
    assert code == -signal.SIGKILL, err

    # Reopened: the old stage, and no trace of the transition.
    assert stage_of(capsys, ws, PILOT) == "guidance"
    assert history(capsys, ws, PILOT) == before
    assert transitions(capsys, ws, PILOT) == []

    # Run again without the failpoint: the new stage and exactly one transition row.
    proc = congress_process(ws, *ADVANCE, "--note", "lần 2")
    code, out, err = _finish(proc)
    assert code == 0, out + err
    assert "«Triển khai hướng dẫn, kế hoạch» → «Dự thảo văn kiện»" in out
    assert stage_of(capsys, ws, PILOT) == "drafts"
    moves = transitions(capsys, ws, PILOT)
    assert [(m["from_stage"], m["to_stage"], m["note"]) for m in moves] == [
        ("guidance", "drafts", "lần 2")
    ]
    assert history(capsys, ws, PILOT)[: len(before)] == before


def test_two_concurrent_advances_move_the_ward_once(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    procs = [congress_process(ws, *ADVANCE, "--note", f"người {i}") for i in (1, 2)]
    outcomes = [_finish(proc) for proc in procs]
    codes = sorted(code for code, _, _ in outcomes)
    assert codes == [0, 1], outcomes
    _, _, err = next(o for o in outcomes if o[0] == 1)
    assert "Traceback" not in err
    # Either it lost the race at the write ("changed meanwhile, run again"), or it waited and
    # then found the ward already moved (the trigger is no longer possible from there).
    assert ("vừa thay đổi phường o-cho-dua" in err and "Hãy chạy lại lệnh" in err) or (
        "không thể «Bắt đầu dự thảo văn kiện (start_drafts)» khi phường đang ở bước «Dự thảo văn "
        "kiện»" in err
    ), err

    assert stage_of(capsys, ws, PILOT) == "drafts"
    moves = transitions(capsys, ws, PILOT)
    assert len(moves) == 1
    winner = next(i for i, (code, _, _) in enumerate(outcomes, start=1) if code == 0)
    assert moves[0]["note"] == f"người {winner}"
    assert (moves[0]["from_stage"], moves[0]["to_stage"]) == ("guidance", "drafts")
