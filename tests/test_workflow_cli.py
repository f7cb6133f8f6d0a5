"""The ward workflow through the real command on real workspaces made by `congress init`.

Each test builds its workspace in tmp_path, copies the example lists into the ward folders and
edits unit.yaml / ward.yaml as an officer would; the concurrency and crash tests are in
test_workflow_concurrency.py.
"""

from __future__ import annotations

import functools
import gc
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import congress.adapters.store as store_module
from congress.adapters.rulebook_files import resolve_ruleset
from congress.adapters.store_schema import LATEST
from congress.services.ward_checks import inputs_hash
from tests.cli_helpers import ROOT, Run, run
from tests.workspace_helpers import (
    DATED,
    DOCUMENTS,
    PILOT,
    SIGNERS,
    STAGES,
    STEPS,
    cli,
    fulfil,
    history,
    init_workspace,
    ok,
    set_unit,
    set_ward,
    stage_of,
    transitions,
    walk_to,
)

# What the officer reads for each move: its Vietnamese label in the workflow file.
MOVE_LABELS = {
    m["trigger"]: m["label"]["vi"]
    for m in yaml.safe_load(
        (ROOT / "workflows" / "ward-2024-2029" / "workflow.yaml").read_text(encoding="utf-8")
    )["transitions"]
}

HEX64 = re.compile(r"^[0-9a-f]{64}$")
# An unknown move is refused listing every move by its Vietnamese name, its code in parentheses.
ALL_TRIGGERS = (
    "Bắt đầu dự thảo văn kiện (start_drafts); Hoàn thành dự thảo, chuyển sang đề án nhân sự "
    "(submit_drafts); Thông qua đề án nhân sự (approve_personnel); Tổ chức Đại hội (hold_congress)"
)
LABELS = {
    "guidance": "Triển khai hướng dẫn, kế hoạch",
    "drafts": "Dự thảo văn kiện",
    "personnel": "Đề án nhân sự",
    "pilot": "Rút kinh nghiệm Đại hội điểm",
    "congress": "Đại hội (biểu quyết, hiệp thương cử)",
    "first_meeting": "Đã họp Hội nghị lần thứ nhất",
    "recognised": "Cấp trên đã công nhận",
    "reported": "Đã báo cáo kết quả",
}
LESSONS = [
    {"id": "L1", "text": "Báo cáo chính trị quá dài, cần rút gọn"},
    {"id": "L2", "text": "Tham luận trùng chủ đề"},
]


# `ws` (tests/conftest.py): a workspace of three wards made by `congress init`, with their lists.
pytestmark = pytest.mark.workspace("init")


def flat(text: str) -> str:
    """The words of `text` with any line breaks and runs of spaces folded to one space."""
    return " ".join(text.split())


def assert_clean_error(result: Run, code: int, *parts: str) -> None:
    """Refused with `code`, a message holding every part, and no traceback."""
    assert result.code == code, (result.out, result.err)
    assert "Traceback" not in result.err + result.out
    message = flat(result.err)
    for part in parts:
        assert part in message, (part, message)


def advance(
    capsys: pytest.CaptureFixture[str], ws: Path, slug: str, trigger: str, *more: str
) -> Run:
    return cli(capsys, ws, "ward", "advance", slug, trigger, "--by", "Nguyễn Văn An", *more)


# -- 1. the pilot ward from the first stage to the last ----------------------------------------------


def _refused_then_moved(
    capsys: pytest.CaptureFixture[str], ws: Path, slug: str, step: tuple[Any, ...]
) -> None:
    """One step: refused while items/approvals are missing (each with its command), then taken."""
    trigger, source, dest, items, approvals = step
    assert stage_of(capsys, ws, slug) == source
    before = history(capsys, ws, slug)

    refused = advance(capsys, ws, slug, trigger)
    assert refused.code == 1, refused.err
    text = flat(refused.out)
    assert f"TỪ CHỐI «{MOVE_LABELS[trigger]}» cho phường Ô Chợ Dừa" in text
    for item in items:
        assert f"congress ward confirm {slug} {item} --by «Họ tên»" in text
    for approval in approvals:
        fix = f"congress ward approve {slug} {approval} --by «Người ký» --document «Số văn bản»"
        if approval in DATED:
            fix = (f"congress ward approve {slug} {approval} --by «Người ký» "
                   "--document «Số quyết định» --date «yyyy-mm-dd»")  # fmt: skip
        assert fix in text
    assert text.count("✘") == len(items) + len(approvals)
    view = advance(capsys, ws, slug, trigger, "--json").json()
    assert (view["ok"], view["from"], view["to"]) == (False, source, source)
    assert [i["id"] for i in view["readiness"]["checklist"] if not i["done"]] == items
    assert [a["id"] for a in view["readiness"]["approvals"] if not a["done"]] == approvals
    checked = cli(capsys, ws, "ward", "check", slug, "--json")
    assert checked.code == 1 and checked.json()["next"][0]["trigger"] == trigger
    assert stage_of(capsys, ws, slug) == source
    assert history(capsys, ws, slug) == before  # a refusal writes nothing

    fulfil(capsys, ws, slug, trigger)
    assert ok(capsys, ws, "ward", "check", slug).code == 0
    moved = advance(capsys, ws, slug, trigger, "--note", f"Ghi chú {trigger}")
    assert moved.code == 0, moved.out + moved.err
    assert f"«{LABELS[source]}» → «{LABELS[dest]}» (Nguyễn Văn An)" in flat(moved.out)
    status = ok(capsys, ws, "ward", "status", slug, "--json").json()["wards"][0]
    assert (status["stage"], status["stage_label"]) == (dest, LABELS[dest])
    assert status["moved_by"] == "Nguyễn Văn An"
    assert LABELS[dest] in ok(capsys, ws, "ward", "status").out


def test_pilot_ward_walks_from_guidance_to_recognised(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    for step in STEPS:
        _refused_then_moved(capsys, ws, PILOT, step)

    # The last stage: nothing further, and `check` says so.
    final = ok(capsys, ws, "ward", "check", PILOT)
    assert "đã ở bước cuối «Đã báo cáo kết quả»" in flat(final.out)
    assert_clean_error(advance(capsys, ws, PILOT, "report_results"), 1, "Có thể: —")

    rows = history(capsys, ws, PILOT)
    moves = [r for r in rows if r["kind"] == "transition"]
    assert [(r["from_stage"], r["to_stage"], r["trigger"]) for r in moves] == [
        (s[1], s[2], s[0]) for s in STEPS
    ]
    assert all(r["actor"] == "Nguyễn Văn An" for r in moves)
    assert [r["note"] for r in moves] == [f"Ghi chú {s[0]}" for s in STEPS]
    assert [r["workflow_version"] for r in moves] == [2] * len(STEPS)
    assert rows[0]["kind"] == "register"
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)

    confirms = [r for r in rows if r["kind"] == "confirm"]
    assert sorted(r["trigger"].split(":", 1)[1] for r in confirms) == sorted(
        item for step in STEPS for item in step[3]
    )
    assert all(r["actor"] == "Nguyễn Văn An" for r in confirms)
    approves = {r["trigger"]: r for r in rows if r["kind"] == "approve"}
    assert set(approves) == {f"approve:{key}" for key in DOCUMENTS}
    for key, document in DOCUMENTS.items():
        assert approves[f"approve:{key}"]["details"]["document"] == document
        assert approves[f"approve:{key}"]["actor"] == SIGNERS[key]

    text = flat(ok(capsys, ws, "ward", "history", PILOT).out)
    assert "Thông qua đề án nhân sự: «Đề án nhân sự» → «Rút kinh nghiệm Đại hội điểm»" in text
    assert "approve:" not in text and "confirm:" not in text  # no raw codes
    assert "Số 30/QĐ-MTTQ" in text and "Ghi chú recognise" in text


def test_personnel_decision_keeps_its_findings_and_inputs_hash(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    walk_to(capsys, ws, PILOT, "congress")
    moves = transitions(capsys, ws, PILOT)
    personnel = next(r for r in moves if r["trigger"] == "approve_personnel")
    rules = {f["rule"]: f for f in personnel["findings"]}
    assert {"re_election_max", "non_party_min_vs_previous", "women_min"} <= set(rules)
    assert all(f["ok"] for f in rules.values())
    assert rules["re_election_max"]["actual"]["count"] == 30
    assert rules["re_election_max"]["message"].startswith("Tỷ lệ tái cử 30/55 (54,55%)")
    assert HEX64.match(personnel["inputs_hash"])
    folder = ws / "wards" / PILOT
    files = [
        folder / "ward.yaml",
        folder / "thong-tin-dai-hoi.xlsx",  # the organisations and areas may come from it
        folder / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx",
        folder / "uy-ban-nhiem-ky-2019-2024.csv",
        resolve_ruleset("ward-2024-2029", folder),
    ]
    assert personnel["inputs_hash"] == inputs_hash(files)
    assert personnel["details"]["approvals"] == ["party_committee", "upper_standing"]
    assert personnel["details"]["excepted"] == []
    # The drafts and the script are checked on their own steps, and keep their findings too.
    by_trigger = {r["trigger"]: r for r in moves}
    drafts = {f["rule"] for f in by_trigger["submit_drafts"]["findings"]}
    assert {"report_sections_present", "review_duplicates_report"} <= drafts
    script = {f["rule"] for f in by_trigger["hold_congress"]["findings"]}
    # the congress needs the script, and the drafts and personnel green again (pilot's lessons)
    assert {"presidium_tasks_assigned", "speech_topics_distinct"} <= script
    assert {"report_sections_present", "re_election_max"} <= script
    for trigger in ("submit_drafts", "hold_congress"):
        assert HEX64.match(by_trigger[trigger]["inputs_hash"])
    # Steps without checks have no findings and no hash.
    checked = {"approve_personnel", "submit_drafts", "hold_congress"}
    others = [r for r in moves if r["trigger"] not in checked]
    assert all(r["findings"] == [] and r["inputs_hash"] == "" for r in others)


def test_status_since_is_when_the_ward_reached_its_stage(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    walk_to(capsys, ws, PILOT, "drafts")
    moved = transitions(capsys, ws, PILOT)[-1]
    ok(capsys, ws, "ward", "confirm", PILOT, "comments_member_orgs", "--by", "Lê Thị Hoa")
    status = ok(capsys, ws, "ward", "status", PILOT, "--json").json()["wards"][0]
    # A later confirmation does not change when, or by whom, the ward was moved.
    assert status["since"] == moved["at"] and status["moved_by"] == "Nguyễn Văn An"
    other = ok(capsys, ws, "ward", "status", "van-mieu", "--json").json()["wards"][0]
    assert (other["stage"], other["moved_by"]) == ("guidance", "congress")


# -- 2. a transition refused with its findings; exceptions; warnings ---------------------------------


@pytest.fixture
def van_mieu(capsys: pytest.CaptureFixture[str], ws: Path) -> Path:
    """The workspace with Văn Miếu at `personnel`, both approvals given: only its lists fail."""
    walk_to(capsys, ws, "van-mieu", "personnel")
    fulfil(capsys, ws, "van-mieu", "approve_personnel")
    return ws


def test_breaking_scheme_is_refused_with_its_findings(
    capsys: pytest.CaptureFixture[str], van_mieu: Path
) -> None:
    ws, slug = van_mieu, "van-mieu"
    before = history(capsys, ws, slug)

    refused = advance(capsys, ws, slug, "approve_personnel")
    assert refused.code == 1
    text = flat(refused.out)
    assert "TỪ CHỐI «Thông qua đề án nhân sự» cho phường Văn Miếu" in text
    assert "Tỷ lệ tái cử 34/55 (61,82%) vượt mức tối đa 60%" in text
    assert "→ Tối đa 33/55 người được tái cử: thay ít nhất 1 người tái cử bằng người mới." in text
    assert "Tỷ lệ ngoài Đảng 12/55 (21,82%) thấp hơn đầu nhiệm kỳ trước 14/50 (28,00%)" in text
    assert "→ Cần ít nhất 16/55 người ngoài Đảng" in text
    # The approvals are there, and shown as such.
    assert f"({SIGNERS['party_committee']}, {DOCUMENTS['party_committee']})" in text

    data = advance(capsys, ws, slug, "approve_personnel", "--json")
    assert data.code == 1
    doc = data.json()
    assert (doc["ok"], doc["from"], doc["to"]) == (False, "personnel", "personnel")
    blocking = {f["rule"]: f for f in doc["readiness"]["blocking"]}
    assert set(blocking) == {"re_election_max", "non_party_min_vs_previous"}
    cap = blocking["re_election_max"]
    assert cap["actual"] == {
        "count": 34,
        "of": 55,
        "denominator": "planned",
        "percent": 61.82,
        "text": "34/55 (61,82%)",
    }
    assert cap["limit"] == {"kind": "max", "percent": 60, "max_count": 33, "text": "60%"}
    assert cap["hint"].startswith("Tối đa 33/55")
    non_party = blocking["non_party_min_vs_previous"]
    assert (non_party["actual"]["count"], non_party["limit"]["min_count"]) == (12, 16)
    assert non_party["hint"].startswith("Cần ít nhất 16/55 người ngoài Đảng")
    assert doc["readiness"]["excepted"] == [] and doc["readiness"]["warnings"] == []
    assert [a["done"] for a in doc["readiness"]["approvals"]] == [True, True]
    checked = cli(capsys, ws, "ward", "check", slug, "--json")
    assert checked.code == 1 and not checked.json()["ok"]
    # Nothing changed.
    assert stage_of(capsys, ws, slug) == "personnel"
    assert history(capsys, ws, slug) == before


def test_an_exception_needs_a_rule_a_reason_and_a_document(
    capsys: pytest.CaptureFixture[str], van_mieu: Path
) -> None:
    ws, slug = van_mieu, "van-mieu"
    before = history(capsys, ws, slug)
    grant = ("ward", "exception", slug)
    bad = cli(capsys, ws, *grant, "re_election", "--by", "Lê Thị Hoa", "--reason", "x",
              "--document", "Số 1")  # fmt: skip
    assert_clean_error(bad, 2, "không có quy tắc «re_election»", "re_election_max")
    bad = cli(capsys, ws, *grant, "re_election_max", "--by", "Lê Thị Hoa", "--reason", " ",
              "--document", "Số 1")  # fmt: skip
    assert_clean_error(bad, 2, "cần ghi lý do (--reason)")
    bad = cli(capsys, ws, *grant, "re_election_max", "--by", "Lê Thị Hoa", "--reason", "x",
              "--document", " ")  # fmt: skip
    assert_clean_error(bad, 2, "cần số văn bản (--document)")
    bad = cli(capsys, ws, *grant, "re_election_max", "--by", "Lê Thị Hoa", "--reason", "x")
    assert_clean_error(bad, 2, "--document")
    bad = cli(capsys, ws, *grant, "re_election_max", "--reason", "x", "--document", "Số 1")
    assert_clean_error(bad, 2, "--by")
    assert history(capsys, ws, slug) == before
    assert ok(capsys, ws, "ward", "status", slug, "--json").json()["wards"][0]["exceptions"] == []


RULE_TITLES = {"re_election_max": "Tỷ lệ tái cử", "non_party_min_vs_previous": "Tỷ lệ ngoài Đảng"}
GRANTS = [
    ("re_election_max", "Phường mới sáp nhập", "Số 21/CV-MTTQ"),
    ("non_party_min_vs_previous", "Thiếu nguồn nhân sự ngoài Đảng", "Số 22/CV-MTTQ"),
]


def test_exceptions_let_the_scheme_pass_and_are_shown(
    capsys: pytest.CaptureFixture[str], van_mieu: Path
) -> None:
    ws, slug = van_mieu, "van-mieu"
    for index, (rule, reason, document) in enumerate(GRANTS):
        ok(capsys, ws, "ward", "exception", slug, rule, "--by", "Lê Thị Hoa", "--reason", reason,
           "--document", document)  # fmt: skip
        if index == 0:  # one rule excepted, the other still blocks
            still = advance(capsys, ws, slug, "approve_personnel", "--json")
            assert still.code == 1
            readiness = still.json()["readiness"]
            assert [f["rule"] for f in readiness["blocking"]] == ["non_party_min_vs_previous"]
            assert [e["finding"]["rule"] for e in readiness["excepted"]] == ["re_election_max"]
            assert stage_of(capsys, ws, slug) == "personnel"

    moved = advance(capsys, ws, slug, "approve_personnel", "--note", "Thông qua theo ngoại lệ")
    assert moved.code == 0, moved.out
    text = flat(moved.out)
    assert "Cho qua theo ngoại lệ: Tỷ lệ tái cử (Lê Thị Hoa, văn bản Số 21/CV-MTTQ)" in text
    assert "Cho qua theo ngoại lệ: Tỷ lệ ngoài Đảng (Lê Thị Hoa, văn bản Số 22/CV-MTTQ)" in text
    assert stage_of(capsys, ws, slug) == "pilot"

    # Shown wherever the ward's status is: the board (text and JSON) …
    status = ok(capsys, ws, "ward", "status", slug, "--json").json()["wards"][0]
    assert sorted(status["exceptions"], key=lambda g: g["rule"]) == sorted(
        (
            {"rule": rule, "granted_by": "Lê Thị Hoa", "document": document, "reason": reason}
            for rule, reason, document in GRANTS
        ),
        key=lambda g: g["rule"],
    )
    board = flat(ok(capsys, ws, "ward", "status").out)
    for rule, reason, document in GRANTS:
        assert f"Ngoại lệ {RULE_TITLES[rule]}: Lê Thị Hoa, văn bản {document} — {reason}" in board

    # … and the history: the grants, and the transition that used them, with its findings.
    rows = history(capsys, ws, slug)
    grants = [r for r in rows if r["kind"] == "exception"]
    assert [(r["trigger"], r["actor"], r["note"], r["details"]["document"]) for r in grants] == [
        (f"exception:{rule}", "Lê Thị Hoa", reason, document) for rule, reason, document in GRANTS
    ]
    move = transitions(capsys, ws, slug)[-1]
    assert (move["trigger"], move["note"]) == ("approve_personnel", "Thông qua theo ngoại lệ")
    excepted = {e["rule"]: e for e in move["details"]["excepted"]}
    for rule, reason, document in GRANTS:
        assert excepted[rule]["granted_by"] == "Lê Thị Hoa"
        assert (excepted[rule]["reason"], excepted[rule]["document"]) == (reason, document)
    failed = {f["rule"] for f in move["findings"] if not f["ok"]}
    assert failed == {"re_election_max", "non_party_min_vs_previous"}
    assert HEX64.match(move["inputs_hash"])
    text = flat(ok(capsys, ws, "ward", "history", slug).out)
    assert "✘ Tỷ lệ tái cử" in text
    assert "Ngoại lệ cho quy tắc «Tỷ lệ tái cử» (Số 21/CV-MTTQ)" in text


def test_warnings_never_block(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    slug = "cat-linh"
    folder = ws / "wards" / slug
    # The ward's own ruleset asks for 40% women; its list has 19/53 (35,85%): a warning only.
    (folder / "quy-tac-rieng.yaml").write_text(
        yaml.safe_dump(
            {
                "id": "cat-linh-2024",
                "version": 1,
                "title": "Quy tắc riêng",
                "term": "2024-2029",
                "extends": "ward-2024-2029",
                "rules": {"women_min": {"params": {"min_percent": 40}}},
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    set_ward(ws, slug, ruleset="quy-tac-rieng.yaml")
    walk_to(capsys, ws, slug, "personnel")
    fulfil(capsys, ws, slug, "approve_personnel")

    checked = cli(capsys, ws, "ward", "check", slug, "--json")
    assert checked.code == 0
    view = checked.json()["next"][0]
    assert view["ok"] is True and view["blocking"] == []
    assert [f["rule"] for f in view["warnings"]] == ["women_min"]
    moved = advance(capsys, ws, slug, "approve_personnel")
    assert moved.code == 0, moved.out
    assert "! Tỷ lệ nữ" in moved.out and "19/53 (35,85%)" in flat(moved.out)
    move = transitions(capsys, ws, slug)[-1]
    women = next(f for f in move["findings"] if f["rule"] == "women_min")
    assert (women["ok"], women["severity"]) == (False, "warning")
    assert move["details"]["excepted"] == []


# -- 3. the pilot gate --------------------------------------------------------------------------


def test_pilot_gate_both_ways(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    slug = "cat-linh"
    walk_to(capsys, ws, slug, "pilot")
    fulfil(capsys, ws, slug, "hold_congress")

    def gate() -> list[str]:
        result = advance(capsys, ws, slug, "hold_congress", "--json")
        assert result.code == 1
        assert stage_of(capsys, ws, slug) == "pilot"
        return [str(g) for g in result.json()["readiness"]["gate"]]

    # The pilot has not held its congress and no lessons are recorded.
    refused = advance(capsys, ws, slug, "hold_congress")
    assert refused.code == 1
    text = flat(refused.out)
    assert (
        "Phường đại hội điểm Ô Chợ Dừa chưa tổ chức Đại hội "
        "(đang ở bước «Triển khai hướng dẫn, kế hoạch»)"
    ) in text
    assert "Chưa ghi bài học kinh nghiệm của đại hội điểm Ô Chợ Dừa" in text
    assert len(gate()) == 2

    # Lessons recorded and all acknowledged: still refused while the pilot is not done.
    set_unit(ws, lessons=LESSONS)
    for lesson in LESSONS:
        ok(capsys, ws, "ward", "acknowledge", slug, lesson["id"], "--by", "Lê Thị Hoa",
           "--note", f"Đã tiếp thu {lesson['id']}")  # fmt: skip
    walk_to(capsys, ws, PILOT, "pilot")
    assert gate() == [
        "Phường đại hội điểm Ô Chợ Dừa chưa tổ chức Đại hội "
        "(đang ở bước «Rút kinh nghiệm Đại hội điểm»)."
    ]

    # The pilot itself is not gated: it holds its congress without acknowledging anything.
    walk_to(capsys, ws, PILOT, "congress")
    assert history(capsys, ws, PILOT)[-1]["trigger"] == "hold_congress"

    # A new lesson must be acknowledged too; no lessons at all is refused as well.
    set_unit(ws, lessons=[*LESSONS, {"id": "L3", "text": "Trang trí lãng phí"}])
    assert gate() == ["Chưa xác nhận tiếp thu bài học L3: «Trang trí lãng phí»."]
    assert "L3" in flat(cli(capsys, ws, "ward", "check", slug).out)
    set_unit(ws, lessons=[])
    assert gate() == [
        "Chưa ghi bài học kinh nghiệm của đại hội điểm Ô Chợ Dừa (khóa lessons trong unit.yaml)."
    ]
    set_unit(ws, lessons=[*LESSONS, {"id": "L3", "text": "Trang trí lãng phí"}])

    # Acknowledging needs a known lesson and a note.
    bad = cli(capsys, ws, "ward", "acknowledge", slug, "L9", "--by", "Lê Thị Hoa", "--note", "x")
    assert_clean_error(bad, 2, "không có bài học «L9»", "L1, L2, L3")
    bad = cli(capsys, ws, "ward", "acknowledge", slug, "L3", "--by", "Lê Thị Hoa", "--note", " ")
    assert_clean_error(bad, 2, "--note")
    bad = cli(capsys, ws, "ward", "acknowledge", slug, "L3", "--by", "Lê Thị Hoa")
    assert_clean_error(bad, 2, "--note")

    ok(capsys, ws, "ward", "acknowledge", slug, "L3", "--by", "Lê Thị Hoa",
       "--note", "Trang trí tiết kiệm")  # fmt: skip
    assert ok(capsys, ws, "ward", "check", slug).code == 0
    moved = advance(capsys, ws, slug, "hold_congress")
    assert moved.code == 0, moved.out
    assert stage_of(capsys, ws, slug) == "congress"
    acks = [r for r in history(capsys, ws, slug) if r["kind"] == "acknowledge"]
    assert [(r["trigger"], r["note"]) for r in acks] == [
        ("acknowledge:L1", "Đã tiếp thu L1"),
        ("acknowledge:L2", "Đã tiếp thu L2"),
        ("acknowledge:L3", "Trang trí tiết kiệm"),
    ]


def test_without_a_pilot_ward_no_congress_can_be_held(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = init_workspace(capsys, tmp_path / "ws", wards=("van-mieu", "cat-linh"), pilot=None)
    slug = "cat-linh"
    walk_to(capsys, ws, slug, "pilot")
    fulfil(capsys, ws, slug, "hold_congress")
    refused = advance(capsys, ws, slug, "hold_congress")
    assert refused.code == 1
    assert "Chưa chọn phường đại hội điểm (khóa pilot_ward trong unit.yaml)." in flat(refused.out)
    assert stage_of(capsys, ws, slug) == "pilot"

    set_unit(ws, pilot_ward="no-such-ward")
    bad = cli(capsys, ws, "ward", "status")
    assert_clean_error(bad, 2, "unit.yaml", "pilot_ward", "no-such-ward", "cat-linh, van-mieu")


# -- 4. deadlines -------------------------------------------------------------------------------


def test_overdue_wards_are_flagged(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_unit(
        ws,
        timeline={
            "drafts": date(2024, 1, 10),
            "personnel": date(2024, 2, 1),
            "congress": date(2024, 3, 15),
        },
    )
    set_ward(ws, "van-mieu", timeline={"drafts": date(2024, 2, 10), "personnel": None})
    walk_to(capsys, ws, PILOT, "drafts")

    monkeypatch.setenv("CONGRESS_TODAY", "2024-01-05")
    board = ok(capsys, ws, "ward", "status", "--json").json()
    assert board["today"] == "2024-01-05"
    assert all(w["overdue"] == [] for w in board["wards"])
    wards = {w["slug"]: w for w in board["wards"]}
    assert wards["cat-linh"]["next_due"]["due"] == "2024-01-10"
    assert wards[PILOT]["next_due"] == {
        "stage": "personnel",
        "label": "Đề án nhân sự",
        "due": "2024-02-01",
        "days_late": 0,
    }
    assert "«Dự thảo văn kiện» trước 10/01/2024" in ok(capsys, ws, "ward", "status").out

    monkeypatch.setenv("CONGRESS_TODAY", "2024-02-05")
    wards = {w["slug"]: w for w in ok(capsys, ws, "ward", "status", "--json").json()["wards"]}
    assert [(o["stage"], o["due"], o["days_late"]) for o in wards["cat-linh"]["overdue"]] == [
        ("drafts", "2024-01-10", 26),
        ("personnel", "2024-02-01", 4),
    ]
    assert [(o["stage"], o["days_late"]) for o in wards[PILOT]["overdue"]] == [("personnel", 4)]
    # The ward's own date overrides the unit's (a null keeps the unit's).
    assert [(o["stage"], o["days_late"]) for o in wards["van-mieu"]["overdue"]] == [
        ("personnel", 4)
    ]
    assert wards["van-mieu"]["next_due"]["due"] == "2024-02-10"
    assert wards["van-mieu"]["problem"] is None
    board = flat(ok(capsys, ws, "ward", "status").out)
    assert "QUÁ HẠN 26 ngày: chưa tới «Dự thảo văn kiện» (hạn 10/01/2024)" in board
    assert "QUÁ HẠN 4 ngày: chưa tới «Đề án nhân sự» (hạn 01/02/2024)" in board
    one = ok(capsys, ws, "ward", "status", "Cát Linh", "--json").json()["wards"]
    assert [w["slug"] for w in one] == ["cat-linh"] and len(one[0]["overdue"]) == 2

    # A ward that reached the stage is no longer late for it.
    walk_to(capsys, ws, PILOT, "personnel")
    wards = {w["slug"]: w for w in ok(capsys, ws, "ward", "status", "--json").json()["wards"]}
    assert wards[PILOT]["overdue"] == []

    # A misspelt stage in a ward's timeline is said, not silently ignored.
    set_ward(ws, "van-mieu", timeline={"draft": date(2024, 2, 10)})
    van_mieu = ok(capsys, ws, "ward", "status", "van-mieu", "--json").json()["wards"][0]
    assert (
        "timeline.draft" in van_mieu["problem"] and "không có bước «draft»" in van_mieu["problem"]
    )
    assert [o["stage"] for o in van_mieu["overdue"]] == ["drafts", "personnel"]  # the unit's
    set_ward(ws, "van-mieu", timeline={"drafts": "10/02/2024"})
    van_mieu = ok(capsys, ws, "ward", "status", "van-mieu", "--json").json()["wards"][0]
    assert "yyyy-mm-dd" in van_mieu["problem"]

    monkeypatch.setenv("CONGRESS_TODAY", "05/02/2024")
    assert_clean_error(cli(capsys, ws, "ward", "status"), 2, "CONGRESS_TODAY", "yyyy-mm-dd")


# -- 5. workflow show ---------------------------------------------------------------------------


def test_workflow_show(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    shown = run(capsys, "workflow", "show", "ward-2024-2029")
    assert shown.code == 0
    assert "ward-2024-2029, phiên bản 2" in shown.out
    assert "stateDiagram-v2" not in shown.out  # raw Mermaid only when asked
    for trigger, _, dest, _, _ in STEPS:
        assert f"{MOVE_LABELS[trigger]} ({trigger}) → {LABELS[dest]}" in flat(shown.out)
    mermaid = run(capsys, "workflow", "show", "ward-2024-2029", "--mermaid").out
    for trigger, source, dest, _, _ in STEPS:
        assert f"{source} --> {dest}: {MOVE_LABELS[trigger]}" in mermaid
    assert "class " not in mermaid

    doc = run(capsys, "workflow", "show", "ward-2024-2029", "--json").json()
    assert [s["id"] for s in doc["stages"]] == STAGES and doc["current"] is None

    walk_to(capsys, ws, PILOT, "drafts")
    diagram = ok(capsys, ws, "workflow", "show", "--ward", PILOT, "--mermaid").out
    lines = diagram.splitlines()
    assert lines[0] == "stateDiagram-v2"
    assert lines[-2].strip().startswith("classDef current ")
    assert lines[-1].strip() == "class drafts current"
    assert '    state "Dự thảo văn kiện" as drafts' in lines
    named = ok(capsys, ws, "workflow", "show", "--ward", "Văn Miếu", "--mermaid").out
    assert "class guidance current" in named

    assert_clean_error(
        run(capsys, "workflow", "show", "ward-1999"), 2, "ward-1999", "ward-2024-2029"
    )
    bad = cli(capsys, ws, "workflow", "show", "--ward", "nowhere")
    assert_clean_error(bad, 2, "không có phường «nowhere»")


# -- 6. bad input -------------------------------------------------------------------------------


def test_unknown_ward_trigger_item_and_missing_document(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    before = history(capsys, ws, PILOT)
    wards = "cat-linh, o-cho-dua, van-mieu"
    for args in (
        ("ward", "status", "nowhere"),
        ("ward", "check", "nowhere"),
        ("ward", "history", "nowhere"),
        ("ward", "advance", "nowhere", "start_drafts", "--by", "An"),
        ("ward", "confirm", "nowhere", "plan_issued", "--by", "An"),
    ):
        assert_clean_error(cli(capsys, ws, *args), 2, "không có phường «nowhere»", wards)
    as_json = cli(capsys, ws, "ward", "status", "nowhere", "--json")
    assert as_json.code == 2 and as_json.json()["ok"] is False
    assert "nowhere" in as_json.json()["errors"][0]["message"]

    unknown = advance(capsys, ws, PILOT, "jump_to_congress")
    assert_clean_error(unknown, 2, "không có lệnh chuyển «jump_to_congress»", ALL_TRIGGERS)
    wrong_stage = advance(capsys, ws, PILOT, "hold_congress")
    assert_clean_error(
        wrong_stage,
        1,
        "không thể «Tổ chức Đại hội (hold_congress)» khi phường đang ở bước «Triển khai hướng "
        "dẫn, kế hoạch»",
        "Có thể: Bắt đầu dự thảo văn kiện (start_drafts)",
    )
    item = cli(capsys, ws, "ward", "confirm", PILOT, "xyz", "--by", "An")
    assert_clean_error(item, 2, "không có việc «xyz»", "Đã ban hành Kế hoạch tổ chức Đại hội "
                       "(plan_issued); Đã thành lập các tiểu ban")  # fmt: skip
    approval = cli(capsys, ws, "ward", "approve", PILOT, "xyz", "--by", "An", "--document", "1")
    assert_clean_error(approval, 2, "không có phê duyệt «xyz»",
                       "Ban Thường vụ Đảng ủy phường đồng ý đề án nhân sự (party_committee)")  # fmt: skip
    missing = cli(capsys, ws, "ward", "approve", PILOT, "party_committee", "--by", "An")
    assert_clean_error(missing, 2, "--document")
    blank = cli(capsys, ws, "ward", "approve", PILOT, "party_committee", "--by", "An",
                "--document", "  ")  # fmt: skip
    assert_clean_error(blank, 2, "cần số văn bản (--document)")
    assert history(capsys, ws, PILOT) == before
    assert stage_of(capsys, ws, PILOT) == "guidance"


def test_folder_that_is_not_a_workspace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "trong"
    empty.mkdir()
    for args in (("ward", "status"), ("ward", "advance", "x", "start_drafts", "--by", "An")):
        result = cli(capsys, empty, *args)
        assert_clean_error(result, 2, str(empty), "không phải thư mục làm việc", "congress init")
    assert list(empty.iterdir()) == []

    # A state folder that lost its database: said, and no database is created.
    ws = init_workspace(capsys, tmp_path / "ws", wards=("cat-linh",))
    (ws / ".congress" / "state.db").unlink()
    result = cli(capsys, ws, "ward", "status")
    assert_clean_error(result, 2, "chưa có cơ sở dữ liệu", "congress init")
    assert list((ws / ".congress").iterdir()) == []

    # A workspace that arrives without any state folder (a copy, the bundled example): looking
    # at it creates nothing (issue 12); the first command that records something starts one.
    shutil.rmtree(ws / ".congress")
    result = cli(capsys, ws, "ward", "status", "--json")
    assert result.code == 0, result.err
    assert not (ws / ".congress").exists()
    result = cli(capsys, ws, "ward", "confirm", "cat-linh", "plan_issued", "--by", "An")
    assert result.code == 0, result.err
    assert "tạo mới" in result.err
    assert (ws / ".congress" / "state.db").is_file()


def test_init_refuses_a_non_empty_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "dong-da"
    target.mkdir()
    (target / "ghi-chu.txt").write_text("giữ nguyên", encoding="utf-8")
    result = run(capsys, "init", str(target), "--unit", "Quận Đống Đa", "--ward", "Ô Chợ Dừa")
    assert_clean_error(result, 2, str(target), "không trống", "không xóa gì")
    assert [p.name for p in target.iterdir()] == ["ghi-chu.txt"]
    assert (target / "ghi-chu.txt").read_text(encoding="utf-8") == "giữ nguyên"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dong-da"]  # no temporary folder left

    ws = init_workspace(capsys, tmp_path / "ws", wards=("cat-linh",))
    db = (ws / ".congress" / "state.db").read_bytes()
    again = run(capsys, "init", str(ws), "--unit", "Quận Khác", "--ward", "Kim Liên")
    assert_clean_error(again, 2, "không trống")
    assert (ws / ".congress" / "state.db").read_bytes() == db
    assert sorted(p.name for p in (ws / "wards").iterdir()) == ["cat-linh"]

    elsewhere = tmp_path / "moi"
    result = run(capsys, "init", str(elsewhere), "--unit", "Q", "--ward", "A", "--pilot", "B")
    assert_clean_error(result, 2, "phường điểm «B» không có trong các --ward")
    assert not elsewhere.exists()
    for names in (("!!!",), ("Văn Miếu", "Van Mieu")):
        args = [a for name in names for a in ("--ward", name)]
        result = run(capsys, "init", str(elsewhere), "--unit", "Q", *args)
        assert_clean_error(result, 2, f"tên phường «{names[-1]}» không dùng được")
        assert not elsewhere.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dong-da", "ws"]


# -- the state database: newer, corrupt, locked ---------------------------------------------------


def _db(ws: Path) -> Path:
    return ws / ".congress" / "state.db"


def _files(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir())


def _refused_untouched(capsys: pytest.CaptureFixture[str], ws: Path, *parts: str) -> None:
    db = _db(ws)
    before = db.read_bytes()
    for args in (
        ("ward", "status"),
        ("ward", "status", PILOT, "--json"),
        ("ward", "advance", PILOT, "start_drafts", "--by", "An"),
    ):
        assert_clean_error(cli(capsys, ws, *args), 2, str(db), "chưa thay đổi gì", *parts)
        assert db.read_bytes() == before
        assert _files(db) == ["state.db"]


def test_database_from_a_newer_version(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = init_workspace(capsys, tmp_path / "ws", wards=(PILOT,))
    raw = sqlite3.connect(_db(ws))
    raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()
    assert _files(_db(ws)) == ["state.db"]
    _refused_untouched(capsys, ws, f"phiên bản 99, mới hơn phiên bản {LATEST}", "cập nhật congress")


@pytest.mark.parametrize("damage", ["truncated", "overwritten", "not_sqlite"])
def test_corrupt_database(capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str) -> None:
    ws = init_workspace(capsys, tmp_path / "ws", wards=(PILOT,))
    db = _db(ws)
    data = bytearray(db.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "overwritten":
        data[8192 : 8192 + 512] = b"\xff" * 512
    else:
        data = bytearray(b"PK\x03\x04 this is a spreadsheet, not a database" * 50)
    db.write_bytes(bytes(data))
    _refused_untouched(capsys, ws, "cơ sở dữ liệu bị hỏng", "khôi phục tệp từ bản sao lưu")


@contextmanager
def _held(db: Path, exclusive: bool) -> Iterator[None]:
    """Another program holding the database: its write lock, or (exclusive) the whole file."""
    gc.collect()  # close the idle connections left by in-process commands (a process would exit)
    holder = sqlite3.connect(db, isolation_level=None, timeout=1)
    if exclusive:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
    else:
        holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_locked_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real command waits BUSY_TIMEOUT (5 s) for a lock; 0.2 s here keeps the test quick.
    monkeypatch.setattr(
        store_module, "open_store", functools.partial(store_module.open_store, busy_timeout=0.2)
    )
    ws = init_workspace(capsys, tmp_path / "ws", wards=(PILOT,))
    fulfil(capsys, ws, PILOT, "start_drafts")
    before = history(capsys, ws, PILOT)
    gc.collect()  # close the connections of the commands above, so the file is at rest
    db = _db(ws)
    snapshot = db.read_bytes()

    with _held(db, exclusive=False):
        # Readers still read (WAL) …
        assert stage_of(capsys, ws, PILOT) == "guidance"
        # … a ready transition cannot write: said, nothing written.
        result = advance(capsys, ws, PILOT, "start_drafts")
        assert_clean_error(result, 2, str(db), "đang bị một chương trình khác khóa", "thử lại")
    with _held(db, exclusive=True):
        result = cli(capsys, ws, "ward", "status")
        assert_clean_error(result, 2, "đang bị một chương trình khác khóa", "chưa thay đổi gì")
    gc.collect()
    assert db.read_bytes() == snapshot
    assert stage_of(capsys, ws, PILOT) == "guidance"
    assert history(capsys, ws, PILOT) == before
    # Once free, the same command goes through.
    assert advance(capsys, ws, PILOT, "start_drafts").code == 0


def test_the_inputs_hash_is_the_same_wherever_the_files_lie(tmp_path: Path) -> None:
    """The same files (names and bytes) give the same hash in any folders: an install of the tool
    elsewhere (its bundled ruleset) or a workspace moved does not change it; a byte does."""

    def placed(first: str, second: str) -> list[Path]:
        ruleset, people = tmp_path / first / "ruleset.yaml", tmp_path / second / "list.xlsx"
        for path, text in ((ruleset, "rules: 1\n"), (people, "people")):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return [ruleset, people]

    here = inputs_hash(placed("a", "b"))  # the ruleset's path sorts first
    elsewhere = placed("d", "c")  # the list's path sorts first
    assert inputs_hash(elsewhere) == here
    elsewhere[1].write_text("people!", encoding="utf-8")
    assert inputs_hash(elsewhere) != here
