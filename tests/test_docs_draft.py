"""`congress docs draft`: the ward's three starting drafts in Word, in wards/<ward>/van-kien/.

The drafts are read back with python-docx as Word would show them: the sections as Word headings
in the order the draft rules require, a section per member organisation of ward.yaml with its
visible placeholder, the last resolution's targets with their computed status, the residential-area
programme with its rows. A draft the officer edited is never overwritten; a bad folder or a draft
open in Word stops the run with exit 2 and nothing written.
"""

from __future__ import annotations

import hashlib
import re
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.document import Document as DocumentObject
from docx.table import Table

from congress.adapters.ward_folder import FileWardFolder
from congress.core.draft_context import REPORT_HEADINGS
from congress.core.draft_rules_text import SECTIONS
from congress.core.drafts import RESIDENTIAL_TITLE
from tests.cli_helpers import Run, run
from tests.test_front_words import election_words

WARD = "o-cho-dua"
FILES = ("bao-cao-chinh-tri.docx", "bao-cao-kiem-diem.docx", "chuong-trinh-hanh-dong.docx")
TITLES = ("BÁO CÁO CHÍNH TRỊ", "BÁO CÁO KIỂM ĐIỂM", "CHƯƠNG TRÌNH HÀNH ĐỘNG")


def draft(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> Run:
    return run(capsys, "docs", "draft", *args, "-w", str(ws))


def folder(ws: Path, slug: str = WARD) -> Path:
    return ws / "wards" / slug / "van-kien"


def hashes(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.iterdir())}


def headings(doc: DocumentObject) -> list[tuple[int, str]]:
    """(level, text) of every paragraph in a Word heading style, in order."""
    found = []
    for p in doc.paragraphs:
        match = re.fullmatch(r"Heading (\d)", p.style.name if p.style is not None else "")
        if match:
            found.append((int(match.group(1)), p.text))
    return found


def table_after(doc: DocumentObject, heading: str) -> Table:
    """The first table after the paragraph whose text is `heading`."""
    seen = False
    for block in doc.iter_inner_content():
        if not isinstance(block, Table):
            seen = seen or block.text == heading
        elif seen:
            return block
    raise AssertionError(f"no table after {heading!r}")


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def member_organisations(ws: Path, slug: str = WARD) -> list[str]:
    """The ward's organisations: ward.yaml's, else (a ward from `init`) the details form's."""
    facts = FileWardFolder.at(ws / "wards" / slug).draft_facts()
    return [o.name for o in facts.member_organisations or []]


@pytest.mark.workspace("init", wards=["o-cho-dua", "van-mieu"], fill=False)
def test_a_new_ward_gets_three_drafts_with_its_sections_and_organisations(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    # a ward straight from `congress init`: no committee size yet, no drafts.yaml
    result = draft(capsys, ws, "Ô Chợ Dừa")
    assert result.code == 0, result.err
    assert sorted(p.name for p in folder(ws).iterdir()) == sorted(FILES)
    assert "congress docs check o-cho-dua" in result.out
    for name, title in zip(FILES, TITLES, strict=True):
        doc = Document(str(folder(ws) / name))
        texts = [p.text for p in doc.paragraphs if p.text.strip()]
        assert texts[:2] == ["DỰ THẢO", title], name  # the title is the first body paragraph
        header = [p.text for row in doc.tables[0].rows for c in row.cells for p in c.paragraphs]
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header
        assert "Ô Chợ Dừa, ngày … tháng … năm …" in header  # domain §6: a draft's blank date
        assert any(line.startswith("ỦY BAN MTTQ VIỆT NAM") for line in header)
        section = doc.sections[0]
        size = (section.page_width, section.page_height, section.left_margin, section.right_margin)
        assert [round(x.mm) for x in size if x is not None] == [210, 297, 30, 15]
        assert doc.styles["Normal"].font.name == "Times New Roman"
        assert doc.styles["Normal"].font.size.pt in (13, 14)
        assert headings(doc), f"{name} has no Word heading"
        for level in {lvl for lvl, _ in headings(doc)}:
            style = doc.styles[f"Heading {level}"]
            assert style.font.size.pt == 14 and style.font.bold
            assert style.font.color.rgb is not None and str(style.font.color.rgb) == "000000"

    report = Document(str(folder(ws) / FILES[0]))
    found = headings(report)
    texts = [text for _, text in found]
    # the sections the draft rules require, in their order, each a Word heading
    assert list(REPORT_HEADINGS) == list(SECTIONS)
    positions = [texts.index(REPORT_HEADINGS[key]) for key in SECTIONS]
    assert positions == sorted(positions)
    assert [t.split("\n")[0] for lvl, t in found if lvl == 1] == [
        "PHẦN THỨ NHẤT",
        "PHẦN THỨ HAI",
        "KẾT LUẬN",
    ]
    # one level-3 heading per member organisation, in ward.yaml's order, then its placeholder
    orgs = member_organisations(ws)
    assert len(orgs) >= 5
    body = [p.text for p in report.paragraphs]
    start = body.index("III. KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CHỨC THÀNH VIÊN")
    for number, org in enumerate(orgs, 1):
        at = body.index(f"{number}. {org}", start)
        assert body[at + 1] == f"[CẦN VIẾT: kết quả nổi bật của {org}, có số liệu]"
        start = at

    programme = Document(str(folder(ws) / FILES[2]))
    assert (3, RESIDENTIAL_TITLE) in headings(programme)
    table = rows(table_after(programme, RESIDENTIAL_TITLE))
    assert table[0] == ["STT", "Chỉ tiêu", "Mức phấn đấu", "Chủ trì", "Thời gian"]
    assert len(table) - 1 >= 3  # the ruleset's min_targets
    for row in table[1:]:
        assert row[1] and not row[1].startswith("[")
        assert row[2:] == ["[CẦN VIẾT: mức phấn đấu]", "[CẦN VIẾT: chủ trì]",
                           "[CẦN VIẾT: thời gian]"]  # fmt: skip


def test_the_targets_table_shows_the_results_and_their_status(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = draft(capsys, ws, WARD)
    assert result.code == 0, result.err
    data = yaml.safe_load((ws / "wards" / WARD / "drafts.yaml").read_text(encoding="utf-8"))
    targets = data["political_report"]["targets"]
    assert len(targets) >= 5
    report = Document(str(folder(ws) / FILES[0]))
    table = rows(table_after(report, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"))
    assert table[0][-1] == "Đánh giá"
    assert len(table) - 1 == len(targets)
    statuses = set()
    for row, target in zip(table[1:], targets, strict=True):
        assert row[1] == target["name"]
        goal = Fraction(str(target["target"]).replace(",", "."))
        done = Fraction(str(target["result"]).replace(",", "."))
        lower = target.get("higher_is_better") is False
        better = done < goal if lower else done > goal
        expected = "Đạt" if done == goal else "Vượt" if better else "Không đạt"
        assert row[-1] == expected, row
        statuses.add(expected)
    assert {"Đạt", "Vượt"} <= statuses
    # an organisation drafts.yaml already writes about keeps its text and gets no second section
    orgs = member_organisations(ws)
    body = [p.text for p in report.paragraphs]
    for org in orgs:
        assert sum(1 for text in body if text.endswith(f". {org}")) == 1, org
    assert not any("kết quả nổi bật của" in text for text in body)


def test_an_edited_draft_is_never_overwritten(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    assert draft(capsys, ws, WARD).code == 0
    again = draft(capsys, ws, WARD, "--json")
    assert [d["action"] for d in again.json()["drafts"]] == ["unchanged"] * 3

    # the officer writes in the political report; the data of the review report changes
    path = folder(ws) / FILES[0]
    doc = Document(str(path))
    doc.add_paragraph("Đoạn cán bộ viết thêm bằng Word.")
    doc.save(str(path))
    edited = hashes(folder(ws))[FILES[0]]
    drafts_yaml = ws / "wards" / WARD / "drafts.yaml"
    data = yaml.safe_load(drafts_yaml.read_text(encoding="utf-8"))
    data["review_report"]["introduction"] = "Mở đầu mới."
    drafts_yaml.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    result = draft(capsys, ws, WARD)
    assert result.code == 0, result.err
    assert "giữ nguyên, không ghi đè" in result.out
    after = hashes(folder(ws))
    assert after[FILES[0]] == edited  # kept as the officer left it
    assert "Đã cập nhật dự thảo (chưa ai sửa)" in result.out  # the unedited review report
    assert "Mở đầu mới." in [p.text for p in Document(str(folder(ws) / FILES[1])).paragraphs]
    assert sorted(after) == sorted(FILES)

    forced = draft(capsys, ws, WARD, "--force", "--json").json()["drafts"]
    assert forced[0]["action"] == "beside"
    assert hashes(folder(ws))[FILES[0]] == edited  # --force writes beside, never over it
    beside = ws / forced[0]["path"]
    assert beside == folder(ws) / "bao-cao-chinh-tri (ban moi).docx"  # the ONE copy
    assert "Đoạn cán bộ viết thêm bằng Word." not in [p.text for p in Document(str(beside)).paragraphs]  # fmt: skip
    # the next run still keeps the edited draft
    assert draft(capsys, ws, WARD, "--json").json()["drafts"][0]["action"] == "kept"


def test_a_draft_the_tool_did_not_write_is_kept(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    own = folder(ws) / FILES[2]
    own.parent.mkdir(parents=True)
    doc = Document()
    doc.add_paragraph("CHƯƠNG TRÌNH HÀNH ĐỘNG do phường tự soạn")
    doc.save(str(own))
    before = own.read_bytes()
    result = draft(capsys, ws, WARD, "--json")
    assert result.code == 0, result.err
    assert [d["action"] for d in result.json()["drafts"]] == ["written", "written", "kept"]
    assert own.read_bytes() == before


def test_the_drafts_pass_the_generated_document_lint_and_speak_the_front_s_words(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    assert draft(capsys, ws, WARD).code == 0
    assert draft(capsys, ws, "van-mieu").code == 0
    for slug in (WARD, "van-mieu"):
        result = run(capsys, "docs", "lint", "--generated", "--ward", slug, "-w", str(ws), "--json")
        assert result.code == 0, result.out
        linted = result.json()["documents"]
        assert sorted(Path(d["path"]).name for d in linted) == sorted(FILES)
        assert all(d["findings"] == [] for d in linted)
        assert election_words(folder(ws, slug)) == {}


# -- bad input: exit 2, a clear message, nothing written ------------------------------------


def test_an_unknown_ward_writes_nothing(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = draft(capsys, ws, "Phường Không Có")
    assert result.code == 2
    assert "o-cho-dua" in result.err  # the wards there are
    assert not list(ws.glob("wards/*/van-kien"))


def test_a_van_kien_that_is_a_file_stops_the_run(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder(ws).write_text("không phải thư mục", encoding="utf-8")
    result = draft(capsys, ws, WARD)
    assert result.code == 2
    assert "là một tệp, không phải thư mục" in result.err
    assert "Không văn kiện nào của lần chạy này được ghi hay đăng ký" in result.err
    assert folder(ws).read_text(encoding="utf-8") == "không phải thư mục"
    assert not list((ws / "wards" / WARD).glob("*.docx"))


@pytest.mark.parametrize("lock", ["~$o-cao-kiem-diem.docx", ".~lock.bao-cao-kiem-diem.docx#"])
def test_a_draft_open_in_word_stops_the_run_before_any_write(
    capsys: pytest.CaptureFixture[str], ws: Path, lock: str
) -> None:
    assert draft(capsys, ws, WARD).code == 0
    before = hashes(folder(ws))
    (folder(ws) / lock).write_bytes(b"owner")
    # every draft would be refreshed: the data changed
    drafts_yaml = ws / "wards" / WARD / "drafts.yaml"
    drafts_yaml.unlink()
    result = draft(capsys, ws, WARD)
    assert result.code == 2
    assert "đóng tệp rồi chạy lại" in result.err
    assert lock in result.err
    assert "bao-cao-kiem-diem.docx" in result.err
    assert {k: v for k, v in hashes(folder(ws)).items() if k != lock} == before


def test_the_command_speaks_english_for_maintainers(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "--lang", "en", "docs", "draft", WARD, "-w", str(ws))
    assert result.code == 0, result.err
    assert "Draft written: wards/o-cho-dua/van-kien/bao-cao-chinh-tri.docx" in result.out
    assert "Đã tạo" not in result.out


def test_from_inside_the_workspace_by_name(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ws / "wards" / "van-mieu")
    result = run(capsys, "docs", "draft", "Văn Miếu", "--json")
    assert result.code == 0, result.err
    assert [d["path"] for d in result.json()["drafts"]] == [
        f"wards/van-mieu/van-kien/{name}" for name in FILES
    ]
    assert not (ws / "wards" / WARD / "van-kien").exists()


def test_the_residential_rows_come_from_the_ward_s_data(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    drafts_yaml = ws / "wards" / WARD / "drafts.yaml"
    data = yaml.safe_load(drafts_yaml.read_text(encoding="utf-8"))
    given = data["action_programme"]["residential_programme"]["targets"]
    assert len(given) >= 3
    given[0].update(owner="Ban công tác Mặt trận các khu dân cư", deadline="Hằng năm")
    drafts_yaml.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert draft(capsys, ws, WARD).code == 0
    programme = Document(str(folder(ws) / FILES[2]))
    table = rows(table_after(programme, data["action_programme"]["residential_programme"]["title"]))
    assert [row[1] for row in table[1:]] == [t["name"] for t in given]
    assert table[1][2:] == [given[0]["value"], "Ban công tác Mặt trận các khu dân cư", "Hằng năm"]
    assert table[2][3:] == ["…", "…"]  # not given: the officer fills it in Word


def test_an_organisation_named_by_its_alias_gets_no_second_section() -> None:
    from congress.core.doc_context import WardDocuments
    from congress.core.draft_context import political_report
    from congress.core.drafts import CongressFile, DraftsFile
    from congress.core.ward import WardFile, WardLists

    ward = WardFile.model_validate(
        {
            "ward": "Ô Chợ Dừa",
            "planned_size": 55,
            "lists": WardLists(proposed="-"),
            "member_organisations": [
                {"name": "Hội Liên hiệp Phụ nữ", "aliases": ["Hội LHPN"]},
                "Hội Cựu chiến binh",
            ],
        }
    )
    drafts = DraftsFile.model_validate(
        {"political_report": {"member_organisations": [
            {"organisation": "Hội LHPN phường", "text": "Vận động 120 triệu đồng."}]}}
    )  # fmt: skip
    source = WardDocuments(ward, drafts, CongressFile(), None, [], "2024-2029")
    orgs = political_report(source)["member_orgs"]
    assert [(o["name"], o["paragraphs"]) for o in orgs] == [
        ("Hội LHPN phường", ["Vận động 120 triệu đồng."]),
        ("Hội Cựu chiến binh", ["[CẦN VIẾT: kết quả nổi bật của Hội Cựu chiến binh, có số liệu]"]),
    ]


def test_a_van_kien_linked_outside_the_workspace_writes_nothing(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "ngoai"
    outside.mkdir()
    folder(ws).symlink_to(outside, target_is_directory=True)
    result = draft(capsys, ws, WARD)
    assert result.code == 2
    assert "o-cho-dua/van-kien" in result.err and "thư mục thật" in result.err
    assert list(outside.iterdir()) == []
