"""Both sources give the same results: the Ô Chợ Dừa example's YAML converted into the Excel forms
(scripts/yaml_to_forms.py) reads into the same models, yields the same count findings and renders
the same documents, word for word."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from congress.adapters.ward_folder import FileWardFolder
from congress.adapters.yaml_files import load_model
from congress.core.drafts import CongressFile
from tests.cli_helpers import run
from tests.conftest import MakeWorkspace
from tests.docx_helpers import text_of
from tests.form_helpers import to_forms

WARD = "o-cho-dua"
# Rules whose message names the file the figures came from (tally.yaml / kiem-phieu.xlsx).
NAMES_SOURCE = {"double_entry_match", "facts_agree"}


def _stripped(value: Any) -> Any:
    """YAML block text ends with a newline a cell does not keep; nothing else may differ."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    return value


def _findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in f.items() if not (k == "message" and f["rule"] in NAMES_SOURCE)}
        for f in report["findings"]
    ]


@pytest.fixture
def pair(make_workspace: MakeWorkspace, tmp_path: Path) -> tuple[Path, Path]:
    """The examples workspace twice: with its YAML, and with the same data in the forms."""
    yaml_ws = make_workspace()
    form_ws = tmp_path / "forms"
    shutil.copytree(yaml_ws, form_ws)
    written = to_forms(form_ws / "wards" / WARD, keep=tmp_path / "kept")
    assert {p.name for p in written} == {"thong-tin-dai-hoi.xlsx", "kiem-phieu.xlsx"}
    assert not (form_ws / "wards" / WARD / "congress.yaml").exists()
    return yaml_ws, form_ws


def test_the_forms_read_into_the_same_models(pair: tuple[Path, Path]) -> None:
    yaml_ws, form_ws = pair
    from_yaml = FileWardFolder.at(yaml_ws / "wards" / WARD)
    from_form = FileWardFolder.at(form_ws / "wards" / WARD)
    assert from_form.source("congress") == "thong-tin-dai-hoi.xlsx"
    assert from_form.source("tally") == "kiem-phieu.xlsx «Nhập lần 1»"
    assert _stripped(from_form.congress().model_dump()) == _stripped(
        load_model(yaml_ws / "wards" / WARD / "congress.yaml", CongressFile).model_dump()
    )
    assert from_form.tally().model_dump() == from_yaml.tally().model_dump()
    assert from_form.second_tally() is None  # «Nhập lần 2» left blank: no tally-ban-2.yaml


def test_the_same_count_findings_and_results(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    reports = [run(capsys, "tally", WARD, "-w", str(w), "--json") for w in pair]
    assert [r.code for r in reports] == [0, 0]
    by_yaml, by_form = (r.json() for r in reports)
    assert _findings(by_form) == _findings(by_yaml)
    assert by_form["results"] == by_yaml["results"]
    assert by_form["journal"] == by_yaml["journal"]
    assert len(by_yaml["results"]["lists"][0]["chosen"]) == 53  # a real result was compared
    double = next(f for f in by_form["findings"] if f["rule"] == "double_entry_match")
    assert "kiem-phieu.xlsx «Nhập lần 1»" in double["message"]


def test_the_same_documents_word_for_word(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    texts = []
    for workspace in pair:
        result = run(capsys, "docs", "render", WARD, "-w", str(workspace))
        assert result.code == 0, result.err
        out = workspace / "out" / WARD
        texts.append({p.name: text_of(Document(str(p))) for p in sorted(out.glob("*.docx"))})
    by_yaml, by_form = texts
    assert len(by_yaml) >= 10
    assert by_form == by_yaml
    minutes = next(t for name, t in by_form.items() if name.startswith("bien-ban-kiem-phieu"))
    assert "Nguyễn Công Tài" in minutes  # the counting board, read from the form
    # congress.yaml gives no date for the resolution: it is dated the congress day, not «ngày …»
    assert "Ô Chợ Dừa, ngày 12 tháng 01 năm 2024" in by_form["nghi-quyet.docx"]
