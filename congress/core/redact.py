"""What an error may quote of a cell or a row: a short excerpt, birth dates and identity numbers masked.

A stray quote in a CSV (`;"Nam;`) swallows the rest of the file into one cell; quoting that cell
in an error printed 51 names with their birth dates (issue 14). An error quotes at most `LIMIT`
characters, with the day and month of every date and every run of 9 or more digits (identity
numbers, old ID cards, phone numbers) masked; the file, row and column say where to look.
"""

from __future__ import annotations

import re
from functools import cache

LIMIT = 60
MASK = "*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Long digit runs, day/month/year, year/month/day: compiled when an error first quotes a
    cell (issue 15: a list read without error compiles none)."""
    return (
        re.compile(r"\d{9,}"),
        re.compile(r"(?<!\d)\d{1,2}([/.\-])\d{1,2}\1(\d{2,4})(?!\d)"),
        re.compile(r"(?<!\d)(\d{4})([/.\-])\d{1,2}\2\d{1,2}(?!\d)"),
    )


def mask(text: str) -> str:
    """`text` with dates as «**/**/1968» and long digit runs as stars, one per digit."""
    long_number, day_month_year, year_month_day = _patterns()
    text = long_number.sub(lambda m: MASK * len(m.group()), text)
    text = day_month_year.sub(lambda m: f"**{m.group(1)}**{m.group(1)}{m.group(2)}", text)
    return year_month_day.sub(lambda m: f"{m.group(1)}{m.group(2)}**{m.group(2)}**", text)


def excerpt(value: object, limit: int = LIMIT) -> str:
    """The first line of `value`, masked, cut to `limit` characters (ending in «…» when cut).

    A cell of several lines is most often rows swallowed by a stray quote: only its first line
    is the offending row's own.
    """
    lines = ("" if value is None else str(value)).strip().splitlines() or [""]
    text = mask(" ".join(lines[0].split()))
    if len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text + (" …" if len(lines) > 1 else "")
