"""`congress tally WARD` and `congress tally compare A B`: the vote count, checked and read out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from congress.cli.options import CONTEXT, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json, _open, _slug
from congress.i18n import t

DEFAULT_COMMAND = "check"


class WardOrCommand(click.Group):
    """A group whose first argument is a subcommand, or else the ward of the default command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # `congress tally -w ws o-cho-dua`: options before the ward belong to the default command.
        if args and args[0].startswith("-") and args[0] not in self.get_help_option_names(ctx):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            return DEFAULT_COMMAND, self.commands[DEFAULT_COMMAND], args
        return super().resolve_command(ctx, args)


@click.group(
    "tally",
    cls=WardOrCommand,
    context_settings=CONTEXT,
    subcommand_metavar="WARD | compare A B",
)
def tally() -> None:
    """Vote count: check the congress's figures (the ward's tally.yaml) — delegates present, the
    votes, the committee and delegation chosen, the Standing Committee chosen by the first
    meeting — compute the results and print the entry journal. Help text:
    congress/messages/help_texts.py.
    """


@tally.command(DEFAULT_COMMAND, context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@workspace_option
@json_option
def tally_check(ward_name: str, workspace: Path, as_json: bool) -> None:
    """Check the ward's vote count and print the results (also run as «congress tally WARD»).
    Help text: congress/messages/help_texts.py.
    """
    from congress.services.tally import check_tally

    ws = _open(workspace, read_only=True)
    report = check_tally(ws, _slug(ws, ward_name))
    if as_json:
        _echo_json(report.model_dump(mode="json"))
    else:
        _print_report(report)
    sys.exit(0 if report.ok else 1)


@tally.command("compare", context_settings=CONTEXT)
@click.argument("first", metavar="A", type=click.Path(path_type=Path))
@click.argument("second", metavar="B", type=click.Path(path_type=Path))
@json_option
def tally_compare(first: Path, second: Path, as_json: bool) -> None:
    """Compare two independent entries of the same count (two tally.yaml files): every figure
    that differs is listed. Help text: congress/messages/help_texts.py.
    """
    from congress.services.tally import compare_files

    result = compare_files(first, second)
    if as_json:
        _echo_json(result.model_dump(mode="json"))
    elif result.ok:
        click.echo(t("tally.same", a=first, b=second))
    else:
        click.echo(t("tally.differ", count=len(result.differences), a=first, b=second))
        for difference in result.differences:
            click.echo(f"  ✘ {difference.message}")
    sys.exit(0 if result.ok else 1)


def _print_report(report: Any) -> None:
    from rich.text import Text

    from congress.cli.render import findings_table, verdict
    from congress.cli.term import make_console

    console = make_console()
    results = report.results
    if results is None:
        console.print(Text(t("tally.no_result"), style="bold red"))
    else:
        header = t("tally.header", ward=report.ward_name, convened=results.convened,
                   present=results.present, percent=results.presence.percent_text)  # fmt: skip
        console.print(Text(header, style="bold"))
        if results.votes:
            console.print(_votes_table(results.votes))
        for row in results.lists:
            if row.id == "standing" and results.first_meeting is not None:
                meeting = results.first_meeting
                console.print(Text(t("tally.first_meeting", members=meeting.members,
                                     present=meeting.present,
                                     percent=meeting.share.percent_text), style="bold"))  # fmt: skip
            console.print()
            console.print(Text(_list_title(row), style="bold"))
            console.print(_list_table(row))
    console.print()
    console.print(Text(t("tally.journal"), style="bold"))
    for line in report.journal:
        said = t("tally.journal.matches") if line.ok else t("tally.journal.differs")
        console.print(Text(f"  {'✔' if line.ok else '✘'} {line.text} — {said}",
                           style="" if line.ok else "red"))  # fmt: skip
    console.print(findings_table(report.findings))
    console.print(verdict(report.findings))


def _verdict(ok: bool, yes: str, no: str) -> Any:
    from rich.text import Text

    return Text(t(yes), style="green") if ok else Text(t(no), style="red")


def _votes_table(votes: list[Any]) -> Any:
    from rich.table import Table

    from congress.cli.term import fill_terminal, plain

    table = Table(title=plain(t("tally.items")), expand=fill_terminal())
    table.add_column(t("tally.item"), ratio=1)
    for key in ("in_favour", "against", "not_voting", "percent"):
        table.add_column(t(f"tally.{key}"), justify="right", max_width=9)
    table.add_column(t("tally.outcome"), no_wrap=True)
    for vote in votes:
        verdict = _verdict(vote.passed, "tally.passed", "tally.not_passed")
        table.add_row(plain(vote.name), plain(vote.in_favour), plain(vote.against),
                      plain(vote.not_voting), plain(f"{vote.share.percent_text}%"),
                      verdict)  # fmt: skip
    return table


def _list_title(row: Any) -> str:
    method = t(f"tally.method.{row.method}")
    title = t("tally.list_title", name=row.name, planned=row.planned, method=method)
    if row.issued is not None:
        title += "; " + t("tally.ballots_line", issued=row.issued, collected=row.collected,
                          valid=row.valid, invalid=row.invalid)  # fmt: skip
    return title


def _list_table(row: Any) -> Any:
    from rich.table import Table
    from rich.text import Text

    from congress.cli.term import plain

    counts = {"chosen": len(row.chosen), "planned": row.planned}
    if row.needs_revote:
        caption = t("tally.list_revote", tied=", ".join(row.tied), **counts)
    elif row.vacancies:
        caption = t("tally.list_vacant", vacancies=row.vacancies, **counts)
    else:
        caption = t("tally.list_summary", **counts)
    table = Table(caption=plain(caption), caption_justify="left")
    table.add_column(t("tally.number"), justify="right")
    table.add_column(t("tally.name"))
    if row.id == "standing":
        table.add_column(t("tally.role"))
    table.add_column(t("tally.approvals"), justify="right")
    table.add_column(t("tally.against"), justify="right")
    table.add_column(t("tally.approvals_percent"), justify="right")
    table.add_column(t("tally.outcome"))
    for number, person in enumerate(row.people, start=1):
        if person.chosen:
            outcome = Text(t("tally.chosen"), style="green")
        elif person.tied:
            outcome = Text(t("tally.tied"), style="bold yellow")
        elif person.passed:
            outcome = Text(t("tally.passed_over"), style="dim")
        else:
            outcome = Text(t("tally.not_chosen"), style="dim")
        against = "" if person.disapprovals is None else str(person.disapprovals)
        cells = [plain(number), plain(person.name)]
        if row.id == "standing":
            cells.append(plain(t(f"role.{person.role}") if person.role else ""))
        cells += [plain(person.approvals), plain(against), plain(person.share.percent_text)]
        table.add_row(*cells, outcome)
    return table
