"""Build the Word templates of the congress documents into doc_templates/ (reproducible).

    python scripts/build_templates.py [--out DIR]

One template per entry of `congress.core.doc_context.DOCUMENTS`, in the format of Nghị định
30/2020/NĐ-CP. The templates use docxtpl/Jinja tags filled from `doc_context.context(...)`:
`{{ name }}` whole inside one run, `{%p ... %}` alone in a paragraph, `{%tr ... %}` alone in a
table row. Core properties and zip timestamps are fixed, so a rerun writes the same files.
Page, styles, paragraphs, tags and tables are built by template_parts.py.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Length, Pt
from template_parts import (  # scripts/ is sys.path[0] when run as a script
    BLOCK,
    CELL,
    LIST,
    TEXT_WIDTH,
    Column,
    R,
    blank,
    data_table,
    each,
    heading,
    lines,
    missing,
    new_document,
    para,
    part_heading,
    save,
    section,
    short_rule,
    table,
    texts,
    title,
    when,
    word_headings,
)

from congress.core.district_context import DISTRICT_DOCUMENTS
from congress.core.doc_context import DOCUMENTS
from congress.core.draft_context import REPORT_HEADINGS

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "doc_templates"

# The drafts the officer goes on writing in Word (`congress docs draft`): sections as Word headings.
WORD_DRAFTS = ("bao_cao_chinh_tri", "bao_cao_kiem_diem", "chuong_trinh_hanh_dong")
NAMED_TARGETS = [("STT", 1.3, "{{ row.index }}", True), ("Chỉ tiêu", 10.2, "{{ row.name }}", False), ("Mức phấn đấu", 5.0, "{{ row.value }}", True)]  # fmt: skip


# -- the parts every document shares ---------------------------------------------------------

CELL_MARGINS = Cm(0.38)  # Word's default 0.19 cm on each side of a cell


def opening(doc: DocumentObject, *subject: str | R) -> None:
    """ "DỰ THẢO" when a draft, the header block, the type line and the subject."""
    when(doc, "draft", lambda: para(doc, R("DỰ THẢO", bold=True), style=BLOCK, align=WD_ALIGN_PARAGRAPH.RIGHT))  # fmt: skip
    header_block(doc)
    title(doc, "{{ doc_type }}", space_before=18)
    title(doc, *subject)
    short_rule(doc, TEXT_WIDTH, Cm(3.5))


def header_block(doc: DocumentObject) -> None:
    """Issuing body and number on the left, the national motto and the dateline on the right."""
    left_width, right_width = Cm(6.5), Cm(10.0)
    block = table(doc, [left_width, right_width], rows=1, grid=False)
    left, right = (blank(c) for c in block.rows[0].cells)
    para(left, R("{{ parent_body }}", size=13), style=BLOCK)
    para(left, R("{{ issuer }}", bold=True, size=13), style=BLOCK)
    short_rule(left, Length(left_width - CELL_MARGINS), Cm(2.5))
    para(left, R("{{ number }}", size=13), style=BLOCK, space_before=3)
    para(right, R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12), style=BLOCK)
    para(right, R("Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, size=13), style=BLOCK)  # fmt: skip
    para(right, R("{{ dateline }}", italic=True, size=14), style=BLOCK, space_before=15)


def signer(cell: Any, key: str) -> None:
    """On behalf of, the signer's title (when there is one), room to sign, the name."""
    para(cell, R(f"{{{{ {key}.on_behalf }}}}", bold=True), style=BLOCK, space_before=12)
    when(cell, f"{key}.title", lambda: para(cell, R(f"{{{{ {key}.title }}}}", bold=True), style=BLOCK))  # fmt: skip
    for _ in range(3):
        para(cell, style=BLOCK)
    para(cell, R(f"{{{{ {key}.name }}}}", bold=True), style=BLOCK)


def signature_block(doc: DocumentObject) -> None:
    """ "Nơi nhận:" and its lines on the left; on behalf of, title, room to sign, name on the right."""
    block = table(doc, [Cm(8.0), Cm(8.5)], rows=1, grid=False)
    left, right = (blank(c) for c in block.rows[0].cells)
    para(left, R("Nơi nhận:", bold=True, italic=True, size=12), style=BLOCK, align=WD_ALIGN_PARAGRAPH.LEFT, space_before=12)  # fmt: skip
    each(left, "recipients", "line", lambda: para(left, R("{{ line }}", size=11), style=BLOCK, align=WD_ALIGN_PARAGRAPH.LEFT))  # fmt: skip
    signer(right, "signature")


def signature_only(doc: DocumentObject) -> None:
    """The signature on the right and no «Nơi nhận» (the script, the counting minutes)."""
    block = table(doc, [Cm(8.0), Cm(8.5)], rows=1, grid=False)
    para(blank(block.rows[0].cells[0]), style=BLOCK)
    signer(blank(block.rows[0].cells[1]), "signature")


def two_signatures(doc: DocumentObject) -> None:
    """Minutes: the secretary on the left, the chair (or TM. ĐOÀN CHỦ TỊCH) on the right; no
    «Nơi nhận»."""
    block = table(doc, [Cm(8.25), Cm(8.25)], rows=1, grid=False)
    left, right = (blank(c) for c in block.rows[0].cells)
    signer(left, "secretary")
    signer(right, "signature")


# How each document is signed (doc_context.MINUTES and NO_RECIPIENTS say the same in data).
SIGNATURES: dict[str, Callable[[DocumentObject], None]] = {
    "kich_ban": signature_only,
    "bien_ban_kiem_phieu": signature_only,
    "bien_ban": two_signatures,
    "bien_ban_hoi_nghi_thu_nhat": two_signatures,
}


def _plan(doc: DocumentObject) -> None:
    para(doc, "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam; thực hiện hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " về Đại hội Mặt trận Tổ quốc Việt Nam các cấp nhiệm kỳ ", "{{ term }}", ", Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " xây dựng Kế hoạch tổ chức ", "{{ congress_name }}", " như sau:")  # fmt: skip
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    heading(doc, "1. Mục đích")
    texts(doc, "plan.purposes")
    heading(doc, "2. Yêu cầu")
    texts(doc, "plan.requirements")
    heading(doc, "II. NHIỆM VỤ CHUẨN BỊ ĐẠI HỘI")
    heading(doc, "1. Lấy ý kiến góp ý dự thảo văn kiện Đại hội cấp trên và dự thảo Điều lệ Mặt trận Tổ quốc Việt Nam (sửa đổi, bổ sung)")  # fmt: skip
    texts(doc, "plan.comments")
    heading(doc, "2. Số lượng, cơ cấu đại biểu dự Đại hội")
    texts(doc, "plan.delegates")
    heading(doc, "3. Các tiểu ban giúp việc Đại hội")

    def subcommittee() -> None:
        para(doc, R("3.{{ sub.index }}. {{ sub.name }}", bold=True, italic=True))
        para(doc, "- Trưởng tiểu ban: ", "{{ sub.head }}", ".", style=LIST)
        para(doc, "- Thành viên: ", "{{ sub.members|join('; ') if sub.members else '…' }}", ".", style=LIST)  # fmt: skip
        para(doc, "- Nhiệm vụ:", style=LIST)
        texts(doc, "sub.tasks")

    each(doc, "plan.subcommittees", "sub", subcommittee)
    missing(doc, "plan.subcommittees", "các tiểu ban Văn kiện, Nhân sự, Tổ chức - phục vụ: trưởng tiểu ban, thành viên, nhiệm vụ (biểu mẫu thong-tin-dai-hoi.xlsx, trang «Tiểu ban»; hoặc tệp congress.yaml, mục Kế hoạch - các tiểu ban)")  # fmt: skip
    heading(doc, "4. Công tác tuyên truyền, trang trí")
    texts(doc, "plan.propaganda")
    heading(doc, "III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
    para(doc, "- Thời gian: ngày ", "{{ congress.date }}", ".", style=LIST)
    para(doc, "- Địa điểm: ", "{{ congress.venue }}", ".", style=LIST)
    para(doc, "- Số đại biểu được triệu tập: ", "{{ congress.delegates_convened }}", " đại biểu.", style=LIST)  # fmt: skip
    heading(doc, "IV. TIẾN ĐỘ THỰC HIỆN")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Thời gian", 3.2, "{{ row.when }}", True), ("Nội dung công việc", 8.0, "{{ row.task }}", False), ("Phụ trách", 4.0, "{{ row.owner }}", False)], "plan.timeline", "row")  # fmt: skip
    missing(doc, "plan.timeline", "tiến độ thực hiện")
    heading(doc, "V. KINH PHÍ")
    texts(doc, "plan.budget")
    heading(doc, "VI. TỔ CHỨC THỰC HIỆN")
    para(doc, "Các tiểu ban giúp việc Đại hội, các tổ chức thành viên và Ban công tác Mặt trận các khu dân cư căn cứ Kế hoạch này triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " để xem xét, giải quyết./.")  # fmt: skip


def _political_report(doc: DocumentObject) -> None:
    """The sections of `draft_rules_text.SECTIONS` in their order, as Word headings (PHẦN:
    Heading 1, I./II.: Heading 2, 1./2.: Heading 3), so the officer's Word draft keeps them."""
    texts(doc, "report.introduction")
    part_heading(doc, "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ TRƯỚC")
    section(doc, 2, REPORT_HEADINGS["results"])

    def field() -> None:
        section(doc, 3, "{{ loop.index }}. {{ item.field }}")
        texts(doc, "item.paragraphs")

    each(doc, "report.results", "item", field)
    section(doc, 2, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    data_table(doc, [("TT", 1.0, "{{ row.index }}", True), ("Chỉ tiêu", 5.4, "{{ row.name }}", False), ("Chỉ tiêu Nghị quyết", 2.7, "{{ row.target }}", True), ("Kết quả thực hiện", 2.6, "{{ row.result }}", True), ("Tỷ lệ đạt so với chỉ tiêu", 2.4, "{{ row.percent }}", True), ("Đánh giá", 2.4, "{{ row.status }}", True)], "report.targets", "row")  # fmt: skip
    when(doc, "report.targets_lower", lambda: para(doc, "Chỉ tiêu càng thấp càng tốt (ghi «không quá»): tỷ lệ đạt là mức chỉ tiêu chia cho kết quả thực hiện; trên 100% là vượt chỉ tiêu."))  # fmt: skip
    missing(doc, "report.targets", "các chỉ tiêu của Nghị quyết nhiệm kỳ trước và kết quả")
    section(doc, 2, "III. KẾT QUẢ HOẠT ĐỘNG CỦA CÁC TỔ CHỨC THÀNH VIÊN")

    def organisation() -> None:
        section(doc, 3, "{{ loop.index }}. {{ org.name }}")
        texts(doc, "org.paragraphs")

    each(doc, "report.member_orgs", "org", organisation)
    missing(doc, "report.member_orgs", "kết quả của các tổ chức thành viên")
    section(doc, 2, "IV. HẠN CHẾ VÀ NGUYÊN NHÂN")
    section(doc, 3, REPORT_HEADINGS["shortcomings"])
    texts(doc, "report.shortcomings")
    section(doc, 3, REPORT_HEADINGS["causes"])
    texts(doc, "report.causes")
    section(doc, 2, REPORT_HEADINGS["lessons"])
    texts(doc, "report.lessons")
    part_heading(doc, "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ ", "{{ term }}")
    section(doc, 2, REPORT_HEADINGS["direction"])
    texts(doc, "report.direction")
    section(doc, 2, REPORT_HEADINGS["new_targets"])
    data_table(doc, NAMED_TARGETS, "report.new_targets", "row")
    missing(doc, "report.new_targets", "các chỉ tiêu nhiệm kỳ mới")
    section(doc, 2, "III. NHIỆM VỤ, GIẢI PHÁP")
    texts(doc, "report.tasks")
    section(doc, 1, "KẾT LUẬN")
    texts(doc, "report.conclusion")


RESIDENTIAL_TARGETS = [("STT", 1.2, "{{ row.index }}", True), ("Chỉ tiêu", 6.0, "{{ row.name }}", False), ("Mức phấn đấu", 3.4, "{{ row.value }}", True), ("Chủ trì", 3.5, "{{ row.owner }}", False), ("Thời gian", 2.4, "{{ row.deadline }}", True)]  # fmt: skip


def _action_programme(doc: DocumentObject) -> None:
    texts(doc, "programme.introduction")
    section(doc, 2, "I. NHIỆM VỤ, CHỈ TIÊU CỤ THỂ")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Nhiệm vụ", 5.7, "{{ row.task }}", False), ("Chỉ tiêu", 3.5, "{{ row.target }}", False), ("Chủ trì", 3.5, "{{ row.owner }}", False), ("Thời gian", 2.5, "{{ row.deadline }}", True)], "programme.tasks", "row")  # fmt: skip
    missing(doc, "programme.tasks", "các nhiệm vụ, mỗi nhiệm vụ có chỉ tiêu, đơn vị chủ trì, thời gian")  # fmt: skip
    section(doc, 2, "II. CHƯƠNG TRÌNH XÂY DỰNG KHU DÂN CƯ")
    section(doc, 3, "{{ programme.residential.title }}")
    data_table(doc, RESIDENTIAL_TARGETS, "programme.residential.targets", "row")
    section(doc, 2, "III. TỔ CHỨC THỰC HIỆN")
    para(doc, "Đại hội giao Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới cụ thể hóa Chương trình hành động này thành chương trình công tác hằng năm; các tổ chức thành viên và Ban công tác Mặt trận các khu dân cư tổ chức thực hiện, định kỳ sơ kết, báo cáo kết quả với Ủy ban./.")  # fmt: skip


def _review_report(doc: DocumentObject) -> None:
    texts(doc, "review.introduction")
    for label, key in (("I. ƯU ĐIỂM", "strengths"), ("II. KHUYẾT ĐIỂM, HẠN CHẾ", "weaknesses"), ("III. NGUYÊN NHÂN", "causes"), ("IV. BÀI HỌC KINH NGHIỆM", "lessons")):  # fmt: skip
        section(doc, 2, label)
        texts(doc, f"review.{key}")


def _figures(doc: DocumentObject) -> None:
    para(doc, "- Tái cử: ", "{{ personnel.re_elected.count }}", " vị, bằng ", "{{ personnel.re_elected.percent }}", "% so với ", "{{ personnel.re_elected.denominator }}", " (", "{{ personnel.re_elected.of }}", " vị);", style=LIST)  # fmt: skip
    for label, key, end in (("Mới", "new", ";"), ("Nữ", "women", ";"), ("Ngoài Đảng", "non_party", ".")):  # fmt: skip
        para(doc, f"- {label}: ", f"{{{{ personnel.{key}.count }}}}", "/", f"{{{{ personnel.{key}.of }}}}", " vị, tỷ lệ ", f"{{{{ personnel.{key}.percent }}}}", f"%{end}", style=LIST)  # fmt: skip


PROCESS = (
    ("Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " dự kiến số lượng, cơ cấu, thành phần Ủy ban khóa mới, báo cáo Thường trực Đảng ủy ", "{{ unit_type }}", " cho ý kiến."),
    ("Hội nghị hiệp thương lần thứ nhất (Ban Thường trực mở rộng) thỏa thuận số lượng, cơ cấu, thành phần; các tổ chức thành viên và Ban công tác Mặt trận các khu dân cư giới thiệu nhân sự.",),
    ("Tổng hợp danh sách được giới thiệu; Hội nghị hiệp thương lần thứ hai thống nhất danh sách dự kiến nhân sự Ủy ban khóa mới.",),
    ("Báo cáo Thường trực Đảng ủy ", "{{ unit_type }}", " và Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " cho ý kiến về đề án nhân sự; hoàn thiện đề án."),
    ("Trình Đại hội xem xét, hiệp thương dân chủ cử Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới."),
)  # fmt: skip


def _structure(doc: DocumentObject) -> None:
    """The proposal by member organisation, residential area and category: counts from the
    context (`congress.core.composition`), never computed here."""
    s = "personnel.structure"
    heading(doc, "1. Theo tổ chức thành viên")
    when(doc, f"{s}.organisations_known", lambda: para(doc, "Đại diện ", f"{{{{ {s}.organisations_represented }}}}", "/", f"{{{{ {s}.organisations_total }}}}", " tổ chức thành viên, gồm ", f"{{{{ {s}.organisation_people }}}}", " vị:"))  # fmt: skip
    when(doc, f"{s}.organisations_known", lambda: data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Tổ chức thành viên", 11.2, "{{ row.name }}", False), ("Số Ủy viên", 4.0, "{{ row.count }}", True)], f"{s}.organisations", "row"))  # fmt: skip
    when(doc, f"not {s}.organisations_known", lambda: para(doc, "[CẦN VIẾT: danh sách tổ chức thành viên (tệp ward.yaml, mục tổ chức thành viên)]"))  # fmt: skip
    heading(doc, "2. Theo khu dân cư")
    when(doc, f"{s}.areas_known", lambda: para(doc, "Đại diện ", f"{{{{ {s}.areas_represented }}}}", "/", f"{{{{ {s}.areas_total }}}}", " khu dân cư, gồm ", f"{{{{ {s}.area_people }}}}", " vị (Trưởng ban công tác Mặt trận khu dân cư)."))  # fmt: skip
    when(doc, f"not {s}.areas_known", lambda: para(doc, "[CẦN VIẾT: danh sách khu dân cư (tệp ward.yaml, mục khu dân cư)]"))  # fmt: skip
    heading(doc, "3. Theo thành phần cá nhân tiêu biểu, cơ quan, đơn vị")
    para(doc, "Gồm ", f"{{{{ {s}.category_people }}}}", " vị:")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Cơ cấu", 11.2, "{{ row.name }}", False), ("Số Ủy viên", 4.0, "{{ row.count }}", True)], f"{s}.categories", "row")  # fmt: skip


def _personnel_scheme(doc: DocumentObject) -> None:
    heading(doc, "I. CĂN CỨ XÂY DỰNG ĐỀ ÁN")
    para(doc, "- Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;", style=LIST)
    para(doc, "- Căn cứ hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " về Đại hội Mặt trận Tổ quốc Việt Nam các cấp nhiệm kỳ ", "{{ term }}", ";", style=LIST)  # fmt: skip
    texts(doc, "personnel.grounds")
    heading(doc, "II. TIÊU CHUẨN ỦY VIÊN ỦY BAN")
    texts(doc, "personnel.standards")
    heading(doc, "III. SỐ LƯỢNG, CƠ CẤU")
    para(doc, "Số lượng Ủy viên Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " nhiệm kỳ ", "{{ term }}", " dự kiến là ", "{{ personnel.planned_size }}", " vị; số nhân sự được giới thiệu là ", "{{ personnel.proposed }}", " vị, trong đó:")  # fmt: skip
    _figures(doc)
    when(doc, "personnel.structure", lambda: _structure(doc))
    when(doc, "not personnel.structure", lambda: para(doc, "[CẦN VIẾT: cơ cấu theo tổ chức thành viên, khu dân cư, thành phần (cần danh sách dự kiến nhân sự)]"))  # fmt: skip
    heading(doc, "IV. QUY TRÌNH HIỆP THƯƠNG NHÂN SỰ")
    each(doc, "personnel.process", "step", lambda: para(doc, "Bước {{ step.index }}: {{ step.text }}"))  # fmt: skip

    def standard_process() -> None:
        for number, step in enumerate(PROCESS, 1):
            para(doc, f"Bước {number}: ", *step)

    when(doc, "not personnel.process", standard_process)
    heading(doc, "V. THỐNG KÊ CƠ CẤU NHÂN SỰ")
    data_table(doc, [("Nội dung", 4.5, "{{ row.label }}", False), ("Số lượng", 2.5, "{{ row.count }}", True), ("Trên tổng số", 2.5, "{{ row.of }}", True), ("Tỷ lệ (%)", 2.5, "{{ row.percent }}", True), ("Đầu nhiệm kỳ trước", 4.5, "{{ row.previous }}", True)], "personnel.statistics", "row")  # fmt: skip
    missing(doc, "personnel.statistics", "thống kê cơ cấu nhân sự")
    heading(doc, "VI. DANH SÁCH NHÂN SỰ DỰ KIẾN")
    data_table(doc, [("TT", 0.9, "{{ row.index }}", True), ("Họ và tên", 2.9, "{{ row.name }}", False), ("Năm sinh, giới tính", 1.6, ("{{ row.birth_year }}", "{{ row.gender }}"), True), ("Dân tộc, tôn giáo", 1.8, ("{{ row.ethnicity }}", "{{ row.religion }}"), True), ("Đảng viên", 1.3, "{{ row.party }}", True), ("Chức vụ, đơn vị công tác", 4.0, "{{ row.position }}", False), ("Cơ cấu", 2.2, "{{ row.representation }}", False), ("Dự kiến chức danh; tái cử, mới", 1.8, ("{{ row.role }}", "{{ row.status }}"), True)], "personnel.people", "row")  # fmt: skip
    missing(doc, "personnel.people", "danh sách nhân sự dự kiến")


def _submission(doc: DocumentObject) -> None:
    para(doc, R("Kính gửi: "), R("{{ congress_name }}"), style=BLOCK, space_before=6)
    para(doc)
    para(doc, "Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " kính trình Đại hội đề án nhân sự Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " nhiệm kỳ ", "{{ term }}", " như sau:")  # fmt: skip
    heading(doc, "1. Số lượng")
    para(doc, "Số lượng Ủy viên dự kiến: ", "{{ personnel.planned_size }}", " vị; số nhân sự được giới thiệu: ", "{{ personnel.proposed }}", " vị.")  # fmt: skip
    heading(doc, "2. Cơ cấu")
    _figures(doc)
    heading(doc, "3. Ban Thường trực dự kiến")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Họ và tên", 4.5, "{{ row.name }}", False), ("Chức vụ, đơn vị công tác", 7.2, "{{ row.position }}", False), ("Dự kiến chức danh", 3.5, "{{ row.role }}", True)], "personnel.standing", "row")  # fmt: skip
    missing(doc, "personnel.standing", "nhân sự Ban Thường trực dự kiến")
    para(doc, "Kính trình Đại hội xem xét, quyết định./.", space_before=6)


def _session_table(doc: DocumentObject, items: str) -> None:
    data_table(doc, [("STT", 1.3, "{{ loop.index }}", True), ("Thời gian", 3.2, "{{ row.time }}", True), ("Nội dung", 12.0, "{{ row.part }}", False)], items, "row")  # fmt: skip
    missing(doc, items, "các nội dung của phiên họp")


def _programme(doc: DocumentObject) -> None:
    para(doc, "- Thời gian: ngày ", "{{ congress.date }}", ".", style=LIST)
    para(doc, "- Địa điểm: ", "{{ congress.venue }}", ".", style=LIST)
    heading(doc, "I. PHIÊN THỨ NHẤT (PHIÊN TRÙ BỊ)")
    _session_table(doc, "congress.internal")
    heading(doc, "II. PHIÊN THỨ HAI (PHIÊN CHÍNH THỨC)")
    _session_table(doc, "congress.official")


def _script(doc: DocumentObject) -> None:
    heading(doc, "I. ĐOÀN CHỦ TỊCH")
    lines(doc, "congress.presidium", "danh sách Đoàn Chủ tịch")
    heading(doc, "II. ĐOÀN THƯ KÝ")
    lines(doc, "congress.secretariat", "danh sách Đoàn Thư ký")
    heading(doc, "III. KỊCH BẢN ĐIỀU HÀNH")

    def part() -> None:
        para(doc, R("{{ part.index }}. {{ part.part }}", bold=True))
        para(doc, R("Thời gian: {{ part.time or '…' }}. Người thực hiện: {{ part.person }}.", italic=True), style=LIST)  # fmt: skip
        texts(doc, "part.words")

    for label, key in (("A. PHIÊN THỨ NHẤT (PHIÊN TRÙ BỊ)", "congress.script_internal"), ("B. PHIÊN THỨ HAI (PHIÊN CHÍNH THỨC)", "congress.script_official")):  # fmt: skip
        when(doc, key, lambda label=label: heading(doc, label))
        each(doc, key, "part", part)
    missing(doc, "congress.script", "kịch bản: từng phần, thời gian, người thực hiện, lời dẫn")
    heading(doc, "IV. THAM LUẬN")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Người trình bày", 4.2, "{{ row.speaker }}", False), ("Đơn vị", 4.5, "{{ row.organisation }}", False), ("Chủ đề", 6.5, "{{ row.topic }}", False)], "congress.speeches", "row")  # fmt: skip
    missing(doc, "congress.speeches", "các tham luận, mỗi tham luận một chủ đề")


def _delegation(doc: DocumentObject) -> None:
    """Two numbered lists, chính thức and dự khuyết: an alternate is never ranked among them."""
    for label, key in (("I. ĐẠI BIỂU CHÍNH THỨC", "official"), ("II. ĐẠI BIỂU DỰ KHUYẾT", "alternate")):  # fmt: skip
        heading(doc, label)
        items = f"delegation.{key}"
        data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Họ và tên", 5.2, "{{ row.name }}", False), ("Chức vụ, đơn vị công tác", 10.0, "{{ row.position }}", False)], items, "row")  # fmt: skip
        missing(doc, items, "danh sách đại biểu")
        para(doc, "Tổng số: ", f"{{{{ {items}|length }}}}", " đại biểu.", space_before=6)


def _minutes(doc: DocumentObject) -> None:
    para(doc, "Hôm nay, ngày ", "{{ congress.date }}", ", tại ", "{{ congress.venue }}", ", ", "{{ congress_name }}", " được tiến hành.")  # fmt: skip
    heading(doc, "I. THÀNH PHẦN")
    when(doc, "not tally.recorded", lambda: para(doc, "- Số đại biểu được triệu tập: ", "{{ congress.delegates_convened }}", " đại biểu; số đại biểu có mặt: …… đại biểu; vắng mặt: …… đại biểu.", style=LIST))  # fmt: skip
    when(doc, "tally.recorded", lambda: _attendance(doc))
    para(doc, "- Đoàn Chủ tịch:", style=LIST)
    lines(doc, "congress.presidium", "danh sách Đoàn Chủ tịch")
    para(doc, "- Đoàn Thư ký:", style=LIST)
    lines(doc, "congress.secretariat", "danh sách Đoàn Thư ký")
    when(doc, "tally.secret or not tally.recorded", lambda: (para(doc, "- Ban Kiểm phiếu (khi biểu quyết bằng phiếu kín):", style=LIST), lines(doc, "congress.counting_board", "danh sách Ban Kiểm phiếu")))  # fmt: skip
    heading(doc, "II. DIỄN BIẾN ĐẠI HỘI")
    _proceedings(doc)
    missing(doc, "proceedings", "diễn biến Đại hội: các phần đã tiến hành, người thực hiện (biểu mẫu thong-tin-dai-hoi.xlsx, trang «Kịch bản»; hoặc tệp congress.yaml, mục Kịch bản)")  # fmt: skip
    heading(doc, "III. KẾT QUẢ BIỂU QUYẾT, HIỆP THƯƠNG CỬ")
    when(doc, "not tally.recorded", lambda: para(doc, "[CẦN VIẾT: Kết quả biểu quyết, hiệp thương cử — điền biểu mẫu kiem-phieu.xlsx, trang «Nhập lần 1» sau Đại hội; hoặc tệp tally.yaml]"))  # fmt: skip
    when(doc, "tally.recorded and not tally.usable", lambda: para(doc, "[CẦN VIẾT: Kết quả biểu quyết, hiệp thương cử — số liệu chưa khớp nhau, xem nhật ký nhập liệu (congress tally)]"))  # fmt: skip
    when(doc, "tally.usable", lambda: _results(doc))
    para(doc, "Biên bản được thông qua trước Đại hội vào hồi …… giờ …… cùng ngày./.")


def _proceedings(doc: DocumentObject) -> None:
    """Session by session, each part held and who did it, then the results of its votes
    (`congress.core.minutes_context`): the minutes' account, not the programme."""

    def part() -> None:
        para(doc, "- {{ part.text }}", style=LIST)
        each(doc, "part.results", "result", lambda: para(doc, "+ {{ result }}", style=LIST))  # fmt: skip

    def session() -> None:
        para(doc, R("{{ session.index }}. {{ session.name }}", bold=True))
        each(doc, "session.parts", "part", part)

    each(doc, "proceedings", "session", session)


def _attendance(doc: DocumentObject) -> None:
    para(doc, "- Số đại biểu được triệu tập: ", "{{ tally.convened }}", " đại biểu; có mặt: ", "{{ tally.present }}", " đại biểu (", "{{ tally.present_percent }}", "%); vắng mặt: ", "{{ tally.absent }}", " đại biểu.", style=LIST)  # fmt: skip
    each(doc, "tally.absences", "row", lambda: para(doc, "+ Vắng mặt: {{ row.text }};", style=LIST))  # fmt: skip
    para(doc, "- Số đại biểu có mặt ", "{{ tally.quorum }}", " ", "{{ tally.quorum_share }}", " số đại biểu được triệu tập; Đại hội đủ điều kiện tiến hành theo quy định." , style=LIST)  # fmt: skip


def _people_table(doc: DocumentObject, items: str) -> None:
    data_table(doc, [("STT", 1.2, "{{ row.index }}", True), ("Họ và tên", 5.5, "{{ row.name }}", False), ("Tán thành", 2.3, "{{ row.approvals }}", True), ("Tỷ lệ %", 2.0, "{{ row.percent }}", True), ("Kết quả", 5.5, "{{ row.result }}", True)], items, "row")  # fmt: skip


def _choice(doc: DocumentObject, key: str, what: str) -> None:
    """One list hiệp thương cử, as the congress minutes record it."""

    def body() -> None:
        para(doc, f"- {what} ({{{{ tally.{key}.method }}}}): {{{{ tally.{key}.summary }}}}", style=LIST)  # fmt: skip
        when(doc, f"not tally.{key}.secret", lambda: _people_table(doc, f"tally.{key}.people"))
        when(doc, f"tally.{key}.secret", lambda: para(doc, "(Kết quả từng người trong Biên bản kiểm phiếu kèm theo.)"))  # fmt: skip

    when(doc, f"tally.{key}.recorded", body)


def _results(doc: DocumentObject) -> None:
    each(doc, "tally.votes", "row", lambda: para(doc, "- {{ row.name }}: {{ row.line }} — {{ row.result }}.", style=LIST))  # fmt: skip
    _choice(
        doc, "committee", "Hiệp thương dân chủ cử Ủy ban MTTQ Việt Nam {{ ward_full }} khóa mới"
    )
    _choice(doc, "official", "Hiệp thương cử đại biểu chính thức đi dự Đại hội cấp trên")
    _choice(doc, "alternate", "Hiệp thương cử đại biểu dự khuyết đi dự Đại hội cấp trên")
    when(doc, "tally.committee.recorded", lambda: para(doc, "Mỗi người được hiệp thương cử khi được quá ", "{{ tally.committee.threshold }}", " ", "{{ tally.committee.of_label }}", " tán thành."))  # fmt: skip


def _counting_minutes(doc: DocumentObject) -> None:
    """Made only when a secret «phiếu biểu quyết» was held (doc_context.applies)."""
    para(doc, "Hôm nay, ngày ", "{{ congress.date }}", ", tại ", "{{ congress.venue }}", ", Ban Kiểm phiếu ", "{{ congress_name }}", " gồm:")  # fmt: skip
    lines(doc, "congress.counting_board", "danh sách Ban Kiểm phiếu")
    para(doc, "đã tiến hành kiểm phiếu biểu quyết hiệp thương cử, kết quả như sau:")
    when(doc, "not tally.recorded", lambda: para(doc, "[CẦN VIẾT: số liệu kiểm phiếu — điền biểu mẫu kiem-phieu.xlsx, trang «Nhập lần 1»; hoặc tệp tally.yaml]"))  # fmt: skip
    when(doc, "tally.recorded and not tally.usable", lambda: para(doc, "[CẦN VIẾT: số liệu kiểm phiếu chưa khớp nhau, chưa có kết quả — xem nhật ký nhập liệu (congress tally)]"))  # fmt: skip
    heading(doc, "I. ĐẠI BIỂU")
    para(doc, "- Số đại biểu được triệu tập: ", "{{ tally.convened }}", "; có mặt: ", "{{ tally.present }}", " (", "{{ tally.present_percent }}", "%); vắng mặt: ", "{{ tally.absent }}", ".", style=LIST)  # fmt: skip
    heading(doc, "II. KẾT QUẢ KIỂM PHIẾU BIỂU QUYẾT")
    each(doc, "tally.secret_lists", "list", lambda: _secret_list(doc))
    para(doc, "Biên bản lập xong hồi …… giờ …… cùng ngày, được đọc trước Đại hội./.")


def _secret_list(doc: DocumentObject) -> None:
    para(doc, R("{{ list.name }}", bold=True), " — số lượng: ", "{{ list.planned }}")
    para(doc, "- Số phiếu phát ra: ", "{{ list.issued }}", "; thu vào: ", "{{ list.collected }}", "; hợp lệ: ", "{{ list.valid }}", "; không hợp lệ: ", "{{ list.invalid }}", ".", style=LIST)  # fmt: skip
    data_table(doc, [("STT", 1.2, "{{ row.index }}", True), ("Họ và tên", 5.5, "{{ row.name }}", False), ("Tán thành", 2.0, "{{ row.approvals }}", True), ("Không tán thành", 2.3, "{{ row.disapprovals }}", True), ("Tỷ lệ %", 1.8, "{{ row.percent }}", True), ("Kết quả", 3.7, "{{ row.result }}", True)], "list.people", "row")  # fmt: skip
    para(doc, "- ", "{{ list.summary }}", " Mỗi người được hiệp thương cử khi được quá ", "{{ list.threshold }}", " ", "{{ list.of_label }}", " (", "{{ list.of }}", ") tán thành.", style=LIST)  # fmt: skip


def _resolution(doc: DocumentObject) -> None:
    when(doc, "tally.recorded", lambda: para(doc, "Ngày ", "{{ congress.date }}", ", tại ", "{{ congress.venue }}", ", ", "{{ congress_name }}", " với ", "{{ tally.present }}", "/", "{{ tally.convened }}", " đại biểu được triệu tập có mặt đã họp và"))  # fmt: skip
    when(doc, "not tally.recorded", lambda: para(doc, "Ngày ", "{{ congress.date }}", ", tại ", "{{ congress.venue }}", ", ", "{{ congress_name }}", " với ", "{{ congress.delegates_convened }}", " đại biểu được triệu tập đã họp và"))  # fmt: skip
    title(doc, "QUYẾT NGHỊ:", space_before=6)
    para(doc)
    para(doc, R("Điều 1. ", bold=True), "Thông qua Báo cáo chính trị, Báo cáo kiểm điểm của Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " nhiệm kỳ vừa qua và Chương trình hành động nhiệm kỳ ", "{{ term }}", ". Đại hội nhất trí các chỉ tiêu chủ yếu nhiệm kỳ ", "{{ term }}", ":")  # fmt: skip
    each(doc, "report.new_targets", "row", lambda: para(doc, "{{ row.index }}. {{ row.name }}: {{ row.value }}.", style=LIST))  # fmt: skip
    missing(doc, "report.new_targets", "các chỉ tiêu nhiệm kỳ mới")
    when(doc, "tally.committee.recorded and tally.committee.has_vacancies", lambda: para(doc, R("Điều 2. ", bold=True), "Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới, nhiệm kỳ ", "{{ term }}", " gồm ", "{{ tally.committee.planned_padded }}", " vị; Đại hội đã hiệp thương cử ", "{{ tally.committee.chosen_padded }}", " vị, khuyết ", "{{ tally.committee.vacancies }}", " vị (bổ sung sau theo Điều lệ)."))  # fmt: skip
    when(doc, "tally.committee.recorded and not tally.committee.has_vacancies", lambda: para(doc, R("Điều 2. ", bold=True), "Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới, nhiệm kỳ ", "{{ term }}", " gồm ", "{{ tally.committee.planned_padded }}", " vị; Đại hội đã hiệp thương cử đủ ", "{{ tally.committee.chosen_padded }}", " vị."))  # fmt: skip
    when(doc, "not tally.committee.recorded", lambda: para(doc, R("Điều 2. ", bold=True), "Hiệp thương dân chủ cử Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " nhiệm kỳ ", "{{ term }}", " gồm ", "{{ personnel.planned_size }}", " vị; Đại hội đã hiệp thương cử …… vị, khuyết …… vị."))  # fmt: skip
    para(doc, R("Điều 3. ", bold=True), "Hiệp thương dân chủ cử Đoàn đại biểu đi dự ", "{{ delegation.congress }}", " gồm ", "{{ delegation.official|length }}", " đại biểu chính thức và ", "{{ delegation.alternate|length }}", " đại biểu dự khuyết (danh sách kèm theo).")  # fmt: skip
    para(doc, R("Điều 4. ", bold=True), "Đại hội giao Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới lãnh đạo, chỉ đạo các tổ chức thành viên và Ban công tác Mặt trận các khu dân cư tổ chức thực hiện thắng lợi Nghị quyết này./.")  # fmt: skip


# -- after the congress: the first meeting, the recognition, the report upward ----------------


def _first_meeting_minutes(doc: DocumentObject) -> None:
    para(doc, "Hôm nay, ngày ", "{{ meeting.date }}", ", tại ", "{{ congress.venue }}", ", ", "{{ committee_name }}", ", nhiệm kỳ ", "{{ term }}", " họp Hội nghị lần thứ nhất ngay sau ", "{{ congress_name }}", ".")  # fmt: skip
    heading(doc, "I. THÀNH PHẦN")
    para(doc, "- Số Ủy viên Ủy ban khóa mới được Đại hội hiệp thương cử: ", "{{ meeting.members }}", " vị; có mặt: ", "{{ meeting.present }}", " vị (", "{{ meeting.present_percent }}", "%); vắng mặt: ", "{{ meeting.absent }}", " vị.", style=LIST)  # fmt: skip
    heading(doc, "II. HIỆP THƯƠNG CỬ BAN THƯỜNG TRỰC")
    para(doc, "Hội nghị đã hiệp thương dân chủ cử Ban Thường trực ", "{{ committee_name }}", ", nhiệm kỳ ", "{{ term }}", " gồm ", "{{ meeting.standing|length }}", " vị. Kết quả biểu quyết (tỷ lệ tính trên số Ủy viên có mặt):")  # fmt: skip
    data_table(doc, [("STT", 1.2, "{{ row.index }}", True), ("Họ và tên", 4.8, "{{ row.name }}", False), ("Chức danh", 3.6, "{{ row.role }}", False), ("Tán thành", 3.4, "{{ row.in_favour }}/{{ row.of }} ({{ row.percent }}%)", True), ("Kết quả", 3.5, "{{ row.result }}", True)], "meeting.standing", "row")  # fmt: skip
    missing(
        doc,
        "meeting.standing",
        "kết quả hiệp thương cử Ban Thường trực (biểu mẫu kiem-phieu.xlsx, trang «Nhập lần 1», mục «VII. HỘI NGHỊ LẦN THỨ NHẤT ỦY BAN KHÓA MỚI»; hoặc tệp tally.yaml, mục Hội nghị lần thứ nhất)",
    )
    heading(doc, "III. ĐỀ NGHỊ")
    para(doc, "Hội nghị đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " xem xét, công nhận Ban Thường trực ", "{{ committee_name }}", ", nhiệm kỳ ", "{{ term }}", ".")  # fmt: skip
    para(
        doc,
        "Biên bản kết thúc hồi …… giờ …… cùng ngày, đã được đọc lại và thông qua trước Hội nghị./.",
    )


def _results_report(doc: DocumentObject) -> None:
    title(doc, "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper }}", space_before=6)
    para(doc, "Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " báo cáo kết quả ", "{{ congress_name }}", " như sau:")  # fmt: skip
    heading(doc, "I. THỜI GIAN, ĐỊA ĐIỂM, ĐẠI BIỂU")
    para(doc, "- Thời gian: ngày ", "{{ congress.date }}", "; địa điểm: ", "{{ congress.venue }}", ".", style=LIST)  # fmt: skip
    para(doc, "- Đại biểu được triệu tập: ", "{{ tally.convened }}", "; có mặt: ", "{{ tally.present }}", " (", "{{ tally.present_percent }}", "%); vắng mặt: ", "{{ tally.absent }}", ".", style=LIST)  # fmt: skip
    heading(doc, "II. KẾT QUẢ BIỂU QUYẾT")
    each(doc, "tally.votes", "row", lambda: para(doc, "- {{ row.name }}: {{ row.line }} — {{ row.result }}.", style=LIST))  # fmt: skip
    missing(
        doc,
        "tally.votes",
        "kết quả biểu quyết (biểu mẫu kiem-phieu.xlsx, trang «Nhập lần 1»; hoặc tệp tally.yaml)",
    )
    heading(doc, "III. ỦY BAN MTTQ VIỆT NAM {{ ward_full_upper }} KHÓA MỚI")
    para(doc, "Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới gồm ", "{{ committee.planned }}", " vị; Đại hội đã hiệp thương cử ", "{{ committee.chosen }}", " vị, khuyết ", "{{ committee.vacant }}", " vị.")  # fmt: skip
    para(doc, "Hội nghị lần thứ nhất Ủy ban khóa mới (ngày ", "{{ meeting.date }}", ") đã hiệp thương cử Ban Thường trực gồm:")  # fmt: skip
    each(doc, "meeting.standing", "row", lambda: para(doc, "{{ row.index }}. {{ row.name }} — {{ row.role }}.", style=LIST))  # fmt: skip
    missing(doc, "meeting.standing", "Ban Thường trực do Hội nghị lần thứ nhất hiệp thương cử")
    heading(doc, "IV. ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI CẤP TRÊN")
    para(doc, "Đại hội đã hiệp thương cử ", "{{ delegation.official|length }}", " đại biểu chính thức và ", "{{ delegation.alternate|length }}", " đại biểu dự khuyết (danh sách kèm theo).")  # fmt: skip
    heading(doc, "V. ĐỀ NGHỊ")
    para(doc, "Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " kính đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper }}", " xem xét, công nhận Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới./.")  # fmt: skip


def _recognition_decision(doc: DocumentObject) -> None:
    title(doc, "{{ district_body }}", space_before=6)
    para(doc, "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;")
    para(doc, "Căn cứ Biên bản Hội nghị lần thứ nhất ", "{{ committee_name }}", ", nhiệm kỳ ", "{{ term }}", " ngày ", "{{ meeting.date }}", ";")  # fmt: skip
    para(doc, "Xét đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", ",")
    title(doc, "QUYẾT ĐỊNH:", space_before=6)
    para(doc, R("Điều 1. ", bold=True), "Công nhận Ban Thường trực ", "{{ committee_name }}", ", nhiệm kỳ ", "{{ term }}", " do Hội nghị lần thứ nhất hiệp thương cử, gồm các ông (bà) có tên sau:")  # fmt: skip
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Họ và tên", 7.0, "{{ row.name }}", False), ("Chức danh", 8.2, "{{ row.role }}", False)], "meeting.standing", "row")  # fmt: skip
    missing(doc, "meeting.standing", "Ban Thường trực do Hội nghị lần thứ nhất hiệp thương cử")
    para(doc, R("Điều 2. ", bold=True), "Quyết định có hiệu lực kể từ ngày ký.", space_before=6)
    para(doc, R("Điều 3. ", bold=True), "Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")  # fmt: skip


BODIES: dict[str, tuple[tuple[str, ...], Callable[[DocumentObject], None]]] = {
    "ke_hoach": (("Tổ chức ", "{{ subject }}"), _plan),
    "bao_cao_chinh_tri": (("Trình ", "{{ subject }}"), _political_report),
    "chuong_trinh_hanh_dong": (("Thực hiện Nghị quyết ", "{{ subject }}"), _action_programme),
    "bao_cao_kiem_diem": (("Kiểm điểm hoạt động của Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " nhiệm kỳ vừa qua, trình ", "{{ subject }}"), _review_report),
    "de_an_nhan_su": (("Nhân sự Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới, trình ", "{{ subject }}"), _personnel_scheme),
    "to_trinh": (("Về đề án nhân sự Ủy ban MTTQ Việt Nam ", "{{ ward_full }}", " khóa mới, trình ", "{{ subject }}"), _submission),
    "chuong_trinh_dai_hoi": (("{{ subject }}",), _programme),
    "kich_ban": (("{{ subject }}",), _script),
    "danh_sach_doan_dai_bieu": (("Đoàn đại biểu đi dự ", "{{ delegation.congress }}", " do ", "{{ subject }}", " hiệp thương cử"), _delegation),
    "bien_ban": (("{{ subject }}",), _minutes),
    "bien_ban_kiem_phieu": (("Kiểm phiếu biểu quyết hiệp thương cử tại ", "{{ subject }}"), _counting_minutes),
    "nghi_quyet": (("{{ subject }}",), _resolution),
    "bien_ban_hoi_nghi_thu_nhat": (("{{ subject }}",), _first_meeting_minutes),
    "bao_cao_ket_qua": (("{{ subject }}",), _results_report),
    "quyet_dinh_cong_nhan": (("{{ subject }}",), _recognition_decision),
}  # fmt: skip


# -- the district's reports upward ------------------------------------------------------------


def _none(doc: DocumentObject, items: str, text: str) -> None:
    """A plain sentence (not a placeholder: nothing is to be written) when `items` is empty."""
    when(doc, f"not {items}", lambda: para(doc, text))


def _progress_report(doc: DocumentObject) -> None:
    para(doc, "Thực hiện hướng dẫn của cấp trên về Đại hội Mặt trận Tổ quốc Việt Nam các cấp nhiệm kỳ ", "{{ term }}", ", Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " báo cáo tiến độ Đại hội MTTQ Việt Nam các {{ wards_word }}, tính đến ngày ", "{{ today }}", ", như sau:")  # fmt: skip
    heading(doc, "I. TÌNH HÌNH CHUNG")
    para(doc, "Tổng số {{ wards_word }}: ", "{{ progress.wards_total }}", "; đơn vị tổ chức Đại hội điểm: ", "{{ progress.summary.pilot }}", ". Số đơn vị chậm tiến độ: ", "{{ progress.summary.overdue }}", "; có vướng mắc: ", "{{ progress.summary.blocked }}", "; chưa đủ số liệu: ", "{{ progress.summary.missing_data }}", ".")  # fmt: skip
    heading(doc, "1. Số {{ wards_word }} theo từng bước")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Bước", 11.2, "{{ row.label }}", False), ("Số đơn vị", 4.0, "{{ row.count }}", True)], "progress.stages", "row")  # fmt: skip
    heading(doc, "2. Tiến độ của từng đơn vị")
    data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Đơn vị", 3.2, "{{ row.name }}", False), ("Tổ công tác", 2.4, "{{ row.group }}", False), ("Bước hiện tại", 4.0, "{{ row.stage }}", False), ("Từ ngày", 2.8, "{{ row.since }}", True), ("Tình trạng", 2.8, "{{ row.state }}", True)], "progress.wards", "row")  # fmt: skip
    heading(doc, "II. CÁC ĐƠN VỊ CHẬM TIẾN ĐỘ")
    when(doc, "progress.overdue", lambda: data_table(doc, [("STT", 1.3, "{{ row.index }}", True), ("Đơn vị", 3.5, "{{ row.name }}", False), ("Bước phải hoàn thành", 6.2, "{{ row.stage }}", False), ("Hạn", 2.8, "{{ row.due }}", True), ("Số ngày chậm", 2.7, "{{ row.days_late }}", True)], "progress.overdue", "row"))  # fmt: skip
    _none(doc, "progress.overdue", "Không có đơn vị chậm tiến độ.")
    heading(doc, "III. CÁC ĐƠN VỊ CÓ VƯỚNG MẮC")

    def blocked() -> None:
        para(doc, R("{{ ward.index }}. {{ titles.get(ward.name, ward.name) }}", bold=True))
        each(doc, "ward.findings", "line", lambda: para(doc, "- {{ line }}.", style=LIST))

    each(doc, "progress.blocked", "ward", blocked)
    _none(doc, "progress.blocked", "Không có đơn vị có vướng mắc.")
    heading(doc, "IV. CÁC ĐƠN VỊ CHƯA ĐỦ SỐ LIỆU")
    each(doc, "progress.missing", "row", lambda: para(doc, "- {{ titles.get(row.name, row.name) }}: {{ row.missing }}.", style=LIST))  # fmt: skip
    _none(doc, "progress.missing", "Các đơn vị đã có đủ số liệu.")
    heading(doc, "V. CÁC TRƯỜNG HỢP ĐƯỢC CHẤP THUẬN NGOẠI LỆ")
    each(doc, "progress.exceptions", "row", lambda: para(doc, "- {{ titles.get(row.name, row.name) }}: {{ row.text }}.", style=LIST))  # fmt: skip
    _none(doc, "progress.exceptions", "Không có trường hợp ngoại lệ.")
    heading(doc, "VI. CÁC {{ wards_word_upper }} BỊ TRẢ LẠI BƯỚC TRƯỚC")
    each(doc, "progress.reopened", "row", lambda: para(doc, "- {{ titles.get(row.name, row.name) }}: {{ row.text }}.", style=LIST))  # fmt: skip
    _none(doc, "progress.reopened", "Không có {{ wards_word }} bị trả lại bước trước.")
    heading(doc, "VII. ĐỀ XUẤT, KIẾN NGHỊ")
    para(doc, "Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các {{ wards_word }} chậm tiến độ, có vướng mắc khẩn trương khắc phục, bổ sung số liệu và báo cáo kết quả về Ban Thường trực./.")  # fmt: skip


AGGREGATE_SHARES = (("Tái cử", "re_elected"), ("Nữ", "women"), ("Ngoài Đảng", "non_party"), ("Dân tộc thiểu số", "ethnic_minority"), ("Tôn giáo", "religious"))  # fmt: skip
AGGREGATE_SIZE = 11  # pt: nine columns on an A4 portrait page


def _totals_table(doc: DocumentObject, columns: list[Column], items: str) -> None:
    """One row per ward of `items` (``….rows``) and a bold totals row (``….total``) after the loop."""
    grid = data_table(doc, columns, items, "row")
    total = grid.add_row()  # type: ignore[no-untyped-call]
    for cell, (_label, _width, text, centred) in zip(total.cells, columns, strict=True):
        blank(cell)
        for line in (text,) if isinstance(text, str) else text:
            para(cell, R(line.replace("row.", items.removesuffix("rows") + "total."), bold=True), style=CELL, align=WD_ALIGN_PARAGRAPH.CENTER if centred else None)  # fmt: skip
    for row in grid.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row stays on one page
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(AGGREGATE_SIZE)


def _aggregate_table(doc: DocumentObject) -> None:
    """The proposals: one row per ward, counts over percentages, the totals row."""
    columns: list[Column] = [("STT", 1.1, "{{ row.index }}", True), ("Đơn vị", 2.7, "{{ row.name }}", False), ("Số lượng dự kiến", 1.5, "{{ row.planned }}", True), ("Số giới thiệu", 1.6, "{{ row.proposed }}", True)]  # fmt: skip
    columns += [(label, 1.9, (f"{{{{ row.{key}.count }}}}", f"{{{{ row.{key}.share }}}}"), True) for label, key in AGGREGATE_SHARES]  # fmt: skip
    _totals_table(doc, columns, "aggregate.rows")


RESULT_COLUMNS: list[Column] = [("STT", 1.1, "{{ row.index }}", True), ("Đơn vị", 3.2, "{{ row.name }}", False), ("Số lượng Ủy viên", 1.9, "{{ row.planned }}", True), ("Đã hiệp thương cử", 2.1, "{{ row.chosen }}", True), ("Khuyết", 1.6, "{{ row.vacancies }}", True), ("Đại biểu chính thức", 2.1, "{{ row.official }}", True), ("Đại biểu dự khuyết", 2.1, "{{ row.alternate }}", True), ("Ban Thường trực", 2.0, "{{ row.standing }}", True)]  # fmt: skip


def _aggregate_report(doc: DocumentObject) -> None:
    para(doc, "Thực hiện hướng dẫn của cấp trên về Đại hội Mặt trận Tổ quốc Việt Nam các cấp nhiệm kỳ ", "{{ term }}", ", Ban Thường trực Ủy ban MTTQ Việt Nam ", "{{ upper_level_name }}", " báo cáo tổng hợp kết quả Đại hội MTTQ Việt Nam {{ wards_level }} như sau:")  # fmt: skip
    heading(doc, "I. KẾT QUẢ ĐẠI HỘI CÁC {{ wards_word_upper }} ĐÃ TỔ CHỨC ĐẠI HỘI")
    texts(doc, "aggregate.results.lines")

    def results() -> None:
        heading(
            doc,
            "1. Đại biểu, Ủy ban khóa mới, đoàn đại biểu dự Đại hội MTTQ Việt Nam {{ upper_level_name }}",
        )
        texts(doc, "aggregate.results.summary")
        heading(doc, "2. Kết quả hiệp thương cử của từng đơn vị")
        _totals_table(doc, RESULT_COLUMNS, "aggregate.results.rows")
        para(doc, R("Ghi chú: chỉ tổng hợp các đơn vị đã tổ chức Đại hội có số liệu kiểm phiếu khớp đúng; cột «Ban Thường trực» là số Ủy viên Ban Thường trực do Hội nghị lần thứ nhất hiệp thương cử («—»: chưa họp); dòng Tổng cộng là tổng số của các đơn vị trong bảng.", italic=True, size=12), space_before=6)  # fmt: skip

    when(doc, "aggregate.results.rows", results)
    heading(
        doc,
        "II. ĐỀ ÁN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM KHÓA MỚI CỦA CÁC {{ wards_word_upper }} (DỰ KIẾN)",
    )
    texts(doc, "aggregate.summary")
    heading(doc, "III. BẢNG TỔNG HỢP ĐỀ ÁN NHÂN SỰ THEO TỪNG ĐƠN VỊ (DỰ KIẾN)")
    _aggregate_table(doc)
    para(doc, R("Ghi chú: mỗi ô ghi số người và tỷ lệ (%); tỷ lệ tái cử tính trên ", italic=True, size=12), R("{{ aggregate.basis }}", italic=True, size=12), R(", các tỷ lệ khác tính trên số nhân sự được giới thiệu; dòng Tổng cộng là tổng số của các đơn vị đã có số liệu, tỷ lệ tính từ các tổng số đó.", italic=True, size=12), space_before=6)  # fmt: skip


DISTRICT_BODIES: dict[str, tuple[tuple[str, ...], Callable[[DocumentObject], None]]] = {
    "bao_cao_tien_do": (("{{ subject }}",), _progress_report),
    "bao_cao_tong_hop": (("{{ subject }}",), _aggregate_report),
}


def build(doc_id: str) -> DocumentObject:
    spec = DOCUMENTS[doc_id]
    subject, body = BODIES[doc_id]
    doc = new_document(spec.title)
    if doc_id in WORD_DRAFTS:
        word_headings(doc)
    opening(doc, *subject)
    body(doc)
    SIGNATURES.get(doc_id, signature_block)(doc)
    return doc


def build_district(doc_id: str) -> DocumentObject:
    spec = DISTRICT_DOCUMENTS[doc_id]
    subject, body = DISTRICT_BODIES[doc_id]
    doc = new_document(spec.title)
    opening(doc, *subject)
    body(doc)
    signature_block(doc)
    return doc


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    out: Path = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    missing_bodies = set(DOCUMENTS) - set(BODIES)
    if missing_bodies:
        raise SystemExit(f"no template body for {sorted(missing_bodies)}")
    for doc_id, spec in DOCUMENTS.items():
        save(build(doc_id), out / spec.template)
        print(out / spec.template)
    for doc_id, spec in DISTRICT_DOCUMENTS.items():
        save(build_district(doc_id), out / spec.template)
        print(out / spec.template)


if __name__ == "__main__":
    main()
