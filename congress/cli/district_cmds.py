"""`congress district run | status`: every ward of the unit at once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from congress.cli.ward_cmds import CONTEXT, _echo_json, _open, json_option
from congress.i18n import t

workspace_argument = click.argument(
    "workspace", type=click.Path(path_type=Path), default=Path("."), required=False
)


@click.group(context_settings=CONTEXT)
def district() -> None:
    """Cả quận: kiểm tra mọi phường, văn kiện đến hạn, bảng theo dõi, báo cáo lên cấp trên."""


def _with_progress(total: int, work: Callable[[Callable[[str], None] | None], Any]) -> Any:
    """A progress bar on a terminal; nothing when the output is piped."""
    if not sys.stdout.isatty():
        return work(None)
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(t("ui.district_progress"), total=total)
        return work(lambda _slug: bar.advance(task))


@district.command("run", context_settings=CONTEXT)
@workspace_argument
@click.option("--no-docs", is_flag=True, help="Không tạo văn kiện, chỉ kiểm tra và báo cáo.")
@click.option(
    "--all-docs", is_flag=True, help="Tạo mọi văn kiện cho mọi phường, không chỉ văn kiện đến hạn."
)
@click.option("--workers", type=click.IntRange(min=1), help="Số tiến trình (mặc định: số lõi).")
@json_option
def district_run(
    workspace: Path, no_docs: bool, all_docs: bool, workers: int | None, as_json: bool
) -> None:
    """Kiểm tra mọi phường, tạo văn kiện đến hạn của mỗi phường, viết bảng theo dõi
    (out/dashboard.html), bảng tổng hợp (.xlsx), báo cáo tiến độ và báo cáo tổng hợp (.docx).

    Không tự chuyển bước cho phường nào. Phường thiếu dữ liệu được ghi «thiếu dữ liệu» và các
    phường khác vẫn được xử lý. Mã thoát 0 khi mọi phường đọc được dữ liệu, 1 khi có phường thiếu.

    \b
    Ví dụ:
      congress district run examples/dong-da
      congress district run examples/dong-da --json > ket-qua.json
    """
    from congress.services.district import district_report, write_outputs

    ws = _open(workspace)
    report = _with_progress(
        len(ws.files.wards),
        lambda progress: district_report(
            ws,
            render=not no_docs,
            workers=workers,
            progress=progress,
            every_document=all_docs,
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
@workspace_argument
@json_option
def district_status(workspace: Path, as_json: bool) -> None:
    """Bức tranh cả quận trên màn hình: bước của từng phường, quá hạn, vướng mắc, các tỷ lệ.

    \b
    Ví dụ:
      congress district status examples/dong-da
    """
    from congress.services.district import district_report

    ws = _open(workspace, read_only=True)
    report = _with_progress(
        len(ws.files.wards), lambda progress: district_report(ws, render=False, progress=progress)
    )
    if as_json:
        _echo_json(report.model_dump(mode="json"))
    else:
        from congress.cli.render_district import print_district

        print_district(report)
    sys.exit(0 if report.ok else 1)
