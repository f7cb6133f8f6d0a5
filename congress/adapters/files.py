"""Files of a workspace: paths its files name stay inside it; writes are never half-done.

`office_lock` is the one check that an officer's file (a list, a draft, a form, a document, the
workbook) is open in Excel, Word or LibreOffice: `ensure_not_open` refuses it before anything is
read or written, and `permission_error` turns a PermissionError on such a file into that same
message (never «[Errno 13] Permission denied»).

`confined` is the one check of a path a ward or unit file names (``lists.proposed``, a tally's
``people_file``): resolved with its symlinks, it must lie inside one of the allowed folders (the
ward's folder or the workspace root), else an InputError naming the file and key, the foreign
file never opened. `inside_workspace` is the same check for a folder written to (``out/``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Container, Sequence
from pathlib import Path

from congress.errors import InputError, Problem
from congress.i18n import t


def _within(path: Path, roots: Sequence[Path]) -> bool:
    real = path.resolve()
    return any(real == root.resolve() or real.is_relative_to(root.resolve()) for root in roots)


def confined(
    base: Path, name: str | Path, roots: Sequence[Path], *, source: Path, key: str
) -> Path:
    """`name` (from key `key` of the file `source`), relative to `base`; an InputError when it
    resolves (symlinks followed) outside every folder of `roots`."""
    path = base / name
    if not _within(path, roots):
        allowed = t("file.allowed_folders", None, folders=", ".join(str(r) for r in roots))
        params = {"key": key, "path": str(name), "allowed": allowed}
        raise InputError(Problem("file.outside_workspace", params, file=str(source)))
    return path


def inside_workspace(root: Path, folder: Path) -> Path:
    """`folder`, to be written to, when it resolves (symlinks followed) inside `root`; an
    InputError before anything is written otherwise."""
    if not _within(folder, [root]):
        params = {"root": str(root), "folder": str(folder)}
        raise InputError(Problem("file.out_outside_workspace", params, file=str(folder)))
    return folder


def shared_mode(temp: str | Path, path: Path) -> None:
    """Give the temporary file `temp` the permissions `path` has, or those an ordinary new file
    gets (0666 less the umask): `mkstemp` makes it private to its owner, and a document, form or
    workbook is meant for the other officers sharing the workspace."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def replace_atomically(path: Path, write: Callable[[str], object]) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it over `path` (with the
    permissions of `shared_mode`).

    The temporary file is removed whatever happens; OSError goes to the caller to translate.
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(suffix=path.suffix + ".tmp", dir=folder)
    os.close(handle)
    try:
        write(temp)
        shared_mode(temp, path)
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


# The application that leaves a lock file beside a file of each kind (for the message).
_APPS = {
    ".docx": "Word",
    ".docm": "Word",
    ".doc": "Word",
    ".xlsx": "Excel",
    ".xlsm": "Excel",
    ".xls": "Excel",
    ".ods": "LibreOffice",
    ".csv": "Excel",
    ".txt": "Excel",
}


_ACTIONS = {"read": "file.action_read", "write": "file.action_write"}


def lock_names(path: Path) -> list[Path]:
    """Every name a lock file of `path` can have: Excel writes ``~$`` + the name; Word too for a
    short name, but drops the first letter of a 7-letter stem and the first two of a longer one
    (``~$kien.docx`` for ``du-kien.docx``); LibreOffice writes ``.~lock.`` + the name + ``#``."""
    name, stem = path.name, path.stem
    names = [f"~${name}"]
    if len(stem) == 7:
        names.append(f"~${name[1:]}")
    elif len(stem) >= 8:
        names.append(f"~${name[2:]}")
    names.append(f".~lock.{name}#")
    return [path.with_name(n) for n in names]


def office_lock(path: Path, files: Container[str] | None = None) -> Path | None:
    """The lock file beside `path` while Excel, Word or LibreOffice has it open, if any;
    `files`: the names of the files in its folder, when they were listed already (one listing
    for many paths, in place of a look for each lock name of each)."""
    for lock in lock_names(path):
        if files is not None:
            if lock.name in files:
                return lock
            continue
        try:
            if lock.is_file():
                return lock
        except OSError:
            continue
    return None


def _open_in_office(path: Path, lock: Path) -> InputError:
    app = "LibreOffice" if lock.name.startswith(".~lock.") else _APPS.get(path.suffix.lower())
    params = {"app": app or "Excel/Word", "lock": lock.name}
    return InputError(Problem("file.open_in_office", params, file=str(path)))


def ensure_not_open(path: Path, files: Container[str] | None = None) -> None:
    """An InputError (exit 2) when `path` is open in Excel/Word: «đóng tệp rồi chạy lại»
    (`files`: as `office_lock` takes them)."""
    lock = office_lock(path, files)
    if lock is not None:
        raise _open_in_office(path, lock)


def permission_error(path: Path, exc: OSError, action: str) -> InputError | None:
    """For a PermissionError reading or writing (`action`: "read", "write") an officer's file:
    the file open in Excel/Word when its lock file is there, else no permission, said in words;
    None for any other OSError (the caller says what it says for those)."""
    if not isinstance(exc, PermissionError):
        return None
    lock = office_lock(path)
    if lock is not None:
        return _open_in_office(path, lock)
    app = _APPS.get(path.suffix.lower(), "Excel/Word")
    params = {"action": t(_ACTIONS[action], None), "app": app}
    return InputError(Problem("file.permission_denied", params, file=str(path)))
