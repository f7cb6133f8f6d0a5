"""The state database in tests, on SQLite and on PostgreSQL.

`fresh_postgres_database()` makes a database for one test on the server CONGRESS_TEST_POSTGRES_URL
names and drops it afterwards; the fixtures of tests/conftest.py (`state_database`,
`postgres_database`) set it as CONGRESS_DATABASE_URL, so `open_store`, `open_snapshot` and every
CLI command of the test (and every process it starts) use it. `Raw` reaches the state database
from outside the program, as someone with a database browser would.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy.engine import make_url

POSTGRES_URL_ENV = "CONGRESS_TEST_POSTGRES_URL"
DATABASE_URL_ENV = "CONGRESS_DATABASE_URL"
# What a refused UPDATE/DELETE of history raises, on either system.
REFUSED = (sqlite3.IntegrityError, psycopg.errors.IntegrityError)


def postgres_server() -> str:
    """The server's URL; without it the test is skipped — and fails under CI=true, where a
    PostgreSQL test must never be skipped silently."""
    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    if url:
        return url
    reason = f"{POSTGRES_URL_ENV} is not set (a PostgreSQL server where tests may create databases)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: the PostgreSQL tests must run, but {reason}")
    pytest.skip(reason)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database on the test server for this test alone (its URL); dropped after."""
    server = make_url(postgres_server())
    name = f"congress_test_{uuid.uuid4().hex[:12]}"
    admin = _libpq(server.render_as_string(hide_password=False))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _libpq(server.set(database=name).render_as_string(hide_password=False))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def on_postgres() -> bool:
    return bool(os.environ.get(DATABASE_URL_ENV))


class Raw:
    """A connection to the state database outside the program: the SQLite file `db`, or the
    PostgreSQL database of CONGRESS_DATABASE_URL (autocommit: each statement stands alone).
    Statements use ``?`` placeholders on both."""

    def __init__(self, db: Path) -> None:
        self.pg = on_postgres()
        self._conn: Any
        if self.pg:
            self._conn = psycopg.connect(_libpq(os.environ[DATABASE_URL_ENV]), autocommit=True)
        else:
            self._conn = sqlite3.connect(db)

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        if self.pg:
            sql = sql.replace("?", "%s")
        return self._conn.execute(sql, params)

    def dicts(self, sql: str, params: tuple[object, ...] = ()) -> list[dict[str, Any]]:
        if self.pg:
            with self._conn.cursor(row_factory=dict_row) as cursor:
                return list(cursor.execute(sql.replace("?", "%s"), params).fetchall())
        self._conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in self._conn.execute(sql, params).fetchall()]
        finally:
            self._conn.row_factory = None

    def drop_trigger(self, name: str) -> None:
        self.execute(f"DROP TRIGGER {name}" + (" ON history" if self.pg else ""))

    def unguarded(self) -> None:
        """Foreign keys (and, on PostgreSQL, every trigger) off for this connection, as in the
        `sqlite3` shell, or for a superuser's `session_replication_role = replica`."""
        if self.pg:
            self.execute("SET session_replication_role = replica")

    def commit(self) -> None:
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Raw:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self.commit()
        finally:
            self.close()


def contents(db: Path) -> object:
    """Everything the state database holds, to compare before and after (the file's bytes)."""
    if not on_postgres():
        return db.read_bytes()
    with Raw(db) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()]  # fmt: skip
        return {t: raw.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
