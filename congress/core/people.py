"""People on a committee list, as read from a spreadsheet and cleaned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Role(StrEnum):
    """Proposed role on the new committee (*dự kiến chức danh*); its label is `role.<value>`."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    STANDING_MEMBER = "standing_member"
    MEMBER = "member"


STANDING_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.STANDING_MEMBER})


class Status(StrEnum):
    """Whether a proposed member sat on the outgoing committee; its label is `status.<value>`."""

    RE_ELECTED = "re_elected"
    NEW = "new"


@dataclass(frozen=True, slots=True)
class Person:
    """One row of a list of people. Birth, ethnicity, religion and Party membership are sensitive."""

    name: str
    row: int
    birth_date: date | None = None
    birth_year: int | None = None
    gender: Gender | None = None
    ethnicity: str | None = None
    religion: str | None = None
    party_member: bool = False
    position: str | None = None
    representation: str | None = None
    role: Role = Role.MEMBER
    stated_status: Status | None = None
    identity_number: str | None = None
    note: str | None = None
    added_mid_term: bool = False

    def age_on(self, day: date) -> int | None:
        """Age in whole years on `day` (from the full date when known, else from the year)."""
        if self.birth_date is not None:
            before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
            return day.year - self.birth_date.year - int(before_birthday)
        if self.birth_year is not None:
            return day.year - self.birth_year
        return None


# The columns a rule or a statistic reads, besides the name: a list without one of them has it
# in `PeopleList.missing`, and whatever needs it says «chưa kiểm tra» instead of counting blanks.
COLUMNS = (
    "birth",
    "gender",
    "ethnicity",
    "religion",
    "party",
    "position",
    "representation",
    "role",
)

# The columns where a column empty on every row means «not filled in»: whatever needs it is then
# not checked. Not religion nor Party membership: there an empty cell means «no» (spec §3), and a
# list where nobody follows a religion, or nobody is a Party member, is read as it says.
BLANK_UNREAD = frozenset({"birth", "gender", "ethnicity", "position", "representation", "role"})


class Header(NamedTuple):
    """A header cell of a list (one the reader did not recognise): its column, the spreadsheet's
    letters («F»), and its text."""

    column: str
    text: str


@dataclass(frozen=True, slots=True)
class PeopleList:
    """A list of people from one file; `label` names the list in messages.

    On the outgoing committee's list, each person's `added_mid_term` marks the members who joined during the
    term (*bổ sung giữa nhiệm kỳ*); `marks_mid_term` says whether the list could mark them at
    all (a column for it, or a note «Bổ sung …»).
    """

    label: str
    source: str
    people: tuple[Person, ...]
    has_gender: bool = True
    has_status_column: bool = False
    marks_mid_term: bool = False
    # the columns of COLUMNS the file does not have (a rule that needs one is not checked), and
    # the header cells the reader did not recognise (named in every report of the list)
    missing: frozenset[str] = frozenset()
    unrecognised: tuple[Header, ...] = ()
    # columns of BLANK_UNREAD the list has but left empty on every row: not filled in yet
    blank: frozenset[str] = frozenset()

    def lacks(self, column: str) -> bool:
        """True when the list has no column `column` (one of COLUMNS), or left it empty on every
        row (one of BLANK_UNREAD): its values were not read."""
        no_gender = column == "gender" and not self.has_gender
        return column in self.missing or column in self.blank or no_gender

    def __len__(self) -> int:
        return len(self.people)

    @property
    def at_start_of_term(self) -> tuple[Person, ...]:
        """The people who sat on the committee from the start of its term (all of them when the
        list does not mark additions)."""
        return tuple(p for p in self.people if not p.added_mid_term)

    @property
    def mid_term_additions(self) -> tuple[Person, ...]:
        """The people added during the term (*bổ sung giữa nhiệm kỳ*)."""
        return tuple(p for p in self.people if p.added_mid_term)
