"""Benchmarks of issue 6, run by hand:  python bench/bench_district.py [--sizes 10 100 1000]

1. the Đống Đa example end to end (`congress district run`, a cold process each time);
2. scale: a generated unit of N wards (copies of the example ward Ô Chợ Dừa), `district run`
   with every document, time and peak memory (max RSS of the process and its workers);
3. start-up: `congress --help` and `congress personnel check` on one ward.
Every figure is the best of a few runs of a fresh process (`/usr/bin/time` style via resource).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONGRESS = [sys.executable, "-m", "congress"]
WARD = ROOT / "examples" / "wards" / "o-cho-dua"


def timed(args: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MiB) of the children, for one fresh run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode())
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def best(args: list[str], runs: int = 3, setup=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    results = []
    for _ in range(runs):
        if setup:
            setup()
        results.append(timed(args))
    return min(r[0] for r in results), max(r[1] for r in results)


def unit_of(size: int, folder: Path) -> Path:
    """A workspace of `size` wards, each a copy of the example ward under its own name."""
    (folder / "wards").mkdir(parents=True)
    slugs = [f"phuong-{i:04d}" for i in range(size)]
    (folder / "unit.yaml").write_text(
        "unit: Quận Thử\nterm: 2024-2029\nworkflow: ward-2024-2029\npilot_ward: phuong-0000\n"
        "working_groups:\n  - name: Tổ 1\n    wards: [" + ", ".join(slugs) + "]\n", encoding="utf-8")  # fmt: skip
    for slug in slugs:
        target = folder / "wards" / slug
        shutil.copytree(WARD, target)
        ward = target / "ward.yaml"
        ward.write_text(ward.read_text(encoding="utf-8").replace("ward: Ô Chợ Dừa", f"ward: Phường {slug}"), encoding="utf-8")  # fmt: skip
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--skip-dong-da", action="store_true")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, Python {sys.version.split()[0]}")

    dong_da = ROOT / "examples" / "dong-da"
    if dong_da.is_dir() and not args.skip_dong_da:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "dong-da"

            def fresh() -> None:
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(dong_da, copy, ignore=shutil.ignore_patterns(".congress", "out"))
                subprocess.run([sys.executable, str(ROOT / "scripts" / "replay_history.py"), str(copy)],
                               capture_output=True, check=True)  # fmt: skip

            seconds, mib = best([*CONGRESS, "district", "run", str(copy)], setup=fresh)
            print(f"Đống Đa (21 wards) district run, cold: {seconds:.2f} s, peak {mib:.0f} MiB")

    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = unit_of(size, Path(tmp) / "unit")
            seconds, mib = timed([*CONGRESS, "district", "run", str(folder), "--all-docs"])
            docs = sum(1 for _ in (folder / "out").rglob("*.docx"))
            print(
                f"{size:5d} wards: {seconds:7.2f} s ({seconds / size * 1000:.0f} ms/ward), peak {mib:.0f} MiB, {docs} documents"
            )

    help_s, _ = best([*CONGRESS, "--help"], runs=5)
    check_s, _ = best([*CONGRESS, "personnel", "check", str(WARD)], runs=5)
    print(f"start-up: congress --help {help_s:.3f} s; personnel check (one ward) {check_s:.3f} s")


if __name__ == "__main__":
    main()
