"""What the ward commands show: status, readiness and history as plain serialisable views."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from congress.core.district import Deadline
from congress.core.engine import Readiness
from congress.core.findings import Finding, Severity
from congress.core.model import Model
from congress.core.records import MOVES, EventKind, HistoryEntry, WardRecord, WardState
from congress.core.timeline import due_dates, next_due, overdue
from congress.core.workflow import Transition, WorkflowDefinition
from congress.errors import CongressError, Problem
from congress.i18n import t
from congress.services.workspace import Workspace


def text(label: dict[str, str], lang: str) -> str:
    return label.get(lang) or label["vi"]


class ReopenView(Model):
    """The last time the ward was sent back: from which stage to which, who, why, on what."""

    at: datetime
    by: str
    from_stage: str
    from_label: str
    to_stage: str
    to_label: str
    reason: str
    document: str | None = None
    withdrawn: list[str] = []
    count: int = 1  # how many times the ward was sent back in all


class WardView(Model):
    """One ward's line on the status board: `since`/`moved_at` is when the ward reached its
    stage and `moved_by` who moved it there (the last transition, or its registration)."""

    slug: str
    name: str
    stage: str
    stage_label: str
    since: datetime
    moved_by: str
    workflow: str
    group: str | None
    pilot: bool
    overdue: list[Deadline]
    next_due: Deadline | None
    exceptions: list[dict[str, str]]
    problem: str | None = None
    reopened: ReopenView | None = None


class StatusReport(Model):
    unit: str
    workflow: dict[str, Any]
    today: date
    wards: list[WardView]


def _ward_timeline(ws: Workspace, slug: str) -> tuple[dict[str, date | None], str | None]:
    """The ward's own deadlines; the rest of ward.yaml may still be unfilled, that is fine here."""
    ward = ws.ward(slug)
    try:
        timeline = ward.timeline()
    except CongressError as error:
        return {}, error.render(ws.lang)
    # A misspelt stage would silently never be due: keep the others and say which key is wrong.
    stages = [s.id for s in ws.files.definition.stages]
    unknown = [key for key in timeline if key not in stages]
    if unknown:
        reason = t("workflow.unknown_stage", ws.lang, stage=unknown[0], allowed=", ".join(stages))
        key = f"timeline.{unknown[0]}"
        problem = Problem("config.key", {"key": key, "reason": reason}, ward.facts_source)
        return {k: v for k, v in timeline.items() if k in stages}, problem.render(ws.lang)
    return timeline, None


def guard_texts(definition: WorkflowDefinition, move: Transition, lang: str) -> list[str]:
    """What a move needs, in the reader's words: the checks that must pass, the items to
    confirm, the approvals, the pilot gate."""
    found = [t("ui.guard_check", lang, check=t(f"ui.check_{c}", lang)) for c in move.checks]
    found += [text(definition.checklist[i], lang) for i in move.checklist]
    found += [text(definition.approvals[a], lang) for a in move.approvals]
    if move.pilot_gate:
        found.append(t("ui.guard_pilot", lang))
    return found


def guard_summary(definition: WorkflowDefinition, move: Transition, lang: str) -> str:
    """The same, in one short line for the picture: «cần: Đề án nhân sự đạt; 2 phê duyệt»."""
    parts = [t("ui.guard_check", lang, check=t(f"ui.check_{c}", lang)) for c in move.checks]
    if move.checklist:
        parts.append(t("ui.guard_items", lang, count=len(move.checklist)))
    if move.approvals:
        parts.append(t("ui.guard_approvals", lang, count=len(move.approvals)))
    if move.pilot_gate:
        parts.append(t("ui.guard_pilot", lang))
    return t("ui.guard_needs", lang, needs="; ".join(parts)) if parts else ""


def stage_text(ws: Workspace, stage: str) -> str:
    """A stage's label; a stage of an earlier version of the workflow (in old history rows) by
    its id."""
    definition = ws.files.definition
    return text(definition.stage(stage).label, ws.lang) if definition.has_stage(stage) else stage


def reopen_view(ws: Workspace, entries: list[HistoryEntry]) -> ReopenView | None:
    """The last REOPEN row of a ward's history, for the status board and the district."""
    reopens = [e for e in entries if e.kind is EventKind.REOPEN]
    if not reopens:
        return None
    last = reopens[-1]
    return ReopenView(
        at=last.at,
        by=last.actor,
        from_stage=last.from_stage,
        from_label=stage_text(ws, last.from_stage),
        to_stage=last.to_stage,
        to_label=stage_text(ws, last.to_stage),
        reason=str(last.details.get("reason") or last.note),
        document=last.details.get("document") or None,
        withdrawn=[w["approval"] for w in last.details.get("withdrawn", [])],
        count=len(reopens),
    )


def _last_move(
    ws: Workspace, record: WardRecord, entries: list[HistoryEntry]
) -> tuple[datetime, str]:
    """When the ward reached its stage and who moved it there (confirmations do not count)."""
    entries = [e for e in entries if e.kind in MOVES]
    if not entries:
        return record.updated_at, ""
    return entries[-1].at, entries[-1].actor


def ward_view(ws: Workspace, record: WardRecord, state: WardState | None = None) -> WardView:
    """What the status board shows of the ward; from `state` (read with every ward's at once,
    `Workspace.states`) when given, instead of reading its exceptions and history."""
    definition, unit = ws.files.definition, ws.files.unit
    own, problem = _ward_timeline(ws, record.slug)
    due = due_dates(definition, unit.timeline, own)

    def deadline(stage: str, day: date, late: int = 0) -> Deadline:
        return Deadline(
            stage=stage,
            label=text(definition.stage(stage).label, ws.lang),
            due=day,
            days_late=late,
        )

    coming = next_due(definition, record.stage, due)
    grants = state.exceptions if state else ws.store.exceptions(record.slug)
    entries = state.moves if state else ws.store.history(record.slug)  # all that is read: moves
    moved_at, moved_by = _last_move(ws, record, entries)
    return WardView(
        slug=record.slug,
        name=record.name,
        stage=record.stage,
        stage_label=text(definition.stage(record.stage).label, ws.lang),
        since=moved_at,
        moved_by=moved_by,
        workflow=f"{record.workflow_id} v{record.workflow_version}",
        group=unit.group_of(record.slug),
        pilot=unit.pilot_ward == record.slug,
        overdue=[
            deadline(o.stage, o.due, o.days)
            for o in overdue(definition, record.stage, due, ws.today)
        ],
        next_due=deadline(*coming) if coming else None,
        exceptions=[
            {"rule": g.rule, "granted_by": g.granted_by, "document": g.document, "reason": g.reason}
            for g in grants.values()
        ],
        problem=problem,
        reopened=reopen_view(ws, entries),
    )


def status(ws: Workspace, slug: str | None = None) -> StatusReport:
    records = [ws.record(slug)] if slug else ws.records()
    definition = ws.files.definition
    return StatusReport(
        unit=ws.files.unit.unit,
        workflow={"id": definition.id, "version": definition.version, "title": definition.title},
        today=ws.today,
        wards=[ward_view(ws, r) for r in records],
    )


class Item(Model):
    id: str
    label: str
    done: bool
    by: str | None = None
    at: datetime | None = None
    document: str | None = None
    document_date: date | None = None
    dated: bool = False  # a decision: recorded with its number and date


class ReadinessView(Model):
    """What stands between the ward and one transition."""

    trigger: str
    label: str
    dest: str
    dest_label: str
    ok: bool
    blocking: list[Finding]
    warnings: list[Finding]
    excepted: list[dict[str, Any]]
    passed: int
    checklist: list[Item]
    approvals: list[Item]
    gate: list[str]


def readiness_view(ws: Workspace, slug: str, result: Readiness) -> ReadinessView:
    definition = ws.files.definition
    transition = result.transition
    confirmations = ws.store.confirmations(slug)
    approvals = ws.store.approvals(slug)
    grants = ws.store.exceptions(slug)
    checklist = []
    for item in transition.checklist:
        done = confirmations.get(item)
        checklist.append(
            Item(
                id=item,
                label=text(definition.checklist[item], ws.lang),
                done=done is not None,
                by=done.actor if done else None,
                at=done.at if done else None,
            )
        )
    approval_items = []
    for key in transition.approvals:
        given = approvals.get(key)
        approval_items.append(
            Item(
                id=key,
                label=text(definition.approvals[key], ws.lang),
                done=given is not None,
                by=given.actor if given else None,
                at=given.at if given else None,
                document=given.document if given else None,
                document_date=given.document_date if given else None,
                dated=key in definition.dated_approvals,
            )
        )
    return ReadinessView(
        trigger=transition.trigger,
        label=text(transition.label, ws.lang),
        dest=transition.dest,
        dest_label=text(definition.stage(transition.dest).label, ws.lang),
        ok=result.ok,
        blocking=result.blocking,
        warnings=[f for f in result.findings if not f.ok and f.severity is Severity.WARNING],
        excepted=[
            {
                "finding": f.model_dump(mode="json"),
                "granted_by": grants[f.rule].granted_by,
                "document": grants[f.rule].document,
                "reason": grants[f.rule].reason,
            }
            for f in result.excepted
            if f.rule in grants
        ],
        passed=sum(1 for f in result.findings if f.ok),
        checklist=checklist,
        approvals=approval_items,
        gate=[t(p.key, ws.lang, **p.params) for p in result.gate],
    )


class HistoryRow(Model):
    id: int
    kind: str
    at: datetime
    actor: str
    trigger: str
    from_stage: str
    to_stage: str
    note: str
    inputs_hash: str
    findings: list[dict[str, Any]]
    details: dict[str, Any]
    workflow_version: int


def history_rows(entries: list[HistoryEntry]) -> list[HistoryRow]:
    return [
        HistoryRow(
            id=e.id,
            kind=str(e.kind),
            at=e.at,
            actor=e.actor,
            trigger=e.trigger,
            from_stage=e.from_stage,
            to_stage=e.to_stage,
            note=e.note,
            inputs_hash=e.inputs_hash,
            findings=e.findings,
            details=e.details,
            workflow_version=e.workflow_version,
        )
        for e in entries
    ]
