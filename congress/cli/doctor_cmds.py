"""`congress doctor`: verify the state database (hash chain of the history, wards, triggers)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from congress.cli.options import CONTEXT, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json
from congress.i18n import get_lang, t


@click.command("doctor", context_settings=CONTEXT)
@workspace_option
@json_option
def doctor(workspace: Path, as_json: bool) -> None:
    """Kiểm tra cơ sở dữ liệu trạng thái có bị sửa ngoài chương trình không: chuỗi băm của toàn
    bộ lịch sử, bước của từng phường so với lần chuyển bước cuối, bảo vệ chỉ-ghi-thêm.

    Mã thoát: 0 nguyên vẹn, 1 đã bị sửa (in từng điều đã thấy), 2 không mở được.

    \b
    Ví dụ:
      congress doctor -w dong-da
    """
    from congress.adapters.store import open_store
    from congress.adapters.workspace import locate, state_db
    from congress.services.doctor import examine

    store = open_store(state_db(locate(workspace)), create=False, verify=False)
    path = store.location  # the file, or the PostgreSQL server and database
    try:
        report = examine(store, get_lang())
    finally:
        store.close()
    if as_json:
        _echo_json({"ok": report.ok, "database": path, "problems": report.problems,
                    "history_rows": report.history_rows, "wards": report.wards})  # fmt: skip
    elif report.ok:
        click.echo(t("doctor.sound", path=path, rows=report.history_rows, wards=report.wards))
    else:
        click.echo(t("doctor.unsound", path=path, count=len(report.problems)))
        for problem in report.problems:
            click.echo(f"✘ {problem}")
    sys.exit(0 if report.ok else 1)
