"""Recognise a congress draft in a Word document however the office wrote it (pure).

Headings are found by Word's heading styles or outline levels, or — in a file written from scratch —
as short lines that are bold or all capitals, or that start with «PHẦN THỨ NHẤT», «I.», «A.», «1.».
A heading's words say which section follows (kết quả, hạn chế, nguyên nhân, bài học…); a line that
starts with such a word and a colon («Nguyên nhân: …») opens that section too. The text under the
headings fills the same models `drafts.yaml` fills (`congress.core.drafts`), so the draft rules
judge both sources alike; `Place`s say where each passage is, for the findings to quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from congress.core.text import clean, header_key
from congress.core.word_doc import WordDoc, WordPara, page_starts

POLITICAL, REVIEW, ACTION = "political_report", "review_report", "action_programme"
TITLES = {
    POLITICAL: ("bao cao chinh tri",),
    REVIEW: ("bao cao kiem diem",),
    ACTION: ("chuong trinh hanh dong",),
}
FILE_NAMES = {
    POLITICAL: "bao-cao-chinh-tri",
    REVIEW: "bao-cao-kiem-diem",
    ACTION: "chuong-trinh-hanh-dong",
}

# «PHẦN THỨ NHẤT», «PHẦN I», «I.», «A.», «1.», «1.2.», «a)»: a numbered line.
NUMBERED = re.compile(
    r"^(?:phần\s+(?:thứ\s+\S+|[ivxlc\d]+)|[IVXLC]+\s*[.)/-]|[A-ZĐ]\s*[.)]|\d+(?:\.\d+)*\s*[.)/]|[a-zđ]\))",
    re.IGNORECASE,
)
PART = re.compile(r"^phan (?:thu )?(nhat|hai|ba|tu|i|ii|iii|iv|1|2|3|4)\b")
PART_NUMBER = {"nhat": 1, "i": 1, "1": 1, "hai": 2, "ii": 2, "2": 2, "ba": 3, "iii": 3, "3": 3}
MAX_HEADING = 200


@dataclass(frozen=True)
class Place:
    """Where a passage is: the file, the heading of its section, its paragraph (body paragraphs
    counted from 1, a table counts as one), its table cell, and its page — Word's own when the file
    records it (``exact``), else an estimate."""

    file: str
    section: str
    paragraph: int
    table: int = 0
    row: int = 0
    cell: int = 0
    page: int | None = None
    exact: bool = False

    def label(self) -> dict[str, str]:
        """«bao-cao-chinh-tri.docx, mục «II. HẠN CHẾ», đoạn 12, trang ≈ 3»."""
        vi, en = [self.file], [self.file]
        if self.section:
            short = self.section if len(self.section) <= 60 else self.section[:57] + "…"
            vi.append(f"mục «{short}»")
            en.append(f"section «{short}»")
        if self.table:
            vi.append(f"bảng {self.table}, hàng {self.row}, cột {self.cell}")
            en.append(f"table {self.table}, row {self.row}, column {self.cell}")
        else:
            vi.append(f"đoạn {self.paragraph}")
            en.append(f"paragraph {self.paragraph}")
        if self.page is not None:
            mark = "" if self.exact else "≈ "
            vi.append(f"trang {mark}{self.page}")
            en.append(f"page {mark}{self.page}")
        return {"vi": ", ".join(vi), "en": ", ".join(en)}


@dataclass
class Block:
    """A heading (None before the first) and what follows it up to the next heading: its
    paragraphs, its tables' paragraphs among them."""

    heading: WordPara | None
    paras: list[WordPara] = field(default_factory=list)

    @property
    def title(self) -> str:
        return clean(self.heading.text) if self.heading else ""

    @property
    def key(self) -> str:
        return header_key(self.heading.text) if self.heading else ""

    def text(self) -> str:
        """The block's paragraphs (tables apart) as blank-line separated text."""
        return "\n\n".join(p.text for p in self.paras if not p.table and p.text.strip())

    @property
    def tables(self) -> list[list[list[str]]]:
        """Its tables, each as rows of cell texts (a cell's paragraphs joined)."""
        grid: dict[int, dict[int, dict[int, list[str]]]] = {}
        for p in self.paras:
            if p.table:
                grid.setdefault(p.table, {}).setdefault(p.row, {}).setdefault(p.cell, [])
                grid[p.table][p.row][p.cell].append(p.text)
        return [
            [
                [clean(" ".join(cells[c])) for c in sorted(cells)]
                for _, cells in sorted(rows.items())
            ]
            for _, rows in sorted(grid.items())
        ]


def is_heading(p: WordPara) -> bool:
    """A heading by style or outline level, or a short bold / capital / numbered-and-bold line."""
    text = clean(p.text)
    if not text or p.table or len(text) > MAX_HEADING:
        return False
    if p.level is not None:
        return True
    if any(len(line) > 150 for line in p.text.split("\n")):
        return False
    if text.endswith((".", ";", ",")) and not NUMBERED.match(text) and len(text) > 60:
        return False
    if p.caps and len(text) >= 4 and not text.endswith(";"):
        return True
    return p.bold and (len(text) <= 150 or bool(NUMBERED.match(text)))


def kind_of(doc: WordDoc) -> str | None:
    """Which draft the document is: by its title paragraph, else by its file name."""
    for p in doc.paragraphs[:40]:
        key = header_key(p.text)
        for kind, titles in TITLES.items():
            if any(key.startswith(t) or key.startswith(f"du thao {t}") for t in titles):
                return kind
    stem = header_key(doc.name.rsplit(".", 1)[0])
    for kind, name in FILE_NAMES.items():
        if stem.startswith(header_key(name)):
            return kind
    return None


def title_index(doc: WordDoc, kind: str) -> int:
    """The position of the title paragraph (what is above it is the header block); -1 if none."""
    for i, p in enumerate(doc.paragraphs[:40]):
        key = header_key(p.text)
        if any(key.startswith(t) or key.startswith(f"du thao {t}") for t in TITLES[kind]):
            return i
    return -1


def blocks(doc: WordDoc, kind: str) -> list[Block]:
    """The document below its title, cut at its headings (tables kept in their block)."""
    start = title_index(doc, kind) + 1
    title = doc.paragraphs[start - 1] if start else None
    # The lines right under the title that say whose report it is are part of the title.
    while start < len(doc.paragraphs) and _subtitle(doc.paragraphs[start], title):
        start += 1
    out = [Block(None)]
    for p in doc.paragraphs[start:]:
        if is_heading(p):
            out.append(Block(p))
        else:
            out[-1].paras.append(p)
    return out


SUBTITLES = ("cua ", "trinh ", "du thao", "nhiem ky", "tai dai hoi", "thuc hien nghi quyet")


def _subtitle(p: WordPara, title: WordPara | None) -> bool:
    """A line under the title that is part of it: empty, in the title's own style (other than the
    body's), or saying whose report it is and for which congress."""
    key = header_key(p.text)
    same = title is not None and bool(p.style) and p.style == title.style and p.level is None
    return not key or (same and p.style.lower() != "normal") or key.startswith(SUBTITLES)


def part_of(key: str) -> int | None:
    """1, 2, 3 for «PHẦN THỨ NHẤT/HAI/BA» (or «PHẦN I/II/III»), None for another heading."""
    match = PART.match(key)
    return PART_NUMBER.get(match.group(1)) if match else None


def lead_in(text: str) -> str:
    """The words before a colon at the start of a line («Nguyên nhân: …» → "nguyen nhan"), for a
    paragraph that opens a section without a heading; "" when there is none."""
    head, colon, _ = clean(text).partition(":")
    if not colon or len(head) > 60:
        return ""
    return header_key(re.sub(r"^[\s*+•\-–]+", "", head))


# -- places ----------------------------------------------------------------------------------


def paragraph_places(doc: WordDoc, kind: str) -> list[Place]:
    """Each paragraph's place, in order (the header block above the title has no section)."""
    starts = page_starts(doc)
    title = title_index(doc, kind)
    out: list[Place] = []
    section = ""
    for i, (p, start) in enumerate(zip(doc.paragraphs, starts, strict=False)):
        text = clean(p.text)
        if i > title and text and is_heading(p):
            section = text
        exact = p.page is not None
        page = p.page if exact else int(start) + 1
        out.append(Place(doc.name, section, p.index, p.table, p.row, p.cell, page, exact))
    return out


def places(doc: WordDoc, kind: str) -> dict[str, Place]:
    """Every non-empty paragraph's place, keyed by its cleaned text (the first one wins), and by
    each of its lines."""
    out: dict[str, Place] = {}
    for p, place in zip(doc.paragraphs, paragraph_places(doc, kind), strict=True):
        text = clean(p.text)
        if text:
            out.setdefault(text, place)
            for line in p.text.split("\n"):
                out.setdefault(clean(line), place)
    return out


def locate(found: dict[str, Place], text: str) -> Place | None:
    """The place of a passage: of its text, or of the paragraph it starts (a quote cut short)."""
    key = clean(text)
    if key in found:
        return found[key]
    head = key.rstrip("…")[:60]
    return next((place for t, place in found.items() if head and t.startswith(head)), None)


def figures_key(text: str) -> Iterator[Fraction]:
    """The numbers of a cell or line, Vietnamese style («1.872», «124,8%»)."""
    for match in re.finditer(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", text):
        yield Fraction(match.group().replace(".", "").replace(",", "."))


def first_number(text: str) -> Fraction | None:
    return next(figures_key(text), None)


def column(header: Sequence[str], *words: str, skip: Sequence[int] = ()) -> int | None:
    """The first column whose header key contains one of `words`."""
    for i, cell in enumerate(header):
        key = header_key(cell)
        if i not in skip and any(w in key for w in words):
            return i
    return None
