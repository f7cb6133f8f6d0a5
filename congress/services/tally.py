"""Use cases of the count: check a ward's tally, compute its results and journal; compare two entries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from congress.adapters.tally_files import load_tally
from congress.core.figures import Ratio
from congress.core.findings import Finding, any_blocking
from congress.core.model import Model
from congress.core.rules_tally import (
    TALLY_RULES,
    ApprovalParams,
    ItemParams,
    QuorumParams,
    TallyContext,
)
from congress.core.ruleset import RuleBook, evaluate
from congress.core.tally import ChoiceResult, TallyFile, hands_votes, passes, quorum_met
from congress.core.tally_compare import ONE_SIDE, compare
from congress.core.tally_context import journal
from congress.core.ward import WardFile
from congress.i18n import get_lang, t
from congress.services.facts import facts_findings
from congress.services.ports import WardFolder
from congress.services.workspace import WardScope, Workspace

SECTIONS = ("tally", "facts")  # the rules the count is checked against (core.rule_index)


class VoteResult(Model):
    """A show of hands (the Đoàn Chủ tịch, Đoàn Thư ký, an item) and whether it passed."""

    id: str
    name: str
    in_favour: int
    against: int
    not_voting: int
    share: Ratio
    passed: bool


class PersonRow(Model):
    name: str
    role: str | None
    approvals: int
    disapprovals: int | None
    share: Ratio
    passed: bool
    chosen: bool
    tied: bool


class ListResult(Model):
    """One list hiệp thương cử: who is chosen, the vacancies, a tie that needs a new vote."""

    id: str
    name: str
    method: str
    planned: int
    issued: int | None
    collected: int | None
    valid: int | None
    invalid: int | None
    chosen: list[str]
    vacancies: int
    tied: list[str]
    needs_revote: bool
    people: list[PersonRow]


class MeetingResult(Model):
    """The first meeting of the new committee: members convened and present."""

    members: int
    present: int
    share: Ratio
    quorum: bool


class TallyResults(Model):
    """The results: only ever computed from a count that reconciles."""

    convened: int
    present: int
    presence: Ratio  # present of convened
    quorum: bool
    votes: list[VoteResult]
    lists: list[ListResult]
    first_meeting: MeetingResult | None


class JournalEntry(Model):
    text: str
    ok: bool


class TallyReport(Model):
    """What `congress tally WARD` reports: the findings, the results, the entry journal."""

    ok: bool
    ward: str
    ward_name: str
    findings: list[Finding]
    results: TallyResults | None
    journal: list[JournalEntry]


@dataclass(frozen=True)
class TallyCheck:
    """A tally report and the files it was computed from (for the workflow's inputs hash)."""

    report: TallyReport
    inputs: list[Path]


def context_of(
    tally: Any,
    second: Any,
    book: RuleBook,
    files: tuple[str, str] = ("tally.yaml", "tally-ban-2.yaml"),
) -> TallyContext:
    approval: ApprovalParams = book.params.get("person_approved", ApprovalParams())  # type: ignore[assignment]
    return TallyContext(tally, second, approval, file=files[0], second_file=files[1])


def _checked_count(scope: WardScope) -> tuple[TallyContext, RuleBook, WardFile]:
    """The ward's count as its check reads it, with its rulebook and facts; the count is kept in
    the folder's memo, so that the ward's documents count it no second time (`counted`)."""
    ward = scope.ward
    tally = ward.tally()
    facts = ward.ward()
    book = ward.rulebook(scope.default_ruleset, SECTIONS)
    files = (ward.source("tally"), ward.source("second"))
    ctx = context_of(tally, ward.second_tally(), book, files)
    ward.memo.keep(ctx)
    return ctx, book, facts


def counted(
    ward: WardFolder, tally: TallyFile, second: TallyFile | None, approval: ApprovalParams
) -> TallyContext:
    """The count of these very entries under `approval`, as the ward's check counted it with
    this very folder if it did (its results computed once), else a new one."""
    ctx = TallyContext(tally, second, approval)
    last = ward.memo.last(TallyContext)
    if last is not None and last.tally is tally and last.second is second and last == ctx:
        return last
    return ctx


def compute_results(ctx: TallyContext, book: RuleBook, lang: str) -> TallyResults | None:
    """The results with the ruleset's parameters; None unless the count is usable."""
    if not ctx.usable:
        return None
    quorum: QuorumParams = book.params["quorum"]  # type: ignore[assignment]
    items: ItemParams = book.params["item_passed"]  # type: ignore[assignment]
    tally = ctx.tally
    d = tally.delegates
    of = getattr(d, items.denominator)
    votes = []
    for key, name, vote in hands_votes(tally):
        count = vote.in_favour or 0
        votes.append(VoteResult(
            id=key, name=name if isinstance(name, str) else t(name.key, lang), in_favour=count,
            against=vote.against or 0, not_voting=vote.not_voting or 0,
            share=Ratio(count=count, of=of, base=items.denominator),
            passed=passes(count, of, items.threshold),
        ))  # fmt: skip
    meeting = None
    if tally.first_meeting is not None:
        fm = tally.first_meeting
        meeting = MeetingResult(members=fm.members, present=fm.present,
                                share=Ratio(count=fm.present, of=fm.members, base="convened"),
                                quorum=quorum_met(fm.present, fm.members, quorum.share))  # fmt: skip
    return TallyResults(
        convened=d.convened,
        present=d.present,
        presence=Ratio(count=d.present, of=d.convened, base="convened"),
        quorum=quorum_met(d.present, d.convened, quorum.share),
        votes=votes,
        lists=[_list(r, lang) for r in ctx.results()],
        first_meeting=meeting,
    )


def _list(r: ChoiceResult, lang: str) -> ListResult:
    choice = r.section.choice
    b = choice.ballots
    return ListResult(
        id=r.section.id,
        name=choice.name or t(r.section.label, lang),
        method=choice.method,
        planned=r.planned,
        issued=b.issued if b else None,
        collected=b.collected if b else None,
        valid=b.valid if b else None,
        invalid=b.invalid if b else None,
        chosen=r.chosen,
        vacancies=r.vacancies,
        tied=r.tied,
        needs_revote=r.needs_revote,
        people=[
            PersonRow(name=p.name, role=p.role, approvals=p.approvals,
                      disapprovals=p.disapprovals, share=p.ratio, passed=p.passed,
                      chosen=p.chosen, tied=p.tied)
            for p in r.people
        ],
    )  # fmt: skip


def check_ward_tally(scope: WardScope) -> TallyCheck:
    """The counting rules on the ward's count, the results when it reconciles, the journal."""
    ctx, book, facts = _checked_count(scope)
    found = evaluate(book, TALLY_RULES, ctx, scope.lang) + facts_findings(scope, book)
    report = TallyReport(
        ok=not any_blocking(found),
        ward=scope.slug,
        ward_name=facts.ward,
        findings=found,
        results=compute_results(ctx, book, scope.lang),
        journal=[JournalEntry(text=j.text, ok=j.ok) for j in journal(ctx, scope.lang)],
    )
    return TallyCheck(report, scope.ward.inputs("tally", scope.default_ruleset))


def ward_results(scope: WardScope) -> TallyResults | None:
    """The results `check_ward_tally` reports, without its findings and journal (the district's
    figures): the same files read, the same errors raised."""
    ctx, book, _ = _checked_count(scope)
    return compute_results(ctx, book, scope.lang)


def check_tally(ws: Workspace, slug: str) -> TallyReport:
    """`congress tally WARD`: the same check the workflow's guards run after the congress."""
    return check_ward_tally(WardScope.of(ws, slug)).report


class DifferenceView(Model):
    where: str
    field: str
    a: Any
    b: Any
    message: str


class Comparison(Model):
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
