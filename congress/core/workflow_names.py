"""The names an officer types for the stages, moves, checklist items and approvals of a workflow.

Every stage and move has a code (``start_drafts``) and Vietnamese names: its label, and the
`names` the workflow file gives it («Nộp dự thảo»); a move is also named by the stage it leads
to («Dự thảo văn kiện» moves a ward at «Triển khai hướng dẫn» into the drafts). A name is
compared without case, diacritics or punctuation («du thao van kien» = «Dự thảo văn kiện»).
Typed words that are no whole name but a phrase of exactly one thing's names («ke hoach») name
it too; a phrase of several names none of them (the caller says which, with their codes).
Last, typed words found in that order in a name, with other words between («công trình chào
mừng» = «Đã xác định công trình, phần việc chào mừng Đại hội»), name it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from congress.core.ruleset import LocalText
from congress.core.text import contains_phrase, header_key
from congress.core.workflow import WorkflowDefinition


@dataclass(frozen=True)
class Named:
    """One thing an officer can name: its code, its label to show, every name it answers to."""

    code: str
    label: LocalText
    names: tuple[str, ...]

    def shown(self, lang: str) -> str:
        """«Dự thảo văn kiện (start_drafts)»: the label, with the code in parentheses."""
        return f"{self.label.get(lang) or self.label['vi']} ({self.code})"


def _keys(names: Iterable[str]) -> set[str]:
    return {key for key in (header_key(n) for n in names) if key}


def matches(typed: str, things: list[Named], phrases: bool = True) -> list[Named]:
    """The things `typed` names: by code or whole name first; else (unless `phrases` is off)
    by a phrase of their names."""
    key = header_key(typed)
    if not key:
        return []
    exact = [t for t in things if typed.strip() == t.code or key in _keys((t.code, *t.names))]
    if exact or not phrases:
        return exact
    found = [t for t in things if any(contains_phrase(name, typed) for name in t.names)]
    if found:
        return found
    return [t for t in things if any(_in_order(key.split(), name) for name in t.names)]


def _in_order(words: list[str], name: str) -> bool:
    """True when every typed word is a whole word of `name`, in the order typed."""
    rest = iter(header_key(name).split())
    return all(word in rest for word in words)


def _texts(label: LocalText, names: Iterable[str]) -> tuple[str, ...]:
    return (*label.values(), *names)


def stages(definition: WorkflowDefinition) -> list[Named]:
    return [Named(s.id, s.label, _texts(s.label, s.names)) for s in definition.stages]


def moves(definition: WorkflowDefinition) -> list[Named]:
    """Every transition, named also by the stage it leads to."""
    found = []
    for move in definition.transitions:
        dest = definition.stage(move.dest)
        names = (*_texts(move.label, move.names), *_texts(dest.label, dest.names))
        found.append(Named(move.trigger, move.label, names))
    return found


def checklist(definition: WorkflowDefinition) -> list[Named]:
    return [Named(code, label, _texts(label, ())) for code, label in definition.checklist.items()]


def approvals(definition: WorkflowDefinition) -> list[Named]:
    return [Named(code, label, _texts(label, ())) for code, label in definition.approvals.items()]
