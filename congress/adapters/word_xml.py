"""The XML vocabulary of a .docx (WordprocessingML) and its styles, as the Word draft reader
needs them: element names, on/off and value attributes, the styles of styles.xml resolved through
their `basedOn` chain."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, R, T, TBL, TR, TC, SDT = (q(x) for x in ("p", "r", "t", "tbl", "tr", "tc", "sdt"))
INS, DEL, DELTEXT, BR, CR, TAB = (q(x) for x in ("ins", "del", "delText", "br", "cr", "tab"))
SKIP = {q("instrText"), q("delInstrText"), f"{{{MC}}}Fallback", q("rPr"), q("pPr"), DEL}
TRUE_OFF = {"0", "false", "off", "none"}


def val(element: Any, tag: str, attr: str = "val") -> str | None:
    found = element.find(q(tag)) if element is not None else None
    return None if found is None else found.get(q(attr))


def on(element: Any, tag: str) -> bool | None:
    found = element.find(q(tag)) if element is not None else None
    if found is None:
        return None
    return (found.get(q("val")) or "true").lower() not in TRUE_OFF


@dataclass
class Style:
    name: str = ""
    based: str | None = None
    level: int | None = None
    bold: bool | None = None
    caps: bool | None = None
    size: int | None = None
    font: str | None = None
    spacing: dict[str, str] | None = None


class Styles(dict[str, Style]):
    """The paragraph styles by id, each read from styles.xml when first asked for (a template
    defines hundreds, a draft uses a few)."""

    def __init__(self, elements: dict[str, Any]) -> None:
        super().__init__()
        self.elements = elements

    def __missing__(self, style_id: str) -> Style:
        style = self.elements[style_id]  # KeyError for an unknown id, as a dict
        style_ppr, style_rpr = style.find(q("pPr")), style.find(q("rPr"))
        found = Style(
            name=val(style, "name") or "",
            based=val(style, "basedOn"),
            level=to_int(val(style_ppr, "outlineLvl")),
            bold=on(style_rpr, "b"),
            caps=on(style_rpr, "caps"),
            size=to_int(val(style_rpr, "sz")),
            font=font_of(style_rpr),
            spacing=spacing_of(style_ppr),
        )
        self[style_id] = found
        return found

    def __contains__(self, style_id: object) -> bool:
        return style_id in self.elements

    def get(self, style_id: str, default: Any = None) -> Any:
        return self[style_id] if style_id in self.elements else default


def read_styles(package: zipfile.ZipFile) -> tuple[Styles, Style]:
    """The styles by id, and the document defaults."""
    if "word/styles.xml" not in package.namelist():
        return Styles({}), Style()
    root = etree.fromstring(package.read("word/styles.xml"), PARSER)
    rpr = root.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
    ppr = root.find(f"{q('docDefaults')}/{q('pPrDefault')}/{q('pPr')}")
    defaults = Style(size=to_int(val(rpr, "sz")), font=font_of(rpr), spacing=spacing_of(ppr))
    elements = {s.get(q("styleId")) or "": s for s in root.iterchildren(q("style"))}
    return Styles(elements), defaults


def to_int(value: str | None) -> int | None:
    try:
        return None if value is None else int(float(value))
    except ValueError:
        return None


def font_of(rpr: Any) -> str | None:
    fonts = rpr.find(q("rFonts")) if rpr is not None else None
    if fonts is None:
        return None
    name = fonts.get(q("ascii")) or fonts.get(q("hAnsi")) or fonts.get(q("cs"))
    return str(name) if name else None


def spacing_of(ppr: Any) -> dict[str, str] | None:
    found = ppr.find(q("spacing")) if ppr is not None else None
    if found is None:
        return None
    return {etree.QName(k).localname: v for k, v in found.attrib.items()}


def chain(styles: Styles, style_id: str | None, attr: str) -> Any:
    seen: set[str] = set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        value = getattr(styles[style_id], attr)
        if value is not None:
            return value
        style_id = styles[style_id].based
    return None
