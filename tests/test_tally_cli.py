"""`congress tally` through the real command: the pilot's count (hiệp thương, not an election),
bad input at its boundaries, people files, double entry, and the workflow's guard."""

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

COMMITTEE = "Ủy ban MTTQ Việt Nam phường Ô Chợ Dừa khóa XVII"
AN = "{name: Nguyễn Văn An, birth_year: 1979, approvals: 110, disapprovals: 17}"
RULES = {"quorum", "tally_consistent", "double_entry_match", "item_passed", "person_approved",
         "seats_filled", "delegation_complete", "facts_agree"}  # fmt: skip


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


def failed(result: Run) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for f in result.json()["findings"]:
        if not f["ok"]:
            found.setdefault(f["rule"], []).append(f)
    return found


# the pilot's count ---------------------------------------------------------------------------


def test_pilot_count_passes_in_the_fronts_words(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = check(capsys, ws)
    assert result.code == 0, result.err
    out = " ".join(result.out.split())
    assert "Kiểm phiếu, biểu quyết: Ô Chợ Dừa — đại biểu triệu tập 135, có mặt 128 (94,81%)" in out
    assert "Đã hiệp thương cử 53/55; khuyết 2." in out
    assert "Đã hiệp thương cử 6/6." in out and "Đã hiệp thương cử 1/1." in out
    assert "Hội nghị lần thứ nhất: ủy viên triệu tập 53, có mặt 51 (96,23%)" in out
    assert "Nhật ký nhập liệu" in out
    assert "Ủy ban MTTQ khóa mới: số lượng 55 = đã hiệp thương cử 53 + khuyết 2 (ghi trong tệp: 2) — khớp" in out  # fmt: skip
    assert "ĐẠT: không có lỗi" in out
    for word in ("trúng cử", "ứng cử", "bầu cử", "phiếu bầu"):
        assert word not in out.lower()


def test_pilot_count_as_json(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = check(capsys, ws, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["ok"] is True
    assert {f["rule"] for f in report["findings"]} == RULES
    results = report["results"]
    assert (results["convened"], results["present"], results["quorum"]) == (135, 128, True)
    assert [v["id"] for v in results["votes"][:2]] == ["presidium", "secretariat"]
    assert all(v["passed"] for v in results["votes"])
    assert results["votes"][0]["share"] == {"count": 128, "of": 128, "denominator": "present",
                                            "percent": 100.0, "text": "128/128 (100,00%)"}  # fmt: skip
    lists = {row["id"]: row for row in results["lists"]}
    assert set(lists) == {"committee", "official", "alternate", "standing"}
    committee = lists["committee"]
    assert (committee["planned"], len(committee["chosen"]), committee["vacancies"]) == (55, 53, 2)
    assert committee["method"] == "secret" and committee["valid"] == 127
    assert lists["alternate"]["chosen"] == ["Lê Duy Huy"]
    assert "Lê Duy Huy" not in lists["official"]["chosen"]
    assert [p["role"] for p in lists["standing"]["people"]] == [
        "chair", "vice_chair", "vice_chair", "standing_member"]  # fmt: skip
    assert results["first_meeting"]["quorum"] is True
    assert all(line["ok"] for line in report["journal"])


def test_the_options_may_come_before_the_ward_and_check_is_the_default(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    assert run(capsys, "tally", "-w", str(ws), "o-cho-dua").code == 0
    assert run(capsys, "tally", "check", "o-cho-dua", "-w", str(ws)).code == 0


def test_help_speaks_of_hiep_thuong(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "tally", "--help")
    assert result.code == 0
    assert "hiệp thương cử" in result.out and "compare" in result.out
    assert "bầu cử" not in result.out


def test_english(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "--lang", "en", "tally", "o-cho-dua", "-w", str(ws))
    assert result.code == 0, result.err
    assert "Count: Ô Chợ Dừa" in result.out and "53/55 chosen; 2 vacant." in result.out


def test_van_mieu_does_not_reconcile_and_gets_no_result(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "tally", "van-mieu", "-w", str(ws), "--json")
    assert result.code == 1
    report = result.json()
    assert report["ok"] is False and report["results"] is None
    (broken,) = failed(result)["tally_consistent"]
    assert broken["message"] == (
        "tally.yaml, khóa committee.ballots: Ủy ban MTTQ khóa mới: phiếu hợp lệ 117 + không hợp lệ "
        "3 = 120, khác số phiếu thu vào 119."
    )
    assert [line["ok"] for line in report["journal"]].count(False) == 1
    text = run(capsys, "tally", "van-mieu", "-w", str(ws))
    assert text.code == 1
    assert "chưa dùng kết quả" in text.out and "KHÔNG KHỚP" in text.out
    assert "KHÔNG ĐẠT: 1 lỗi" in text.out


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
        ("valid: 127, invalid: 1}", "valid: 126.5, invalid: 1}", "committee.ballots.valid",
         "phải là số nguyên"),
        (AN, AN.replace("110", "-110"), "committee.people.36.approvals", "không nhỏ hơn 0"),
        (AN, AN.replace("110", "110.5"), "committee.people.36.approvals", "phải là số nguyên"),
        ("in_favour: 125", "in_favour: nhiều", "items.2.in_favour", "phải là số nguyên"),
        ("  method: secret", "  method: hands", "committee", "biểu quyết giơ tay (method: hands) không có phiếu"),
        ("  method: secret", "  method: kín", "committee.method", "hands, secret"),
        ("    - {count: 4, reason: ốm}", "    - {reason: ốm}", "delegates.absent.0",
         "ghi họ tên (name) hoặc số người (count)"),
    ],
    ids=["negative-present", "fraction", "negative-approvals", "fraction-approvals", "text-item",
         "ballots-without-secret", "unknown-method", "absence-without-who"],
)  # fmt: skip
def test_unreadable_counts_name_the_key_and_line(
    capsys: pytest.CaptureFixture[str], ws: Path, old: str, new: str, key: str, reason: str
) -> None:
    path = tally_file(ws)
    replace(path, old, new)
    result = check(capsys, ws, "--json")
    assert result.code == 2
    err = result.err
    assert str(path) in err
    assert f"khóa «{key}»" in err and reason in err, err
    assert "dòng " in err
    assert result.json()["ok"] is False  # --json: one document on stdout even on an input error


def test_secret_without_ballots_names_the_list(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    edit_yaml(tally_file(ws), lambda d: d["committee"].pop("ballots"))
    result = check(capsys, ws)
    assert result.code == 2
    assert "khóa «committee»" in result.err and "phải ghi số phiếu" in result.err


# figures that do not reconcile: a failed rule naming the file and key, no result used ----------


BROKEN = {
    "present-over-convened": (
        ("  present: 128", "  present: 136"),
        "tally.yaml, khóa delegates.present: số đại biểu có mặt 136 lớn hơn số được triệu tập 135.",
    ),
    "absences-do-not-add-up": (
        ("    - {count: 3, reason: đi công tác}", "    - {count: 2, reason: đi công tác}"),
        "tally.yaml, khóa delegates.absent: danh sách vắng mặt ghi 6 người, khác số triệu tập "
        "135 − có mặt 128 = 7.",
    ),
    "collected-over-issued": (
        ("{issued: 128, collected: 128", "{issued: 127, collected: 128"),
        "tally.yaml, khóa committee.ballots: Ủy ban MTTQ khóa mới: số phiếu thu vào 128 lớn hơn "
        "số phát ra 127.",
    ),
    "approvals-over-valid": (
        (AN, AN.replace("approvals: 110, disapprovals: 17", "approvals: 128, disapprovals: 0")),
        "tally.yaml, khóa committee.people.36: Ủy ban MTTQ khóa mới: «Nguyễn Văn An» có 128 tán "
        "thành, nhiều hơn số phiếu hợp lệ (127).",
    ),
    "approvals-over-present": (
        (
            "{name: Lê Duy Huy, birth_year: 1995, approvals: 126, disapprovals: 2}",
            "{name: Lê Duy Huy, birth_year: 1995, approvals: 129, disapprovals: 0}",
        ),
        "tally.yaml, khóa delegation.alternate.people.0: Đoàn đại biểu — đại biểu dự khuyết: «Lê "
        "Duy Huy» có 129 tán thành, nhiều hơn số đại biểu có mặt (128).",
    ),
    "approvals-and-disapprovals-over-present": (
        (
            "{name: Lê Duy Huy, birth_year: 1995, approvals: 126, disapprovals: 2}",
            "{name: Lê Duy Huy, birth_year: 1995, approvals: 126, disapprovals: 3}",
        ),
        "tally.yaml, khóa delegation.alternate.people.0: Đoàn đại biểu — đại biểu dự khuyết: «Lê "
        "Duy Huy»: tán thành 126 + không tán thành 3 = 129, nhiều hơn số đại biểu có mặt (128).",
    ),
    "same-person-twice": (
        (AN, AN + "\n    - " + AN.replace("110", "90")),
        "tally.yaml, khóa committee.people: Ủy ban MTTQ khóa mới: «Nguyễn Văn An» được ghi hai lần.",
    ),
    "vote-sum": (
        ("in_favour: 125, against: 1", "in_favour: 125, against: 2"),
        "tally.yaml, khóa items.2: biểu quyết «Thông qua Báo cáo chính trị»: tán thành 125 + "
        "không tán thành 2 + không biểu quyết 2 = 129, khác số đại biểu có mặt 128.",
    ),
    "presidium-sum": (
        ("presidium: {in_favour: 128, against: 0", "presidium: {in_favour: 120, against: 0"),
        "tally.yaml, khóa presidium: biểu quyết «Đoàn Chủ tịch Đại hội»: tán thành 120 + không "
        "tán thành 0 + không biểu quyết 0 = 120, khác số đại biểu có mặt 128.",
    ),
    "alternate-also-official": (
        (
            "{name: Lê Duy Huy, birth_year: 1995, approvals: 126, disapprovals: 2}",
            "{name: Phạm Khánh Thơ, birth_year: 1978, approvals: 126, disapprovals: 2}",
        ),
        "tally.yaml, khóa delegation.alternate.people.0: «Phạm Khánh Thơ» vừa ở danh sách đại "
        "biểu dự khuyết vừa ở danh sách chính thức; đại biểu dự khuyết không được xếp vào danh "
        "sách chính thức.",
    ),
    "standing-not-on-committee": (
        ("{name: Cao Hữu Hải, role: standing_member", "{name: Cao Văn Hải, role: standing_member"),
        "tally.yaml, khóa first_meeting.standing.people.3: «Cao Văn Hải» được giới thiệu vào Ban "
        "Thường trực nhưng không có trong danh sách Ủy ban (committee.people).",
    ),
    "standing-approvals-over-members-present": (
        (
            "{name: Trịnh Đức Lợi, role: vice_chair, approvals: 51, disapprovals: 0}",
            "{name: Trịnh Đức Lợi, role: vice_chair, approvals: 52, disapprovals: 0}",
        ),
        "tally.yaml, khóa first_meeting.standing.people.2: Ban Thường trực (Hội nghị lần thứ "
        "nhất): «Trịnh Đức Lợi» có 52 tán thành, nhiều hơn số ủy viên có mặt (51).",
    ),
    "members-present-over-convened": (
        ("  present: 51", "  present: 54"),
        "tally.yaml, khóa first_meeting.present: số ủy viên có mặt 54 lớn hơn số ủy viên được "
        "triệu tập 53.",
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
    broken = failed(result)["tally_consistent"]
    assert message in [f["message"] for f in broken], [f["message"] for f in broken]
    assert all(f["hint"] and "tally.yaml" in f["hint"] for f in broken)
    statuses = {f["rule"]: f["status"] for f in report["findings"]}
    for rule in ("item_passed", "person_approved", "seats_filled", "delegation_complete"):
        assert statuses[rule] == "not_checked"


# the vacancies reconciled with the planned seats ------------------------------------------------


@pytest.mark.parametrize("declared", [1, 3])
def test_a_vacancy_count_that_does_not_match_withholds_the_result(
    capsys: pytest.CaptureFixture[str], ws: Path, declared: int
) -> None:
    replace(tally_file(ws), "  vacancies: 2", f"  vacancies: {declared}")
    result = check(capsys, ws, "--json")
    assert result.code == 1
    (finding,) = failed(result)["seats_filled"]
    assert finding["message"] == (
        f"tally.yaml, khóa committee.vacancies: ghi khuyết {declared}, nhưng số lượng 55 − đã hiệp "
        "thương cử 53 = 2."
    )
    assert "Sửa committee.vacancies thành 2" in finding["hint"]
    assert result.json()["results"] is None
    text = check(capsys, ws)
    assert f"(ghi trong tệp: {declared}) — KHÔNG KHỚP" in " ".join(text.out.split())


def test_a_person_not_approved_leaves_a_vacancy(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    # exactly half of the 128 present is not enough: 64/128 leaves the seat vacant
    replace(tally_file(ws), AN, AN.replace("approvals: 110, disapprovals: 17",
                                           "approvals: 64, disapprovals: 63"))  # fmt: skip
    result = check(capsys, ws, "--json")
    assert result.code == 1
    found = failed(result)
    (person,) = found["person_approved"]
    assert person["severity"] == "warning"
    assert person["message"] == (
        "Ủy ban MTTQ khóa mới: «Nguyễn Văn An» được 64/128 số đại biểu có mặt tán thành (50,00%), "
        "không quá 1/2 (cần ít nhất 65): không được hiệp thương cử."
    )
    assert person["actual"]["count"] == 64 and person["limit"]["min_count"] == 65
    seats = [f["message"] for f in found["seats_filled"]]
    assert seats == [
        "tally.yaml, khóa committee.vacancies: ghi khuyết 2, nhưng số lượng 55 − đã hiệp thương "
        "cử 52 = 3.",
        "tally.yaml, khóa first_meeting.members: ghi 53 ủy viên, nhưng Đại hội đã hiệp thương cử "
        "52 ủy viên.",
    ]
    assert result.json()["results"] is None  # nothing is used while the seats do not reconcile
    replace(tally_file(ws), "  vacancies: 2", "  vacancies: 3")
    replace(tally_file(ws), "  members: 53", "  members: 52")
    fixed = check(capsys, ws, "--json")
    assert fixed.code == 0, fixed.out
    committee = fixed.json()["results"]["lists"][0]
    assert committee["vacancies"] == 3 and "Nguyễn Văn An" not in committee["chosen"]
    # one more approval is enough
    replace(tally_file(ws), "approvals: 64, disapprovals: 63", "approvals: 65, disapprovals: 62")
    replace(tally_file(ws), "  vacancies: 3", "  vacancies: 2")
    replace(tally_file(ws), "  members: 52", "  members: 53")
    assert check(capsys, ws).code == 0


def test_more_passing_than_seats_takes_the_most_approvals_and_a_tie_needs_a_new_vote(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    def two_for_one(data: dict[str, Any]) -> None:
        data["delegation"]["alternate"]["people"].append(
            {"name": "Đỗ Văn Việt", "birth_year": 1972, "approvals": 120, "disapprovals": 8}
        )

    edit_yaml(tally_file(ws), two_for_one)
    result = check(capsys, ws, "--json")
    assert result.code == 0, result.out
    alternate = result.json()["results"]["lists"][2]
    assert alternate["chosen"] == ["Lê Duy Huy"]
    assert [p["passed"] for p in alternate["people"]] == [True, True]
    edit_yaml(tally_file(ws), lambda d: d["delegation"]["alternate"]["people"][1].update(
        approvals=126, disapprovals=2))  # fmt: skip
    tied = check(capsys, ws, "--json")
    assert tied.code == 1
    (finding,) = failed(tied)["delegation_complete"]
    assert "Lê Duy Huy, Đỗ Văn Việt bằng số tán thành ở vị trí cuối" in finding["message"]
    assert (
        finding["hint"]
        == "Tổ chức biểu quyết lại giữa Lê Duy Huy, Đỗ Văn Việt, rồi ghi kết quả mới."
    )


def test_a_delegation_list_short_of_its_number(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    replace(tally_file(ws), "    planned: 1\n", "    planned: 2\n")
    result = check(capsys, ws, "--json")
    assert result.code == 1
    (finding,) = failed(result)["delegation_complete"]
    assert finding["message"] == (
        "Đoàn đại biểu — đại biểu dự khuyết: mới hiệp thương cử 1/2, còn thiếu 1."
    )


def test_a_failed_item_at_exactly_half_is_a_result_not_an_input_error(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    replace(tally_file(ws), "in_favour: 125, against: 1", "in_favour: 64, against: 62")
    result = check(capsys, ws, "--json")
    assert result.code == 1
    (item,) = failed(result)["item_passed"]
    assert "64/128 số đại biểu có mặt tán thành (50,00%), không quá 1/2" in item["message"]
    assert result.json()["results"] is not None
    assert "Không thông qua" in check(capsys, ws).out


@pytest.mark.parametrize(("present", "code"), [(90, 0), (89, 1)])
def test_quorum_at_two_thirds_exactly(
    capsys: pytest.CaptureFixture[str], ws: Path, present: int, code: int
) -> None:
    # 135 convened: 90 × 3 = 270 = 135 × 2 is valid, 89 is not
    def shrink(data: dict[str, Any]) -> None:
        data["delegates"] = {"convened": 135, "present": present}
        for vote in [data["presidium"], data["secretariat"], *data["items"]]:
            vote.update(in_favour=present, against=0, not_voting=0)
        data["committee"]["ballots"] = {
            "issued": present,
            "collected": present,
            "valid": present,
            "invalid": 0,
        }
        for person in data["committee"]["people"]:
            person.update(approvals=present - 10, disapprovals=10)
        for key in ("official", "alternate"):
            for person in data["delegation"][key]["people"]:
                person.update(approvals=present - 1, disapprovals=1)

    edit_yaml(tally_file(ws), shrink)
    result = check(capsys, ws, "--json")
    assert result.code == code, result.out
    quorum = next(f for f in result.json()["findings"] if f["rule"] == "quorum")
    assert quorum["actual"]["count"] == present and quorum["limit"]["min_count"] == 90


def test_the_first_meeting_chooses_the_ban_thuong_truc(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    # 25 of the 51 members present is not more than half: the Chủ tịch is not chosen
    replace(tally_file(ws), "{name: Nguyễn Thị Xuân, role: chair, approvals: 51, disapprovals: 0}",
            "{name: Nguyễn Thị Xuân, role: chair, approvals: 25, disapprovals: 26}")  # fmt: skip
    result = check(capsys, ws, "--json")
    assert result.code == 0  # a seat left vacant is a result (a warning), not an input error
    (person,) = failed(result)["person_approved"]
    assert person["message"].startswith(
        "Ban Thường trực (Hội nghị lần thứ nhất): «Nguyễn Thị Xuân» được 25/51 số ủy viên có mặt "
        "tán thành (49,02%)"
    )
    standing = result.json()["results"]["lists"][3]
    assert standing["vacancies"] == 1 and "Nguyễn Thị Xuân" not in standing["chosen"]
    seats = [f for f in result.json()["findings"] if f["rule"] == "seats_filled"]
    wanted = "Ban Thường trực (Hội nghị lần thứ nhất): số lượng 4; đã hiệp thương cử 3, khuyết 1."
    assert wanted in [f["message"] for f in seats]


def test_first_meeting_members_must_be_those_chosen(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    replace(tally_file(ws), "  members: 53", "  members: 54")
    result = check(capsys, ws, "--json")
    assert result.code == 1
    (finding,) = failed(result)["seats_filled"]
    assert finding["message"] == (
        "tally.yaml, khóa first_meeting.members: ghi 54 ủy viên, nhưng Đại hội đã hiệp thương cử "
        "53 ủy viên."
    )


def test_a_standing_member_chosen_but_not_on_the_new_committee(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    # Cao Hữu Hải was put forward for the committee but not approved there (exactly half)
    replace(tally_file(ws), "{name: Cao Hữu Hải, birth_year: 1987, approvals: 122, disapprovals: 5}",
            "{name: Cao Hữu Hải, birth_year: 1987, approvals: 64, disapprovals: 63}")  # fmt: skip
    replace(tally_file(ws), "  vacancies: 2", "  vacancies: 3")
    replace(tally_file(ws), "  members: 53", "  members: 52")
    result = check(capsys, ws, "--json")
    assert result.code == 1
    messages = [f["message"] for f in failed(result)["seats_filled"]]
    assert messages == [
        "tally.yaml: «Cao Hữu Hải» được hiệp thương cử vào Ban Thường trực nhưng không được Đại "
        "hội hiệp thương cử vào Ủy ban."
    ]


# approvals tables in a spreadsheet ------------------------------------------------------------

DELEGATES = [("Nguyễn Thị Xuân", 1969, 125), ("Lương Mai Giang", 1977, 125),
             ("Lý Văn Long", 1962, 115), ("Nguyễn Thị Chi", 1983, 115),
             ("Vũ Minh Xuân", 1977, 123), ("Phạm Khánh Thơ", 1978, 126)]  # fmt: skip
TITLE = ["KẾT QUẢ HIỆP THƯƠNG CỬ ĐẠI BIỂU CHÍNH THỨC DỰ ĐẠI HỘI CẤP QUẬN", None, None, None, None]


def use_table(ws: Path, name: str) -> None:
    def change(data: dict[str, Any]) -> None:
        del data["delegation"]["official"]["people"]
        data["delegation"]["official"]["people_file"] = name

    edit_yaml(tally_file(ws), change)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_approvals_from_a_spreadsheet(
    capsys: pytest.CaptureFixture[str], ws: Path, kind: str
) -> None:
    rows: list[list[Any]] = [
        TITLE,
        [None] * 5,
        ["STT", "HỌ VÀ TÊN", "Năm sinh", "Số tán thành", "Không tán thành"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        *[[i, n, y, v, 128 - v] for i, (n, y, v) in enumerate(DELEGATES, start=1)],
        [None, "TM. ĐOÀN CHỦ TỊCH", None, None, None],
    ]
    folder = tally_file(ws).parent
    if kind == "xlsx":
        xlsx(folder / "chinh-thuc.xlsx", rows)
    else:
        write_csv(folder / "chinh-thuc.csv", rows, delimiter=";", bom=True)
    use_table(ws, f"chinh-thuc.{kind}")
    result = check(capsys, ws, "--json")
    assert result.code == 0, result.err
    official = result.json()["results"]["lists"][1]
    assert sorted(official["chosen"]) == sorted(n for n, _, _ in DELEGATES)
    assert {p["name"]: p["disapprovals"] for p in official["people"]}["Lý Văn Long"] == 13


@pytest.mark.parametrize(
    ("value", "shown"), [(-3, "-3"), (12.5, "12.5"), ("mười", "mười"), (None, "")]
)
def test_a_bad_approvals_cell_is_named_by_file_row_and_column(
    capsys: pytest.CaptureFixture[str], ws: Path, value: Any, shown: str
) -> None:
    rows: list[list[Any]] = [TITLE, ["STT", "Họ và tên", "Ngày sinh", "Tán thành"]]
    rows += [[i, n, f"01/02/{y}", v] for i, (n, y, v) in enumerate(DELEGATES, start=1)]
    rows[4][3] = value
    xlsx(tally_file(ws).parent / "chinh-thuc.xlsx", rows)
    use_table(ws, "chinh-thuc.xlsx")
    result = check(capsys, ws)
    assert result.code == 2
    assert "chinh-thuc.xlsx" in result.err
    assert "dòng 5, cột D «Tán thành»" in result.err
    assert f"số «{shown}» không hợp lệ" in result.err


def test_a_table_without_an_approvals_column(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    xlsx(tally_file(ws).parent / "chinh-thuc.xlsx", [["Họ và tên", "Năm sinh"], ["A", 1970]])
    use_table(ws, "chinh-thuc.xlsx")
    result = check(capsys, ws)
    assert result.code == 2 and "«Tán thành»" in result.err


def test_a_missing_people_file_names_the_key(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    use_table(ws, "khong-co.xlsx")
    result = check(capsys, ws)
    assert result.code == 2
    path = tally_file(ws)
    assert "khóa «delegation.official.people_file»" in result.err
    assert f"dòng {line_of(path, 'people_file')}" in result.err
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
    line = "Ủy ban khóa mới, «Nguyễn Văn An»: số tán thành: bản A 110, bản B 111"
    assert line in result.out
    data = run(capsys, "tally", "compare", str(a), str(b), "--json").json()
    assert data["ok"] is False
    assert data["differences"] == [
        {"where": "Ủy ban khóa mới, «Nguyễn Văn An»", "field": "số tán thành",
         "a": 110, "b": 111, "message": line}
    ]  # fmt: skip


def test_compare_names_entries_found_in_one_file_only(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    a = tally_file(ws)
    b = a.with_name("ban-2.yaml")
    shutil.copy(a, b)
    edit_yaml(b, lambda d: d["items"].append({"id": "bo_sung", "name": "Biểu quyết bổ sung"}))
    replace(b, "  present: 128", "  present: 127")
    edit_yaml(b, lambda d: d["delegation"]["alternate"]["people"].pop())
    result = run(capsys, "tally", "compare", str(a), str(b))
    assert result.code == 1
    out = " ".join(result.out.split())
    assert "Đại biểu: số có mặt: bản A 128, bản B 127" in out
    assert "Biểu quyết «Biểu quyết bổ sung»: chỉ có trong bản B" in out
    assert "Đoàn đại biểu, dự khuyết, «Lê Duy Huy»: chỉ có trong bản A" in out


def test_compare_an_unreadable_entry(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    a = tally_file(ws)
    result = run(capsys, "tally", "compare", str(a), str(a.with_name("khong-co.yaml")))
    assert result.code == 2 and "khong-co.yaml" in result.err


def test_a_second_entry_that_differs_withholds_the_result(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = tally_file(ws).parent
    shutil.copy(folder / "tally.yaml", folder / "tally-ban-2.yaml")
    agreed = run(capsys, "tally", "o-cho-dua", "-w", str(ws), "--json").json()
    rule = next(f for f in agreed["findings"] if f["rule"] == "double_entry_match")
    assert rule["ok"] is True and rule["status"] == "passed"
    shutil.copy(folder / "tally-nhap-sai.yaml", folder / "tally-ban-2.yaml")
    result = run(capsys, "tally", "o-cho-dua", "-w", str(ws), "--json")
    assert result.code == 1
    report = result.json()
    rule = next(f for f in report["findings"] if f["rule"] == "double_entry_match")
    assert rule["ok"] is False
    assert "«Nguyễn Văn An»: số tán thành: bản 1 110, bản 2 111" in rule["message"]
    assert report["results"] is None
    assert report["journal"][-1] == {
        "text": "Bản nhập thứ hai (tally-ban-2.yaml): 1 số liệu khác nhau", "ok": False}  # fmt: skip
    statuses = {f["rule"]: f["status"] for f in report["findings"]}
    assert statuses["seats_filled"] == "not_checked"


# the workflow: the count guards congress → tally → reported -----------------------------------


@pytest.fixture
def pilot_at_congress(capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace) -> Path:
    root = make_workspace("init", wards=("o-cho-dua",))
    walk_to(capsys, root, PILOT, "congress")
    return root


def break_tally(root: Path) -> None:
    replace(
        root / "wards" / PILOT / "tally.yaml", "valid: 127, invalid: 1}", "valid: 127, invalid: 2}"
    )


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
    # the results are not checked while the count does not reconcile, and not checked is not
    # passed (issue 12); the first meeting has no result either
    unchecked = ["item_passed", "seats_filled", "delegation_complete"]
    also = ["first_meeting_recorded"] if trigger == "hold_first_meeting" else []
    assert [f["rule"] for f in blocking] == ["tally_consistent", *unchecked, *also]
    assert {f["status"] for f in blocking[1:4]} == {"not_checked"}
    assert "hợp lệ 127 + không hợp lệ 2 = 129, khác số phiếu thu vào 128" in blocking[0]["message"]
    assert stage_of(capsys, root, PILOT) == stage
    restore_tally(root)
    moved = advance(capsys, root, trigger)
    assert moved.code == 0, moved.out
    row = transitions(capsys, root, PILOT)[-1]
    assert row["trigger"] == trigger
    results = row["details"]["tally"]
    assert (results["convened"], results["present"]) == (135, 128)
    committee = results["lists"][0]
    assert committee["name"] == COMMITTEE and len(committee["chosen"]) == 53
    assert committee["vacancies"] == 2
    expected = RULES | ({"first_meeting_recorded"} if trigger == "hold_first_meeting" else set())
    assert {f["rule"] for f in row["findings"]} == expected
    assert row["inputs_hash"]


def test_counting_needs_a_tally_file(
    capsys: pytest.CaptureFixture[str], pilot_at_congress: Path
) -> None:
    root = pilot_at_congress
    (root / "wards" / PILOT / "tally.yaml").unlink()
    fulfil(capsys, root, PILOT, "hold_first_meeting")
    result = advance(capsys, root, "hold_first_meeting")
    assert result.code == 2 and "kiem-phieu.xlsx" in result.err and "«Nhập lần 1»" in result.err
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
    assert [f["rule"] for f in view["blocking"]] == [
        "tally_consistent", "item_passed", "seats_filled", "delegation_complete",
        "first_meeting_recorded",
    ]  # fmt: skip
    ok(capsys, root, "ward", "status", PILOT)


def test_an_inconsistent_tally_cannot_be_excepted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = init_workspace(capsys, tmp_path / "ws")
    result = run(capsys, "ward", "exception", "o-cho-dua", "tally_consistent", "--by", "An",
                 "--reason", "x", "--document", "1", "-w", str(ws))  # fmt: skip
    assert result.code == 2
    assert "không thể cho qua bằng ngoại lệ" in result.err


def test_a_boolean_or_quoted_count_is_refused() -> None:
    from congress.core.tally import Delegates

    with pytest.raises(ValueError, match="integer"):
        Delegates.model_validate({"convened": True, "present": 1})
    with pytest.raises(ValueError, match="integer"):
        Delegates.model_validate({"convened": "12", "present": 1})
