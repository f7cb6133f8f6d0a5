"""Read an officer's Word draft (.docx) into a `WordDoc`, straight from its XML (lxml, zipfile):
python-docx takes longer to open a file than this takes to read it whole.

Bad files are refused (`congress.adapters.word_refusals`) with an `InputError` (exit 2) saying what
to do: an old .doc, a damaged or password-protected file, a draft typed in a TCVN3/VNI font.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

from lxml import etree

from congress.adapters.word_refusals import check_container, refuse, refuse_legacy, refuse_old_doc
from congress.adapters.word_xml import (
    BR,
    CR,
    DEL,
    DELTEXT,
    INS,
    PARSER,
    SDT,
    SKIP,
    TAB,
    TBL,
    TC,
    TR,
    P,
    R,
    Style,
    T,
    chain,
    font_of,
    on,
    q,
    read_styles,
    spacing_of,
    to_int,
    val,
)
from congress.core.word_doc import Layout, Metrics, Remark, WordDoc, WordPara


class _Reader:
    def __init__(self, package: zipfile.ZipFile) -> None:
        self.styles, self.defaults = read_styles(package)
        self.default_style = next(
            (
                k
                for k, s in self.styles.elements.items()
                if (val(s, "name") or "").lower() == "normal"
            ),
            "Normal",
        )
        self.resolved: dict[tuple[str, str], Any] = {}
        self.paras: list[WordPara] = []
        self.remarks: list[Remark] = []
        self.fonts: set[str] = set()
        self.comment_at: dict[str, int] = {}
        self.index = 0
        self.tables = 0
        self.page = 1
        self.rendered = False  # Word recorded its page breaks

    # a paragraph's text and looks ------------------------------------------------------------

    def chain(self, style_id: str, attr: str) -> Any:
        """A style's property, from the style or the styles it is based on (cached)."""
        key = (style_id, attr)
        if key not in self.resolved:
            self.resolved[key] = chain(self.styles, style_id, attr)
        return self.resolved[key]

    def _runs(self, element: Any, out: list[str], looks: list[tuple[bool, bool]], st: str) -> None:
        for child in element:
            tag = child.tag
            if tag in SKIP:
                if tag == DEL:
                    deleted = "".join(child.itertext(DELTEXT))
                    self.remarks.append(Remark("deletion", deleted, child.get(q("author")) or ""))
                continue
            if tag == R:
                self._run(child, out, looks, st)
            elif tag == INS:
                inserted = "".join(child.itertext(T))
                self.remarks.append(Remark("insertion", inserted, child.get(q("author")) or ""))
                self._runs(child, out, looks, st)
            elif tag == q("commentRangeStart") or tag == q("commentReference"):
                self.comment_at.setdefault(child.get(q("id")) or "", self.index)
            elif tag in (q("hyperlink"), q("smartTag"), q("fldSimple"), SDT, q("sdtContent")):
                self._runs(child, out, looks, st)
            elif tag in (q("moveFrom"),):
                self.remarks.append(Remark("deletion", "".join(child.itertext(T)), ""))
            elif tag == q("moveTo"):
                self.remarks.append(Remark("insertion", "".join(child.itertext(T)), ""))
                self._runs(child, out, looks, st)

    def _run(self, run: Any, out: list[str], looks: list[tuple[bool, bool]], st: str) -> None:
        rpr = run.find(q("rPr"))
        if rpr is not None and rpr.find(q("rPrChange")) is not None:
            self.remarks.append(Remark("format", "".join(run.itertext(T)), ""))
        font = font_of(rpr) or self.chain(st, "font") or self.defaults.font
        bold = on(rpr, "b")
        bold = bold if bold is not None else bool(self.chain(st, "bold"))
        caps = on(rpr, "caps")
        caps = caps if caps is not None else bool(self.chain(st, "caps"))
        parts: list[str] = []
        for child in run:
            tag = child.tag
            if tag == T:
                parts.append(child.text or "")
            elif tag == TAB:
                parts.append("\t")
            elif tag == BR and child.get(q("type")) == "page":
                parts.append("\f")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag == q("lastRenderedPageBreak"):
                self.rendered = True
                parts.append("\v")
        text = "".join(parts)
        if text.strip("\n\t\f\v "):
            if font and not text.isascii():  # a legacy font spoils letters, not digits
                self.fonts.add(font)
            looks.append((bold, caps))
        out.append(text)

    def paragraph(self, p: Any, table: int = 0, row: int = 0, cell: int = 0) -> None:
        ppr = p.find(q("pPr"))
        style_id = val(ppr, "pStyle") or self.default_style
        if ppr is not None and ppr.find(f"{q('rPr')}/{q('ins')}") is not None:
            self.remarks.append(Remark("insertion", "¶", "", self.index))
        if ppr is not None and ppr.find(q("pPrChange")) is not None:
            self.remarks.append(Remark("format", "", "", self.index))
        out: list[str] = []
        looks: list[tuple[bool, bool]] = []
        start = len(self.remarks)
        self._runs(p, out, looks, style_id)
        raw = "".join(out)
        breaks = raw.count("\f") + raw.count("\v")
        page_break = bool(on(ppr, "pageBreakBefore")) or raw.lstrip("\n\t ").startswith(
            ("\f", "\v")
        )
        text = unicodedata.normalize("NFC", raw.replace("\f", "").replace("\v", "")).strip()
        if page_break and raw.lstrip("\n\t ").startswith(("\f", "\v")):
            self.page += 1
            breaks -= 1
        for i in range(start, len(self.remarks)):
            remark = self.remarks[i]
            self.remarks[i] = Remark(remark.kind, remark.text, remark.author, self.index)
        style = self.styles.get(style_id, Style(name=style_id))
        level = to_int(val(ppr, "outlineLvl"))
        level = level if level is not None else self.chain(style_id, "level")
        if level is None and re.fullmatch(r"(?i)heading\s*([1-9])", style.name):
            level = int(style.name.split()[-1].strip()) - 1 if " " in style.name else None
        letters = [c for c in text if c.isalpha()]
        self.paras.append(
            WordPara(
                text=text,
                index=self.index,
                style=style.name,
                level=level if level is not None and level < 9 else None,
                bold=bool(looks) and all(b for b, _ in looks),
                caps=bool(letters)
                and (all(c.isupper() for c in letters) or all(c for _, c in looks)),
                numbered=ppr is not None and ppr.find(q("numPr")) is not None,
                table=table,
                row=row,
                cell=cell,
                page=self.page,
                page_break=page_break,
                metrics=self._metrics(p, ppr, style_id),
            )
        )
        self.page += max(breaks, 0)

    def stylespacing_of(self, style_id: str) -> dict[str, str]:
        """The spacing a style gives: the defaults, overridden down its chain (cached)."""
        key = (style_id, "spacing*")
        if key not in self.resolved:
            spacing = dict(self.defaults.spacing or {})
            chain: list[dict[str, str]] = []
            sid: str | None = style_id
            seen: set[str] = set()
            while sid and sid in self.styles and sid not in seen:
                seen.add(sid)
                chain.append(self.styles[sid].spacing or {})
                sid = self.styles[sid].based
            for found in reversed(chain):
                spacing.update(found)
            self.resolved[key] = spacing
        return self.resolved[key]  # type: ignore[no-any-return]

    def _metrics(self, p: Any, ppr: Any, style_id: str) -> Metrics:
        size = None
        for rpr in p.iter(q("rPr")):
            size = to_int(val(rpr, "sz"))
            if size:
                break
        size = size or self.chain(style_id, "size") or self.defaults.size or 22
        spacing = dict(self.stylespacing_of(style_id))
        spacing.update(spacing_of(ppr) or {})
        return Metrics(
            size=size,
            line=to_int(spacing.get("line")) or 240,
            rule=spacing.get("lineRule", "auto"),
            before=to_int(spacing.get("before")) or 0,
            after=to_int(spacing.get("after")) or 0,
        )

    # the body ---------------------------------------------------------------------------

    def body(self, element: Any) -> None:
        for child in element:
            if child.tag == P:
                self.index += 1
                self.paragraph(child)
            elif child.tag == TBL:
                self.index += 1
                self.tables += 1
                self.table(child, self.tables)
            elif child.tag == SDT:
                content = child.find(q("sdtContent"))
                if content is not None:
                    self.body(content)

    def table(self, tbl: Any, number: int, share: Fraction = Fraction(1)) -> None:
        for r, tr in enumerate(tbl.iter(TR), start=1):
            if tr.getparent() is not tbl:
                continue
            cells = [tc for tc in tr if tc.tag == TC]
            for c, tc in enumerate(cells, start=1):
                width = share / max(len(cells), 1)
                for child in tc:
                    if child.tag == P:
                        before = len(self.paras)
                        self.paragraph(child, number, r, c)
                        para = self.paras[before]
                        metrics = para.metrics
                        self.paras[before] = _with_width(para, metrics, width)
                    elif child.tag == TBL:
                        self.table(child, number, width)


def _with_width(para: WordPara, m: Metrics, width: Fraction) -> WordPara:
    metrics = Metrics(m.size, m.line, m.rule, m.before, m.after, width)
    return WordPara(**{**para.__dict__, "metrics": metrics})


def _layout(body: Any) -> Layout:
    sect = body.find(q("sectPr")) if body is not None else None
    if sect is None:
        return Layout()
    size, margin = sect.find(q("pgSz")), sect.find(q("pgMar"))
    base = Layout()

    def get(element: Any, attr: str, default: int) -> int:
        value = to_int(element.get(q(attr))) if element is not None else None
        return abs(value) if value else default

    return Layout(
        width=get(size, "w", base.width),
        height=get(size, "h", base.height),
        top=get(margin, "top", base.top),
        bottom=get(margin, "bottom", base.bottom),
        left=get(margin, "left", base.left),
        right=get(margin, "right", base.right),
    )


def _comments(package: zipfile.ZipFile, at: dict[str, int]) -> Iterator[Remark]:
    if "word/comments.xml" not in package.namelist():
        return
    root = etree.fromstring(package.read("word/comments.xml"), PARSER)
    for comment in root.iter(q("comment")):
        text = unicodedata.normalize(
            "NFC", " ".join("".join(p.itertext(T)) for p in comment.iter(P))
        )
        cid = comment.get(q("id")) or ""
        yield Remark("comment", text.strip(), comment.get(q("author")) or "", at.get(cid, 0))


def read_word(path: Path, pages: int | None = None) -> WordDoc:
    """The Word draft at `path`; an InputError (exit 2) saying what to do when it cannot be read."""
    if path.suffix.lower() == ".doc":
        refuse_old_doc(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        check_container(path, head)
        with zipfile.ZipFile(path) as package:
            if "word/document.xml" not in package.namelist():
                raise refuse("word.damaged", path, reason="word/document.xml missing")
            reader = _Reader(package)
            root = etree.fromstring(package.read("word/document.xml"), PARSER)
            body = root.find(q("body"))
            if body is not None:
                reader.body(body)
            comments = list(_comments(package, reader.comment_at))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, OSError) as error:
        raise refuse("word.damaged", path, reason=str(error) or type(error).__name__) from error
    paras = tuple(reader.paras)
    if not reader.rendered:  # Word did not record its pages: no page is known
        paras = tuple(WordPara(**{**p.__dict__, "page": None}) for p in paras)
    remarks = tuple(r for r in reader.remarks if r.text.strip() or r.kind == "format")
    doc = WordDoc(
        path.name,
        paras,
        remarks + tuple(comments),
        _layout(body),
        frozenset(reader.fonts),
        pages,
    )
    refuse_legacy(doc, path)
    return doc
