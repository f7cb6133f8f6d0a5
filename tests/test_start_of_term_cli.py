"""`congress personnel check WARD --json` with the start-of-term denominator: the officer's
outgoing list marks the members added mid-term, the ruleset chooses `previous_start`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import EXAMPLES, run

PREVIOUS = "uy-ban-nhiem-ky-2019-2024.csv"
ADDED = {5: "x", 12: "15/06/2022", 40: "Có"}  # the data rows (from 1) added mid-term
RULESET = """id: thu-nghiem
version: 1
title: Thử nghiệm
term: 2024-2029
extends: ward-2024-2029
rules:
  re_election_max:
    params:
      denominator: previous_start
"""


def _ward(tmp_path: Path, added: dict[int, str]) -> Path:
    """Ô Chợ Dừa (30 re-elected, 52 outgoing members) with a column «Bổ sung giữa nhiệm kỳ»."""
    folder = tmp_path / "o-cho-dua"
    shutil.copytree(EXAMPLES / "o-cho-dua", folder)
    path = folder / PREVIOUS
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    marked = [lines[0] + ";Bổ sung giữa nhiệm kỳ"]
    marked += [line + ";" + added.get(number, "") for number, line in enumerate(lines[1:], 1)]
    path.write_text("\ufeff" + "\n".join(marked) + "\n", encoding="utf-8")
    (folder / "quy-tac.yaml").write_text(RULESET, encoding="utf-8")
    ward = folder / "ward.yaml"
    text = re.sub(r"(?m)^ruleset: .*", "ruleset: quy-tac.yaml", ward.read_text(encoding="utf-8"))
    ward.write_text(text, encoding="utf-8")
    return folder


def test_the_start_of_term_denominator_in_the_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run(capsys, "personnel", "check", str(_ward(tmp_path, ADDED)), "--json")
    doc = result.json()
    assert doc["denominator"] == "previous_start"
    cap = next(f for f in doc["findings"] if f["rule"] == "re_election_max")
    # 30 of the planned 55 pass (54,55%); of the 49 at the start of the outgoing term they do not
    assert cap["actual"] == {
        "count": 30,
        "of": 49,
        "denominator": "previous_start",
        "percent": 61.22,
        "text": "30/49 (61,22%)",
    }
    assert cap["limit"] == {"kind": "max", "percent": 60, "max_count": 29, "text": "60%"}
    assert cap["ok"] is False and result.code == 1
    assert "mẫu số: số Ủy viên khóa trước đầu nhiệm kỳ" in cap["message"]
    assert "không tính 3 người bổ sung giữa nhiệm kỳ" in cap["message"]
    party = next(f for f in doc["findings"] if f["rule"] == "non_party_min_vs_previous")
    assert party["limit"]["baseline"]["denominator"] == "previous_start"
    assert party["limit"]["baseline"]["of"] == 49
    stats = {m["key"]: m for m in doc["statistics"]}
    assert stats["re_elected"]["share"] == cap["actual"]
    assert stats["women"]["previous"]["of"] == 49
    assert stats["women"]["previous"]["denominator"] == "previous_start"
    assert stats["size"]["previous_count"] == 49


def test_an_unreadable_mid_term_value_exits_2_naming_file_row_and_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = _ward(tmp_path, {**ADDED, 7: "chưa rõ"})
    result = run(capsys, "personnel", "check", str(folder))
    assert result.code == 2, result.out
    assert "Traceback" not in result.err
    assert PREVIOUS in result.err
    assert "dòng 8" in result.err  # the 7th data row, under the header on row 1
    assert "cột K «Bổ sung giữa nhiệm kỳ»" in result.err
    assert "giá trị Bổ sung giữa nhiệm kỳ «chưa rõ» không hợp lệ" in result.err
