"""Reading one ward's state as the shared state grows, run by hand (never by CI or pytest):

    python bench/bench_province.py [--runs 5] [--sizes 21 170 1000] [--postgres URL] [--json PATH]

A province after the 2025 reform supervises 100-170 communes and shares one state (issue 15).
For each size N: a generated unit of N wards (copies of the example ward Ô Chợ Dừa, as
bench/bench_district.py makes them) whose state is made once by `district run --all-docs`
(not timed: every ward registered, its documents recorded), then `congress ward status` of ONE
ward measured through `bench/measure.py` (median, min and max of ≥ 5 fresh processes, the anchor
interleaved). With `--postgres URL` (a server where the script may create databases), the same on
a fresh PostgreSQL database per size (CONGRESS_DATABASE_URL), dropped afterwards. The figure
carries the history's row count: a read-only command copies the state and checks the whole
history chain (adapters/store_snapshot.py, store_chain.py), so its time grows with the history
of every ward, not only with the ward it shows.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_district import unit_of
from measure import PINNED, Figure, machine, measure, save

CONGRESS = [sys.executable, "-m", "congress"]


@contextmanager
def database(server: str | None) -> Iterator[dict[str, str]]:
    """The environment of one size's state: the SQLite file (nothing), or a fresh database."""
    if server is None:
        yield {}
        return
    import psycopg  # the `postgres` extra

    base, _, _ = server.rpartition("/")
    name = f"congress_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {"CONGRESS_DATABASE_URL": f"{base}/{name}"}
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def history_rows(folder: Path, env: dict[str, str]) -> int:
    if url := env.get("CONGRESS_DATABASE_URL"):
        import psycopg

        with psycopg.connect(url) as conn:
            found = conn.execute("SELECT count(*) FROM history").fetchone()
            return int(found[0]) if found else 0
    with sqlite3.connect(folder / ".congress" / "state.db") as conn:
        return int(conn.execute("SELECT count(*) FROM history").fetchone()[0])


def one_size(size: int, runs: int, tmp: Path, server: str | None) -> Figure:
    folder = unit_of(size, tmp / f"unit-{size}")
    where = "PostgreSQL" if server else "SQLite"
    with database(server) as env:
        made = [*CONGRESS, "district", "run", str(folder), "--all-docs"]
        subprocess.run(made, capture_output=True, check=True, env={**os.environ, **PINNED, **env})
        figure = measure(
            f"`ward status` of one ward, {size:,} wards in the state ({where})",
            [*CONGRESS, "ward", "status", "phuong-0001", "-w", str(folder)],
            runs=runs,
            env=env,
        )
        figure.extra["history_rows"] = rows = history_rows(folder, env)
        figure.label += f", {rows:,} history rows"
    return figure


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[21, 170, 1000])
    parser.add_argument("--postgres", default=None, help="a server URL where databases may be made")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    meta = {**machine(), "script": "bench/bench_province.py"}
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as name:
        for server in [None] + ([args.postgres] if args.postgres else []):
            for size in args.sizes:
                figure = one_size(size, args.runs, Path(name), server)
                print(f"  history rows: {figure.extra['history_rows']:,}", flush=True)
                figures.append(figure)
    save("province", meta, figures, args.json)


if __name__ == "__main__":
    main()
