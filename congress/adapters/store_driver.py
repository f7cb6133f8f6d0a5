"""A few statements run on the driver's cursor: those a district run makes for every ward.

SQLAlchemy Core runs each statement through an execution context (its events, its parameters
processed, a result object): a fraction of a millisecond each, seven a ward, a thousand wards in
the main process while the workers want its core (issue 15). The statements here — SQLAlchemy
Core statements, built once in store_rows and store_chain — are compiled ONCE per dialect, with
named parameters, and their text run on the DBAPI cursor of the connection's transaction: the SQL
SQLAlchemy would send, the same rows. A driver's error is raised as SQLAlchemy's own
(`DBAPIError.instance`: IntegrityError, OperationalError…), so the store translates it as any.
Only plain values go through (text, integers): no type of these tables processes its parameters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import ClauseElement

_NAMED = ("named", "pyformat")  # paramstyles whose parameters are a mapping
# a statement's text and the values it binds itself (`meta.key == "history_head"`), by the
# statement, the dialect and (an insert) the columns given
_COMPILED: dict[tuple[int, str, str, tuple[str, ...]], tuple[str, dict[str, Any]]] = {}
_DIALECTS: dict[tuple[type[Dialect], str], Dialect] = {}


def _named(dialect: Dialect) -> Dialect:
    """`dialect`, or one of its kind with named parameters (pysqlite's are positional)."""
    if dialect.paramstyle in _NAMED:
        return dialect
    key = (type(dialect), dialect.name)
    if key not in _DIALECTS:
        kind: Any = type(dialect)
        _DIALECTS[key] = kind(paramstyle="named")
    return _DIALECTS[key]


def _sql(
    conn: Connection, statement: ClauseElement, keys: tuple[str, ...]
) -> tuple[str, dict[str, Any]]:
    """The statement's text for the connection's dialect (an insert: of the columns `keys`),
    and the values it binds itself."""
    dialect = conn.dialect
    key = (id(statement), dialect.name, dialect.paramstyle, keys)
    if (found := _COMPILED.get(key)) is None:
        column_keys = list(keys) if keys else None
        compiled = statement.compile(dialect=_named(dialect), column_keys=column_keys)
        # a literal of the statement (`meta.key == "history_head"`), not a column to be given
        own = {k: v for k, v in compiled.params.items() if type(v) in (str, int)}
        found = _COMPILED[key] = (str(compiled), own)
    return found


def run(conn: Connection, statement: ClauseElement, params: Mapping[str, Any]) -> tuple[int, Any]:
    """Execute `statement` with `params` on the driver's cursor: the count of rows it changed,
    and the first row it returned (None if none)."""
    keys = tuple(params) if isinstance(statement, Insert) else ()
    sql, own = _sql(conn, statement, keys)
    params = {**own, **params} if own else params
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.rowcount, cursor.fetchone() if cursor.description is not None else None
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error,
                                  dialect=conn.dialect) from exc  # fmt: skip
    finally:
        cursor.close()


def run_many(conn: Connection, statement: ClauseElement, rows: Sequence[Mapping[str, Any]]) -> None:
    """Execute `statement` once for each of `rows` (all with the same keys), in their order."""
    if not rows:
        return
    keys = tuple(rows[0]) if isinstance(statement, Insert) else ()
    sql, own = _sql(conn, statement, keys)
    rows = [{**own, **row} for row in rows] if own else rows
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, rows)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, list(rows), exc, conn.dialect.loaded_dbapi.Error,
                                  dialect=conn.dialect, ismulti=True) from exc  # fmt: skip
    finally:
        cursor.close()
