"""Benchmarks of the district, run by hand (never by CI or pytest):

    python bench/bench_district.py [--runs 5] [--sizes 100 1000] [--long-runs 3] [--skip-dong-da]
                                   [--json PATH]

1. the Đống Đa example (21 wards) end to end, `congress district run`, replayed before each run;
2. scale: a generated unit of N wards (copies of the example ward Ô Chợ Dừa), `district run
   --all-docs` (every document), the unit rebuilt before each run; a size of 1,000 wards or more
   is run `--long-runs` times (3 by default: each run is minutes long; the report shows the count);
(The start-up of single commands is bench/bench_startup.py's.)

Every figure comes from `bench/measure.py`: median, min and max of ≥ 5 fresh processes, wall and
CPU time of the process tree, peak memory summed over the tree, CONGRESS_TODAY/NOW pinned, each
run interleaved with the anchor `python -c "import yaml, openpyxl"`. The results go to a JSON file
(default `bench/results/district-<date>.json`); `python bench/report.py` turns them into the
figures section of bench/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import Figure, machine, measure, save

ROOT = Path(__file__).resolve().parent.parent
CONGRESS = [sys.executable, "-m", "congress"]
WARD = ROOT / "examples" / "wards" / "o-cho-dua"
DONG_DA = ROOT / "examples" / "dong-da"


def unit_of(size: int, folder: Path) -> Path:
    """A workspace of `size` wards, each a copy of the example ward under its own name."""
    shutil.rmtree(folder, ignore_errors=True)
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


def dong_da(runs: int, tmp: Path) -> Figure:
    copy = tmp / "dong-da"

    def fresh() -> None:
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(DONG_DA, copy, ignore=shutil.ignore_patterns(".congress", "out"))
        replay = [sys.executable, str(ROOT / "scripts" / "replay_history.py"), str(copy)]
        subprocess.run(replay, capture_output=True, check=True)

    return measure(
        "Đống Đa, 21 wards, `district run`",
        [*CONGRESS, "district", "run", str(copy)],
        runs=runs,
        setup=fresh,
        wards=21,
    )


def scale(size: int, runs: int, tmp: Path, long_runs: int = 3) -> Figure:
    folder = tmp / f"unit-{size}"
    long = size >= 1000
    figure = measure(
        f"{size:,} wards, `district run --all-docs`",
        [*CONGRESS, "district", "run", str(folder), "--all-docs"],
        runs=long_runs if long else runs,
        setup=lambda: unit_of(size, folder),
        minimum=3 if long else 5,
        wards=size,
    )
    figure.extra["documents"] = sum(1 for _ in (folder / "out").rglob("*.docx"))
    return figure


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100])
    parser.add_argument("--long-runs", type=int, default=3)
    parser.add_argument("--skip-dong-da", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    meta = machine()
    print(
        f"{meta['cpu_count']} × {meta['cpu_model']}, Python {meta['python']}, load {meta['load_start']}"
    )

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if DONG_DA.is_dir() and not args.skip_dong_da:
            figures.append(dong_da(args.runs, tmp))
        figures.extend(scale(size, args.runs, tmp, args.long_runs) for size in args.sizes)
    save("district", meta, figures, args.json)


if __name__ == "__main__":
    main()
