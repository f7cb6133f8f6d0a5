"""The workspace's clock: the real one, or one the environment pins.

- `CONGRESS_TODAY=yyyy-mm-dd`: "today" for deadlines and the documents' date (what-if, tests);
- `CONGRESS_NOW=yyyy-mm-ddTHH:MM`: the moment the history rows are stamped with (and, without
  CONGRESS_TODAY, today): how a replayed history keeps its recorded dates. The services refuse a
  moment earlier than a ward's last history row (`Workspace.stamp`).
"""

from __future__ import annotations

import os
from datetime import date, datetime

from congress.errors import InputError, Problem


def today() -> date | None:
    """`CONGRESS_TODAY=yyyy-mm-dd` pins "today" for deadlines (what-if, tests); without it, the
    day of a pinned `CONGRESS_NOW`."""
    value = os.environ.get("CONGRESS_TODAY")
    pinned = pinned_now()
    if not value:
        return pinned.date() if pinned is not None else None
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(Problem("workspace.bad_today", {"value": value})) from exc
    if pinned is not None and pinned.date() != day:
        raise InputError(
            Problem("workspace.now_not_today", {"now": pinned.isoformat(), "today": value})
        )
    return day


def pinned_now() -> datetime | None:
    """`CONGRESS_NOW=yyyy-mm-ddTHH:MM` (local time unless an offset is given): the moment the
    history rows are stamped with — how a replayed history keeps its recorded dates."""
    value = os.environ.get("CONGRESS_NOW")
    if not value:
        return None
    try:
        if "T" not in value and " " not in value:
            raise ValueError(value)  # a moment, not a day: the time says the order within it
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InputError(Problem("workspace.bad_now", {"value": value})) from exc
    return moment if moment.tzinfo is not None else moment.astimezone()


def now() -> datetime:
    pinned = pinned_now()
    return pinned if pinned is not None else datetime.now().astimezone()
