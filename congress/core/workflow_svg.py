"""The workflow as a picture: an SVG drawn from the definition's graph, no system program needed.

The stages stand in a column in their order, each a box with its Vietnamese label (and its code,
small, for typing); each move is an arrow from its stage to the next one, labelled with its name
and what it needs; a move that skips or goes back is drawn as an arc on the right. The ward's
current stage, when given, is filled. Every text is escaped: labels come from an editable file.
"""

from __future__ import annotations

from html import escape

from congress.core.workflow import Transition, WorkflowDefinition

WIDTH = 760
BOX_X = 40
BOX_W = 330
BOX_H = 46
GAP = 64  # between two boxes: room for the arrow's label
TOP = 60
NOTE_X = BOX_X + BOX_W // 2 + 14
CHAR_W = 7.0  # rough width of a 13 px character, to size the picture's right edge


def _text(lang: str, label: dict[str, str]) -> str:
    return label.get(lang) or label["vi"]


def _line(x: float, y: float, value: str, css: str) -> str:
    return f'<text x="{x:.0f}" y="{y:.0f}" class="{css}">{escape(value)}</text>'


def draw(
    definition: WorkflowDefinition,
    current: str | None,
    lang: str,
    needs: dict[str, str],
    title: str,
) -> str:
    """The SVG document. `needs` gives, per trigger, the line saying what the move requires
    (already in the reader's language); `title` heads the picture."""
    rows = {stage.id: index for index, stage in enumerate(definition.stages)}

    def top(stage: str) -> float:
        return TOP + rows[stage] * (BOX_H + GAP)

    parts: list[str] = []
    widest = max(BOX_X + BOX_W, int(BOX_X + len(title) * CHAR_W * 1.25))
    for stage in definition.stages:
        y = top(stage.id)
        css = "stage current" if stage.id == current else "stage"
        parts.append(
            f'<rect x="{BOX_X}" y="{y:.0f}" width="{BOX_W}" height="{BOX_H}" rx="8" class="{css}"/>'
        )
        parts.append(_line(BOX_X + 14, y + 21, _text(lang, stage.label), "label"))
        parts.append(_line(BOX_X + 14, y + 38, stage.id, "code"))
    arcs = 0
    for move in definition.transitions:
        start, end = top(move.source), top(move.dest)
        notes = [f"{_text(lang, move.label)} ({move.trigger})", needs.get(move.trigger, "")]
        if rows[move.dest] == rows[move.source] + 1:
            x = BOX_X + BOX_W // 2
            parts.append(
                f'<line x1="{x}" y1="{start + BOX_H:.0f}" x2="{x}" y2="{end - 2:.0f}" '
                'class="move" marker-end="url(#arrow)"/>'
            )
            label_y = start + BOX_H + GAP / 2 - 4
        else:
            arcs += 1
            parts.append(_arc(move, start, end, arcs))
            label_y = (start + end) / 2 + BOX_H / 2
        for offset, note in enumerate(n for n in notes if n):
            parts.append(_line(NOTE_X, label_y + offset * 16, note, "move-label" if offset == 0
                               else "needs"))  # fmt: skip
            widest = max(widest, int(NOTE_X + len(note) * CHAR_W))
    width = max(WIDTH, widest + 20 + arcs * 24)
    height = TOP + len(definition.stages) * (BOX_H + GAP) - GAP + 30
    head = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
        f'viewBox="0 0 {width} {height:.0f}" role="img">',
        f"<title>{escape(title)}</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" '
        'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#555"/></marker></defs>',
        "<style>"
        "text{font-family:'Times New Roman',serif;font-size:13px;fill:#222}"
        ".title{font-size:16px;font-weight:bold}"
        ".stage{fill:#f4f6fb;stroke:#4a6fa5;stroke-width:1.5}"
        ".current{fill:#f9d976;stroke:#b8860b;stroke-width:3}"
        ".label{font-weight:bold}.code{font-size:11px;fill:#666}"
        ".move{stroke:#555;stroke-width:1.5;fill:none}"
        ".move-label{font-style:italic}.needs{font-size:11px;fill:#666}"
        "</style>",
        f'<rect width="{width}" height="{height:.0f}" fill="#fff"/>',
        _line(BOX_X, 32, title, "title"),
    ]
    return "\n".join([*head, *parts, "</svg>"]) + "\n"


def _arc(move: Transition, start: float, end: float, nth: int) -> str:
    """A move that does not go to the next stage: out of the box's right side and back in."""
    x = BOX_X + BOX_W
    bend = x + 40 + nth * 24
    y1, y2 = start + BOX_H / 2, end + BOX_H / 2
    return (
        f'<path d="M{x},{y1:.0f} C{bend},{y1:.0f} {bend},{y2:.0f} {x + 2},{y2:.0f}" '
        f'class="move" marker-end="url(#arrow)"><title>{escape(move.trigger)}</title></path>'
    )
