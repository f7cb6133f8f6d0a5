"""Use cases of the ward workflow: readiness, advance, and the records guards read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from congress.core import workflow_names as wn
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
from congress.errors import CongressError, InputError, Problem, WorkflowError
from congress.services import names
from congress.services.ward_checks import CHECKS, inputs_hash
from congress.services.workspace import WardScope, Workspace, pilot_state

# Figures that do not add up yield no result at all: no written agreement can stand in for them.
NEVER_EXCEPTED = frozenset({"tally_consistent", "first_meeting_recorded"})


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
    try:
        return ws.engine.transition(record.stage, trigger)
    except NotFromHere as exc:
        possible = [
            wn.Named(t.trigger, t.label, ()) for t in definition.triggers_from(record.stage)
        ]
        move = next(t for t in definition.transitions if t.trigger == trigger)
        raise WorkflowError(
            Problem(
                "workflow.not_from_stage",
                {
                    "trigger": wn.Named(trigger, move.label, ()).shown(ws.lang),
                    "stage": ws.stage_label(record.stage),
                    "possible": names.listed(possible, ws.lang),
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


def advance(ws: Workspace, slug: str, typed: str, actor: str, note: str = "") -> Advance:
    """Fire the move `typed` names (a code or a Vietnamese name) for the ward; on success the
    stage and its history row are written at once."""
    record = ws.record(slug)
    trigger = names.move(ws.files.definition, typed, record.stage, ws.lang)
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
        ws.stamp(record),
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
        ws.stamp(record),
        note,
        details=details,
    )


def _require(ok: bool, key: str, **params: object) -> None:
    if not ok:
        raise InputError(Problem(key, params))


def confirm(ws: Workspace, slug: str, typed: str, actor: str, note: str = "") -> str:
    """An officer confirms a checklist item of the workflow (by code or name); its code."""
    item = names.item(ws.files.definition, typed, ws.lang)
    record = ws.record(slug)
    at = ws.stamp(record)
    ws.store.confirm(
        slug,
        Confirmation(item, actor, at, note),
        _event(ws, record, f"confirm:{item}", actor, note=note),
    )
    return item


def approve(
    ws: Workspace,
    slug: str,
    typed: str,
    actor: str,
    document: str,
    note: str = "",
    document_date: date | None = None,
) -> str:
    """Record an authority's agreement (named by code or name), with who gave it and the
    document number (and, for a decision such as the recognition, the number and the date it
    was signed); the approval's code."""
    definition = ws.files.definition
    approvals = definition.approvals
    approval = names.approval(definition, typed, ws.lang)
    _require(bool(document.strip()), "workflow.document_needed")
    if approval in definition.dated_approvals:
        label = approvals[approval].get(ws.lang) or approvals[approval]["vi"]
        _require(
            any(c.isdigit() for c in document),
            "workflow.decision_number",
            label=label,
            document=document,
        )
        _require(document_date is not None, "workflow.decision_date", label=label)
    record = ws.record(slug)
    extra: dict[str, Any] = {"document": document}
    if document_date is not None:
        extra["document_date"] = document_date.isoformat()
    ws.store.approve(
        slug,
        Approval(approval, actor, ws.stamp(record), document, note, document_date),
        _event(ws, record, f"approve:{approval}", actor, note=note, **extra),
    )
    return approval


def grant_exception(
    ws: Workspace, slug: str, typed: str, actor: str, reason: str, document: str
) -> str:
    """Let an error-level rule (by id or title) pass for this ward, on the upper level's
    written agreement; the rule's id."""
    from congress.adapters.rulebook_files import rule_titles
    from congress.core.rule_index import rule_ids

    titles = {lang: rule_titles(lang) for lang in ("vi", "en")}
    rules = [
        wn.Named(rule, {lang: titles[lang].get(rule, rule) for lang in titles},
                 tuple(titles[lang].get(rule, rule) for lang in titles))
        for rule in rule_ids()
    ]  # fmt: skip
    unknown = Problem("workflow.unknown_rule", {"rule": typed})
    rule = names.pick(typed, rules, unknown, ws.lang, phrases=False)
    _require(rule not in NEVER_EXCEPTED, "workflow.never_excepted", rule=rule)
    _require(bool(reason.strip()), "workflow.reason_needed")
    _require(bool(document.strip()), "workflow.document_needed")
    record = ws.record(slug)
    ws.store.grant_exception(
        slug,
        ExceptionGrant(rule, actor, reason, document, ws.stamp(record)),
        _event(ws, record, f"exception:{rule}", actor, note=reason, document=document),
    )
    return rule


# The checks a lesson of the pilot bears on: the drafts and the personnel scheme are finalised
# only once the lessons are taken on, so acknowledging one runs them again.
LESSON_CHECKS = ("drafts", "personnel")


@dataclass(frozen=True)
class CheckAgain:
    """One check run again after a lesson was acknowledged: its findings, or why it could not
    run (a file missing or unreadable), and the rules excepted for the ward."""

    check: str
    findings: list[Finding]
    problem: str | None
    excepted: frozenset[str]

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking and f.rule not in self.excepted]

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.blocking


def rerun_checks(ws: Workspace, slug: str) -> list[CheckAgain]:
    """The drafts and personnel checks of the ward, run now (a CongressError is kept as text)."""
    scope = WardScope.of(ws, slug)
    excepted = frozenset(ws.store.exceptions(slug))
    runs = []
    for kind in LESSON_CHECKS:
        try:
            runs.append(CheckAgain(kind, CHECKS[kind](scope).findings, None, excepted))
        except CongressError as error:
            runs.append(CheckAgain(kind, [], error.render(ws.lang), excepted))
    return runs


def acknowledge(ws: Workspace, slug: str, lesson: str, actor: str, note: str) -> list[CheckAgain]:
    """A ward records how it addressed one lesson of the pilot congress; the drafts and the
    personnel checks are run again, since the lesson may bear on them."""
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
        Acknowledgement(lesson, actor, ws.stamp(record), note),
        _event(ws, record, f"acknowledge:{lesson}", actor, note=note),
    )
    return rerun_checks(ws, slug)


@dataclass(frozen=True)
class Reopen:
    """A ward sent back: where it was, where it is now, the approvals to be given again."""

    before: WardRecord
    after: WardRecord
    withdrawn: list[str]


def reopen(
    ws: Workspace, slug: str, typed: str, actor: str, reason: str, document: str = ""
) -> Reopen:
    """Send the ward back to an earlier `stage`. The approvals of the transitions from that
    stage up to the current one are withdrawn and must be given again; checklist confirmations
    stay (they record facts that stay true: a plan issued, a training attended); the checks run
    again anyway at every transition. One history row says who, why and on which document."""
    definition = ws.files.definition
    stage = names.stage(definition, typed, ws.lang)
    _require(bool(actor.strip()), "workflow.actor_needed")
    _require(bool(reason.strip()), "workflow.reason_needed")
    record = ws.record(slug)
    _require(
        definition.index(stage) < definition.index(record.stage),
        "workflow.reopen_not_back",
        ward=record.name,
        stage=ws.stage_label(stage),
        current=ws.stage_label(record.stage),
        earlier=names.listed(wn.stages(definition)[: definition.index(record.stage)], ws.lang),
    )
    given = ws.store.approvals(slug)
    withdrawn = [a for a in definition.reopened_approvals(stage, record.stage) if a in given]
    event = NewEvent(
        EventKind.REOPEN,
        record.stage,
        stage,
        "reopen",
        actor,
        ws.stamp(record),
        reason,
        details={
            "reason": reason,
            **({"document": document} if document.strip() else {}),
            "withdrawn": [
                {
                    "approval": a,
                    "actor": given[a].actor,
                    "document": given[a].document,
                    "at": given[a].at.isoformat(),
                }
                for a in withdrawn
            ],
        },
    )
    after = ws.store.reopen(slug, record.stage, record.revision, withdrawn, event)
    return Reopen(record, after, withdrawn)
