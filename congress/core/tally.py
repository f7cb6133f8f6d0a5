"""The count of a ward congress, in the Front's terms (domain.md §5): hiệp thương, not an election.

`tally.yaml` in the ward folder holds what the congress decided and how many approved:

- ``delegates``: convened, present, the absent (a name or a count, and a reason);
- ``presidium``, ``secretariat``: the show of hands approving the Đoàn Chủ tịch, Đoàn Thư ký;
- ``items``: each item voted (for / against / not voting);
- ``committee``: the planned seats, the names put forward and, for each, the approvals (tán
  thành) and disapprovals — by show of hands, or by a secret «phiếu biểu quyết» (then the
  ballots issued / collected / valid / invalid) — and the vacancies (khuyết) the congress records;
- ``delegation``: the delegation to the upper-level congress, its ``official`` (chính thức) and
  ``alternate`` (dự khuyết) lists, each with its own planned number and approvals;
- ``first_meeting``: the Hội nghị lần thứ nhất of the new committee — members convened and
  present, and the Ban Thường trực (``standing``: Chủ tịch, Phó Chủ tịch, Ủy viên Thường trực)
  it hiệp thương cử by the same rules.

Every figure is an exact integer; shares are compared by cross-multiplication. A tally that does
not reconcile yields no result at all (see `rules_tally`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, model_validator
from pydantic_core import PydanticCustomError

from congress.core.bounds import MAX_PEOPLE, PlausibleDate
from congress.core.figures import Label, Ratio
from congress.core.ruleset import Strict
from congress.core.text import fold

# Strict: `true` or "12" in a tally file is a typing slip, not a count.
Count = Annotated[int, Field(ge=0, le=MAX_PEOPLE, strict=True)]
Method = Literal["hands", "secret"]
StandingRole = Literal["chair", "vice_chair", "standing_member"]
Base = Literal["present", "convened", "valid"]


def catalogue_error(key: str, **params: Any) -> PydanticCustomError:
    """A validation error whose text is the catalogue's `key` (read by `yaml_files`)."""
    return PydanticCustomError("catalogue", key, {"key": key, **params})


class Absence(Strict):
    """A delegate absent (by name) or a number of them (by count), and the reason."""

    name: str | None = None
    count: Count | None = None
    reason: str | None = None

    @model_validator(mode="after")
    def _who(self) -> Absence:
        if self.name is None and self.count is None:
            raise catalogue_error("tally.absence_who")
        return self

    @property
    def people(self) -> int:
        return self.count if self.count is not None else 1


class Delegates(Strict):
    """Delegates convened (*triệu tập*) and present (*có mặt*); the absent, with reasons."""

    convened: Count
    present: Count
    absent: list[Absence] = []

    @property
    def absent_listed(self) -> int:
        return sum(a.people for a in self.absent)


class HandsVote(Strict):
    """A show of hands (*biểu quyết giơ tay*): for, against, not voting."""

    in_favour: Count | None = None
    against: Count | None = None
    not_voting: Count | None = None

    @property
    def recorded(self) -> bool:
        return None not in (self.in_favour, self.against, self.not_voting)


class VoteItem(HandsVote):
    """An item the congress votes on (programme, reports, the number of members, resolution)."""

    id: str
    name: str


class SecretBallot(Strict):
    """The «phiếu biểu quyết» of a secret vote: issued, collected, valid, invalid."""

    issued: Count
    collected: Count
    valid: Count
    invalid: Count


class Nominee(Strict):
    """A name put forward (*người được giới thiệu*) and how many approved and disapproved."""

    name: str
    birth_date: dt.date | None = None
    birth_year: int | None = None
    role: StandingRole | None = None
    approvals: Count
    disapprovals: Count | None = None

    @property
    def key(self) -> str:
        year = self.birth_date.year if self.birth_date else self.birth_year
        return f"{fold(self.name)}|{year or ''}"


class Choice(Strict):
    """One list the meeting hiệp thương cử: planned seats, names put forward, their approvals."""

    name: str | None = None
    planned: Count
    method: Method = "hands"
    ballots: SecretBallot | None = None
    people: list[Nominee] = []
    people_file: str | None = None
    vacancies: Count | None = None

    @model_validator(mode="after")
    def _ballots_with_secret(self) -> Choice:
        if self.method == "secret" and self.ballots is None:
            raise catalogue_error("tally.secret_needs_ballots")
        if self.method == "hands" and self.ballots is not None:
            raise catalogue_error("tally.hands_no_ballots")
        return self

    @property
    def secret(self) -> bool:
        return self.method == "secret"


class Delegation(Strict):
    """The delegation to the upper-level congress: chính thức and dự khuyết, two lists."""

    name: str | None = None
    official: Choice
    alternate: Choice | None = None


class FirstMeeting(Strict):
    """The Hội nghị lần thứ nhất of the new committee and the Ban Thường trực it chooses."""

    date: PlausibleDate | None = None
    members: Count
    present: Count
    standing: Choice
    secretary: str | None = None  # who took the minutes (they sign them beside the chair)


class TallyFile(Strict):
    """`tally.yaml`: one entry of the count of a ward congress."""

    # what the count says it is the count of (checked against ward.yaml and the details)
    ward: str | None = None
    date: dt.date | None = None
    ordinal: str | None = None
    counting_board: list[str] = []
    delegates: Delegates
    presidium: HandsVote | None = None
    secretariat: HandsVote | None = None
    items: list[VoteItem] = []
    committee: Choice | None = None
    delegation: Delegation | None = None
    first_meeting: FirstMeeting | None = None
    # where each figure was read (a form's sheet and cell, by its dotted place in the model)
    _cells: dict[str, str] = PrivateAttr(default_factory=dict)

    def with_cells(self, cells: dict[str, str]) -> TallyFile:
        self._cells = dict(cells)
        return self

    def cell(self, loc: tuple[object, ...]) -> str | None:
        """The cell a figure at `loc` was read from (a form), None for a YAML file."""
        return self._cells.get(".".join(map(str, loc)))

    @property
    def secret(self) -> bool:
        """Whether any list was chosen by a secret «phiếu biểu quyết»."""
        return any(s.choice.secret for s in sections(self))


# -- the lists, each with the meeting that chose it -------------------------------------------

SectionId = Literal["committee", "official", "alternate", "standing"]


@dataclass(frozen=True)
class Section:
    """A list and the meeting that chose it: the congress, or the first meeting."""

    id: SectionId
    loc: tuple[str, ...]
    choice: Choice
    present: int
    convened: int

    @property
    def label(self) -> str:
        """The catalogue key naming the list (``tally.section.committee`` …)."""
        return f"tally.section.{self.id}"

    @property
    def key(self) -> str:
        return ".".join(self.loc)


def sections(tally: TallyFile) -> list[Section]:
    """Every list in the tally, in the order of the congress."""
    d = tally.delegates
    found = []
    if tally.committee is not None:
        found.append(Section("committee", ("committee",), tally.committee, d.present, d.convened))
    if tally.delegation is not None:
        loc = ("delegation", "official")
        found.append(Section("official", loc, tally.delegation.official, d.present, d.convened))
        if tally.delegation.alternate is not None:
            loc = ("delegation", "alternate")
            alt = tally.delegation.alternate
            found.append(Section("alternate", loc, alt, d.present, d.convened))
    meeting = tally.first_meeting
    if meeting is not None:
        loc = ("first_meeting", "standing")
        found.append(Section("standing", loc, meeting.standing, meeting.present, meeting.members))
    return found


def hands_votes(tally: TallyFile) -> list[tuple[str, Label | str, HandsVote]]:
    """Every show of hands of the congress: (key in the file, what was voted, figures); the
    approval of the Đoàn Chủ tịch and Đoàn Thư ký is named by a catalogue label."""
    votes: list[tuple[str, Label | str, HandsVote]] = []
    for key in ("presidium", "secretariat"):
        vote = getattr(tally, key)
        if vote is not None:
            votes.append((key, Label(key=f"tally.approve.{key}"), vote))
    votes += [(f"items.{i}", item.name, item) for i, item in enumerate(tally.items)]
    return votes


# -- exact arithmetic ---------------------------------------------------------------------------


def quorum_met(present: int, convened: int, share: Fraction) -> bool:
    """Present ≥ `share` of convened (2/3 by default): exact (present×3 ≥ convened×2)."""
    return present * share.denominator >= convened * share.numerator


def passes(votes: int, of: int, threshold: Fraction) -> bool:
    """Strictly more than `threshold` of `of` (more than half by default): exact."""
    return votes * threshold.denominator > of * threshold.numerator


def need_for(of: int, threshold: Fraction) -> int:
    """The fewest votes that are more than `threshold` of `of`."""
    return of * threshold.numerator // threshold.denominator + 1


def denominator(section: Section, base: Base) -> tuple[int, str]:
    """The whole a person's approvals are counted against, and its name.

    ``valid`` applies where a secret vote is held; a show of hands counts against those present.
    """
    ballots = section.choice.ballots
    if base == "valid" and ballots is not None:
        return ballots.valid, "valid"
    if base == "convened":
        return section.convened, "convened"
    return section.present, "present"


def whole_label(section: Section, base: str) -> str:
    """The catalogue key naming a denominator: the first meeting counts members, not delegates."""
    if section.id == "standing" and base in ("present", "convened"):
        return f"tally.members_{base}"
    return f"denominator.{base}"


@dataclass(frozen=True)
class PersonResult:
    """A person put forward: approvals out of the denominator, and whether hiệp thương cử."""

    name: str
    role: StandingRole | None
    approvals: int
    disapprovals: int | None
    ratio: Ratio
    passed: bool
    chosen: bool
    tied: bool


@dataclass
class ChoiceResult:
    """Who is hiệp thương cử on one list; the vacancies, and a tie that needs a new vote."""

    section: Section
    threshold: Fraction
    people: list[PersonResult]
    chosen: list[str]
    tied: list[str] = field(default_factory=list)

    @property
    def planned(self) -> int:
        return self.section.choice.planned

    @property
    def needs_revote(self) -> bool:
        return bool(self.tied)

    @property
    def vacancies(self) -> int:
        """Seats left empty (khuyết); none while a tie waits for its new vote."""
        return 0 if self.tied else max(self.planned - len(self.chosen), 0)

    @property
    def declared_vacancies(self) -> int | None:
        return self.section.choice.vacancies

    @property
    def vacancies_match(self) -> bool:
        declared = self.declared_vacancies
        return self.needs_revote or declared is None or declared == self.vacancies


def count_choice(section: Section, threshold: Fraction, base: Base) -> ChoiceResult:
    """Those approved by more than `threshold` of the denominator; when more pass than there
    are seats, the most approvals first, and a tie at the last seat means a new vote."""
    of, name = denominator(section, base)
    people = section.choice.people
    passing = sorted((p for p in people if passes(p.approvals, of, threshold)),
                     key=lambda p: -p.approvals)  # fmt: skip
    planned = section.choice.planned
    chosen, tied = passing, []
    if len(passing) > planned:
        if planned == 0:
            chosen = []
        else:
            cutoff = passing[planned - 1].approvals
            above = [p for p in passing if p.approvals > cutoff]
            at_cutoff = [p for p in passing if p.approvals == cutoff]
            if len(above) + len(at_cutoff) <= planned:
                chosen = above + at_cutoff
            else:
                chosen, tied = above, at_cutoff
    chosen_ids, tied_ids = {id(p) for p in chosen}, {id(p) for p in tied}
    rows = [
        PersonResult(
            p.name,
            p.role,
            p.approvals,
            p.disapprovals,
            Ratio(count=p.approvals, of=of, base=name),
            passes(p.approvals, of, threshold),
            id(p) in chosen_ids,
            id(p) in tied_ids,
        )
        for p in people
    ]
    names = [p.name for p in people if id(p) in chosen_ids]
    return ChoiceResult(section, threshold, rows, names, [p.name for p in tied])
