"""Building blocks of the document templates (python-docx), used by scripts/build_templates.py.

The format follows Nghị định 30/2020/NĐ-CP (domain.md §6): A4 portrait, margins 20/20/30/15 mm,
Times New Roman, body 14 pt justified with a 1.27 cm first-line indent, page numbers centred at
the top from page 2 on, the national motto block and the signature block as borderless tables.

Jinja tags are always written whole inside one run, and paragraph/row tags (`{%p ... %}`,
`{%tr ... %}`) alone in their own paragraph/row, as docxtpl expects.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Length, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
FIXED_TIME = datetime(2024, 1, 1)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
TEXT_WIDTH = Mm(210 - 30 - 15)
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

BODY = "Normal"
BLOCK = "Doc Block"  # centred, no indent, no spacing: header and signature blocks
TITLE = "Doc Title"  # centred bold: type line, subject, "PHẦN THỨ NHẤT", "QUYẾT NGHỊ"
HEADING = "Doc Heading"  # bold heading in the body: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"
CELL = "Table Text"  # 13 pt table cells
CELL_HEAD = "Table Head"  # 13 pt bold centred table header cells
LIST = "Doc List"  # body lines that are list items ("- …"), no first-line indent

Container = DocumentObject | _Cell


@dataclass(frozen=True)
class R:
    """A run: its text and direct formatting (anything left None comes from the style)."""

    text: str
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    size: float | None = None


# -- document, styles, page ------------------------------------------------------------------


def new_document(title: str) -> DocumentObject:
    doc = Document()
    _drop_extras(doc)
    _styles(doc)
    _page(doc.sections[0])
    props = doc.core_properties
    props.author = props.last_modified_by = "congress"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.title = title
    props.comments = ""
    props.language = "vi-VN"
    return doc


def _drop_extras(doc: DocumentObject) -> None:
    """No python-docx thumbnail, no Word-2010 duplicate of the styles."""
    package = doc.part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rId]
    for rId, rel in list(doc.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            del doc.part.rels[rId]


def _fonts(rpr: Any) -> None:
    """Times New Roman for every script, no theme font (theme attributes would win)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), FONT)


def _styles(doc: DocumentObject) -> None:
    styles_el = doc.styles.element
    for rsid in list(styles_el.iter(qn("w:rsid"))):
        rsid.getparent().remove(rsid)
    for rfonts in list(styles_el.iter(qn("w:rFonts"))):
        _fonts(rfonts.getparent())
    for color in styles_el.iter(qn("w:color")):
        for attr in list(color.attrib):
            del color.attrib[attr]
        color.set(qn("w:val"), "000000")
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _fonts(rpr)
    rpr.find(qn("w:lang")).set(qn("w:val"), "vi-VN")

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    _fonts(normal.element.get_or_add_rPr())
    normal.font.size = Pt(14)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.27)
    fmt.space_before, fmt.space_after = Pt(0), Pt(6)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = 1.15
    fmt.widow_control = True

    header = doc.styles["Header"].paragraph_format
    header.alignment, header.first_line_indent = WD_ALIGN_PARAGRAPH.CENTER, Cm(0)

    center, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    _paragraph_style(doc, BLOCK, "Normal", align=center, spacing=(0, 0), line=1.0)
    _paragraph_style(doc, TITLE, BLOCK, bold=True, keep=True)
    _paragraph_style(doc, HEADING, "Normal", bold=True, keep=True, spacing=(6, 6))
    _paragraph_style(doc, LIST, "Normal")
    _paragraph_style(doc, CELL, "Normal", size=13, align=left, spacing=(2, 2), line=1.0)
    _paragraph_style(doc, CELL_HEAD, CELL, bold=True, align=center, keep=True)


def _paragraph_style(
    doc: DocumentObject,
    name: str,
    base: str,
    *,
    bold: bool | None = None,
    size: float | None = None,
    align: Any = None,
    spacing: tuple[float, float] | None = None,
    line: float | None = None,
    keep: bool = False,
) -> None:
    """A paragraph style with no first-line indent (the body's indent is in Normal only)."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True
    if bold is not None:
        style.font.bold = bold
    if size is not None:
        style.font.size = Pt(size)
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    if spacing is not None:
        fmt.space_before, fmt.space_after = Pt(spacing[0]), Pt(spacing[1])
    if line is not None:
        fmt.line_spacing = line
    fmt.first_line_indent = Cm(0)
    if keep:
        fmt.keep_with_next = True


def _page(section: Section) -> None:
    """A4 portrait, the §6 margins, a centred PAGE field on every page but the first."""
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = section.footer_distance = Mm(10)
    section.gutter = Mm(0)
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False  # an empty header on page 1
    number = section.header.paragraphs[0]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    number._p.append(field)


# -- paragraphs and Jinja tags ---------------------------------------------------------------


def para(
    where: Container,
    *parts: str | R,
    style: str = BODY,
    align: Any = None,
    space_before: float | None = None,
) -> Paragraph:
    """A paragraph of runs; a plain str is a run with the style's formatting."""
    paragraph = where.add_paragraph(style=style)
    if align is not None:
        paragraph.paragraph_format.alignment = align
    if space_before is not None:
        paragraph.paragraph_format.space_before = Pt(space_before)
    for part in parts:
        spec = R(part) if isinstance(part, str) else part
        run = paragraph.add_run(spec.text)
        run.bold, run.italic, run.underline = spec.bold, spec.italic, spec.underline
        if spec.size is not None:
            run.font.size = Pt(spec.size)
    return paragraph


def tag(where: Container, statement: str) -> Paragraph:
    """A paragraph holding only `{%p statement %}`; docxtpl drops the paragraph itself."""
    return para(where, "{%p " + statement + " %}")


def each(where: Container, items: str, var: str, body: Callable[[], object]) -> None:
    tag(where, f"for {var} in {items}")
    body()
    tag(where, "endfor")


def when(where: Container, condition: str, body: Callable[[], object]) -> None:
    tag(where, f"if {condition}")
    body()
    tag(where, "endif")


def texts(where: Container, items: str, style: str = BODY) -> None:
    """One paragraph per string of the list `items`."""
    each(where, items, "text", lambda: para(where, "{{ text }}", style=style))


def lines(where: Container, items: str, what: str) -> None:
    """A "- name" line per item of `items`, or a placeholder when the list is empty."""
    each(where, items, "name", lambda: para(where, "- {{ name }}", style=LIST))
    missing(where, items, what)


def missing(where: Container, items: str, what: str) -> None:
    """A visible placeholder, shown only when the list `items` is empty."""
    when(where, f"not {items}", lambda: para(where, f"[CẦN VIẾT: {what}]"))


def heading(where: Container, text: str) -> Paragraph:
    return para(where, text, style=HEADING)


# Word's own heading styles, by level: the drafts the officer edits (political report, review
# report, action programme) mark their sections with them, so Word's Navigation pane lists the
# sections and the draft checks find them by their outline level.
WORD_HEADINGS = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}


def word_headings(doc: DocumentObject) -> None:
    """Heading 1-3 in the look of the bundled documents: 14 pt bold black Times New Roman (the
    fonts and colour are set for every style by `_styles`), no indent, kept with the next
    paragraph; level 1 centred ("PHẦN THỨ NHẤT"), levels 2-3 at the left margin."""
    for level, name in WORD_HEADINGS.items():
        style = doc.styles[name]
        style.font.size = Pt(14)
        style.font.bold = True
        style.font.italic = False
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER if level == 1 else WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Cm(0)
        fmt.space_before, fmt.space_after = Pt(6), Pt(6)
        fmt.keep_with_next = True


def section(where: Container, level: int, *parts: str | R) -> Paragraph:
    """A heading of Word's style `Heading <level>` (see `word_headings`)."""
    return para(where, *parts, style=WORD_HEADINGS[level])


def part_heading(where: Container, first: str, *second: str | R) -> Paragraph:
    """A level-1 heading on two lines (a manual line break): "PHẦN THỨ NHẤT" / its title."""
    paragraph = section(where, 1, first)
    paragraph.runs[-1].add_break()
    for part in second:
        spec = R(part) if isinstance(part, str) else part
        paragraph.add_run(spec.text)
    return paragraph


def title(where: Container, *parts: str | R, space_before: float | None = None) -> Paragraph:
    return para(where, *parts, style=TITLE, space_before=space_before)


def short_rule(where: Container, width: Length, length: Length) -> Paragraph:
    """A centred horizontal line `length` long: the bottom border of an empty, indented paragraph."""
    paragraph = where.add_paragraph(style=BLOCK)
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Length((width - length) // 2)
    fmt.space_after = Pt(3)
    fmt.line_spacing = Pt(4)
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    ppr.insert_element_before(border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:rPr")  # fmt: skip
    return paragraph


# -- tables ----------------------------------------------------------------------------------


def table(where: Container, widths: Sequence[Length], rows: int, *, grid: bool) -> Table:
    """A fixed-layout table of the given column widths, with or without borders."""
    result = where.add_table(rows=rows, cols=len(widths))
    if grid:
        result.style = "Table Grid"
    result.autofit = False
    result.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = result._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(sum(w.twips for w in widths)))
    if not grid:
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), "nil")
            borders.append(edge)
        tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    for index, width in enumerate(widths):
        result.columns[index].width = width
        for cell in result.columns[index].cells:
            cell.width = width
    return result


def blank(cell: _Cell) -> _Cell:
    """The cell without its initial empty paragraph, to be filled with `para` (at least once)."""
    for paragraph in cell._tc.p_lst:
        cell._tc.remove(paragraph)
    return cell


def cell_text(cell: _Cell, text: str, style: str = CELL, align: Any = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    if align is not None:
        paragraph.alignment = align
    paragraph.add_run(text)


Column = tuple[str, float, str | tuple[str, ...], bool]


def data_table(where: Container, columns: Sequence[Column], items: str, var: str) -> Table:
    """A bordered table: a repeated header row, then `{%tr for var in items %}` … `{%tr endfor %}`.

    Each column is (header, width in cm, cell text, centred); the cell text holds the Jinja tags,
    a tuple of texts gives one paragraph each.
    """
    result = table(where, [Cm(c[1]) for c in columns], rows=4, grid=True)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(Cm(0.1).twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    result._tbl.tblPr.insert_element_before(margins, "w:tblLook")
    head, start, row, end = result.rows
    head_pr = head._tr.get_or_add_trPr()
    head_pr.append(OxmlElement("w:tblHeader"))
    for index, (label, _width, text, centred) in enumerate(columns):
        cell_text(head.cells[index], label, CELL_HEAD)
        align = WD_ALIGN_PARAGRAPH.CENTER if centred else None
        cell = blank(row.cells[index])
        for line in (text,) if isinstance(text, str) else text:
            para(cell, line, style=CELL, align=align)
    cell_text(start.cells[0], "{%tr for " + var + " in " + items + " %}")
    cell_text(end.cells[0], "{%tr endfor %}")
    return result


# -- saving ----------------------------------------------------------------------------------


def _strip_rsids(doc: DocumentObject) -> None:
    for element in doc.element.iter():
        for attr in [a for a in element.attrib if a.startswith(qn("w:rsid"))]:
            del element.attrib[attr]
    settings = doc.settings.element
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)


def save(doc: DocumentObject, path: Path) -> None:
    """Save with no revision ids and fixed zip timestamps, so a rerun writes the same bytes."""
    _strip_rsids(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    with ZipFile(buffer) as source, ZipFile(path, "w", ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
