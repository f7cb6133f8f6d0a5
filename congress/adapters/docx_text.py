"""A .docx file's text structure (`DocText`) for the lint of generated documents: headers, the body
with its tables in place (nested tables inside their cell), footers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from congress.adapters import limits
from congress.adapters.files import permission_error
from congress.core.doc_text import DocText, Para, Where
from congress.errors import InputError, Problem


def _cell_paragraphs(cell: _Cell) -> Iterator[str]:
    for child in cell._tc.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, cell).text
        elif child.tag == qn("w:tbl"):
            for row in Table(child, cell).rows:
                for inner in row.cells:
                    yield from _cell_paragraphs(inner)


def _table(table: Table, part: str, number: int) -> Iterator[Para]:
    seen: set[int] = set()
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row.cells, start=1):
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            for p, text in enumerate(_cell_paragraphs(cell), start=1):
                yield Para(Where(part, p, number, r, c), text)


def _story(parent: object, element: Any, part: str, tables: list[int]) -> Iterator[Para]:
    """Paragraphs of a body, header or footer in order; `tables` counts the tables seen."""
    paragraph = 0
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            paragraph += 1
            yield Para(Where(part, paragraph), Paragraph(child, parent).text)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            tables[0] += 1
            yield from _table(Table(child, parent), part, tables[0])  # type: ignore[arg-type]


def _headers_footers(document: Document) -> Iterator[tuple[str, object, Any]]:
    seen: set[int] = set()
    for section in document.sections:
        for kind, parts in (
            ("header", (section.header, section.first_page_header, section.even_page_header)),
            ("footer", (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for item in parts:
                if item.is_linked_to_previous:
                    continue
                element = item._element
                if id(element) not in seen:
                    seen.add(id(element))
                    yield kind, item, element


def read_doc_text(path: Path) -> DocText:
    """The text structure of the .docx at `path`; an InputError (exit 2) if it cannot be read."""
    limits.check_size(path, limits.DOCX_MAX_BYTES, "limit.kind_docx")
    limits.check_package(path)
    try:  # a generated document open in Word for review is read as saved; a refusal is said
        document = docx.Document(str(path))
    except (  # a wrong or damaged file; lxml's XML errors are SyntaxErrors
        zipfile.BadZipFile,
        PackageNotFoundError,
        KeyError,
        ValueError,
        OSError,
        SyntaxError,
    ) as error:
        if isinstance(error, OSError) and (locked := permission_error(path, error, "read")):
            raise locked from error
        raise InputError(
            Problem(
                "lint.doc_unreadable",
                {"reason": str(error) or type(error).__name__},
                file=str(path),
            )
        ) from error
    return _doc_text(document, path.name)


def doc_text_of(content: bytes, name: str) -> DocText:
    """The text structure of a .docx made in memory (a document about to be written)."""
    return _doc_text(docx.Document(io.BytesIO(content)), name)


def _doc_text(document: Document, name: str) -> DocText:
    paras: list[Para] = []
    counts = {"header": [0], "footer": [0]}
    headers = list(_headers_footers(document))
    for kind, item, element in headers:
        if kind == "header":
            paras += _story(item, element, kind, counts[kind])
    paras += _story(document, document.element.body, "body", [0])
    for kind, item, element in headers:
        if kind == "footer":
            paras += _story(item, element, kind, counts[kind])
    return DocText(name, tuple(paras))
