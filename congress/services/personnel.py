"""Use case: check a personnel proposal (a ward's folder, or explicit files) and report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from congress.core.findings import Finding, any_blocking
from congress.core.model import Model
from congress.core.people import PeopleList, Role, Status
from congress.core.personnel import RULE_METRICS, check
from congress.core.personnel import statistics as personnel_statistics
from congress.core.personnel_context import PersonnelContext
from congress.core.ruleset import RuleBook
from congress.core.statistics import Metric
from congress.core.ward import WardFile
from congress.services.ports import WardFolder

DEFAULT_RULESET = "ward-2024-2029"
SECTIONS = ("personnel",)  # the rules this check evaluates (congress.core.rule_index)


@dataclass(frozen=True)
class PersonnelSources:
    """The adapters explicit files are read through (the CLI gives the real ones; fakes in tests)."""

    read_people: Callable[[Path, str], PeopleList]
    load_rulebook: Callable[[str, Path | None], RuleBook]


class PersonRow(Model):
    """A proposed person as the report lists them (no birth, ethnicity, religion or Party data).

    Role and status are keys ("chair", "re_elected"); a reader shows `t("role.<key>")`."""

    row: int
    name: str
    role: Role
    representation: str | None
    status: Status | None


class PersonnelReport(Model):
    """Everything `congress personnel check` reports; its JSON is the `--json` output."""

    ok: bool
    ward: str | None
    ruleset: dict[str, Any]
    planned_size: int | None
    denominator: str
    files: dict[str, str | None]
    # per list ("proposed", "previous"): the header texts the reader did not recognise, and
    # each with its column's letters ({"column": "F", "header": "Dân tộcc"})
    unrecognised: dict[str, list[str]] = {}
    unrecognised_columns: dict[str, list[dict[str, str]]] = {}
    findings: list[Finding]
    statistics: list[Metric]
    people: list[PersonRow]


def check_files(
    sources: PersonnelSources,
    proposed: Path,
    previous: Path | None,
    planned_size: int,
    ruleset: str,
    lang: str,
    *,
    today: date | None = None,
) -> PersonnelReport:
    """Check the list `proposed` against `previous` under `ruleset` (no ward folder)."""
    book = sources.load_rulebook(ruleset, None)
    new = sources.read_people(proposed, "proposed")
    old = sources.read_people(previous, "previous") if previous is not None else None
    return _report(book, new, old, planned_size, lang, None, today)


def check_ward(
    ward: WardFolder,
    lang: str,
    *,
    rulebook: Callable[[], RuleBook] | None = None,
    default_ruleset: str = DEFAULT_RULESET,
    today: date | None = None,
) -> PersonnelReport:
    """Check the ward's lists: its facts name them and the ruleset (`rulebook`, when given,
    loads another; `default_ruleset` is used when the ward names none)."""
    facts = ward.ward()
    book = rulebook() if rulebook is not None else ward.rulebook(default_ruleset, SECTIONS)
    new = ward.proposed()
    old = ward.previous()
    return _report(book, new, old, facts.planned_size, lang, facts, today, ward)


@dataclass(frozen=True)
class _Figures:
    """A ward's personnel context and statistics, with what they were computed from (kept in
    its folder's memo by `check_ward`, for `figures`)."""

    book: RuleBook
    new: PeopleList
    old: PeopleList | None
    ward: WardFile
    reference: date
    lang: str
    ctx: PersonnelContext
    statistics: list[Metric]

    def fits(self, book: RuleBook, new: PeopleList, old: PeopleList | None, ward: WardFile,
             reference: date) -> bool:  # fmt: skip
        """Computed from these very lists and facts, on that day, in Vietnamese, under the same
        parameters of the rules whose figures the statistics show (and the same age bands)."""
        mine = self.book
        return (
            self.new is new and self.old is old and self.ward is ward and self.lang == "vi"
            and self.reference == reference
            and mine.ruleset.age_bands == book.ruleset.age_bands
            and all(
                mine.enabled(r) == book.enabled(r) and mine.params.get(r) == book.params.get(r)
                for r in RULE_METRICS.values()
            )
        )  # fmt: skip


def figures(
    folder: WardFolder,
    book: RuleBook,
    new: PeopleList,
    old: PeopleList | None,
    ward: WardFile,
    reference: date,
) -> tuple[PersonnelContext, list[Metric]]:
    """The personnel context and statistics the documents show (in Vietnamese): those the
    ward's check computed with this very folder (`check_ward` keeps them in its memo) when it
    computed them from the same lists, facts and day, else here."""
    last = folder.memo.last(_Figures)
    if last is not None and last.fits(book, new, old, ward, reference):
        return last.ctx, last.statistics
    ctx = PersonnelContext.build(
        new, old, ward.planned_size, reference, ward.member_organisations, ward.residential_areas
    )
    return ctx, personnel_statistics(book, ctx, "vi")


def _report(
    book: RuleBook,
    new: PeopleList,
    old: PeopleList | None,
    planned_size: int | None,
    lang: str,
    ward: WardFile | None,
    today: date | None,
    folder: WardFolder | None = None,
) -> PersonnelReport:
    """The personnel rules and statistics on `new` (against `old`); ward facts from `ward`; the
    context and statistics kept in `folder`'s memo for the ward's documents (`figures`)."""
    reference = (ward.congress_date if ward else None) or today or date.today()
    ctx = PersonnelContext.build(
        new,
        old,
        planned_size,
        reference,
        ward.member_organisations if ward else None,
        ward.residential_areas if ward else None,
    )
    findings, statistics = check(book, ctx, lang)
    if folder is not None and ward is not None:
        folder.memo.keep(_Figures(book, new, old, ward, reference, lang, ctx, statistics))
    rows = [
        PersonRow(
            row=p.row,
            name=p.name,
            role=p.role,
            representation=p.representation,
            status=ctx.status_of(i) if old is not None else None,
        )
        for i, p in enumerate(new.people)
    ]
    params = book.params.get("re_election_max")
    unread = {p.label: p.unrecognised for p in (new, old) if p is not None and p.unrecognised}
    return PersonnelReport(
        ok=not any_blocking(findings),
        ward=ward.ward if ward else None,
        ruleset={
            "id": book.ruleset.id,
            "version": book.ruleset.version,
            "title": book.ruleset.title,
        },
        planned_size=planned_size,
        denominator=getattr(params, "denominator", "planned"),
        files={"proposed": new.source, "previous": old.source if old else None},
        unrecognised={label: [h.text for h in found] for label, found in unread.items()},
        unrecognised_columns={
            label: [{"column": h.column, "header": h.text} for h in found]
            for label, found in unread.items()
        },
        findings=findings,
        statistics=statistics,
        people=rows,
    )
