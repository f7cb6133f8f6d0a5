"""Files of a workspace: paths its files name stay inside it; writes are never half-done.

`confined` is the one check of a path a ward or unit file names (``lists.proposed``, a tally's
``people_file``): resolved with its symlinks, it must lie inside one of the allowed folders (the
ward's folder or the workspace root), else an InputError naming the file and key, the foreign
file never opened. `inside_workspace` is the same check for a folder written to (``out/``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
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


def replace_atomically(path: Path, write: Callable[[str], object]) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it over `path`.

    The temporary file is removed whatever happens; OSError goes to the caller to translate.
    """
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(suffix=path.suffix + ".tmp", dir=folder)
    os.close(handle)
    try:
        write(temp)
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
