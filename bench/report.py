"""Regenerate the harness figures of bench/README.md from the JSON results (run by hand):

    python bench/report.py [bench/results/district-….json …]

Without arguments: the newest `bench/results/district-*.json`. Only the text between the two
markers below is rewritten; every other section of the README is left as it is.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
README = BENCH / "README.md"
BEGIN = "<!-- bench/report.py: begin (generated, do not edit by hand) -->"
END = "<!-- bench/report.py: end -->"


def _spread(runs: list[dict[str, Any]], key: str, unit: str, digits: int) -> str:
    values = [run[key] for run in runs]
    median = statistics.median(values)
    return f"{median:.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def _load(values: list[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def section(data: dict[str, Any], source: str) -> str:
    meta = data["machine"]
    pinned = ", ".join(f"`{k}={v}`" for k, v in meta["pinned"].items())
    runs = min(len(figure["runs"]) for figure in data["figures"])
    lines = [
        f"Measured {meta['date']} by `bench/bench_district.py` through `bench/measure.py`, "
        f"results in `{source}`.",
        "",
        f"- machine: {meta['cpu_count']} × {meta['cpu_model']}, {meta['platform']}, "
        f"Python {meta['python']}; shared with other jobs;",
        f"- load average (1 / 5 / 15 min): {_load(meta['load_start'])} at the start, "
        f"{_load(meta['load_end'])} at the end;",
        f"- every figure: median (min–max) of {runs} fresh processes; CPU is user + sys of the "
        "process tree (`os.wait4`); memory is the peak of the SUM of VmRSS over the process tree, "
        f"sampled every {meta['sample_ms']:.0f} ms; {pinned};",
        f"- anchor: `{meta['anchor']}`, run once before each run of the figure (interleaved, "
        "same load); «× anchor» is the ratio of the medians of wall time.",
        "",
        "| what | wall | CPU | peak Σ RSS | per ward (wall) | anchor (wall) | × anchor |",
        "|---|---|---|---|---|---|---|",
    ]
    for figure in data["figures"]:
        wall = statistics.median(run["wall"] for run in figure["runs"])
        anchor = statistics.median(run["wall"] for run in figure["anchor"])
        wards = figure["extra"].get("wards")
        per_ward = f"{wall / wards * 1000:.0f} ms" if wards else "—"
        label = figure["label"]
        if "documents" in figure["extra"]:
            label += f", {figure['extra']['documents']:,} documents"
        lines.append(
            f"| {label} | {_spread(figure['runs'], 'wall', 's', 2)} "
            f"| {_spread(figure['runs'], 'cpu', 's', 2)} "
            f"| {_spread(figure['runs'], 'peak_mib', 'MiB', 0)} | {per_ward} "
            f"| {_spread(figure['anchor'], 'wall', 's', 3)} | {wall / anchor:.1f}× |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=Path, nargs="?")
    args = parser.parse_args()
    source = args.results or max((BENCH / "results").glob("district-*.json"), default=None)
    if source is None:
        sys.exit("no results: run bench/bench_district.py first")
    data = json.loads(source.read_text(encoding="utf-8"))
    text = README.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        sys.exit(f"{README}: the markers {BEGIN!r} and {END!r} are missing")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    resolved = source.resolve()
    shown = (
        resolved.relative_to(BENCH.parent).as_posix()
        if resolved.is_relative_to(BENCH.parent)
        else str(resolved)
    )
    README.write_text(f"{head}{BEGIN}\n{section(data, shown)}\n{END}{tail}", encoding="utf-8")
    print(f"{README}: figures from {shown}")


if __name__ == "__main__":
    main()
