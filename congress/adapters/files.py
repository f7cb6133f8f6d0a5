"""Writing files so that a reader never sees them half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


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
