"""A fact is asked only by the stage that needs it (issue 12): `ward.yaml` without `planned_size`
does not block the drafts stage nor the count; the rules that use it say «chưa kiểm tra»."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import EXAMPLES, run
from tests.workspace_helpers import cli, walk_to

WARD = "o-cho-dua"


@pytest.mark.workspace("init", wards=(WARD,), pilot=None, fill=False)
def test_no_planned_size_blocks_neither_the_drafts_stage_nor_the_count(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """As `init` leaves it (planned_size: null), with the drafts and the count filled in."""
    folder = ws / "wards" / WARD
    assert "planned_size: null" in (folder / "ward.yaml").read_text(encoding="utf-8")
    for name in ("drafts.yaml", "congress.yaml", "tally.yaml"):
        shutil.copy(EXAMPLES / WARD / name, folder / name)
    walk_to(capsys, ws, WARD, "drafts")
    check = cli(capsys, ws, "ward", "check", WARD)
    assert check.code in (0, 1), check.err  # the drafts' own verdict, not a config error
    assert "planned_size" not in check.out + check.err
    tally = cli(capsys, ws, "tally", WARD)
    assert tally.code == 0, tally.err
    assert "planned_size" not in tally.out + tally.err


@pytest.mark.workspace("init", wards=(WARD,), pilot=None)
def test_the_rules_that_use_the_planned_size_say_not_checked_without_it(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = ws / "wards" / WARD
    text = (folder / "ward.yaml").read_text(encoding="utf-8")
    (folder / "ward.yaml").write_text(text.replace("planned_size: 55", "planned_size: null"))
    result = run(capsys, "personnel", "check", str(folder), "--json")
    assert result.code == 1, result.err  # error-level rules not checked: not a pass (issue 12)
    doc = result.json()
    assert doc["ok"] is False
    assert doc["planned_size"] is None
    findings = {f["rule"]: f for f in doc["findings"]}
    for rule in ("committee_size_range", "re_election_max"):  # the default denominator: planned
        assert findings[rule]["status"] == "not_checked", findings[rule]
        assert "planned_size" in findings[rule]["message"]
        # the officer is sent to the cell of the details form, not to the YAML key alone
        assert "«Số lượng Ủy viên Ủy ban khóa mới dự kiến»" in findings[rule]["message"]
        assert "thong-tin-dai-hoi.xlsx" in findings[rule]["message"]
    assert findings["non_party_min_vs_previous"]["status"] == "passed"  # out of those proposed
    shown = " ".join(run(capsys, "personnel", "check", str(folder)).out.split())
    assert "số lượng dự kiến chưa có" in shown and "CHƯA ĐỦ DỮ LIỆU" in shown
