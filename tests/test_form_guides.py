"""The «Hướng dẫn» sheets of the forms `init` writes speak to the officer: which other form and
sheet must agree; YAML files only in the last line, for maintainers."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook


def _guide(path: Path) -> list[str]:
    sheet = load_workbook(path)["Hướng dẫn"]
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value]


@pytest.mark.workspace("init", fill=False)
@pytest.mark.parametrize(
    ("form", "other"),
    [("thong-tin-dai-hoi.xlsx", "kiem-phieu.xlsx"), ("kiem-phieu.xlsx", "thong-tin-dai-hoi.xlsx")],
)
def test_guide_names_the_other_form_and_yaml_last(ws: Path, form: str, other: str) -> None:
    lines = _guide(ws / "wards" / "o-cho-dua" / form)
    text = "\n".join(lines)
    assert other in text  # which form must agree with this one
    assert "Mẫu này thay cho" not in text
    with_yaml = [i for i, line in enumerate(lines) if ".yaml" in line]
    assert with_yaml == [len(lines) - 1], [lines[i] for i in with_yaml]
    assert "người bảo trì" in lines[-1]
