"""The state database for a command that only reads: a copy in memory, nothing written.

`congress ward status`, `ward history`, `tally`, `docs check`, `district status`, `workflow show`
read the stages and the history. Opening the database the usual way would create it (and its
folder) when it is not there, register each ward on first sight, switch the file to WAL and
leave `-wal`/`-shm` files beside it — none of which a read-only command may do (a workspace on a
read-only share, a copy being looked at). `open_snapshot` reads the file once into an in-memory
database (SQLite's backup API); a ward seen for the first time is registered there, at the
workflow's first stage, and forgotten when the command ends.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from congress.adapters.store import SqlStore, check_header
from congress.errors import Problem, StoreError


def open_snapshot(path: Path) -> SqlStore:
    """The database at `path` copied into memory (an empty one when there is no file).

    Read with ``immutable=1`` when no writer is active (no ``-wal`` file beside it: then SQLite
    creates no file), else with ``mode=ro`` (the writer's files are already there)."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    if path.exists():
        if not path.is_file():
            raise StoreError(Problem("store.cannot_open", {"reason": "not a file"}, file=str(path)))
        check_header(path)
        busy = path.with_name(path.name + "-wal").exists()
        uri = f"file:{quote(str(path.resolve()))}?{'mode=ro' if busy else 'immutable=1'}"
        try:
            source = sqlite3.connect(uri, uri=True)
            try:
                source.backup(memory)
            finally:
                source.close()
        except sqlite3.Error as exc:
            memory.close()
            problem = Problem("store.cannot_open", {"reason": exc}, file=str(path))
            raise StoreError(problem) from exc
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    return SqlStore(engine, create=True, name=str(path))
