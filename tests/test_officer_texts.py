"""An officer who works only in Excel and Word is never sent to a YAML key alone: a finding of
`docs check` on the Word drafts `docs draft` wrote, and the details form as `init` left it, names
the Word table or the Excel sheet beside any YAML key (for the maintainers)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT
from tests.workspace_helpers import cli, ok, walk_to

DONG_DA = ROOT / "examples" / "dong-da" / "wards"

YAML = re.compile(r"\b(?:congress|drafts|ward|tally)\.yaml\b")
OFFICER = ("tệp Word", ".xlsx")


@pytest.mark.workspace("init", wards=("o-cho-dua",), pilot=None, fill=False)
def test_docs_check_on_fresh_word_drafts_names_word_or_excel_beside_yaml(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    ok(capsys, ws, "docs", "draft", "o-cho-dua")
    result = cli(capsys, ws, "docs", "check", "o-cho-dua", "--json")
    assert result.code == 1, result.err  # fresh drafts: placeholders, empty tables, no script
    findings = result.json()["findings"]
    sent_to_yaml = [
        (f["rule"], text)
        for f in findings
        for text in (f["message"], f.get("hint") or "")
        if YAML.search(text) and not any(word in text for word in OFFICER)
    ]
    assert sent_to_yaml == []
    # the rules that did send the officer to YAML are among those that failed here
    failed = {f["rule"] for f in findings if not f["ok"]}
    assert {"targets_assessed", "presidium_tasks_assigned", "residential_programme_present"} <= (
        failed
    )


@pytest.mark.workspace("init", wards=("o-cho-dua",), pilot=None)
def test_history_marks_a_warning_recorded_with_a_move_as_a_warning(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    # Khâm Thiên's political report is long: a warning (report_length_max), no error
    shutil.copy(DONG_DA / "kham-thien" / "drafts.yaml", ws / "wards" / "o-cho-dua" / "drafts.yaml")
    walk_to(capsys, ws, "o-cho-dua", "personnel")
    rows = ok(capsys, ws, "ward", "history", "o-cho-dua", "--json").json()["history"]
    recorded = [f for r in rows for f in r["findings"] if not f["ok"]]
    assert {(f["rule"], f["severity"]) for f in recorded} == {("report_length_max", "warning")}
    shown = ok(capsys, ws, "ward", "history", "o-cho-dua").out
    assert "! Độ dài báo cáo chính trị" in shown
    assert "✘ Độ dài báo cáo chính trị" not in shown
