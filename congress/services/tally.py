"""Use cases of the vote count: check a ward's tally and compute its results; compare two entries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from congress.adapters.tally_files import load_tally
from congress.core.findings import Finding, any_blocking
from congress.core.numbers import format_percent
from congress.core.rules_tally import (
    TALLY_RULES,
    ItemParams,
    QuorumParams,
    SeatsParams,
    TallyContext,
    consistent,
)
from congress.core.ruleset import RuleBook, evaluate
from congress.core.tally import ONE_SIDE, TallyFile, compare, count_ballot, passes, quorum_met
from congress.i18n import get_lang, t
from congress.services.workspace import WardScope, Workspace


class ItemResult(BaseModel):
    """A show-of-hands vote and whether it passed."""

    id: str
    name: str
    in_favour: int
    against: int
    not_voting: int
    of: int
    percent: str
    passed: bool


class CandidateRow(BaseModel):
    name: str
    votes: int
    percent: str
    passed: bool
    elected: bool
    tied: bool


class BallotResult(BaseModel):
    """A ballot's figures and who is elected; a tie or a shortfall is stated."""

    id: str
    name: str
    seats: int
    issued: int
    collected: int
    valid: int
    invalid: int
    elected: list[str]
    tied: list[str]
    tie_broken_by_age: bool
    needs_revote: bool
    shortfall: int
    candidates: list[CandidateRow]


class TallyResults(BaseModel):
    """What the counting board reads out: only ever computed from a tally that reconciles."""

    convened: int
    present: int
    present_percent: str
    quorum: bool
    items: list[ItemResult]
    ballots: list[BallotResult]


class TallyReport(BaseModel):
    """What `congress tally WARD` reports."""

    ok: bool
    ward: str
    ward_name: str
    findings: list[Finding]
    results: TallyResults | None


@dataclass(frozen=True)
class TallyCheck:
    """A tally report and the files it was computed from (for the workflow's inputs hash)."""

    report: TallyReport
    inputs: list[Path]


def compute_results(tally: TallyFile, book: RuleBook) -> TallyResults | None:
    """The results with the ruleset's parameters; None when the tally does not reconcile."""
    if not consistent(tally):
        return None
    quorum: QuorumParams = book.params["quorum"]  # type: ignore[assignment]
    items: ItemParams = book.params["item_passed"]  # type: ignore[assignment]
    seats: SeatsParams = book.params["seats_filled"]  # type: ignore[assignment]
    d = tally.delegates
    of = getattr(d, items.denominator)
    return TallyResults(
        convened=d.convened,
        present=d.present,
        present_percent=format_percent(d.present, d.convened),
        quorum=quorum_met(d, quorum.share),
        items=[
            ItemResult(
                id=i.id,
                name=i.name,
                in_favour=i.in_favour or 0,
                against=i.against or 0,
                not_voting=i.not_voting or 0,
                of=of,
                percent=format_percent(i.in_favour or 0, of),
                passed=passes(i.in_favour or 0, of, items.threshold),
            )
            for i in tally.items
        ],
        ballots=[_ballot(b, seats) for b in tally.ballots],
    )


def _ballot(ballot: Any, p: SeatsParams) -> BallotResult:
    counted = count_ballot(ballot, p.threshold, p.tie_rule)
    tied = set(counted.tied)
    return BallotResult(
        id=ballot.id,
        name=ballot.name,
        seats=ballot.seats,
        issued=ballot.issued,
        collected=ballot.collected,
        valid=ballot.valid,
        invalid=ballot.invalid,
        elected=counted.elected,
        tied=counted.tied,
        tie_broken_by_age=counted.tie_broken_by_age,
        needs_revote=counted.needs_revote,
        shortfall=counted.shortfall,
        candidates=[
            CandidateRow(
                name=c.name,
                votes=c.votes,
                percent=c.percent,
                passed=c.passed,
                elected=c.elected,
                tied=c.name in tied,
            )
            for c in counted.candidates
        ],
    )


def check_ward_tally(scope: WardScope) -> TallyCheck:
    """The vote-counting rules on the ward's count, and the results when it reconciles."""
    ward = scope.ward
    tally = ward.tally()
    facts = ward.ward()
    book = ward.rulebook(scope.default_ruleset)
    ctx = TallyContext(tally, ward.second_tally())
    found = evaluate(book, TALLY_RULES, ctx, scope.lang)
    report = TallyReport(
        ok=not any_blocking(found),
        ward=scope.slug,
        ward_name=facts.ward,
        findings=found,
        results=None if ctx.entries_differ else compute_results(tally, book),
    )
    return TallyCheck(report, ward.inputs("tally", scope.default_ruleset))


def check_tally(ws: Workspace, slug: str) -> TallyReport:
    """`congress tally WARD`: the same check the workflow's count_votes guard runs."""
    return check_ward_tally(WardScope.of(ws, slug)).report


class DifferenceView(BaseModel):
    where: str
    field: str
    a: Any
    b: Any
    message: str


class Comparison(BaseModel):
    """What `congress tally compare A B` reports."""

    ok: bool
    a: str
    b: str
    differences: list[DifferenceView]


def compare_files(a: Path, b: Path) -> Comparison:
    """Two independent entries of the same count: every figure they disagree on."""
    diffs = compare(load_tally(a), load_tally(b))
    views = []
    lang = get_lang()
    for d in diffs:
        where = d.where_text(lang)
        if d.field == ONE_SIDE:
            message = t("tally.only_in", where=where, side="A" if d.first else "B")
        else:
            message = t(
                "tally.difference",
                where=where,
                field=d.field_text(lang),
                first=_shown(d.first),
                second=_shown(d.second),
            )
        views.append(DifferenceView(where=where, field=d.field_text(lang), a=d.first, b=d.second,
                                    message=message))  # fmt: skip
    return Comparison(ok=not views, a=str(a), b=str(b), differences=views)


def _shown(value: object) -> str:
    return "—" if value is None else str(value)
