"""Personnel rules on shares and counts: re-election cap, non-Party share, women, size, BTT."""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from congress.core.figures import Bound, Label, Ratio
from congress.core.findings import Outcome, Status
from congress.core.numbers import ceil_div, max_count_within, min_count_reaching
from congress.core.people import STANDING_ROLES, Gender, Role
from congress.core.personnel_context import PersonnelContext, names
from congress.core.ruleset import Percent, Range, Strict
from congress.core.unread import NO_PEOPLE, NO_PLANNED_SIZE, column_missing, lacking, reason

MISSING_PREVIOUS = Label(key="reason.no_previous_list")
NO_START_OF_TERM = Label(key="reason.no_start_of_term_members")


def _not_checked(missing: object) -> Outcome:
    return Outcome(Status.NOT_CHECKED, "not_checked", values={"missing": missing})


def _unknown_base(of: int | None) -> Outcome | None:
    """Not checked when the denominator is the planned size and ward.yaml gives none, or is 0
    (a share of nobody never passes)."""
    if of is None:
        return _not_checked(reason(NO_PLANNED_SIZE))
    if of == 0:
        return _not_checked(reason(NO_PEOPLE))
    return None


def _verdict(ok: bool) -> Status:
    return Status.PASSED if ok else Status.FAILED


Denominator = Literal["planned", "proposed", "previous_start"]


class ReElectionParams(Strict):
    max_percent: Percent = Fraction(60)
    denominator: Denominator = "planned"


def _mid_term_values(ctx: PersonnelContext) -> dict[str, object]:
    """The members of the outgoing committee added during its term, left out of a start-of-term
    figure: their number and names, for the message that says so."""
    added = ctx.previous.mid_term_additions if ctx.previous is not None else ()
    return {"mid_term": len(added), "mid_term_names": ", ".join(names(added))}


def re_election_max(ctx: PersonnelContext, p: ReElectionParams) -> list[Outcome]:
    """Re-elected members ≤ max_percent of the denominator (planned size by default).

    «Tái cử … so với đầu nhiệm kỳ» is read three ways; `denominator` chooses: ``planned`` (the
    planned size of the new committee, the national convention), ``proposed`` (the people put
    forward) or ``previous_start`` (the outgoing committee as it stood at the start of its term:
    its list without the members added during the term, *bổ sung giữa nhiệm kỳ*).

    The count is always every member of the outgoing committee who sits again — one added during
    the term included: they are re-elected (the list's «Tái cử» column says so too). Only the
    base is the start-of-term committee, so marking someone as added mid-term never loosens the
    cap.
    """
    if ctx.previous is None:
        return [_not_checked(MISSING_PREVIOUS)]
    start = ctx.previous.at_start_of_term
    if p.denominator == "previous_start" and not start:
        return [_not_checked(NO_START_OF_TERM)]
    of = {"planned": ctx.planned_size, "proposed": len(ctx.proposed), "previous_start": len(start)}[
        p.denominator
    ]
    if (unknown := _unknown_base(of)) is not None:
        return [unknown]
    assert of is not None
    ratio = Ratio(count=len(ctx.matches), of=of, base=p.denominator)
    bound = Bound(kind="max", percent=p.max_percent, count=max_count_within(p.max_percent, of))
    ok = bound.admits(ratio)
    mid_term = _mid_term_values(ctx)
    values = {
        **ratio_values(ratio),
        **mid_term,
        "limit": p.max_percent,
        "max_allowed": bound.count,
        "replace": max(ratio.count - (bound.count or 0), 0),
    }
    variant = "ok" if ok else "fail"
    if p.denominator == "previous_start" and mid_term["mid_term"]:
        variant += "_mid_term"
    return [
        Outcome(
            _verdict(ok),
            variant,
            values=values,
            actual=ratio,
            limit=bound,
            people=names(ctx.re_elected),
            hints=() if ok else ("replace",),
        )
    ]


def ratio_values(ratio: Ratio) -> dict[str, object]:
    """The template values of a ratio — count, of, percent, the denominator's name — all from
    the one figure the finding carries."""
    return {
        "count": ratio.count,
        "of": ratio.of,
        "percent": ratio,
        "denominator": ratio.denominator,
    }


class NonPartyParams(Strict):
    denominator: Literal["planned", "proposed"] = "proposed"


def non_party_min_vs_previous(ctx: PersonnelContext, p: NonPartyParams) -> list[Outcome]:
    """Non-Party share of the proposal ≥ the outgoing committee's non-Party share.

    The baseline is the outgoing committee at the start of its term (``previous_start``): the
    members added during the term (*bổ sung giữa nhiệm kỳ*) count neither among its non-Party
    members nor in its size. A list that marks no addition is taken whole.
    """
    if ctx.previous is None or not ctx.previous.people:
        return [_not_checked(MISSING_PREVIOUS)]
    start = ctx.previous.at_start_of_term
    if not start:
        return [_not_checked(NO_START_OF_TERM)]
    for unread in (lacking(ctx.proposed, "party"), lacking(ctx.previous, "party")):
        if unread is not None:  # a Party column not read is never «everyone is non-Party»
            return [_not_checked(column_missing(unread, "party"))]
    non_party = [x for x in ctx.proposed.people if not x.party_member]
    of = ctx.planned_size if p.denominator == "planned" else len(ctx.proposed)
    if (unknown := _unknown_base(of)) is not None:
        return [unknown]
    assert of is not None
    ratio = Ratio(count=len(non_party), of=of, base=p.denominator)
    previous = Ratio(
        count=sum(1 for x in start if not x.party_member),
        of=len(start),
        base="previous_start",
    )
    need = ceil_div(previous.count * of, previous.of)
    bound = Bound(kind="min", percent=previous.percent, count=need, baseline=previous)
    ok = bound.admits(ratio)
    mid_term = _mid_term_values(ctx)
    values = {
        **ratio_values(ratio),
        **mid_term,
        "previous_count": previous.count,
        "previous_of": previous.of,
        "previous_percent": previous,
        "need": need,
        "replace": max(need - ratio.count, 0),
    }
    variant = "ok" if ok else "fail"
    if mid_term["mid_term"]:
        variant += "_mid_term"
    return [
        Outcome(
            _verdict(ok),
            variant,
            values=values,
            actual=ratio,
            limit=bound,
            people=names(non_party),
            hints=() if ok else ("replace",),
        )
    ]


class WomenParams(Strict):
    min_percent: Percent = Fraction(30)


def women_min(ctx: PersonnelContext, p: WomenParams) -> list[Outcome]:
    """Women's share of those proposed ≥ min_percent (a warning by default)."""
    if ctx.proposed.lacks("gender"):
        return [_not_checked(column_missing(ctx.proposed, "gender"))]
    if not ctx.proposed.people:
        return [_not_checked(reason(NO_PEOPLE))]
    women = [x for x in ctx.proposed.people if x.gender is Gender.FEMALE]
    ratio = Ratio(count=len(women), of=len(ctx.proposed), base="proposed")
    need = min_count_reaching(p.min_percent, ratio.of)
    bound = Bound(kind="min", percent=p.min_percent, count=need)
    ok = bound.admits(ratio)
    values = {
        **ratio_values(ratio),
        "limit": p.min_percent,
        "need": need,
        "add": max(need - ratio.count, 0),
    }
    return [
        Outcome(
            _verdict(ok),
            "ok" if ok else "fail",
            values=values,
            actual=ratio,
            limit=bound,
            people=names(women),
            hints=() if ok else ("replace",),
        )
    ]


class SizeParams(Strict):
    min: int = 30
    max: int = 55


def committee_size_range(ctx: PersonnelContext, p: SizeParams) -> list[Outcome]:
    """The planned size lies within [min, max], and no more people are proposed than planned."""
    planned, proposed = ctx.planned_size, len(ctx.proposed)
    if planned is None:
        return [_not_checked(reason(NO_PLANNED_SIZE))]
    values = {
        "planned": planned,
        "proposed": proposed,
        "min": p.min,
        "max": p.max,
        "excess": max(proposed - planned, 0),
    }
    actual = {"planned": planned, "proposed": proposed}
    limit = {"min": p.min, "max": p.max}
    outcomes = []
    if planned < p.min:
        outcomes.append(("below_min", "raise_planned"))
    if planned > p.max:
        outcomes.append(("above_max", "lower_planned"))
    if proposed > planned:
        outcomes.append(("over_planned", "remove"))
    if not outcomes:
        return [Outcome(Status.PASSED, "ok", values=values, actual=actual, limit=limit)]
    return [
        Outcome(Status.FAILED, variant, values=values, actual=actual, limit=limit, hints=(hint,))
        for variant, hint in outcomes
    ]


class CompositionParams(Strict):
    chair: Range = Range(min=1, max=1)
    vice_chair: Range = Range(min=1, max=2)
    standing_total: Range = Range(min=3, max=5)


def _range_text(r: Range) -> str:
    return str(r.min) if r.min == r.max else f"{r.min}-{r.max}"


def standing_committee_composition(ctx: PersonnelContext, p: CompositionParams) -> list[Outcome]:
    """One Chủ tịch, 1-2 Phó Chủ tịch, a Standing Committee (BTT) of 3-5, by default."""
    if ctx.proposed.lacks("role"):  # nobody's role read: not «no Chủ tịch»
        return [_not_checked(column_missing(ctx.proposed, "role"))]
    chair = len(ctx.with_role(Role.CHAIR))
    vice = len(ctx.with_role(Role.VICE_CHAIR))
    standing = ctx.with_role(*STANDING_ROLES)
    total = len(standing)
    hints: list[str] = []
    values: dict[str, object] = {
        "chair": chair,
        "vice_chair": vice,
        "standing_member": total - chair - vice,
        "total": total,
        "chair_range": _range_text(p.chair),
        "vice_range": _range_text(p.vice_chair),
        "total_range": _range_text(p.standing_total),
    }
    for key, have, allowed in (
        ("chair", chair, p.chair),
        ("vice", vice, p.vice_chair),
        ("total", total, p.standing_total),
    ):
        if have < allowed.min:
            hints.append(f"{key}_add")
            values[f"{key}_add"] = allowed.min - have
        elif have > allowed.max:
            hints.append(f"{key}_remove")
            values[f"{key}_remove"] = have - allowed.max
    ok = not hints
    return [
        Outcome(
            _verdict(ok),
            "ok" if ok else "fail",
            values=values,
            actual={"chair": chair, "vice_chair": vice, "standing_total": total},
            limit={
                "chair": p.chair.model_dump(),
                "vice_chair": p.vice_chair.model_dump(),
                "standing_total": p.standing_total.model_dump(),
            },
            people=names(standing),
            hints=tuple(hints),
        )
    ]
