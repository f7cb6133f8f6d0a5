"""Vote-counting rules: quorum, reconciliation, items passed, seats filled (spec §4, third table)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, PlainSerializer

from congress.core.figures import Bound, Ratio
from congress.core.findings import Outcome, Status
from congress.core.numbers import ceil_div, parse_percent
from congress.core.ruleset import NoParams, RuleDef, Strict
from congress.core.tally import Ballot, TallyFile, compare, count_ballot, passes, quorum_met
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


@dataclass(frozen=True)
class TallyContext:
    """The counting board's figures for one ward, and the second, independent entry if any."""

    tally: TallyFile
    second: TallyFile | None = None

    @property
    def entries_differ(self) -> bool:
        return self.second is not None and bool(compare(self.tally, self.second))


class QuorumParams(Strict):
    share: Share = Fraction(2, 3)


def quorum(ctx: TallyContext, p: QuorumParams) -> list[Outcome]:
    """Delegates present ≥ `share` of those convened (2/3 by default)."""
    present, convened = ctx.tally.delegates.present, ctx.tally.delegates.convened
    ok = quorum_met(ctx.tally.delegates, p.share)
    ratio = Ratio(count=present, of=convened, base="convened")
    need = ceil_div(convened * p.share.numerator, p.share.denominator)
    bound = Bound(kind="min", percent=p.share * 100, count=need)
    values = {
        "present": present,
        "convened": convened,
        "percent": ratio,
        "share": str(p.share),
        "need": need,
        "missing": max(need - present, 0),
    }
    return [
        Outcome(
            Status.PASSED if ok else Status.FAILED,
            "ok" if ok else "fail",
            values=values,
            actual=ratio,
            limit=bound,
            hints=() if ok else ("more",),
        )
    ]


def _violations(t: TallyFile) -> list[tuple[str, dict[str, Any]]]:
    """Every identity of domain.md §5 that does not hold, with its figures."""
    found: list[tuple[str, dict[str, Any]]] = []
    d = t.delegates
    if d.convened == 0:
        found.append(("nobody_convened", {"convened": d.convened}))
    if d.present > d.convened:
        found.append(("present_over_convened", {"present": d.present, "convened": d.convened}))
    for item in t.items:
        if not item.recorded:
            found.append(("item_missing", {"item": item.name}))
            continue
        total = (item.in_favour or 0) + (item.against or 0) + (item.not_voting or 0)
        if total != d.present:
            found.append(("item_sum", {"item": item.name, "in_favour": item.in_favour,
                          "against": item.against, "not_voting": item.not_voting,
                          "total": total, "present": d.present}))  # fmt: skip
    for b in t.ballots:
        found += _ballot_violations(b, d.present)
    return found


def _ballot_violations(b: Ballot, present: int) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if b.issued > present:
        found.append(
            ("issued_over_present", {"ballot": b.name, "issued": b.issued, "present": present})
        )
    if b.collected > b.issued:
        found.append(
            (
                "collected_over_issued",
                {"ballot": b.name, "collected": b.collected, "issued": b.issued},
            )
        )
    if b.valid + b.invalid != b.collected:
        found.append(("valid_invalid_sum", {"ballot": b.name, "valid": b.valid, "invalid": b.invalid,
                      "total": b.valid + b.invalid, "collected": b.collected}))  # fmt: skip
    if not b.candidates:
        found.append(("no_candidates", {"ballot": b.name}))
    for c in b.candidates:
        if c.votes > b.valid:
            found.append(
                (
                    "candidate_over_valid",
                    {"ballot": b.name, "candidate": c.name, "votes": c.votes, "valid": b.valid},
                )
            )
    total = sum(c.votes for c in b.candidates)
    if total > b.valid * b.seats:
        found.append(("votes_over_capacity", {"ballot": b.name, "total_votes": total, "valid": b.valid,
                      "seats": b.seats, "capacity": b.valid * b.seats}))  # fmt: skip
    for key, n in Counter(c.key for c in b.candidates).items():
        if n > 1:
            name = next(c.name for c in b.candidates if c.key == key)
            found.append(("duplicate_candidate", {"ballot": b.name, "candidate": name}))
    names = {fold(c.name) for c in b.candidates}
    for declared in b.declared_elected:
        if fold(declared) not in names:
            found.append(("declared_not_candidate", {"ballot": b.name, "candidate": declared}))
    if len(b.declared_elected) > b.seats:
        found.append(
            (
                "declared_over_seats",
                {"ballot": b.name, "declared": len(b.declared_elected), "seats": b.seats},
            )
        )
    return found  # fmt: skip


def consistent(tally: TallyFile) -> bool:
    return not _violations(tally)


def tally_consistent(ctx: TallyContext, _: NoParams) -> list[Outcome]:
    """The counts add up; an inconsistent tally is never used for a result."""
    found = _violations(ctx.tally)
    if not found:
        return [Outcome(Status.PASSED, "ok")]
    return [
        Outcome(Status.FAILED, variant, values=values, actual=values, hints=("recount",))
        for variant, values in found
    ]


_NO_RESULT = Outcome(Status.NOT_CHECKED, "not_checked")


class ItemParams(Strict):
    threshold: Share = Fraction(1, 2)
    denominator: Literal["present", "convened"] = "present"


class DoubleEntryParams(Strict):
    required: bool = False


def double_entry_match(ctx: TallyContext, p: DoubleEntryParams) -> list[Outcome]:
    """Two entries of the same count, made independently, agree figure by figure."""
    if ctx.second is None:
        if p.required:
            return [Outcome(Status.FAILED, "missing", hints=("enter_again",))]
        return [Outcome(Status.NOT_CHECKED, "not_checked")]
    differences = compare(ctx.tally, ctx.second)
    if not differences:
        return [Outcome(Status.PASSED, "ok")]
    lines = {
        lang: "; ".join(
            t(
                "tally.entries_differ",
                lang,
                where=d.where_text(lang),
                field=d.field_text(lang),
                first=d.first,
                second=d.second,
            )
            for d in differences
        )
        for lang in LANGS
    }
    return [
        Outcome(
            Status.FAILED,
            "differs",
            values={"count": len(differences), "details": lines},
            actual={"differences": len(differences)},
            limit={"differences": 0},
            hints=("recount",),
        )
    ]


def item_passed(ctx: TallyContext, p: ItemParams) -> list[Outcome]:
    """Each show-of-hands item passes with more than `threshold` of the denominator in favour."""
    if not consistent(ctx.tally) or ctx.entries_differ:
        return [_NO_RESULT]
    of = getattr(ctx.tally.delegates, p.denominator)
    outcomes = []
    for item in ctx.tally.items:
        votes = item.in_favour or 0
        ok = passes(votes, of, p.threshold)
        need = of * p.threshold.numerator // p.threshold.denominator + 1
        ratio = Ratio(count=votes, of=of, base=p.denominator)
        values = {"item": item.name, "in_favour": votes, "of": of,
                  "percent": ratio, "threshold": str(p.threshold), "need": need}  # fmt: skip
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


class SeatsParams(Strict):
    threshold: Share = Fraction(1, 2)
    tie_rule: Literal["revote", "older"] = "revote"


def seats_filled(ctx: TallyContext, p: SeatsParams) -> list[Outcome]:
    """Each ballot fills its seats; a tie for the last seat, or too few elected, is reported."""
    if not consistent(ctx.tally) or ctx.entries_differ:
        return [_NO_RESULT]
    outcomes = []
    for ballot in ctx.tally.ballots:
        result = count_ballot(ballot, p.threshold, p.tie_rule)
        values = {
            "ballot": ballot.name, "seats": ballot.seats, "elected_count": len(result.elected),
            "elected": ", ".join(result.elected), "tied": ", ".join(result.tied),
            "valid": ballot.valid, "threshold": str(p.threshold), "shortfall": result.shortfall,
            "declared": ", ".join(ballot.declared_elected),
        }  # fmt: skip
        actual = {"ballot": ballot.id, "elected": result.elected, "tied": result.tied,
                  "shortfall": result.shortfall}  # fmt: skip
        declared = ballot.declared_elected
        hints: tuple[str, ...]
        if result.needs_revote:
            variant, status, hints = "tie_revote", Status.FAILED, ("revote",)
            if p.tie_rule == "older":  # the rule could not apply: birth dates do not order them
                hints = ("revote", "older_needs_dates")
        elif result.shortfall:
            variant, status, hints = "too_few", Status.FAILED, ("elect_more",)
        elif declared and sorted(declared) != sorted(result.elected):
            variant, status, hints = "declared_differs", Status.FAILED, ("declared",)
        else:
            variant, status, hints = (
                ("tie_older" if result.tie_broken_by_age else "ok"),
                Status.PASSED,
                (),
            )
        outcomes.append(Outcome(status, variant, values=values, actual=actual,
                                limit={"seats": ballot.seats, "more_than": str(p.threshold)},
                                people=result.tied or result.elected, hints=hints))  # fmt: skip
    return outcomes or [Outcome(Status.NOT_CHECKED, "no_ballots")]


def _rule(
    rule_id: str, params: Any, evaluate: Any, fields: str, messages: str, hints: str
) -> RuleDef[TallyContext, Any]:
    return RuleDef(rule_id, params, frozenset(fields.split()), frozenset(messages.split()), frozenset(hints.split()), evaluate)  # fmt: skip


_CONSISTENCY = (
    "present_over_convened item_missing item_sum issued_over_present collected_over_issued "
    "valid_invalid_sum no_candidates candidate_over_valid votes_over_capacity duplicate_candidate "
    "declared_over_seats nobody_convened declared_not_candidate"
)
TALLY_RULES: dict[str, RuleDef[TallyContext, Any]] = {
    r.id: r
    for r in (
        _rule("quorum", QuorumParams, quorum, "present convened percent share need missing", "ok fail", "more"),
        _rule("tally_consistent", NoParams, tally_consistent,
              "present convened item in_favour against not_voting total ballot issued collected "
              "valid invalid candidate votes total_votes seats capacity declared",
              f"ok {_CONSISTENCY}", "recount"),
        _rule("double_entry_match", DoubleEntryParams, double_entry_match,
              "count details", "ok differs missing not_checked", "recount enter_again"),
        _rule("item_passed", ItemParams, item_passed,
              "item in_favour of percent threshold need", "ok fail not_checked no_items", ""),
        _rule("seats_filled", SeatsParams, seats_filled,
              "ballot seats elected_count elected tied valid threshold shortfall declared",
              "ok tie_older tie_revote too_few declared_differs not_checked no_ballots",
              "revote elect_more declared older_needs_dates"),
    )
}  # fmt: skip
