"""Not checked is not passed (issue 12): an error-level rule that could not read its data stops
the check (exit 1, `ok: false`) and the workflow transition it guards, like a failed one, until
the data is supplied or the Standing Committee grants an exception; a warning not checked never
blocks. Through the CLI, on real xlsx files and the SQLite state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from congress.core.findings import Finding, Severity, Status, any_blocking
from tests.cli_helpers import run
from tests.workspace_helpers import cli, fulfil, history, ok, stage_of, transitions, walk_to

PROPOSED_XLSX = "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
PARTY_CELL = (4, 7)  # «Đảng viên» in Ô Chợ Dừa's proposed list
RULE = "non_party_min_vs_previous"
SLUG = "o-cho-dua"
HEADER = "Thành viên ĐCSVN"


def _unrecognised_party_column(ws: Path, slug: str = SLUG) -> None:
    """The Party column headed «Thành viên ĐCSVN»: a header the reader does not recognise
    («Đảng?» is read as «Đảng»: punctuation is set aside)."""
    path = ws / "wards" / slug / PROPOSED_XLSX
    book = openpyxl.load_workbook(path)
    cell = book.worksheets[0].cell(*PARTY_CELL)
    assert cell.value == "Đảng viên", "the example's Party column moved"
    cell.value = HEADER
    book.save(path)


def _by_rule(findings: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["rule"]: f for f in findings}


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- the one rule: Finding.blocking -------------------------------------------------------------


@pytest.mark.parametrize(
    ("severity", "status", "blocks"),
    [
        (Severity.ERROR, Status.PASSED, False),
        (Severity.ERROR, Status.FAILED, True),
        (Severity.ERROR, Status.NOT_CHECKED, True),
        (Severity.WARNING, Status.PASSED, False),
        (Severity.WARNING, Status.FAILED, False),
        (Severity.WARNING, Status.NOT_CHECKED, False),
    ],
)
def test_what_blocks(severity: Severity, status: Status, blocks: bool) -> None:
    finding = Finding(
        rule="r", ok=status is not Status.FAILED, severity=severity, status=status, title="R",
        actual={}, limit={}, people=[], message="m", hint=None, basis="",
    )  # fmt: skip
    assert finding.blocking is blocks
    assert any_blocking([finding]) is blocks
    # the finding keeps its own verdict: a rule not checked did not fail
    assert finding.ok is (status is not Status.FAILED)


# -- the check commands -------------------------------------------------------------------------


def test_personnel_check_with_an_unrecognised_party_column_exits_1(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = str(ws / "wards" / SLUG)
    assert run(capsys, "personnel", "check", folder).code == 0  # the example as it is passes
    _unrecognised_party_column(ws)
    result = run(capsys, "personnel", "check", folder, "--json")
    assert result.code == 1, result.err
    doc = result.json()
    assert doc["ok"] is False
    party = _by_rule(doc["findings"])[RULE]
    assert (party["status"], party["severity"], party["ok"]) == ("not_checked", "error", True)
    assert f"«{HEADER}»" in party["message"]
    # nothing else stands in the way: the exit code is the unchecked rule's alone
    assert [f["rule"] for f in doc["findings"] if f["status"] == "failed"] == []

    shown = run(capsys, "personnel", "check", folder)
    assert shown.code == 1
    text = _flat(shown.out)
    assert "CHƯA ĐỦ DỮ LIỆU ĐỂ KẾT LUẬN" in text and "Chưa thể chuyển bước" in text
    assert "Tỷ lệ ngoài Đảng" in text.split("CHƯA ĐỦ DỮ LIỆU")[1]
    assert "ĐẠT: không có lỗi" not in text


@pytest.mark.workspace("init")
def test_a_warning_not_checked_never_blocks_a_move(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """Cát Linh's list without its «Tái cử/Mới» column: the warning that compares that column
    with the outgoing list is not checked, and the scheme passes all the same."""
    slug = "cat-linh"
    path = ws / "wards" / slug / PROPOSED_XLSX
    book = openpyxl.load_workbook(path)
    assert book.worksheets[0]["K4"].value == "Tái cử/Mới", "the example's columns moved"
    book.worksheets[0].delete_cols(11)
    book.save(path)
    doc = run(capsys, "personnel", "check", str(ws / "wards" / slug), "--json")
    assert doc.code == 0 and doc.json()["ok"] is True
    unchecked = [f for f in doc.json()["findings"] if f["status"] == "not_checked"]
    assert [(f["rule"], f["severity"]) for f in unchecked] == [
        ("status_column_consistent", "warning")
    ]
    walk_to(capsys, ws, slug, "personnel")
    fulfil(capsys, ws, slug, "approve_personnel")
    view = cli(capsys, ws, "ward", "check", slug, "--json")
    assert view.code == 0 and view.json()["next"][0]["blocking"] == []
    moved = cli(capsys, ws, "ward", "advance", slug, "approve_personnel", "--by", "Nguyễn Văn An")
    assert moved.code == 0, moved.out
    assert stage_of(capsys, ws, slug) == "pilot"


# -- the workflow: refused, then an exception -----------------------------------------------------


@pytest.mark.workspace("init")
def test_the_scheme_is_refused_on_an_unchecked_rule_until_an_exception(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    walk_to(capsys, ws, SLUG, "personnel")
    fulfil(capsys, ws, SLUG, "approve_personnel")
    assert ok(capsys, ws, "ward", "check", SLUG).code == 0  # ready with the list as it was
    _unrecognised_party_column(ws)
    before = history(capsys, ws, SLUG)

    checked = cli(capsys, ws, "ward", "check", SLUG, "--json")
    assert checked.code == 1 and checked.json()["ok"] is False
    blocking = checked.json()["next"][0]["blocking"]
    assert [(f["rule"], f["status"]) for f in blocking] == [(RULE, "not_checked")]
    text = _flat(cli(capsys, ws, "ward", "check", SLUG).out)
    assert "Tỷ lệ ngoài Đảng — chưa kiểm tra:" in text and f"«{HEADER}»" in text
    assert f"congress ward exception {SLUG} {RULE}" in text

    refused = cli(capsys, ws, "ward", "advance", SLUG, "approve_personnel", "--by", "Nguyễn Văn An")
    assert refused.code == 1
    text = _flat(refused.out)
    assert "TỪ CHỐI «Thông qua đề án nhân sự» cho phường Ô Chợ Dừa" in text
    assert "Tỷ lệ ngoài Đảng — chưa kiểm tra:" in text
    assert "Bổ sung cột hoặc tệp còn thiếu" in text
    assert f"congress ward exception {SLUG} {RULE}" in text
    assert stage_of(capsys, ws, SLUG) == "personnel"
    assert history(capsys, ws, SLUG) == before  # a refusal writes nothing

    reason, document = "Phường mới sau sắp xếp, chưa có nhiệm kỳ trước", "Số 31/CV-MTTQ"
    ok(capsys, ws, "ward", "exception", SLUG, RULE, "--by", "Lê Thị Hoa", "--reason", reason,
       "--document", document)  # fmt: skip
    view = ok(capsys, ws, "ward", "check", SLUG, "--json").json()["next"][0]
    assert view["blocking"] == []
    assert [e["finding"]["rule"] for e in view["excepted"]] == [RULE]
    assert view["excepted"][0]["finding"]["status"] == "not_checked"

    moved = cli(capsys, ws, "ward", "advance", SLUG, "approve_personnel", "--by", "Nguyễn Văn An")
    assert moved.code == 0, moved.out
    assert f"Cho qua theo ngoại lệ: Tỷ lệ ngoài Đảng (Lê Thị Hoa, văn bản {document})" in _flat(
        moved.out
    )
    assert stage_of(capsys, ws, SLUG) == "pilot"
    rows = history(capsys, ws, SLUG)
    grant = next(r for r in rows if r["kind"] == "exception")
    assert (grant["trigger"], grant["actor"], grant["note"]) == (
        f"exception:{RULE}",
        "Lê Thị Hoa",
        reason,
    )
    move = transitions(capsys, ws, SLUG)[-1]
    assert move["trigger"] == "approve_personnel"
    assert [e["rule"] for e in move["details"]["excepted"]] == [RULE]
    recorded = _by_rule(move["findings"])[RULE]
    assert recorded["status"] == "not_checked"  # the history says it was not checked


# -- the district board -------------------------------------------------------------------------


@pytest.mark.workspace("init", wards=("o-cho-dua", "cat-linh"))
def test_the_district_counts_a_ward_with_an_unchecked_rule_as_blocked(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    walk_to(capsys, ws, SLUG, "personnel")
    fulfil(capsys, ws, SLUG, "approve_personnel")
    _unrecognised_party_column(ws)
    result = run(capsys, "district", "status", str(ws), "--json")
    ward = next(w for w in result.json()["wards"] if w["slug"] == SLUG)
    assert ward["state"] == "blocked"
    assert [(b["rule"], b["status"]) for b in ward["blocking"]] == [(RULE, "not_checked")]
    text = _flat(run(capsys, "district", "status", str(ws)).out)
    assert "Tỷ lệ ngoài Đảng (chưa kiểm tra)" in text
    done = run(capsys, "district", "run", str(ws), "--json")
    assert done.code == 0  # the district's exit code is about data it could not read (spec)
    assert done.json()["totals"]["blocked"] == 1
    ward = next(w for w in done.json()["wards"] if w["slug"] == SLUG)
    assert ward["state"] == "blocked"
    html = (ws / done.json()["outputs"]["dashboard"]).read_text(encoding="utf-8")
    assert f"Tỷ lệ ngoài Đảng</b> <i>(chưa kiểm tra)</i> <code>{RULE}</code>" in html


def test_a_second_entry_the_ruleset_does_not_require_is_a_warning_not_checked(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """`double_entry_match.required: false` (the national ruleset): one entry only is allowed,
    so the comparison not made is said («chưa kiểm tra») as a warning and stops nothing."""
    result = run(capsys, "tally", "check", SLUG, "-w", str(ws), "--json")
    assert result.code == 0, result.out + result.err
    doc = result.json()
    assert doc["ok"] is True
    double = _by_rule(doc["findings"])["double_entry_match"]
    assert (double["status"], double["severity"]) == ("not_checked", "warning")
