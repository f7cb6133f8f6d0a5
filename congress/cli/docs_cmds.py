"""`congress docs render | check | lint`: the congress documents from the ward's data."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from congress.cli.options import CONTEXT, json_option, workspace_option
from congress.cli.ward_cmds import _echo_json, _open, _slug
from congress.i18n import t


@click.group(context_settings=CONTEXT)
def docs() -> None:
    """Congress documents: written from the ward's data, drafts checked, templates checked. Help
    text: congress/messages/help_texts.py.
    """


@docs.command("render", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@click.argument("documents", nargs=-1, metavar="[DOC]...")
@click.option("--force", is_flag=True)
@click.option("--final", is_flag=True)
@click.option("--pdf", "as_pdf", is_flag=True)
@click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False),
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
    """Write the documents (.docx, to open and edit in Word) into out/<ward>/. Help text:
    congress/messages/help_texts.py.
    """
    from congress.adapters.pdf_convert import to_pdf
    from congress.services.documents import TemplateSet, render_ward

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


SOURCE_KEYS = {
    "political": "political_report",
    "review": "review_report",
    "action": "action_programme",
}


@docs.command("check", context_settings=CONTEXT)
@click.argument("ward_name", metavar="WARD")
@workspace_option
@json_option
def docs_check(ward_name: str, workspace: Path, as_json: bool) -> None:
    """Check the drafts and the script: length, sections, member organisations' results,
    targets, action programme, review report repeating the political report, Presidium,
    speeches. Help text: congress/messages/help_texts.py.
    """
    import json

    from congress.services.draft_checks import check_drafts

    ws = _open(workspace, read_only=True)
    report = check_drafts(ws, _slug(ws, ward_name))
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        from congress.cli.render import findings_table, verdict
        from congress.cli.term import make_console, plain

        console = make_console()
        console.print(findings_table(report.findings))
        if report.sources:
            sources = {k: report.sources.get(v, "drafts.yaml") for k, v in SOURCE_KEYS.items()}
            console.print(plain(t("ui.draft_sources", **sources)))
        console.print(verdict(report.findings))
    sys.exit(0 if report.ok else 1)


@docs.command("lint", context_settings=CONTEXT)
@click.argument("templates", nargs=-1, type=click.Path(path_type=Path))
@click.option("--ward", "ward_name")
@click.option(
    "--generated",
    "-g",
    is_flag=True,
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
    """Check document templates: tag syntax, tags split across runs, variables not in the data,
    data tags that cannot be filled, fonts other than Times New Roman, .VnTime/VNI fonts.
    Help text: congress/messages/help_texts.py.
    """
    if generated:
        _lint_generated(workspace, ward_name, as_json)
        return
    from congress.services.doc_lint import lint

    ws = _open(workspace, read_only=True) if ward_name else None
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

    ws = _open(workspace, read_only=True)
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
