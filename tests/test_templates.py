"""The Word templates in doc_templates/: built by scripts/build_templates.py, filled by the program.

Every template is filled the way `congress docs render` fills it (services.documents: the ward's
files read by load_ward_documents, each document written by produce_documents in the sandbox with
StrictUndefined, so a name the context lacks fails) for a copy of the example ward with empty
drafts and with filled ones, then read back with python-docx and held to the format of Nghị định
30/2020/NĐ-CP (domain.md §6).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Mm, Pt

from congress.adapters.ward_folder import FileWardFolder
from congress.core.district_context import DISTRICT_DOCUMENTS
from congress.core.doc_context import DOCUMENTS, WardDocuments, context
from congress.core.doc_names import MINUTES, NO_RECIPIENTS
from congress.services.documents import TemplateSet, load_ward_documents, produce_documents
from congress.services.workspace import WardScope
from tests.docx_helpers import paragraphs, style_value, text_of

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "doc_templates"
SCRIPT = ROOT / "scripts" / "build_templates.py"
WARD = ROOT / "examples" / "wards" / "o-cho-dua"
FONT = "Times New Roman"
TAG_MARKS = ("{{", "}}", "{%", "%}")
IDS = sorted(DOCUMENTS)

FILLED_DRAFTS = {
    "political_report": {
        "introduction": "Nhiệm kỳ qua, Mặt trận phường đã đoàn kết.\n\nĐoạn mở đầu thứ hai.",
        "results": [{"field": "Công tác vận động", "text": "Vận động nhân dân thực hiện tốt."}],
        "member_organisations": [{"organisation": "Hội Cựu chiến binh", "text": "Hội đã hoàn thành."}],
        "targets": [
            {"name": "Vận động Quỹ Vì người nghèo", "unit": "triệu đồng", "target": 500, "result": 600},
            {"name": "Tỷ lệ hộ nghèo", "unit": "%", "target": "1,5", "result": 2, "higher_is_better": False},
        ],
        "shortcomings": "Một số hạn chế.",
        "causes": "Nguyên nhân khách quan.",
        "lessons": "Bài học về đoàn kết.",
        "direction": "Tiếp tục đổi mới.",
        "new_targets": [{"name": "Gia đình văn hóa", "value": "95%"}],
        "tasks": "Các nhiệm vụ trọng tâm.",
        "conclusion": "Đại hội kêu gọi.",
    },
    "review_report": {"introduction": "Mở đầu.", "strengths": "Ưu điểm.", "weaknesses": "Khuyết điểm.", "causes": "Nguyên nhân.", "lessons": "Bài học."},
    "action_programme": {
        "introduction": "Chương trình hành động.",
        "tasks": [{"task": "Vận động Quỹ", "target": "600 triệu đồng", "owner": "Ban Thường trực", "deadline": "2029"}],
        "residential_programme": {"targets": [{"name": "Khu dân cư văn hóa", "value": "100%"}]},
    },
}  # fmt: skip

FILLED_CONGRESS = {
    "ordinal": "XVII",
    "date": date(2024, 1, 12),
    "venue": "Hội trường A & B <tầng 2>",
    "delegates_convened": 120,
    "plan_purposes": "Tổ chức thành công Đại hội.",
    "plan_requirements": "Bảo đảm trang trọng, tiết kiệm.",
    "plan_timeline": [{"when": "Tháng 12/2023", "task": "Xây dựng dự thảo", "owner": "Tiểu ban văn kiện"}],
    "plan_comments": "Lấy ý kiến góp ý dự thảo văn kiện cấp trên.",
    "plan_delegates": "Triệu tập 120 đại biểu.",
    "plan_subcommittees": [{"name": "Tiểu ban Văn kiện", "head": "Trịnh Đức Lợi", "members": ["Cao Hữu Hải"], "tasks": "Dự thảo văn kiện."}],
    "plan_propaganda": "Treo băng rôn.",
    "plan_budget": "Ngân sách phường.",
    "presidium": ["Nguyễn Thị Xuân", "Trịnh Đức Lợi"],
    "secretariat": ["Cao Hữu Hải"],
    "counting_board": ["Nguyễn Văn An"],
    "script": [
        {"time": "7h30", "part": "Bầu Đoàn Chủ tịch", "person": "Cao Hữu Hải", "session": "internal", "words": "Xin Đại hội biểu quyết."},
        {"time": "8h00", "part": "Khai mạc Đại hội", "person": "Nguyễn Thị Xuân"},
    ],
    "speeches": [{"speaker": "Nguyễn Thị Chi", "organisation": "Hội Liên hiệp Phụ nữ", "topic": "Xây dựng khu dân cư"}],
    "delegation": {
        "official": [{"name": "Nguyễn Thị Xuân", "position": "Chủ tịch"}, {"name": "Trịnh Đức Lợi", "position": "Phó Chủ tịch"}],
        "alternate": [{"name": "Cao Hữu Hải", "position": "Ủy viên Thường trực"}],
    },
    "documents": {"ke_hoach": {"number": "5", "date": date(2024, 1, 5)}},
    "signer": {"name": "Nguyễn Thị Xuân"},
    "recipients": ["Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa", "Đảng ủy phường"],
}  # fmt: skip


Sources = dict[bool, WardDocuments]
Rendered = dict[tuple[str, bool], DocumentObject]


def ward_scope(root: Path, filled: bool) -> WardScope:
    """The example ward copied under `root`, with no drafts, script or tally (empty) or with
    FILLED_DRAFTS and FILLED_CONGRESS written as its drafts.yaml and congress.yaml (filled)."""
    folder = Path(shutil.copytree(WARD, root / "wards" / WARD.name))
    for name in ("drafts.yaml", "congress.yaml", "tally.yaml"):
        (folder / name).unlink(missing_ok=True)
    if filled:
        for name, data in (("drafts.yaml", FILLED_DRAFTS), ("congress.yaml", FILLED_CONGRESS)):
            text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
            (folder / name).write_text(text, encoding="utf-8")
    # "Today" is months before the congress, when the documents are prepared.
    return WardScope(
        FileWardFolder.at(folder), root, root / "out" / WARD.name, "ward-2024-2029", "vi",
        date(2023, 6, 1),
    )  # fmt: skip


@pytest.fixture(scope="module")
def scopes(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, WardScope]:
    return {
        filled: ward_scope(tmp_path_factory.mktemp("filled" if filled else "empty"), filled)
        for filled in (False, True)
    }


@pytest.fixture(scope="module")
def sources(scopes: dict[bool, WardScope]) -> Sources:
    """What the documents are made from, read from the ward's files as `congress docs render`
    reads them (services.documents.load_ward_documents)."""
    return {
        filled: load_ward_documents(scope, draft=not filled) for filled, scope in scopes.items()
    }


@pytest.fixture(scope="module")
def rendered(scopes: dict[bool, WardScope]) -> Rendered:
    """Every document of the empty and the filled ward, filled as `congress docs render` does
    (services.documents.produce_documents) and written to its file (without the database)."""
    docs = {}
    templates = TemplateSet(TEMPLATES)
    for filled, scope in scopes.items():
        for item in produce_documents(scope, IDS, templates, draft=not filled):
            item.target.parent.mkdir(parents=True, exist_ok=True)
            item.target.write_bytes(item.content)
            docs[item.doc, filled] = Document(str(item.target))
    assert len(docs) == 2 * len(IDS)
    return docs


# -- the templates themselves ----------------------------------------------------------------


@pytest.mark.parametrize("doc_id", IDS)
def test_template_tags_are_whole_and_alone(doc_id: str) -> None:
    doc = Document(str(TEMPLATES / DOCUMENTS[doc_id].template))
    for paragraph in paragraphs(doc):
        for run in paragraph.runs:
            assert run.text.count("{{") == run.text.count("}}"), run.text
            assert run.text.count("{%") == run.text.count("%}"), run.text
        text = paragraph.text
        if "{%p" in text or "{%tr" in text:
            assert len(paragraph.runs) == 1, text
            assert text.startswith("{%") and text.endswith("%}") and text.count("{%") == 1, text
    xml = zipfile.ZipFile(TEMPLATES / DOCUMENTS[doc_id].template).read("word/document.xml")
    assert b"|safe" not in xml and b"| safe" not in xml


def test_script_reproduces_committed_templates(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    every = [*DOCUMENTS.values(), *DISTRICT_DOCUMENTS.values()]
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == sorted(d.template for d in every)
    for spec in every:
        with zipfile.ZipFile(TEMPLATES / spec.template) as old, zipfile.ZipFile(tmp_path / spec.template) as new:  # fmt: skip
            parts = [n for n in old.namelist() if n.startswith("word/header") or n in ("word/document.xml", "word/styles.xml", "docProps/core.xml")]  # fmt: skip
            assert len(parts) >= 5
            for name in parts:
                assert old.read(name) == new.read(name), f"{spec.template}:{name} differs; rerun scripts/build_templates.py"  # fmt: skip


def test_core_properties_are_fixed() -> None:
    for spec in DOCUMENTS.values():
        props = Document(str(TEMPLATES / spec.template)).core_properties
        assert props.author == "congress"
        assert props.created is not None and props.created.date() == date(2024, 1, 1)
        assert props.modified is not None and props.modified.date() == date(2024, 1, 1)


# -- rendered documents: format --------------------------------------------------------------


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize("doc_id", IDS)
def test_page_and_fonts(rendered: Rendered, doc_id: str, filled: bool) -> None:  # fmt: skip
    doc = rendered[doc_id, filled]
    (section,) = doc.sections
    for value, mm in ((section.page_width, 210), (section.page_height, 297), (section.top_margin, 20), (section.bottom_margin, 20), (section.left_margin, 30), (section.right_margin, 15)):  # fmt: skip
        assert value is not None and abs(value - Mm(mm)) <= Mm(0.5)
    assert section.page_width is not None and section.page_height is not None
    assert section.page_width < section.page_height
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert 'w:instr=" PAGE "' in header or ">PAGE<" in header.replace(" ", "")
    assert not section.header.is_linked_to_previous
    assert section.first_page_header.is_linked_to_previous is False
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()

    normal = doc.styles["Normal"]
    assert normal.font.name == FONT and normal.font.size == Pt(14)
    fonts = normal.element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}") == FONT  # fmt: skip
    for paragraph in [*paragraphs(doc), *section.header.paragraphs]:
        for run in paragraph.runs:
            assert (run.font.name or style_value(paragraph, "name")) == FONT, run.text
    for paragraph in doc.paragraphs:  # the body outside tables is 14 pt
        for run in paragraph.runs:
            assert (run.font.size or style_value(paragraph, "size")) == Pt(14), run.text
    for table in doc.tables[1:-1]:  # data tables between the header and signature blocks
        for paragraph in paragraphs(table.rows[0].cells[0]):
            assert style_value(paragraph, "size") == Pt(13)


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
@pytest.mark.parametrize("doc_id", IDS)
def test_header_signature_and_no_leftover_tags(rendered: Rendered, sources: Sources, doc_id: str, filled: bool) -> None:  # fmt: skip
    doc = rendered[doc_id, filled]
    ctx = context(doc_id, sources[filled])
    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [ctx["parent_body"], ctx["issuer"], ctx["number"]]  # fmt: skip
    assert ctx["number"].startswith("Số:")
    motto = [p for p in right.paragraphs if p.text]
    assert [p.text for p in motto] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ctx["dateline"]]  # fmt: skip
    assert all(r.bold for r in motto[0].runs)
    assert all(r.bold and r.underline for r in motto[1].runs)
    assert all(r.italic for r in motto[2].runs)
    for name in ("issuer",):
        assert all(r.bold for p in left.paragraphs if p.text == ctx[name] for r in p.runs)

    signature = doc.tables[-1].rows[0].cells
    left_lines = [p.text for p in signature[0].paragraphs if p.text]

    def lines(who: dict[str, str]) -> list[str]:
        return [line for line in (who["on_behalf"], who["title"], who["name"]) if line]

    if doc_id in MINUTES:  # the secretary beside the chair, and no «Nơi nhận»
        assert left_lines == lines(ctx["secretary"])
    elif doc_id in NO_RECIPIENTS:
        assert left_lines == [] and ctx["recipients"] == []
    else:
        assert left_lines == ["Nơi nhận:", *ctx["recipients"]]
        assert left_lines[-1] == "- Lưu: VT."
    sign = [p.text for p in signature[1].paragraphs if p.text]
    assert sign == lines(ctx["signature"])

    text = text_of(doc)
    assert ctx["doc_type"] in text and ctx["subject"] in text
    assert ("DỰ THẢO" in text) is (not filled)
    for block in [*paragraphs(doc), *doc.sections[0].header.paragraphs]:
        assert not any(mark in block.text for mark in TAG_MARKS), block.text


# -- rendered documents: content -------------------------------------------------------------


def rows_of(doc: DocumentObject) -> list[list[str]]:
    return [[c.text for c in row.cells] for table in doc.tables for row in table.rows]


def test_filled_documents_show_the_computed_figures(rendered: Rendered) -> None:  # fmt: skip
    report = rows_of(rendered["bao_cao_chinh_tri", True])
    exceeded = ["1", "Vận động Quỹ Vì người nghèo", "500 triệu đồng", "600 triệu đồng", "120,00%", "Vượt"]  # fmt: skip
    assert exceeded in report
    # lower is better: the target over the result, so a missed target is below 100%
    assert ["2", "Tỷ lệ hộ nghèo", "Không quá 1,5%", "2%", "75,00%", "Không đạt"] in report
    assert ["1", "Gia đình văn hóa", "95%"] in report

    plan = text_of(rendered["ke_hoach", True])
    assert "Số: 05/KH-MTTQ-BTT" in plan and "Ô Chợ Dừa, ngày 05 tháng 01 năm 2024" in plan
    assert "Hội trường A & B <tầng 2>" in plan  # escaped on the way in, plain text on the way out
    assert "[CẦN VIẾT:" not in plan

    resolution = text_of(rendered["nghi_quyet", True])
    assert "gồm 55 vị" in resolution and "gồm 2 đại biểu chính thức và 1 đại biểu dự khuyết" in resolution  # fmt: skip
    assert "ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA LẦN THỨ XVII" in resolution

    script = rows_of(rendered["kich_ban", True])
    words = text_of(rendered["kich_ban", True])
    assert (
        "1. Bầu Đoàn Chủ tịch\nThời gian: 7h30. Người thực hiện: Cao Hữu Hải.\nXin Đại hội biểu quyết."
        in words
    )
    assert "[CẦN VIẾT: lời dẫn phần «Khai mạc Đại hội» (script[].words)]" in words
    assert ["1", "Nguyễn Thị Chi", "Hội Liên hiệp Phụ nữ", "Xây dựng khu dân cư"] in script
    programme = rows_of(rendered["chuong_trinh_dai_hoi", True])
    assert ["1", "7h30", "Bầu Đoàn Chủ tịch"] in programme and ["1", "8h00", "Khai mạc Đại hội"] in programme  # fmt: skip
    delegation = rows_of(rendered["danh_sach_doan_dai_bieu", True])
    assert ["1", "Cao Hữu Hải", "Ủy viên Thường trực"] in delegation
    minutes = text_of(rendered["bien_ban", True])
    assert (
        "- Nguyễn Văn An" in minutes
        and "- 8h00: Khai mạc Đại hội (do Nguyễn Thị Xuân thực hiện)." in minutes
    )


def test_personnel_documents_show_the_lists_and_shares(rendered: Rendered, sources: Sources) -> None:  # fmt: skip
    src = sources[False]
    assert src.personnel is not None
    people = next(
        t for t in rendered["de_an_nhan_su", False].tables if t.rows[0].cells[1].text == "Họ và tên"
    )
    assert people.rows[0].cells[1].text == "Họ và tên"
    assert len(people.rows) == 1 + len(src.personnel.proposed)
    stats = rows_of(rendered["de_an_nhan_su", False])
    # The example ward's figures, as `congress personnel check` reports them: ages on the
    # congress day (ward.yaml's congress_date, 12/01/2024), not on the day the documents are made.
    # The re-election line is the rule's own figure: 30 of the planned 55 (the default denominator).
    for row in (["Tái cử", "30", "55", "54,55"], ["Nữ", "19", "53", "35,85"],
                ["Dưới 35 tuổi", "3", "53", "5,66"], ["Từ 35 đến 50 tuổi", "21", "53", "39,62"],
                ["Từ 51 đến 60 tuổi", "15", "53", "28,30"], ["Trên 60 tuổi", "14", "53", "26,42"]):  # fmt: skip
        assert row in [r[:4] for r in stats], row
    women = next(m for m in src.statistics if m.key == "women")
    assert [women.label, str(women.count), str(women.of), women.share.percent_text] in [r[:4] for r in stats]  # fmt: skip
    submission = text_of(rendered["to_trinh", False])
    re_elected = next(m for m in src.statistics if m.key == "re_elected").share
    assert re_elected.base == "planned" and re_elected.of == src.ward.planned_size
    assert f"Tái cử: {re_elected.count} vị, bằng {re_elected.percent_text}% so với số lượng Ủy viên dự kiến ({re_elected.of} vị)" in submission  # fmt: skip
    standing = rendered["to_trinh", False].tables[1]
    assert [c.text for c in standing.rows[1].cells][1] == "Nguyễn Thị Xuân"


@pytest.mark.parametrize("doc_id", ["bao_cao_chinh_tri", "chuong_trinh_hanh_dong", "bao_cao_kiem_diem", "ke_hoach", "kich_ban", "bien_ban", "nghi_quyet", "danh_sach_doan_dai_bieu"])  # fmt: skip
def test_missing_data_shows_a_placeholder(rendered: Rendered, doc_id: str) -> None:  # fmt: skip
    assert "[CẦN VIẾT:" in text_of(rendered[doc_id, False])


def test_minutes_keep_a_place_for_the_tally(rendered: Rendered) -> None:  # fmt: skip
    assert "[CẦN VIẾT: Kết quả biểu quyết, hiệp thương cử" in text_of(rendered["bien_ban", True])
