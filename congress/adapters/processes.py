"""Worker processes that end with their parent (issue 14: after `kill -9` of `district run` its
workers lived on for minutes, finishing wards nobody would read and holding files open).

`end_with_parent` is a pool initializer: in the worker it starts a daemon thread that waits on
the parent's sentinel — a pipe multiprocessing keeps open in the parent, closed by the system
when the parent dies however it dies — and then ends the worker at once. Portable (fork, spawn,
forkserver; Linux, macOS, Windows); on Linux `prctl(PR_SET_PDEATHSIG)` is asked as well, so the
kernel sends SIGTERM even while the worker is busy in C code holding the interpreter lock.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1
EXIT_ORPHANED = 70  # the worker's exit status when its parent is gone


def end_with_parent() -> None:
    """Make the calling worker process end as soon as its parent process does."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return  # not a child of multiprocessing
    if sys.platform == "linux" and os.getppid() == parent.pid:  # forked by it (not a forkserver)
        _pdeathsig(parent.pid)
    watchdog = threading.Thread(
        target=_wait_for, args=(parent,), name="end-with-parent", daemon=True
    )
    watchdog.start()


def _wait_for(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # returns when the parent's sentinel closes: the parent is gone
    os._exit(EXIT_ORPHANED)


def _pdeathsig(parent_pid: int) -> None:
    """SIGTERM from the kernel when the parent dies (Linux); nothing when libc cannot say so."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:
        os._exit(EXIT_ORPHANED)  # the parent died before the request was made
