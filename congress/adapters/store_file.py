"""The workspace's database file: there, a file, and an SQLite database before SQLAlchemy opens it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL

from congress.errors import Problem, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_url(path: Path, create: bool) -> URL:
    """The URL of the database file `path` (its folder made if `create`); a StoreError, file
    untouched, when it is missing (without `create`), not a file or not an SQLite database."""
    if not path.exists():
        if not create:
            raise StoreError(Problem("store.not_workspace", file=str(path)))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(Problem("store.cannot_open", {"reason": exc}, file=str(path))) from exc
    elif not path.is_file():
        raise StoreError(Problem("store.cannot_open", {"reason": "not a file"}, file=str(path)))
    else:
        check_header(path)
    return URL.create(
        "sqlite",
        database="file:" + quote(str(path.resolve())),
        query={"mode": "rwc" if create else "rw", "uri": "true"},
    )


def check_header(path: Path) -> None:
    """A non-empty file that does not start like an SQLite database is not ours: say so early."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise StoreError(Problem("store.cannot_open", {"reason": exc}, file=str(path))) from exc
    if head and (len(head) < 100 or not head.startswith(SQLITE_HEADER)):
        reason = "not an SQLite database"
        raise StoreError(Problem("store.corrupt", {"reason": reason}, file=str(path)))
