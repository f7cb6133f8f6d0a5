"""Shared measuring for the benchmarks (run by hand, never by CI or pytest).

Each run is a fresh subprocess. For every run we record:
- wall time (`time.perf_counter` around the process);
- CPU time, user + sys of the process and of every descendant it waited for, read from
  `os.wait4` on that one process (so nothing from earlier runs or from this script leaks in,
  unlike `RUSAGE_CHILDREN`, which grows over the script's life);
- peak memory as the SUM of the resident sets (VmRSS) over the process tree, sampled from
  /proc every ~20 ms while it runs (a pool of workers counts once per worker).

`CONGRESS_TODAY` and `CONGRESS_NOW` are pinned for every run, and every figure is measured
interleaved with an anchor (`python -c "import yaml, openpyxl"`, the floor of a cold start),
run by run, so the reader can compare the two under the same load.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PINNED = {"CONGRESS_TODAY": "2024-03-20", "CONGRESS_NOW": "2024-03-20T09:00"}
ANCHOR_LABEL = 'python -c "import yaml, openpyxl"'
ANCHOR = [sys.executable, "-c", "import yaml, openpyxl"]
SAMPLE_SECONDS = 0.02


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + sys of the process tree
    peak_mib: float  # MiB, the largest sampled sum of VmRSS over the process tree
    returncode: int


@dataclass
class Summary:
    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        return cls(statistics.median(values), min(values), max(values))


@dataclass
class Figure:
    label: str
    runs: list[Run]
    anchor: list[Run]
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self, what: str, anchor: bool = False) -> Summary:
        return Summary.of([getattr(run, what) for run in (self.anchor if anchor else self.runs)])


def _children_table() -> dict[int, list[int]]:
    table: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as stat:
                text = stat.read()
        except OSError:
            continue  # the process ended meanwhile
        ppid = int(text[text.rindex(")") + 2 :].split()[1])  # after "(comm) state"
        table.setdefault(ppid, []).append(int(entry.name))
    return table


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0  # ended, or a zombie (no VmRSS line)


def tree_rss_kib(root: int) -> int:
    """The sum of VmRSS (KiB) over `root` and all its descendants, now."""
    table = _children_table()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kib(pid)
        todo.extend(table.get(pid, ()))
    return total


class PeakSampler:
    """The peak of `tree_rss_kib(pid)`, sampled every SAMPLE_SECONDS in a thread until `stop`."""

    def __init__(self, pid: int) -> None:
        self._pid, self._peak, self._done = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.is_set():
            self._peak = max(self._peak, tree_rss_kib(self._pid))
            self._done.wait(SAMPLE_SECONDS)

    def stop(self) -> int:
        """Stop sampling; the peak in KiB."""
        self._done.set()
        self._thread.join()
        return self._peak


def run_once(
    args: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> Run:
    """One fresh process: wall, CPU of its tree (wait4), peak summed RSS of its tree."""
    full_env = {**os.environ, **PINNED, **(env or {})}
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(args), cwd=cwd, env=full_env, stdout=subprocess.DEVNULL, stderr=err
        )
        sampler = PeakSampler(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        peak = sampler.stop()
        if proc.returncode not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} → {proc.returncode}\n{err.read().decode()}")
    return Run(wall, usage.ru_utime + usage.ru_stime, peak / 1024, proc.returncode)


def run_inner(args: Sequence[str], cwd: Path | None = None) -> Run:
    """One fresh process that times its own work and prints it as the last line of its output,
    ``{"wall": seconds, "cpu": seconds}`` (what a figure measures without the process's start-up
    and set-up, e.g. rendering documents whose contexts it built first); peak memory is the
    process's summed RSS as `run_once` reads it."""
    full_env = {**os.environ, **PINNED}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(list(args), cwd=cwd, env=full_env, stdout=out, stderr=err)
        sampler = PeakSampler(proc.pid)
        code = proc.wait()
        peak = sampler.stop()
        out.seek(0)
        err.seek(0)
        if code != 0:
            raise SystemExit(f"{' '.join(args)} → {code}\n{err.read().decode()}")
        inner = json.loads(out.read().decode().strip().splitlines()[-1])
    return Run(inner["wall"], inner["cpu"], peak / 1024, code)


def measure_sides(
    label: str, sides: dict[str, Sequence[str]], runs: int = 5, **extra: Any
) -> Figure:
    """`runs` rounds of fresh processes, one per side in each round (interleaved, same load), each
    timing its own work (`run_inner`). The first side is the figure; the others are its anchors,
    kept in ``extra["anchors"]`` by name (the first of them also as `Figure.anchor`)."""
    if runs < 5:
        raise SystemExit("at least 5 runs: a median of fewer is not a figure to trust")
    names = list(sides)
    found: dict[str, list[Run]] = {name: [] for name in names}
    for _ in range(runs):
        for name in names:
            found[name].append(run_inner(sides[name]))
    anchors = {name: [asdict(r) for r in found[name]] for name in names[1:]}
    figure = Figure(label, found[names[0]], found[names[1]] if len(names) > 1 else [], dict(extra))
    figure.extra["anchors"] = anchors
    figure.extra["anchor_labels"] = names[1:]
    print(line(figure), flush=True)
    for name in names[2:]:
        wall = Summary.of([r.wall for r in found[name]])
        print(f"  {name}: wall {wall.median:.3f} s ({wall.low:.3f}–{wall.high:.3f})", flush=True)
    return figure


def measure(
    label: str,
    args: Sequence[str],
    runs: int = 5,
    cwd: Path | None = None,
    setup: Callable[[], object] | None = None,
    minimum: int = 5,
    env: dict[str, str] | None = None,
    floors: dict[str, Sequence[str]] | None = None,
    **extra: Any,
) -> Figure:
    """`runs` fresh runs of `args`, each preceded by one run of the anchor (interleaved).
    `minimum`: 5, or 3 for a figure whose every run is long (1,000 wards; the report says so).
    `floors`: other commands run once after each run of the figure (same load), kept by name in
    ``extra["floors"]`` (e.g. the libraries the command loads, imported alone)."""
    if runs < minimum:
        raise SystemExit(f"at least {minimum} runs: a median of fewer is not a figure to trust")
    figure = Figure(label, [], [], dict(extra))
    found: dict[str, list[Run]] = {name: [] for name in floors or {}}
    for _ in range(runs):
        figure.anchor.append(run_once(ANCHOR))
        if setup is not None:
            setup()  # not timed
        figure.runs.append(run_once(args, cwd=cwd, env=env))
        for name, command in (floors or {}).items():
            found[name].append(run_once(command, cwd=cwd, env=env))
    if found:
        figure.extra["floors"] = {name: [asdict(r) for r in done] for name, done in found.items()}
    print(line(figure), flush=True)
    for name, done in found.items():
        wall = Summary.of([r.wall for r in done])
        print(f"  {name}: wall {wall.median:.3f} s ({wall.low:.3f}–{wall.high:.3f})", flush=True)
    return figure


def line(figure: Figure) -> str:
    wall, cpu, mem = (figure.summary(w) for w in ("wall", "cpu", "peak_mib"))
    anchor = figure.summary("wall", anchor=True)
    return (
        f"{figure.label}: wall {wall.median:.2f} s ({wall.low:.2f}–{wall.high:.2f}), "
        f"CPU {cpu.median:.2f} s ({cpu.low:.2f}–{cpu.high:.2f}), "
        f"peak Σ RSS {mem.median:.0f} MiB ({mem.low:.0f}–{mem.high:.0f}); "
        f"anchor {anchor.median:.3f} s ({anchor.low:.3f}–{anchor.high:.3f})"
    )


def _cpu_model() -> str:
    try:
        for text in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if text.startswith("model name"):
                return text.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """What the figures were measured on (load average again at the end: see `finish`)."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_start": list(os.getloadavg()),
        "pinned": dict(PINNED),
        "anchor": ANCHOR_LABEL,
        "sample_ms": SAMPLE_SECONDS * 1000,
    }


def results(meta: dict[str, Any], figures: list[Figure]) -> dict[str, Any]:
    return {
        "machine": {**meta, "load_end": list(os.getloadavg())},
        "figures": [asdict(figure) for figure in figures],
    }


def save(kind: str, meta: dict[str, Any], figures: list[Figure], out: Path | None = None) -> Path:
    """Write the results to `out` (by default `bench/results/<kind>-<date>.json`, which
    `bench/report.py` reads) and say where."""
    out = out or Path(__file__).resolve().parent / "results" / time.strftime(
        f"{kind}-%Y%m%d-%H%M.json"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results(meta, figures), indent=1, ensure_ascii=False) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"results: {out}")
    return out
