"""Deadlines: by each due date a ward should have reached that stage; later, it is overdue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from congress.core.workflow import WorkflowDefinition


@dataclass(frozen=True)
class Overdue:
    """A stage the ward should have reached by `due` and has not."""

    stage: str
    due: date
    days: int


def due_dates(
    definition: WorkflowDefinition,
    unit_timeline: Mapping[str, date | None],
    ward_timeline: Mapping[str, date | None],
) -> dict[str, date]:
    """The ward's due date per stage: the unit's timeline, overridden by the ward's own; a stage
    left empty (null) has no deadline."""
    merged = {**unit_timeline, **{k: v for k, v in ward_timeline.items() if v is not None}}
    return {s.id: d for s in definition.stages if (d := merged.get(s.id)) is not None}


def overdue(
    definition: WorkflowDefinition, stage: str, due: Mapping[str, date], today: date
) -> list[Overdue]:
    """Stages after `stage` whose due date has passed, earliest first."""
    here = definition.index(stage)
    late = [
        Overdue(s, d, (today - d).days)
        for s, d in due.items()
        if definition.index(s) > here and today > d
    ]
    return sorted(late, key=lambda o: o.due)


def next_due(
    definition: WorkflowDefinition, stage: str, due: Mapping[str, date]
) -> tuple[str, date] | None:
    """The next stage ahead of `stage` that has a due date."""
    here = definition.index(stage)
    ahead = [(s, d) for s, d in due.items() if definition.index(s) > here]
    return min(ahead, key=lambda item: definition.index(item[0])) if ahead else None
