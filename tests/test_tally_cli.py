"""`congress tally` through the real command: the pilot's count, bad input, double entry, workflow."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli_helpers import EXAMPLES, Run, replace, run
from tests.conftest import MakeWorkspace
from tests.sheets import write_csv, xlsx
from tests.workspace_helpers import (
    PILOT,
    cli,
    fulfil,
    init_workspace,
    ok,
    stage_of,
    transitions,
    walk_to,
)

COMMITTEE = "Ủy ban MTTQ Việt Nam phường khóa XVII"
DELEGATION = "Đoàn đại biểu dự Đại hội MTTQ Việt Nam quận Đống Đa lần thứ XVII"
AN = "      - {name: Nguyễn Văn An, birth_year: 1979, votes: 110}\n"


def tally_file(ws: Path, ward: str = "o-cho-dua") -> Path:
    return ws / "wards" / ward / "tally.yaml"


def check(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> Run:
    return run(capsys, "tally", "o-cho-dua", "-w", str(ws), *args)


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def edit_yaml(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


# the pilot's count ---------------------------------------------------------------------------


def test_pilot_tally_passes_with_a_table_of_results(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = check(capsys, ws)
    assert result.code == 0, result.err
    out = result.out
    assert "Kiểm phiếu: Ô Chợ Dừa — đại biểu triệu tập 135, có mặt 128 (94,81%)" in out
    assert "Thông qua Báo cáo chính trị" in out and "97,66%" in out
    assert f"Phiếu bầu «{COMMITTEE}»: bầu 53 người" in " ".join(out.split())
    assert "53/53 người trúng cử." in out
    assert "7/7 người trúng cử." in out
    assert "Nguyễn Văn An" in out and "Trúng cử" in out
    assert "ĐẠT: không có lỗi" in out


def test_pilot_tally_as_json(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = check(capsys, ws, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["ok"] is True and report["ward"] == "o-cho-dua"
    assert {f["rule"] for f in report["findings"]} == {
        "quorum", "tally_consistent", "double_entry_match", "item_passed", "seats_filled"
    }  # fmt: skip
    assert all(f["ok"] for f in report["findings"])
    results = report["results"]
    assert (results["convened"], results["present"], results["quorum"]) == (135, 128, True)
    assert results["present_percent"] == "94,81"
    assert len(results["items"]) == 7 and all(i["passed"] for i in results["items"])
    assert all(i["in_favour"] + i["against"] + i["not_voting"] == 128 for i in results["items"])
    committee, delegation = results["ballots"]
    assert committee["name"] == COMMITTEE
    assert (committee["seats"], len(committee["elected"]), committee["shortfall"]) == (53, 53, 0)
    assert committee["tied"] == [] and not committee["needs_revote"]
    an = next(c for c in committee["candidates"] if c["name"] == "Nguyễn Văn An")
    assert an == {"name": "Nguyễn Văn An", "votes": 110, "percent": "86,61", "passed": True,
                  "elected": True, "tied": False}  # fmt: skip
    assert delegation["name"] == DELEGATION and len(delegation["elected"]) == 7


def test_the_options_may_come_before_the_ward_and_check_is_the_default(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    first = run(capsys, "tally", "-w", str(ws), "o-cho-dua", "--json")
    second = run(capsys, "tally", "check", "o-cho-dua", "-w", str(ws), "--json")
    assert first.code == second.code == 0
    assert first.json() == second.json()


def test_help_names_both_forms(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "tally", "--help")
    assert result.code == 0
    assert "congress tally o-cho-dua -w examples" in result.out
    assert "compare" in result.out
    assert "Ví dụ" in run(capsys, "tally", "compare", "--help").out


def test_english(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "--lang", "en", "tally", "o-cho-dua", "-w", str(ws))
    assert result.code == 0, result.err
    assert "Vote count: Ô Chợ Dừa" in result.out and "53/53 elected." in result.out


def test_van_mieu_does_not_reconcile_and_gets_no_result(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "tally", "van-mieu", "-w", str(ws), "--json")
    assert result.code == 1
    report = result.json()
    assert report["ok"] is False and report["results"] is None
    (broken,) = [f for f in report["findings"] if not f["ok"]]
    assert broken["rule"] == "tally_consistent"
    assert broken["message"] == (
        f"Phiếu bầu «{COMMITTEE}»: số phiếu hợp lệ 117 + không hợp lệ 3 = 120, khác số phiếu thu "
        "vào 119."
    )
    text = run(capsys, "tally", "van-mieu", "-w", str(ws))
    assert text.code == 1
    assert "chưa tính kết quả" in text.out and "KHÔNG ĐẠT: 1 lỗi" in text.out


def test_a_missing_tally_file_says_to_fill_it(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    tally_file(ws).unlink()
    result = check(capsys, ws)
    assert result.code == 2
    assert "tally.yaml" in result.err and "điền" in result.err
    assert "Traceback" not in result.err


def test_an_unknown_ward(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "tally", "cat-linh", "-w", str(ws))
    assert result.code == 2 and "cat-linh" in result.err


# unreadable values: exit 2 with the key and the line -----------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "key", "reason"),
    [
        ("  present: 128", "  present: -5", "delegates.present", "không nhỏ hơn 0"),
        ("    valid: 127", "    valid: 126.5", "ballots.0.valid", "phải là số nguyên"),
        ("    invalid: 1\n", "    invalid: một\n", "ballots.0.invalid", "phải là số nguyên"),
        (AN, AN.replace("110", "-110"), "ballots.0.candidates.36.votes", "không nhỏ hơn 0"),
        (AN, AN.replace("110", "110.5"), "ballots.0.candidates.36.votes", "phải là số nguyên"),
        ("in_favour: 125", "in_favour: nhiều", "items.2.in_favour", "phải là số nguyên"),
    ],
    ids=["negative-present", "fraction", "text", "negative-votes", "fraction-votes", "text-item"],
)
def test_unreadable_counts_name_the_key_and_line(
    capsys: pytest.CaptureFixture[str], ws: Path, old: str, new: str, key: str, reason: str
) -> None:
    path = tally_file(ws)
    replace(path, old, new)
    result = check(capsys, ws, "--json")
    assert result.code == 2
    err = result.err
    assert str(path) in err
    assert f"dòng {line_of(path, new.strip().splitlines()[0])}" in err
    assert f"khóa «{key}»" in err and reason in err
    assert result.json()["ok"] is False  # --json: one document on stdout even on an input error


# figures that do not reconcile: exit 1 with the reconciliation finding -----------------------


def _add_item(text: str) -> str:
    return text.replace(
        "\n# Các cuộc bỏ phiếu kín",
        '  - {id: bo_sung, name: "Biểu quyết bổ sung"}\n\n# Các cuộc bỏ phiếu kín',
        1,
    )


BROKEN = {
    "present-over-convened": (
        ("  present: 128", "  present: 136"),
        "Số đại biểu có mặt 136 lớn hơn số đại biểu triệu tập 135.",
    ),
    "collected-over-issued": (
        ("    issued: 128\n    collected: 128", "    issued: 127\n    collected: 128"),
        f"Phiếu bầu «{COMMITTEE}»: số phiếu thu vào 128 lớn hơn số phiếu phát ra 127.",
    ),
    "valid-invalid-not-collected": (
        ("    valid: 127\n    invalid: 1", "    valid: 127\n    invalid: 2"),
        f"Phiếu bầu «{COMMITTEE}»: số phiếu hợp lệ 127 + không hợp lệ 2 = 129, khác số phiếu "
        "thu vào 128.",
    ),
    "candidate-over-valid": (
        (AN, AN.replace("110", "128")),
        f"Phiếu bầu «{COMMITTEE}»: «Nguyễn Văn An» được 128 phiếu, nhiều hơn số phiếu hợp lệ 127.",
    ),
    "same-candidate-twice": (
        (AN, AN + AN.replace("110", "90")),
        f"Phiếu bầu «{COMMITTEE}»: «Nguyễn Văn An» được ghi hai lần trong danh sách.",
    ),
    "item-sum": (
        ("in_favour: 125, against: 1", "in_favour: 125, against: 2"),
        "Biểu quyết «Thông qua Báo cáo chính trị»: tán thành 125 + không tán thành 2 + không "
        "biểu quyết 2 = 129, khác số đại biểu có mặt 128.",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_figures_that_do_not_reconcile_are_refused(
    capsys: pytest.CaptureFixture[str], ws: Path, case: str
) -> None:
    (old, new), message = BROKEN[case]
    replace(tally_file(ws), old, new)
    result = check(capsys, ws, "--json")
    assert result.code == 1, result.err
    report = result.json()
    assert report["results"] is None
    broken = [f for f in report["findings"] if f["rule"] == "tally_consistent" and not f["ok"]]
    assert message in [f["message"] for f in broken]
    assert all(f["hint"] and "tally.yaml" in f["hint"] for f in broken)


def test_an_item_with_no_votes_recorded(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    path = tally_file(ws)
    path.write_text(_add_item(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = check(capsys, ws, "--json")
    assert result.code == 1
    messages = [f["message"] for f in result.json()["findings"] if not f["ok"]]
    assert messages == [
        "Biểu quyết «Biểu quyết bổ sung»: chưa ghi đủ số tán thành, không tán thành, không biểu "
        "quyết."
    ]


def test_more_winners_declared_than_seats(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    names = ["Nguyễn Thị Xuân", "Lương Mai Giang", "Lý Văn Long", "Nguyễn Thị Chi",
             "Vũ Minh Xuân", "Phạm Khánh Thơ", "Lê Duy Huy", "Nguyễn Văn An"]  # fmt: skip
    edit_yaml(tally_file(ws), lambda d: d["ballots"][1].update(declared_elected=names))
    result = check(capsys, ws, "--json")
    assert result.code == 1
    messages = [f["message"] for f in result.json()["findings"] if not f["ok"]]
    assert messages == [
        f"Phiếu bầu «{DELEGATION}»: «Nguyễn Văn An» được ghi trúng cử (declared_elected) nhưng "
        "không có trong danh sách ứng cử viên.",
        f"Phiếu bầu «{DELEGATION}»: ghi 8 người trúng cử (declared_elected), nhiều hơn số người "
        "được bầu 7.",
    ]


def test_declared_winners_that_match_pass_and_that_differ_fail(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    names = ["Lê Duy Huy", "Phạm Khánh Thơ", "Nguyễn Thị Xuân", "Lương Mai Giang",
             "Vũ Minh Xuân", "Lý Văn Long", "Nguyễn Thị Chi"]  # fmt: skip
    edit_yaml(tally_file(ws), lambda d: d["ballots"][1].update(declared_elected=names))
    assert check(capsys, ws).code == 0
    del names[-1]  # a winner missing from what was declared by hand
    edit_yaml(tally_file(ws), lambda d: d["ballots"][1].update(declared_elected=names))
    result = check(capsys, ws, "--json")
    assert result.code == 1
    (finding,) = [f for f in result.json()["findings"] if not f["ok"]]
    assert finding["rule"] == "seats_filled" and "khác kết quả tính được" in finding["message"]


def test_a_failed_item_and_a_tie_are_results_not_input_errors(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    replace(tally_file(ws), "in_favour: 125, against: 1", "in_favour: 64, against: 62")
    replace(tally_file(ws), "{name: Nguyễn Thị Chi, birth_year: 1983, votes: 115}",
            "{name: Nguyễn Thị Chi, birth_year: 1983, votes: 30}")  # fmt: skip
    result = check(capsys, ws, "--json")
    assert result.code == 1
    report = result.json()
    failed = {f["rule"]: f for f in report["findings"] if not f["ok"]}
    assert set(failed) == {"item_passed", "seats_filled"}
    assert "tán thành 64/128 (50,00%), không quá 1/2" in failed["item_passed"]["message"]
    assert "chỉ 6/7 người" in failed["seats_filled"]["message"]
    results = report["results"]
    assert [i["passed"] for i in results["items"]].count(False) == 1
    assert results["ballots"][1]["shortfall"] == 1
    text = check(capsys, ws)
    assert "Không thông qua" in text.out and "còn thiếu 1 người" in text.out


# candidate tables in a spreadsheet -----------------------------------------------------------

DELEGATES = [("Nguyễn Thị Xuân", 1969, 125), ("Lương Mai Giang", 1977, 125),
             ("Lý Văn Long", 1962, 115), ("Nguyễn Thị Chi", 1983, 115),
             ("Vũ Minh Xuân", 1977, 123), ("Phạm Khánh Thơ", 1978, 126),
             ("Lê Duy Huy", 1995, 126)]  # fmt: skip
TITLE = ["KẾT QUẢ BẦU ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI CẤP QUẬN", None, None, None]


def use_table(ws: Path, name: str) -> None:
    def change(data: dict[str, Any]) -> None:
        del data["ballots"][1]["candidates"]
        data["ballots"][1]["candidates_file"] = name

    edit_yaml(tally_file(ws), change)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_candidates_from_a_spreadsheet(
    capsys: pytest.CaptureFixture[str], ws: Path, kind: str
) -> None:
    rows: list[list[Any]] = [
        TITLE,
        [None] * 4,
        ["STT", "HỌ VÀ TÊN", "Năm sinh", "Số phiếu bầu"],
        ["(1)", "(2)", "(3)", "(4)"],
        *[[i, n, y, v] for i, (n, y, v) in enumerate(DELEGATES, start=1)],
        ["Tổng cộng", None, None, sum(v for *_, v in DELEGATES)],
        [None, "TM. BAN KIỂM PHIẾU", None, None],
    ]
    folder = tally_file(ws).parent
    if kind == "xlsx":
        xlsx(folder / "doan-dai-bieu.xlsx", rows)
    else:
        write_csv(folder / "doan-dai-bieu.csv", rows, delimiter=";", bom=True)
    use_table(ws, f"doan-dai-bieu.{kind}")
    result = check(capsys, ws, "--json")
    assert result.code == 0, result.err
    delegation = result.json()["results"]["ballots"][1]
    assert sorted(delegation["elected"]) == sorted(n for n, _, _ in DELEGATES)
    assert {c["name"]: c["votes"] for c in delegation["candidates"]}["Lê Duy Huy"] == 126


@pytest.mark.parametrize(
    ("votes", "shown"), [(-3, "-3"), (12.5, "12.5"), ("mười", "mười"), (None, "")]
)
def test_a_bad_votes_cell_is_named_by_file_row_and_column(
    capsys: pytest.CaptureFixture[str], ws: Path, votes: Any, shown: str
) -> None:
    rows: list[list[Any]] = [TITLE, ["STT", "Họ và tên", "Ngày sinh", "Số phiếu"]]
    rows += [[i, n, f"01/02/{y}", v] for i, (n, y, v) in enumerate(DELEGATES, start=1)]
    rows[4][3] = votes
    xlsx(tally_file(ws).parent / "doan-dai-bieu.xlsx", rows)
    use_table(ws, "doan-dai-bieu.xlsx")
    result = check(capsys, ws)
    assert result.code == 2
    assert "doan-dai-bieu.xlsx" in result.err
    assert "dòng 5, cột D «Số phiếu»" in result.err
    assert f"số phiếu «{shown}» không hợp lệ" in result.err


def test_a_table_without_a_votes_column(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    xlsx(tally_file(ws).parent / "doan-dai-bieu.xlsx", [["Họ và tên", "Năm sinh"], ["A", 1970]])
    use_table(ws, "doan-dai-bieu.xlsx")
    result = check(capsys, ws)
    assert result.code == 2 and "«Số phiếu»" in result.err


def test_a_missing_candidates_file_names_the_key(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    use_table(ws, "khong-co.xlsx")
    result = check(capsys, ws)
    assert result.code == 2
    path = tally_file(ws)
    assert "khóa «ballots.1.candidates_file»" in result.err
    assert f"dòng {line_of(path, 'candidates_file')}" in result.err
    assert "khong-co.xlsx" in result.err


# double entry --------------------------------------------------------------------------------


def test_compare_identical_entries(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    a = tally_file(ws)
    b = a.with_name("ban-sao.yaml")
    shutil.copy(a, b)
    result = run(capsys, "tally", "compare", str(a), str(b))
    assert result.code == 0, result.err
    assert "Hai bản nhập khớp nhau" in result.out
    assert run(capsys, "tally", "compare", str(a), str(b), "--json").json()["differences"] == []


def test_compare_lists_the_differing_figures(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    a, b = tally_file(ws), tally_file(ws).with_name("tally-nhap-sai.yaml")
    result = run(capsys, "tally", "compare", str(a), str(b))
    assert result.code == 1
    assert "KHÔNG khớp (1 số liệu khác nhau" in result.out
    line = f"Phiếu bầu «{COMMITTEE}», «Nguyễn Văn An»: số phiếu bầu: bản A 110, bản B 111"
    assert line in result.out
    data = run(capsys, "tally", "compare", str(a), str(b), "--json").json()
    assert data["ok"] is False
    assert data["differences"] == [
        {"where": f"Phiếu bầu «{COMMITTEE}», «Nguyễn Văn An»", "field": "số phiếu bầu",
         "a": 110, "b": 111, "message": line}
    ]  # fmt: skip


def test_compare_names_entries_found_in_one_file_only(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    a = tally_file(ws)
    b = a.with_name("ban-2.yaml")
    b.write_text(_add_item(a.read_text(encoding="utf-8")), encoding="utf-8")
    replace(b, "  present: 128", "  present: 127")
    result = run(capsys, "tally", "compare", str(a), str(b))
    assert result.code == 1
    assert "Đại biểu: số đại biểu có mặt: bản A 128, bản B 127" in result.out
    assert "Biểu quyết «Biểu quyết bổ sung»: chỉ có trong bản B" in result.out


def test_compare_an_unreadable_entry(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    a = tally_file(ws)
    result = run(capsys, "tally", "compare", str(a), str(a.with_name("khong-co.yaml")))
    assert result.code == 2 and "khong-co.yaml" in result.err


# the workflow: the tally guards congress → first_meeting and recognised → reported ------------


@pytest.fixture
def pilot_at_congress(capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace) -> Path:
    root = make_workspace("init", wards=("o-cho-dua",))
    walk_to(capsys, root, PILOT, "congress")
    return root


def break_tally(root: Path) -> None:
    replace(root / "wards" / PILOT / "tally.yaml", "    invalid: 1\n", "    invalid: 2\n")


def restore_tally(root: Path) -> None:
    shutil.copy(EXAMPLES / PILOT / "tally.yaml", root / "wards" / PILOT / "tally.yaml")


def advance(capsys: pytest.CaptureFixture[str], root: Path, trigger: str) -> Run:
    return cli(capsys, root, "ward", "advance", PILOT, trigger, "--by", "Nguyễn Công Tài", "--json")


@pytest.mark.parametrize(("trigger", "stage"), [("hold_first_meeting", "congress"),
                                                 ("report_results", "recognised")])  # fmt: skip
def test_an_inconsistent_tally_blocks_the_transition_and_a_consistent_one_is_stored(
    capsys: pytest.CaptureFixture[str], pilot_at_congress: Path, trigger: str, stage: str
) -> None:
    root = pilot_at_congress
    if stage == "recognised":
        walk_to(capsys, root, PILOT, "recognised")
    fulfil(capsys, root, PILOT, trigger)
    break_tally(root)
    refused = advance(capsys, root, trigger)
    assert refused.code == 1
    blocking = refused.json()["readiness"]["blocking"]
    assert [f["rule"] for f in blocking] == ["tally_consistent"]
    assert "hợp lệ 127 + không hợp lệ 2 = 129, khác số phiếu thu vào 128" in blocking[0]["message"]
    assert stage_of(capsys, root, PILOT) == stage
    restore_tally(root)
    moved = advance(capsys, root, trigger)
    assert moved.code == 0, moved.out
    row = transitions(capsys, root, PILOT)[-1]
    assert row["trigger"] == trigger
    results = row["details"]["tally"]
    assert (results["convened"], results["present"]) == (135, 128)
    assert len(results["items"]) == 7
    committee = results["ballots"][0]
    assert committee["name"] == COMMITTEE and len(committee["elected"]) == 53
    assert "Nguyễn Văn An" in committee["elected"]
    expected = {"quorum", "tally_consistent", "double_entry_match", "item_passed", "seats_filled"}
    if trigger == "hold_first_meeting":
        expected |= {"first_meeting_consistent", "standing_approved"}
    assert {f["rule"] for f in row["findings"]} == expected
    assert row["inputs_hash"]


def test_counting_needs_a_tally_file(
    capsys: pytest.CaptureFixture[str], pilot_at_congress: Path
) -> None:
    root = pilot_at_congress
    (root / "wards" / PILOT / "tally.yaml").unlink()
    fulfil(capsys, root, PILOT, "hold_first_meeting")
    result = advance(capsys, root, "hold_first_meeting")
    assert result.code == 2 and "tally.yaml" in result.err
    assert stage_of(capsys, root, PILOT) == "congress"


def test_ward_check_shows_the_tally_findings(
    capsys: pytest.CaptureFixture[str], pilot_at_congress: Path
) -> None:
    root = pilot_at_congress
    break_tally(root)
    result = cli(capsys, root, "ward", "check", PILOT, "--json")
    assert result.code == 1
    (view,) = result.json()["next"]
    assert view["trigger"] == "hold_first_meeting"
    assert [f["rule"] for f in view["blocking"]] == ["tally_consistent"]
    ok(capsys, root, "ward", "status", PILOT)


def test_an_inconsistent_tally_cannot_be_excepted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:

    ws = init_workspace(capsys, tmp_path / "ws")
    result = run(capsys, "ward", "exception", "o-cho-dua", "tally_consistent", "--by", "An",
                 "--reason", "x", "--document", "1", "-w", str(ws))  # fmt: skip
    assert result.code == 2
    assert "không thể cho qua bằng ngoại lệ" in result.err


def test_a_boolean_or_quoted_count_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from congress.core.tally import Delegates

    with pytest.raises(ValueError, match="integer"):
        Delegates.model_validate({"convened": True, "present": 1})
    with pytest.raises(ValueError, match="integer"):
        Delegates.model_validate({"convened": "12", "present": 1})


def test_a_second_entry_that_differs_withholds_the_result(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = tally_file(ws).parent
    shutil.copy(folder / "tally.yaml", folder / "tally-ban-2.yaml")
    agreed = run(capsys, "tally", "o-cho-dua", "-w", str(ws), "--json").json()
    rule = next(f for f in agreed["findings"] if f["rule"] == "double_entry_match")
    assert rule["ok"] is True
    assert rule["status"] == "passed"
    shutil.copy(folder / "tally-nhap-sai.yaml", folder / "tally-ban-2.yaml")
    result = run(capsys, "tally", "o-cho-dua", "-w", str(ws), "--json")
    assert result.code == 1
    report = result.json()
    rule = next(f for f in report["findings"] if f["rule"] == "double_entry_match")
    assert rule["ok"] is False
    assert "Nguyễn Văn An" in rule["message"]
    assert "bản 1 110, bản 2 111" in rule["message"]
    assert report["results"] is None
    passed = {f["rule"]: f["status"] for f in report["findings"]}
    assert passed["seats_filled"] == "not_checked"
