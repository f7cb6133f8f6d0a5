"""Reading generated DOCX files back in tests: every paragraph, in tables too, and its font."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.document import Document as DocumentObject
from docx.table import Table
from docx.text.paragraph import Paragraph


def blocks(container: Any) -> Iterator[Paragraph | Table]:
    for block in container.iter_inner_content():
        yield block
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from blocks(cell)


def paragraphs(container: Any) -> Iterator[Paragraph]:
    return (b for b in blocks(container) if isinstance(b, Paragraph))


def text_of(doc: DocumentObject) -> str:
    return "\n".join(p.text for p in paragraphs(doc))


def style_value(paragraph: Paragraph, attr: str) -> Any:
    """A font attribute as the paragraph's style chain gives it (down to Normal)."""
    style: Any = paragraph.style
    while style is not None:
        value = getattr(style.font, attr)
        if value is not None:
            return value
        style = style.base_style
    return None
