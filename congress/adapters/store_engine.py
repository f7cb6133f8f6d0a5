"""The store's engine for a URL, and every database exception translated into a StoreError
(the dialects' error classes are their hooks': `SqliteHook.classify`, `PgHook.classify`)."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from congress.adapters.store_pg import PgHook, engine_options, mask
from congress.adapters.store_schema import SqliteHook
from congress.errors import Problem, StoreError


def make_engine(url: str | URL, name: str | None) -> Engine:
    """An engine for `url` (a PostgreSQL one with a bounded connect); a StoreError when the URL
    is unusable or its driver (psycopg, the `postgres` extra) is not installed."""
    pg = str(url).startswith("postgresql")
    try:
        return create_engine(url, **(engine_options() if pg else {}))
    except ImportError as exc:
        raise StoreError(Problem("store.pg_no_driver", {"reason": exc}, file=name)) from exc
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(Problem("store.cannot_open", {"reason": exc}, file=name)) from exc


def translate(exc: SQLAlchemyError, dialect: str, name: str) -> StoreError:
    """The StoreError telling the user what `exc` means (locked, corrupt, unreachable…); its
    reason is the driver's text with any password masked."""
    orig = getattr(exc, "orig", None) or exc
    kind = None
    if dialect in ("sqlite", "postgresql"):
        kind = (SqliteHook if dialect == "sqlite" else PgHook).classify(orig)
    if kind is None and "lock" in str(orig).lower():
        kind = "locked"
    if kind == "locked":
        return StoreError(Problem("store.locked", file=name))
    return StoreError(Problem(f"store.{kind or 'failed'}", {"reason": mask(str(orig))}, file=name))
