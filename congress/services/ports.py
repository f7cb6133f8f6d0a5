"""What the use cases need from the world outside the core, as protocols (fakes in tests).

The state store's protocol is `congress.core.records.Store`; a ward folder's is here, because it
hands out file paths (for the hash of a decision's inputs), which the core never sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:  # annotations only: a protocol loads none of the models it names
    from collections.abc import Collection
    from datetime import date
    from pathlib import Path

    from congress.core.drafts import CongressFile, DraftsFile
    from congress.core.memo import Memo
    from congress.core.people import PeopleList
    from congress.core.ruleset import RuleBook
    from congress.core.tally import TallyFile
    from congress.core.ward import WardFile
    from congress.core.word_doc import WordDoc

CheckedFiles = Literal["personnel", "drafts", "tally", "first_meeting"]


class WardFolder(Protocol):
    """One ward's inputs (`congress.adapters.ward_folder.FileWardFolder` reads them from disk).

    Every method raises a `CongressError` saying what is wrong with the input it reads.
    """

    @property
    def slug(self) -> str: ...

    @property
    def memo(self) -> Memo:
        """What the ward's checks just computed, kept for its documents (issue 15): the
        personnel figures, the count, the drafts read. It lives and dies with this folder."""
        ...

    @property
    def facts_source(self) -> str:
        """Where the ward's facts come from, as messages name it."""
        ...

    def ward(self) -> WardFile:
        """The ward's facts, validated."""
        ...

    def draft_facts(self) -> WardFile:
        """The ward's facts for its drafts: as `ward`, but a committee size not filled in yet is
        allowed (the drafts do not show it)."""
        ...

    def name(self) -> str:
        """The ward's name, even while its facts are incomplete."""
        ...

    def timeline(self) -> dict[str, date | None]:
        """The ward's own deadlines, even while its other facts are incomplete."""
        ...

    def proposed(self) -> PeopleList:
        """The proposed new committee."""
        ...

    def previous(self) -> PeopleList | None:
        """The outgoing committee; None when the ward names no such list."""
        ...

    def drafts(self) -> DraftsFile:
        """The drafts' data (empty when there is none)."""
        ...

    def congress(self) -> CongressFile:
        """The congress details and script (empty when there are none)."""
        ...

    def source(self, what: Literal["congress", "tally", "second"]) -> str:
        """The file (and sheet) the congress details, the count or its second entry come from,
        as findings name it."""
        ...

    def word_drafts(self, *, pages: bool = True) -> list[WordDoc]:
        """The officer's Word drafts (none when there are none); an InputError for a file that
        cannot be read (an old .doc, open in Word, damaged, password-protected, TCVN3/VNI)."""
        ...

    def has_tally(self) -> bool: ...

    def tally(self) -> TallyFile:
        """The count; an InputError saying what to do when there is none yet."""
        ...

    def second_tally(self) -> TallyFile | None:
        """The second, independent entry of the same count, if any."""
        ...

    def ruleset(self, default: str) -> str:
        """The ruleset the ward names, or `default`."""
        ...

    def rulebook(self, default: str, sections: Collection[str] | None = None) -> RuleBook:
        """The ruleset the ward names, or `default`, loaded (with `sections`, only those rules
        are parsed: `congress.core.rule_index`)."""
        ...

    def inputs(self, check: CheckedFiles, default: str) -> list[Path]:
        """The files a check's findings are computed from (for the hash of a decision)."""
        ...
