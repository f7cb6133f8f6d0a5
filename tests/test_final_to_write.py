"""A final copy is never written with «[CẦN VIẾT: …]» in it, and `docs lint --generated` finds
one left in a final document (a draft marked «DỰ THẢO» may keep them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.cli_helpers import run


def _empty_report(ws: Path) -> None:
    (ws / "wards" / "van-mieu" / "drafts.yaml").write_text(
        'political_report:\n  introduction: ""\n', encoding="utf-8"
    )


def test_final_with_parts_to_write_is_refused(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    _empty_report(ws)
    result = run(
        capsys, "docs", "render", "van-mieu", "bao_cao_chinh_tri", "--final", "-w", str(ws)
    )
    assert result.code == 1
    assert "bao-cao-chinh-tri.docx" in result.err
    assert "[CẦN VIẾT: phần mở đầu]" in result.err
    assert "[CẦN VIẾT: phần kết luận]" in result.err
    assert "--final" in result.err
    assert not (ws / "out" / "van-mieu" / "bao-cao-chinh-tri.docx").exists()


def test_final_of_a_complete_document_is_written(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(
        capsys, "docs", "render", "o-cho-dua", "bao_cao_chinh_tri", "--final", "-w", str(ws)
    )
    assert result.code == 0, result.err
    assert (ws / "out" / "o-cho-dua" / "bao-cao-chinh-tri.docx").exists()


def test_lint_finds_parts_to_write_in_a_final_copy_not_in_a_draft(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    _empty_report(ws)
    assert run(capsys, "docs", "render", "van-mieu", "bao_cao_chinh_tri", "-w", str(ws)).code == 0
    lint = ("docs", "lint", "--generated", "-w", str(ws), "--ward", "van-mieu", "--json")
    draft = run(capsys, *lint)
    assert "to_write" not in draft.out  # the draft («DỰ THẢO») may keep them

    path = ws / "out" / "van-mieu" / "bao-cao-chinh-tri.docx"
    document = Document(str(path))  # the officer deletes the «DỰ THẢO» mark by hand
    for paragraph in document.paragraphs + [
        p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs
    ]:
        for r in paragraph.runs:
            r.text = r.text.replace("DỰ THẢO", "")
    document.save(str(path))
    final = run(capsys, *lint)
    assert final.code == 1
    assert "to_write" in final.out
    assert "phần mở đầu" in final.out
