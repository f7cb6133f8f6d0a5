"""Use case: the facts several files of a ward state (rule `facts_agree`), gathered and checked.

ward.yaml, the congress details and the count each say the ward's name, the congress day, its
ordinal and (details and count) the counting board; a file copied from another ward disagrees.
"""

from __future__ import annotations

from congress.core.cross_facts import FACT_RULES, Fact, FactsContext
from congress.core.findings import Finding
from congress.core.ruleset import RuleBook, evaluate
from congress.errors import CongressError
from congress.i18n import LANGS
from congress.services.ports import WardFolder
from congress.services.workspace import WardScope

WARD_FILE = "ward.yaml"


def gather(ward: WardFolder) -> FactsContext:
    """What each readable file states, and the files that state facts but cannot be read (with
    the reason: `facts_agree` says it did not compare them)."""
    facts: list[Fact] = []
    unreadable: list[tuple[str, dict[str, str]]] = []

    def unread(what: str, error: CongressError) -> None:
        source = ward.source(what)  # type: ignore[arg-type]
        unreadable.append((source, {lang: error.render(lang) for lang in LANGS}))

    try:
        w = ward.ward()
        facts += [Fact("ward", WARD_FILE, w.ward), Fact("date", WARD_FILE, w.congress_date),
                  Fact("ordinal", WARD_FILE, w.ordinal)]  # fmt: skip
    except CongressError:
        facts.append(Fact("ward", WARD_FILE, ward.name()))
    try:
        c, source = ward.congress(), ward.source("congress")
        facts += [Fact("ward", source, c.ward), Fact("date", source, c.date),
                  Fact("ordinal", source, c.ordinal),
                  Fact("counting_board", source, c.counting_board)]  # fmt: skip
    except CongressError as error:
        unread("congress", error)
    entries = []
    try:
        entries = [("tally", ward.tally())] if ward.has_tally() else []
        second = ward.second_tally() if entries else None
        entries += [("second", second)] if second is not None else []
    except CongressError as error:
        unread("second" if entries else "tally", error)
    for what, tally in entries:
        source = ward.source(what)  # type: ignore[arg-type]
        facts += [Fact("ward", source, tally.ward), Fact("date", source, tally.date),
                  Fact("ordinal", source, tally.ordinal),
                  Fact("counting_board", source, tally.counting_board)]  # fmt: skip
    return FactsContext(tuple(facts), tuple(unreadable))


def facts_findings(scope: WardScope, book: RuleBook) -> list[Finding]:
    """The `facts_agree` findings of the ward (none when the ruleset turns the rule off)."""
    return evaluate(book, FACT_RULES, gather(scope.ward), scope.lang)
