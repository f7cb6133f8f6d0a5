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
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from lxml import etree

from congress.adapters.word_refusals import check_container, refuse, refuse_legacy, refuse_old_doc
from congress.core.word_doc import Layout, Metrics, Remark, WordDoc, WordPara

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, R, T, TBL, TR, TC, SDT = (q(x) for x in ("p", "r", "t", "tbl", "tr", "tc", "sdt"))
INS, DEL, DELTEXT, BR, CR, TAB = (q(x) for x in ("ins", "del", "delText", "br", "cr", "tab"))
SKIP = {q("instrText"), q("delInstrText"), f"{{{MC}}}Fallback", q("rPr"), q("pPr"), DEL}
CHANGES = {q("rPrChange"): "format", q("pPrChange"): "format"}
TRUE_OFF = {"0", "false", "off", "none"}


def _val(element: Any, tag: str, attr: str = "val") -> str | None:
    found = element.find(q(tag)) if element is not None else None
    return None if found is None else found.get(q(attr))


def _on(element: Any, tag: str) -> bool | None:
    found = element.find(q(tag)) if element is not None else None
    if found is None:
        return None
    return (found.get(q("val")) or "true").lower() not in TRUE_OFF


@dataclass
class _Style:
    name: str = ""
    based: str | None = None
    level: int | None = None
    bold: bool | None = None
    caps: bool | None = None
    size: int | None = None
    font: str | None = None
    spacing: dict[str, str] | None = None


class _Styles(dict[str, _Style]):
    """The paragraph styles by id, each read from styles.xml when first asked for (a template
    defines hundreds, a draft uses a few)."""

    def __init__(self, elements: dict[str, Any]) -> None:
        super().__init__()
        self.elements = elements

    def __missing__(self, style_id: str) -> _Style:
        style = self.elements[style_id]  # KeyError for an unknown id, as a dict
        style_ppr, style_rpr = style.find(q("pPr")), style.find(q("rPr"))
        found = _Style(
            name=_val(style, "name") or "",
            based=_val(style, "basedOn"),
            level=_int(_val(style_ppr, "outlineLvl")),
            bold=_on(style_rpr, "b"),
            caps=_on(style_rpr, "caps"),
            size=_int(_val(style_rpr, "sz")),
            font=_font(style_rpr),
            spacing=_spacing(style_ppr),
        )
        self[style_id] = found
        return found

    def __contains__(self, style_id: object) -> bool:
        return style_id in self.elements

    def get(self, style_id: str, default: Any = None) -> Any:
        return self[style_id] if style_id in self.elements else default


def _styles(package: zipfile.ZipFile) -> tuple[_Styles, _Style]:
    """The styles by id, and the document defaults."""
    if "word/styles.xml" not in package.namelist():
        return _Styles({}), _Style()
    root = etree.fromstring(package.read("word/styles.xml"), _PARSER)
    rpr = root.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    ppr = root.find(f"{q('docDefaults')}/{q('pPrDefault')}/{q('pPr')}")
    defaults = _Style(size=_int(_val(rpr, "sz")), font=_font(rpr), spacing=_spacing(ppr))
    elements = {s.get(q("styleId")) or "": s for s in root.iterchildren(q("style"))}
    return _Styles(elements), defaults


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(float(value))
    except ValueError:
        return None


def _font(rpr: Any) -> str | None:
    fonts = rpr.find(q("rFonts")) if rpr is not None else None
    if fonts is None:
        return None
    name = fonts.get(q("ascii")) or fonts.get(q("hAnsi")) or fonts.get(q("cs"))
    return str(name) if name else None


def _spacing(ppr: Any) -> dict[str, str] | None:
    found = ppr.find(q("spacing")) if ppr is not None else None
    if found is None:
        return None
    return {etree.QName(k).localname: v for k, v in found.attrib.items()}


def _chain(styles: _Styles, style_id: str | None, attr: str) -> Any:
    seen: set[str] = set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        value = getattr(styles[style_id], attr)
        if value is not None:
            return value
        style_id = styles[style_id].based
    return None


class _Reader:
    def __init__(self, package: zipfile.ZipFile) -> None:
        self.styles, self.defaults = _styles(package)
        self.default_style = next(
            (
                k
                for k, s in self.styles.elements.items()
                if (_val(s, "name") or "").lower() == "normal"
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
            self.resolved[key] = _chain(self.styles, style_id, attr)
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
        font = _font(rpr) or self.chain(st, "font") or self.defaults.font
        bold = _on(rpr, "b")
        bold = bold if bold is not None else bool(self.chain(st, "bold"))
        caps = _on(rpr, "caps")
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
        style_id = _val(ppr, "pStyle") or self.default_style
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
        page_break = bool(_on(ppr, "pageBreakBefore")) or raw.lstrip("\n\t ").startswith(
            ("\f", "\v")
        )
        text = unicodedata.normalize("NFC", raw.replace("\f", "").replace("\v", "")).strip()
        if page_break and raw.lstrip("\n\t ").startswith(("\f", "\v")):
            self.page += 1
            breaks -= 1
        for i in range(start, len(self.remarks)):
            remark = self.remarks[i]
            self.remarks[i] = Remark(remark.kind, remark.text, remark.author, self.index)
        style = self.styles.get(style_id, _Style(name=style_id))
        level = _int(_val(ppr, "outlineLvl"))
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

    def style_spacing(self, style_id: str) -> dict[str, str]:
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
            size = _int(_val(rpr, "sz"))
            if size:
                break
        size = size or self.chain(style_id, "size") or self.defaults.size or 22
        spacing = dict(self.style_spacing(style_id))
        spacing.update(_spacing(ppr) or {})
        return Metrics(
            size=size,
            line=_int(spacing.get("line")) or 240,
            rule=spacing.get("lineRule", "auto"),
            before=_int(spacing.get("before")) or 0,
            after=_int(spacing.get("after")) or 0,
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
        value = _int(element.get(q(attr))) if element is not None else None
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
    root = etree.fromstring(package.read("word/comments.xml"), _PARSER)
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
            root = etree.fromstring(package.read("word/document.xml"), _PARSER)
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
