"""Rich tables for people reading a report in a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from congress.cli.term import fill_terminal, make_console, plain
from congress.core.findings import Finding, Severity, Status
from congress.core.people import Header
from congress.core.unread import headers_text
from congress.i18n import t

if TYPE_CHECKING:  # the personnel check's report; `congress tally` draws with these too
    from congress.services.personnel import PersonnelReport

MAX_NAMES = 10


def _mark(finding: Finding) -> Text:
    if finding.status is Status.NOT_CHECKED:
        return Text("–", style="dim")
    if finding.ok:
        return Text("✔", style="green")
    if finding.severity is Severity.ERROR:
        return Text("✘", style="bold red")
    return Text("!", style="bold yellow")


def verdict(findings: list[Finding]) -> Text:
    """The last line of a check: «ĐẠT» only when no error-level rule failed or went unchecked;
    an unchecked one is named, never counted as passed (the exit code says the same)."""
    errors = sum(1 for f in findings if f.blocking and not f.unchecked)
    warnings = sum(1 for f in findings if not f.ok and f.severity is Severity.WARNING)
    unchecked = [f.title for f in findings if f.blocking and f.unchecked]
    if unchecked:
        key = "ui.verdict_fail_unchecked" if errors else "ui.verdict_unchecked_blocks"
        line = t(
            key, errors=errors, warnings=warnings, count=len(unchecked), rules=", ".join(unchecked)
        )
        return plain(line, "bold red" if errors else "bold yellow")
    if errors:
        return plain(t("ui.verdict_fail", errors=errors, warnings=warnings), "bold red")
    return plain(t("ui.verdict_ok", errors=0, warnings=warnings), "bold green")


def _names(people: list[str]) -> str:
    shown = ", ".join(people[:MAX_NAMES])
    more = len(people) - MAX_NAMES
    return shown + (t("ui.more_names", count=more) if more > 0 else "")


def findings_table(findings: list[Finding]) -> Table:
    table = Table(title=plain(t("ui.findings")), show_lines=True, expand=fill_terminal())
    table.add_column("", width=1)
    table.add_column(t("ui.rule"), ratio=1)
    table.add_column(t("ui.result"), ratio=4)
    for finding in findings:
        body = Text(finding.message)
        if not finding.ok:
            if finding.hint:
                body.append("\n→ " + finding.hint, style="cyan")
            if finding.people:
                body.append("\n" + _names(finding.people), style="dim")
            if finding.basis:
                body.append("\n" + t("ui.basis", basis=finding.basis), style="dim italic")
        level = t("ui.warning") if finding.severity is Severity.WARNING else ""
        title = Text(finding.title)
        if level:
            title.append(f"\n({level})", style="yellow")
        table.add_row(_mark(finding), title, body)
    return table


def statistics_table(report: PersonnelReport) -> Table:
    table = Table(title=plain(t("ui.statistics")))
    table.add_column(t("ui.metric"))
    table.add_column(t("ui.count"), justify="right")
    table.add_column("%", justify="right")
    table.add_column(t("ui.previous"), justify="right")
    table.add_column("%", justify="right")
    for metric in report.statistics:
        if metric.share is None:  # not read: no figure, and the reason under the table
            unchecked = Text(t("ui.unchecked_mark"), style="dim")
            table.add_row(plain(metric.label), unchecked, "", "", "")
            continue
        before = metric.previous
        if before is not None:
            previous, previous_percent = f"{before.count}/{before.of}", before.percent_text
        else:
            previous = "" if metric.previous_count is None else str(metric.previous_count)
            previous_percent = ""
        table.add_row(
            plain(metric.label),
            plain(f"{metric.share.count}/{metric.share.of}"),
            plain(metric.share.percent_text),
            plain(previous),
            plain(previous_percent),
        )
    return table


def people_table(report: PersonnelReport) -> Table:
    table = Table(title=plain(t("ui.people")))
    for header in ("ui.row", "ui.name", "ui.role", "ui.representation", "ui.status"):
        table.add_column(t(header))
    for person in report.people:
        table.add_row(
            plain(person.row),
            plain(person.name),
            plain(t(f"role.{person.role}")),
            plain(person.representation),
            plain(t(f"status.{person.status}") if person.status else ""),
        )
    return table


def print_personnel(report: PersonnelReport, *, show_people: bool = False) -> None:
    console = make_console()
    ruleset = report.ruleset
    console.print(
        plain(
            t(
                "ui.personnel_header",
                ward=report.ward or report.files.get("proposed"),
                ruleset=ruleset["id"],
                version=ruleset["version"],
                planned=report.planned_size
                if report.planned_size is not None
                else t("ui.planned_unknown"),
            )
        )
    )
    for label, headers in report.unrecognised_columns.items():
        shown = headers_text([Header(h["column"], h["header"]) for h in headers])
        line = t(
            "ui.unrecognised_columns",
            list=t(f"list.{label}"),
            file=report.files.get(label),
            headers=shown,
        )
        console.print(plain(line, "yellow"))
    console.print(findings_table(report.findings))
    console.print(statistics_table(report))
    for metric in report.statistics:
        if metric.not_checked is not None:
            line = t("ui.unchecked_line", title=metric.label, message=metric.not_checked)
            console.print(plain(line, "yellow"))
    if show_people:
        console.print(people_table(report))
    console.print(verdict(report.findings))
