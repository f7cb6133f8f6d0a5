"""A new ward from `congress init` to a recognised committee through the officer's Excel forms only.

Everything an officer types goes into the workbooks `init` wrote, cell by cell with openpyxl: the
two lists, the congress details form (with the ward's member organisations and residential areas),
both entry sheets of the count form. No YAML is edited (ward.yaml stays as `init` wrote it: the
planned size, the congress day, the organisations and areas come from the details form). The data
is the Ô Chợ Dừa example's, given to a new ward «Thành Công» on another day.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook

from congress.adapters.congress_form import build as build_details
from congress.adapters.people_reader import read_people
from congress.adapters.tally_files import load_tally
from congress.adapters.tally_form import ENTRIES, SECTIONS, entry_values
from congress.adapters.ward_folder import FileWardFolder
from congress.adapters.xlsx_cells import put
from congress.adapters.yaml_files import load_model
from congress.core.drafts import CongressFile
from congress.core.people import Gender, PeopleList
from congress.core.text import fold, header_key
from congress.core.ward import Unit
from congress.i18n import t
from tests.cli_helpers import EXAMPLES, run
from tests.docx_helpers import text_of
from tests.workspace_helpers import ok, stage_of, walk_to

pytestmark = pytest.mark.slow

SAMPLE = EXAMPLES / "o-cho-dua"
SLUG, NAME = "thanh-cong", "Thành Công"
DAY = dt.date(2024, 1, 20)


def provide_drafts(folder: Path) -> None:
    """The draft reports. FOR NOW a copy of the example's drafts.yaml: the drafts stage reads
    drafts.yaml until the Word drafts (issue 13, another engineer's branch) are merged; then this
    one helper writes the .docx drafts `init` creates instead, and the rest of the test stays."""
    shutil.copy(SAMPLE / "drafts.yaml", folder / "drafts.yaml")


def _fill_list(path: Path, people: PeopleList, units: dict[str, str]) -> None:
    """The officer types each person into the list form `init` wrote (header row 5)."""
    book = load_workbook(path)
    sheet = book["Danh sách"]
    columns = {header_key(str(c.value)): c.column for c in sheet[5] if c.value}
    for row, p in enumerate(people.people, start=6):
        born = p.birth_date.strftime("%d/%m/%Y") if p.birth_date else p.birth_year
        values = {
            "STT": row - 5, "Họ và tên": p.name, "Ngày sinh": born,
            "Giới tính": "Nữ" if p.gender == Gender.FEMALE else "Nam",
            "Dân tộc": p.ethnicity, "Tôn giáo": p.religion,
            "Đảng viên": "Có" if p.party_member else None, "Chức vụ, đơn vị công tác": p.position,
            "Cơ cấu": units.get(fold(p.representation or ""), p.representation),
            "Dự kiến chức danh": t(f"role.{p.role}", "vi"), "Số CCCD": p.identity_number,
            "Ghi chú": "Bổ sung giữa nhiệm kỳ" if p.added_mid_term else p.note,
        }  # fmt: skip
        for header, value in values.items():
            put(sheet, row, columns[header_key(header)], value)
    book.save(path)


def _fill_details(path: Path, details: CongressFile) -> None:
    """The officer fills the details form `init` wrote: every sheet, row by row."""
    filled = build_details(details)
    book = load_workbook(path)
    for source in filled.worksheets[1:]:
        sheet = book[source.title]
        for row in source.iter_rows(min_row=4):
            for cell in row:
                if cell.value is not None and not (
                    source.title == "Thông tin chung" and cell.column == 1
                ):
                    put(sheet, cell.row, cell.column, cell.value)
    book.save(path)


def _fill_units(path: Path, sheet_name: str, units: list[Unit]) -> None:
    """The officer replaces the rows of «Tổ chức thành viên» or «Khu dân cư» (init wrote the usual
    organisations there) by the ward's own: a name, its short names separated by «;»."""
    book = load_workbook(path)
    sheet = book[sheet_name]
    sheet.delete_rows(4, sheet.max_row)
    for row, unit in enumerate(units, start=4):
        put(sheet, row, 1, unit.name)
        put(sheet, row, 2, "; ".join(unit.aliases) or None)
    book.save(path)


def _fill_entry(path: Path, entry: str, values: dict[str, Any]) -> None:
    """One person enters the count into an entry sheet, finding each figure by its label and
    each table by its header, as they would on screen."""
    book = load_workbook(path)
    sheet = book[entry]
    labels = [
        header_key(str(sheet.cell(row=r, column=1).value or ""))
        for r in range(1, sheet.max_row + 1)
    ]
    for section in SECTIONS:
        start = labels.index(header_key(section.title)) + 1
        fields, rows = values.get(section.key, ({}, []))
        for key, label, _ in section.fields:
            if fields.get(key) is not None:
                put(sheet, start + labels[start - 1 :].index(header_key(label)), 2, fields[key])
        if section.table:
            header = start + labels[start - 1 :].index(header_key(section.table[0].header))
            for offset, item in enumerate(rows, start=1):
                for col, c in enumerate(section.table, start=1):
                    put(sheet, header + offset, col, item.get(c.key))
    book.save(path)


def test_a_new_ward_from_init_to_a_recognised_committee_with_the_forms_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = tmp_path / "dong-da"
    args = ["init", str(ws), "--unit", "Quận Đống Đa", "--ward", NAME, "--pilot", NAME]
    assert run(capsys, *args).code == 0
    folder = ws / "wards" / SLUG
    ward_yaml = (folder / "ward.yaml").read_bytes()
    assert {"thong-tin-dai-hoi.xlsx", "kiem-phieu.xlsx"} <= {p.name for p in folder.iterdir()}

    # The lists: the example's people, typed into the forms init wrote.
    sample = FileWardFolder.at(SAMPLE)
    units = {fold(s): u.name for u in sample.ward().member_organisations or [] for s in u.spellings}
    _fill_list(
        folder / "du-kien-uy-ban-khoa-moi.xlsx",
        read_people(SAMPLE / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx", "proposed"),
        units,
    )
    _fill_list(folder / "uy-ban-khoa-truoc.xlsx", sample.previous() or PeopleList("previous", []), units)  # fmt: skip
    provide_drafts(folder)

    # The congress details: the example's plan, presidium, script, speeches, delegation, here.
    text = load_model(SAMPLE / "congress.yaml", CongressFile).model_dump_json()
    details = CongressFile.model_validate_json(text.replace("Ô Chợ Dừa", NAME))
    details = details.model_copy(update={"date": DAY, "planned_size": 55, "documents": {}})
    _fill_details(folder / "thong-tin-dai-hoi.xlsx", details)
    # The ward's member organisations and residential areas, in the same form (not ward.yaml).
    _fill_units(folder / "thong-tin-dai-hoi.xlsx", "Tổ chức thành viên", sample.ward().member_organisations or [])  # fmt: skip
    _fill_units(folder / "thong-tin-dai-hoi.xlsx", "Khu dân cư", sample.ward().residential_areas or [])  # fmt: skip
    checked = run(capsys, "personnel", "check", SLUG, "-w", str(ws), "--json").json()["findings"]
    represented = {f["rule"]: f for f in checked if f["rule"].endswith("_represented")}
    assert represented["member_orgs_represented"]["status"] == "passed"
    assert represented["member_orgs_represented"]["actual"]["of"] == 8
    assert represented["residential_areas_represented"]["status"] == "passed"
    assert represented["residential_areas_represented"]["actual"]["of"] == 12

    walk_to(capsys, ws, SLUG, "congress")

    # After the congress: two people enter the count, each in their own sheet.
    count = load_tally(SAMPLE / "tally.yaml")
    assert count.committee is not None and count.first_meeting is not None
    count = count.model_copy(update={
        "date": DAY, "counting_board": details.counting_board,
        "committee": count.committee.model_copy(
            update={"name": f"Ủy ban MTTQ Việt Nam phường {NAME} khóa XVII"}),
        "first_meeting": count.first_meeting.model_copy(update={"date": DAY}),
    })  # fmt: skip
    for entry in ENTRIES:
        _fill_entry(folder / "kiem-phieu.xlsx", entry, entry_values(count))
    report = ok(capsys, ws, "tally", SLUG, "--json").json()
    rules = {f["rule"]: f for f in report["findings"]}
    assert rules["double_entry_match"]["ok"] is True  # the two sheets agree
    assert rules["facts_agree"]["ok"] is True  # ward, day and counting board agree
    assert len(report["results"]["lists"][0]["chosen"]) == 53

    walk_to(capsys, ws, SLUG, "recognised")
    assert stage_of(capsys, ws, SLUG) == "recognised"
    assert (folder / "ward.yaml").read_bytes() == ward_yaml  # no YAML edited
    assert not (folder / "congress.yaml").exists() and not (folder / "tally.yaml").exists()

    ok(capsys, ws, "docs", "render", SLUG)
    out = ws / "out" / SLUG
    minutes = text_of(Document(str(out / "bien-ban.docx")))
    resolution = text_of(Document(str(out / "nghi-quyet.docx")))
    for text in (minutes, resolution):
        assert f"PHƯỜNG {NAME.upper()}" in text
        assert f"{NAME}, ngày 20 tháng 01 năm 2024" in text  # dated the congress day
        assert "Ô Chợ Dừa" not in text
    assert "53" in resolution and "Nguyễn Thị Xuân" in resolution
    assert "128" in minutes  # delegates present, from the entry sheet
