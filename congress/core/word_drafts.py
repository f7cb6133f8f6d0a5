"""The drafts as the draft rules read them, from the officer's Word files where there are some and
from `drafts.yaml` for the others (pure): which source each draft came from, where each passage
is, the page count of the political report, and what was left in the files (placeholders,
comments, tracked changes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from congress.core import draft_parts
from congress.core.draft_recognise import (
    ACTION,
    FILE_NAMES,
    POLITICAL,
    REVIEW,
    Place,
    blocks,
    kind_of,
    paragraph_places,
    places,
)
from congress.core.drafts import DraftsFile
from congress.core.redact import mask
from congress.core.text import clean
from congress.core.ward import Unit
from congress.core.word_doc import WordDoc, estimated_pages

YAML_SOURCE = "drafts.yaml"
KINDS = (POLITICAL, REVIEW, ACTION)

# What an officer leaves in a draft to fill in later: «[CẦN VIẾT: …]», «xxx», a «…» or «...»
# standing for a figure or a name (not the «…» of «v.v…», nor the dateline «ngày … tháng …», which
# is filled in when the congress is held).
PLACEHOLDER = re.compile(
    r"\[\s*C[ẦẦ]N\s+VI[ẾẾ]T[^\]]*\]?|(?<![^\W\d_])x{3,}(?![^\W\d_])|(?<![\w.])(?:…|\.{3,})+(?![\w])",
    re.IGNORECASE,
)
DATELINE = re.compile(
    r"ngày\s*(?:…|\.{2,}|\d+)+\s*tháng\s*(?:…|\.{2,}|\d+)+\s*năm\s*(?:…|\.{2,}|\d+)+", re.IGNORECASE
)


@dataclass(frozen=True)
class PageCount:
    """The political report's length in pages: LibreOffice's count ("office") or an estimate
    from the file's page setup, font sizes and spacing ("estimate")."""

    pages: Fraction
    method: str
    file: str


@dataclass(frozen=True)
class Leftover:
    """A placeholder, comment or tracked change left in a draft: its kind ("placeholder",
    "comment", "insertion", "deletion", "format"), the passage, who left it, where it is."""

    kind: str
    quote: str
    where: Mapping[str, str]
    author: str = ""


@dataclass(frozen=True)
class DraftSources:
    """The drafts and what the Word files add: ``sources`` names each draft's source (a file name,
    or drafts.yaml), ``places`` locate passages of each draft's Word file by their text."""

    drafts: DraftsFile
    sources: Mapping[str, str]
    places: Mapping[str, Mapping[str, Place]] = field(default_factory=dict)
    leftovers: tuple[Leftover, ...] = ()
    pages: PageCount | None = None
    order: tuple[str, ...] = ()


def from_files(
    yaml: DraftsFile,
    docs: Sequence[WordDoc],
    orgs: Sequence[Unit] | None,
    *,
    leftovers: bool = True,
) -> DraftSources:
    """Each draft from its Word file when there is one, else from yaml. Of two files of one kind,
    the one with the usual name (bao-cao-chinh-tri.docx…) wins, then one that is not a fresh copy
    the tool wrote beside an edited draft («… (ban moi …).docx»), then the first by name.
    Without `leftovers`, the placeholders and remarks left in them are not looked for (none)."""
    chosen: dict[str, WordDoc] = {}
    for doc in sorted(docs, key=_preference):
        kind = kind_of(doc)
        if kind is not None and kind not in chosen:
            chosen[kind] = doc
    parts: dict[str, Any] = {}
    found: dict[str, dict[str, Place]] = {}
    left: list[Leftover] = []
    pages = None
    order: list[str] = []
    for kind, doc in chosen.items():
        cut = blocks(doc, kind)
        if kind == POLITICAL:
            parts[kind], order = draft_parts.political(cut, orgs or [])
            method = "office" if doc.pages is not None else "estimate"
            count = Fraction(doc.pages) if doc.pages is not None else estimated_pages(doc)
            pages = PageCount(count, method, doc.name)
        elif kind == REVIEW:
            parts[kind] = draft_parts.review(cut)
        else:
            parts[kind] = draft_parts.action(cut)
        found[kind] = places(doc, kind)
        left += word_leftovers(doc, paragraph_places(doc, kind)) if leftovers else ()
    for kind in KINDS:
        if kind not in parts:
            parts[kind] = getattr(yaml, kind)
            left += yaml_leftovers(kind, parts[kind].model_dump(mode="python")) if leftovers else ()
    sources = {k: chosen[k].name if k in chosen else YAML_SOURCE for k in KINDS}
    drafts = DraftsFile(**parts)
    return DraftSources(drafts, sources, found, tuple(left), pages, tuple(order))


def _preference(doc: WordDoc) -> tuple[bool, bool, str]:
    stem = doc.name.rsplit(".", 1)[0]
    return (stem not in FILE_NAMES.values(), "(ban moi" in stem, doc.name)


def placeholders(text: str) -> Iterator[re.Match[str]]:
    text = DATELINE.sub(lambda m: " " * len(m.group()), text)
    yield from PLACEHOLDER.finditer(text)


def _around(text: str, match: re.Match[str], width: int = 40) -> str:
    start, end = max(match.start() - width, 0), min(match.end() + width, len(text))
    quoted = ("…" if start else "") + clean(text[start:end]) + ("…" if end < len(text) else "")
    return mask(quoted)


def word_leftovers(doc: WordDoc, located: Sequence[Place]) -> Iterator[Leftover]:
    """Placeholders in the paragraphs, then the comments and tracked changes, each with the place
    of its own paragraph (`located`: the places of `doc.paragraphs`, in order)."""
    by_index = {p.index: place for p, place in zip(doc.paragraphs, located, strict=True)}
    for p, place in zip(doc.paragraphs, located, strict=True):
        for match in placeholders(p.text):
            yield Leftover("placeholder", _around(p.text, match), place.label())
    for remark in doc.remarks:
        where = by_index.get(remark.paragraph) or Place(doc.name, "", remark.paragraph)
        yield Leftover(remark.kind, mask(clean(remark.text)[:120]), where.label(), remark.author)


def yaml_leftovers(kind: str, data: Any, path: str = "") -> Iterator[Leftover]:
    """Placeholders in the text fields of one draft of drafts.yaml."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from yaml_leftovers(kind, value, f"{path}.{key}" if path else key)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from yaml_leftovers(kind, value, f"{path}[{i}]")
    elif isinstance(data, str):
        for match in placeholders(data):
            key = f"{kind}.{path}"
            where = {"vi": f"{YAML_SOURCE}, khóa {key}", "en": f"{YAML_SOURCE}, key {key}"}
            yield Leftover("placeholder", _around(data, match), where)
