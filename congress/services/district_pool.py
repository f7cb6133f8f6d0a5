"""The district's wards through the worker processes, a few at a time (issue 15).

`pool.map` over the whole district submitted every ward at once: a thousand jobs and, as they
came back faster than the parent handled them, their outcomes, all held in the parent's memory.
Here each worker has a few wards in flight, no more, so the memory of a run does not grow with
the number of wards, and the outcomes come back in the order of the wards.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from typing import TypeVar

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
