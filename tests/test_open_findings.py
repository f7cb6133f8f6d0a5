"""The drafts' findings stay on the dashboard and in `district status` until they are fixed, not
only while the ward is at the drafts stage: the drafts check is open from the drafts stage until
the congress is held (`hold_congress` checks the drafts again, after the pilot's lessons).

The ward's own ruleset makes its political report "too long" (a warning, which never blocks), so
the ward moves on past the drafts stage with the warning still due; the warning is shown at every
stage up to the congress, and no more once the report is shortened (here: the limit raised) or
once the congress is held.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from congress.adapters.workspace import load_definition
from congress.services.ward_checks import CHECKS
from tests.cli_helpers import run
from tests.workspace_helpers import PILOT, set_ward, walk_to

WARD = PILOT  # its drafts pass every error rule


def long_report_ruleset(ws: Path, max_pages: int) -> None:
    (ws / "wards" / WARD / "quy-tac-rieng.yaml").write_text(
        yaml.safe_dump(
            {
                "id": "o-cho-dua-2024",
                "version": 1,
                "title": "Quy tắc riêng",
                "term": "2024-2029",
                "extends": "ward-2024-2029",
                "rules": {"report_length_max": {"params": {"max_pages": max_pages}}},
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    set_ward(ws, WARD, ruleset="quy-tac-rieng.yaml")


def ward_of(capsys: pytest.CaptureFixture[str], ws: Path) -> dict[str, Any]:
    result = run(capsys, "district", "status", str(ws), "--json")
    assert result.code == 0, result.err
    wards: dict[str, Any] = {w["slug"]: w for w in result.json()["wards"]}
    return wards[WARD]


def open_rules(ward: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(f["check"], f["rule"], f["severity"]) for f in ward["open_findings"]]


def test_the_drafts_check_is_open_from_the_drafts_stage_until_the_congress() -> None:
    definition = load_definition("ward-2024-2029", set(CHECKS))
    stages = [s.id for s in definition.stages]
    drafts_open = [s for s in stages if "drafts" in definition.open_checks(s)]
    assert drafts_open == ["drafts", "personnel", "pilot"]
    assert definition.open_checks("personnel") == ["drafts", "personnel"]
    assert definition.open_checks("guidance") == []
    assert "drafts" not in definition.open_checks("congress")
    old = load_definition("ward-2024-2029@1", set(CHECKS))  # the older version still loads
    assert [s for s in stages[:4] if "drafts" in old.open_checks(s)] == ["drafts"]


@pytest.mark.workspace("init", wards=["o-cho-dua", "cat-linh"])
def test_the_length_warning_stays_in_view_past_the_drafts_stage(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "4000")  # the table's lines unwrapped
    long_report_ruleset(ws, max_pages=1)
    walk_to(capsys, ws, WARD, "drafts")
    at_drafts = ward_of(capsys, ws)
    assert ("drafts", "report_length_max", "warning") in open_rules(at_drafts)

    walk_to(capsys, ws, WARD, "personnel")  # a warning does not block submit_drafts
    ward = ward_of(capsys, ws)
    assert ward["stage"] == "personnel"
    assert ("drafts", "report_length_max", "warning") in open_rules(ward)
    finding = next(f for f in ward["open_findings"] if f["rule"] == "report_length_max")
    assert "dài hơn mức 1 trang" in finding["message"], finding["message"]
    text = run(capsys, "district", "status", str(ws)).out
    assert f"! {finding['title']}" in text

    html = run(capsys, "district", "run", str(ws)).code
    assert html == 0
    page = (ws / "out" / "dashboard.html").read_text(encoding="utf-8")
    block = page.split('id="h-open"', 1)[1].split('data-ward="cat-linh"', 1)[0]
    assert f'data-ward="{WARD}"' in block and 'data-rule="report_length_max"' in block

    walk_to(capsys, ws, WARD, "pilot")
    assert ("drafts", "report_length_max", "warning") in open_rules(ward_of(capsys, ws))

    # fixed (the limit now fits the report): gone from the district's view
    long_report_ruleset(ws, max_pages=40)
    fixed = ward_of(capsys, ws)
    assert not [f for f in fixed["open_findings"] if f["check"] == "drafts"]
    page = run(capsys, "district", "status", str(ws)).out
    assert f"! {finding['title']}" not in page


@pytest.mark.workspace("init", wards=["o-cho-dua", "cat-linh"])
def test_the_findings_leave_the_view_once_the_congress_is_held(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    long_report_ruleset(ws, max_pages=1)
    walk_to(capsys, ws, WARD, "congress")
    ward = ward_of(capsys, ws)
    assert ward["stage"] == "congress"
    assert not [f for f in ward["open_findings"] if f["check"] == "drafts"]
