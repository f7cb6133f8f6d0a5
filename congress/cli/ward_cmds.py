"""`congress init`, `congress ward …`, `congress workflow show`: parse, call a use case, print."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from congress.cli.clock import now as _now
from congress.cli.clock import today as _today
from congress.core.levels import UNIT_TYPES, UPPER_LEVELS
from congress.i18n import get_lang, t

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
workspace_option = click.option(
    "-w",
    "--workspace",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
    help="Thư mục làm việc (có unit.yaml); mặc định thư mục đang đứng hoặc thư mục cha.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
by_option = click.option("--by", "actor", required=True, help="Họ tên người thực hiện.")


def _open(workspace: Path, *, read_only: bool = False) -> Any:
    """The workspace holding `workspace`, with its files and its state database (it must exist).

    `read_only`: for a command that only reads — the database is read into memory (see
    adapters.store_snapshot), none is created, and nothing is written to the workspace."""
    from congress.adapters.store import open_store
    from congress.adapters.store_snapshot import open_snapshot
    from congress.adapters.workspace import read_workspace
    from congress.services.ward_checks import CHECKS
    from congress.services.workspace import Workspace, carries_over

    files = read_workspace(workspace, set(CHECKS))
    fresh = not files.db_path.parent.exists()
    if read_only:
        store = open_snapshot(files.db_path)
        if carries_over(store, files) and os.access(files.db_path.parent, os.W_OK):
            # the wards move to the workflow's new version once, recorded: that is not a look
            store.close()
            store = open_store(files.db_path, create=False)
    else:
        if fresh:
            # A workspace that arrives without its state folder (a copy, a clone of the bundled
            # example) starts its state here; a state folder that lost its database is an error.
            click.echo(t("workspace.state_created", path=files.db_path), err=True)
        store = open_store(files.db_path, create=fresh)
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
@click.option("--unit", required=True, help="Tên đơn vị cấp trên, ví dụ «Quận Đống Đa».")
@click.option("--ward", "wards", multiple=True, help="Tên một phường (lặp lại cho mỗi phường).")
@click.option("--pilot", help="Tên phường đại hội điểm.")
@click.option("--term", default="2024-2029", show_default=True, help="Nhiệm kỳ.")
@click.option("--workflow", default="ward-2024-2029", show_default=True, help="Quy trình.")
@click.option(
    "--level",
    type=click.Choice(UPPER_LEVELS),
    help="Cấp của đơn vị cấp trên; mặc định theo chữ đầu tên đơn vị («Tỉnh …» -> tỉnh).",
)
@click.option(
    "--unit-type",
    type=click.Choice(UNIT_TYPES),
    help="Loại các đơn vị cấp dưới; mặc định theo chữ đầu tên («Xã …» -> xã), còn lại phường.",
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
    """Tạo thư mục làm việc: unit.yaml, mỗi phường một thư mục (ward.yaml có chú thích, mẫu
    danh sách trống), out/ và cơ sở dữ liệu trạng thái .congress/.

    \b
    Ví dụ:
      congress init dong-da --unit "Quận Đống Đa" --ward "Ô Chợ Dừa" --ward "Văn Miếu" \\
          --pilot "Ô Chợ Dừa"
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
    """Từng phường: trạng thái, điều kiện bước tiếp theo, chuyển bước, lịch sử."""


@ward.command("status", context_settings=CONTEXT)
@click.argument("ward_name", metavar="[WARD]", required=False)
@workspace_option
@json_option
def ward_status(ward_name: str | None, workspace: Path, as_json: bool) -> None:
    """Các phường đang ở bước nào, từ khi nào, có quá hạn không, có ngoại lệ nào.

    \b
    Ví dụ:
      congress ward status -w dong-da
      congress ward status o-cho-dua -w dong-da --json
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
    """Điều kiện để sang bước tiếp theo: quy tắc, việc cần xác nhận, phê duyệt, đại hội điểm.

    Mã thoát 0 khi đủ điều kiện (hoặc đã ở bước cuối), 1 khi còn vướng.

    \b
    Ví dụ:
      congress ward check o-cho-dua -w dong-da
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
@click.option("--note", default="", help="Ghi chú, lưu trong lịch sử.")
@workspace_option
@json_option
def ward_advance(
    ward_name: str, trigger: str, actor: str, note: str, workspace: Path, as_json: bool
) -> None:
    """Chuyển phường sang bước tiếp theo, nếu đủ điều kiện; nếu không, nói rõ vì sao.

    \b
    Ví dụ:
      congress ward advance o-cho-dua start_drafts --by "Nguyễn Văn An" -w dong-da
    """
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
    """Lịch sử của phường: mọi lần chuyển bước, xác nhận, phê duyệt, ngoại lệ — ai, khi nào.

    \b
    Ví dụ:
      congress ward history o-cho-dua -w dong-da
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
@click.option("--note", default="", help="Ghi chú.")
@workspace_option
def ward_confirm(ward_name: str, item: str, actor: str, note: str, workspace: Path) -> None:
    """Xác nhận một việc trong danh mục (ví dụ đã dự tập huấn).

    \b
    Ví dụ:
      congress ward confirm o-cho-dua training_attended --by "Nguyễn Văn An" -w dong-da
    """
    from congress.services.workflow import confirm

    ws = _open(workspace)
    confirm(ws, _slug(ws, ward_name), item, actor, note)
    click.echo(t("ui.recorded", what=item))


@ward.command("approve", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("approval")
@by_option
@click.option("--document", required=True, help="Số, ký hiệu văn bản đồng ý.")
@click.option(
    "--date",
    "document_date",
    help="Ngày ký văn bản (yyyy-mm-dd hoặc dd/mm/yyyy); bắt buộc với quyết định công nhận.",
)
@click.option("--note", default="", help="Ghi chú.")
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
    """Ghi một phê duyệt (Đảng ủy phường, Ban Thường trực cấp trên…) với số văn bản; quyết
    định công nhận cần cả số và ngày ký.

    \b
    Ví dụ:
      congress ward approve o-cho-dua party_committee --by "Trần Văn Bình" \\
          --document "Số 45-CV/ĐU" -w dong-da
      congress ward approve o-cho-dua upper_recognition --by "Phạm Minh Đức" \\
          --document "Số 21/QĐ-MTTQ-BTT" --date 2024-01-26 -w dong-da
    """
    from congress.cli.reopen_cmds import parse_date
    from congress.services.workflow import approve

    day = parse_date(document_date) if document_date else None
    ws = _open(workspace)
    approve(ws, _slug(ws, ward_name), approval, actor, document, note, day)
    when = f", {day.strftime('%d/%m/%Y')}" if day else ""
    click.echo(t("ui.recorded", what=f"{approval} ({document}{when})"))


@ward.command("exception", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("rule")
@by_option
@click.option("--reason", required=True, help="Lý do cho qua.")
@click.option("--document", required=True, help="Số văn bản đồng ý của cấp trên.")
@workspace_option
def ward_exception(
    ward_name: str, rule: str, actor: str, reason: str, document: str, workspace: Path
) -> None:
    """Cho một quy tắc mức lỗi được qua, theo văn bản đồng ý của cấp trên (ghi vào lịch sử).

    \b
    Ví dụ:
      congress ward exception van-mieu re_election_max --by "Lê Thị Hoa" \\
          --reason "Phường mới sáp nhập" --document "Số 12/CV-MTTQ" -w dong-da
    """
    from congress.services.workflow import grant_exception

    ws = _open(workspace)
    grant_exception(ws, _slug(ws, ward_name), rule, actor, reason, document)
    click.echo(t("ui.recorded", what=f"{rule} ({document})"))


@ward.command("acknowledge", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("lesson")
@by_option
@click.option("--note", required=True, help="Phường đã tiếp thu bài học thế nào.")
@workspace_option
def ward_acknowledge(ward_name: str, lesson: str, actor: str, note: str, workspace: Path) -> None:
    """Xác nhận phường đã tiếp thu một bài học kinh nghiệm của đại hội điểm.

    \b
    Ví dụ:
      congress ward acknowledge van-mieu L1 --by "Lê Thị Hoa" \\
          --note "Đã rút gọn báo cáo chính trị còn 18 trang" -w dong-da
    """
    from congress.services.workflow import acknowledge

    ws = _open(workspace)
    runs = acknowledge(ws, _slug(ws, ward_name), lesson, actor, note)
    click.echo(t("ui.recorded", what=lesson))
    from congress.cli.render_ward import print_rerun

    print_rerun(runs)


@click.group(context_settings=CONTEXT)
def workflow() -> None:
    """Quy trình: các bước và bước chuyển."""


@workflow.command("show", context_settings=CONTEXT)
@click.argument("name", required=False)
@click.option("--ward", "ward_name", help="Đánh dấu bước hiện tại của phường này.")
@workspace_option
@click.option("--mermaid", "as_mermaid", is_flag=True, help="Chỉ in sơ đồ Mermaid.")
@json_option
def workflow_show(
    name: str | None, ward_name: str | None, workspace: Path, as_mermaid: bool, as_json: bool
) -> None:
    """Các bước, bước chuyển và điều kiện của quy trình, kèm sơ đồ Mermaid.

    Không có NAME: quy trình của thư mục làm việc.

    \b
    Ví dụ:
      congress workflow show ward-2024-2029
      congress workflow show -w dong-da --ward o-cho-dua --mermaid
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
    if as_json:
        _echo_json({**definition.model_dump(mode="json"), "current": current, "mermaid": diagram})
    elif as_mermaid:
        click.echo(diagram, nl=False)
    else:
        from congress.cli.render_ward import print_workflow

        print_workflow(definition, current, diagram)
