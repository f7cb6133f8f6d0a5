"""Terminal views of the workflow: the status board, readiness lists, history, the definition."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from congress.cli.term import make_console, plain
from congress.core.findings import Finding
from congress.core.vn_format import short_date, short_datetime
from congress.core.workflow import WorkflowDefinition
from congress.i18n import get_lang, t
from congress.services.workflow_views import (
    HistoryRow,
    ReadinessView,
    ReopenView,
    StatusReport,
    guard_texts,
    stage_text,
    text,
)

console = make_console()


def print_status(report: StatusReport) -> None:
    wf = report.workflow
    title = t(
        "ui.status_title",
        unit=report.unit,
        workflow=wf["id"],
        version=wf["version"],
        today=short_date(report.today),
    )
    table = Table(title=plain(title), show_lines=True)
    for key in ("ui.ward", "ui.stage", "ui.since", "ui.group", "ui.deadline"):
        table.add_column(t(key))
    for ward in report.wards:
        name = Text(
            ward.name + (t("ui.pilot_mark") if ward.pilot else ""),
            style="bold" if ward.pilot else "",
        )
        deadline = Text()
        for late in ward.overdue:
            deadline.append(
                t("ui.overdue", days=late.days_late, label=late.label, due=short_date(late.due))
                + "\n",
                style="bold red",
            )
        if not ward.overdue and ward.next_due:
            due = short_date(ward.next_due.due)
            deadline.append(t("ui.next_due", label=ward.next_due.label, due=due))
        stage = Text(ward.stage_label)
        for grant in ward.exceptions:
            named = {**grant, "rule": rule_title(grant["rule"])}
            stage.append("\n" + t("ui.exception_line", **named), style="magenta")
        if ward.problem:
            stage.append("\n" + ward.problem, style="yellow")
        if ward.reopened:
            stage.append("\n" + reopen_line(ward.reopened), style="bold yellow")
        since = plain(
            short_datetime(ward.since) + (f"\n({ward.moved_by})" if ward.moved_by else "")
        )
        table.add_row(name, stage, since, plain(ward.group), deadline)
    console.print(table)


def rule_title(rule: str) -> str:
    """A rule's title («Tỷ lệ tái cử») for the officer, its id when it has none."""
    from congress.adapters.rulebook_files import rule_titles

    return rule_titles(get_lang()).get(rule, rule)


def _finding_lines(findings: list[Finding], style: str, ward: str) -> list[Text]:
    """A failed rule with its hint; a rule not checked with its reason and what to do (supply
    the data, or an exception of the Standing Committee)."""
    lines = []
    for f in findings:
        if f.unchecked:
            line = Text(
                "  – " + t("ui.unchecked_line", title=f.title, message=f.message), style=style
            )
            todo = t("ui.unchecked_todo", ward=ward, rule=f.rule)
            line.append(f"\n    → {f.hint + ' ' if f.hint else ''}{todo}", style="cyan")
        else:
            line = Text(f"  ✘ {f.title}: {f.message}", style=style)
            if f.hint:
                line.append(f"\n    → {f.hint}", style="cyan")
        lines.append(line)
    return lines


def _readiness_lines(ward: str, view: ReadinessView) -> list[Text]:
    lines = _finding_lines(view.blocking, "red", ward)
    lines += [Text(f"  ! {f.title}: {f.message}", style="yellow") for f in view.warnings]
    for grant in view.excepted:
        finding = grant["finding"]
        lines.append(
            Text(
                "  ~ "
                + t(
                    "ui.excepted",
                    title=finding["title"],
                    granted_by=grant["granted_by"],
                    document=grant["document"],
                ),
                style="magenta",
            )
        )
    for item in view.checklist:
        if item.done:
            lines.append(
                Text(
                    f"  ✔ {item.label} ({item.by}, {short_datetime(item.at) if item.at else ''})",
                    style="green",
                )
            )
        else:
            lines.append(
                Text(
                    "  ✘ " + t("ui.checklist_todo", label=item.label, ward=ward, id=item.id),
                    style="red",
                )
            )
    for item in view.approvals:
        if item.done:
            day = f", {short_date(item.document_date)}" if item.document_date else ""
            lines.append(Text(f"  ✔ {item.label} ({item.by}, {item.document}{day})", style="green"))
        else:
            lines.append(
                Text(
                    "  ✘ "
                    + t(
                        "ui.decision_todo" if item.dated else "ui.approval_todo",
                        label=item.label,
                        ward=ward,
                        id=item.id,
                    ),
                    style="red",
                )
            )
    lines += [Text(f"  ✘ {problem}", style="red") for problem in view.gate]
    return lines


def print_readiness(ws: Any, record: Any, views: list[ReadinessView]) -> None:
    if not views:
        stage = text(ws.files.definition.stage(record.stage).label, get_lang())
        console.print(plain(t("ui.final_stage", ward=record.name, stage=stage)))
        return
    for view in views:
        key = "ui.ready" if view.ok else "ui.not_ready"
        console.print(
            plain(
                t(key, trigger=view.label, dest=view.dest_label),
                "bold green" if view.ok else "bold red",
            )
        )
        for line in _readiness_lines(record.slug, view):
            console.print(line)


def print_advance(ws: Any, result: Any, view: ReadinessView) -> None:
    definition = ws.files.definition
    lang = get_lang()
    if result.moved:
        before = text(definition.stage(result.before.stage).label, lang)
        after = text(definition.stage(result.after.stage).label, lang)
        moved = t(
            "ui.moved", ward=result.after.name, before=before, after=after, actor=result.actor
        )
        console.print(plain(moved, "bold green"))
        for line in _readiness_lines(result.after.slug, view):
            if not line.plain.lstrip().startswith("✔"):
                console.print(line)
        return
    console.print(
        plain(
            t("ui.refused", trigger=view.label, ward=result.before.name, dest=view.dest_label),
            "bold red",
        )
    )
    for line in _readiness_lines(result.before.slug, view):
        console.print(line)


def reopen_line(reopened: ReopenView) -> str:
    """«Trả lại từ … về …» with who, when, why and the document, for the status board."""
    line = t(
        "ui.reopened_line",
        before=reopened.from_label,
        after=reopened.to_label,
        by=reopened.by,
        at=short_date(reopened.at),
        reason=reopened.reason,
    )
    if reopened.document:
        line += " " + t("ui.reopen_document", document=reopened.document)
    if reopened.count > 1:
        line += " " + t("ui.reopened_times", count=reopened.count)
    return line


def _history_what(ws: Any, row: HistoryRow) -> str:
    if row.kind == "reopen":
        what = t(
            "ui.history_reopen",
            before=stage_text(ws, row.from_stage),
            after=stage_text(ws, row.to_stage),
        )
        approvals = ws.files.definition.approvals
        withdrawn = [
            text(approvals[w["approval"]], get_lang()) if w["approval"] in approvals
            else w["approval"]
            for w in row.details.get("withdrawn", [])
        ]  # fmt: skip
        if withdrawn:
            what += "\n" + t("ui.history_withdrawn", approvals=", ".join(withdrawn))
        return what
    if row.kind == "migrate":
        return t(
            "ui.history_migrate",
            old=row.details.get("from_version"),
            new=row.details.get("to_version"),
            before=row.from_stage,
            after=stage_text(ws, row.to_stage),
        )
    return event_text(ws, row)


def event_text(ws: Any, row: HistoryRow) -> str:
    """A history row in the officer's words: the move's and stages' names, the item's label,
    the rule's title — never `confirm:plan_issued`."""
    definition = ws.files.definition
    lang = get_lang()
    kind, _, code = row.trigger.partition(":")
    if row.kind == "transition":
        move = next((m for m in definition.transitions if m.trigger == row.trigger), None)
        name = text(move.label, lang) if move else row.trigger
        return t("ui.history_move", move=name, before=stage_text(ws, row.from_stage),
                 after=stage_text(ws, row.to_stage))  # fmt: skip
    if kind == "confirm":
        label = definition.checklist.get(code)
        return t("ui.history_confirm", label=text(label, lang) if label else code)
    if kind == "approve":
        label = definition.approvals.get(code)
        return t("ui.history_approve", label=text(label, lang) if label else code)
    if kind == "exception":
        return t("ui.history_exception", rule=rule_title(code))
    if kind == "acknowledge":
        lessons = {lesson.id: lesson.text for lesson in ws.files.unit.lessons}
        return t("ui.history_lesson", lesson=code, text=lessons.get(code, ""))
    if kind == "document":
        from congress.core.doc_context import DOCUMENTS

        spec = DOCUMENTS.get(code)
        return t("ui.history_document", title=spec.title if spec else code)
    if row.kind == "register":
        return t("ui.history_register", stage=stage_text(ws, row.to_stage))
    return row.trigger


def _history_mark(finding: dict[str, Any]) -> str:
    """The same marks as the check tables: ✘ an error, ! a warning, – not checked."""
    if finding.get("status") == "not_checked":
        return "–"
    return "!" if finding.get("severity") == "warning" else "✘"


def print_history(ws: Any, slug: str, rows: list[HistoryRow]) -> None:
    table = Table(title=plain(t("ui.history_title", ward=ws.ward_name(slug))))
    for key in ("ui.when", "ui.who", "ui.what", "ui.note"):
        table.add_column(t(key))
    for row in rows:
        what = _history_what(ws, row)
        document = row.details.get("document")
        if document:
            what += f" ({document})"
        if row.details.get("document_date"):
            what += " " + t("ui.dated", day=row.details["document_date"])
        failed = [f for f in row.findings if not f.get("ok")]
        note = (
            row.note
            + ("\n" if row.note and failed else "")
            + "\n".join(f"{_history_mark(f)} {f.get('title') or f['rule']}" for f in failed)
        )
        table.add_row(plain(short_datetime(row.at)), plain(row.actor), plain(what), plain(note))
    console.print(table)


def print_workflow(definition: WorkflowDefinition, current: str | None) -> None:
    """The stages, their names, the moves out of each and what they need — in words."""
    from congress.core.workflow_names import stages

    lang = get_lang()
    title = t("ui.workflow_title", title=definition.title, id=definition.id,
              version=definition.version)  # fmt: skip
    table = Table(title=plain(title), show_lines=True)
    # the names one can type are Vietnamese: shown to the officer, not in the English view
    with_names = lang == "vi"
    table.add_column("#")
    for header in ("ui.workflow_stage", "ui.workflow_names", "ui.workflow_moves",
                   "ui.workflow_guards"):  # fmt: skip
        if header != "ui.workflow_names" or with_names:
            table.add_column(t(header))
    for index, named in enumerate(stages(definition), start=1):
        stage = definition.stage(named.code)
        label = plain(named.shown(lang), "bold reverse" if stage.id == current else "")
        moves, guards = [], []
        for move in definition.triggers_from(stage.id):
            dest = text(definition.stage(move.dest).label, lang)
            moves.append(f"{text(move.label, lang)} ({move.trigger}) → {dest}")
            guards.append("\n".join(guard_texts(definition, move, lang)) or "—")
        names = [plain(", ".join(stage.names) or "—")] if with_names else []
        table.add_row(plain(index), label, *names, plain("\n".join(moves)),
                      plain("\n".join(guards)))  # fmt: skip
    console.print(table)


def print_reopen(ws: Any, result: Any) -> None:
    reopened = t(
        "ui.reopened",
        ward=result.after.name,
        before=stage_text(ws, result.before.stage),
        after=stage_text(ws, result.after.stage),
    )
    console.print(plain(reopened, "bold yellow"))
    approvals = ws.files.definition.approvals
    for key in result.withdrawn:
        console.print(plain(
            "  ✘ " + t("ui.approval_todo", label=text(approvals[key], get_lang()),
                       ward=result.after.slug, id=key),
            "red",
        ))  # fmt: skip
    if not result.withdrawn:
        console.print(plain("  " + t("ui.reopen_no_approvals")))


def print_rerun(runs: list[Any], ward: str) -> None:
    """The drafts and personnel checks run again after a lesson was acknowledged."""
    console.print(plain(t("ui.rerun_title"), "bold"))
    for run in runs:
        label = t(f"ui.check_{run.check}")
        if run.problem:
            console.print(plain(f"  ? {label}: {run.problem}", "yellow"))
        elif run.blocking:
            blocked = t("ui.rerun_blocked", check=label, count=len(run.blocking))
            console.print(plain("  ✘ " + blocked, "red"))
            for line in _finding_lines(run.blocking, "red", ward):
                console.print(line)
        else:
            console.print(plain("  ✔ " + t("ui.rerun_ok", check=label), "green"))
