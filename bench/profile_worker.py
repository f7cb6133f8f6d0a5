"""Profile what ONE worker of `district run --all-docs` does per ward, in-process (by hand):

    CONGRESS_TODAY=2024-01-20 CONGRESS_NOW=2024-01-20T08:00:00 \
        python bench/profile_worker.py [--wards 200] [--profile] [--top 40]

Builds a unit of N copies of the example ward (bench_district.unit_of), prepares every ward's
job in the main process, then times `check_ward_job` alone over all of them (CPU and wall, per
ward), optionally under cProfile. The staged files are discarded after each ward.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_district import unit_of

from congress.adapters.store import open_store
from congress.adapters.workspace import read_workspace
from congress.cli.clock import now, today
from congress.services.district import _job, check_ward_job
from congress.services.ward_checks import CHECKS
from congress.services.workspace import Workspace


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wards", type=int, default=200)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/w200"))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--keep", action="store_true", help="reuse the folder if it exists")
    parser.add_argument("--limit", type=int, default=0, help="time only the first N wards")
    args = parser.parse_args()
    if not (args.keep and args.folder.exists()):
        unit_of(args.wards, args.folder)
    files = read_workspace(args.folder, set(CHECKS))
    store = open_store(files.db_path, create=not files.db_path.parent.exists())
    ws = Workspace(files, store, "vi", today() or now().date(), now)
    slugs = list(files.wards)[: args.limit + 1 if args.limit else None]
    states = ws.states()
    jobs = [_job(ws, states, slug, True, True) for slug in slugs]
    check_ward_job(jobs[0]).staged.discard()  # type: ignore[union-attr]  # warm: templates
    profiler = cProfile.Profile() if args.profile else None
    cpu = wall = 0.0
    for job in jobs[1:]:  # the staged files are removed after each ward, outside the timing
        started, clock = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        outcome = check_ward_job(job)
        if profiler:
            profiler.disable()
        cpu += time.process_time() - started
        wall += time.perf_counter() - clock
        assert not outcome.problems, outcome.problems
        if outcome.staged is not None:
            outcome.staged.discard()
    n = len(jobs) - 1
    print(f"{n} wards: {1000 * cpu / n:.1f} CPU-ms/ward, {1000 * wall / n:.1f} wall-ms/ward")
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    store.close()


if __name__ == "__main__":
    main()
