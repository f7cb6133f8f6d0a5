"""Rules of the count (spec §4, third table; domain.md §5): hiệp thương, not an election.

`quorum`, `tally_consistent`, `double_entry_match`, `item_passed`, `person_approved`,
`seats_filled`, `delegation_complete`. No result is computed while the figures do not reconcile
or a second entry disagrees: the result rules then say «not checked».
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, PlainSerializer

from congress.core.figures import Bound, Label, Labels, Ratio
from congress.core.findings import Outcome, Status
from congress.core.numbers import ceil_div, parse_percent
from congress.core.ruleset import NoParams, RuleDef, Strict
from congress.core.tally import (
    Base,
    ChoiceResult,
    TallyFile,
    count_choice,
    denominator,
    hands_votes,
    need_for,
    passes,
    quorum_met,
    sections,
    whole_label,
)
from congress.core.tally_compare import Difference, compare
from congress.core.tally_consistency import Violation, compared, violations
from congress.core.text import fold
from congress.i18n import LANGS, t


def _share(value: object) -> Fraction:
    """A share written as 2/3, 0.5, 0,5, 50% or 66.67%."""
    text = str(value).strip()
    try:
        if "/" in text:
            result = Fraction(text.replace(" ", ""))
        elif text.endswith("%") or (isinstance(value, int | float) and value > 1):
            result = parse_percent(text) / 100
        else:
            result = parse_percent(text)
    except (ValueError, ZeroDivisionError) as exc:
        raise ValueError("not a share") from exc
    if not 0 < result <= 1:
        raise ValueError("share out of range")
    return result


Share = Annotated[Fraction, BeforeValidator(_share), PlainSerializer(str, return_type=str)]


class ApprovalParams(Strict):
    """`person_approved`: more than `threshold` of the denominator approve (present by default;
    convened; or the valid ballots where a secret vote is held)."""

    threshold: Share = Fraction(1, 2)
    denominator: Base = "present"


@dataclass(frozen=True)
class TallyContext:
    """The count of one ward, the second, independent entry if any, and the approval rule the
    result rules share (the ruleset's `person_approved` parameters)."""

    tally: TallyFile
    second: TallyFile | None = None
    approval: ApprovalParams = field(default_factory=ApprovalParams)
    file: str = "tally.yaml"
    second_file: str = "tally-ban-2.yaml"

    @cached_property  # compared once: the rules and the journal of a ward ask many times
    def differences(self) -> tuple[Difference, ...]:
        return () if self.second is None else tuple(compare(self.tally, self.second))

    @cached_property  # checked once, likewise (`tally_consistency.violations`)
    def violations(self) -> tuple[Violation, ...]:
        return tuple(violations(self.tally))

    def results(self) -> list[ChoiceResult]:
        """Who is hiệp thương cử on each list (only meaningful when `consistent`)."""
        return list(self._results)

    @cached_property  # counted once: the rules and the views of a ward ask many times
    def _results(self) -> tuple[ChoiceResult, ...]:
        p = self.approval
        return tuple(count_choice(s, p.threshold, p.denominator) for s in sections(self.tally))

    @cached_property
    def usable(self) -> bool:
        """Figures reconciled, entries agreeing, vacancies and members as counted: a result."""
        if self.violations or self.differences:
            return False
        results = self.results()
        return all(r.vacancies_match for r in results) and not _members_differ(self, results)


# -- quorum -------------------------------------------------------------------------------------


class QuorumParams(Strict):
    share: Share = Fraction(2, 3)


def _quorum(meeting: str, present: int, convened: int, share: Fraction) -> Outcome:
    ok = quorum_met(present, convened, share)
    ratio = Ratio(count=present, of=convened, base="convened")
    need = ceil_div(convened * share.numerator, share.denominator)
    values = {"meeting": Label(key=f"tally.meeting.{meeting}"), "present": present,
              "convened": convened, "percent": ratio, "share": str(share), "need": need,
              "missing": max(need - present, 0)}  # fmt: skip
    return Outcome(
        Status.PASSED if ok else Status.FAILED,
        "ok" if ok else "fail",
        values=values,
        actual=ratio,
        limit=Bound(kind="min", percent=share * 100, count=need),
        hints=() if ok else ("more",),
    )


def quorum(ctx: TallyContext, p: QuorumParams) -> list[Outcome]:
    """Present ≥ `share` of those convened (2/3 by default), at the congress and at the first
    meeting of the new committee."""
    d = ctx.tally.delegates
    outcomes = [_quorum("congress", d.present, d.convened, p.share)]
    meeting = ctx.tally.first_meeting
    if meeting is not None:
        outcomes.append(_quorum("first_meeting", meeting.present, meeting.members, p.share))
    return outcomes


# -- tally_consistent ---------------------------------------------------------------------------


def tally_consistent(ctx: TallyContext, _: NoParams) -> list[Outcome]:
    """The counts add up; an inconsistent tally is never used for a result."""
    found = ctx.violations
    if not found:
        return [
            Outcome(
                Status.PASSED, "ok", values={"checked": Labels(keys=tuple(compared(ctx.tally)))}
            )
        ]
    return [
        Outcome(Status.FAILED, variant, values={"file": ctx.file, **values},
                actual={k: v for k, v in values.items() if isinstance(v, int)},
                people=[values["person"]] if "person" in values else [], hints=("recount",))
        for variant, values in found
    ]  # fmt: skip


_NO_RESULT = Outcome(Status.NOT_CHECKED, "not_checked")


# -- double entry --------------------------------------------------------------------------------


class DoubleEntryParams(Strict):
    required: bool = False


def double_entry_match(ctx: TallyContext, p: DoubleEntryParams) -> list[Outcome]:
    """Two entries of the same count, made independently, agree figure by figure."""
    files = {"first": ctx.file, "second": ctx.second_file}
    if ctx.second is None:
        if p.required:
            return [Outcome(Status.FAILED, "missing", values=files, hints=("enter_again",))]
        return [Outcome(Status.NOT_CHECKED, "not_checked", values=files, optional=True)]
    differences = ctx.differences
    if not differences:
        return [Outcome(Status.PASSED, "ok", values=files)]
    lines = {
        lang: "; ".join(
            t("tally.entries_differ", lang, where=d.where_text(lang), field=d.field_text(lang),
              first=d.first, second=d.second) + _cells_text(ctx, d, lang)
            for d in differences
        )
        for lang in LANGS
    }  # fmt: skip
    return [
        Outcome(
            Status.FAILED,
            "differs",
            values={"count": len(differences), "details": lines, **files},
            actual={"differences": len(differences)},
            limit={"differences": 0},
            hints=("recount",),
        )
    ]


def _cells_text(ctx: TallyContext, d: Difference, lang: str) -> str:
    """Where a form holds the two figures (« (ô «Nhập lần 1» D15, «Nhập lần 2» D15)»)."""
    assert ctx.second is not None
    cells = [c for c in (ctx.tally.cell(d.first_loc), ctx.second.cell(d.second_loc)) if c]
    return t("tally.entries_cells", lang, cells=", ".join(cells)) if cells else ""


# -- item_passed ---------------------------------------------------------------------------------


class ItemParams(Strict):
    threshold: Share = Fraction(1, 2)
    denominator: Literal["present", "convened"] = "present"


def item_passed(ctx: TallyContext, p: ItemParams) -> list[Outcome]:
    """Each show of hands (the Đoàn Chủ tịch, Đoàn Thư ký, every item) passes with more than
    `threshold` of the denominator in favour."""
    if ctx.violations or ctx.differences:
        return [_NO_RESULT]
    of = getattr(ctx.tally.delegates, p.denominator)
    need = need_for(of, p.threshold)
    outcomes = []
    for _, name, vote in hands_votes(ctx.tally):
        votes = vote.in_favour or 0
        ok = passes(votes, of, p.threshold)
        ratio = Ratio(count=votes, of=of, base=p.denominator)
        values = {"item": name, "in_favour": votes, "of": of, "of_label":
                  Label(key=f"denominator.{p.denominator}"), "percent": ratio,
                  "threshold": str(p.threshold), "need": need}  # fmt: skip
        outcomes.append(
            Outcome(
                Status.PASSED if ok else Status.FAILED,
                "ok" if ok else "fail",
                values=values,
                actual=ratio,
                limit=Bound(kind="more_than", percent=p.threshold * 100, count=need),
            )
        )
    return outcomes or [Outcome(Status.NOT_CHECKED, "no_items")]


# -- person_approved ------------------------------------------------------------------------------


def person_approved(ctx: TallyContext, p: ApprovalParams) -> list[Outcome]:
    """Each person put forward: approvals > `threshold` of the denominator (present by default;
    exactly half is not enough). One finding per person not approved, one per list otherwise."""
    if ctx.violations or ctx.differences:
        return [_NO_RESULT]
    outcomes = []
    for section in sections(ctx.tally):
        of, base = denominator(section, p.denominator)
        need = need_for(of, p.threshold)
        bound = Bound(kind="more_than", percent=p.threshold * 100, count=need)
        common = {"list": Label(key=section.label), "of": of, "of_label":
                  Label(key=whole_label(section, base)), "threshold": str(p.threshold),
                  "need": need}  # fmt: skip
        result = count_choice(section, p.threshold, p.denominator)
        failed = [r for r in result.people if not r.passed]
        for r in failed:
            outcomes.append(Outcome(Status.FAILED, "fail", values={**common, "person": r.name,
                            "approvals": r.approvals, "percent": r.ratio}, actual=r.ratio,
                            limit=bound, people=[r.name], hints=("vacant",)))  # fmt: skip
        if not failed and result.people:
            lowest = min(result.people, key=lambda r: r.approvals)
            outcomes.append(Outcome(Status.PASSED, "ok", values={**common, "count":
                            len(result.people), "lowest": lowest.approvals,
                            "percent": lowest.ratio}, actual=lowest.ratio, limit=bound))  # fmt: skip
    return outcomes or [Outcome(Status.NOT_CHECKED, "no_lists")]


# -- seats_filled ---------------------------------------------------------------------------------


def _members_differ(ctx: TallyContext, results: list[ChoiceResult]) -> tuple[int, int] | None:
    """(members, hiệp thương cử) when the first meeting's members are not the committee chosen."""
    meeting = ctx.tally.first_meeting
    committee = next((r for r in results if r.section.id == "committee"), None)
    if meeting is None or committee is None or committee.needs_revote:
        return None
    chosen = len(committee.chosen)
    return None if meeting.members == chosen else (meeting.members, chosen)


def _seat_values(r: ChoiceResult) -> dict[str, Any]:
    return {"list": Label(key=r.section.label), "key": r.section.key, "planned": r.planned,
            "chosen_count": len(r.chosen), "vacancies": r.vacancies,
            "declared": r.declared_vacancies, "tied": ", ".join(r.tied),
            "chosen": ", ".join(r.chosen)}  # fmt: skip


def _seat_actual(r: ChoiceResult) -> dict[str, Any]:
    return {"list": r.section.id, "planned": r.planned, "chosen": len(r.chosen),
            "vacancies": r.vacancies, "tied": r.tied}  # fmt: skip


def seats_filled(ctx: TallyContext, _: NoParams) -> list[Outcome]:
    """The committee (and the Ban Thường trực): planned seats = those hiệp thương cử +
    vacancies; a tie matters only when more pass than there are seats (then a new vote)."""
    if ctx.violations or ctx.differences:
        return [_NO_RESULT]
    outcomes = []
    results = ctx.results()
    committee_chosen = {fold(n) for r in results if r.section.id == "committee" for n in r.chosen}
    for r in results:
        if r.section.id not in ("committee", "standing"):
            continue
        values = {"file": ctx.file, **_seat_values(r)}
        people = r.tied or r.chosen
        if r.needs_revote:
            outcome = Outcome(Status.FAILED, "tie_revote", values, _seat_actual(r), people=people,
                              hints=("revote",))  # fmt: skip
        elif not r.vacancies_match:
            outcome = Outcome(Status.FAILED, "vacancies_differ", values, _seat_actual(r),
                              people=people, hints=("vacancies",))  # fmt: skip
        else:
            variant = "ok_vacant" if r.vacancies else "ok"
            outcome = Outcome(Status.PASSED, variant, values, _seat_actual(r), people=people)
        outcomes.append(outcome)
        if r.section.id == "standing" and committee_chosen:
            for name in r.chosen:
                if fold(name) not in committee_chosen:
                    outcomes.append(Outcome(Status.FAILED, "standing_not_chosen",
                                            {"file": ctx.file, "person": name}, people=[name],
                                            hints=("standing",)))  # fmt: skip
    differ = _members_differ(ctx, results)
    if differ is not None:
        members, chosen = differ
        outcomes.append(Outcome(Status.FAILED, "members_differ", {"file": ctx.file, "members":
                                members, "chosen_count": chosen}, {"members": members,
                                "chosen": chosen}, hints=("members",)))  # fmt: skip
    return outcomes or [Outcome(Status.NOT_CHECKED, "no_lists")]


# -- delegation_complete ------------------------------------------------------------------------


def delegation_complete(ctx: TallyContext, _: NoParams) -> list[Outcome]:
    """The delegation's chính thức and dự khuyết lists are each complete (and, `tally_consistent`
    makes sure, do not overlap: an alternate is never ranked among the official)."""
    if ctx.tally.delegation is None:
        return [Outcome(Status.NOT_CHECKED, "no_delegation")]
    if ctx.violations or ctx.differences:
        return [_NO_RESULT]
    outcomes = []
    for r in ctx.results():
        if r.section.id not in ("official", "alternate"):
            continue
        values = {"file": ctx.file, **_seat_values(r)}
        if r.needs_revote:
            outcome = Outcome(Status.FAILED, "tie_revote", values, _seat_actual(r),
                              people=r.tied, hints=("revote",))  # fmt: skip
        elif r.vacancies:
            outcome = Outcome(Status.FAILED, "short", values, _seat_actual(r),
                              people=r.chosen, hints=("more",))  # fmt: skip
        else:
            outcome = Outcome(Status.PASSED, "ok", values, _seat_actual(r), people=r.chosen)
        outcomes.append(outcome)
    return outcomes


def _rule(
    rule_id: str, params: Any, evaluate: Any, fields: str, messages: str, hints: str
) -> RuleDef[TallyContext, Any]:
    return RuleDef(rule_id, params, frozenset(fields.split()), frozenset(messages.split()), frozenset(hints.split()), evaluate)  # fmt: skip


_CONSISTENCY = (
    "nobody_convened present_over_convened absent_sum vote_missing vote_sum members_present_over "
    "issued_over_present collected_over_issued valid_invalid_sum no_people vacancies_over_planned "
    "approvals_over votes_over standing_role_missing duplicate_person alternate_also_official "
    "standing_not_member members_over_planned"
)
_SEATS = "file list key planned chosen_count vacancies declared tied chosen"
TALLY_RULES: dict[str, RuleDef[TallyContext, Any]] = {
    r.id: r
    for r in (
        _rule("quorum", QuorumParams, quorum,
              "meeting present convened percent share need missing", "ok fail", "more"),
        _rule("tally_consistent", NoParams, tally_consistent,
              "file key present convened listed absent item in_favour against not_voting total "
              "members list issued collected valid invalid vacancies planned person approvals "
              "disapprovals of of_label checked",
              f"ok {_CONSISTENCY}", "recount"),
        _rule("double_entry_match", DoubleEntryParams, double_entry_match,
              "count details first second", "ok differs missing not_checked",
              "recount enter_again"),
        _rule("item_passed", ItemParams, item_passed,
              "item in_favour of of_label percent threshold need",
              "ok fail not_checked no_items", ""),
        _rule("person_approved", ApprovalParams, person_approved,
              "list of of_label threshold need person approvals percent count lowest",
              "ok fail not_checked no_lists", "vacant"),
        _rule("seats_filled", NoParams, seats_filled, f"{_SEATS} person members",
              "ok ok_vacant tie_revote vacancies_differ standing_not_chosen members_differ "
              "not_checked no_lists", "revote vacancies standing members"),
        _rule("delegation_complete", NoParams, delegation_complete, _SEATS,
              "ok short tie_revote not_checked no_delegation", "revote more"),
    )
}  # fmt: skip
