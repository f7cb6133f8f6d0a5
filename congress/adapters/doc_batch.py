"""The documents of one run written together: every file to a temporary one first, then all moved
into place at once, and the whole run undone when any step fails (issue 14).

`stage` writes a temporary file beside its target (a hidden ``.NAME.….congress-tmp``); a locked
target, a file in the way of the folder or a failed write (full disk) stops the run before any
target is touched. `move_into_place` first flushes every temporary file to the disk (`fsync`, all
the batch's files at once from the process's few threads: one after the other they cost a journal
commit each, 12 per ward, about as long as rendering the ward), then renames them over their targets,
keeping a hidden copy of each file replaced; `undo` puts those back (and removes the files that
were new), so a failure after the moves — the database refusing the registry rows — leaves the
folder as it was. `discard` removes whatever temporary or kept copy is left. A process killed
in the middle leaves its hidden files behind: the first file a batch stages in a folder sweeps
that folder's hidden leftovers older than LEFTOVER_AGE (never a younger one, which may be another
run's at work).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from congress.adapters.docx_render import file_in_the_way, unwritable
from congress.adapters.files import ensure_not_open, permission_error, shared_mode
from congress.errors import InputError, Problem

LEFTOVER_AGE = 3600.0  # seconds: a hidden temporary or kept copy this old belongs to no live run
_LEFTOVER_SUFFIXES = (".congress-tmp", ".congress-old")


@dataclass
class _Staged:
    target: Path
    temp: Path
    backup: Path | None = None
    moved: bool = False


@dataclass
class FileBatch:
    """Files written to temporaries, then moved into place together, or not at all."""

    staged: list[_Staged] = field(default_factory=list)
    synced: bool = False  # every staged file already flushed to the disk (`sync`)
    swept: set[Path] = field(default_factory=set)  # folders whose old leftovers are removed
    # each target folder's entries, listed once for the checks of all its files (`_Listing`)
    listed: dict[Path, _Listing | None] = field(default_factory=dict)

    def stage(self, target: Path, data: bytes) -> None:
        """Write `data` to a temporary file beside `target` (nothing else is touched yet)."""
        _check_writable(target, self.listed)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.parent not in self.swept:
                self.swept.add(target.parent)
                sweep_leftovers(target.parent)
            handle, temp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".congress-tmp", dir=target.parent
            )
        except OSError as exc:
            raise permission_error(target, exc, "write") or unwritable(target, exc) from exc
        self.staged.append(_Staged(target, Path(temp)))
        try:
            with os.fdopen(handle, "wb") as out:
                write(out, data)
            shared_mode(temp, target)
        except OSError as exc:
            raise permission_error(target, exc, "write") or unwritable(target, exc) from exc

    def move_into_place(self) -> None:
        """Flush every temporary file to the disk, then rename each over its target; on a
        failure, undo the ones moved."""
        if not self.synced:
            self.sync()
        listed: dict[Path, _Listing | None] = {}  # listed again: a lock taken since staging
        try:
            for item in self.staged:
                _check_writable(item.target, listed)
                if item.target.exists():
                    item.backup = _keep_copy(item.target)
                os.replace(item.temp, item.target)
                item.moved = True
        except OSError as exc:
            self.undo()
            raise permission_error(item.target, exc, "write") or unwritable(
                item.target, exc
            ) from exc
        except BaseException:
            self.undo()
            raise

    def sync(self) -> None:
        """`fsync` every staged file, concurrently: nothing is renamed before all are on disk
        (a district worker does it for its ward, before handing the batch to the main process)."""
        if not self.staged:
            self.synced = True
            return
        failures = list(_sync_threads().map(_sync_one, [item.temp for item in self.staged]))
        for item, exc in zip(self.staged, failures, strict=True):
            if exc is not None:
                raise permission_error(item.target, exc, "write") or unwritable(
                    item.target, exc
                ) from exc
        self.synced = True

    def undo(self) -> None:
        """Put back every file replaced, remove every file that was new (best effort)."""
        for item in reversed(self.staged):
            if not item.moved:
                continue
            try:
                if item.backup is not None:
                    os.replace(item.backup, item.target)
                    item.backup = None
                else:
                    item.target.unlink()
            except OSError:
                continue
            item.moved = False

    def discard(self) -> None:
        """Remove the temporary files and kept copies that are left."""
        for item in self.staged:
            for path in (item.temp, item.backup):
                if path is not None and os.path.lexists(path):
                    with contextlib.suppress(OSError):
                        path.unlink()


def sweep_leftovers(folder: Path, age: float = LEFTOVER_AGE) -> list[Path]:
    """Remove the hidden temporaries and kept copies in `folder` (not below it) last changed more
    than `age` seconds ago: what a killed run left. Best effort; the paths removed."""
    removed: list[Path] = []
    limit = time.time() - age
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not (entry.name.startswith(".") and entry.name.endswith(_LEFTOVER_SUFFIXES)):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def write(out: BinaryIO, data: bytes) -> None:
    """Write and flush `data` to the open file `out` (separate so a test can fail it: full disk);
    `FileBatch.move_into_place` syncs it to the disk."""
    out.write(data)
    out.flush()


_SYNC_THREADS: dict[int, ThreadPoolExecutor] = {}  # by process id: see `_sync_threads`


def _sync_threads() -> ThreadPoolExecutor:
    """This process's threads for `fsync`, started once (a district worker syncs a batch per
    ward: starting up to eight threads each time cost ≈ 3 % of its time). Keyed by process id: a
    process forked later (the district's pool) starts its own and never uses the copy it
    inherited, whose threads do not exist there; at exit the idle threads are joined."""
    pid = os.getpid()
    threads = _SYNC_THREADS.get(pid)
    if threads is None:
        _SYNC_THREADS.clear()
        threads = _SYNC_THREADS[pid] = ThreadPoolExecutor(
            max_workers=8, thread_name_prefix="congress-fsync"
        )
    return threads


def _sync_one(path: Path) -> OSError | None:
    """`fsync` the file at `path` (a full disk may say so only now); the error, or None."""
    try:
        handle = os.open(path, os.O_RDWR)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        return exc
    return None


@dataclass(frozen=True)
class _Listing:
    """A target folder's entries, read once (one `scandir`): the names of its files and of its
    folders. A batch writes a dozen documents into a folder; each was checked with a look for
    each of its lock names, its ancestors and itself, ≈ 6 system calls a file."""

    files: frozenset[str]
    folders: frozenset[str]

    @classmethod
    def of(cls, folder: Path) -> _Listing | None:
        """None where the folder cannot be listed (a file in its way, no permission): each
        target there is then checked by itself, which says what is wrong. A folder not there
        yet holds nothing (the batch makes it)."""
        files, folders = set(), set()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir():
                        folders.add(entry.name)
                    elif entry.is_file():
                        files.add(entry.name)
        except FileNotFoundError:
            return cls(frozenset(), frozenset())
        except OSError:
            return None
        return cls(frozenset(files), frozenset(folders))


def _check_writable(target: Path, listed: dict[Path, _Listing | None]) -> None:
    """A lock file of `target` (open in Excel, Word, LibreOffice), a file in the way of its folder
    or a folder in its place: an InputError. `listed`: the folders listed so far (`_Listing`)."""
    folder = target.parent
    if folder not in listed:
        listed[folder] = _Listing.of(folder)
    listing = listed[folder]
    if listing is None:
        ensure_not_open(target)  # every lock name Excel, Word and LibreOffice use
        blocker = file_in_the_way(folder)
        if blocker is not None:
            params = {"blocker": str(blocker)}
            raise InputError(Problem("docs.output_blocked", params, file=str(target)))
        is_folder = target.is_dir()
    else:  # listed: the folder is a folder, or not there yet with no file in its way
        ensure_not_open(target, listing.files)
        is_folder = target.name in listing.folders
    if is_folder:
        raise InputError(Problem("docs.output_is_folder", file=str(target)))


def _keep_copy(target: Path) -> Path:
    """A hidden copy of `target` beside it (a hard link where the file system has them)."""
    backup = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.congress-old")
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup
