"""The `congress` command: parse, call one use case, print. Heavy imports stay inside commands,
and the command modules load when their command is named (`congress.cli.lazy.LazyGroup`)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from congress import __version__
from congress.cli.lazy import LazyGroup, Loader
from congress.cli.options import workspace_option
from congress.errors import CongressError, Problem
from congress.i18n import get_lang, set_lang, t

if TYPE_CHECKING:
    from congress.core.ruleset import RuleBook

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """`--version`: «congress, phiên bản 0.x» in the language chosen (Click's own option fixes
    its message when the module is imported)."""
    if not value or ctx.resilient_parsing:
        return
    from congress.cli.click_texts import text

    click.echo(text("click.version") % {"prog": "congress", "version": __version__})
    ctx.exit()


def _imported(module: str, name: str, *extensions: str) -> Loader:
    """A loader of the command `name` of `module`; `extensions`: modules that add subcommands
    to it (`ward forms`, `ward reopen`)."""

    def load() -> click.Command:
        for extension in extensions:
            importlib.import_module(extension)
        command: click.Command = getattr(importlib.import_module(module), name)
        return command

    return load


def _localise_loaded(name: str, command: click.Command) -> None:
    """A top-level command just loaded, in the process language (as `localise(cli)` gave the
    commands already there)."""
    from congress.cli.localise import localise

    localise(command, (name,))


# every top-level command but `personnel` (defined below): its module is imported when named
LAZY_COMMANDS = {
    "district": _imported("congress.cli.district_cmds", "district"),
    "docs": _imported("congress.cli.docs_cmds", "docs"),
    "doctor": _imported("congress.cli.doctor_cmds", "doctor"),
    "init": _imported("congress.cli.ward_cmds", "init"),
    "tally": _imported("congress.cli.tally_cmds", "tally"),
    "ward": _imported(
        "congress.cli.ward_cmds", "ward", "congress.cli.forms_cmds", "congress.cli.reopen_cmds"
    ),
    "workflow": _imported("congress.cli.workflow_cmds", "workflow"),
}


@click.group(
    cls=LazyGroup,
    context_settings=CONTEXT,
    lazy_subcommands=LAZY_COMMANDS,
    on_load=_localise_loaded,
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    envvar="CONGRESS_LANG",
)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version)
def cli(lang: str | None) -> None:
    """Prepare the ward congresses of the Vietnam Fatherland Front: personnel schemes, the
    workflow, documents, vote counts, a whole district. Help text:
    congress/messages/help_texts.py.
    """
    if lang is not None:
        set_lang(lang)


@cli.group(context_settings=CONTEXT)
def personnel() -> None:
    """Personnel scheme: check the proposed list, write a blank list. Help text:
    congress/messages/help_texts.py.
    """


@personnel.command("check", context_settings=CONTEXT)
@click.argument("ward", metavar="[WARD]", required=False)
@click.option("--proposed", type=click.Path(path_type=Path))
@click.option("--previous", type=click.Path(path_type=Path))
@click.option("--planned-size", type=click.IntRange(min=1))
@click.option(
    "--ruleset",
)
@click.option("--people", "show_people", is_flag=True)
@click.option("--json", "as_json", is_flag=True)
@workspace_option
def personnel_check(
    ward: str | None,
    proposed: Path | None,
    previous: Path | None,
    planned_size: int | None,
    ruleset: str | None,
    show_people: bool,
    as_json: bool,
    workspace: Path,
) -> None:
    """Check the personnel scheme against the ruleset (re-election, non-Party share,
    composition…). Help text: congress/messages/help_texts.py.
    """
    from congress.adapters.people_reader import read_people
    from congress.adapters.rulebook_files import load_rulebook
    from congress.cli.naming import ward_folder
    from congress.services.personnel import (
        DEFAULT_RULESET,
        SECTIONS,
        PersonnelSources,
        check_files,
        check_ward,
    )

    def rulebook(name: str, base: Path | None = None) -> RuleBook:
        return load_rulebook(name, base, sections=SECTIONS)

    sources = PersonnelSources(read_people, rulebook)
    if (ward is None) == (proposed is None):
        raise CongressError(Problem("cli.ward_or_files"))
    if ward is not None:
        # --ruleset names a bundled ruleset or a file from here, not from the ward's folder
        override = (lambda: rulebook(ruleset)) if ruleset is not None else None
        report = check_ward(ward_folder(ward, workspace), get_lang(), rulebook=override)
    else:
        assert proposed is not None
        if planned_size is None:
            raise CongressError(Problem("cli.planned_size_needed"))
        report = check_files(
            sources, proposed, previous, planned_size, ruleset or DEFAULT_RULESET, get_lang()
        )
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        from congress.cli.render import print_personnel

        print_personnel(report, show_people=show_people)
    sys.exit(0 if report.ok else 1)


@personnel.command("form", context_settings=CONTEXT)
@click.argument("output", type=click.Path(path_type=Path))
@click.option("--ruleset", default="ward-2024-2029", show_default=True)
@click.option(
    "--ward",
    "ward",
)
@click.option("--force", is_flag=True)
@workspace_option
def personnel_form(
    output: Path, ruleset: str, ward: str | None, force: bool, workspace: Path
) -> None:
    """Write a blank personnel list (.xlsx) with drop-down lists and a guidance row. Help text:
    congress/messages/help_texts.py.
    """
    from congress.cli.naming import ward_folder
    from congress.services.forms import write_personnel_form

    folder = ward_folder(ward, workspace) if ward is not None else None
    path = write_personnel_form(output, ruleset, folder, force=force)
    click.echo(t("form.written", path=path))


def _error_json(error: CongressError) -> str:
    problems = [
        {"file": p.file, "row": p.row, "column": p.column, "message": p.render()}
        for p in error.problems
    ]
    return json.dumps({"ok": False, "errors": problems}, ensure_ascii=False, indent=2)


def _take_lang(args: list[str]) -> list[str]:
    """Accept `--lang X` anywhere on the line (officers type it after the subcommand too)."""
    rest: list[str] = []
    items = iter(args)
    for arg in items:
        if arg == "--lang":
            value = next(items, "")
            if value not in ("vi", "en"):
                rest += [arg, value]  # let click report the bad choice
            else:
                set_lang(value)
        elif arg.startswith("--lang="):
            set_lang(arg.split("=", 1)[1])
        else:
            rest.append(arg)
    return rest


def main(argv: list[str] | None = None) -> None:
    """Entry point: one place turns the project's errors into a message and exit code 2."""
    args = _take_lang(sys.argv[1:] if argv is None else argv)
    from congress.cli.localise import localise

    localise(cli)
    try:
        cli.main(args=args, prog_name="congress", standalone_mode=False)
    except CongressError as error:
        if "--json" in args:
            click.echo(_error_json(error))
        click.echo(error.render(), err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(2)
    sys.exit(0)
