"""The state database's tables, its schema versions (migrations), and the one SQLite dialect hook.

Everything here is SQLAlchemy Core and portable, except the class `SqliteHook`, which holds every
piece of SQLite-specific behaviour (pragmas, `BEGIN IMMEDIATE`, WAL, append-only triggers, error
codes). PostgreSQL's is `store_pg.PgHook`; `history_guard` gives a connection's.

Datetimes are stored as ISO-8601 text, always converted to UTC and written with the offset
(`2024-01-05T02:30:00.000000+00:00`), so they read back as aware UTC datetimes that compare equal
to what was written. Naive datetimes are refused (ValueError): they would be ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    event,
    inspect,
    select,
)
from sqlalchemy.schema import CreateIndex, CreateTable

from congress.adapters.store_pg import PgHook

# ------------------------------------------------------------------------------------------------
# Tables. Migrations below create them from these definitions; when a later version changes a
# table, freeze the old definition inside the migration that created it before editing it here.

METADATA = MetaData()

meta = Table(
    "meta",
    METADATA,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

wards = Table(
    "wards",
    METADATA,
    Column("slug", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("workflow_id", String(200), nullable=False),
    Column("workflow_version", Integer, nullable=False),
    Column("stage", String(200), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

history = Table(
    "history",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ward", String(200), ForeignKey("wards.slug"), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("from_stage", String(200), nullable=False),
    Column("to_stage", String(200), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("note", Text, nullable=False),
    Column("findings", Text, nullable=False),
    Column("inputs_hash", String(200), nullable=False),
    Column("details", Text, nullable=False),
    Column("workflow_version", Integer, nullable=False),
    # SHA-256 over the row's content and the previous row's hash (version 5, store_chain)
    Column("hash", String(64), nullable=False, server_default=""),
)

history_by_ward = Index("ix_history_ward_id", history.c.ward, history.c.id)


def _ward_key() -> Column[str]:
    return Column("ward", String(200), ForeignKey("wards.slug"), primary_key=True)


confirmations = Table(
    "confirmations",
    METADATA,
    _ward_key(),
    Column("item", String(200), primary_key=True),
    Column("actor", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("note", Text, nullable=False),
)

approvals = Table(
    "approvals",
    METADATA,
    _ward_key(),
    Column("approval", String(200), primary_key=True),
    Column("actor", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("document", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("document_date", String(10), nullable=False, server_default=""),
)

exceptions = Table(
    "exceptions",
    METADATA,
    _ward_key(),
    Column("rule", String(200), primary_key=True),
    Column("granted_by", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("document", Text, nullable=False),
    Column("at", String(40), nullable=False),
)

acknowledgements = Table(
    "acknowledgements",
    METADATA,
    _ward_key(),
    Column("lesson", String(200), primary_key=True),
    Column("actor", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("note", Text, nullable=False),
)


documents = Table(
    "documents",
    METADATA,
    _ward_key(),
    Column("doc", String(100), primary_key=True),
    Column("path", Text, nullable=False),
    Column("template", Text, nullable=False),
    Column("template_hash", String(64), nullable=False),
    Column("data_hash", String(64), nullable=False),
    Column("file_hash", String(64), nullable=False),
    Column("at", String(40), nullable=False),
    # the «(ban moi)» copy written beside an edited `path` (version 5), and its hash then
    Column("copy_path", Text, nullable=False, server_default=""),
    Column("copy_hash", String(64), nullable=False, server_default=""),
)


def to_text(at: datetime) -> str:
    """An aware datetime as UTC ISO-8601 text with its offset; naive ones are a programming error."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at!r}: pass an aware one, e.g. datetime.now(UTC)")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


# ------------------------------------------------------------------------------------------------
# Schema versions. MIGRATIONS[i] takes the schema from version i to i + 1, inside the caller's
# transaction. A fresh database is built by applying all of them from 0.


def _history_v1() -> Table:
    """`history` as version 1 created it (version 5 adds `hash`)."""
    return Table(
        "history",
        MetaData(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("ward", String(200), ForeignKey(wards.c.slug), nullable=False),
        *(Column(c.name, c.type, nullable=False)
          for c in history.columns if c.name not in ("id", "ward", "hash")),
    )  # fmt: skip


def _to_v1(conn: Connection) -> None:
    for table in (meta, wards, _history_v1()):
        conn.execute(CreateTable(table))  # CreateTable: not the index, which is version 2's
    conn.execute(meta.insert().values(key="schema_version", value="0"))


def _approvals_v2() -> Table:
    """`approvals` as version 2 created it (version 4 adds `document_date`)."""
    return Table(
        "approvals",
        MetaData(),
        Column("ward", String(200), ForeignKey(wards.c.slug), primary_key=True),
        Column("approval", String(200), primary_key=True),
        Column("actor", Text, nullable=False),
        Column("at", String(40), nullable=False),
        Column("document", Text, nullable=False),
        Column("note", Text, nullable=False),
    )


def _to_v2(conn: Connection) -> None:
    for table in (confirmations, _approvals_v2(), exceptions, acknowledgements):
        conn.execute(CreateTable(table))
    conn.execute(CreateIndex(history_by_ward))
    if (guard := history_guard(conn)) is not None:
        guard.make_history_append_only(conn)


def _documents_v3() -> Table:
    """`documents` as version 3 created it (version 5 adds the copy's path and hash)."""
    return Table(
        "documents",
        MetaData(),
        Column("ward", String(200), ForeignKey(wards.c.slug), primary_key=True),
        *(Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable)
          for c in documents.columns if c.name not in ("ward", "copy_path", "copy_hash")),
    )  # fmt: skip


def _to_v3(conn: Connection) -> None:
    """The registry of generated documents (issue 4): what was written, from what, when."""
    conn.execute(CreateTable(_documents_v3()))


def _to_v4(conn: Connection) -> None:
    """The date of an approval's document (issue 10: a decision of recognition has one)."""
    conn.exec_driver_sql(
        "ALTER TABLE approvals ADD COLUMN document_date VARCHAR(10) NOT NULL DEFAULT ''"
    )


def _to_v5(conn: Connection) -> None:
    """Tamper evidence (issue 14): history rows chained by hash, the chain's head in `meta`;
    the registry keeps an edited document's one «(ban moi)» copy beside the officer's file."""
    from congress.adapters.store_chain import chain_existing  # it builds on these tables

    for sql in (
        "ALTER TABLE history ADD COLUMN hash VARCHAR(64) NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN copy_path TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN copy_hash VARCHAR(64) NOT NULL DEFAULT ''",
    ):
        conn.exec_driver_sql(sql)
    guard = history_guard(conn)
    if guard is not None:  # the rows written so far get their hash: the one update history sees
        guard.drop_history_triggers(conn)
    chain_existing(conn)
    if guard is not None:
        guard.make_history_append_only(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [_to_v1, _to_v2, _to_v3, _to_v4, _to_v5]
LATEST = len(MIGRATIONS)


class SchemaVersionError(Exception):
    """The `meta` table holds no readable schema version."""


def schema_version(conn: Connection) -> int:
    """The database's schema version: 0 for an empty database. SchemaVersionError if unreadable."""
    if not inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    try:
        return int(value) if value is not None else -1
    except ValueError as exc:
        raise SchemaVersionError(str(value)) from exc


def foreign_tables(conn: Connection) -> list[str]:
    """Tables of an unversioned database (another program's, not an empty one)."""
    return [n for n in inspect(conn).get_table_names() if not n.startswith("sqlite_")]


def upgrade(conn: Connection, current: int, target: int = LATEST) -> None:
    """Apply migrations `current`+1 … `target` in the caller's (write) transaction."""
    for version in range(current, target):
        MIGRATIONS[version](conn)
        conn.execute(
            meta.update().where(meta.c.key == "schema_version").values(value=str(version + 1))
        )


# ------------------------------------------------------------------------------------------------
# SQLite dialect hook: the ONLY SQLite-specific code of the store.

# Execution option naming how a transaction starts on SQLite: "IMMEDIATE" for writes (take the
# write lock at BEGIN, so two writers queue on the busy timeout instead of failing half-way),
# "DEFERRED" (default) for reads, "NONE" for statements that must run outside a transaction.
BEGIN_OPTION = "congress_begin"


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    if mode != "NONE":
        conn.exec_driver_sql(f"BEGIN {mode}")


class SqliteHook:
    """Pragmas, transaction start, WAL, append-only triggers and error codes for SQLite."""

    @staticmethod
    def install(engine: Engine, busy_timeout: float) -> None:
        """The pysqlite recipe: let SQLAlchemy emit BEGIN itself (sqlite3's own handling would
        leave DDL and reads outside the transaction); wait `busy_timeout` s for a lock."""
        if event.contains(engine, "begin", _on_begin):
            return

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.close()

        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", _on_begin)

    @staticmethod
    def integrity_problem(conn: Connection) -> str | None:
        """What `PRAGMA quick_check` finds wrong (a truncated or damaged file), or None."""
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])

    @staticmethod
    def after_open(engine: Engine) -> None:
        """Switch to write-ahead logging (persistent; readers then never wait for a writer).
        Called only once the schema version is known to be ours: it rewrites the file header."""
        with engine.connect() as conn:
            conn.execution_options(**{BEGIN_OPTION: "NONE"})
            conn.exec_driver_sql("PRAGMA journal_mode = WAL").fetchall()

    TRIGGERS = ("history_no_update", "history_no_delete")

    @staticmethod
    def make_history_append_only(conn: Connection) -> None:
        for action in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER history_no_{action.lower()} BEFORE {action} ON history "
                "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
            )

    @staticmethod
    def drop_history_triggers(conn: Connection) -> None:
        for name in SqliteHook.TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")

    @staticmethod
    def missing_triggers(conn: Connection) -> list[str]:
        """The append-only triggers of `history` that are not there (dropped from outside)."""
        found = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'"
            )
        }
        return [name for name in SqliteHook.TRIGGERS if name not in found]

    @staticmethod
    def classify(orig: BaseException | None) -> str | None:
        """'locked', 'corrupt' or 'cannot_open' for a sqlite3 error, else None."""
        name = str(getattr(orig, "sqlite_errorname", ""))
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return "locked"
        if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
            return "corrupt"
        if name.startswith("SQLITE_CANTOPEN"):
            return "cannot_open"
        return None


def history_guard(conn: Connection) -> type[SqliteHook] | type[PgHook] | None:
    """The hook that makes `history` append-only on this connection's database (None: none)."""
    name = conn.dialect.name
    return SqliteHook if name == "sqlite" else PgHook if name == "postgresql" else None
