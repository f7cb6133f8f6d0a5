"""Never a pass on data not read (issue 12): a rule whose column is missing or unrecognised is
«chưa kiểm tra» with the reason, an empty list is refused, 0/0 never passes. Through the CLI,
on real xlsx and csv files."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from congress.adapters.people_headers import HEADERS
from congress.adapters.people_reader import column_key
from tests.cli_helpers import Run, replace, run
from tests.sheets import write_csv, xlsx

PROPOSED_XLSX = "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
PARTY_CELL = (4, 7)  # «Đảng viên» in Ô Chợ Dừa's proposed list
_BY_KEY = {key: name for name, keys in HEADERS.items() for key in keys}


def _finding(doc: dict[str, Any], rule: str) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in doc["findings"] if f["rule"] == rule)
    return found


def _set_party_header(ws: Path, header: str) -> Path:
    path = ws / "wards" / "o-cho-dua" / PROPOSED_XLSX
    book = openpyxl.load_workbook(path)
    book.worksheets[0].cell(*PARTY_CELL).value = header
    book.save(path)
    return path


def _check(capsys: pytest.CaptureFixture[str], ws: Path, *extra: str) -> Run:
    return run(capsys, "personnel", "check", str(ws / "wards" / "o-cho-dua"), *extra)


def test_an_unrecognised_party_column_is_not_checked_and_no_verdict_says_passed(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """The issue's case: every proposed person counted «ngoài Đảng» because the column was not
    read. Now the rule is not checked, names the header, and the verdict is not «ĐẠT»."""
    _set_party_header(ws, "Thành viên ĐCSVN")
    doc = _check(capsys, ws, "--json").json()
    party = _finding(doc, "non_party_min_vs_previous")
    assert party["status"] == "not_checked"
    assert "không có cột Đảng viên" in party["message"]
    assert "«Thành viên ĐCSVN»" in party["message"]
    assert doc["unrecognised"] == {"proposed": ["Thành viên ĐCSVN"]}
    assert doc["unrecognised_columns"] == {
        "proposed": [{"column": "G", "header": "Thành viên ĐCSVN"}]
    }
    assert "cột G «Thành viên ĐCSVN»" in party["message"]
    # the statistics show no non-Party figure from a column not read: the line is not checked
    line = next(m for m in doc["statistics"] if m["key"] == "non_party")
    assert line["share"] is None and line["previous"] is None
    assert "cột G «Thành viên ĐCSVN»" in line["not_checked"]
    shown = _check(capsys, ws)
    assert "Cột không nhận ra trong danh sách dự kiến" in shown.out
    assert "«Thành viên ĐCSVN»" in shown.out
    assert "CHƯA ĐỦ DỮ LIỆU ĐỂ KẾT LUẬN" in shown.out
    assert "ĐẠT: không có lỗi" not in shown.out
    assert "55/55 (100,00%)" not in shown.out


def test_the_short_party_header_dv_is_read(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    """«ĐV» is the Party column: the rule computes the same figure as under «Đảng viên»."""
    before = _finding(_check(capsys, ws, "--json").json(), "non_party_min_vs_previous")
    _set_party_header(ws, "ĐV")
    doc = _check(capsys, ws, "--json").json()
    after = _finding(doc, "non_party_min_vs_previous")
    assert after["status"] == before["status"] == "passed"
    assert after["actual"] == before["actual"] and after["actual"]["count"] < 55
    assert doc["unrecognised"] == {}
    # the year under «Năm sinh › Nam/Nữ» is read: the age bands are there
    assert {"age_0", "women", "non_party"} <= {m["key"] for m in doc["statistics"]}


def test_an_ethnicity_column_not_recognised_is_a_statistics_line_not_checked(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """«Dân tộcc» (a typo): the header is named with its column, and the ethnic-minority line of
    the statistics says «chưa kiểm tra» and why, in the terminal and in JSON — it does not
    vanish, and no figure is made up from a column not read."""
    path = ws / "wards" / "o-cho-dua" / PROPOSED_XLSX
    book = openpyxl.load_workbook(path)
    assert book.worksheets[0]["E4"].value == "Dân tộc"
    book.worksheets[0]["E4"].value = "Dân tộcc"
    book.save(path)
    doc = _check(capsys, ws, "--json").json()
    assert doc["unrecognised"] == {"proposed": ["Dân tộcc"]}
    assert doc["unrecognised_columns"] == {"proposed": [{"column": "E", "header": "Dân tộcc"}]}
    stats = {m["key"]: m for m in doc["statistics"]}
    line = stats["ethnic_minority"]
    assert line["label"] == "Dân tộc thiểu số"
    assert line["share"] is None and line["previous"] is None
    assert "không có cột Dân tộc" in line["not_checked"]
    assert "cột E «Dân tộcc»" in line["not_checked"]
    assert stats["religious"]["share"]["count"] == 7 and stats["religious"]["not_checked"] is None
    shown = _check(capsys, ws)
    words = " ".join(shown.out.split())
    assert (
        "(du-kien-uy-ban-nhiem-ky-2024-2029.xlsx › Danh sách dự kiến): cột E «Dân tộcc»." in words
    )
    row = next(r for r in shown.out.splitlines() if "Dân tộc thiểu số" in r and "│" in r)
    assert "chưa kiểm tra" in row and "/" not in row
    assert "Dân tộc thiểu số — chưa kiểm tra: danh sách dự kiến" in words
    english = run(capsys, "--lang", "en", "personnel", "check", str(ws / "wards" / "o-cho-dua"))
    assert "Ethnic minorities — not checked:" in " ".join(english.out.split())
    assert "column E «Dân tộcc»" in " ".join(english.out.split())


def test_a_birth_column_not_recognised_leaves_every_age_band_not_checked(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """«Năm sinnh» over «Nm»/«Nx» (typos): no year is read, so each age band of the statistics
    is «chưa kiểm tra» with the reason — not left out, and no «age unknown» line for everyone."""
    path = ws / "wards" / "o-cho-dua" / PROPOSED_XLSX
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert (sheet["C4"].value, sheet["C5"].value, sheet["D5"].value) == ("Năm sinh", "Nam", "Nữ")
    sheet["C4"].value, sheet["C5"].value, sheet["D5"].value = "Năm sinnh", "Nm", "Nx"
    book.save(path)
    doc = _check(capsys, ws, "--json").json()
    bands = [m for m in doc["statistics"] if m["key"].startswith("age_")]
    assert [m["key"] for m in bands] == ["age_0", "age_1", "age_2", "age_3"]
    for line in bands:
        assert line["share"] is None
        assert "không có cột Ngày sinh (Năm sinh)" in line["not_checked"]
        assert "cột C «Năm sinnh»" in line["not_checked"]
    rows = [r for r in _check(capsys, ws).out.splitlines() if "tuổi" in r and "│" in r]
    assert len(rows) == 4 and all("chưa kiểm tra" in r and "/" not in r for r in rows)


PARTY_SYNONYMS = ["ĐV", "Đảng viên (x)", "Ngày vào Đảng", "Đảng viên", "Là đảng viên", "D.V"]
UNKNOWN = ["Thành viên ĐCSVN", "Chính trị", "Đoàn viên", "ĐV?!", "Party", ""]
_names = itertools.count()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    header=st.one_of(
        st.sampled_from(PARTY_SYNONYMS + UNKNOWN),
        st.text(alphabet="ĐđDdVvAaNnGgiIêÊ ()x.*/-", min_size=0, max_size=14),
    ),
    as_xlsx=st.booleans(),
)
def test_whatever_the_party_header_the_non_party_rule_never_passes_unread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, header: str, as_xlsx: bool
) -> None:
    """Everyone proposed is a Party member and the outgoing committee was half non-Party: read,
    the rule fails; not read, it is not checked. It never passes, whatever the header."""
    n = next(_names)
    head = ["STT", "Họ và tên", "Năm sinh", "Giới tính", header]
    proposed = [head] + [[i, f"Nguyễn Văn {chr(65 + i)}", 1970 + i, "Nam", "x"] for i in range(6)]
    previous = [["STT", "Họ và tên", "Năm sinh", "Giới tính", "Đảng viên"]] + [
        [i, f"Trần Thị {chr(65 + i)}", 1960 + i, "Nữ", "x" if i % 2 else ""] for i in range(4)
    ]
    if as_xlsx:
        new = xlsx(tmp_path / f"moi-{n}.xlsx", proposed)
    else:
        new = write_csv(tmp_path / f"moi-{n}.csv", proposed)
    old = write_csv(tmp_path / f"cu-{n}.csv", previous)
    result = run(
        capsys, "personnel", "check", "--proposed", str(new), "--previous", str(old),
        "--planned-size", "30", "--json",
    )  # fmt: skip
    if result.code == 2:  # the header named another column whose cells «x» cannot be: refused
        return
    status = _finding(result.json(), "non_party_min_vs_previous")["status"]
    read = column_key(header, _BY_KEY) == "party"
    assert status == ("failed" if read else "not_checked"), (header, status)


def test_office_headers_are_read_known_ones_ignored_unknown_ones_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """DT, TG, Nữ (x), Đảng viên (x) read; STT, Quê quán, Trình độ, ĐT (the phone) known and not
    reported; «Sở thích» named as not recognised, in the terminal and in JSON."""
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Năm sinh", "Nữ (x)", "DT", "TG", "Đảng viên (x)", "Quê quán",
         "Trình độ chuyên môn", "ĐT", "Sở thích"],
        [1, "Nguyễn Thị An", 1970, "x", "Tày", "Phật giáo", "x", "Hà Nội", "Cử nhân", "0912", "cờ"],
        [2, "Lê Văn Bình", 1980, "", "Kinh", "", "", "Nam Định", "Kỹ sư", "0913", "sách"],
    ]  # fmt: skip
    path = xlsx(tmp_path / "moi.xlsx", rows)
    args = ("personnel", "check", "--proposed", str(path), "--planned-size", "30")
    doc = run(capsys, *args, "--json").json()
    assert doc["unrecognised"] == {"proposed": ["Sở thích"]}
    assert doc["unrecognised_columns"] == {"proposed": [{"column": "K", "header": "Sở thích"}]}
    women = _finding(doc, "women_min")
    assert women["status"] == "passed" and women["actual"]["count"] == 1  # 1/2, read from «Nữ (x)»
    stats = {m["key"]: m for m in doc["statistics"]}
    assert stats["ethnic_minority"]["share"]["count"] == 1  # Tày; the phone number is no ethnicity
    assert stats["religious"]["share"]["count"] == 1
    assert stats["non_party"]["share"]["count"] == 1
    shown = run(capsys, *args)
    assert "Cột không nhận ra trong danh sách dự kiến" in shown.out
    assert "moi.xlsx › Danh sách): cột K «Sở thích»." in " ".join(shown.out.split())
    for known in ("Quê quán", "Trình độ", "STT"):
        assert known not in shown.out


@pytest.mark.parametrize(
    "kind", ["header only xlsx", "header only csv", "0-byte xlsx", "blank csv"]
)
def test_a_list_with_nobody_is_refused_as_an_empty_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    header = [["DANH SÁCH DỰ KIẾN"], ["STT", "Họ và tên", "Năm sinh", "Đảng viên"]]
    if kind == "header only xlsx":
        path = xlsx(tmp_path / "moi.xlsx", header)
    elif kind == "header only csv":
        path = write_csv(tmp_path / "moi.csv", header)
    elif kind == "0-byte xlsx":
        path = tmp_path / "moi.xlsx"
        path.write_bytes(b"")
    else:
        path = tmp_path / "moi.csv"
        path.write_text("\n;;\n", encoding="utf-8")
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "30")
    assert result.code == 2 and result.out == ""
    assert path.name in result.err and "danh sách trống" in result.err


@pytest.mark.workspace("init", wards=("o-cho-dua",), pilot=None, fill=False)
def test_the_blank_lists_init_makes_give_no_pass(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """Straight after `init` (planned_size still empty): the blank list is refused, nothing
    passes."""
    result = run(capsys, "personnel", "check", str(ws / "wards" / "o-cho-dua"))
    assert result.code == 2 and "danh sách trống" in result.err
    assert "du-kien-uy-ban-khoa-moi.xlsx" in result.err
    assert "✔" not in result.out and "ĐẠT" not in result.out


def test_an_empty_previous_list_is_empty_not_missing(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """«danh sách trống» for an empty file; «chưa có danh sách» only when none is named."""
    ward = ws / "wards" / "o-cho-dua"
    (ward / "uy-ban-nhiem-ky-2019-2024.csv").write_text("STT;Họ và tên\n", encoding="utf-8")
    result = _check(capsys, ws)
    assert result.code == 2 and "danh sách trống" in result.err
    assert "uy-ban-nhiem-ky-2019-2024.csv" in result.err
    replace(ward / "ward.yaml", "  previous: uy-ban-nhiem-ky-2019-2024.csv\n", "")
    doc = _check(capsys, ws, "--json").json()
    party = _finding(doc, "non_party_min_vs_previous")
    assert party["status"] == "not_checked" and "chưa có danh sách" in party["message"]


def test_zero_of_zero_never_passes_and_unread_roles_are_not_checked(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """No residential area listed: not «Cả 0/0 khu dân cư»; no role column: the Standing
    Committee is not checked (not «0 Chủ tịch»); no Cơ cấu/Chức vụ: representation not checked."""
    ward = ws / "wards" / "o-cho-dua"
    text = (ward / "ward.yaml").read_text(encoding="utf-8")
    start = text.index("residential_areas:")
    end = text.index("\n", text.index("\nlists:") - 1)
    (ward / "ward.yaml").write_text(text[:start] + "residential_areas: []" + text[end:], "utf-8")
    path = ward / PROPOSED_XLSX
    book = openpyxl.load_workbook(path)
    for col in (8, 9, 10):  # Chức vụ…, Cơ cấu, Dự kiến chức danh
        book.worksheets[0].cell(4, col).value = None
    book.save(path)
    doc = _check(capsys, ws, "--json").json()
    areas = _finding(doc, "residential_areas_represented")
    assert areas["status"] == "not_checked" and "0/0" not in areas["message"]
    assert "residential_areas" in areas["message"]
    orgs = _finding(doc, "member_orgs_represented")
    assert orgs["status"] == "not_checked" and "không có cột Cơ cấu hoặc Chức vụ" in orgs["message"]
    btt = _finding(doc, "standing_committee_composition")
    assert btt["status"] == "not_checked" and "Dự kiến chức danh" in btt["message"]
    assert doc["ok"] is False  # error-level rules not checked: no pass (exit 1)
    assert _check(capsys, ws).code == 1


def test_a_column_left_empty_on_every_row_is_not_filled_in(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The form filled with names only: an empty «Giới tính» column is «not filled in», not
    «no woman»; an empty «Đảng viên» column is read as the spec says (empty means no)."""
    rows: list[list[object]] = [["STT", "Họ và tên", "Năm sinh", "Giới tính", "Đảng viên"]]
    rows += [[i, f"Nguyễn Văn {chr(65 + i)}", 1970 + i, None, None] for i in range(5)]
    old = write_csv(tmp_path / "cu.csv", [rows[0], [1, "Lê Văn X", 1960, "Nam", "x"], [2, "Lê Văn Y", 1961, "Nam", ""]])  # fmt: skip
    args = ("personnel", "check", "--previous", str(old), "--planned-size", "30", "--json")
    doc = run(capsys, *args, "--proposed", str(xlsx(tmp_path / "moi.xlsx", rows))).json()
    women = _finding(doc, "women_min")
    assert women["status"] == "not_checked"
    assert "cột Giới tính (hoặc cột Nữ) của danh sách dự kiến" in women["message"]
    assert "để trống ở mọi dòng" in women["message"]
    women_line = next(m for m in doc["statistics"] if m["key"] == "women")
    assert women_line["share"] is None and "để trống ở mọi dòng" in women_line["not_checked"]
    party = _finding(doc, "non_party_min_vs_previous")
    assert party["status"] == "passed" and party["actual"]["count"] == 5
    rows[1][3] = "Nữ"
    doc = run(capsys, *args, "--proposed", str(xlsx(tmp_path / "moi-2.xlsx", rows))).json()
    assert _finding(doc, "women_min")["actual"]["count"] == 1
