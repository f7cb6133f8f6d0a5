"""Numbers and dates a user file may hold (issue 14): whole numbers, never true/false, within a
range a congress can have; dates within years a congress can be held in.

YAML reads `true` as a boolean and pydantic would take it for 1; an integer of thousands of
digits or a date in year 1 passes every type check and breaks the arithmetic later. These types
refuse them on load, worded through the message catalogue (error kind ``catalogue``).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)
MAX_PEOPLE = 100_000  # delegates, members, votes: far above any ward or district


def _plausible(value: dt.date | None) -> dt.date | None:
    if value is not None and not EARLIEST <= value <= LATEST:
        key = "limit.date_range"
        params = {
            "key": key,
            "min": EARLIEST.strftime("%d/%m/%Y"),
            "max": LATEST.strftime("%d/%m/%Y"),
        }
        raise PydanticCustomError("catalogue", key, params)
    return value


PlausibleDate = Annotated[dt.date, AfterValidator(_plausible)]
"""A date of a congress, a deadline, a meeting: from 1990 to 2100."""

Size = Annotated[int, Field(strict=True, ge=1, le=MAX_PEOPLE)]
"""A number of people planned or convened: a whole number (not true/false), at least 1."""

Amount = Annotated[int, Field(strict=True, ge=0, le=MAX_PEOPLE)]
"""A count that may be 0: a whole number (not true/false)."""
