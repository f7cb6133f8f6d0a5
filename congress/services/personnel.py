"""Use case: check a personnel proposal (a ward folder, or explicit files) and report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from congress.core.findings import Finding, any_blocking
from congress.core.people import PeopleList, Role, Status
from congress.core.personnel import PERSONNEL_RULES
from congress.core.personnel_context import PersonnelContext
from congress.core.ruleset import RuleBook, evaluate
from congress.core.statistics import Metric, compute
from congress.core.ward import WardFile
from congress.errors import InputError, Problem

WARD_FILE = "ward.yaml"
DEFAULT_RULESET = "ward-2024-2029"


@dataclass(frozen=True)
class PersonnelSources:
    """The adapters the use case reads through (files by default; fakes in tests)."""

    read_people: Callable[[Path, str], PeopleList]
    load_rulebook: Callable[[str, Path | None], RuleBook]
    load_ward: Callable[[Path], WardFile]

    @classmethod
    def files(cls) -> PersonnelSources:
        from congress.adapters.people_reader import read_people
        from congress.adapters.rulebook_files import load_rulebook
        from congress.adapters.yaml_files import load_model

        return cls(read_people, load_rulebook, lambda path: load_model(path, WardFile))


class PersonRow(BaseModel):
    """A proposed person as the report lists them (no birth, ethnicity, religion or Party data).

    Role and status are keys ("chair", "re_elected"); a reader shows `t("role.<key>")`."""

    row: int
    name: str
    role: Role
    representation: str | None
    status: Status | None


class PersonnelReport(BaseModel):
    """Everything `congress personnel check` reports; its JSON is the `--json` output."""

    ok: bool
    ward: str | None
    ruleset: dict[str, Any]
    planned_size: int
    denominator: str
    files: dict[str, str | None]
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
    ward: WardFile | None = None,
    base: Path | None = None,
    today: date | None = None,
) -> PersonnelReport:
    """Check `proposed` against `previous` under `ruleset`; ward facts come from `ward` if given."""
    book = sources.load_rulebook(ruleset, base)
    new = sources.read_people(proposed, "proposed")
    old = sources.read_people(previous, "previous") if previous is not None else None
    reference = (ward.congress_date if ward else None) or today or date.today()
    ctx = PersonnelContext.build(
        new,
        old,
        planned_size,
        reference,
        ward.member_organisations if ward else None,
        ward.residential_areas if ward else None,
    )
    findings = evaluate(book, PERSONNEL_RULES, ctx, lang)
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
        findings=findings,
        statistics=compute(ctx, book.ruleset.age_bands, lang),
        people=rows,
    )


def check_ward(
    sources: PersonnelSources,
    ward_dir: Path,
    lang: str,
    *,
    ruleset: str | None = None,
    default_ruleset: str = DEFAULT_RULESET,
    today: date | None = None,
) -> PersonnelReport:
    """Check the ward folder `ward_dir`: its ward.yaml names the lists and the ruleset (which
    `ruleset`, when given, overrides; `default_ruleset` when ward.yaml names none)."""
    ward_file = ward_dir / WARD_FILE
    if not ward_dir.is_dir() or not ward_file.is_file():
        raise InputError(Problem("file.not_a_folder", {"expected": WARD_FILE}, file=str(ward_dir)))
    ward = sources.load_ward(ward_file)
    previous = ward_dir / ward.lists.previous if ward.lists.previous else None
    return check_files(
        sources,
        ward_dir / ward.lists.proposed,
        previous,
        ward.planned_size,
        ruleset or ward.ruleset or default_ruleset,
        lang,
        ward=ward,
        base=None if ruleset is not None else ward_dir,
        today=today,
    )
