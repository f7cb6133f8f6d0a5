"""Rows of the state database to records and back (kept apart from the store's transactions)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, insert, select

from congress.adapters.store_schema import documents, from_text, to_text, wards
from congress.core.records import (
    Acknowledgement,
    Approval,
    Confirmation,
    EventKind,
    ExceptionGrant,
    GeneratedDocument,
    HistoryEntry,
    NewEvent,
    WardRecord,
)

# default=str: a stray Fraction or date in findings is kept as text rather than lost (an encoder
# made once: `json.dumps` with options makes one a call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)

# The statements run for every ward of a district run, built once (SQLAlchemy caches their
# compiled form by a key it computes once per statement, not once per call).
_WARD = select(wards).where(wards.c.slug == bindparam("slug"))
_STAGE = select(wards.c.stage, wards.c.workflow_version).where(wards.c.slug == bindparam("slug"))
_DROP_DOCUMENTS = delete(documents).where(
    documents.c.ward == bindparam("ward_"), documents.c.doc.in_(bindparam("docs", expanding=True))
)
_ADD_DOCUMENTS = insert(documents)
_BUMP_WARD = (
    wards.update()
    .where(wards.c.slug == bindparam("ward_"))
    .values(revision=wards.c.revision + bindparam("more"), updated_at=bindparam("at_"))
)


def dumps(value: object) -> str:
    return _ENCODER.encode(value)


def ward_row(conn: Connection, slug: str) -> WardRecord | None:
    row = conn.execute(_WARD, {"slug": slug}).first()
    return None if row is None else ward_record(row)


def ward_stage(conn: Connection, slug: str) -> tuple[str, int] | None:
    """The ward's stage and workflow version (None: no such ward), all a document's row needs."""
    row = conn.execute(_STAGE, {"slug": slug}).first()
    return None if row is None else (row.stage, row.workflow_version)


def ward_values(ward: WardRecord) -> dict[str, Any]:
    return {
        "slug": ward.slug,
        "name": ward.name,
        "workflow_id": ward.workflow_id,
        "workflow_version": ward.workflow_version,
        "stage": ward.stage,
        "revision": ward.revision,
        "updated_at": to_text(ward.updated_at),
    }


def ward_record(row: Row[Any]) -> WardRecord:
    values = dict(row._mapping)
    values["updated_at"] = from_text(values["updated_at"])
    return WardRecord(**values)


def fields(row: Row[Any]) -> dict[str, Any]:
    values = {k: v for k, v in row._mapping.items() if k != "ward"}
    values["at"] = from_text(values["at"])
    return values


def _approval(row: Row[Any]) -> Approval:
    values = fields(row)
    day = values.pop("document_date", "")
    values["document_date"] = date.fromisoformat(day) if day else None
    return Approval(**values)


# The records kept per ward, by table: the column that keys them, and the record of a row.
KEPT: dict[str, tuple[str, Callable[[Row[Any]], Any]]] = {
    "confirmations": ("item", lambda r: Confirmation(**fields(r))),
    "approvals": ("approval", _approval),
    "exceptions": ("rule", lambda r: ExceptionGrant(**fields(r))),
    "acknowledgements": ("lesson", lambda r: Acknowledgement(**fields(r))),
    "documents": ("doc", lambda r: GeneratedDocument(**fields(r))),
}


def history_values(slug: str, event: NewEvent, workflow_version: int) -> dict[str, Any]:
    """The columns of the history row recording `event` (its hash is the chain's to add)."""
    return {
        "ward": slug,
        "kind": str(event.kind),
        "from_stage": event.from_stage,
        "to_stage": event.to_stage,
        "trigger": event.trigger,
        "actor": event.actor,
        "at": to_text(event.at),
        "note": event.note,
        "findings": dumps(event.findings),
        "inputs_hash": event.inputs_hash,
        "details": dumps(event.details),
        "workflow_version": workflow_version,
    }


def history_entry(row: Row[Any]) -> HistoryEntry:
    values = {k: v for k, v in row._mapping.items() if k != "hash"}
    values["kind"] = EventKind(values["kind"])
    values["at"] = from_text(values["at"])
    values["findings"] = json.loads(values["findings"])
    values["details"] = json.loads(values["details"])
    return HistoryEntry(**values)


def move_ward(
    conn: Connection,
    slug: str,
    stage: str,
    revision: int,
    event: NewEvent,
    workflow_version: int | None = None,
) -> bool:
    """Set the ward's stage to `event.to_stage` (and its workflow version) only if it is still
    at `stage`/`revision`; whether it was."""
    values: dict[str, Any] = {
        "stage": event.to_stage,
        "revision": wards.c.revision + 1,
        "updated_at": to_text(event.at),
    }
    if workflow_version is not None:
        values["workflow_version"] = workflow_version
    moved = conn.execute(
        wards.update()
        .where(wards.c.slug == slug, wards.c.stage == stage, wards.c.revision == revision)
        .values(values)
    )
    return moved.rowcount == 1


def keep_documents(
    conn: Connection,
    slug: str,
    produced: list[tuple[GeneratedDocument, NewEvent]],
    workflow_version: int,
    stage: str,
) -> list[dict[str, Any]]:
    """Replace the ward's registry rows of the `produced` documents and bump its revision once
    per document, in three statements (a district run registers a thousand wards); the history
    rows to append, in order, each at the ward's `stage` (whatever its event says: the ward's
    stage in this transaction). The same rows and revision as keeping the documents one by one."""
    if not produced:
        return []
    # the fields as they are (all text, a number or a moment): no deep copy as `asdict` makes
    latest = {d.doc: {**vars(d), "ward": slug, "at": to_text(d.at)} for d, _ in produced}
    conn.execute(_DROP_DOCUMENTS, {"ward_": slug, "docs": list(latest)})
    conn.execute(_ADD_DOCUMENTS, list(latest.values()))
    bump = {"ward_": slug, "more": len(produced), "at_": to_text(produced[-1][1].at)}
    conn.execute(_BUMP_WARD, bump)
    return [history_values(slug, _at_stage(e, stage), workflow_version) for _, e in produced]


def _at_stage(event: NewEvent, stage: str) -> NewEvent:
    if event.from_stage == stage and event.to_stage == stage:
        return event  # as a district run makes it: no copy
    return replace(event, from_stage=stage, to_stage=stage)
