"""`congress district run | status`: every ward of the unit at once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from congress.cli.options import CONTEXT, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json, _open
from congress.i18n import t

# `district run FOLDER` (the older form) is kept beside `-w FOLDER`, the form of every command.
folder_argument = click.argument(
    "folder", metavar="[THƯ_MỤC]", type=click.Path(path_type=Path), required=False
)


def _workspace(folder: Path | None, workspace: Path) -> Path:
    return folder if folder is not None else workspace


@click.group(context_settings=CONTEXT)
def district() -> None:
    """The whole district: every ward checked, the documents due, the dashboard, the reports
    upward. Help text: congress/messages/help_texts.py.
    """


def _with_progress(total: int, work: Callable[[Callable[[str], None] | None], Any]) -> Any:
    """A progress bar on a terminal; nothing when the output is piped."""
    if not sys.stdout.isatty():
        return work(None)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(t("ui.district_progress"), total=total)
        return work(lambda _slug: bar.advance(task))


@district.command("run", context_settings=CONTEXT)
@folder_argument
@workspace_option
@click.option("--no-docs", is_flag=True)
@click.option("--all-docs", is_flag=True)
@click.option("--workers", type=click.IntRange(min=1))
@json_option
def district_run(
    folder: Path | None,
    workspace: Path,
    no_docs: bool,
    all_docs: bool,
    workers: int | None,
    as_json: bool,
) -> None:
    """Check every ward, write each ward's documents due, the dashboard (out/dashboard.html),
    the summary workbook (.xlsx), the progress and summary reports (.docx). Help text:
    congress/messages/help_texts.py.
    """
    from congress.services.district import district_report
    from congress.services.district_outputs import prepare_outputs, write_outputs

    ws = _open(_workspace(folder, workspace))
    report = _with_progress(
        len(ws.files.wards),
        lambda progress: district_report(
            ws,
            render=not no_docs,
            workers=workers,
            progress=progress,
            every_document=all_docs,
            meanwhile=prepare_outputs,
        ),
    )
    report.outputs = write_outputs(ws, report)
    if as_json:
        _echo_json(report.model_dump(mode="json"))
    else:
        from congress.cli.render_district import print_district

        print_district(report)
    sys.exit(0 if report.ok else 1)


@district.command("status", context_settings=CONTEXT)
@folder_argument
@workspace_option
@json_option
def district_status(folder: Path | None, workspace: Path, as_json: bool) -> None:
    """The district on screen: each ward's stage, deadlines missed, what blocks, the shares.
    Help text: congress/messages/help_texts.py.
    """
    from congress.services.district import district_report

    ws = _open(_workspace(folder, workspace), read_only=True)
    report = _with_progress(
        len(ws.files.wards), lambda progress: district_report(ws, render=False, progress=progress)
    )
    if as_json:
        _echo_json(report.model_dump(mode="json"))
    else:
        from congress.cli.render_district import print_district

        print_district(report)
    sys.exit(0 if report.ok else 1)
