"""A generated document's text structure, the facts it is judged against, and a finding (pure).

`congress.adapters.docx_text` makes a `DocText` from a .docx file; `congress.core.generated_lint`
checks it against the `Facts` the workspace's files give.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from congress.core import levels

# -- the document's text -------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """Where a paragraph is: ``part`` is "body", "table", "header" or "footer"; numbers from 1
    (``paragraph`` counts within the body, the header/footer, or the table cell)."""

    part: str
    paragraph: int
    table: int = 0
    row: int = 0
    cell: int = 0

    @property
    def cell_id(self) -> tuple[str, int, int, int]:
        return (self.part, self.table, self.row, self.cell)


@dataclass(frozen=True)
class Para:
    where: Where
    text: str


@dataclass(frozen=True)
class DocText:
    """A document's text: header, body (table cells in place) and footer paragraphs, in order."""

    name: str
    paragraphs: tuple[Para, ...]


@dataclass(frozen=True)
class Facts:
    """What the document should say, from the workspace's files.

    ``unit_words``: the words the issuing side's units may take (a ward's document: its own type,
    e.g. {"phường"}; the district's: the types of its wards); ``level``: the supervising unit's
    level word (quận, huyện, thị xã, thành phố, tỉnh); ``places``: the accepted places of the date
    line; ``names``: proper names that may contain a level word (the ward's, the district's).
    ``date_known``/``signer``/``present``: data that makes a «…» in its field a leftover.
    ``working_draft``: the officer's Word draft (van-kien/), which may keep «[CẦN VIẾT: …]».
    """

    unit_words: frozenset[str]
    level: str
    places: frozenset[str]
    names: tuple[str, ...] = ()
    date_known: bool = False
    signer: str | None = None
    present: int | None = None
    working_draft: bool = False  # the officer's Word draft in van-kien/: placeholders allowed


@dataclass(frozen=True)
class DocFinding:
    """One defect: the rule id, where, the quoted passage, and the message's parameters."""

    rule: str
    where: Where
    quote: str
    params: Mapping[str, str] = field(default_factory=dict)


def normal(text: str) -> str:
    """NFC, one space between words: how text is compared."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    return normal(text).casefold()


def quote(text: str, start: int, end: int, width: int = 30) -> str:
    """The passage around text[start:end], cut at word boundaries."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    return normal(text[left:right])


def nonblank(doc: DocText) -> Iterator[tuple[Para, str]]:
    for para in doc.paragraphs:
        text = unicodedata.normalize("NFC", para.text)
        if text.strip():
            yield para, text


# -- facts from the workspace's files ------------------------------------------------------------

# A ward's type when the files do not say it: the supervising level's usual units.
UNIT_OF_LEVEL = {
    "quận": "phường",
    "thị xã": "phường",
    "thành phố": "phường",
    "huyện": "xã",
    "tỉnh": "xã",
}


def place_of(name: str) -> str:
    """The place of a date line for a unit: its name without the level word, except a number
    («Quận Đống Đa» -> «Đống Đa»; «Phường 5» stays) — `levels.place_name` on the split name."""
    text = normal(name)
    word, bare = levels.split_ward_name(text)
    if word is None:
        word, bare = levels.split_unit_name(text)
    return levels.place_name(word, bare)


def unit_type(ward_name: str, declared: str | None, level: str) -> str:
    """The ward's type (xã, phường, thị trấn, đặc khu): as declared in ward.yaml (``unit_type``),
    else the word its name starts with, else the usual unit of the supervising level. The one
    place to change when the files say it."""
    if declared:
        return normal(declared).casefold()
    word, _ = levels.split_ward_name(normal(ward_name))
    if word is not None:
        return word
    return UNIT_OF_LEVEL.get(normal(level).casefold(), "phường")
