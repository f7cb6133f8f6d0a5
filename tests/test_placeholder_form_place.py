"""A document's «[CẦN VIẾT: …]» points the officer to the row of the Excel details form
(`thong-tin-dai-hoi.xlsx`) first, the congress.yaml section after (for maintainers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.cli_helpers import run


@pytest.mark.workspace("init", fill=False)
def test_placeholders_name_the_form_row_the_officer_fills(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "docs", "render", "Ô Chợ Dừa", "de_an_nhan_su", "ke_hoach", "-w", str(ws))
    assert result.code == 0, result.err
    out = ws / "out" / "o-cho-dua"
    text = "\n".join(
        p.text for name in ("de-an-nhan-su.docx", "ke-hoach.docx")
        for p in Document(str(out / name)).paragraphs
    )  # fmt: skip
    standards = (
        "[CẦN VIẾT: tiêu chuẩn Ủy viên Ủy ban (biểu mẫu thong-tin-dai-hoi.xlsx, trang «Thông tin"
        " chung», dòng «Đề án nhân sự: tiêu chuẩn»; hoặc tệp congress.yaml, mục Đề án nhân sự -"
        " tiêu chuẩn)]"
    )
    assert standards in text
    rows = re.findall(r"\[CẦN VIẾT: [^\]]*dòng «([^»]+)»[^\]]*\]", text)
    assert len(rows) >= 8  # purposes, requirements, 4 plan parts, grounds, standards
    for placeholder in re.findall(r"\[CẦN VIẾT: [^\]]*congress\.yaml[^\]]*\]", text):
        assert placeholder.index("thong-tin-dai-hoi.xlsx") < placeholder.index("congress.yaml")
    # every row named is a row of the form the officer was given
    book = load_workbook(ws / "wards" / "o-cho-dua" / "thong-tin-dai-hoi.xlsx")
    labels = {c.value for c in book["Thông tin chung"]["A"] if c.value}
    assert set(rows) <= labels, set(rows) - labels
