"""Personnel rules on shares and counts: re-election cap, non-Party share, women, size, BTT."""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from congress.core.findings import Outcome, Status
from congress.core.numbers import (
    ceil_div,
    format_limit,
    format_percent,
    max_count_within,
    min_count_reaching,
)
from congress.core.people import STANDING_ROLES, Gender, Role
from congress.core.personnel_context import PersonnelContext, names
from congress.core.ruleset import Percent, Range, Strict

DENOMINATORS = {
    "planned": {"vi": "số lượng Ủy viên dự kiến", "en": "the planned committee size"},
    "proposed": {"vi": "số người được giới thiệu", "en": "the number of people proposed"},
}
MISSING_PREVIOUS = {
    "vi": "chưa có danh sách Ủy ban khóa trước",
    "en": "the outgoing committee's list was not given",
}


def _not_checked(missing: dict[str, str]) -> Outcome:
    return Outcome(Status.NOT_CHECKED, "not_checked", values={"missing": missing})


def _verdict(ok: bool) -> Status:
    return Status.PASSED if ok else Status.FAILED


class ReElectionParams(Strict):
    max_percent: Percent = Fraction(60)
    denominator: Literal["planned", "proposed"] = "planned"


def re_election_max(ctx: PersonnelContext, p: ReElectionParams) -> list[Outcome]:
    """Re-elected members ≤ max_percent of the denominator (planned size by default)."""
    if ctx.previous is None:
        return [_not_checked(MISSING_PREVIOUS)]
    count = len(ctx.matches)
    of = ctx.planned_size if p.denominator == "planned" else len(ctx.proposed)
    ok = count * 100 <= p.max_percent * of
    max_allowed = max_count_within(p.max_percent, of)
    percent = format_percent(count, of)
    values = {
        "count": count,
        "of": of,
        "percent": percent,
        "limit": format_limit(p.max_percent),
        "denominator": DENOMINATORS[p.denominator],
        "max_allowed": max_allowed,
        "replace": max(count - max_allowed, 0),
    }
    return [
        Outcome(
            _verdict(ok),
            "ok" if ok else "fail",
            values=values,
            actual={"count": count, "of": of, "percent": percent, "denominator": p.denominator},
            limit={"percent": format_limit(p.max_percent), "max_count": max_allowed},
            people=names(ctx.re_elected),
            hints=() if ok else ("replace",),
        )
    ]


class NonPartyParams(Strict):
    denominator: Literal["planned", "proposed"] = "proposed"


def non_party_min_vs_previous(ctx: PersonnelContext, p: NonPartyParams) -> list[Outcome]:
    """Non-Party share of the proposal ≥ the outgoing committee's non-Party share."""
    if ctx.previous is None or not ctx.previous.people:
        return [_not_checked(MISSING_PREVIOUS)]
    non_party = [x for x in ctx.proposed.people if not x.party_member]
    count = len(non_party)
    of = ctx.planned_size if p.denominator == "planned" else len(ctx.proposed)
    prev_count = sum(1 for x in ctx.previous.people if not x.party_member)
    prev_of = len(ctx.previous)
    ok = count * prev_of >= prev_count * of
    need = ceil_div(prev_count * of, prev_of)
    values = {
        "count": count,
        "of": of,
        "percent": format_percent(count, of),
        "previous_count": prev_count,
        "previous_of": prev_of,
        "previous_percent": format_percent(prev_count, prev_of),
        "denominator": DENOMINATORS[p.denominator],
        "need": need,
        "replace": max(need - count, 0),
    }
    return [
        Outcome(
            _verdict(ok),
            "ok" if ok else "fail",
            values=values,
            actual={"count": count, "of": of, "percent": values["percent"]},
            limit={
                "previous_count": prev_count,
                "previous_of": prev_of,
                "percent": values["previous_percent"],
                "min_count": need,
            },
            people=names(non_party),
            hints=() if ok else ("replace",),
        )
    ]


class WomenParams(Strict):
    min_percent: Percent = Fraction(30)


def women_min(ctx: PersonnelContext, p: WomenParams) -> list[Outcome]:
    """Women's share of those proposed ≥ min_percent (a warning by default)."""
    if not ctx.proposed.has_gender:
        return [
            _not_checked({"vi": "danh sách không có cột giới tính", "en": "the list has no gender"})
        ]
    women = [x for x in ctx.proposed.people if x.gender is Gender.FEMALE]
    count, of = len(women), len(ctx.proposed)
    ok = count * 100 >= p.min_percent * of
    need = min_count_reaching(p.min_percent, of)
    values = {
        "count": count,
        "of": of,
        "percent": format_percent(count, of),
        "limit": format_limit(p.min_percent),
        "need": need,
        "add": max(need - count, 0),
    }
    return [
        Outcome(
            _verdict(ok),
            "ok" if ok else "fail",
            values=values,
            actual={"count": count, "of": of, "percent": values["percent"]},
            limit={"percent": values["limit"], "min_count": need},
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
