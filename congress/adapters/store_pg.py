"""The state database on PostgreSQL: where it is (`CONGRESS_DATABASE_URL`), and `PgHook`, every
piece of PostgreSQL-specific behaviour of the store (as `SqliteHook` is SQLite's).

`CONGRESS_DATABASE_URL=postgresql://user@host:port/database` points a workspace's state at a
shared PostgreSQL database (driver psycopg 3, the `postgres` extra); unset, the state is the
workspace's SQLite file. The URL is read in one place, `configured_url`, which `open_store` and
`open_snapshot` call. A password in the URL is never shown in a message (better: keep it out of
the URL, in ``~/.pgpass`` or ``PGPASSWORD``, which libpq reads).

PostgreSQL runs READ COMMITTED; every write transaction starts by taking one transaction-level
advisory lock (`lock_writers`), so writers queue as SQLite's `BEGIN IMMEDIATE` makes them do: the
chain's head is read and moved by one writer at a time, history ids follow the commit order, and
the second of two moves of the same ward from the same stage finds the ward moved
(ConcurrentChangeError). History is append-only by plpgsql triggers (UPDATE, DELETE, TRUNCATE).
"""

from __future__ import annotations

import os
import re
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from congress.errors import Problem, StoreError

DATABASE_URL_ENV = "CONGRESS_DATABASE_URL"
DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
CONNECT_TIMEOUT = 10  # seconds to reach the server
# The key of the advisory lock every write transaction takes ("cong" in ASCII).
WRITE_LOCK = 0x636F6E67


def configured_url() -> URL | None:
    """The PostgreSQL database named by CONGRESS_DATABASE_URL, or None (the SQLite file).

    A URL that cannot be parsed, names another database system or no database: a StoreError
    (exit 2) showing the URL with any password masked."""
    text = os.environ.get(DATABASE_URL_ENV, "").strip()
    if not text:
        return None
    shown = mask(text)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(
            Problem("store.pg_bad_url", {"url": shown, "env": DATABASE_URL_ENV})
        ) from exc
    if url.drivername not in SCHEMES:
        params = {"url": shown, "env": DATABASE_URL_ENV, "scheme": url.drivername}
        raise StoreError(Problem("store.pg_not_postgres", params))
    if not url.database:
        raise StoreError(Problem("store.pg_no_database", {"url": shown, "env": DATABASE_URL_ENV}))
    return url.set(drivername=DRIVER)


def mask(text: str) -> str:
    """A URL's text with its password (``user:secret@``, ``password=…``) replaced by ***."""
    text = re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", text)
    return re.sub(r"(password=)[^&\s]*", r"\1***", text, flags=re.IGNORECASE)


def display_name(url: URL) -> str:
    """How a message names the database: ``postgresql://user@host:port/database``, no password,
    no query."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"postgresql://{user}{host}{port}/{url.database}"


def engine_options() -> dict[str, Any]:
    """`create_engine` keywords: a bounded wait for the server and for the write lock."""
    return {
        "connect_args": {
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": "congress",
        },
        "pool_pre_ping": False,
    }


class PgHook:
    """Write lock, read-only transactions, append-only triggers and error classes for PostgreSQL."""

    TRIGGERS = ("history_no_update", "history_no_delete", "history_no_truncate")
    FUNCTION = "congress_history_append_only"

    @staticmethod
    def lock_writers(conn: Connection, lock_timeout: float) -> None:
        """Queue behind any other writer (until this transaction ends), at most `lock_timeout` s;
        then `classify` calls the failure 'locked'."""
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(lock_timeout * 1000)}ms'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    @staticmethod
    def read_only(conn: Connection) -> None:
        """Make the transaction just begun READ ONLY (the server refuses any write in it) and
        REPEATABLE READ: all its statements see one moment, as an SQLite read transaction does
        (under READ COMMITTED the chain's rows and its head, read by two statements, could
        straddle another writer's commit and look tampered)."""
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

    @staticmethod
    def make_history_append_only(conn: Connection) -> None:
        conn.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {PgHook.FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN RAISE EXCEPTION 'history is append-only' USING ERRCODE = 'restrict_violation';"
            " END $$"
        )
        for name in PgHook.TRIGGERS:
            action = name.rsplit("_", 1)[1].upper()
            each = "STATEMENT" if action == "TRUNCATE" else "ROW"
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} BEFORE {action} ON history "
                f"FOR EACH {each} EXECUTE FUNCTION {PgHook.FUNCTION}()"
            )

    @staticmethod
    def drop_history_triggers(conn: Connection) -> None:
        for name in PgHook.TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON history")

    @staticmethod
    def missing_triggers(conn: Connection) -> list[str]:
        """The append-only triggers of `history` dropped or disabled from outside."""
        found = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'history'::regclass"
                " AND NOT tgisinternal AND tgenabled <> 'D'"
            )
        }
        return [name for name in PgHook.TRIGGERS if name not in found]

    @staticmethod
    def classify(orig: BaseException | None) -> str | None:
        """The message key's tail for a psycopg error: 'locked' (lock timeout, serialisation),
        'pg_auth', 'pg_missing_database', 'pg_unreachable', 'pg_cannot_connect'; else None."""
        state = str(getattr(orig, "sqlstate", None) or "")
        if state in ("55P03", "40001", "40P01"):
            return "locked"
        if state.startswith("28"):
            return "pg_auth"
        if state == "3D000":
            return "pg_missing_database"
        if type(orig).__name__ != "OperationalError" or state:
            return None
        # libpq's connection failures carry no SQLSTATE: their text says what went wrong
        text = str(orig)
        if "password" in text or "authentication" in text or "role" in text:
            return "pg_auth"
        if "database" in text and "does not exist" in text:
            return "pg_missing_database"
        if "connection failed" in text or "resolve host" in text or "timeout" in text:
            return "pg_unreachable"
        return "pg_cannot_connect"
