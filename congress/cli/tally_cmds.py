"""`congress tally WARD` and `congress tally compare A B`: the vote count, checked and read out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from congress.cli.ward_cmds import CONTEXT, _echo_json, _open, _slug, json_option, workspace_option
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
    """Kiểm phiếu: kiểm tra số liệu của tổ kiểm phiếu (tally.yaml của phường), tính kết quả
    biểu quyết và bầu cử; đối chiếu hai lần nhập độc lập.

    Số liệu không khớp nhau (có mặt > triệu tập, thu vào > phát ra, hợp lệ + không hợp lệ ≠ thu
    vào…) thì không tính kết quả. Mã thoát: 0 đạt, 1 có lỗi (số liệu không khớp, không đủ đại
    biểu, nội dung không được thông qua, bầu chưa đủ hoặc bằng phiếu), 2 dữ liệu không đọc được.

    \b
    Ví dụ:
      congress tally o-cho-dua -w examples
      congress tally o-cho-dua -w examples --json
      congress tally compare examples/wards/o-cho-dua/tally.yaml \\
          examples/wards/o-cho-dua/tally-nhap-sai.yaml
    """


@tally.command(DEFAULT_COMMAND, context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@workspace_option
@json_option
def tally_check(ward_name: str, workspace: Path, as_json: bool) -> None:
    """Kiểm tra số liệu kiểm phiếu của phường và in kết quả (cũng chạy được là
    `congress tally WARD`).

    \b
    Ví dụ:
      congress tally check o-cho-dua -w examples
    """
    from congress.services.tally import check_tally

    ws = _open(workspace)
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
    """Đối chiếu hai lần nhập độc lập của cùng một cuộc kiểm phiếu (hai tệp tally.yaml): mọi
    số liệu khác nhau được liệt kê. Mã thoát 0 khi hai bản khớp nhau, 1 khi có số liệu khác.

    \b
    Ví dụ:
      congress tally compare tally.yaml tally-ban-2.yaml
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
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from congress.cli.render import findings_table

    console = Console()
    results = report.results
    if results is None:
        console.print(Text(t("tally.no_result"), style="bold red"))
    else:
        header = t("tally.header", ward=report.ward_name, convened=results.convened,
                   present=results.present, percent=results.present_percent)  # fmt: skip
        console.print(Text(header, style="bold"))
        if results.items:
            table = Table(title=t("tally.items"), expand=True)
            table.add_column(t("tally.item"), ratio=1)
            for key in ("in_favour", "against", "not_voting", "percent"):
                table.add_column(t(f"tally.{key}"), justify="right", max_width=9)
            table.add_column(t("tally.outcome"), no_wrap=True)
            for item in results.items:
                verdict = _verdict(item.passed, "tally.passed", "tally.not_passed")
                table.add_row(item.name, str(item.in_favour), str(item.against),
                              str(item.not_voting), f"{item.percent}%", verdict)  # fmt: skip
            console.print(table)
        for ballot in results.ballots:
            console.print()
            console.print(Text(_ballot_title(ballot), style="bold"))
            console.print(_ballot_table(ballot))
    console.print(findings_table(report.findings))
    errors = sum(1 for f in report.findings if f.blocking)
    warnings = sum(1 for f in report.findings if not f.ok and not f.blocking)
    key = "ui.verdict_ok" if report.ok else "ui.verdict_fail"
    console.print(t(key, errors=errors, warnings=warnings))


def _verdict(ok: bool, yes: str, no: str) -> Any:
    from rich.text import Text

    return Text(t(yes), style="green") if ok else Text(t(no), style="red")


def _ballot_title(ballot: Any) -> str:
    return t("tally.ballot_title", name=ballot.name, seats=ballot.seats, issued=ballot.issued,
             collected=ballot.collected, valid=ballot.valid, invalid=ballot.invalid)  # fmt: skip


def _ballot_table(ballot: Any) -> Any:
    from rich.table import Table
    from rich.text import Text

    counts = {"elected": len(ballot.elected), "seats": ballot.seats}
    if ballot.needs_revote:
        caption = t("tally.ballot_revote", tied=", ".join(ballot.tied), **counts)
    elif ballot.shortfall:
        caption = t("tally.ballot_shortfall", shortfall=ballot.shortfall, **counts)
    else:
        caption = t("tally.ballot_summary", **counts)
    table = Table(caption=caption, caption_justify="left")
    table.add_column(t("tally.number"), justify="right")
    table.add_column(t("tally.name"))
    table.add_column(t("tally.votes"), justify="right")
    table.add_column(t("tally.votes_percent"), justify="right")
    table.add_column(t("tally.outcome"))
    for number, row in enumerate(ballot.candidates, start=1):
        if row.elected:
            by_age = row.tied and ballot.tie_broken_by_age
            label = "tally.elected_by_age" if by_age else "tally.elected"
            outcome = Text(t(label), style="green")
        elif row.tied and ballot.needs_revote:
            outcome = Text(t("tally.tied"), style="bold yellow")
        else:
            outcome = Text(t("tally.not_elected"), style="dim")
        table.add_row(str(number), row.name, str(row.votes), row.percent, outcome)
    return table
