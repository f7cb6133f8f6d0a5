"""The district's wards through the worker processes, a few at a time (issue 15); the workers
started before the run reads the wards' states, so that their start overlaps it.

`pool.map` over the whole district submitted every ward at once: a thousand jobs and, as they
came back faster than the parent handled them, their outcomes, all held in the parent's memory.
Here each worker has a few wards in flight, no more, so the memory of a run does not grow with
the number of wards, and the outcomes come back in the order of the wards.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from functools import cache
from typing import TypeVar

from congress.adapters.processes import end_with_parent
from congress.core.doc_context import DOCUMENTS
from congress.errors import CongressError
from congress.services.documents import TemplateSet

Job = TypeVar("Job")
Outcome = TypeVar("Outcome")

IN_FLIGHT = 3  # jobs submitted per worker ahead of the one being handled


def in_order(
    pool: Executor,
    work: Callable[[Job], Outcome],
    jobs: Iterable[Job],
    workers: int,
    arrived: Callable[[Outcome, Job], None],
    leftover: Callable[[Outcome], None],
) -> None:
    """`work` on each job in `pool`, at most ``IN_FLIGHT * workers`` submitted and not yet
    handled; `arrived` handles each outcome, in the order of the jobs, as soon as it is done.
    Stopped midway (an error, Ctrl+C), the jobs not started are cancelled and the outcomes done
    but not handled go to `leftover` (a ward's staged files: removed)."""
    window: deque[tuple[Future[Outcome], Job]] = deque()
    try:
        for job in jobs:
            window.append((pool.submit(work, job), job))
            if len(window) >= IN_FLIGHT * workers:
                future, done = window.popleft()
                arrived(future.result(), done)
        while window:
            future, done = window.popleft()
            arrived(future.result(), done)
    finally:
        for future, _ in window:
            if future.cancel() or not future.done() or future.exception() is not None:
                continue
            leftover(future.result())


@cache
def templates() -> TemplateSet:
    """The bundled templates, each compiled once per process, whatever the number of wards it
    handles (and the district's reports, in the main process)."""
    return TemplateSet()


@contextlib.contextmanager
def worker_pool(workers: int, every_document: bool) -> Iterator[ProcessPoolExecutor]:
    """The worker processes, started at once (a first task launches them all): each compiles
    its templates (`_start_worker`) while this process still reads the wards' states."""
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(every_document,)
    ) as pool:
        pool.submit(os.getpid)
        yield pool


def _start_worker(every_document: bool) -> None:
    """A worker's start: it ends with its parent; for every document, each template compiled
    now (≈ 0.6 s), not on its first ward. A template that cannot be compiled is said by the
    ward that needs it (a failing initializer would break the whole pool)."""
    end_with_parent()
    if every_document:
        compiled = templates()
        for doc in DOCUMENTS:
            with contextlib.suppress(CongressError, OSError):
                compiled.get(doc)
