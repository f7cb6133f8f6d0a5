"""The blank and filled forms as written: sheets, Vietnamese headers, drop-downs, print setup,
hostile text kept as text; and a count read back exactly as it was written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from congress.adapters.congress_form import SHEETS, read_congress_form, write_congress_form
from congress.adapters.tally_files import load_tally
from congress.adapters.tally_form import ENTRIES, blank_values, entry_values, write_tally_form
from congress.adapters.tally_form_read import read_entry
from congress.adapters.ward_facts_form import FACT_SHEETS
from congress.core.drafts import CongressFile, Speech
from congress.core.tally import Absence, Nominee, SecretBallot
from tests.cli_helpers import EXAMPLES

HOSTILE = '=HYPERLINK("http://x","Ô Chợ Dừa")'


def _print_setup(sheet: object, titles: str | None) -> None:
    setup = sheet.page_setup  # type: ignore[attr-defined]
    assert setup.orientation == "landscape" and setup.paperSize == 9  # A4
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True  # type: ignore[attr-defined]
    assert sheet.print_title_rows == titles  # type: ignore[attr-defined]


def _choices(book: object, formula: str) -> list[str]:
    """The values a drop-down offers: written in its rule (Excel allows 255 characters there),
    or a range of the hidden sheet."""
    assert len(formula) <= 255
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet, cells = formula.lstrip("=").split("!")
    return [c.value for (c,) in book[sheet][cells.replace("$", "")]]  # type: ignore[index]


def test_the_details_form_has_a_sheet_per_table_with_drop_downs(tmp_path: Path) -> None:
    details = CongressFile(ward=HOSTILE, speeches=[Speech(speaker="Lê Duy Huy", topic="=1+1")])
    path = write_congress_form(tmp_path / "f.xlsx", details)
    book = load_workbook(path)
    facts = {s.name: s for s in FACT_SHEETS.values()}
    assert [n for n in book.sheetnames if n != "DanhMuc"] == ["Hướng dẫn", *SHEETS, *facts]
    assert book["DanhMuc"].sheet_state == "hidden"
    for name, spec in {**SHEETS, **facts}.items():
        sheet = book[name]
        assert [c.value for c in sheet[3]][: len(spec.cols)] == [c.header for c in spec.cols]
        _print_setup(sheet, "$3:$3")
        lists = [_choices(book, str(v.formula1)) for v in sheet.data_validations.dataValidation]
        assert lists == [list(c.choices) for c in spec.cols if c.choices]
    assert '"Đoàn Chủ tịch,Đoàn Thư ký,Ban Kiểm phiếu"' in {
        v.formula1 for v in book["Nhân sự điều hành"].data_validations.dataValidation
    }
    ward = book["Thông tin chung"]["B4"]
    assert ward.value == HOSTILE and ward.data_type == "s" and ward.quotePrefix  # never a formula
    assert read_congress_form(path).ward == HOSTILE  # read back as the text typed
    assert read_congress_form(path).speeches[0].topic == "=1+1"


def test_the_count_form_has_two_entry_sheets(tmp_path: Path) -> None:
    values = blank_values(ward="Thành Công", date=dt.date(2024, 1, 20), ordinal="XVII",
                          counting_board=["Nguyễn Công Tài"], committee_name=None,
                          people=[("Nguyễn Thị Xuân", 1969)])  # fmt: skip
    path = write_tally_form(tmp_path / "k.xlsx", values)
    book = load_workbook(path)
    assert book.sheetnames == ["Hướng dẫn", *ENTRIES]
    for entry in ENTRIES:
        sheet = book[entry]
        _print_setup(sheet, "$1:$2")
        lists = {str(v.formula1) for v in sheet.data_validations.dataValidation}
        assert '"Giơ tay,Phiếu kín"' in lists
        assert '"Chủ tịch,Phó Chủ tịch,Ủy viên Thường trực"' in lists
    assert read_entry(path, 0) is None  # names but no figure: not a count yet
    assert read_entry(path, 1) is None


def test_a_count_reads_back_as_written(tmp_path: Path) -> None:
    """Secret ballots, a birth date instead of a year, a role, an absence by name: all kept."""
    count = load_tally(EXAMPLES / "o-cho-dua" / "tally.yaml")
    assert count.committee is not None and count.delegation is not None
    people = [Nominee(name="Lê Văn A", birth_date=dt.date(1970, 3, 5), approvals=100),
              *count.committee.people[1:]]  # fmt: skip
    official = count.delegation.official.model_copy(update={
        "method": "secret", "ballots": SecretBallot(issued=128, collected=127, valid=126, invalid=1)})  # fmt: skip
    delegates = count.delegates.model_copy(update={"absent": [
        Absence(name="Trần Văn B", reason="ốm"), *count.delegates.absent]})  # fmt: skip
    changed = count.model_validate({
        **count.model_dump(), "delegates": delegates.model_dump(),
        "committee": {**count.committee.model_dump(), "people": [p.model_dump() for p in people]},
        "delegation": {**count.delegation.model_dump(), "official": official.model_dump()},
        "ward": "Ô Chợ Dừa", "date": dt.date(2024, 1, 12), "counting_board": ["A", "B"],
    })  # fmt: skip
    path = write_tally_form(tmp_path / "k.xlsx", entry_values(changed))
    read = read_entry(path, 0)
    assert read is not None
    assert read.model_dump() == changed.model_dump()
    assert read.cell(("committee", "people", 0, "approvals")) == "«Nhập lần 1» C50"
    assert load_workbook(path)["Nhập lần 1"]["C50"].value == 100


def test_the_opening_votes_may_be_coded_in_vietnamese(tmp_path: Path) -> None:
    count = load_tally(EXAMPLES / "o-cho-dua" / "tally.yaml")
    path = write_tally_form(tmp_path / "k.xlsx", entry_values(count))
    book = load_workbook(path)
    sheet = book["Nhập lần 1"]
    rows = [r for r in range(1, sheet.max_row + 1) if sheet[f"A{r}"].value == "presidium"]
    assert len(rows) == 1
    sheet[f"A{rows[0]}"] = "Đoàn Chủ tịch"
    book.save(path)
    read = read_entry(path, 0)
    assert read is not None and read.presidium == count.presidium
    assert [i.id for i in read.items] == [i.id for i in count.items]
