"""`congress ward forms`: (re)write a ward's Excel forms, pre-filled with what the tool knows.

Registered on the `ward` group by `congress.cli.main`.
"""

from __future__ import annotations

from pathlib import Path

import click

from congress.cli.options import CONTEXT, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json, _open, _slug, ward


@ward.command("forms", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.option("--force", is_flag=True, help="Ghi đè cả mẫu đã có (mất số liệu đã nhập trong đó).")
@workspace_option
@json_option
def ward_forms(ward_name: str, force: bool, workspace: Path, as_json: bool) -> None:
    """Tạo mẫu Excel thông tin Đại hội (thong-tin-dai-hoi.xlsx) và phiếu nhập số liệu kiểm
    phiếu (kiem-phieu.xlsx) cho phường, điền sẵn những gì đã biết: tên phường, ngày Đại hội,
    Ban Kiểm phiếu, các tổ chức thành viên và khu dân cư, họ tên những người trong danh sách dự
    kiến. Mẫu đã có được giữ nguyên, trừ khi thêm --force.

    \b
    Ví dụ:
      congress ward forms thanh-cong -w dong-da
      congress ward forms thanh-cong --force -w dong-da
    """
    from congress.i18n import t
    from congress.services.forms import write_ward_forms

    ws = _open(workspace)
    written = write_ward_forms(ws, _slug(ws, ward_name), force=force)
    if as_json:
        _echo_json({"ok": True, "written": [str(p) for p in written]})
        return
    for path in written:
        click.echo(t("forms.written", path=str(path)))
    if not written:
        click.echo(t("forms.none_written"))
