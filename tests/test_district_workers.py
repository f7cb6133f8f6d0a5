"""Issue 14 point 8: after `kill -9` of `district run`, its worker processes end at once (they lived
on for minutes, holding the ward's files). Linux only: the test reads /proc."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)"),
]


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid`, and theirs (a forkserver's workers too)."""
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        parents, frontier = frontier, set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid in parents and int(entry.name) not in found:
                found.add(int(entry.name))
                frontier.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie nobody reaped (a container's init may not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_workers_end_with_a_killed_district_run(tmp_path: Path) -> None:
    workspace = tmp_path / "dong-da"
    ignore = shutil.ignore_patterns(".congress", "out")
    shutil.copytree(ROOT / "examples" / "dong-da", workspace, ignore=ignore)
    env = {**os.environ, "CONGRESS_TODAY": "2024-03-15"}
    args = ["district", "run", str(workspace), "--workers", "2", "--all-docs"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "congress", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            workers = _children(proc.pid)
            time.sleep(0.05)
        assert workers, "district run started no worker process"
        time.sleep(0.5)  # the workers are busy with wards now
        assert proc.poll() is None, "the run ended before it could be killed: make it longer"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.05)
        left = [p for p in workers if _alive(p)]
        assert left == [], f"workers {left} outlived their parent by 5 s"
    finally:
        proc.kill()
        for pid in workers:  # whatever the verdict, leave nothing running
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
