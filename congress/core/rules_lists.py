"""Personnel rules on who is on the lists: representation, duplicates, the status column."""

from __future__ import annotations

from collections.abc import Sequence

from congress.core.findings import Outcome, Status
from congress.core.matching import MatchedBy, duplicates
from congress.core.people import PeopleList
from congress.core.people import Status as MemberStatus
from congress.core.personnel_context import PersonnelContext, names
from congress.core.ruleset import NoParams
from congress.core.text import header_key
from congress.core.unread import column_missing, not_checked, reason
from congress.core.ward import Unit
from congress.i18n import LANGS, both, t


def _represented(ctx: PersonnelContext, units: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Split `units` into those some proposed person represents (by Cơ cấu or position) and not."""
    found: list[Unit] = []
    missing: list[Unit] = []
    texts = [t for p in ctx.proposed.people for t in (p.representation, p.position) if t]
    # `contains_phrase(text, spelling)` for every pair, each text's key made once for all units
    keys = [f" {header_key(text)} " for text in texts]
    for unit in units:
        needles = [f" {key} " for s in unit.spellings if (key := header_key(s))]
        hit = any(needle in key for key in keys for needle in needles)
        (found if hit else missing).append(unit)
    return found, missing


def _coverage(units: Sequence[Unit] | None, ctx: PersonnelContext, key: str) -> list[Outcome]:
    if units is None:
        return [not_checked(reason("reason.units_not_given", key=key), "reason")]
    if not units:  # «all 0 of 0 represented» is no pass
        return [not_checked(reason("reason.units_empty", key=key), "reason")]
    if ctx.proposed.lacks("representation") and ctx.proposed.lacks("position"):
        return [not_checked(column_missing(ctx.proposed, "representation", "position"), "reason")]
    found, missing = _represented(ctx, units)
    missing_names = [u.name for u in missing]
    values = {
        "count": len(found),
        "total": len(units),
        "missing_count": len(missing),
        "missing": ", ".join(missing_names),
    }
    ok = not missing
    return [
        Outcome(
            Status.PASSED if ok else Status.FAILED,
            "ok" if ok else "fail",
            values=values,
            actual={"represented": len(found), "of": len(units), "missing": missing_names},
            limit={"missing": 0},
            hints=() if ok else ("add",),
        )
    ]


def member_orgs_represented(ctx: PersonnelContext, _: NoParams) -> list[Outcome]:
    """Every member organisation of the ward has someone on the proposal (its head)."""
    return _coverage(ctx.member_organisations, ctx, "member_organisations")


def residential_areas_represented(ctx: PersonnelContext, _: NoParams) -> list[Outcome]:
    """Every residential area of the ward has someone on the proposal."""
    return _coverage(ctx.residential_areas, ctx, "residential_areas")


def _duplicates_in(people: PeopleList, which: str) -> list[Outcome]:
    outcomes = []
    for group in duplicates(people):
        rows = ", ".join(str(p.row) for p in group)
        outcomes.append(
            Outcome(
                Status.FAILED,
                "fail",
                values={
                    "name": group[0].name,
                    "count": len(group),
                    "rows": rows,
                    "list": both(f"list.{which}"),
                    "file": people.source,
                },
                actual={"list": which, "file": people.source, "rows": [p.row for p in group]},
                limit={"count": 1},
                people=[group[0].name],
                hints=("fix",),
            )
        )
    return outcomes


def duplicate_person(ctx: PersonnelContext, _: NoParams) -> list[Outcome]:
    """The same person twice in one list, naming both rows."""
    outcomes = _duplicates_in(ctx.proposed, "proposed")
    if ctx.previous is not None:
        outcomes += _duplicates_in(ctx.previous, "previous")
    return outcomes or [Outcome(Status.PASSED, "ok")]


def status_column_consistent(ctx: PersonnelContext, _: NoParams) -> list[Outcome]:
    """A "Tái cử/Mới" column agrees with the status computed from the outgoing list."""
    if not ctx.proposed.has_status_column or ctx.previous is None:
        return [Outcome(Status.NOT_CHECKED, "not_checked")]
    wrong = []
    for index, person in enumerate(ctx.proposed.people):
        stated = person.stated_status or MemberStatus.NEW
        actual = ctx.status_of(index)
        if stated is not actual:
            wrong.append((person, stated, actual))
    details = {
        lang: "; ".join(
            t(
                "status.mismatch",
                lang,
                name=p.name,
                row=p.row,
                stated=t(f"status.{s}", lang),
                actual=t(f"status.{a}", lang),
            )
            for p, s, a in wrong
        )
        for lang in LANGS
    }
    ok = not wrong
    return [
        Outcome(
            Status.PASSED if ok else Status.FAILED,
            "ok" if ok else "fail",
            values={"count": len(wrong), "details": details},
            actual={"mismatches": len(wrong)},
            limit={"mismatches": 0},
            people=names([p for p, _, _ in wrong]),
            hints=() if ok else ("fix",),
        )
    ]


def person_match_uncertain(ctx: PersonnelContext, _: NoParams) -> list[Outcome]:
    """Re-elected people matched by name alone, because a birth year is missing on one side."""
    if ctx.previous is None:
        return [Outcome(Status.NOT_CHECKED, "not_checked")]
    loose = [m.proposed for m in ctx.matches.values() if m.by is MatchedBy.NAME_ONLY]
    ok = not loose
    return [
        Outcome(
            Status.PASSED if ok else Status.FAILED,
            "ok" if ok else "fail",
            values={"count": len(loose), "names": ", ".join(names(loose))},
            actual={"name_only": len(loose)},
            limit={"name_only": 0},
            people=names(loose),
            hints=() if ok else ("fix",),
        )
    ]
