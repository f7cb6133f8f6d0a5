"""The state database: `SqlStore` implements `congress.core.records.Store` on SQLAlchemy Core.

SQLite by default (`<workspace>/.congress/state.db`, opened by `open_store`), PostgreSQL when
`CONGRESS_DATABASE_URL` names one (store_pg; dialect parts: `SqliteHook`, `PgHook`). Every write
is one transaction that also appends its history row. Every database failure reaches the user as
a `StoreError` (or `ConcurrentChangeError`), never as a traceback. Datetimes: see store_schema.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from congress.adapters.store_bulk import KeptReads, read_states, register_rows, start_rows, taken
from congress.adapters.store_chain import (
    ChainHeadMissing,
    ChainMoved,
    append_all,
    database_problems,
    tampered,
    ward_problems,
)
from congress.adapters.store_engine import make_engine, translate
from congress.adapters.store_file import sqlite_url
from congress.adapters.store_pg import PgHook, configured_url, display_name
from congress.adapters.store_rows import (
    history_entry,
    history_values,
    keep_documents,
    move_ward,
    ward_record,
    ward_row,
    ward_stage,
    ward_values,
)
from congress.adapters.store_schema import (
    BEGIN_OPTION,
    LATEST,
    SchemaVersionError,
    SqliteHook,
    acknowledgements,
    approvals,
    confirmations,
    documents,
    exceptions,
    foreign_tables,
    history,
    schema_version,
    to_text,
    upgrade,
    wards,
)
from congress.core.records import (
    Acknowledgement,
    Approval,
    Confirmation,
    ExceptionGrant,
    GeneratedDocument,
    HistoryEntry,
    NewEvent,
    WardRecord,
    WardState,
)
from congress.errors import ConcurrentChangeError, Problem, StoreError

BUSY_TIMEOUT = 5.0

# Fault injection for the crash-safety test only: with CONGRESS_FAILPOINT set to this, `transition`
# prints "in-tx" after writing, then sleeps FAILPOINT_SLEEP s before committing (killed there).
FAILPOINT = "transition-before-commit"
FAILPOINT_SLEEP = 30.0


def open_store(
    path: Path, *, create: bool, busy_timeout: float = BUSY_TIMEOUT, verify: bool = True
) -> SqlStore:
    """Open the workspace database file `path` (create it, and its folder, if `create`), or the
    PostgreSQL database CONGRESS_DATABASE_URL names (its schema made there if `create`).
    Missing (without `create`), corrupt, locked or newer than this tool: StoreError, file untouched.
    An older schema is migrated in one transaction. Changed outside the program: TamperedError
    (unless not `verify`: `congress doctor` opens it to list what it finds)."""
    if (pg := configured_url()) is not None:
        name, url = display_name(pg), pg
    else:
        name, url = str(path), sqlite_url(path, create)
    return SqlStore(url, busy_timeout=busy_timeout, create=create, name=name, verify=verify)


class SqlStore(KeptReads):
    """The `Store` on any SQLAlchemy engine; checks and migrates the schema when created.

    `create=False` refuses an empty (unversioned) database instead of building the schema;
    `verify` checks the whole history chain and every ward once, when opened.
    """

    def __init__(
        self,
        url_or_engine: str | URL | Engine,
        *,
        busy_timeout: float = BUSY_TIMEOUT,
        create: bool = True,
        name: str | None = None,
        verify: bool = True,
    ) -> None:
        engine = url_or_engine
        if not isinstance(engine, Engine):
            engine = make_engine(engine, name)
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._pg = engine.dialect.name == "postgresql"
        self._busy_timeout = busy_timeout
        self._name = name or engine.url.database or engine.url.render_as_string(hide_password=True)
        if self._sqlite:
            SqliteHook.install(engine, busy_timeout)
        try:
            self._prepare(create)
            if verify and (problems := self.verify()):
                raise tampered(self._name, problems)
        except BaseException:
            engine.dispose()
            raise

    # -- opening ----------------------------------------------------------------------------------

    def _prepare(self, create: bool) -> None:
        with self._guard():
            with self._engine.connect() as conn, conn.begin():
                if self._sqlite and (problem := SqliteHook.integrity_problem(conn)):
                    raise self._fail("store.corrupt", reason=problem)
                version = self._check_version(conn, create)
            if version < LATEST:
                with self._write() as conn:
                    upgrade(conn, self._check_version(conn, create))  # again, under the lock
            if self._sqlite:
                SqliteHook.after_open(self._engine)

    def _check_version(self, conn: Connection, create: bool) -> int:
        try:
            version = schema_version(conn)
        except SchemaVersionError as exc:
            raise self._fail("store.corrupt", reason=f"schema_version = {exc}") from exc
        if version < 0:
            raise self._fail("store.corrupt", reason="no schema_version")
        if version > LATEST:
            raise self._fail("store.newer", found=version, known=LATEST)
        if version == 0 and (tables := foreign_tables(conn)):
            raise self._fail("store.foreign", tables=", ".join(sorted(tables)))
        if version == 0 and not create:
            raise self._fail("store.not_workspace")
        return version

    @property
    def location(self) -> str:  # the file, or the server and database (never a password)
        return self._name

    def _fail(self, key: str, **params: object) -> StoreError:
        return StoreError(Problem(key, params, file=self._name))

    def verify(self) -> list[Problem]:
        with self._read() as conn:
            return database_problems(conn)

    def _checked(self, conn: Connection, slugs: list[str] | None = None) -> None:
        """A read's check: the wards (`slugs`, or all) agree with their last transition."""
        if problems := ward_problems(conn, slugs):
            raise tampered(self._name, problems)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Translate every database exception at this edge into a StoreError."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise translate(exc, self._engine.dialect.name, self._name) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._guard(), self._engine.connect() as conn, conn.begin():
            if self._pg:
                PgHook.read_only(conn)
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._guard(), self._engine.connect() as conn:
            conn.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
            with conn.begin():
                if self._pg:  # writers queue here, as BEGIN IMMEDIATE makes them do on SQLite
                    PgHook.lock_writers(conn, self._busy_timeout)
                yield conn

    # -- wards ------------------------------------------------------------------------------------

    def register(self, ward: WardRecord, event: NewEvent) -> WardRecord:
        try:
            with self._write() as conn:
                if (stored := ward_row(conn, ward.slug)) is None:
                    self._checked(conn, [ward.slug])  # no history left by a deleted ward row
                    conn.execute(insert(wards).values(ward_values(ward)))
                    self._append(conn, ward.slug, event, ward.workflow_version)
                    stored = ward_row(conn, ward.slug)
        except StoreError as exc:
            # A database without a write lock at BEGIN: a racing register may have won.
            stored = self.get_ward(ward.slug) if isinstance(exc.__cause__, IntegrityError) else None
            if stored is None:
                raise
        assert stored is not None
        return stored

    def register_all(self, wards: list[tuple[WardRecord, NewEvent]]) -> None:
        try:
            with self._write() as conn:
                self._checked(conn)  # as `register`: no history left by a deleted ward row
                if rows := register_rows(conn, wards):
                    self._append_rows(conn, wards[0][0].slug, rows)
        except StoreError as exc:
            if not isinstance(exc.__cause__, IntegrityError):
                raise
            for ward, event in wards:  # a racing register won one: each, as it does
                self.register(ward, event)

    def start(
        self,
        wards: list[tuple[WardRecord, NewEvent]],
        documents: dict[str, list[tuple[GeneratedDocument, NewEvent]]],
    ) -> None:
        with self._write() as conn:  # `congress init`: all of it or nothing (issue 15)
            self._checked(conn)
            if there := taken(conn, [ward.slug for ward, _ in wards]):
                raise self._fail("store.ward_taken", ward=there[0])
            if rows := start_rows(conn, wards, documents):
                self._append_rows(conn, wards[0][0].slug, rows)

    def get_ward(self, slug: str) -> WardRecord | None:
        with self._read() as conn:
            self._checked(conn, [slug])
            return ward_row(conn, slug)

    def list_wards(self) -> list[WardRecord]:
        with self._read() as conn:
            self._checked(conn)
            return [ward_record(r) for r in conn.execute(select(wards).order_by(wards.c.slug))]

    def transition(
        self, slug: str, expected_stage: str, expected_revision: int, event: NewEvent
    ) -> WardRecord:
        if event.from_stage != expected_stage:
            raise ValueError(f"event.from_stage {event.from_stage!r} != {expected_stage!r}")
        with self._write() as conn:
            record = self._move(conn, slug, expected_stage, expected_revision, event)
            self._append(conn, slug, event, record.workflow_version)
            if os.environ.get("CONGRESS_FAILPOINT") == FAILPOINT:
                sys.stdout.write("in-tx\n")
                sys.stdout.flush()
                time.sleep(FAILPOINT_SLEEP)
        return record

    def reopen(
        self,
        slug: str,
        expected_stage: str,
        expected_revision: int,
        withdrawn: list[str],
        event: NewEvent,
    ) -> WardRecord:
        if event.from_stage != expected_stage:
            raise ValueError(f"event.from_stage {event.from_stage!r} != {expected_stage!r}")
        with self._write() as conn:
            record = self._move(conn, slug, expected_stage, expected_revision, event)
            if withdrawn:
                conn.execute(
                    delete(approvals).where(
                        approvals.c.ward == slug, approvals.c.approval.in_(withdrawn)
                    )
                )
            self._append(conn, slug, event, record.workflow_version)
        return record

    def migrate(
        self, slug: str, expected_revision: int, workflow_version: int, event: NewEvent
    ) -> WardRecord:
        with self._write() as conn:
            record = self._move(
                conn, slug, event.from_stage, expected_revision, event, workflow_version
            )
            self._append(conn, slug, event, workflow_version)
        return record

    def _move(
        self,
        conn: Connection,
        slug: str,
        expected_stage: str,
        expected_revision: int,
        event: NewEvent,
        workflow_version: int | None = None,
    ) -> WardRecord:
        """Set the ward's stage (and version) if it is still where the caller saw it."""
        if not move_ward(conn, slug, expected_stage, expected_revision, event, workflow_version):
            self._require(conn, slug)
            raise ConcurrentChangeError(
                Problem("store.concurrent", {"ward": slug}, file=self._name)
            )
        record = ward_row(conn, slug)
        assert record is not None
        return record

    # -- records kept per ward (a new one replaces the old one with the same key; the records
    #    are dataclasses whose fields are the table's columns) -------------------------------------

    def confirm(self, slug: str, item: Confirmation, event: NewEvent) -> None:
        self._keep(slug, confirmations, asdict(item), event)

    def approve(self, slug: str, approval: Approval, event: NewEvent) -> None:
        values = asdict(approval)
        day = approval.document_date
        values["document_date"] = day.isoformat() if day is not None else ""
        self._keep(slug, approvals, values, event)

    def grant_exception(self, slug: str, grant: ExceptionGrant, event: NewEvent) -> None:
        self._keep(slug, exceptions, asdict(grant), event)

    def acknowledge(self, slug: str, ack: Acknowledgement, event: NewEvent) -> None:
        self._keep(slug, acknowledgements, asdict(ack), event)

    def record_document(self, slug: str, document: GeneratedDocument, event: NewEvent) -> None:
        self._keep(slug, documents, asdict(document), event)

    def record_documents(
        self, slug: str, produced: list[tuple[GeneratedDocument, NewEvent]]
    ) -> None:
        with self._write() as conn:  # one transaction, a few statements (issue 15)
            if (ward := ward_stage(conn, slug)) is None:
                raise self._fail("store.unknown_ward", ward=slug)
            stage, version = ward  # the ward's stage now, whatever its caller read (a move)
            self._append_rows(conn, slug, keep_documents(conn, slug, produced, version, stage))

    def ward_states(self) -> dict[str, WardState]:
        with self._read() as conn:
            self._checked(conn)
            return read_states(conn)

    def history(self, slug: str) -> list[HistoryEntry]:
        query = select(history).where(history.c.ward == slug).order_by(history.c.id)
        with self._read() as conn:
            return [history_entry(r) for r in conn.execute(query)]

    def close(self) -> None:
        self._engine.dispose()

    # -- helpers ----------------------------------------------------------------------------------

    def _keep(self, slug: str, table: Table, values: dict[str, Any], event: NewEvent) -> None:
        """Replace the record with the same key, bump the ward's revision, append the event."""
        with self._write() as conn:
            self._keep_in(conn, slug, table, values, event)

    def _keep_in(
        self, conn: Connection, slug: str, table: Table, values: dict[str, Any], event: NewEvent
    ) -> None:
        key = next(c for c in table.primary_key.columns if c.name != "ward")
        stored = {**values, "ward": slug, "at": to_text(values["at"])}
        ward = self._require(conn, slug)
        conn.execute(delete(table).where(table.c.ward == slug, key == values[key.name]))
        conn.execute(insert(table).values(stored))
        conn.execute(
            wards.update()
            .where(wards.c.slug == slug)
            .values(revision=wards.c.revision + 1, updated_at=to_text(event.at))
        )
        self._append(conn, slug, event, ward.workflow_version)

    def _require(self, conn: Connection, slug: str) -> WardRecord:
        ward = ward_row(conn, slug)
        if ward is None:
            raise self._fail("store.unknown_ward", ward=slug)
        return ward

    def _append(self, conn: Connection, slug: str, event: NewEvent, workflow_version: int) -> None:
        self._append_rows(conn, slug, [history_values(slug, event, workflow_version)])

    def _append_rows(self, conn: Connection, slug: str, rows: list[dict[str, Any]]) -> None:
        try:
            append_all(conn, rows)
        except ChainHeadMissing:
            raise tampered(self._name, [Problem("tamper.no_head")]) from None
        except ChainMoved:
            problem = Problem("store.concurrent", {"ward": slug}, file=self._name)
            raise ConcurrentChangeError(problem) from None
