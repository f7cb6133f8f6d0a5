"""The `congress` command: parse, call one use case, print. Heavy imports stay inside commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from congress import __version__
from congress.errors import CongressError, Problem
from congress.i18n import get_lang, set_lang, t

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    envvar="CONGRESS_LANG",
    help="Ngôn ngữ thông báo: vi (mặc định) hoặc en.",
)
@click.version_option(__version__, prog_name="congress", help="In số phiên bản rồi thoát.")
def cli(lang: str | None) -> None:
    """Chuẩn bị Đại hội MTTQ Việt Nam cấp phường: kiểm tra đề án nhân sự, quy trình, văn kiện.

    \b
    Ví dụ:
      congress personnel check examples/wards/o-cho-dua
      congress personnel form danh-sach.xlsx
    """
    if lang is not None:
        set_lang(lang)


@cli.group(context_settings=CONTEXT)
def personnel() -> None:
    """Đề án nhân sự: kiểm tra danh sách dự kiến, tạo mẫu danh sách."""


@personnel.command("check", context_settings=CONTEXT)
@click.argument("ward_dir", required=False, type=click.Path(path_type=Path))
@click.option("--proposed", type=click.Path(path_type=Path), help="Danh sách dự kiến (.xlsx/.csv).")
@click.option("--previous", type=click.Path(path_type=Path), help="Danh sách Ủy ban khóa trước.")
@click.option("--planned-size", type=click.IntRange(min=1), help="Số lượng Ủy viên dự kiến.")
@click.option(
    "--ruleset",
    help="Bộ quy tắc: tên có sẵn hoặc đường dẫn tệp .yaml. Mặc định: khóa ruleset của "
    "ward.yaml, hoặc ward-2024-2029.",
)
@click.option("--people", "show_people", is_flag=True, help="In cả danh sách người dự kiến.")
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON (cho script).")
def personnel_check(
    ward_dir: Path | None,
    proposed: Path | None,
    previous: Path | None,
    planned_size: int | None,
    ruleset: str | None,
    show_people: bool,
    as_json: bool,
) -> None:
    """Kiểm tra đề án nhân sự theo bộ quy tắc (tỷ lệ tái cử, ngoài Đảng, cơ cấu…).

    Chỉ một thư mục phường (có ward.yaml), hoặc chỉ các tệp. Mã thoát: 0 đạt (có thể có
    cảnh báo), 1 có lỗi theo quy tắc, 2 dữ liệu vào không dùng được.

    \b
    Ví dụ:
      congress personnel check examples/wards/o-cho-dua
      congress personnel check --proposed moi.xlsx --previous cu.xlsx --planned-size 55
    """
    from congress.adapters.people_reader import read_people
    from congress.adapters.rulebook_files import load_rulebook
    from congress.adapters.ward_folder import FileWardFolder
    from congress.services.personnel import (
        DEFAULT_RULESET,
        PersonnelSources,
        check_files,
        check_ward,
    )

    sources = PersonnelSources(read_people, load_rulebook)
    if (ward_dir is None) == (proposed is None):
        raise CongressError(Problem("cli.ward_or_files"))
    if ward_dir is not None:
        # --ruleset names a bundled ruleset or a file from here, not from the ward's folder
        override = (lambda: load_rulebook(ruleset)) if ruleset is not None else None
        report = check_ward(FileWardFolder.at(ward_dir), get_lang(), rulebook=override)
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
@click.option("--ruleset", default="ward-2024-2029", show_default=True, help="Bộ quy tắc.")
@click.option(
    "--ward",
    "ward_dir",
    type=click.Path(path_type=Path),
    help="Thư mục phường: thêm tổ chức thành viên và khu dân cư vào danh sách chọn.",
)
@click.option("--force", is_flag=True, help="Ghi đè nếu tệp đã có.")
def personnel_form(output: Path, ruleset: str, ward_dir: Path | None, force: bool) -> None:
    """Tạo mẫu danh sách nhân sự (.xlsx) trống, có danh sách chọn và dòng hướng dẫn.

    \b
    Ví dụ:
      congress personnel form du-kien-nhan-su.xlsx
      congress personnel form du-kien-nhan-su.xlsx --ward examples/wards/o-cho-dua
    """
    from congress.adapters.ward_folder import FileWardFolder
    from congress.services.forms import write_personnel_form

    ward = FileWardFolder(ward_dir.name, ward_dir) if ward_dir is not None else None
    path = write_personnel_form(output, ruleset, ward, force=force)
    click.echo(t("form.written", path=path))


def _register_workflow_commands() -> None:
    from congress.cli.district_cmds import district
    from congress.cli.docs_cmds import docs
    from congress.cli.doctor_cmds import doctor
    from congress.cli.reopen_cmds import ward_reopen  # noqa: F401  (registers `ward reopen`)
    from congress.cli.tally_cmds import tally
    from congress.cli.ward_cmds import init, ward, workflow

    cli.add_command(district)
    cli.add_command(docs)
    cli.add_command(doctor)
    cli.add_command(init)
    cli.add_command(tally)
    cli.add_command(ward)
    cli.add_command(workflow)


def _translate_help_option(command: click.Command) -> None:
    """Click's own `--help` text, in the process language, on every command."""
    original = command.get_help_option

    def get_help_option(ctx: click.Context) -> click.Option | None:
        option = original(ctx)
        if option is not None:
            option.help = t("cli.help_option")
        return option

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    for sub in getattr(command, "commands", {}).values():
        _translate_help_option(sub)


_register_workflow_commands()
_translate_help_option(cli)


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
