"""`congress init`, `congress ward …`: parse, call a use case, print."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from congress.cli.clock import now as _now
from congress.cli.clock import today as _today
from congress.cli.options import CONTEXT, by_option, json_option, workspace_option
from congress.core.levels import UNIT_TYPES, UPPER_LEVELS
from congress.i18n import get_lang, t


def _open(workspace: Path, *, read_only: bool = False) -> Any:
    """The workspace holding `workspace`, with its files and its state database (it must exist).

    `read_only`: for a command that only reads — the database is read into memory (see
    adapters.store_snapshot), none is created, and nothing is written to the workspace."""
    from congress.adapters.store import open_store
    from congress.adapters.store_pg import configured_url
    from congress.adapters.store_snapshot import open_snapshot
    from congress.adapters.workspace import read_workspace
    from congress.services.ward_checks import CHECKS
    from congress.services.workspace import Workspace, carries_over

    files = read_workspace(workspace, set(CHECKS))
    shared = configured_url() is not None  # PostgreSQL: an empty database gets its schema
    fresh = not shared and not files.db_path.parent.exists()
    if read_only:
        store = open_snapshot(files.db_path)
        if carries_over(store, files) and (shared or os.access(files.db_path.parent, os.W_OK)):
            # the wards move to the workflow's new version once, recorded: that is not a look
            store.close()
            store = open_store(files.db_path, create=False)
    else:
        if fresh:
            # A workspace that arrives without its state folder (a copy, a clone of the bundled
            # example) starts its state here; a state folder that lost its database is an error.
            click.echo(t("workspace.state_created", path=files.db_path), err=True)
        store = open_store(files.db_path, create=fresh or shared)
    ws = Workspace(files, store, get_lang(), _today() or _now().date(), _now)
    click.get_current_context().call_on_close(ws.close)
    for notice in ws.carry_over_all():
        click.echo(notice, err=True)
    return ws


def _slug(ws: Any, ward: str) -> str:
    return str(ws.slug_of(ward))


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command("init", context_settings=CONTEXT)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--unit", required=True)
@click.option("--ward", "wards", multiple=True)
@click.option("--pilot")
@click.option("--term", default="2024-2029", show_default=True)
@click.option("--workflow", default="ward-2024-2029", show_default=True)
@click.option(
    "--level",
    type=click.Choice(UPPER_LEVELS),
)
@click.option(
    "--unit-type",
    type=click.Choice(UNIT_TYPES),
)
def init(
    folder: Path,
    unit: str,
    wards: tuple[str, ...],
    pilot: str | None,
    term: str,
    workflow: str,
    level: str | None,
    unit_type: str | None,
) -> None:
    """Create a workspace: unit.yaml, one folder per ward (an annotated ward.yaml, blank lists),
    out/ and the state database .congress/. Help text: congress/messages/help_texts.py.
    """
    from congress.adapters.store import open_store
    from congress.services.init import init_workspace

    slugs = init_workspace(
        folder,
        unit=unit,
        term=term,
        workflow=workflow,
        wards=wards,
        pilot=pilot,
        now=_now(),
        level=level,
        unit_type=unit_type,
        open_store=lambda path: open_store(path, create=True),
    )
    click.echo(t("workspace.created", path=folder, count=len(slugs), workflow=workflow))


@click.group(context_settings=CONTEXT)
def ward() -> None:
    """One ward at a time: status, what the next move needs, moving on, history. Help text:
    congress/messages/help_ward.py.
    """


@ward.command("status", context_settings=CONTEXT)
@click.argument("ward_name", metavar="[WARD]", required=False)
@workspace_option
@json_option
def ward_status(ward_name: str | None, workspace: Path, as_json: bool) -> None:
    """Where each ward is, since when, whether late, with which exceptions. Help text:
    congress/messages/help_ward.py.
    """
    from congress.services.workflow_views import status

    ws = _open(workspace, read_only=True)
    report = status(ws, _slug(ws, ward_name) if ward_name else None)
    if as_json:
        _echo_json(report.model_dump(mode="json"))
    else:
        from congress.cli.render_ward import print_status

        print_status(report)


@ward.command("check", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@workspace_option
@json_option
def ward_check(ward_name: str, workspace: Path, as_json: bool) -> None:
    """What the next move needs: rules, items to confirm, approvals, the pilot congress. Help
    text: congress/messages/help_ward.py.
    """
    from congress.services.workflow import readiness
    from congress.services.workflow_views import readiness_view

    ws = _open(workspace, read_only=True)
    slug = _slug(ws, ward_name)
    record, results = readiness(ws, slug)
    views = [readiness_view(ws, slug, r) for r in results]
    if as_json:
        _echo_json({"ok": not views or any(v.ok for v in views), "ward": slug, "stage": record.stage,
                    "next": [v.model_dump(mode="json") for v in views]})  # fmt: skip
    else:
        from congress.cli.render_ward import print_readiness

        print_readiness(ws, record, views)
    sys.exit(0 if not views or any(v.ok for v in views) else 1)


@ward.command("advance", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("trigger")
@by_option
@click.option("--note", default="")
@workspace_option
@json_option
def ward_advance(
    ward_name: str, trigger: str, actor: str, note: str, workspace: Path, as_json: bool
) -> None:
    """Move the ward on, when ready. Help text: congress/messages/help_ward.py."""
    from congress.services.workflow import advance
    from congress.services.workflow_views import readiness_view

    ws = _open(workspace)
    slug = _slug(ws, ward_name)
    result = advance(ws, slug, trigger, actor, note)
    view = readiness_view(ws, slug, result.readiness)
    if as_json:
        _echo_json({"ok": result.moved, "ward": slug, "from": result.before.stage,
                    "to": result.after.stage, "readiness": view.model_dump(mode="json")})  # fmt: skip
    else:
        from congress.cli.render_ward import print_advance

        print_advance(ws, result, view)
    sys.exit(0 if result.moved else 1)


@ward.command("history", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@workspace_option
@json_option
def ward_history(ward_name: str, workspace: Path, as_json: bool) -> None:
    """The ward's history: every move, confirmation, approval, exception — who, when. Help text:
    congress/messages/help_ward.py.
    """
    from congress.services.workflow_views import history_rows

    ws = _open(workspace, read_only=True)
    slug = _slug(ws, ward_name)
    ws.record(slug)
    rows = history_rows(ws.store.history(slug))
    if as_json:
        _echo_json({"ward": slug, "history": [r.model_dump(mode="json") for r in rows]})
    else:
        from congress.cli.render_ward import print_history

        print_history(ws, slug, rows)


@ward.command("confirm", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("item")
@by_option
@click.option("--note", default="")
@workspace_option
def ward_confirm(ward_name: str, item: str, actor: str, note: str, workspace: Path) -> None:
    """Confirm a checklist item (e.g. Help text: congress/messages/help_ward.py."""
    from congress.services.workflow import confirm
    from congress.services.workflow_views import text

    ws = _open(workspace)
    code = confirm(ws, _slug(ws, ward_name), item, actor, note)
    click.echo(t("ui.recorded", what=text(ws.files.definition.checklist[code], get_lang())))


@ward.command("approve", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("approval")
@by_option
@click.option("--document", required=True)
@click.option(
    "--date",
    "document_date",
)
@click.option("--note", default="")
@workspace_option
def ward_approve(
    ward_name: str,
    approval: str,
    actor: str,
    document: str,
    document_date: str | None,
    note: str,
    workspace: Path,
) -> None:
    """Record an approval (ward Party committee, upper Standing Committee…) with its document
    number. Help text: congress/messages/help_ward.py.
    """
    from congress.cli.reopen_cmds import parse_date
    from congress.services.workflow import approve

    day = parse_date(document_date) if document_date else None
    from congress.services.workflow_views import text

    ws = _open(workspace)
    code = approve(ws, _slug(ws, ward_name), approval, actor, document, note, day)
    when = f", {day.strftime('%d/%m/%Y')}" if day else ""
    label = text(ws.files.definition.approvals[code], get_lang())
    click.echo(t("ui.recorded", what=f"{label} ({document}{when})"))


@ward.command("exception", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("rule")
@by_option
@click.option("--reason", required=True)
@click.option("--document", required=True)
@workspace_option
def ward_exception(
    ward_name: str, rule: str, actor: str, reason: str, document: str, workspace: Path
) -> None:
    """Let an error-level rule pass, on the upper level's written agreement (recorded in the
    history). Help text: congress/messages/help_ward.py.
    """
    from congress.services.workflow import grant_exception

    ws = _open(workspace)
    from congress.adapters.rulebook_files import rule_titles

    code = grant_exception(ws, _slug(ws, ward_name), rule, actor, reason, document)
    title = rule_titles(get_lang()).get(code, code)
    click.echo(t("ui.recorded", what=f"{title} ({document})"))


@ward.command("acknowledge", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("lesson")
@by_option
@click.option("--note", required=True)
@workspace_option
def ward_acknowledge(ward_name: str, lesson: str, actor: str, note: str, workspace: Path) -> None:
    """Record that the ward addressed a lesson of the pilot congress. Help text:
    congress/messages/help_ward.py.
    """
    from congress.services.workflow import acknowledge

    ws = _open(workspace)
    slug = _slug(ws, ward_name)
    runs = acknowledge(ws, slug, lesson, actor, note)
    click.echo(t("ui.recorded", what=lesson))
    from congress.cli.render_ward import print_rerun

    print_rerun(runs, slug)
