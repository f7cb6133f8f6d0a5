"""Use case: the facts several files of a ward state (rule `facts_agree`), gathered and checked.

ward.yaml, the congress details and the count each say the ward's name, the congress day, its
ordinal and (details and count) the counting board; a file copied from another ward disagrees.
"""

from __future__ import annotations

from congress.core.cross_facts import FACT_RULES, Fact, FactsContext
from congress.core.findings import Finding
from congress.core.ruleset import RuleBook, evaluate
from congress.errors import CongressError
from congress.services.ports import WardFolder
from congress.services.workspace import WardScope

WARD_FILE = "ward.yaml"


def gather(ward: WardFolder) -> tuple[Fact, ...]:
    """What each readable file states; a file that cannot be read is left to its own check."""
    facts: list[Fact] = []
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
    except CongressError:
        pass
    try:
        entries = [("tally", ward.tally())] if ward.has_tally() else []
        second = ward.second_tally() if entries else None
        entries += [("second", second)] if second is not None else []
    except CongressError:
        entries = []
    for what, tally in entries:
        source = ward.source(what)  # type: ignore[arg-type]
        facts += [Fact("ward", source, tally.ward), Fact("date", source, tally.date),
                  Fact("ordinal", source, tally.ordinal),
                  Fact("counting_board", source, tally.counting_board)]  # fmt: skip
    return tuple(facts)


def facts_findings(scope: WardScope, book: RuleBook) -> list[Finding]:
    """The `facts_agree` findings of the ward (none when the ruleset turns the rule off)."""
    return evaluate(book, FACT_RULES, FactsContext(gather(scope.ward)), scope.lang)
