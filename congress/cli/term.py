"""The one way the CLI hands text to rich, so that user text is shown as typed (issue 14).

Rich reads `[...]` as markup and `:name:` as emoji codes: a name such as «Trần [/b] Bình» or a note
«Đã gửi [kèm công văn số 5]» would crash or vanish. Every console comes from `make_console` (markup
and emoji codes off), and every string a renderer prints, puts in a table cell, title or caption is
wrapped by `plain` (a `rich.text.Text`, which rich never parses). tests/test_terminal_markup.py
scans congress/cli/ for prints and table rows that skip `plain`.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text


def make_console(width: int | None = None) -> Console:
    """A console that prints strings literally: no markup tags, no emoji codes."""
    return Console(markup=False, emoji=False, width=width)


def plain(value: object, style: str = "") -> Text:
    """`value` as literal text (None as empty), never read as markup."""
    return Text("" if value is None else str(value), style=style)
