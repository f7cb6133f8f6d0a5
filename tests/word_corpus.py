"""Word drafts made the way ward offices make them (python-docx), for the tests of the checks that
read them: a political report, a review report and an action programme written from a
`drafts.yaml`'s content, with a chosen heading habit, tables, manual line breaks, NFD text,
comments and tracked changes.

Habits (``habit``):
    "styles"   Word's Heading 1/2/3 styles (a draft started from a template);
    "bold"     plain Normal paragraphs, bold, numbered «I.», «1.» by hand (typed from scratch);
    "caps"     «PHẦN THỨ NHẤT» parts and ALL CAPITAL section lines, not bold;
    "template" as the tool's own drafts (`congress docs draft`): the header block in a table with
               its dateline «ngày … tháng … năm …», the title and the line under it in a style of
               their own, parts as Heading 1 broken after «PHẦN THỨ NHẤT» (Shift+Enter).
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from congress.core.drafts import ActionProgramme, PoliticalReport, ReviewReport
from congress.core.numbers import format_decimal

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


class Writer:
    """A document written paragraph by paragraph in one heading habit."""

    def __init__(self, habit: str = "styles", *, nfd: bool = False, breaks: bool = False) -> None:
        self.doc: Document = docx.Document()
        self.habit, self.nfd, self.breaks = habit, nfd, breaks
        style = self.doc.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(14)

    def text(self, value: str) -> str:
        return unicodedata.normalize("NFD", value) if self.nfd else value

    def title(self, *lines: str) -> None:
        if self.habit == "template":
            self.doc.add_paragraph().add_run(self.text("DỰ THẢO")).bold = True
            block = self.doc.add_table(rows=1, cols=2)
            block.cell(0, 0).text = self.text("ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA")
            block.cell(0, 1).text = self.text("Ô Chợ Dừa, ngày … tháng … năm …")
            style = self.doc.styles.add_style("Doc Title", WD_STYLE_TYPE.PARAGRAPH)
            style.font.bold = True
            for line in lines:
                self.doc.add_paragraph(self.text(line), style="Doc Title")
            return
        for line in ("ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG Ô CHỢ DỪA", ""):
            self.doc.add_paragraph(self.text(line))
        for i, line in enumerate(lines):
            run = self.doc.add_paragraph().add_run(self.text(line))
            run.bold = i == 0

    def heading(self, value: str, level: int) -> Paragraph:
        if self.habit == "template" and level == 1 and ": " in value:
            part, title = value.split(": ", 1)
            p = self.doc.add_heading("", 1)
            p.add_run(self.text(part))
            p.add_run().add_break()
            p.add_run(self.text(title))
            return p
        if self.habit in ("styles", "template"):
            return self.doc.add_heading(self.text(value), level)
        if self.habit == "caps" and level <= 2:
            return self.doc.add_paragraph(self.text(value.upper()))
        p = self.doc.add_paragraph()
        p.add_run(self.text(value)).bold = True
        return p

    def para(self, value: str | None) -> Paragraph | None:
        last = None
        for raw in (value or "").split("\n\n"):
            chunk = " ".join(raw.split())
            if not chunk:
                continue
            p = self.doc.add_paragraph()
            if self.breaks and ". " in chunk:  # a line broken by Shift+Enter after a sentence
                head, tail = chunk.split(". ", 1)
                p.add_run(self.text(head + "."))
                p.add_run().add_break()
                p.add_run(self.text(tail))
            else:
                p.add_run(self.text(chunk))
            last = p
        return last

    def table(self, rows: Iterable[Iterable[str]]) -> None:
        rows = [list(r) for r in rows]
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = self.text(value)

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(str(path))
        return path


def _num(value: object) -> str:
    return "" if value is None else format_decimal(value, 2, trim=True)  # type: ignore[arg-type]


def political(report: PoliticalReport, w: Writer) -> Writer:
    """The political report in the standard order: results by field, member organisations, the
    targets table, shortcomings, causes, lessons; direction, new targets, tasks."""
    w.title("BÁO CÁO CHÍNH TRỊ", "của Ban Thường trực Ủy ban MTTQ Việt Nam phường khóa XVI")
    if report.introduction:
        w.para(report.introduction)
    w.heading("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2019-2024", 1)
    w.heading("I. Kết quả đạt được", 2)
    for i, field in enumerate(report.results, start=1):
        w.heading(f"{i}. {field.field}", 3)
        w.para(field.text)
    if report.member_organisations:
        w.heading("II. Kết quả hoạt động của các tổ chức thành viên", 2)
        for org in report.member_organisations:
            w.heading(org.organisation, 3)
            w.para(org.text)
    if report.targets:
        w.heading("III. Kết quả thực hiện các chỉ tiêu Nghị quyết", 2)
        rows = [["TT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu Nghị quyết", "Kết quả"]]
        for i, t in enumerate(report.targets, start=1):
            goal = _num(t.target) if t.higher_is_better else f"không quá {_num(t.target)}"
            rows.append([str(i), t.name, t.unit, goal, _num(t.result)])
        w.table(rows)
    for title, text in (
        ("IV. Hạn chế", report.shortcomings),
        ("V. Nguyên nhân", report.causes),
        ("VI. Bài học kinh nghiệm", report.lessons),
    ):
        if text:
            w.heading(title, 2)
            w.para(text)
    w.heading("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2024-2029", 1)
    if report.direction:
        w.heading("I. Phương hướng, mục tiêu", 2)
        w.para(report.direction)
    if report.new_targets:
        w.heading("II. Các chỉ tiêu chủ yếu", 2)
        w.table(
            [["TT", "Chỉ tiêu", "Mục tiêu"]]
            + [[str(i), t.name, t.value] for i, t in enumerate(report.new_targets, start=1)]
        )
    if report.tasks:
        w.heading("III. Nhiệm vụ, giải pháp", 2)
        w.para(report.tasks)
    if report.conclusion:
        w.heading("Kết luận", 2)
        w.para(report.conclusion)
    return w


def review(report: ReviewReport, w: Writer) -> Writer:
    w.title("BÁO CÁO KIỂM ĐIỂM", "của Ủy ban MTTQ Việt Nam phường khóa XVI, nhiệm kỳ 2019-2024")
    if report.introduction:
        w.para(report.introduction)
    for title, text in (
        ("I. Ưu điểm", report.strengths),
        ("II. Khuyết điểm, hạn chế", report.weaknesses),
        ("III. Nguyên nhân", report.causes),
        ("IV. Bài học kinh nghiệm", report.lessons),
    ):
        if text:
            w.heading(title, 2)
            w.para(text)
    return w


def action(programme: ActionProgramme, w: Writer, *, tasks: str = "table") -> Writer:
    """The action programme: its tasks as a table («table») or as headings with lines «Chỉ tiêu:»,
    «Chủ trì:», «Thời gian:» («labels»), then the residential-area programme with its targets."""
    w.title("CHƯƠNG TRÌNH HÀNH ĐỘNG", "thực hiện Nghị quyết Đại hội nhiệm kỳ 2024-2029")
    if programme.introduction:
        w.para(programme.introduction)
    w.heading("I. Nhiệm vụ trọng tâm", 2)
    if tasks == "table":
        rows = [["TT", "Nhiệm vụ", "Chỉ tiêu", "Chủ trì", "Thời gian"]]
        rows += [
            [str(i), t.task, t.target, t.owner, t.deadline]
            for i, t in enumerate(programme.tasks, start=1)
        ]
        w.table(rows)
    else:
        for i, t in enumerate(programme.tasks, start=1):
            w.heading(f"{i}. {t.task}", 3)
            lines = [("Chỉ tiêu", t.target), ("Chủ trì", t.owner), ("Thời gian", t.deadline)]
            for label, value in lines:
                if value:
                    w.para(f"- {label}: {value}")
    if programme.residential_programme is not None:
        res = programme.residential_programme
        w.heading(f"II. Chương trình «{res.title}»", 2)
        w.table(
            [["TT", "Chỉ tiêu", "Mục tiêu"]]
            + [[str(i), t.name, t.value] for i, t in enumerate(res.targets, start=1)]
        )
    w.heading("III. Tổ chức thực hiện", 2)
    w.para("Ban Thường trực Ủy ban MTTQ phường hướng dẫn các tổ chức thành viên thực hiện.")
    return w


# -- what an office leaves in a file ------------------------------------------------------------


def comment(w: Writer, paragraph: Paragraph, text: str, author: str = "Trần Văn Bình") -> None:
    w.doc.add_comment(paragraph.runs, text=text, author=author, initials="TB")


def tracked(paragraph: Paragraph, inserted: str, deleted: str, author: str = "Lê Thị Hoa") -> None:
    """A tracked insertion and deletion at the end of the paragraph (Track Changes left on)."""
    p = paragraph._p
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "901")
    ins.set(qn("w:author"), author)
    run = copy.deepcopy(paragraph.runs[0]._r)
    for t in run.findall(qn("w:t")):
        run.remove(t)
    t = OxmlElement("w:t")
    t.text = inserted
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    ins.append(run)
    p.append(ins)
    dele = OxmlElement("w:del")
    dele.set(qn("w:id"), "902")
    dele.set(qn("w:author"), author)
    drun = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = deleted
    drun.append(dt)
    dele.append(drun)
    p.append(dele)


def find(w: Writer, start: str) -> Paragraph:
    """The first paragraph whose text starts with `start` (NFC compared)."""
    for p in w.doc.paragraphs:
        if unicodedata.normalize("NFC", p.text).startswith(start):
            return p
    raise LookupError(start)
