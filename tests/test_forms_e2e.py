"""A new ward from `congress init` to a recognised committee through the officer's Excel forms and
Word drafts only.

Everything an officer types goes into the workbooks `init` wrote, cell by cell with openpyxl: the
two lists, the congress details form (with the ward's member organisations and residential areas),
both entry sheets of the count form; and into the three Word drafts `init` wrote in van-kien/, over
their «[CẦN VIẾT: …]» placeholders with python-docx (tables filled, no heading removed). No YAML is
edited or added (ward.yaml stays as `init` wrote it: the planned size, the congress day, the
organisations and areas come from the details form; there is no drafts.yaml). The data
is the Ô Chợ Dừa example's, given to a new ward «Thành Công» on another day.
"""

from __future__ import annotations

import copy
import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.table import Table
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook

from congress.adapters.congress_form import build as build_details
from congress.adapters.people_reader import read_people
from congress.adapters.tally_files import load_tally
from congress.adapters.tally_form import ENTRIES, SECTIONS, entry_values
from congress.adapters.ward_folder import FileWardFolder
from congress.adapters.xlsx_cells import put
from congress.adapters.yaml_files import load_model
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.numbers import format_decimal
from congress.core.people import Gender, PeopleList
from congress.core.text import fold, header_key
from congress.core.ward import Unit
from congress.i18n import t
from tests.cli_helpers import EXAMPLES, run
from tests.docx_helpers import text_of
from tests.workspace_helpers import fulfil, ok, stage_of, walk_to

pytestmark = pytest.mark.slow

SAMPLE = EXAMPLES / "o-cho-dua"
WORD_FILES = ("bao-cao-chinh-tri.docx", "bao-cao-kiem-diem.docx", "chuong-trinh-hanh-dong.docx")
SLUG, NAME = "thanh-cong", "Thành Công"
DAY = dt.date(2024, 1, 20)


def _typed(text: str) -> list[str]:
    """A text of drafts.yaml as the paragraphs an officer types: one per blank-line block."""
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def _type_over(paragraph: Paragraph, text: str) -> None:
    """Type `text` over a placeholder paragraph, in its style; more paragraphs follow it."""
    parts = _typed(text)
    paragraph.text = parts[0]
    anchor = paragraph
    for part in parts[1:]:
        element = copy.deepcopy(anchor._p)
        anchor._p.addnext(element)
        anchor = Paragraph(element, anchor._parent)
        anchor.text = part


def _add_rows(table: Table, rows: list[list[str]]) -> None:
    """Fill the table's rows: first its empty or placeholder rows, then new rows (Enter in the
    last cell, as in Word), keeping the table's header and its formatting."""
    blanks = [r for r in table.rows[1:] if all(not c.text or "CẦN VIẾT" in c.text for c in r.cells)]
    for values in rows:
        row = blanks.pop(0) if blanks else table.add_row()
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _placeholders(doc: DocumentObject) -> list[Paragraph]:
    found = [p for p in doc.paragraphs if "CẦN VIẾT" in p.text]
    for table in doc.tables:
        found += [
            p for row in table.rows for c in row.cells for p in c.paragraphs if "CẦN VIẾT" in p.text
        ]
    return found


def _table_after(doc: DocumentObject, heading: str) -> Table:
    seen = False
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            if seen:
                return block
        else:
            seen = seen or block.text.startswith(heading)
    raise AssertionError(f"no table after {heading!r}")


def _percent(number: Fraction) -> str:
    return f"{float(number * 100):.1f}%".replace(".", ",")


def edit_drafts(van_kien: Path, sample: DraftsFile) -> None:
    """The officer writes the three drafts in Word, over the «[CẦN VIẾT: …]» placeholders of the
    drafts the tool wrote (python-docx standing for Word), with the example's content as what they
    type: every placeholder paragraph and cell replaced, the tables filled, no heading removed."""
    report, review, action = sample.political_report, sample.review_report, sample.action_programme
    orgs = {o.organisation: o.text or "" for o in report.member_organisations}

    doc = Document(str(van_kien / "bao-cao-chinh-tri.docx"))
    first = report.results[0]
    for p in doc.paragraphs:
        if p.text == "1. …":  # the first field of work: its name, then the other fields
            p.text = f"1. {first.field}"
    texts = {
        "phần mở đầu": report.introduction,
        "kết quả từng lĩnh vực": first.text,
        "các chỉ tiêu của Nghị quyết nhiệm kỳ trước và kết quả": (
            f"Đến cuối nhiệm kỳ, 7/{len(report.targets)} chỉ tiêu Nghị quyết đạt và vượt; chỉ tiêu "
            "mô hình tự quản ở khu dân cư đạt 20/24 mô hình."
        ),
        "hạn chế": report.shortcomings, "nguyên nhân": report.causes,
        "bài học kinh nghiệm": report.lessons, "phương hướng, mục tiêu": report.direction,
        "các chỉ tiêu nhiệm kỳ mới": f"Nhiệm kỳ 2024-2029 phấn đấu đạt {len(report.new_targets)} chỉ tiêu chủ yếu trên.",
        "nhiệm vụ, giải pháp": report.tasks, "phần kết luận": report.conclusion,
    } | {f"kết quả nổi bật của {org}, có số liệu": text for org, text in orgs.items()}  # fmt: skip
    for p in _placeholders(doc):
        label = p.text.removeprefix("[CẦN VIẾT: ").removesuffix("]")
        text = texts[label]
        assert text, label
        _type_over(p, text)
    # The other fields of work, each a heading like the first, before the targets section.
    targets_heading = next(p for p in doc.paragraphs if p.text.startswith("II. KẾT QUẢ"))
    for number, result in enumerate(report.results[1:], start=2):
        targets_heading.insert_paragraph_before(f"{number}. {result.field}", "Heading 3")
        for part in _typed(result.text or ""):
            targets_heading.insert_paragraph_before(part, "Normal")
    # The last resolution's targets: no drafts.yaml, so the table came empty; the officer adds
    # one row per target, as the resolution worded it, with the result and its assessment.
    rows = []
    for n, target in enumerate(report.targets, start=1):
        assert target.target is not None and target.result is not None
        goal, result = Fraction(target.target), Fraction(target.result)
        ratio = result / goal
        if target.higher_is_better:
            status = "Vượt" if ratio > 1 else "Đạt" if ratio == 1 else "Không đạt"
            wording = f"{format_decimal(goal, 2, trim=True)} {target.unit}"
        else:
            status = "Vượt" if ratio < 1 else "Đạt" if ratio == 1 else "Không đạt"
            wording = f"Không quá {format_decimal(goal, 2, trim=True)} {target.unit}"
        rows.append(
            [
                str(n),
                target.name,
                wording,
                f"{format_decimal(result, 2, trim=True)} {target.unit}",
                _percent(ratio),
                status,
            ]
        )
    _add_rows(_table_after(doc, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"), rows)
    new_rows = [[str(n), t.name, t.value] for n, t in enumerate(report.new_targets, start=1)]
    _add_rows(_table_after(doc, "II. CÁC CHỈ TIÊU CHỦ YẾU"), new_rows)
    doc.save(str(van_kien / "bao-cao-chinh-tri.docx"))

    doc = Document(str(van_kien / "bao-cao-kiem-diem.docx"))
    texts = {
        "phần mở đầu": review.introduction, "ưu điểm": review.strengths,
        "khuyết điểm, hạn chế": review.weaknesses, "nguyên nhân": review.causes,
        "bài học kinh nghiệm": review.lessons,
    }  # fmt: skip
    for p in _placeholders(doc):
        text = texts[p.text.removeprefix("[CẦN VIẾT: ").removesuffix("]")]
        assert text
        _type_over(p, text)
    doc.save(str(van_kien / "bao-cao-kiem-diem.docx"))

    doc = Document(str(van_kien / "chuong-trinh-hanh-dong.docx"))
    tasks = [[str(n), i.task, i.target, i.owner, i.deadline] for n, i in enumerate(action.tasks, 1)]
    _add_rows(_table_after(doc, "I. NHIỆM VỤ"), tasks)
    programme = _table_after(doc, "Xây dựng khu dân cư")
    assert action.residential_programme is not None
    figures = ["Từ 93% hộ mỗi năm", "12/12 tổ dân phố", "Ít nhất 24 mô hình", "Ít nhất 30 hộ"]
    for row, figure in zip(programme.rows[1:], figures, strict=True):
        for cell, value in zip(
            row.cells[2:],
            (figure, "Ban công tác Mặt trận các tổ dân phố", "Hằng năm, 2024-2029"),
            strict=True,
        ):
            cell.text = value
    texts = {
        "phần mở đầu": action.introduction,
        "các nhiệm vụ, mỗi nhiệm vụ có chỉ tiêu, đơn vị chủ trì, thời gian": (
            f"Đại hội giao {len(action.tasks)} nhiệm vụ trên cho Ủy ban khóa mới."
        ),
    }
    for p in _placeholders(doc):
        _type_over(p, texts[p.text.removeprefix("[CẦN VIẾT: ").removesuffix("]")] or "")
    doc.save(str(van_kien / "chuong-trinh-hanh-dong.docx"))
    for name in WORD_FILES:
        assert not _placeholders(Document(str(van_kien / name))), name


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
            "Số CCCD": p.identity_number, "Ghi chú": p.note,
        }  # fmt: skip
        role = t(f"role.{p.role}", "vi")
        if header_key("Bổ sung giữa nhiệm kỳ") in columns:  # the previous committee's own form
            values |= {
                "Chức danh": role,
                "Bổ sung giữa nhiệm kỳ": "Có" if p.added_mid_term else None,
            }
        else:
            values["Dự kiến chức danh"] = role
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


def _fill_ward_units(capsys: pytest.CaptureFixture[str], ws: Path, sample: FileWardFolder) -> None:
    """The ward's member organisations and residential areas, in the details form (not
    ward.yaml): the representation rules are then checked, and pass."""
    form = ws / "wards" / SLUG / "thong-tin-dai-hoi.xlsx"
    _fill_units(form, "Tổ chức thành viên", sample.ward().member_organisations or [])
    _fill_units(form, "Khu dân cư", sample.ward().residential_areas or [])
    checked = run(capsys, "personnel", "check", SLUG, "-w", str(ws), "--json").json()["findings"]
    represented = {f["rule"]: f for f in checked if f["rule"].endswith("_represented")}
    assert represented["member_orgs_represented"]["status"] == "passed"
    assert represented["member_orgs_represented"]["actual"]["of"] == 8
    assert represented["residential_areas_represented"]["status"] == "passed"
    assert represented["residential_areas_represented"]["actual"]["of"] == 12


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


def _submit_word_drafts(capsys: pytest.CaptureFixture[str], ws: Path, van_kien: Path) -> DraftsFile:
    """init's drafts, not edited yet, refreshed with what the details form now says (the
    ordinal); written in Word over their placeholders (`edit_drafts`); checked from the Word
    files and submitted by the CLI. The example's drafts, as this ward's, are what was typed."""
    drafted = ok(capsys, ws, "docs", "draft", SLUG, "--json").json()["drafts"]
    assert {d["action"] for d in drafted} == {"refreshed"}
    text = load_model(SAMPLE / "drafts.yaml", DraftsFile).model_dump_json()
    sample_drafts = DraftsFile.model_validate_json(text.replace("Ô Chợ Dừa", NAME))
    edit_drafts(van_kien, sample_drafts)
    walk_to(capsys, ws, SLUG, "drafts")
    check = ok(capsys, ws, "docs", "check", SLUG, "--json").json()
    assert check["sources"] == {
        "political_report": WORD_FILES[0],
        "review_report": WORD_FILES[1],
        "action_programme": WORD_FILES[2],
    }
    assert check["ok"] is True, [f["message"] for f in check["findings"] if not f["ok"]]
    checked = {f["rule"] for f in check["findings"] if f["ok"]}
    assert {"draft_leftovers", "targets_assessed", "member_org_results_present",
            "action_items_specific", "residential_programme_present",
            "review_duplicates_report"} <= checked  # fmt: skip
    said = " ".join(ok(capsys, ws, "docs", "check", SLUG).out.split())
    assert f"Nguồn dự thảo: báo cáo chính trị — {WORD_FILES[0]}" in said
    fulfil(capsys, ws, SLUG, "submit_drafts")
    ok(capsys, ws, "ward", "advance", SLUG, "hoàn thành dự thảo", "--by", "Nguyễn Văn An")
    assert stage_of(capsys, ws, SLUG) == "personnel"
    return sample_drafts


def test_a_new_ward_from_init_to_a_recognised_committee_with_the_forms_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONGRESS_PAGES", "estimate")  # LibreOffice takes seconds a file
    ws = tmp_path / "dong-da"
    args = ["init", str(ws), "--unit", "Quận Đống Đa", "--ward", NAME, "--pilot", NAME]
    assert run(capsys, *args).code == 0
    folder = ws / "wards" / SLUG
    ward_yaml = (folder / "ward.yaml").read_bytes()
    assert {"thong-tin-dai-hoi.xlsx", "kiem-phieu.xlsx"} <= {p.name for p in folder.iterdir()}
    van_kien = folder / "van-kien"
    assert sorted(p.name for p in van_kien.iterdir()) == sorted(WORD_FILES)  # init's drafts

    # The lists: the example's people, typed into the forms init wrote.
    sample = FileWardFolder.at(SAMPLE)
    units = {fold(s): u.name for u in sample.ward().member_organisations or [] for s in u.spellings}
    _fill_list(
        folder / "du-kien-uy-ban-khoa-moi.xlsx",
        read_people(SAMPLE / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx", "proposed"),
        units,
    )
    _fill_list(folder / "uy-ban-khoa-truoc.xlsx", sample.previous() or PeopleList("previous", []), units)  # fmt: skip

    # The congress details: the example's plan, presidium, script, speeches, delegation, here.
    text = load_model(SAMPLE / "congress.yaml", CongressFile).model_dump_json()
    details = CongressFile.model_validate_json(text.replace("Ô Chợ Dừa", NAME))
    details = details.model_copy(update={"date": DAY, "planned_size": 55, "documents": {}})
    _fill_details(folder / "thong-tin-dai-hoi.xlsx", details)
    _fill_ward_units(capsys, ws, sample)

    # The drafts: init's, refreshed, then written in Word; checked and submitted as they are.
    sample_drafts = _submit_word_drafts(capsys, ws, van_kien)
    assert not (folder / "drafts.yaml").exists()  # the drafts were Word only

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

    rendered = ok(capsys, ws, "docs", "render", SLUG, "--json").json()["documents"]
    out = ws / "out" / SLUG
    minutes = text_of(Document(str(out / "bien-ban.docx")))
    resolution = text_of(Document(str(out / "nghi-quyet.docx")))
    for text in (minutes, resolution):
        assert f"PHƯỜNG {NAME.upper()}" in text
        assert f"{NAME}, ngày 20 tháng 01 năm 2024" in text  # dated the congress day
        assert "Ô Chợ Dừa" not in text
        assert "CẦN VIẾT" not in text
    assert "53" in resolution and "Nguyễn Thị Xuân" in resolution
    assert "128" in minutes  # delegates present, from the entry sheet
    # The political report of the congress is the officer's Word file, not a copy made again
    # from what was read of it; the resolution adopts the new term's targets written in it.
    own = {d["doc"]: d for d in rendered if d["action"] == "word"}
    assert {doc: Path(d["path"]) for doc, d in own.items()} == {
        "bao_cao_chinh_tri": van_kien / WORD_FILES[0],
        "bao_cao_kiem_diem": van_kien / WORD_FILES[1],
        "chuong_trinh_hanh_dong": van_kien / WORD_FILES[2],
    }
    assert not any((out / name).exists() for name in WORD_FILES)
    said = " ".join(ok(capsys, ws, "docs", "render", SLUG).out.split())
    assert f"Dùng bản Word của phường (không tạo lại): {van_kien / WORD_FILES[0]}" in said
    for target in sample_drafts.political_report.new_targets:
        assert f"{target.name}: {target.value}" in " ".join(resolution.split()), target.name
