"""The one way the CLI hands text to rich, so that user text is shown as typed (issue 14).

Rich reads `[...]` as markup and `:name:` as emoji codes: a name such as «Trần [/b] Bình» or a note
«Đã gửi [kèm công văn số 5]» would crash or vanish. Every console comes from `make_console` (markup
and emoji codes off), and every string a renderer prints, puts in a table cell, title or caption is
wrapped by `plain` (a `rich.text.Text`, which rich never parses). tests/test_terminal_markup.py
scans congress/cli/ for prints and table rows that skip `plain`.
"""

from __future__ import annotations

import sys

from rich.console import Console
from rich.text import Text

from congress.core.text import strip_bidi

# Piped into a file, `grep` or `less -S`, a table is not squeezed to 80 columns (rich's default
# without a terminal), which wrapped one cell over 20 lines: a line is as long as its content.
PIPE_WIDTH = 400


def make_console(width: int | None = None) -> Console:
    """A console that prints strings literally: no markup tags, no emoji codes. On a terminal
    tables fit its width; piped, they are as wide as their content (up to PIPE_WIDTH)."""
    if width is None and not sys.stdout.isatty():
        width = PIPE_WIDTH
    return Console(markup=False, emoji=False, width=width)


def fill_terminal() -> bool:
    """Whether a table should stretch to the terminal's width (not when piped: no padding)."""
    return sys.stdout.isatty()


def plain(value: object, style: str = "") -> Text:
    """`value` as literal text (None as empty), never read as markup, without bidirectional
    controls (U+202E… would reorder what the officer reads)."""
    return Text("" if value is None else strip_bidi(str(value)), style=style)
