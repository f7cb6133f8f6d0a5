"""Regenerate the harness figures of bench/README.md from the JSON results (run by hand):

    python bench/report.py [bench/results/{district,docs,startup,drafts,province}-….json …]

Without arguments: for each kind (district, docs, startup, drafts, province) the results file of
that kind measured last (by the date stored inside it, not by its name). A file given names its kind by the start of
its name. Only the text between each pair of markers below is rewritten; every other section of
the README is left as it is.
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
DOCS_BEGIN = "<!-- bench/report.py docs: begin (generated, do not edit by hand) -->"
DOCS_END = "<!-- bench/report.py docs: end -->"
STARTUP_BEGIN = "<!-- bench/report.py: startup begin (generated, do not edit by hand) -->"
STARTUP_END = "<!-- bench/report.py: startup end -->"
PROVINCE_BEGIN = "<!-- bench/report.py: province begin (generated, do not edit by hand) -->"
PROVINCE_END = "<!-- bench/report.py: province end -->"
DRAFTS_BEGIN = "<!-- bench/report.py: drafts begin (generated, do not edit by hand) -->"
DRAFTS_END = "<!-- bench/report.py: drafts end -->"
KINDS = ("district", "docs", "startup", "drafts", "province")


def _spread(runs: list[dict[str, Any]], key: str, unit: str, digits: int) -> str:
    values = [run[key] for run in runs]
    median = statistics.median(values)
    return f"{median:.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def _load(values: list[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def _machine(meta: dict[str, Any], script: str, source: str, runs: str) -> list[str]:
    pinned = ", ".join(f"`{k}={v}`" for k, v in meta["pinned"].items())
    return [
        f"Measured {meta['date']} by `{script}` through `bench/measure.py`, results in `{source}`.",
        "",
        f"- machine: {meta['cpu_count']} × {meta['cpu_model']}, {meta['platform']}, "
        f"Python {meta['python']}; shared with other jobs;",
        f"- load average (1 / 5 / 15 min): {_load(meta['load_start'])} at the start, "
        f"{_load(meta['load_end'])} at the end;",
        f"- every figure: median (min–max) of {runs} fresh processes; CPU is user + sys of the "
        "process tree (`os.wait4`); memory is the peak of the SUM of VmRSS over the process tree, "
        f"sampled every {meta['sample_ms']:.0f} ms; {pinned};",
    ]


def _runs(data: dict[str, Any]) -> str:
    counts = sorted({len(figure["runs"]) for figure in data["figures"]})
    return " or ".join(str(c) for c in counts) + (
        " (see the «runs» column)" if len(counts) > 1 else ""
    )


def section(data: dict[str, Any], source: str) -> str:
    """District or start-up figures, each beside its anchor (and its target, when it has one)."""
    meta = data["machine"]
    script = meta.get("script", "bench/bench_district.py")
    targets = any("target_s" in figure["extra"] for figure in data["figures"])
    floors = any("floors" in figure["extra"] for figure in data["figures"])
    lines = _machine(meta, script, source, _runs(data))
    lines += [
        f"- anchor: `{meta['anchor']}`, run once before each run of the figure (interleaved, "
        "same load); «× anchor» is the ratio of the medians of wall time.",
    ]
    if floors:
        lines.append(FLOORS_NOTE)
    lines += [
        "",
        "| what | runs | wall | CPU | peak Σ RSS | per ward (wall) | per ward (CPU) "
        "| anchor (wall) | × anchor |"
        + (" its libraries alone (wall) | the same without SQLAlchemy (wall) |" if floors else "")
        + (" target (wall) |" if targets else ""),
        "|---|---|---|---|---|---|---|---|---|"
        + ("---|---|" if floors else "")
        + ("---|" if targets else ""),
    ]
    for figure in data["figures"]:
        wall = statistics.median(run["wall"] for run in figure["runs"])
        cpu = statistics.median(run["cpu"] for run in figure["runs"])
        anchor = statistics.median(run["wall"] for run in figure["anchor"])
        wards = figure["extra"].get("wards")
        per_ward = f"{wall / wards * 1000:.0f} ms" if wards else "—"
        per_ward_cpu = f"{cpu / wards * 1000:.0f} ms" if wards else "—"
        label = figure["label"]
        if "documents" in figure["extra"]:
            label += f", {figure['extra']['documents']:,} documents"
        lines.append(
            f"| {label} | {len(figure['runs'])} | {_spread(figure['runs'], 'wall', 's', 2)} "
            f"| {_spread(figure['runs'], 'cpu', 's', 2)} "
            f"| {_spread(figure['runs'], 'peak_mib', 'MiB', 0)} | {per_ward} | {per_ward_cpu} "
            f"| {_spread(figure['anchor'], 'wall', 's', 3)} | {wall / anchor:.1f}× |"
            + (_floors(figure) if floors else "")
            + (_target(figure, wall) if targets else "")
        )
    return "\n".join(lines)


FLOORS_NOTE = (
    "- «its libraries alone»: a fresh process that imports the third-party modules the command "
    "loads (listed by running it once), in the same order, and does nothing else "
    "(`bench/libraries.py`), run once after each run of the figure; «without SQLAlchemy»: the same "
    "without SQLAlchemy's modules, what a command reading SQLite through the standard library's "
    "`sqlite3` would still load. The command's time beyond the first is the project's own."
)


def _floors(figure: dict[str, Any]) -> str:
    found = figure["extra"].get("floors", {})
    cells = [
        _spread(found[name], "wall", "s", 3) if name in found else "—"
        for name in ("its libraries alone", "its libraries without SQLAlchemy")
    ]
    return "".join(f" {cell} |" for cell in cells)


def _target(figure: dict[str, Any], wall: float) -> str:
    target = figure["extra"].get("target_s")
    if target is None:
        return " — |"
    return f" ≤ {target:.2f} s: {'met' if wall <= target else 'not met'} |"


def _measured_last(kind: str) -> Path | None:
    """The results file of `kind` whose stored date is the latest."""
    files = (BENCH / "results").glob(f"{kind}-*.json")
    dated = [(json.loads(f.read_text(encoding="utf-8"))["machine"]["date"], f) for f in files]
    return max(dated)[1] if dated else None


def docs_section(data: dict[str, Any], source: str) -> str:
    """The documents' figure beside its two anchors (the floor, plain docxtpl), same runs."""
    meta = data["machine"]
    lines = _machine(meta, "bench/bench_docs.py", source, _runs(data))
    lines += [
        "- here wall and CPU are what each process measured of its own rendering (`perf_counter`, "
        "`process_time`), not of the process tree;",
        "- each process builds the contexts first and times only the rendering (and writing) of "
        "the documents; the three sides run one after the other in every round (interleaved, "
        "same load); ratios are of the medians of wall time.",
        "",
        "| what | congress (wall) | CPU | floor (wall) | × floor | plain docxtpl (wall) "
        "| docxtpl ÷ congress | documents/s (congress) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for figure in data["figures"]:
        anchors = figure["extra"]["anchors"]
        floor, plain = anchors["floor"], anchors["docxtpl"]
        wall = statistics.median(run["wall"] for run in figure["runs"])
        floor_wall = statistics.median(run["wall"] for run in floor)
        plain_wall = statistics.median(run["wall"] for run in plain)
        documents = figure["extra"]["wards"] * 15
        lines.append(
            f"| {figure['label']} | {_spread(figure['runs'], 'wall', 's', 3)} "
            f"| {_spread(figure['runs'], 'cpu', 's', 3)} | {_spread(floor, 'wall', 's', 3)} "
            f"| {wall / floor_wall:.2f}× | {_spread(plain, 'wall', 's', 2)} "
            f"| {plain_wall / wall:.1f}× | {documents / wall:,.0f} |"
        )
    return "\n".join(lines)


def drafts_section(data: dict[str, Any], source: str) -> str:
    """The Word drafts' check in-process beside python-docx opening the report (same rounds), then
    `docs check` as a command beside the cold-start anchor."""
    meta = data["machine"]
    check, *commands = data["figures"]
    about = check["extra"]
    office = about.get("office_pages")
    lines = _machine(meta, "bench/bench_docx_drafts.py", source, _runs(data))
    lines += [
        f"- the political report: {about['words']:,} words, ≈ {about['pages_estimated']} pages "
        "estimated"
        + (f", {office} pages as LibreOffice lays it out" if office else "")
        + "; with the review report and the action programme;",
        "- the in-process rows: each fresh process warms up once (imports, caches) and times one "
        "call of its own (`perf_counter`, `process_time`); the three run one after the other in "
        "every round (interleaved, same load);",
        f"- the command rows: the whole process tree, each run after one run of `{meta['anchor']}`.",
        "",
        "| what | wall | CPU | anchor | anchor (wall) | × anchor | target (wall) |",
        "|---|---|---|---|---|---|---|",
    ]
    wall = statistics.median(run["wall"] for run in check["runs"])
    open_ = about["anchors"]["open"]
    lines.append(
        f"| {check['label']} | {_spread(check['runs'], 'wall', 's', 3)} "
        f"| {_spread(check['runs'], 'cpu', 's', 3)} | python-docx opens the report "
        f"| {_spread(open_, 'wall', 's', 3)} "
        f"| {wall / statistics.median(r['wall'] for r in open_):.1f}× "
        f"| ≤ {about['target_s']:.2f} s: {'met' if wall <= about['target_s'] else 'not met'} |"
    )
    read = about["anchors"]["read"]
    lines.append(
        f"| python-docx opens the report and reads every paragraph and cell "
        f"| {_spread(read, 'wall', 's', 3)} | {_spread(read, 'cpu', 's', 3)} | — | — | — | — |"
    )
    for figure in commands:
        wall = statistics.median(run["wall"] for run in figure["runs"])
        anchor = statistics.median(run["wall"] for run in figure["anchor"])
        lines.append(
            f"| {figure['label']} | {_spread(figure['runs'], 'wall', 's', 2)} "
            f"| {_spread(figure['runs'], 'cpu', 's', 2)} | `{meta['anchor']}` "
            f"| {_spread(figure['anchor'], 'wall', 's', 3)} | {wall / anchor:.1f}× | — |"
        )
    return "\n".join(lines)


def _shown(source: Path) -> str:
    resolved = source.resolve()
    if resolved.is_relative_to(BENCH.parent):
        return resolved.relative_to(BENCH.parent).as_posix()
    return str(resolved)


def _replace(text: str, begin: str, end: str, body: str) -> str:
    if begin not in text or end not in text:
        sys.exit(f"{README}: the markers {begin!r} and {end!r} are missing")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{begin}\n{body}\n{end}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=Path, nargs="*")
    args = parser.parse_args()
    chosen = {p.name.split("-", 1)[0]: p for p in args.results}
    if unknown := set(chosen) - set(KINDS):
        sys.exit(f"{', '.join(sorted(unknown))}: a results file's name starts with one of {KINDS}")
    if not args.results:
        for kind in KINDS:
            if (last := _measured_last(kind)) is not None:
                chosen[kind] = last
    if not chosen:
        sys.exit(
            "no results: run bench/bench_district.py, bench_docs.py, bench_startup.py or bench_docx_drafts.py first"
        )
    text = README.read_text(encoding="utf-8")
    for kind, source in chosen.items():
        data = json.loads(source.read_text(encoding="utf-8"))
        if kind == "docs":
            text = _replace(text, DOCS_BEGIN, DOCS_END, docs_section(data, _shown(source)))
        elif kind == "drafts":
            text = _replace(text, DRAFTS_BEGIN, DRAFTS_END, drafts_section(data, _shown(source)))
        elif kind == "startup":
            text = _replace(text, STARTUP_BEGIN, STARTUP_END, section(data, _shown(source)))
        elif kind == "province":
            text = _replace(text, PROVINCE_BEGIN, PROVINCE_END, section(data, _shown(source)))
        else:
            text = _replace(text, BEGIN, END, section(data, _shown(source)))
        print(f"{README}: {kind} figures from {_shown(source)}")
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
