"""The state database for a command that only reads: a copy in memory, nothing written.

`congress ward status`, `ward history`, `tally`, `docs check`, `district status`, `workflow show`
read the stages and the history. Opening the database the usual way would create it (and its
folder) when it is not there, register each ward on first sight, switch the file to WAL and
leave `-wal`/`-shm` files beside it — none of which a read-only command may do (a workspace on a
read-only share, a copy being looked at). `open_snapshot` reads the file once into an in-memory
database; a ward seen for the first time is registered there, at the
workflow's first stage, and forgotten when the command ends.

On PostgreSQL (CONGRESS_DATABASE_URL) the same: the tables are read in one READ ONLY, REPEATABLE
READ transaction (one consistent moment, the server refuses any write) into the in-memory
database; the server's append-only triggers are checked there and then.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from congress.adapters.store import BUSY_TIMEOUT, SqlStore
from congress.adapters.store_chain import tampered
from congress.adapters.store_engine import make_engine, translate
from congress.adapters.store_file import check_header
from congress.adapters.store_pg import PgHook, configured_url, display_name
from congress.adapters.store_schema import (
    BEGIN_OPTION,
    LATEST,
    METADATA,
    SchemaVersionError,
    SqliteHook,
    foreign_tables,
    schema_version,
    upgrade,
)
from congress.errors import Problem, StoreError


class Snapshot(SqlStore):
    """The state copied into memory and checked whole as it was copied (chain, wards, triggers):
    nothing but this command can change the copy, so its reads are not checked again."""

    def _checked(self, conn: Connection, slugs: list[str] | None = None) -> None:
        return None


def _read_image(uri: str, busy_timeout: float) -> bytes:
    """The database's pages, read in one read transaction (which waits `busy_timeout` for a
    lock, then fails as locked), marked as a rollback-journal database: an in-memory copy
    cannot use write-ahead logging."""
    source = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    try:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        image = bytearray(source.serialize())
        source.execute("COMMIT")
    finally:
        source.close()
    if len(image) >= 20:
        image[18] = image[19] = 1  # the file format's read/write versions: 1 = legacy, 2 = WAL
    return bytes(image)


def open_snapshot(path: Path, *, busy_timeout: float = BUSY_TIMEOUT) -> SqlStore:
    """The database at `path` copied into memory (an empty one when the workspace has no state
    folder yet: every ward at the first stage). A state folder without its database is an error,
    as for any command.

    Read with ``immutable=1`` when no other program has the database open (no ``-wal`` file
    beside it: then SQLite creates no file), else with ``mode=ro``, which waits for a lock like
    any reader (the other program's files are already there).

    With CONGRESS_DATABASE_URL set, the PostgreSQL database it names (`path` is not read)."""
    if (url := configured_url()) is not None:
        return _pg_snapshot(url, busy_timeout)
    if path.parent.exists() and not path.exists():
        raise StoreError(Problem("store.not_workspace", file=str(path)))
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    if path.exists():
        if not path.is_file():
            raise StoreError(Problem("store.cannot_open", {"reason": "not a file"}, file=str(path)))
        check_header(path)
        busy = path.with_name(path.name + "-wal").exists()
        uri = f"file:{quote(str(path.resolve()))}?{'mode=ro' if busy else 'immutable=1'}"
        try:
            image = _read_image(uri, busy_timeout)
            memory.deserialize(image)
        except sqlite3.Error as exc:
            memory.close()
            kind = SqliteHook.classify(exc) or "failed"
            params = {} if kind == "locked" else {"reason": exc}
            raise StoreError(Problem(f"store.{kind}", params, file=str(path))) from exc
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    # a file that is there must be a workspace database, as `open_store` requires; with no file,
    # the empty schema is made in memory
    return Snapshot(engine, create=not path.exists(), name=str(path))


def _pg_snapshot(url: URL, busy_timeout: float) -> SqlStore:
    """The PostgreSQL database's tables copied into memory in one read-only transaction."""
    name = display_name(url)
    source = make_engine(url, name)
    rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    missing: list[str] = []
    try:
        with source.connect() as conn, conn.begin():
            PgHook.read_only(conn)
            try:
                version = schema_version(conn)
            except SchemaVersionError:
                version = -1
            if version == 0 and not foreign_tables(conn):
                pass  # an empty database: every ward at the first stage, as with no file
            elif not 0 < version <= LATEST:
                # not ours, damaged or newer: the store says which, having written nothing
                SqlStore(source, create=False, name=name, busy_timeout=busy_timeout).close()
            else:
                missing = PgHook.missing_triggers(conn) if version >= 2 else []
                tables = [t.name for t in METADATA.sorted_tables]
                present = set(inspect(conn).get_table_names())
                for table in (t for t in tables if t in present):
                    found = conn.execute(text(f'SELECT * FROM "{table}"'))  # a name of ours
                    rows[table] = (list(found.keys()), [tuple(r) for r in found])
    except SQLAlchemyError as exc:
        raise translate(exc, "postgresql", name) from exc
    finally:
        source.dispose()
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    SqliteHook.install(engine, busy_timeout)
    if rows:
        try:
            _fill(engine, version, rows, name)
        except StoreError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:  # the server's tables are not those of their version
            engine.dispose()
            reason = {"reason": getattr(exc, "orig", None) or exc}
            raise StoreError(Problem("store.corrupt", reason, file=name)) from exc
    store = Snapshot(engine, create=not rows, name=name, busy_timeout=busy_timeout, verify=False)
    problems = store.verify()  # the copy's chain and wards, and the server's triggers
    if missing:
        problems.append(Problem("tamper.triggers", {"triggers": ", ".join(missing)}))
    if problems:
        store.close()
        raise tampered(name, problems)
    return store


def _fill(
    engine: Engine,
    version: int,
    rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]],
    name: str,
) -> None:
    """Build the schema at `version` in memory and insert the rows read, each table's columns as
    the server named them (the store migrates the copy, in memory, when `version` is older).
    Foreign keys are off meanwhile: the rows are copied as they are, a history left by a deleted
    ward too, for the check to find. The rows go to the driver as they came (every column is text
    or an integer): no statement is compiled per row."""
    with engine.connect() as conn:
        conn.execution_options(**{BEGIN_OPTION: "NONE"})
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()  # ends SQLAlchemy's transaction; with BEGIN "NONE" SQLite had none
        conn.execution_options(**{BEGIN_OPTION: "DEFERRED"})
        with conn.begin():
            upgrade(conn, 0, version)
            conn.exec_driver_sql("DELETE FROM meta")
            quote = conn.dialect.identifier_preparer.quote
            for table, (columns, found) in rows.items():
                if not found:
                    continue
                ours = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({quote(table)})")}
                # a column of the server's that the schema does not have is left out, as SQLite
                # keeps one the program never reads; one the schema has and the server lacks:
                # the database was changed outside the program
                if lacking := sorted(ours - set(columns)):
                    params = {"table": table, "columns": ", ".join(lacking)}
                    raise StoreError(Problem("store.pg_columns_missing", params, file=name))
                kept = [i for i, column in enumerate(columns) if column in ours]
                names = ", ".join(quote(columns[i]) for i in kept)
                marks = ", ".join("?" for _ in kept)
                insert = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"
                every = len(kept) == len(columns)
                values = found if every else [tuple(row[i] for i in kept) for row in found]
                conn.exec_driver_sql(insert, values)
        conn.execution_options(**{BEGIN_OPTION: "NONE"})
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.commit()
