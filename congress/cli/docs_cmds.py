"""`congress docs render | check | lint`: the congress documents from the ward's data."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from congress.cli.ward_cmds import CONTEXT, _echo_json, _open, _slug, json_option, workspace_option
from congress.i18n import t


@click.group(context_settings=CONTEXT)
def docs() -> None:
    """Văn kiện Đại hội: tạo từ dữ liệu của phường, kiểm tra dự thảo, kiểm tra mẫu."""


@docs.command("render", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("documents", nargs=-1, metavar="[DOC]...")
@click.option("--force", is_flag=True, help="Ghi đè cả tệp đã được sửa sau khi tạo.")
@click.option("--final", is_flag=True, help="Bản chính thức (không in «DỰ THẢO»).")
@click.option("--pdf", "as_pdf", is_flag=True, help="Xuất thêm PDF (cần LibreOffice).")
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
    help="Thư mục mẫu riêng (mặc định: mẫu có sẵn).",
)
@workspace_option
@json_option
def docs_render(
    ward_name: str,
    documents: tuple[str, ...],
    force: bool,
    final: bool,
    as_pdf: bool,
    templates: Path | None,
    workspace: Path,
    as_json: bool,
) -> None:
    """Tạo văn kiện (.docx, mở và sửa được bằng Word) vào out/<phường>/.

    Không bao giờ ghi đè tệp cán bộ đã sửa: bản mới được ghi bên cạnh (trừ khi --force).
    DOC: ke_hoach, bao_cao_chinh_tri, chuong_trinh_hanh_dong, bao_cao_kiem_diem,
    de_an_nhan_su, to_trinh, chuong_trinh_dai_hoi, kich_ban, danh_sach_doan_dai_bieu,
    bien_ban, nghi_quyet (mặc định: tất cả).

    \b
    Ví dụ:
      congress docs render o-cho-dua -w examples
      congress docs render o-cho-dua bao_cao_chinh_tri --pdf -w examples
    """
    from congress.services.documents import TemplateSet, render_ward, to_pdf

    ws = _open(workspace)
    slug = _slug(ws, ward_name)
    results = render_ward(
        ws,
        slug,
        list(documents) or None,
        templates=TemplateSet(templates) if templates else None,
        force=force,
        draft=not final,
    )
    pdfs = [to_pdf(r.path) for r in results] if as_pdf else []
    if as_json:
        _echo_json(
            {
                "ward": slug,
                "documents": [
                    {"doc": r.doc, "path": str(r.path), "action": r.action,
                     "edited": str(r.edited) if r.edited else None}
                    for r in results
                ],
                "pdf": [str(p) for p in pdfs],
            }
        )  # fmt: skip
        return
    for r in results:
        if r.action == "beside":
            click.echo(t("ui.doc_beside", edited=r.edited, path=r.path))
        else:
            click.echo(t(f"ui.doc_{r.action}", path=r.path))
    for pdf in pdfs:
        click.echo(t("ui.pdf_written", path=pdf))


DRAFT_ACTIONS = {
    "written": "ui.draft_written",
    "refreshed": "ui.draft_refreshed",
    "unchanged": "ui.draft_unchanged",
    "kept": "ui.draft_kept",
    "beside": "ui.draft_beside",
}


@docs.command("draft", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.option(
    "--force",
    is_flag=True,
    help="Dự thảo đã được sửa: ghi bản mới bên cạnh để đối chiếu (không bao giờ ghi đè).",
)
@workspace_option
@json_option
def docs_draft(ward_name: str, force: bool, workspace: Path, as_json: bool) -> None:
    """Tạo dự thảo Báo cáo chính trị, Báo cáo kiểm điểm, Chương trình hành động (.docx, viết
    tiếp bằng Word) vào wards/<phường>/van-kien/.

    Điền sẵn những gì đã biết: tiêu đề, quốc hiệu, các phần theo thứ tự (là Heading trong Word),
    bảng chỉ tiêu nghị quyết nhiệm kỳ trước với kết quả và đánh giá, một mục cho mỗi tổ chức
    thành viên, Chương trình xây dựng khu dân cư với các dòng chỉ tiêu; chỗ còn phải viết ghi
    «[CẦN VIẾT: …]». Dự thảo đã được sửa thì giữ nguyên, không bao giờ ghi đè.

    Mã thoát: 0 xong, 2 không ghi được (phường không có, tệp đang mở trong Word…).

    \b
    Ví dụ:
      congress docs draft o-cho-dua -w examples
      congress docs draft "Ô Chợ Dừa"
    """
    from congress.services.drafts_word import write_drafts

    ws = _open(workspace)
    slug = _slug(ws, ward_name)
    results = write_drafts(ws, slug, force=force)
    root = ws.files.root

    def shown(path: Path | None) -> str | None:
        return str(path.relative_to(root)) if path is not None else None

    if as_json:
        _echo_json(
            {
                "ward": slug,
                "drafts": [
                    {"doc": r.doc, "path": shown(r.path), "action": r.action,
                     "edited": shown(r.edited)}
                    for r in results
                ],
            }
        )  # fmt: skip
        return
    for r in results:
        click.echo(t(DRAFT_ACTIONS[r.action], path=shown(r.path), edited=shown(r.edited)))
    click.echo(t("ui.draft_next", ward=slug))


@docs.command("check", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@workspace_option
@json_option
def docs_check(ward_name: str, workspace: Path, as_json: bool) -> None:
    """Kiểm tra dự thảo văn kiện và kịch bản: độ dài, đủ phần, kết quả tổ chức thành viên,
    chỉ tiêu, chương trình hành động, trùng lặp báo cáo kiểm điểm, Đoàn Chủ tịch, tham luận.

    Mã thoát: 0 đạt (có thể có cảnh báo), 1 có lỗi, 2 dữ liệu không đọc được.

    \b
    Ví dụ:
      congress docs check van-mieu -w examples
    """
    import json

    from congress.services.draft_checks import check_drafts

    ws = _open(workspace, read_only=True)
    report = check_drafts(ws, _slug(ws, ward_name))
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        from congress.cli.render import findings_table
        from congress.cli.term import make_console, plain

        console = make_console()
        console.print(findings_table(report.findings))
        key = "ui.verdict_ok" if report.ok else "ui.verdict_fail"
        errors = sum(1 for f in report.findings if f.blocking)
        warnings = sum(1 for f in report.findings if not f.ok and not f.blocking)
        console.print(plain(t(key, errors=errors, warnings=warnings)))
    sys.exit(0 if report.ok else 1)


@docs.command("lint", context_settings=CONTEXT)
@click.argument("templates", nargs=-1, type=click.Path(path_type=Path))
@click.option("--ward", "ward_name", help="Kiểm tra thêm: dữ liệu của phường này điền được mẫu.")
@click.option(
    "--generated",
    "-g",
    is_flag=True,
    help="Kiểm tra văn bản ĐÃ TẠO trong out/ (mọi phường và của quận; với --ward: một phường).",
)
@workspace_option
@json_option
def docs_lint(
    templates: tuple[Path, ...],
    ward_name: str | None,
    generated: bool,
    workspace: Path,
    as_json: bool,
) -> None:
    """Kiểm tra mẫu văn kiện: cú pháp thẻ, thẻ bị tách qua nhiều run, biến không có trong dữ
    liệu, thẻ dữ liệu không điền được, phông không phải Times New Roman, phông .VnTime/VNI.

    Với --generated: kiểm tra các văn bản đã tạo (out/<phường>/*.docx và out/*.docx của quận) như
    cán bộ đọc duyệt: từ chỉ cấp sai đơn vị (level_word), mã tiếng Anh còn sót (english), số trên
    999 chưa tách hàng nghìn (number), «…» còn để trống dù đã có dữ liệu (ellipsis), địa danh ở
    dòng ngày tháng (place), dòng ký không khớp cơ quan ban hành (signature, signature_chair).

    Mã thoát: 0 đạt, 1 có lỗi, 2 tệp không đọc được hoặc chưa có văn bản nào.

    \b
    Ví dụ:
      congress docs lint
      congress docs lint mau/bao-cao-chinh-tri.docx --ward o-cho-dua -w examples
      congress docs lint --generated -w examples/dong-da
      congress docs lint --generated --ward o-cho-dua -w examples --json
    """
    if generated:
        _lint_generated(workspace, ward_name, as_json)
        return
    from congress.services.doc_lint import lint

    ws = _open(workspace) if ward_name else None
    results = lint(list(templates) or None, ws, _slug(ws, ward_name) if ws and ward_name else None)
    failed = any(issue.error for _, issues in results for issue in issues)
    if as_json:
        _echo_json(
            {
                "ok": not failed,
                "templates": [
                    {"template": str(path),
                     "issues": [{"key": i.key, "error": i.error, "message": t(i.key, **i.params)} for i in issues]}
                    for path, issues in results
                ],
            }
        )  # fmt: skip
    else:
        for path, issues in results:
            if not issues:
                click.echo(t("lint.ok", template=path.name))
            for issue in issues:
                mark = "✘" if issue.error else "!"
                click.echo(f"{mark} {path.name}: {t(issue.key, **issue.params)}")
    sys.exit(1 if failed else 0)


def _lint_generated(workspace: Path, ward_name: str | None, as_json: bool) -> None:
    """`docs lint --generated`: the generated documents, exit 1 on any finding."""
    from congress.services.doc_lint import describe, lint_generated

    ws = _open(workspace)
    results = lint_generated(ws, _slug(ws, ward_name) if ward_name else None)
    failed = [r for r in results if r.findings]
    if as_json:
        _echo_json(
            {
                "ok": not failed,
                "documents": [
                    {"path": str(r.path), "findings": [describe(f) for f in r.findings]}
                    for r in results
                ],
            }
        )
    else:
        for r in results:
            for f in r.findings:
                d = describe(f)
                click.echo(f"✘ {r.path}, {d['where']} [{d['rule']}] «{d['quote']}»: {d['message']}")
                click.echo(f"    → {d['hint']}")
        findings = sum(len(r.findings) for r in results)
        click.echo(
            t(
                "lint.generated_summary",
                documents=len(results),
                findings=findings,
                failed=len(failed),
            )
        )
    sys.exit(1 if failed else 0)
