"""The workflow definition is data, validated on load: every mistake is named, nothing needs code.

Each case copies the bundled `ward-2024-2029/workflow.yaml` into a temporary folder, breaks one
thing, runs the real CLI (`congress workflow show FILE`, with and without `--json`) and expects exit
code 2, no traceback, and a message that names the file, the line and the key. The workspace cases
break `unit.yaml` of a workspace made with `congress init`. The positive cases show that a new,
small workflow written as a file works without a line of code: listed, used by a workspace, a ward
advanced through it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT, Run, replace, run

BUNDLED = ROOT / "workflows" / "ward-2024-2029" / "workflow.yaml"
STAGES = (
    "Các bước: guidance, drafts, personnel, pilot, congress, first_meeting, recognised, reported"
)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the `nth` line that contains `needle`."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(found) >= nth, f"{needle!r} found {len(found)} times, not {nth}"
    return found[nth - 1]


def assert_config_error(result: Run, *parts: str) -> None:
    """Exit 2, nothing on stdout, no traceback, and every part in the message on stderr."""
    assert result.code == 2, result.out + result.err
    assert result.out == ""
    assert "Traceback" not in result.err
    for part in parts:
        assert part in result.err, f"{part!r} not in:\n{result.err}"


def assert_json_error(result: Run, file: Path, row: int | None, *parts: str) -> None:
    """Exit 2 and one JSON error with the file, the row and every part in its message."""
    assert result.code == 2, result.out + result.err
    assert "Traceback" not in result.err
    document = result.json()
    assert document["ok"] is False
    [error] = document["errors"]
    assert error["file"] == str(file)
    assert error["row"] == row
    for part in parts:
        assert part in error["message"], f"{part!r} not in:\n{error['message']}"


@pytest.fixture
def workflow(tmp_path: Path) -> Path:
    """A copy of the bundled 2024-2029 workflow."""
    return Path(shutil.copy(BUNDLED, tmp_path / "workflow.yaml"))


def test_bundled_workflow_is_shown(capsys: pytest.CaptureFixture[str], workflow: Path) -> None:
    result = run(capsys, "workflow", "show", str(workflow), "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert document["id"] == "ward-2024-2029"
    assert document["stages"][0]["id"] == "guidance"
    assert document["current"] is None
    assert "stateDiagram-v2" in document["mermaid"]


# Each case: (what to replace, by what, the line holding the mistake (a needle and its occurrence),
# the key named, what the message says).
BROKEN = {
    "transition to an unknown stage": (
        "dest: personnel",
        "dest: pesonnel",
        ("dest: pesonnel", 1),
        "transitions.1.dest",
        f"không có bước «pesonnel». {STAGES}",
    ),
    "unknown source stage": (
        "source: recognised",
        "source: recognized",
        ("source: recognized", 1),
        "transitions.6.source",
        "không có bước «recognized»",
    ),
    "unknown initial stage": (
        "initial: guidance",
        "initial: guidence",
        ("initial: guidence", 1),
        "initial",
        f"không có bước «guidence». {STAGES}",
    ),
    "unknown pilot_done stage": (
        "pilot_done: congress",
        "pilot_done: congres",
        ("pilot_done: congres", 1),
        "pilot_done",
        "không có bước «congres»",
    ),
    "guard names no known check": (
        "checks: [personnel]",
        "checks: [persnnel]",
        ("checks: [persnnel]", 1),
        "transitions.2.checks.0",
        "không có phần kiểm tra «persnnel». Các phần kiểm tra: drafts, first_meeting, personnel, "
        "script, tally",
    ),
    "checklist item used but not declared": (
        '  minutes_signed: {vi: "Đã ký biên bản Đại hội (và biên bản kiểm phiếu nếu có bỏ phiếu '
        'kín)", en: "Congress minutes (and counting minutes, if a secret vote was held) signed"}\n',
        "",
        ("checklist: [minutes_signed, first_meeting_minutes_signed]", 1),
        "transitions.4.checklist.0",
        "việc «minutes_signed» chưa khai báo trong mục checklist",
    ),
    "misspelt checklist item in a transition": (
        "checklist: [results_sent]",
        "checklist: [result_sent]",
        ("checklist: [result_sent]", 1),
        "transitions.6.checklist.0",
        "việc «result_sent» chưa khai báo",
    ),
    "approval used but not declared": (
        '  upper_recognition: {vi: "Ban Thường trực cấp trên ra Quyết định công nhận Ban Thường '
        "trực phường\", en: \"The upper Standing Committee's decision recognising the ward's "
        'Standing Committee"}\n',
        "",
        ("    approvals: [upper_recognition]", 1),
        "transitions.5.approvals.0",
        "phê duyệt «upper_recognition» chưa khai báo trong mục approvals. "
        "Các phê duyệt: party_committee, upper_standing",
    ),
    "stage that no transition reaches": (
        '      en: "The ward sends the report of results, minutes and resolution upward."\n',
        '      en: "The ward sends the report of results, minutes and resolution upward."\n'
        '  - id: archived\n    label: {vi: "Đã lưu trữ hồ sơ"}\n',
        ("- id: archived", 1),
        "stages.8.id",
        "không có bước chuyển nào dẫn tới bước «archived»",
    ),
    "duplicate stage id": (
        "  - id: first_meeting\n",
        "  - id: congress\n",
        ("- id: congress", 2),
        "stages.5.id",
        "bước «congress» được khai báo hai lần",
    ),
    "duplicate trigger from the same stage": (
        "  - trigger: submit_drafts\n",
        "  - trigger: start_drafts\n"
        '    source: guidance\n    dest: personnel\n    label: {vi: "Bỏ qua dự thảo"}\n'
        "  - trigger: submit_drafts\n",
        ("- trigger: start_drafts", 2),
        "transitions.1.trigger",
        "lệnh chuyển «start_drafts» có hai lần từ cùng một bước",
    ),
    "unknown top-level key": (
        "ruleset: ward-2024-2029\n",
        "ruleset: ward-2024-2029\nrulesets: ward-2025-2030\n",
        ("rulesets:", 1),
        "rulesets",
        "khóa không được hỗ trợ (viết sai tên?). Các khóa hợp lệ: id, version, title, ruleset, "
        "initial, pilot_done, stages, checklist, approvals, dated_approvals, transitions, "
        "migrations",
    ),
    "unknown key in a transition": (
        "    pilot_gate: true\n",
        "    pilot_gates: true\n",
        ("pilot_gates: true", 1),
        "transitions.3.pilot_gates",
        "khóa không được hỗ trợ (viết sai tên?). "
        "Các khóa hợp lệ: trigger, source, dest, label, names, checks, checklist, approvals, "
        "pilot_gate",
    ),
    "version zero": (
        "version: 2\n",
        "version: 0\n",
        ("version: 0", 1),
        "version",
        "phải là số nguyên không nhỏ hơn 1",
    ),
    # A label the language falls back to must exist: without it `workflow show` crashed (KeyError).
    "label without Vietnamese": (
        'label: {vi: "Đã họp Hội nghị lần thứ nhất", en: "First meeting held"}',
        'label: {en: "First meeting held"}',
        ('label: {en: "First meeting held"}', 1),
        "stages.5.label.vi",
        "thiếu khóa bắt buộc",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_broken_definition_is_named_by_file_line_and_key(
    capsys: pytest.CaptureFixture[str], workflow: Path, case: str
) -> None:
    old, new, (needle, nth), key, says = BROKEN[case]
    text = replace(workflow, old, new)
    line = line_of(text, needle, nth)
    result = run(capsys, "workflow", "show", str(workflow))
    assert_config_error(result, f"{workflow}, dòng {line}: khóa «{key}»: {says}")
    assert "Input should" not in result.err  # pydantic's English never reaches an officer
    result = run(capsys, "workflow", "show", str(workflow), "--json")
    assert_json_error(result, workflow, line, f"khóa «{key}»: {says}")


def test_missing_version_is_named(capsys: pytest.CaptureFixture[str], workflow: Path) -> None:
    # A missing top-level key is on no line: the message names the file and the key.
    replace(workflow, "version: 2\n", "")
    result = run(capsys, "workflow", "show", str(workflow))
    assert_config_error(result, f"{workflow}: khóa «version»: thiếu khóa bắt buộc")
    result = run(capsys, "workflow", "show", str(workflow), "--json")
    assert_json_error(result, workflow, None, "khóa «version»: thiếu khóa bắt buộc")


def test_yaml_syntax_error_with_its_line(
    capsys: pytest.CaptureFixture[str], workflow: Path
) -> None:
    text = replace(workflow, "checks: [personnel]", "checks: [personnel")
    result = run(capsys, "workflow", "show", str(workflow))
    assert_config_error(result, f"{workflow}, dòng ", "lỗi cú pháp YAML")
    row = result.err.split("dòng ", 1)[1].split(",", 1)[0]
    # PyYAML notices the unclosed bracket on the next key, a few lines down at most.
    bad = line_of(text, "checks: [personnel")
    assert bad <= int(row) <= bad + 3
    result = run(capsys, "workflow", "show", str(workflow), "--json")
    assert_json_error(result, workflow, int(row), "lỗi cú pháp YAML")


def test_unknown_bundled_workflow_lists_the_bundled_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run(capsys, "workflow", "show", "ward-2099")
    assert_config_error(result, "không có quy trình «ward-2099»", "ward-2024-2029")


# --- unit.yaml of a workspace ------------------------------------------------------------------


# `ws` (tests/conftest.py): two wards as `congress init` made them, on the bundled workflow.
fresh_workspace = pytest.mark.workspace("init", wards=("o-cho-dua", "van-mieu"), fill=False)


@fresh_workspace
def test_fresh_workspace_is_readable(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "ward", "status", "-w", str(ws), "--json")
    assert result.code == 0, result.err
    assert {w["slug"] for w in result.json()["wards"]} == {"o-cho-dua", "van-mieu"}


UNIT_BROKEN = {
    "unknown bundled workflow": (
        'workflow: "ward-2024-2029"',
        'workflow: "ward-2099"',
        "workflow",
        "workflow",
        "không có quy trình «ward-2099». Quy trình có sẵn: ward-2024-2029",
    ),
    "missing workflow file": (
        'workflow: "ward-2024-2029"',
        'workflow: "vong-moi/workflow.yaml"',
        "workflow",
        "workflow",
        "{workspace}/vong-moi/workflow.yaml: không tìm thấy tệp",
    ),
    "timeline key that is not a stage": (
        "  personnel: null",
        "  persnnel: null",
        "persnnel",
        "timeline.persnnel",
        f"không có bước «persnnel». {STAGES}",
    ),
    "pilot ward that is not a ward folder": (
        'pilot_ward: "o-cho-dua"',
        'pilot_ward: "o-cho-dau"',
        "pilot_ward",
        "pilot_ward",
        "không có phường «o-cho-dau» trong thư mục wards/. Các phường: o-cho-dua, van-mieu",
    ),
}


@fresh_workspace
@pytest.mark.parametrize("case", list(UNIT_BROKEN), ids=list(UNIT_BROKEN))
def test_broken_unit_file_is_named_by_line_and_key(
    capsys: pytest.CaptureFixture[str], ws: Path, case: str
) -> None:
    old, new, needle, key, says = UNIT_BROKEN[case]
    says = says.format(workspace=ws)
    unit = ws / "unit.yaml"
    text = replace(unit, old, new)
    line = line_of(text, f"{needle}:")
    for command in (["ward", "status"], ["ward", "check", "van-mieu"], ["workflow", "show"]):
        result = run(capsys, *command, "-w", str(ws))
        assert_config_error(result, f"{unit}, dòng {line}: khóa «{key}»: {says}")
    result = run(capsys, "ward", "status", "-w", str(ws), "--json")
    assert_json_error(result, unit, line, f"khóa «{key}»: {says}")


# --- a new round is a new file -----------------------------------------------------------------

SMALL = """\
# Quy trình thử: đại hội chi hội, ba bước.
id: chi-hoi-2026
version: 3
title: Đại hội chi hội (thử)
ruleset: ward-2024-2029
initial: preparing
pilot_done: held
stages:
  - id: preparing
    label: {vi: "Chuẩn bị", en: "Preparing"}
  - id: held
    label: {vi: "Đã đại hội", en: "Held"}
  - id: closed
    label: {vi: "Kết thúc", en: "Closed"}
checklist:
  plan_issued: {vi: "Đã có kế hoạch", en: "Plan issued"}
transitions:
  - trigger: hold
    source: preparing
    dest: held
    label: {vi: "Tổ chức đại hội", en: "Hold the congress"}
    checklist: [plan_issued]
  - trigger: close
    source: held
    dest: closed
    label: {vi: "Kết thúc", en: "Close"}
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "vong-thu" / "workflow.yaml"
    path.parent.mkdir()
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_small_definition_is_listed(capsys: pytest.CaptureFixture[str], small: Path) -> None:
    result = run(capsys, "workflow", "show", str(small), "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert (document["id"], document["version"]) == ("chi-hoi-2026", 3)
    assert [s["id"] for s in document["stages"]] == ["preparing", "held", "closed"]
    assert [t["trigger"] for t in document["transitions"]] == ["hold", "close"]
    assert "preparing --> held: Tổ chức đại hội" in document["mermaid"]
    result = run(capsys, "workflow", "show", str(small))
    assert result.code == 0, result.err
    assert "chi-hoi-2026, phiên bản 3" in result.out
    assert "Tổ chức đại hội (hold) → Đã đại hội" in result.out


def _init_small(capsys: pytest.CaptureFixture[str], folder: Path, workflow: str) -> Run:
    return run(
        capsys, "init", str(folder), "--unit", "Hội Cựu chiến binh phường",
        "--ward", "Chi hội 1", "--ward", "Chi hội 2", "--workflow", workflow,
    )  # fmt: skip


def _use_own_timeline(workspace: Path) -> None:
    """`init` wrote the small workflow's own stages into the timeline: give one a date."""
    replace(workspace / "unit.yaml", "  held: null\n", "  held: 2026-03-01\n")


def test_workspace_runs_a_ward_through_a_small_definition(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small: Path
) -> None:
    workspace = tmp_path / "ws"
    result = _init_small(capsys, workspace, str(small))
    assert result.code == 0, result.err
    _use_own_timeline(workspace)
    ws = ["-w", str(workspace)]

    status = run(capsys, "ward", "status", "chi-hoi-1", *ws, "--json")
    assert status.code == 0, status.err
    document = status.json()
    assert document["workflow"] == {
        "id": "chi-hoi-2026", "version": 3, "title": "Đại hội chi hội (thử)",
    }  # fmt: skip
    [ward] = document["wards"]
    assert (ward["stage"], ward["workflow"]) == ("preparing", "chi-hoi-2026 v3")

    refused = run(capsys, "ward", "advance", "chi-hoi-1", "hold", "--by", "Nguyễn Văn An", *ws)
    assert refused.code == 1
    assert "plan_issued" in refused.out
    confirmed = run(
        capsys, "ward", "confirm", "chi-hoi-1", "plan_issued", "--by", "Nguyễn Văn An", *ws
    )
    assert confirmed.code == 0, confirmed.err
    for trigger, dest in (("hold", "held"), ("close", "closed")):
        moved = run(
            capsys, "ward", "advance", "chi-hoi-1", trigger, "--by", "Nguyễn Văn An", *ws, "--json"
        )
        assert moved.code == 0, moved.out + moved.err
        assert moved.json()["to"] == dest

    final = run(capsys, "ward", "status", *ws, "--json").json()
    by_slug = {w["slug"]: w for w in final["wards"]}
    assert by_slug["chi-hoi-1"]["stage"] == "closed"
    assert by_slug["chi-hoi-2"]["stage"] == "preparing"
    assert {w["workflow"] for w in final["wards"]} == {"chi-hoi-2026 v3"}
    shown = run(capsys, "workflow", "show", *ws, "--ward", "chi-hoi-1", "--json").json()
    assert shown["current"] == "closed"
    assert "class closed current" in shown["mermaid"]


def test_workspace_on_a_small_definition_is_usable_right_after_init(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small: Path
) -> None:
    workspace = tmp_path / "ws"
    assert _init_small(capsys, workspace, str(small)).code == 0
    result = run(capsys, "ward", "status", "-w", str(workspace), "--json")
    assert result.code == 0, result.err


def test_init_with_a_relative_workflow_path(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    small: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # a relative path, as an officer types it
    relative = str(small.relative_to(tmp_path))
    result = _init_small(capsys, tmp_path / "ws", relative)
    assert result.code == 0, result.err
    _use_own_timeline(tmp_path / "ws")
    result = run(capsys, "ward", "status", "-w", str(tmp_path / "ws"), "--json")
    assert result.code == 0, result.err


def test_a_stage_removed_under_a_ward_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small: Path
) -> None:
    workspace = tmp_path / "ws"
    assert _init_small(capsys, workspace, str(small)).code == 0
    ws = ["-w", str(workspace)]
    assert run(capsys, "ward", "confirm", "chi-hoi-1", "plan_issued", "--by", "An", *ws).code == 0
    assert run(capsys, "ward", "advance", "chi-hoi-1", "hold", "--by", "An", *ws).code == 0
    own = workspace / "workflow.yaml"  # init copied the officer's workflow into the workspace
    own.write_text(own.read_text(encoding="utf-8").replace("held", "done"), encoding="utf-8")
    replace(workspace / "unit.yaml", "  held: null\n", "  done: null\n")
    result = run(capsys, "ward", "status", *ws)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert "«held»" in result.err
    assert "không còn bước này" in result.err


def test_stage_ids_must_be_plain_identifiers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small: Path
) -> None:
    text = small.read_text(encoding="utf-8")
    small.write_text(text.replace("closed", "đã đóng"), encoding="utf-8")
    result = run(capsys, "workflow", "show", str(small))
    assert result.code == 2
    assert "mã bước «đã đóng»" in result.err
