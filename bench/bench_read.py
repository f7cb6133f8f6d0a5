"""Reading one list, run by hand (never by CI or pytest):

    python bench/bench_read.py [--runs 5] [--json PATH]

1. `congress personnel check` on the example ward Ô Chợ Dừa (fresh processes, through
   `bench/measure.py`: median, min and max of ≥ 5 runs, the anchor interleaved);
2. importing the people reader alone (fresh processes, same harness);
3. reading the ward's proposed list (xlsx) in one process: `read_people` with its cache
   bypassed (reading and checking the list), and `read_grids` (reading its cells only), timed
   per call after one warm-up call (median, min and max of `--calls` calls), beside the
   anchor's wall time measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import ANCHOR, Figure, machine, measure, results, run_once

ROOT = Path(__file__).resolve().parent.parent
CONGRESS = [sys.executable, "-m", "congress"]
WARD = ROOT / "examples" / "wards" / "o-cho-dua"
LIST = WARD / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"


def in_process(calls: int, grids: bool = False) -> dict[str, float]:
    """`read_people` (reading and checking the list), or `read_grids` (reading the cells only)."""
    sys.path.insert(0, str(ROOT))
    from congress.adapters.people_reader import _read_people
    from congress.adapters.tables import read_grids

    def read() -> object:
        return read_grids(LIST) if grids else _read_people(LIST, "proposed")

    read()  # warm-up: imports, first-call caches
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        read()
        times.append(time.perf_counter() - start)
    return {
        "median_ms": statistics.median(times) * 1000,
        "low_ms": min(times) * 1000,
        "high_ms": max(times) * 1000,
        "calls": calls,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    meta = machine()
    figures: list[Figure] = [
        measure(
            "`congress personnel check` (one ward)",
            [*CONGRESS, "personnel", "check", str(WARD)],
            runs=args.runs,
        ),
        measure(
            "import congress.adapters.people_reader",
            [sys.executable, "-c", "import congress.adapters.people_reader"],
            runs=args.runs,
            cwd=ROOT,
        ),
    ]
    anchor = [run_once(ANCHOR).wall for _ in range(args.runs)]
    out = results(meta, figures)
    for label, grids in (("read_people", False), ("read_grids", True)):
        read = in_process(args.calls, grids)
        read["anchor_median_s"] = statistics.median(anchor)
        print(
            f"{label}({LIST.name}) in process: {read['median_ms']:.1f} ms "
            f"({read['low_ms']:.1f}–{read['high_ms']:.1f}), {args.calls} calls; "
            f"anchor {read['anchor_median_s']:.3f} s"
        )
        out[f"{label}_in_process"] = read
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
