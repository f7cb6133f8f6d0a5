"""Use cases of the ward workflow: readiness, advance, and the records guards read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from congress.adapters.rulebook_files import known_rules
from congress.core.engine import GuardInputs, NotFromHere, Readiness
from congress.core.engine import readiness as evaluate
from congress.core.findings import Finding
from congress.core.records import (
    Acknowledgement,
    Approval,
    Confirmation,
    EventKind,
    ExceptionGrant,
    NewEvent,
    WardRecord,
)
from congress.core.workflow import Transition
from congress.errors import InputError, Problem, WorkflowError
from congress.services.ward_checks import CHECKS, inputs_hash
from congress.services.workspace import WardScope, Workspace, pilot_state

# Figures that do not add up yield no result at all: no written agreement can stand in for them.
NEVER_EXCEPTED = frozenset({"tally_consistent"})


@dataclass
class _Guards:
    inputs: GuardInputs
    files: list[Path]
    details: dict[str, Any] = field(default_factory=dict)


def guard_inputs(ws: Workspace, slug: str) -> _Guards:
    """What the guards of `slug` read; the files the checks use are collected for the hash."""
    scope = WardScope.of(ws, slug)
    files: list[Path] = []
    details: dict[str, Any] = {}

    def run_check(kind: str) -> list[Finding]:
        result = CHECKS[kind](scope)
        files.extend(result.inputs)
        details.update(result.details)
        return result.findings

    inputs = GuardInputs(
        run_check=run_check,
        confirmations=set(ws.store.confirmations(slug)),
        approvals=set(ws.store.approvals(slug)),
        exceptions=set(ws.store.exceptions(slug)),
        pilot=pilot_state(ws, slug),
    )
    return _Guards(inputs, files, details)


def _transition(ws: Workspace, record: WardRecord, trigger: str) -> Transition:
    definition = ws.files.definition
    if trigger not in definition.triggers:
        allowed = ", ".join(sorted(definition.triggers))
        raise InputError(
            Problem("workflow.unknown_trigger", {"trigger": trigger, "allowed": allowed})
        )
    try:
        return ws.engine.transition(record.stage, trigger)
    except NotFromHere as exc:
        possible = [t.trigger for t in definition.triggers_from(record.stage)]
        raise WorkflowError(
            Problem(
                "workflow.not_from_stage",
                {
                    "trigger": trigger,
                    "stage": ws.stage_label(record.stage),
                    "possible": ", ".join(possible) or "—",
                },
            )
        ) from exc


def readiness(ws: Workspace, slug: str) -> tuple[WardRecord, list[Readiness]]:
    """For each transition out of the ward's stage, what stands in its way."""
    record = ws.record(slug)
    guards = guard_inputs(ws, slug)
    transitions = ws.files.definition.triggers_from(record.stage)
    return record, [evaluate(t, guards.inputs) for t in transitions]


@dataclass(frozen=True)
class Advance:
    """The outcome of `advance`: the ward before and after, and what the guards found."""

    before: WardRecord
    after: WardRecord
    readiness: Readiness
    actor: str

    @property
    def moved(self) -> bool:
        return self.after.stage != self.before.stage


def advance(ws: Workspace, slug: str, trigger: str, actor: str, note: str = "") -> Advance:
    """Fire `trigger` for the ward; on success the stage and its history row are written at once."""
    record = ws.record(slug)
    _transition(ws, record, trigger)
    guards = guard_inputs(ws, slug)
    new_stage, result = ws.engine.fire(record.stage, trigger, guards.inputs)
    if new_stage == record.stage:
        return Advance(record, record, result, actor)
    grants = ws.store.exceptions(slug)
    event = NewEvent(
        EventKind.TRANSITION,
        record.stage,
        new_stage,
        trigger,
        actor,
        ws.now(),
        note,
        findings=[f.model_dump(mode="json") for f in result.findings],
        inputs_hash=inputs_hash(guards.files) if guards.files else "",
        details={
            "excepted": [
                {"rule": f.rule, **_grant(grants[f.rule])}
                for f in result.excepted
                if f.rule in grants
            ],
            "confirmations": sorted(result.transition.checklist),
            "approvals": sorted(result.transition.approvals),
            # what the checks computed (e.g. the tally's results), kept with the decision
            **guards.details,
        },
    )
    after = ws.store.transition(slug, record.stage, record.revision, event)
    return Advance(record, after, result, actor)


def _grant(grant: ExceptionGrant) -> dict[str, str]:
    return {
        "granted_by": grant.granted_by,
        "reason": grant.reason,
        "document": grant.document,
        "at": grant.at.isoformat(),
    }


def _event(ws: Workspace, record: WardRecord, trigger: str, actor: str, **details: Any) -> NewEvent:
    note = str(details.pop("note", "") or "")
    return NewEvent(
        EventKind(trigger.split(":", maxsplit=1)[0]),
        record.stage,
        record.stage,
        trigger,
        actor,
        ws.now(),
        note,
        details=details,
    )


def _require(ok: bool, key: str, **params: object) -> None:
    if not ok:
        raise InputError(Problem(key, params))


def confirm(ws: Workspace, slug: str, item: str, actor: str, note: str = "") -> None:
    """An officer confirms a checklist item of the workflow."""
    checklist = ws.files.definition.checklist
    _require(item in checklist, "workflow.unknown_item", item=item, allowed=", ".join(checklist))
    record = ws.record(slug)
    at = ws.now()
    ws.store.confirm(
        slug,
        Confirmation(item, actor, at, note),
        _event(ws, record, f"confirm:{item}", actor, note=note),
    )


def approve(
    ws: Workspace, slug: str, approval: str, actor: str, document: str, note: str = ""
) -> None:
    """Record an authority's agreement, with who gave it and the document number."""
    approvals = ws.files.definition.approvals
    _require(
        approval in approvals,
        "workflow.unknown_approval",
        approval=approval,
        allowed=", ".join(approvals),
    )
    _require(bool(document.strip()), "workflow.document_needed")
    record = ws.record(slug)
    ws.store.approve(
        slug,
        Approval(approval, actor, ws.now(), document, note),
        _event(ws, record, f"approve:{approval}", actor, note=note, document=document),
    )


def grant_exception(
    ws: Workspace, slug: str, rule: str, actor: str, reason: str, document: str
) -> None:
    """Let an error-level rule pass for this ward, on the upper level's written agreement."""
    rules = known_rules()
    _require(rule in rules, "workflow.unknown_rule", rule=rule, allowed=", ".join(rules))
    _require(rule not in NEVER_EXCEPTED, "workflow.never_excepted", rule=rule)
    _require(bool(reason.strip()), "workflow.reason_needed")
    _require(bool(document.strip()), "workflow.document_needed")
    record = ws.record(slug)
    ws.store.grant_exception(
        slug,
        ExceptionGrant(rule, actor, reason, document, ws.now()),
        _event(ws, record, f"exception:{rule}", actor, note=reason, document=document),
    )


def acknowledge(ws: Workspace, slug: str, lesson: str, actor: str, note: str) -> None:
    """A ward records how it addressed one lesson of the pilot congress."""
    lessons = {lesson.id: lesson.text for lesson in ws.files.unit.lessons}
    _require(
        lesson in lessons,
        "workflow.unknown_lesson",
        lesson=lesson,
        allowed=", ".join(lessons) or "—",
    )
    _require(bool(note.strip()), "workflow.note_needed")
    record = ws.record(slug)
    ws.store.acknowledge(
        slug,
        Acknowledgement(lesson, actor, ws.now(), note),
        _event(ws, record, f"acknowledge:{lesson}", actor, note=note),
    )
