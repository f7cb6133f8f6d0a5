"""Regenerate the harness figures of bench/README.md from the JSON results (run by hand):

    python bench/report.py [bench/results/district-….json | bench/results/startup-….json …]

Without arguments: the newest `bench/results/district-*.json` and the newest
`bench/results/startup-*.json`, each into its own section; a file given names its section by its
name (`district-…` or `startup-…`). Only the text between a section's two markers is rewritten;
every other part of the README is left as it is.
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
# each kind of results (the prefix of its file name) and the markers of its section
SECTIONS = {
    "district": (BEGIN, END),
    "startup": (
        "<!-- bench/report.py: startup begin (generated, do not edit by hand) -->",
        "<!-- bench/report.py: startup end -->",
    ),
}


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
    script = meta.get("script", "bench/bench_district.py")
    targets = any("target_s" in figure["extra"] for figure in data["figures"])
    lines = [
        f"Measured {meta['date']} by `{script}` through `bench/measure.py`, results in `{source}`.",
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
        "| what | wall | CPU | peak Σ RSS | per ward (wall) | anchor (wall) | × anchor |"
        + (" target (wall) |" if targets else ""),
        "|---|---|---|---|---|---|---|" + ("---|" if targets else ""),
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
            + (_target(figure, wall) if targets else "")
        )
    return "\n".join(lines)


def _target(figure: dict[str, Any], wall: float) -> str:
    target = figure["extra"].get("target_s")
    if target is None:
        return " — |"
    return f" ≤ {target:.2f} s: {'met' if wall <= target else 'not met'} |"


def _newest(kind: str) -> Path | None:
    return max((BENCH / "results").glob(f"{kind}-*.json"), default=None)


def _kind(source: Path) -> str:
    kind = source.name.split("-", 1)[0]
    if kind not in SECTIONS:
        sys.exit(f"{source}: the name must start with one of {', '.join(SECTIONS)}")
    return kind


def _shown(source: Path) -> str:
    resolved = source.resolve()
    if resolved.is_relative_to(BENCH.parent):
        return resolved.relative_to(BENCH.parent).as_posix()
    return str(resolved)


def rewrite(text: str, kind: str, source: Path) -> str:
    """`text` (the README) with the section of `kind` regenerated from `source`."""
    begin, end = SECTIONS[kind]
    if begin not in text or end not in text:
        sys.exit(f"{README}: the markers {begin!r} and {end!r} are missing")
    data = json.loads(source.read_text(encoding="utf-8"))
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{begin}\n{section(data, _shown(source))}\n{end}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=Path, nargs="?")
    args = parser.parse_args()
    if args.results is not None:
        sources = {_kind(args.results): args.results}
    else:
        newest = {kind: _newest(kind) for kind in SECTIONS}
        sources = {kind: path for kind, path in newest.items() if path is not None}
    if not sources:
        sys.exit("no results: run bench/bench_district.py or bench/bench_startup.py first")
    text = README.read_text(encoding="utf-8")
    for kind, source in sources.items():
        text = rewrite(text, kind, source)
        print(f"{README}: {kind} figures from {_shown(source)}")
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
