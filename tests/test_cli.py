"""The command as a user runs it: exit codes 0/1/2, JSON on stdout, Vietnamese and English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import EXAMPLES, ROOT, run


def test_passing_example_exits_0_with_the_tables(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "personnel", "check", str(EXAMPLES / "o-cho-dua"))
    assert result.code == 0, result.err
    assert "Tỷ lệ tái cử 30/55 (54,55%)" in result.out
    assert "ĐẠT" in result.out
    assert "Thống kê" in result.out


def test_breaking_example_exits_1_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "personnel", "check", str(EXAMPLES / "van-mieu"), "--json")
    assert result.code == 1
    doc = result.json()
    assert doc["ok"] is False
    failed = {f["rule"] for f in doc["findings"] if not f["ok"]}
    assert failed == {"re_election_max", "non_party_min_vs_previous"}
    cap = next(f for f in doc["findings"] if f["rule"] == "re_election_max")
    assert cap["actual"] == {
        "count": 34,
        "of": 55,
        "denominator": "planned",
        "percent": 61.82,
        "text": "34/55 (61,82%)",
    }
    assert cap["limit"] == {"kind": "max", "percent": 60, "max_count": 33, "text": "60%"}
    assert (
        cap["hint"] == "Tối đa 33/55 người được tái cử: thay ít nhất 1 người tái cử bằng người mới."
    )
    assert len(cap["people"]) == 34


def test_json_document_shape(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "personnel", "check", str(EXAMPLES / "o-cho-dua"), "--json")
    assert result.code == 0
    doc = result.json()  # the whole stdout is one JSON document
    assert set(doc) >= {"ok", "findings", "statistics", "ruleset", "denominator", "ward"}
    assert doc["ward"] == "Ô Chợ Dừa" and doc["denominator"] == "planned"
    keys = {"rule", "ok", "severity", "actual", "limit", "people", "message", "hint", "basis"}
    assert all(keys <= set(f) for f in doc["findings"])
    women = next(m for m in doc["statistics"] if m["key"] == "women")
    assert women == {
        "key": "women",
        "label": "Nữ",
        "share": {
            "count": 19,
            "of": 53,
            "denominator": "proposed",
            "percent": 35.85,
            "text": "19/53 (35,85%)",
        },
        "previous": {
            "count": 20,
            "of": 52,
            "denominator": "previous_start",
            "percent": 38.46,
            "text": "20/52 (38,46%)",
        },
        "previous_count": None,
        "not_checked": None,  # a line whose column was not read: why, and no share
    }
    # sensitive data never leaves in the report
    assert "birth" not in result.out and "1968" not in result.out


def test_explicit_files_and_rules_not_checked(capsys: pytest.CaptureFixture[str]) -> None:
    ward = EXAMPLES / "van-mieu"
    result = run(
        capsys,
        "personnel",
        "check",
        "--proposed",
        str(ward / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"),
        "--previous",
        str(ward / "uy-ban-nhiem-ky-2019-2024.xlsx"),
        "--planned-size",
        "55",
        "--json",
    )
    assert result.code == 1
    by_rule = {f["rule"]: f for f in result.json()["findings"]}
    assert by_rule["member_orgs_represented"]["status"] == "not_checked"
    assert "Chưa kiểm tra" in by_rule["member_orgs_represented"]["message"]
    assert by_rule["re_election_max"]["ok"] is False


def test_english_with_lang_anywhere(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "personnel", "check", str(EXAMPLES / "van-mieu"), "--lang", "en")
    assert result.code == 1
    assert "Re-elected 34/55 (61,82%) exceeds the maximum 60%" in result.out
    assert "FAILED" in result.out


def test_people_table(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "personnel", "check", str(EXAMPLES / "o-cho-dua"), "--people")
    assert result.code == 0
    assert "Danh sách dự kiến" in result.out and "Tái cử" in result.out


@pytest.mark.parametrize(
    "args",
    [
        ["personnel", "check", "khong-co-thu-muc-nay"],
        ["personnel", "check"],
        ["personnel", "check", "--proposed", "x.xlsx"],
        ["personnel", "check", "--bogus"],
    ],
)
def test_unusable_input_exits_2_without_traceback(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    result = run(capsys, *args)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.strip()


def test_folder_without_ward_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = run(capsys, "personnel", "check", str(tmp_path))
    assert result.code == 2
    assert str(tmp_path) in result.err and "ward.yaml" in result.err


def test_missing_list_named_by_ward_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ward = tmp_path / "ward"
    shutil.copytree(EXAMPLES / "o-cho-dua", ward)
    (ward / "uy-ban-nhiem-ky-2019-2024.csv").unlink()
    result = run(capsys, "personnel", "check", str(ward))
    assert result.code == 2
    assert "uy-ban-nhiem-ky-2019-2024.csv" in result.err and "không tìm thấy tệp" in result.err


@pytest.mark.slow  # starts `python -m congress`
def test_python_dash_m_and_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "congress", "personnel", "check", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0
    assert (
        "Ví dụ:" in done.stdout
        and "congress personnel check examples/wards/o-cho-dua" in done.stdout
    )
