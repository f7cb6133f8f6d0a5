"""`congress ward reopen`: send a ward back to an earlier stage, with who, why and the document.

Registered on the `ward` group by `congress.cli.main`; `parse_date` reads a date typed by an
officer (the recognition's date in `congress ward approve`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from congress.cli.options import CONTEXT, by_option, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json, _open, _slug, ward


def parse_date(value: str) -> date:
    """A date typed as yyyy-mm-dd or dd/mm/yyyy; InputError (exit 2) otherwise."""
    from congress.errors import InputError, Problem

    text = value.strip()
    try:
        if "/" in text:
            day, month, year = (int(part) for part in text.split("/"))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(Problem("workflow.bad_date", {"value": value})) from exc


@ward.command("reopen", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("stage")
@by_option
@click.option("--reason", required=True)
@click.option("--document", default="")
@workspace_option
@json_option
def ward_reopen(
    ward_name: str,
    stage: str,
    actor: str,
    reason: str,
    document: str,
    workspace: Path,
    as_json: bool,
) -> None:
    """Send the ward back to an earlier stage (e.g. Help text: congress/messages/help_ward.py."""
    from congress.services.workflow import reopen

    ws = _open(workspace)
    result = reopen(ws, _slug(ws, ward_name), stage, actor, reason, document)
    if as_json:
        _echo_json({"ok": True, "ward": result.after.slug, "from": result.before.stage,
                    "to": result.after.stage, "withdrawn": result.withdrawn})  # fmt: skip
        return
    from congress.cli.render_ward import print_reopen

    print_reopen(ws, result)
