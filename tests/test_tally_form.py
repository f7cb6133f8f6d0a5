"""The count's entry form: two entry sheets compared figure by figure, each difference naming the
two cells; the facts a copied form brings from another ward are caught (rule facts_agree)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from congress.core.cross_facts import Fact, FactsContext, facts_agree
from congress.core.findings import Status
from congress.core.ruleset import NoParams
from tests.cli_helpers import EXAMPLES, run
from tests.conftest import MakeWorkspace
from tests.form_helpers import find_row, set_cells, to_forms

WARD = "o-cho-dua"


def test_a_difference_between_the_two_entry_sheets_names_both_cells(
    capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace, tmp_path: Path
) -> None:
    ws = make_workspace()
    folder = ws / "wards" / WARD
    # «Nhập lần 2» holds the example's wrong entry: one approval differs (110 / 111).
    to_forms(folder, second=EXAMPLES / WARD / "tally-nhap-sai.yaml", keep=tmp_path / "kept")
    result = run(capsys, "tally", WARD, "-w", str(ws), "--json")
    assert result.code == 1, result.err
    finding = next(f for f in result.json()["findings"] if f["rule"] == "double_entry_match")
    assert finding["ok"] is False and finding["actual"] == {"differences": 1}
    assert "kiem-phieu.xlsx «Nhập lần 1» và kiem-phieu.xlsx «Nhập lần 2»" in finding["message"]
    cells = re.findall(r"«(Nhập lần [12])» ([A-Z]+\d+)", finding["message"].split(":", 1)[1])
    assert [sheet for sheet, _ in cells] == ["Nhập lần 1", "Nhập lần 2"]
    book = load_workbook(folder / "kiem-phieu.xlsx")
    found = [book[sheet][address].value for sheet, address in cells]
    assert found == [110, 111]  # the cells named hold the two figures
    row = int(cells[0][1][1:])
    assert book["Nhập lần 1"][f"A{row}"].value == "Nguyễn Văn An"
    assert result.json()["results"] is None  # no result while the entries differ
    # the input journal names the second entry where it is, not a YAML file the ward has not got
    second = [line["text"] for line in result.json()["journal"] if "thứ hai" in line["text"]]
    assert second == ["Bản nhập thứ hai (kiem-phieu.xlsx «Nhập lần 2»): 1 số liệu khác nhau"]


def test_facts_agree_names_both_files_and_values() -> None:
    facts = (
        Fact("date", "ward.yaml", dt.date(2024, 1, 20)),
        Fact("date", "thong-tin-dai-hoi.xlsx", dt.date(2024, 1, 12)),
        Fact("ward", "ward.yaml", "Thành Công"),
        Fact("ward", "kiem-phieu.xlsx «Nhập lần 1»", "phường Thành Công"),
        Fact("counting_board", "thong-tin-dai-hoi.xlsx", ["Nguyễn Công Tài", "Đỗ Thị Trang"]),
        Fact("counting_board", "kiem-phieu.xlsx «Nhập lần 1»", ["đỗ thị trang", "Nguyễn Công Tài"]),
    )
    (outcome,) = facts_agree(FactsContext(facts), NoParams())
    assert outcome.status is Status.FAILED
    assert outcome.values["first_file"] == "ward.yaml" and outcome.values["first"] == "20/01/2024"
    assert outcome.values["second"] == "12/01/2024"
    agreeing = facts[2:]  # the type word, case and order of names do not matter
    assert [o.status for o in facts_agree(FactsContext(agreeing), NoParams())] == [Status.PASSED]
    alone = (Fact("date", "ward.yaml", dt.date(2024, 1, 20)), Fact("date", "x", None))
    assert [o.status for o in facts_agree(FactsContext(alone), NoParams())] == [Status.NOT_CHECKED]


def test_a_count_copied_from_another_ward_is_caught(
    capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace, tmp_path: Path
) -> None:
    """The issue's case: a new ward's forms copied from Ô Chợ Dừa's — dated 12/01/2024, its
    counting board — while ward.yaml says 2024-01-20; every disagreement is named."""
    ws = make_workspace()
    sample = ws / "wards" / WARD
    to_forms(sample, keep=tmp_path / "kept")
    entry = "Nhập lần 1"
    rows = {label: find_row(load_workbook(sample / "kiem-phieu.xlsx")[entry], "I. THÔNG TIN CHUNG", label)
            for label in ("Tên phường (xã)", "Ngày Đại hội",
                          "Ban Kiểm phiếu (họ tên, cách nhau dấu phẩy)")}  # fmt: skip
    set_cells(sample / "kiem-phieu.xlsx", entry, {
        f"B{rows['Tên phường (xã)']}": "Ô Chợ Dừa", f"B{rows['Ngày Đại hội']}": dt.date(2024, 1, 12),
        f"B{rows['Ban Kiểm phiếu (họ tên, cách nhau dấu phẩy)']}": "Nguyễn Công Tài, Phạm Khánh Thơ",
    })  # fmt: skip
    new = ws / "wards" / "van-mieu"  # another ward of the workspace takes the sample
    for name in ("congress.yaml", "tally.yaml", "tally-ban-2.yaml"):
        (new / name).unlink(missing_ok=True)
    for name in ("thong-tin-dai-hoi.xlsx", "kiem-phieu.xlsx"):
        shutil.copy(sample / name, new / name)
    # the copy's organisations and areas (Ô Chợ Dừa's, unlike ward.yaml's) would be refused on
    # their own (tests/test_ward_facts_form.py): the officer cleared those two sheets
    book = load_workbook(new / "thong-tin-dai-hoi.xlsx")
    for sheet in ("Tổ chức thành viên", "Khu dân cư"):
        book[sheet].delete_rows(4, book[sheet].max_row)
    book.save(new / "thong-tin-dai-hoi.xlsx")
    ward_yaml = new / "ward.yaml"
    text = ward_yaml.read_text(encoding="utf-8")
    ward_yaml.write_text(re.sub(r"congress_date: .*", "congress_date: 2024-01-20", text), "utf-8")
    result = run(capsys, "tally", "van-mieu", "-w", str(ws), "--json")
    assert result.code == 1, result.err
    failed = [f["message"] for f in result.json()["findings"]
              if f["rule"] == "facts_agree" and not f["ok"]]  # fmt: skip
    assert any("ngày Đại hội" in m and "ward.yaml ghi «20/01/2024»" in m
               and "thong-tin-dai-hoi.xlsx ghi «12/01/2024»" in m for m in failed), failed  # fmt: skip
    assert any("tên phường" in m and "«Văn Miếu»" in m and "«Ô Chợ Dừa»" in m for m in failed)
    assert any("Ban Kiểm phiếu" in m and "kiem-phieu.xlsx «Nhập lần 1» ghi" in m for m in failed)


def test_ward_forms_prefills_what_the_tool_knows(
    capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace
) -> None:
    """`congress ward forms` writes a missing form pre-filled (the day, the counting board, the
    names on the proposed list); a blank form beside tally.yaml leaves the YAML in use."""
    ws = make_workspace("init", wards=("o-cho-dua",))
    folder = ws / "wards" / WARD
    (folder / "kiem-phieu.xlsx").unlink()
    result = run(capsys, "ward", "forms", "Ô Chợ Dừa", "-w", str(ws), "--json")
    assert result.code == 0, result.err
    assert result.json()["written"] == [str(folder / "kiem-phieu.xlsx")]
    sheet = load_workbook(folder / "kiem-phieu.xlsx")["Nhập lần 1"]
    general = "I. THÔNG TIN CHUNG"
    assert sheet[f"B{find_row(sheet, general, 'Ngày Đại hội')}"].value == dt.datetime(2024, 1, 12)
    board = sheet[f"B{find_row(sheet, general, 'Ban Kiểm phiếu (họ tên, cách nhau dấu phẩy)')}"]
    assert board.value == "Nguyễn Công Tài, Phạm Khánh Thơ, Nguyễn Hồng Thịnh, Đỗ Thị Trang"
    header = find_row(sheet, "IV. ỦY BAN KHÓA MỚI", "Họ và tên")
    names = [sheet[f"A{r}"].value for r in range(header + 1, header + 60) if sheet[f"A{r}"].value]
    assert len(names) == 53 and "Nguyễn Thị Xuân" in names  # the 53 proposed (55 seats)
    assert run(capsys, "ward", "forms", WARD, "-w", str(ws), "--json").json()["written"] == []
    count = run(capsys, "tally", WARD, "-w", str(ws), "--json")
    assert count.code == 0, count.err  # the form holds names but no figure: tally.yaml is used


def test_a_details_file_that_cannot_be_read_is_named_not_passed_over(
    capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace
) -> None:
    """`congress tally` with a broken congress.yaml: facts_agree did not compare that file and says
    why (file, line, column), instead of «no fact is stated in two files» — and is not passed."""
    ws = make_workspace()
    details = ws / "wards" / WARD / "congress.yaml"
    with details.open("a", encoding="utf-8") as file:
        file.write("a: [1, 2\n")
    end = details.read_text(encoding="utf-8").count("\n") + 1  # the parser stops past the last line
    result = run(capsys, "tally", WARD, "-w", str(ws), "--json")
    assert result.code == 1, result.err
    (finding,) = [f for f in result.json()["findings"] if f["rule"] == "facts_agree"]
    assert finding["status"] == "not_checked"
    assert finding["message"].startswith("Chưa đối chiếu congress.yaml: không đọc được tệp — ")
    assert f"congress.yaml, dòng {end}, cột 1: lỗi cú pháp YAML" in finding["message"]
    # the same workspace with the file whole: compared, and passed
    details.write_text(details.read_text(encoding="utf-8").replace("a: [1, 2\n", ""), "utf-8")
    result = run(capsys, "tally", WARD, "-w", str(ws), "--json")
    (finding,) = [f for f in result.json()["findings"] if f["rule"] == "facts_agree"]
    assert finding["status"] == "passed", finding
