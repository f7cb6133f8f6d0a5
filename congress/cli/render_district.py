"""The district in the terminal: one line per ward, then the totals."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from congress.cli.term import make_console, plain
from congress.core.district import DistrictReport, Share
from congress.core.vn_format import short_date
from congress.i18n import t

STATE_STYLE = {"ok": "green", "blocked": "bold red", "missing_data": "yellow"}


def _share(share: Share | None) -> Text:
    return plain(share.ratio.text if share is not None else "")


def print_district(report: DistrictReport) -> None:
    console = make_console()
    for notice in report.notices:
        console.print(plain(notice, "bold yellow"))
    table = Table(
        title=plain(t("ui.district_title", unit=report.unit, today=short_date(report.today))),
        show_lines=False,
    )
    for key in (
        "ui.ward",
        "ui.group",
        "ui.stage",
        "ui.state",
        "ui.re_elected",
        "ui.women",
        "ui.non_party",
    ):
        table.add_column(t(key))
    for ward in report.wards:
        name = Text(ward.name + (t("ui.pilot_mark") if ward.pilot else ""))
        state = Text(
            t(f"ui.state_{ward.state}", count=len(ward.blocking)), style=STATE_STYLE[ward.state]
        )
        if ward.overdue:
            late = ward.overdue[0]
            state.append(
                "\n"
                + t("ui.overdue", days=late.days_late, label=late.label, due=short_date(late.due)),
                style="red",
            )
        if ward.reopened:
            state.append(
                "\n" + t("ui.district_reopened", after=ward.reopened["to"]), style="bold yellow"
            )
        for line in ward.blocking[:3]:
            mark = (
                f"– {line.title} ({t('ui.unchecked_mark')})"
                if line.status == "not_checked"
                else f"✘ {line.title}"
            )
            state.append("\n" + mark, style="red")
        shown = {line.rule for line in ward.blocking}
        still_open = [f for f in ward.open_findings if f.rule not in shown]
        for line in still_open[:3]:  # the drafts' findings, until fixed, whatever the stage
            error = line.severity == "error"
            state.append(
                f"\n{'✘' if error else '!'} {line.title}", style="red" if error else "yellow"
            )
        for problem in ward.problems[:2]:
            state.append(f"\n{problem[:160]}", style="yellow")
        table.add_row(
            name,
            plain(ward.group),
            plain(ward.stage_label),
            state,
            _share(ward.shares.get("re_elected")),
            _share(ward.shares.get("women")),
            _share(ward.shares.get("non_party")),
        )
    totals = report.totals
    table.add_row(
        plain(t("ui.total"), "bold"), plain(""), plain(""), plain(""),
        _share(totals.shares.get("re_elected")), _share(totals.shares.get("women")),
        _share(totals.shares.get("non_party")),
    )  # fmt: skip
    console.print(table)
    console.print(plain(t("ui.district_counts", wards=totals.wards, blocked=totals.blocked,
                          overdue=totals.overdue, missing=totals.missing_data,
                          reopened=totals.reopened)))  # fmt: skip
    for path in report.outputs.values():
        console.print(plain(t("ui.doc_written", path=path)))
