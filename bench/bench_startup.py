"""Start-up of the everyday commands, run by hand (never by CI or pytest):

    python bench/bench_startup.py [--runs 7] [--json PATH]

Each command is a fresh `python -m congress …` process on a copy of the bundled example
workspace (`examples/`: Ô Chợ Dừa and Văn Miếu), measured through `bench/measure.py`: median,
min and max of ≥ 5 runs, wall and CPU time of the process tree, peak memory summed over the tree,
CONGRESS_TODAY/NOW pinned, each run interleaved with the anchor `python -c "import yaml,
openpyxl"`. The figures (issue 15 targets, 2 cores):

- `congress --help`;
- `congress personnel check` on one ward (≤ 0.25 s);
- `congress ward status`, `congress tally` on one ward (≤ 0.3 s on SQLite);
- `congress ward advance` one ward one step (≤ 0.3 s on SQLite), on a fresh copy of the
  workspace before every run (the copy, with the step's checklist confirmed, is not timed).

The package's modules are byte-compiled first (`compileall`), as an installed package is: with
PYTHONDONTWRITEBYTECODE set and an editable install, every run would otherwise compile the
package from source, which is not what an officer's start-up costs. The results go to
`bench/results/startup-<date>.json`; `python bench/report.py` turns them into the start-up
section of bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import PINNED, Figure, machine, measure, save

ROOT = Path(__file__).resolve().parent.parent
CONGRESS = [sys.executable, "-m", "congress"]
EXAMPLES = ROOT / "examples"
WARD = "o-cho-dua"
BY = ["--by", "Nguyễn Văn An"]
# what `ward advance WARD start_drafts` needs: the three items of its checklist
CHECKLIST = ("plan_issued", "subcommittees_formed", "training_attended")


def congress(*args: str) -> None:
    """One untimed command (the set-up), which must succeed."""
    env = {**os.environ, **PINNED}
    subprocess.run([*CONGRESS, *args], capture_output=True, check=True, env=env)


LIBRARIES = [sys.executable, str(Path(__file__).resolve().parent / "libraries.py")]
WITHOUT_SQLALCHEMY = "its libraries without SQLAlchemy"


def floors(args: list[str], cwd: Path | None = None) -> dict[str, list[str]]:
    """The floors of a command (bench/libraries.py): the third-party modules it loads, imported
    alone in a fresh process; and, when SQLAlchemy is among them, the same without SQLAlchemy (what
    a command reading SQLite with the standard library's sqlite3 would still load)."""
    env = {**os.environ, **PINNED}
    done = subprocess.run(
        [*LIBRARIES, "list", "--", "congress", *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=cwd,
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    found = {"its libraries alone": [*LIBRARIES, "import", *modules]}
    if any(name.split(".")[0] == "sqlalchemy" for name in modules):
        kept = [name for name in modules if name.split(".")[0] != "sqlalchemy"]
        found[WITHOUT_SQLALCHEMY] = [*LIBRARIES, "import", *kept]
    return found


def workspace(folder: Path) -> Path:
    """A copy of the example workspace with its state started: the first step's checklist of
    Ô Chợ Dừa confirmed (so that `ward advance … start_drafts` moves it)."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns(".congress", "out"))
    for item in CHECKLIST:
        congress("ward", "confirm", WARD, item, *BY, "-w", str(folder))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "congress", quiet=1)
    meta = {**machine(), "script": "bench/bench_startup.py"}
    print(
        f"{meta['cpu_count']} × {meta['cpu_model']}, Python {meta['python']}, load {meta['load_start']}"
    )
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        base = workspace(tmp / "base")
        moving = tmp / "moving"

        def fresh() -> None:
            shutil.rmtree(moving, ignore_errors=True)
            shutil.copytree(base, moving)

        ws = ["-w", str(base)]
        figures.append(measure("`congress --help`", [*CONGRESS, "--help"], runs=args.runs))
        figures.append(
            measure(
                "`congress personnel check` (one ward)",
                [*CONGRESS, "personnel", "check", WARD, *ws],
                runs=args.runs,
                floors=floors(["personnel", "check", WARD, *ws]),
                target_s=0.25,
            )
        )
        figures.append(
            measure(
                "`congress ward status` (SQLite)",
                [*CONGRESS, "ward", "status", *ws],
                runs=args.runs,
                floors=floors(["ward", "status", *ws]),
                target_s=0.3,
            )
        )
        figures.append(
            measure(
                "`congress tally` (one ward, SQLite)",
                [*CONGRESS, "tally", WARD, *ws],
                runs=args.runs,
                floors=floors(["tally", WARD, *ws]),
                target_s=0.3,
            )
        )
        fresh()  # the listing run moves the ward: the figure's runs each get a fresh copy
        advance_floors = floors(["ward", "advance", WARD, "start_drafts", *BY, "-w", str(moving)])
        figures.append(
            measure(
                "`congress ward advance` (one step, SQLite)",
                [*CONGRESS, "ward", "advance", WARD, "start_drafts", *BY, "-w", str(moving)],
                runs=args.runs,
                setup=fresh,
                floors=advance_floors,
                target_s=0.3,
            )
        )
        moved = [r.returncode for r in figures[-1].runs]
        if any(moved):
            raise SystemExit(f"`ward advance` did not move the ward: exit codes {moved}")
    save("startup", meta, figures, args.json)


if __name__ == "__main__":
    main()
