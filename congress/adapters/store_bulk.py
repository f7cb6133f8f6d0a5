"""The state database read and written many wards at a time (issue 15: a district run of a
thousand wards reads every ward's state in one transaction and registers the new wards in one).

Also the per-ward reads of the records kept per ward (`KeptReads`, a base of `SqlStore`), so
both read the same rows into the same records, in the same order (by their key).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from congress.adapters.store_rows import (
    KEPT,
    history_entry,
    history_values,
    keep_documents,
    ward_record,
    ward_values,
)
from congress.adapters.store_schema import (
    acknowledgements,
    approvals,
    confirmations,
    documents,
    exceptions,
    history,
    wards,
)
from congress.core.records import (
    MOVES,
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

KEPT_TABLES = (confirmations, approvals, exceptions, acknowledgements, documents)


class KeptReads:
    """The records kept for one ward, each by its key, in the order of the keys."""

    def _read(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def documents(self, slug: str) -> dict[str, GeneratedDocument]:
        return self._kept(documents, slug)

    def confirmations(self, slug: str) -> dict[str, Confirmation]:
        return self._kept(confirmations, slug)

    def approvals(self, slug: str) -> dict[str, Approval]:
        return self._kept(approvals, slug)

    def exceptions(self, slug: str) -> dict[str, ExceptionGrant]:
        return self._kept(exceptions, slug)

    def acknowledgements(self, slug: str) -> dict[str, Acknowledgement]:
        return self._kept(acknowledgements, slug)

    def _kept(self, table: Table, slug: str) -> dict[str, Any]:
        key, record = KEPT[table.name]
        query = select(table).where(table.c.ward == slug).order_by(table.c[key])
        with self._read() as conn:
            return {getattr(r, key): record(r) for r in conn.execute(query)}


def read_states(conn: Connection) -> dict[str, WardState]:
    """Every ward's `WardState`: seven queries, whatever the number of wards."""
    records = {r.slug: ward_record(r) for r in conn.execute(select(wards).order_by(wards.c.slug))}
    kept: dict[str, dict[str, dict[str, Any]]] = {}
    for table in KEPT_TABLES:
        key, record = KEPT[table.name]
        by_ward = kept[table.name] = {slug: {} for slug in records}
        for row in conn.execute(select(table).order_by(table.c.ward, table.c[key])):
            if row.ward in by_ward:
                by_ward[row.ward][getattr(row, key)] = record(row)
    moves: dict[str, list[HistoryEntry]] = {slug: [] for slug in records}
    kinds = [str(k) for k in MOVES]
    query = select(history).where(history.c.kind.in_(kinds)).order_by(history.c.id)
    for row in conn.execute(query):
        if row.ward in moves:
            moves[row.ward].append(history_entry(row))
    return {
        slug: WardState(
            record,
            confirmations=kept["confirmations"][slug],
            approvals=kept["approvals"][slug],
            exceptions=kept["exceptions"][slug],
            acknowledgements=kept["acknowledgements"][slug],
            documents=kept["documents"][slug],
            moves=moves[slug],
        )
        for slug, record in records.items()
    }


def register_rows(conn: Connection, new: list[tuple[WardRecord, NewEvent]]) -> list[dict[str, Any]]:
    """Insert the ward rows of `new` not there yet, in one statement; their history rows, to
    append in the order of `new`."""
    there = set(_slugs(conn, [ward.slug for ward, _ in new]))
    fresh, seen = [], set()
    for ward, event in new:
        if ward.slug not in there and ward.slug not in seen:
            fresh.append((ward, event))
            seen.add(ward.slug)
    if not fresh:
        return []
    conn.execute(insert(wards), [ward_values(ward) for ward, _ in fresh])
    return [history_values(ward.slug, event, ward.workflow_version) for ward, event in fresh]


def taken(conn: Connection, slugs: list[str]) -> list[str]:
    """Those of `slugs` that are registered already."""
    return list(_slugs(conn, slugs))


def start_rows(
    conn: Connection,
    new: list[tuple[WardRecord, NewEvent]],
    documents: dict[str, list[tuple[GeneratedDocument, NewEvent]]],
) -> list[dict[str, Any]]:
    """Insert the ward rows of `new` (none of them there yet), then each ward's registry rows of
    `documents`; the history rows to append: every ward's registration in the order of `new`,
    then each ward's documents (the rows and revisions of `register` for each ward, then
    `record_documents` for each, as `congress init` wrote them one transaction at a time)."""
    if not new:
        return []
    conn.execute(insert(wards), [ward_values(ward) for ward, _ in new])
    rows = [history_values(ward.slug, event, ward.workflow_version) for ward, event in new]
    for ward, _ in new:
        produced = documents.get(ward.slug, [])
        rows += keep_documents(conn, ward.slug, produced, ward.workflow_version, ward.stage)
    return rows


def _slugs(conn: Connection, slugs: list[str]) -> Iterator[str]:
    for start in range(0, len(slugs), 500):  # a bound on the statement's parameters
        chunk = slugs[start : start + 500]
        yield from conn.execute(select(wards.c.slug).where(wards.c.slug.in_(chunk))).scalars()
