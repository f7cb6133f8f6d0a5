"""An officer's Word draft as plain data (pure): paragraphs with their look and place, tables in
place, comments and tracked changes, the page setup; and the page count estimated from them.

`congress.adapters.word_reader` makes a `WordDoc` from a .docx file; `congress.core.draft_recognise`
finds the sections of a draft in it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

TWIPS_PER_POINT = 20


@dataclass(frozen=True)
class Metrics:
    """What a paragraph's height depends on: font size (half-points), line spacing (``line`` in
    240ths of a line for ``auto``, twips for ``exact``/``atLeast``), space before and after (twips),
    and the share of the text width it has (a table cell's)."""

    size: int = 26
    line: int = 240
    rule: str = "auto"
    before: int = 0
    after: int = 0
    width: Fraction = Fraction(1)


@dataclass(frozen=True)
class WordPara:
    """A paragraph: its text (NFC; a manual line break is "\\n"), style name, outline level (0 for
    the top level; None for body text), whether all its text is bold and all capital, whether it is
    an automatically numbered item, and where it is: ``index`` counts the body's paragraphs from 1
    (a table's paragraphs take the number of the table's place), ``table``/``row``/``cell`` from 1
    inside a table (0 outside). ``page`` is Word's own page (from the page breaks Word recorded when
    it last saved the file), else None; ``page_break`` says a page starts before it."""

    text: str
    index: int
    style: str = ""
    level: int | None = None
    bold: bool = False
    caps: bool = False
    numbered: bool = False
    table: int = 0
    row: int = 0
    cell: int = 0
    page: int | None = None
    page_break: bool = False
    metrics: Metrics = field(default_factory=Metrics)


@dataclass(frozen=True)
class Remark:
    """A comment or a tracked change left in the file: ``kind`` is "comment", "insertion",
    "deletion" or "format"; ``paragraph`` the index of the paragraph it is in (0 if unknown)."""

    kind: str
    text: str
    author: str = ""
    paragraph: int = 0


@dataclass(frozen=True)
class Layout:
    """The page setup (twips) and the default font size (half-points)."""

    width: int = 11906
    height: int = 16838
    top: int = 1134
    bottom: int = 1134
    left: int = 1701
    right: int = 1134

    @property
    def text_width(self) -> int:
        return max(self.width - self.left - self.right, 1440)

    @property
    def text_height(self) -> int:
        return max(self.height - self.top - self.bottom, 1440)


@dataclass(frozen=True)
class WordDoc:
    """A .docx file's content: ``name`` is the file name; ``fonts`` every font its text uses;
    ``pages`` LibreOffice's page count when it was asked (None otherwise)."""

    name: str
    paragraphs: tuple[WordPara, ...]
    remarks: tuple[Remark, ...] = ()
    layout: Layout = Layout()
    fonts: frozenset[str] = frozenset()
    pages: int | None = None


# -- the page count -------------------------------------------------------------------------

# The average width a character of Times New Roman takes in a line of Vietnamese text (spaces and
# the room lost where a line wraps before a word included), and the height of a single-spaced
# line, in hundredths of an em: fitted to LibreOffice's page counts of drafts of 10 to 50 pages.
CHAR_EM = 52
LINE_EM = 120
UNIT = 100  # heights are counted in hundredths of a twip, as integers


def _line_height(m: Metrics) -> int:
    """A line's height, in hundredths of a twip."""
    natural = m.size * 10 * LINE_EM
    if m.rule == "exact":
        return m.line * UNIT
    if m.rule == "atLeast":
        return max(m.line * UNIT, natural)
    return natural * m.line // 240


def _lines(text: str, m: Metrics, text_width: int) -> int:
    """Lines the text takes: each manual line break starts one; long lines wrap."""
    room = text_width * UNIT * m.width.numerator
    per_line = max(room // (m.size * 10 * CHAR_EM * m.width.denominator), 1)
    return sum(max(-(-len(part) // per_line), 1) for part in text.split("\n"))


def _height(para: WordPara, text_width: int) -> int:
    m = para.metrics
    return _lines(para.text, m, text_width) * _line_height(m) + (m.before + m.after) * UNIT


def page_starts(doc: WordDoc) -> list[Fraction]:
    """Where each paragraph starts, in pages from 0, and (last) where the document ends: an
    estimate from the page setup, the font sizes and spacing (a table row is as high as its
    highest cell; a page break starts a new page)."""
    layout = doc.layout
    page = layout.text_height * UNIT
    used = 0
    starts: list[int] = []
    row_key: tuple[int, int] | None = None
    row_top = 0
    cells: dict[int, int] = {}
    for para in doc.paragraphs:
        key = (para.table, para.row) if para.table else None
        if key != row_key:  # leaving a table row: it is as high as its highest cell
            if row_key is not None:
                used = row_top + max(cells.values(), default=0)
            row_key, row_top, cells = key, used, {}
        if para.page_break and not para.table and used:
            used = -(-used // page) * page
        height = _height(para, layout.text_width)
        if para.table:
            before = cells.get(para.cell, 0)
            starts.append(row_top + before)
            cells[para.cell] = before + height
        else:
            starts.append(used)
            used += height
    if row_key is not None:
        used = row_top + max(cells.values(), default=0)
    starts.append(used)
    return [Fraction(s, page) for s in starts]


def estimated_pages(doc: WordDoc) -> Fraction:
    """The document's length in pages, to one decimal rounded up (an estimate)."""
    total = page_starts(doc)[-1]
    return Fraction(math.ceil(total * 10), 10)
