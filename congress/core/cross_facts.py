"""Facts more than one file states: they must agree (rule `facts_agree`).

The congress day, its ordinal, the ward's name and the counting board are written in `ward.yaml`,
in the congress details (`congress.yaml` or its Excel form) and in the count (`tally.yaml` or its
entry form). A file copied from another ward keeps that ward's facts: a count dated 12/01/2024
with another ward's counting board, while ward.yaml says 2024-01-20. Each disagreement is a
finding naming both files and both values; a fact stated by fewer than two files is not compared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from congress.core.figures import Label
from congress.core.findings import Outcome, Status
from congress.core.levels import split_ward_name
from congress.core.ruleset import NoParams, RuleDef
from congress.core.text import fold
from congress.core.vn_format import short_date
from congress.i18n import LANGS, t

WHAT = ("ward", "date", "ordinal", "counting_board")


@dataclass(frozen=True)
class Fact:
    """`what` as `file` states it."""

    what: str
    file: str
    value: Any


@dataclass(frozen=True)
class FactsContext:
    facts: tuple[Fact, ...]
    # the files that state facts but could not be read: (file, the reason in each language)
    unreadable: tuple[tuple[str, dict[str, str]], ...] = ()


def _key(what: str, value: Any) -> object:
    """What two statements of a fact are compared by (the type word, case, spacing ignored)."""
    if what == "ward":
        return fold(split_ward_name(str(value))[1])
    if what == "ordinal":
        return str(value).strip().upper()
    if what == "counting_board":
        return frozenset(fold(name) for name in value)
    return value


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(value)
    return str(value)


def _stated(value: Any) -> bool:
    return value not in (None, "", [], ())


def facts_agree(ctx: FactsContext, _: NoParams) -> list[Outcome]:
    """Every fact stated in two or more files is stated alike; each disagreement is named."""
    failed: list[Outcome] = []
    compared = []
    for what in WHAT:
        stated = [f for f in ctx.facts if f.what == what and _stated(f.value)]
        if len(stated) < 2:
            continue
        compared.append(what)
        first = stated[0]
        for other in stated[1:]:
            if _key(what, other.value) != _key(what, first.value):
                values = {"what": Label(key=f"facts.{what}"), "first_file": first.file,
                          "first": _shown(first.value), "second_file": other.file,
                          "second": _shown(other.value)}  # fmt: skip
                failed.append(Outcome(Status.FAILED, "differs", values=values, hints=("fix",)))
    # a file that could not be read is not compared: said with its reason, never passed over
    unread = [Outcome(Status.NOT_CHECKED, "unreadable", values={"file": file, "reason": reason})
              for file, reason in ctx.unreadable]  # fmt: skip
    if failed:
        return failed + unread
    if not compared:
        return unread or [Outcome(Status.NOT_CHECKED, "not_checked")]
    if unread:
        return unread
    names = {lang: ", ".join(t(f"facts.{w}", lang) for w in compared) for lang in LANGS}
    return [Outcome(Status.PASSED, "ok", values={"compared": names})]


FACT_RULES: dict[str, RuleDef[FactsContext, Any]] = {
    "facts_agree": RuleDef(
        "facts_agree",
        NoParams,
        frozenset(
            {"what", "first_file", "first", "second_file", "second", "compared", "file", "reason"}
        ),
        frozenset({"ok", "differs", "not_checked", "unreadable"}),
        frozenset({"fix"}),
        facts_agree,
    )
}
