"""The Hội nghị lần thứ nhất of the new committee (domain.md §5, point 6): the Ban Thường trực.

Right after the congress, the committee it hiệp thương cử meets for the first time and hiệp
thương cử its Ban Thường trực (Chủ tịch, Phó Chủ tịch, Ủy viên Thường trực). The figures are the
`first_meeting:` section of the ward's `tally.yaml`. The model is deliberately small (members,
those present, each person chosen with role and approvals) so that it can be reconciled with
the count's own model; the rules: the figures add up, and each person is approved by more than
half of the members present (the denominator a parameter).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from congress.core.figures import Bound, Ratio
from congress.core.findings import Outcome, Status
from congress.core.people import Role
from congress.core.rules_tally import Share
from congress.core.ruleset import NoParams, RuleDef, Strict
from congress.core.tally import passes
from congress.core.text import fold, strip_diacritics

Count = Annotated[int, Field(ge=0, strict=True)]

_ROLES = {
    "chu tich": Role.CHAIR,
    "chair": Role.CHAIR,
    "pho chu tich": Role.VICE_CHAIR,
    "vice_chair": Role.VICE_CHAIR,
    "uy vien thuong truc": Role.STANDING_MEMBER,
    "standing_member": Role.STANDING_MEMBER,
}


def _role(value: object) -> object:
    """«Chủ tịch», «Phó Chủ tịch», «Ủy viên Thường trực» (any case, with or without accents)."""
    if isinstance(value, str):
        found = _ROLES.get(" ".join(strip_diacritics(value).lower().replace("_", " ").split()))
        found = found or _ROLES.get(value.strip())
        if found is None:
            raise ValueError("not a role of the Ban Thường trực")
        return found
    return value


StandingRole = Annotated[Role, BeforeValidator(_role)]


class StandingChoice(Strict):
    """One person the first meeting hiệp thương cử into the Ban Thường trực."""

    name: str
    role: StandingRole
    in_favour: Count
    against: Count = 0


class FirstMeeting(Strict):
    """`first_meeting:` in tally.yaml: the members of the new committee, those present, and the
    Ban Thường trực it chose."""

    date: dt.date | None = None
    members: Count  # the committee the congress hiệp thương cử (its members, vacancies aside)
    present: Count
    standing: list[StandingChoice] = []


@dataclass(frozen=True)
class FirstMeetingContext:
    """The first meeting's figures and, when the congress's count reconciles, who is on the
    committee (None: not known, the check on membership is not made)."""

    meeting: FirstMeeting | None
    committee: Sequence[str] | None = None


def _violations(ctx: FirstMeetingContext) -> list[tuple[str, dict[str, Any]]]:
    m = ctx.meeting
    if m is None:
        return [("missing", {})]
    found: list[tuple[str, dict[str, Any]]] = []
    if m.present > m.members:
        found.append(("present_over_members", {"present": m.present, "members": m.members}))
    if not m.standing:
        found.append(("no_standing", {}))
    for person in m.standing:
        if person.in_favour + person.against > m.present:
            found.append(("votes_over_present", {"name": person.name, "in_favour": person.in_favour,
                          "against": person.against, "present": m.present}))  # fmt: skip
    for key, n in Counter(fold(p.name) for p in m.standing).items():
        if n > 1:
            name = next(p.name for p in m.standing if fold(p.name) == key)
            found.append(("duplicate", {"name": name}))
    chairs = sum(1 for p in m.standing if p.role is Role.CHAIR)
    if m.standing and chairs != 1:
        found.append(("chair_count", {"count": chairs}))
    if ctx.committee is not None:
        committee = {fold(n) for n in ctx.committee}
        if m.members != len(ctx.committee):
            found.append(("members_differ", {"members": m.members, "elected": len(ctx.committee)}))
        for person in m.standing:
            if fold(person.name) not in committee:
                found.append(("not_on_committee", {"name": person.name}))
    return found


def consistent(ctx: FirstMeetingContext) -> bool:
    return not _violations(ctx)


def first_meeting_consistent(ctx: FirstMeetingContext, _: NoParams) -> list[Outcome]:
    """The first meeting's figures add up, and whoever it chose sits on the new committee."""
    found = _violations(ctx)
    if not found:
        return [Outcome(Status.PASSED, "ok")]
    return [
        Outcome(
            Status.FAILED,
            variant,
            values=values,
            actual=values,
            hints=("fill",) if variant == "missing" else ("correct",),
        )
        for variant, values in found
    ]


class StandingParams(Strict):
    threshold: Share = Fraction(1, 2)
    denominator: Literal["present", "members"] = "present"


def standing_approved(ctx: FirstMeetingContext, p: StandingParams) -> list[Outcome]:
    """Each person is hiệp thương cử with more than `threshold` of the members present (or of
    all members) in favour; exactly half is not enough."""
    if ctx.meeting is None or not consistent(ctx):
        return [Outcome(Status.NOT_CHECKED, "not_checked")]
    of = getattr(ctx.meeting, p.denominator)
    need = of * p.threshold.numerator // p.threshold.denominator + 1
    outcomes = []
    for person in ctx.meeting.standing:
        ok = passes(person.in_favour, of, p.threshold)
        base = "members_present" if p.denominator == "present" else "members"
        ratio = Ratio(count=person.in_favour, of=of, base=base)
        values = {"name": person.name, "role": {"vi": _ROLE_VI[person.role],
                  "en": str(person.role).replace("_", " ")}, "in_favour": person.in_favour,
                  "of": of, "percent": ratio, "threshold": str(p.threshold), "need": need}  # fmt: skip
        outcomes.append(
            Outcome(
                Status.PASSED if ok else Status.FAILED,
                "ok" if ok else "fail",
                values=values,
                actual=ratio,
                limit=Bound(kind="more_than", percent=p.threshold * 100, count=need),
                people=[person.name],
            )
        )
    return outcomes or [Outcome(Status.NOT_CHECKED, "not_checked")]


_ROLE_VI = {
    Role.CHAIR: "Chủ tịch",
    Role.VICE_CHAIR: "Phó Chủ tịch",
    Role.STANDING_MEMBER: "Ủy viên Thường trực",
    Role.MEMBER: "Ủy viên",
}


def role_vi(role: Role) -> str:
    return _ROLE_VI[role]


FIRST_MEETING_RULES: dict[str, RuleDef[FirstMeetingContext, Any]] = {
    "first_meeting_consistent": RuleDef(
        "first_meeting_consistent",
        NoParams,
        frozenset(["present", "members", "name", "in_favour", "against", "count", "elected"]),
        frozenset(
            [
                "ok",
                "missing",
                "present_over_members",
                "no_standing",
                "votes_over_present",
                "duplicate",
                "chair_count",
                "members_differ",
                "not_on_committee",
            ]
        ),
        frozenset({"correct", "fill"}),
        first_meeting_consistent,
    ),
    "standing_approved": RuleDef(
        "standing_approved",
        StandingParams,
        frozenset(["name", "role", "in_favour", "of", "percent", "threshold", "need"]),
        frozenset({"ok", "fail", "not_checked"}),
        frozenset(),
        standing_approved,
    ),
}
