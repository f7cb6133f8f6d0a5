"""`congress workflow show`: the stages, their names, the moves and their guards; a picture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from congress.cli.options import CONTEXT, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json, _open, _slug
from congress.i18n import get_lang, t


@click.group(context_settings=CONTEXT)
def workflow() -> None:
    """The workflow: stages, the names to type, moves and what they need. Help text:
    congress/messages/help_ward.py.
    """


@workflow.command("show", context_settings=CONTEXT)
@click.argument("name", required=False)
@click.option("--ward", "ward_name")
@workspace_option
@click.option(
    "--svg",
    "svg_path",
    type=click.Path(path_type=Path, dir_okay=False),
)
@click.option("--mermaid", "as_mermaid", is_flag=True)
@json_option
def workflow_show(
    name: str | None,
    ward_name: str | None,
    workspace: Path,
    svg_path: Path | None,
    as_mermaid: bool,
    as_json: bool,
) -> None:
    """The stages, the names to type, the moves and what they need. Help text:
    congress/messages/help_ward.py.
    """
    from congress.adapters.workspace import load_definition
    from congress.core.workflow import mermaid
    from congress.services.ward_checks import CHECKS

    current = None
    if name:
        definition = load_definition(name, set(CHECKS))
    else:
        ws = _open(workspace, read_only=True)
        definition = ws.files.definition
        if ward_name:
            current = ws.record(_slug(ws, ward_name)).stage
    diagram = mermaid(definition, current, get_lang())
    if svg_path is not None:
        _write_svg(svg_path, definition, current)
    if as_json:
        _echo_json({**definition.model_dump(mode="json"), "current": current, "mermaid": diagram,
                    "svg": str(svg_path) if svg_path else None})  # fmt: skip
    elif as_mermaid:
        click.echo(diagram, nl=False)
    else:
        from congress.cli.render_ward import print_workflow

        print_workflow(definition, current)
        if svg_path is not None:
            click.echo(t("ui.workflow_picture", path=svg_path))
        else:
            click.echo(t("ui.workflow_more"))


def _write_svg(path: Path, definition: Any, current: str | None) -> None:
    """The workflow's picture, written whole or not at all."""
    from congress.adapters.files import replace_atomically
    from congress.core.workflow_svg import draw
    from congress.errors import InputError, Problem
    from congress.services.workflow_views import guard_summary

    lang = get_lang()
    needs = {m.trigger: guard_summary(definition, m, lang) for m in definition.transitions}
    title = t("ui.workflow_title", title=definition.title, id=definition.id,
              version=definition.version)  # fmt: skip
    svg = draw(definition, current, lang, needs, title)
    try:
        replace_atomically(path, lambda temp: Path(temp).write_text(svg, encoding="utf-8"))
    except OSError as exc:
        raise InputError(Problem("workflow.svg_unwritable", {"reason": exc.strerror or str(exc)},
                                 file=str(path))) from exc  # fmt: skip
