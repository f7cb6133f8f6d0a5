"""Tamper evidence of the state database: history rows chained by hash, wards checked on reading.

Each history row's `hash` is the SHA-256 of a canonical JSON (sorted keys, no spaces, UTF-8) of
its content — every column but `id` and `hash`, as stored — and of the hash of the row before it
(by id, whatever the ward; the first row follows ""). `meta.history_head` holds the last row's
hash: every append reads it, chains from it and moves it on with a compare-and-set, so two
writers can never fork the chain (on a database without SQLite's write lock the second one gets a
ConcurrentChangeError). A ward's stage and workflow version must be those of its last
stage-setting row (register, transition, reopen, migrate).

What this finds: a row inserted, changed or deleted outside the program (the triggers stop
UPDATE/DELETE, not INSERT, and a DROP TRIGGER removes them), a ward row changed, deleted or added
without its history. What it cannot find: someone who recomputes the whole chain and the head
(there is no secret to key it with) — it is evidence against a careless or casual edit, not a
signature. Portable SQLAlchemy Core; the triggers are the dialect hooks' (`history_guard`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from congress.adapters.store_schema import history, history_guard, meta, wards
from congress.core.records import EventKind
from congress.errors import Problem, TamperedError

SHOWN = 5  # problems of a tampered database named in an error; `congress doctor` lists all
HEAD = "history_head"
GENESIS = ""
CONTENT = tuple(c.name for c in history.columns if c.name not in ("id", "hash"))
# The rows that set a ward's stage; the last of them must agree with the ward's row.
STAGE_KINDS = tuple(
    str(k) for k in (EventKind.REGISTER, EventKind.TRANSITION, EventKind.REOPEN, EventKind.MIGRATE)
)


class ChainHeadMissing(Exception):
    """`meta.history_head` is gone: the database was edited outside the program."""


class ChainMoved(Exception):
    """Another writer appended to the history meanwhile (the head moved under us)."""


# The canonical JSON of a row (an encoder made once: `json.dumps` with options makes one a call).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))

# The statements of every append, built once (their compiled form is cached by SQLAlchemy).
_HEAD = select(meta.c.value).where(meta.c.key == HEAD)
_INSERT = insert(history)
_MOVE_HEAD = (
    update(meta)
    .where(meta.c.key == HEAD, meta.c.value == bindparam("prev"))
    .values(value=bindparam("new"))
)


def row_hash(prev: str, values: Mapping[str, Any]) -> str:
    """The hash of a history row with content `values` following a row whose hash is `prev`."""
    return _content_hash(prev, {name: values[name] for name in CONTENT})


def _content_hash(prev: str, content: dict[str, Any]) -> str:
    text = _CANONICAL.encode({"prev": prev, "row": content})
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def head(conn: Connection) -> str | None:
    return conn.execute(_HEAD).scalar()


def append(conn: Connection, values: dict[str, Any]) -> None:
    """Insert the history row `values`, chained to the head, and move the head to it."""
    append_all(conn, [values])


def append_all(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert the history `rows` in their order, each chained to the one before (the first to
    the head), in one statement, and move the head to the last: the same rows and hashes as
    appending them one by one, for one read and one compare-and-set of the head."""
    prev = head(conn)
    if prev is None:
        raise ChainHeadMissing
    if not rows:
        return
    chained, new = [], prev
    for values in rows:
        new = row_hash(new, values)
        chained.append({**values, "hash": new})
    conn.execute(_INSERT, chained)
    moved = conn.execute(_MOVE_HEAD, {"prev": prev, "new": new})
    if moved.rowcount != 1:
        raise ChainMoved


def chain_existing(conn: Connection) -> None:
    """Give every row written before version 5 its hash, in id order, and set the head
    (the schema migration; the caller lifts the append-only triggers around it)."""
    prev = GENESIS
    rows = [dict(r) for r in conn.execute(select(history).order_by(history.c.id)).mappings()]
    for values in rows:
        prev = row_hash(prev, values)
        conn.execute(update(history).where(history.c.id == values["id"]).values(hash=prev))
    conn.execute(insert(meta).values(key=HEAD, value=prev))


def _row_params(values: Mapping[str, Any]) -> dict[str, object]:
    return {"id": values["id"], "ward": values["ward"], "kind": values["kind"], "at": values["at"]}


# Every row's id, hash and content, in the chain's order (plain tuples: no mapping per row).
_CHAIN = select(history.c.id, history.c.hash, *(history.c[name] for name in CONTENT)).order_by(
    history.c.id
)


def chain_problems(conn: Connection) -> list[Problem]:
    """Every history row whose hash does not follow from its content and the row before it,
    and a head that is not the last row's hash."""
    problems = []
    prev: str = GENESIS
    last: tuple[int, dict[str, Any]] | None = None  # the last row's id and content
    for row in conn.execute(_CHAIN):
        content = dict(zip(CONTENT, row[2:], strict=True))
        if _content_hash(prev, content) != row[1]:
            problems.append(Problem("tamper.row", _row_params({"id": row[0], **content})))
        prev, last = row[1], (row[0], content)  # the stored hash: a changed row is named once
    stored = head(conn)
    if stored is None:
        problems.append(Problem("tamper.no_head"))
    elif stored != prev:
        params = (
            _row_params({"id": last[0], **last[1]})
            if last is not None
            else {"id": 0, "ward": "", "kind": "", "at": ""}
        )
        problems.append(Problem("tamper.head", params))
    return problems


def ward_problems(conn: Connection, slugs: Iterable[str] | None = None) -> list[Problem]:
    """Wards whose row disagrees with their last stage-setting history row, wards without
    history, and wards whose history is there but whose row is gone (all, or those of `slugs`)."""
    if slugs is not None:
        return [p for slug in slugs for p in _one_ward(conn, slug)]
    latest = (
        select(history.c.ward, func.max(history.c.id).label("id"))
        .where(history.c.kind.in_(STAGE_KINDS))
        .group_by(history.c.ward)
        .subquery()
    )
    query = select(history.c.ward, history.c.to_stage, history.c.workflow_version).join(
        latest, history.c.id == latest.c.id
    )
    last = {r.ward: (r.to_stage, r.workflow_version) for r in conn.execute(query)}
    with_history = {r.ward for r in conn.execute(select(history.c.ward).distinct())}
    problems = []
    ward_rows = select(wards.c.slug, wards.c.stage, wards.c.workflow_version)
    for ward in conn.execute(ward_rows.order_by(wards.c.slug)):
        with_history.discard(ward.slug)
        problems += _compare(ward.slug, ward.stage, ward.workflow_version, last.get(ward.slug))
    for slug in sorted(with_history):
        stage = last.get(slug, ("?", 0))[0]
        problems.append(Problem("tamper.ward_deleted", {"ward": slug, "stage": stage}))
    return problems


def _one_ward(conn: Connection, slug: str) -> list[Problem]:
    """`ward_problems` of one ward, by the (ward, id) index: the check of every read."""
    ward = conn.execute(
        select(wards.c.stage, wards.c.workflow_version).where(wards.c.slug == slug)
    ).first()
    rows = select(history.c.to_stage, history.c.workflow_version).where(history.c.ward == slug)
    if ward is None:
        found = conn.execute(rows.order_by(history.c.id.desc()).limit(1)).first()
        if found is None:
            return []
        last = conn.execute(
            rows.where(history.c.kind.in_(STAGE_KINDS)).order_by(history.c.id.desc()).limit(1)
        ).first()
        stage = last.to_stage if last is not None else "?"
        return [Problem("tamper.ward_deleted", {"ward": slug, "stage": stage})]
    last = conn.execute(
        rows.where(history.c.kind.in_(STAGE_KINDS)).order_by(history.c.id.desc()).limit(1)
    ).first()
    found_last = None if last is None else (last.to_stage, last.workflow_version)
    return _compare(slug, ward.stage, ward.workflow_version, found_last)


def _compare(slug: str, stage: str, version: int, last: tuple[str, int] | None) -> list[Problem]:
    params: dict[str, object] = {"ward": slug, "stage": stage}
    if last is None:
        return [Problem("tamper.ward_no_history", params)]
    if last[0] != stage:
        return [Problem("tamper.stage", {**params, "last": last[0]})]
    if last[1] != version:
        return [Problem("tamper.version", {**params, "version": version, "last": last[1]})]
    return []


def database_problems(conn: Connection) -> list[Problem]:
    """Everything found changed outside the program: the chain, the wards, the triggers."""
    problems = chain_problems(conn) + ward_problems(conn)
    guard = history_guard(conn)
    if guard is not None and (missing := guard.missing_triggers(conn)):
        problems.append(Problem("tamper.triggers", {"triggers": ", ".join(missing)}))
    return problems


def tampered(name: str, problems: list[Problem]) -> TamperedError:
    """The error for a database changed outside the program: the first few things found."""
    more = [Problem("tamper.more", {"count": len(problems) - SHOWN})] if problems[SHOWN:] else []
    return TamperedError(
        Problem("store.tampered", file=name),
        *problems[:SHOWN],
        *more,
        Problem("tamper.what_to_do", {"database": name}),
    )
