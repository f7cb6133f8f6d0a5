"""Reading a Word draft (adapters.word_reader) and the pure pieces of its recognition: headings,
which draft a file is, Word's own pages, the page estimate, figures, placeholders."""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from pathlib import Path

import pytest
from docx.oxml import OxmlElement
from docx.shared import Pt

from congress.adapters.word_reader import read_word
from congress.core.draft_recognise import is_heading, kind_of, places
from congress.core.draft_rules_word import figures, measurable, shared
from congress.core.word_doc import Layout, Metrics, WordDoc, WordPara, estimated_pages
from congress.core.word_drafts import placeholders
from tests import word_corpus as wc


def para(text: str, **looks: object) -> WordPara:
    return WordPara(text=text, index=1, **looks)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "looks", "heading"),
    [
        ("PHẦN THỨ NHẤT", {"caps": True}, True),
        ("I. Kết quả đạt được", {"bold": True}, True),
        ("A. Hạn chế", {"bold": True}, True),
        ("Hạn chế", {"level": 1}, True),  # a Heading style
        ("KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CHỨC THÀNH VIÊN", {"caps": True}, True),
        ("Ủy ban đã tổ chức 186 buổi tuyên truyền. " * 3, {"bold": True}, False),
        ("Ủy ban đã tổ chức 186 buổi tuyên truyền.", {}, False),
        ("Hội Cựu chiến binh", {"bold": True, "table": 1}, False),  # a table cell
    ],
)
def test_headings_by_style_or_by_look(text: str, looks: dict[str, object], heading: bool) -> None:
    assert is_heading(para(text, **looks)) is heading


def test_a_draft_is_known_by_its_title_or_else_its_file_name() -> None:
    titled = WordDoc("tai-lieu.docx", (para("Dự thảo"), para("BÁO CÁO KIỂM ĐIỂM")))
    named = WordDoc("chuong-trinh-hanh-dong (2).docx", (para("Nội dung"),))
    neither = WordDoc("ghi-chu.docx", (para("Ghi chú họp"),))
    assert kind_of(titled) == "review_report"
    assert kind_of(named) == "action_programme"
    assert kind_of(neither) is None


def test_the_reader_keeps_nfc_text_line_breaks_tables_and_looks(tmp_path: Path) -> None:
    w = wc.Writer("bold", nfd=True, breaks=True)
    w.title("BÁO CÁO CHÍNH TRỊ")
    w.heading("I. Kết quả", 2)
    w.para("Vận động 1.872 triệu đồng. Xây 7 nhà Đại đoàn kết.")
    w.table([["Chỉ tiêu", "Kết quả"], ["Quỹ", "1.872"]])
    doc = read_word(w.save(tmp_path / "a.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert all(t == unicodedata.normalize("NFC", t) for t in texts)
    assert "Vận động 1.872 triệu đồng.\nXây 7 nhà Đại đoàn kết." in texts
    heading = next(p for p in doc.paragraphs if p.text == "I. Kết quả")
    assert heading.bold and heading.level is None and is_heading(heading)
    cells = [(p.table, p.row, p.cell, p.text) for p in doc.paragraphs if p.table]
    assert cells[-1] == (1, 2, 2, "1.872")
    assert "Times New Roman" in doc.fonts


def test_comments_and_tracked_changes_are_collected_with_their_paragraph(tmp_path: Path) -> None:
    w = wc.Writer()
    w.title("BÁO CÁO CHÍNH TRỊ")
    p = w.para("Hạn chế: công tác giám sát còn ít.")
    assert p is not None
    wc.comment(w, p, "Bổ sung số cuộc giám sát", author="Trần Văn Bình")
    wc.tracked(p, " Cần thêm số liệu.", "ít")
    doc = read_word(w.save(tmp_path / "b.docx"))
    kinds = {r.kind: r for r in doc.remarks}
    assert set(kinds) == {"comment", "insertion", "deletion"}
    assert kinds["comment"].author == "Trần Văn Bình"
    target = next(x for x in doc.paragraphs if x.text.startswith("Hạn chế"))
    assert {r.paragraph for r in doc.remarks} == {target.index}
    # the insertion reads as accepted, the deletion (after it) as gone
    assert target.text.endswith("còn ít. Cần thêm số liệu.")


def test_words_own_pages_are_exact_and_said_so(tmp_path: Path) -> None:
    w = wc.Writer()
    w.title("BÁO CÁO CHÍNH TRỊ")
    w.para("Trang một.")
    second = w.para("Trang hai.")
    assert second is not None
    second.runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    doc = read_word(w.save(tmp_path / "c.docx"))
    located = places(doc, "political_report")
    assert located["Trang một."].page == 1 and located["Trang hai."].page == 2
    assert located["Trang hai."].exact
    assert "trang 2" in located["Trang hai."].label()["vi"]
    assert "≈" not in located["Trang hai."].label()["vi"]


def lines(n: int, size: int = 28, width: int = 60) -> tuple[WordPara, ...]:
    return tuple(
        WordPara(text="x" * width, index=i, metrics=Metrics(size=size)) for i in range(1, n + 1)
    )


def test_the_page_estimate_follows_size_margins_and_breaks() -> None:
    base = WordDoc("a.docx", lines(200))
    bigger = WordDoc("a.docx", lines(200, size=32))
    narrow = WordDoc("a.docx", lines(200), layout=Layout(left=3000, right=3000))
    broken = WordDoc(
        "a.docx", (*lines(10), WordPara("y", 11, page_break=True, metrics=Metrics(size=28)))
    )
    pages = estimated_pages(base)
    assert Fraction(4) < pages < Fraction(6)
    assert estimated_pages(bigger) > pages
    assert estimated_pages(narrow) > pages
    assert Fraction(1) < estimated_pages(broken) <= Fraction(11, 10) + 1


def test_figures_leave_years_and_dates_out() -> None:
    assert figures("Năm 2023 vận động 1.872 triệu đồng, đạt 124,8% (12/12 tổ), 30/6/2024") == [
        "1.872",
        "124,8%",
        "12",
        "12",
    ]
    # shared figures count the same thing: «45 Ủy viên» is not «45 cuộc»; single digits left out
    assert shared(
        "huy động 1.872 triệu, bằng 124,8%, 45 Ủy viên và 7 căn",
        "được 1.872 triệu đồng, 124,8%, 45 cuộc giám sát, 7 căn",
    ) == [
        "1.872 triệu",
        "124,8%",
    ]


@pytest.mark.parametrize(
    ("target", "ok"),
    [
        ("Phấn đấu giảm", False),
        ("Tiếp tục đẩy mạnh", False),
        ("Tiếp tục đẩy mạnh đến năm 2029", False),
        ("Giảm 50% số hộ nghèo", True),
        ("10 nhà Đại đoàn kết", True),
    ],
)
def test_a_direction_is_not_measurable(target: str, ok: bool) -> None:
    assert measurable(target, re.compile(r"\d")) is ok


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[CẦN VIẾT: kết quả của Hội Nông dân]", ["[CẦN VIẾT: kết quả của Hội Nông dân]"]),
        ("Tỷ lệ đạt …% kế hoạch", ["…"]),
        ("Số hội viên mới: ....", ["...."]),
        ("Người phụ trách: xxx", ["xxx"]),
        ("Ô Chợ Dừa, ngày … tháng … năm 2024", []),
        ("Tuyên truyền, vận động, v.v…", []),
        ("Tập thể Ủy ban luôn đoàn kết", []),
    ],
)
def test_placeholders(text: str, found: list[str]) -> None:
    assert [m.group() for m in placeholders(text)] == found


def test_a_larger_font_reads_as_a_longer_report(tmp_path: Path) -> None:
    sizes = []
    for size in (13, 16):
        w = wc.Writer()
        w.doc.styles["Normal"].font.size = Pt(size)
        w.title("BÁO CÁO CHÍNH TRỊ")
        for _ in range(60):
            w.para("Ủy ban phối hợp tổ chức tuyên truyền trong sinh hoạt khu dân cư. " * 4)
        sizes.append(estimated_pages(read_word(w.save(tmp_path / f"{size}.docx"))))
    assert sizes[1] > sizes[0] * Fraction(6, 5)
