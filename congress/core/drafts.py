"""A ward's draft documents as data (`drafts.yaml` in the ward folder); the congress details
(`congress.yaml`) are in `congress.core.congress_file`, re-exported here.

Text fields hold paragraphs separated by blank lines. Everything is optional on purpose: a draft
grows over weeks, the draft checks say what is still missing, and the templates print a visible
placeholder where a section has no text yet.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Annotated

from pydantic import BeforeValidator, Field, PlainSerializer

from congress.core.congress_file import (
    CongressFile,
    Delegate,
    Delegation,
    IssuedDocument,
    PersonnelScheme,
    PlanStep,
    PresidiumSigner,
    ScriptPart,
    Signer,
    Speech,
    Subcommittee,
    Text,
)
from congress.core.numbers import format_decimal, parse_percent
from congress.core.ruleset import Strict


def _number(value: object) -> object:
    if value is None or isinstance(value, Fraction):
        return value
    try:
        return parse_percent(value)
    except ValueError as exc:
        raise ValueError("not a number") from exc


Number = Annotated[
    Fraction,
    BeforeValidator(_number),
    PlainSerializer(lambda v: format_decimal(v, 2, trim=True), return_type=str),
]


class FieldResult(Strict):
    """Results of the last term in one field of work."""

    field: str
    text: Text = None


class OrganisationResult(Strict):
    """A member organisation's results, shown in their own section of the political report."""

    organisation: str
    text: Text = None


class Target(Strict):
    """A target of the last congress resolution and what was achieved."""

    name: str
    unit: str = ""
    target: Number | None = None
    result: Number | None = None
    higher_is_better: bool = True


class NewTarget(Strict):
    """A target for the new term: its value; in the residential-area programme also who leads
    it (``owner``) and by when (``deadline``), the columns of the programme's table."""

    name: str
    value: str = ""
    owner: str = ""
    deadline: str = ""


class PoliticalReport(Strict):
    """Báo cáo chính trị: the standard structure of domain.md §3."""

    introduction: Text = None
    results: list[FieldResult] = []
    member_organisations: list[OrganisationResult] = []
    targets: list[Target] = []
    shortcomings: Text = None
    causes: Text = None
    lessons: Text = None
    direction: Text = None
    new_targets: list[NewTarget] = []
    tasks: Text = None
    conclusion: Text = None


class ReviewReport(Strict):
    """Báo cáo kiểm điểm of the outgoing committee."""

    introduction: Text = None
    strengths: Text = None
    weaknesses: Text = None
    causes: Text = None
    lessons: Text = None


class ActionItem(Strict):
    """A task of the action programme: measurable target, owner, time."""

    task: str
    target: str = ""
    owner: str = ""
    deadline: str = ""


RESIDENTIAL_TITLE = "Xây dựng khu dân cư đoàn kết, đồng thuận; an ninh, an toàn; ấm no, hạnh phúc"


class ResidentialProgramme(Strict):
    """The programme "Xây dựng khu dân cư đoàn kết, đồng thuận; an ninh, an toàn; ấm no, hạnh phúc"."""

    title: str = RESIDENTIAL_TITLE
    targets: list[NewTarget] = []


class ActionProgramme(Strict):
    """Chương trình hành động for the new term."""

    introduction: Text = None
    tasks: list[ActionItem] = []
    residential_programme: ResidentialProgramme | None = None


class DraftsFile(Strict):
    """`drafts.yaml`: the three draft documents of the congress."""

    political_report: PoliticalReport = Field(default_factory=PoliticalReport)
    review_report: ReviewReport = Field(default_factory=ReviewReport)
    action_programme: ActionProgramme = Field(default_factory=ActionProgramme)


__all__ = [
    "RESIDENTIAL_TITLE",
    "ActionItem",
    "ActionProgramme",
    "CongressFile",
    "Delegate",
    "Delegation",
    "DraftsFile",
    "FieldResult",
    "IssuedDocument",
    "NewTarget",
    "Number",
    "OrganisationResult",
    "PersonnelScheme",
    "PlanStep",
    "PoliticalReport",
    "PresidiumSigner",
    "ResidentialProgramme",
    "ReviewReport",
    "ScriptPart",
    "Signer",
    "Speech",
    "Subcommittee",
    "Target",
    "Text",
]
