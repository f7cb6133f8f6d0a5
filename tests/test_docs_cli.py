"""The congress documents through the CLI on the example workspace: render, read back, keep edits."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm

from congress.core.collation import sort_names
from congress.core.doc_context import DOCUMENTS
from tests.cli_helpers import run

TAG = re.compile(r"\{\{|\}\}|\{%|%\}")


def texts(path: Path) -> list[str]:
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            found += [cell.text for cell in row.cells]
    for section in document.sections:
        found += [p.text for p in section.header.paragraphs]
    return found


def test_every_document_renders_in_the_official_format(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "docs", "render", "o-cho-dua", "-w", str(ws), "--json")
    assert result.code == 0, result.err
    rendered = result.json()["documents"]
    assert [d["doc"] for d in rendered] == list(DOCUMENTS)
    assert {d["action"] for d in rendered} == {"written"}
    for item in rendered:
        path = Path(item["path"])
        document = Document(str(path))
        section = document.sections[0]
        assert abs(section.page_width - Mm(210)) < Mm(0.5)
        assert abs(section.page_height - Mm(297)) < Mm(0.5)
        assert abs(section.left_margin - Mm(30)) < Mm(0.5)
        assert abs(section.right_margin - Mm(15)) < Mm(0.5)
        assert section.different_first_page_header_footer
        normal = document.styles["Normal"].font
        assert normal.name == "Times New Roman"
        assert normal.size.pt == 14
        content = texts(path)
        joined = "\n".join(content)
        assert not TAG.search(joined), (path.name, TAG.search(joined))
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in joined
        assert "Độc lập - Tự do - Hạnh phúc" in joined
        assert "DỰ THẢO" in joined
        assert "Ô Chợ Dừa, ngày" in joined or "Đống Đa, ngày" in joined
        if not path.name.startswith(("kich-ban", "bien-ban")):
            assert "Lưu: VT." in joined


def test_political_report_computes_the_targets_and_shows_every_organisation(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "docs", "render", "o-cho-dua", "bao_cao_chinh_tri", "-w", str(ws))
    assert result.code == 0, result.err
    path = ws / "out" / "o-cho-dua" / "bao-cao-chinh-tri.docx"
    document = Document(str(path))
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    header = ["TT", "Chỉ tiêu", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện", "Tỷ lệ đạt so với chỉ tiêu", "Đánh giá"]  # fmt: skip
    targets = rows[rows.index(header) + 1 :][:8]
    verdicts = {row[-1] for row in targets}
    assert {"Vượt", "Đạt", "Không đạt"} <= verdicts
    # target and result with their unit, the fulfilment with its sign, a status it agrees with
    assert targets[0][2:] == ["1.500 triệu đồng", "1.872 triệu đồng", "124,80%", "Vượt"]
    assert targets[6][2:] == ["24 mô hình", "20 mô hình", "83,33%", "Không đạt"]
    # the poverty rate: lower is better, so 0,07% for «không quá 0,15%» is above 100%
    assert targets[7][1].startswith("Tỷ lệ hộ nghèo")
    assert targets[7][2:] == ["Không quá 0,15%", "0,07%", "214,29%", "Vượt"]
    for row in targets:
        percent = float(row[4].rstrip("%").replace(".", "").replace(",", "."))
        assert row[5] == ("Vượt" if percent > 100 else "Đạt" if percent == 100 else "Không đạt")
    joined = "\n".join(texts(path))
    for organisation in (
        "Hội Cựu chiến binh",
        "Hội Khuyến học",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    ):
        assert organisation in joined
    assert "[CẦN VIẾT:" not in joined  # the example ward's report is complete
    assert "lần thứ XVII, nhiệm kỳ 2024-2029" in joined


def test_personnel_scheme_lists_people_the_vietnamese_way(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    assert run(capsys, "docs", "render", "o-cho-dua", "de_an_nhan_su", "-w", str(ws)).code == 0
    path = ws / "out" / "o-cho-dua" / "de-an-nhan-su.docx"
    joined = "\n".join(texts(path))
    assert "- Tái cử: 30 vị, bằng 54,55% so với số lượng Ủy viên dự kiến (55 vị);" in joined
    table = next(t for t in Document(str(path)).tables if t.rows[0].cells[1].text == "Họ và tên")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(rows) == 53
    roles = [row[-1].split("\n")[0] for row in rows]
    # the Standing Committee first, by role; then every member in Vietnamese name order
    assert roles[:4] == ["Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch", "Ủy viên Thường trực"]
    assert set(roles[4:]) == {"Ủy viên"}
    members = [row[1] for row in rows[4:]]
    assert members == sort_names(members)


def test_final_documents_have_no_draft_mark(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    assert (
        run(capsys, "docs", "render", "o-cho-dua", "nghi_quyet", "--final", "-w", str(ws)).code == 0
    )
    joined = "\n".join(texts(ws / "out" / "o-cho-dua" / "nghi-quyet.docx"))
    assert "DỰ THẢO" not in joined


def test_an_edited_document_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    args = ("docs", "render", "o-cho-dua", "to_trinh", "-w", str(ws), "--json")
    first = run(capsys, *args).json()["documents"][0]
    target = Path(first["path"])
    assert first["action"] == "written"
    again = run(capsys, *args).json()["documents"][0]
    assert again["action"] == "unchanged"

    edited = Document(str(target))
    edited.add_paragraph("Ý kiến bổ sung của Thường trực Đảng ủy.")
    edited.save(str(target))
    officer = target.read_bytes()
    result = run(capsys, "docs", "render", "o-cho-dua", "to_trinh", "-w", str(ws))
    assert result.code == 0
    assert "đã được sửa" in result.out
    assert target.read_bytes() == officer
    beside = list(target.parent.glob("to-trinh (ban moi*).docx"))
    assert len(beside) == 1
    assert "Ý kiến bổ sung" not in "\n".join(texts(beside[0]))

    forced = run(capsys, *args, "--force").json()["documents"][0]
    assert forced["action"] == "overwritten"
    assert "Ý kiến bổ sung" not in "\n".join(texts(target))


def test_a_file_nobody_generated_is_kept_too(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    target = ws / "out" / "o-cho-dua" / "ke-hoach.docx"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"an officer's own plan")
    result = run(capsys, "docs", "render", "o-cho-dua", "ke_hoach", "-w", str(ws), "--json")
    assert result.json()["documents"][0]["action"] == "beside"
    assert target.read_bytes() == b"an officer's own plan"


def test_generated_documents_are_registered_in_history(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    assert run(capsys, "docs", "render", "o-cho-dua", "kich_ban", "-w", str(ws)).code == 0
    history = run(capsys, "ward", "history", "o-cho-dua", "-w", str(ws), "--json").json()["history"]
    rows = [h for h in history if h["kind"] == "document"]
    assert [r["trigger"] for r in rows] == ["document:kich_ban"]
    assert rows[0]["details"]["path"] == "out/o-cho-dua/kich-ban-dieu-hanh.docx"


def test_draft_checks_pass_for_the_pilot_and_name_the_faults_of_van_mieu(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    good = run(capsys, "docs", "check", "o-cho-dua", "-w", str(ws), "--json")
    assert good.code == 0, good.out
    assert all(f["ok"] for f in good.json()["findings"])

    bad = run(capsys, "docs", "check", "van-mieu", "-w", str(ws), "--json")
    assert bad.code == 1
    failed = {f["rule"] for f in bad.json()["findings"] if not f["ok"]}
    assert failed == {
        "report_length_max",
        "member_org_results_present",
        "action_items_specific",
        "residential_programme_present",
        "review_duplicates_report",
        "presidium_tasks_assigned",
        "speech_topics_distinct",
    }
    text = run(capsys, "docs", "check", "van-mieu", "-w", str(ws))
    assert "Hội Nạn nhân chất độc da cam/dioxin" in text.out
    assert "KHÔNG ĐẠT" in text.out


def test_unknown_document_is_exit_2(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "docs", "render", "o-cho-dua", "bao_cao", "-w", str(ws))
    assert result.code == 2
    assert "bao_cao_chinh_tri" in result.err


@pytest.mark.external
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pdf_conversion(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(
        capsys, "docs", "render", "o-cho-dua", "to_trinh", "--pdf", "-w", str(ws), "--json"
    )
    assert result.code == 0, result.err
    (pdf,) = result.json()["pdf"]
    data = Path(pdf).read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_vietnamese_dates_numbers_and_roman_ordinals() -> None:
    from datetime import date

    from congress.core.vn_format import dateline, document_number, long_date, roman

    assert roman(17) == "XVII"
    assert roman(1) == "I"
    assert long_date(date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"
    assert long_date(date(2024, 3, 22)) == "ngày 22 tháng 3 năm 2024"
    assert long_date(date(2024, 2, 9)) == "ngày 09 tháng 02 năm 2024"
    assert dateline("Đống Đa", None) == "Đống Đa, ngày … tháng … năm …"
    assert document_number("5", "KH-MTTQ") == "Số: 05/KH-MTTQ"
    assert document_number("12", "KH-MTTQ") == "Số: 12/KH-MTTQ"


def test_an_ordinal_given_as_a_number_is_printed_in_roman(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    congress = ws / "wards" / "o-cho-dua" / "congress.yaml"
    congress.write_text(
        congress.read_text(encoding="utf-8")
        .replace('ordinal: "XVII"', "ordinal: 17")
        .replace("ordinal: XVII", "ordinal: 17"),
        encoding="utf-8",
    )
    assert "ordinal: 17" in congress.read_text(encoding="utf-8")
    assert run(capsys, "docs", "render", "o-cho-dua", "nghi_quyet", "-w", str(ws)).code == 0
    assert "LẦN THỨ XVII" in "\n".join(texts(ws / "out" / "o-cho-dua" / "nghi-quyet.docx"))


def test_the_documents_of_the_count_in_the_fronts_words(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    docs = ("bien_ban", "bien_ban_kiem_phieu", "nghi_quyet", "danh_sach_doan_dai_bieu")
    result = run(capsys, "docs", "render", "o-cho-dua", *docs, "-w", str(ws))
    assert result.code == 0, result.err
    out = ws / "out" / "o-cho-dua"
    counting = "\n".join(texts(out / "bien-ban-kiem-phieu.docx"))
    assert "BIÊN BẢN KIỂM PHIẾU" in counting and "TM. BAN KIỂM PHIẾU" in counting
    assert "- Số phiếu phát ra: 128; thu vào: 128; hợp lệ: 127; không hợp lệ: 1." in counting
    assert "Được hiệp thương cử" in counting
    assert "khớp" not in counting.replace("KHÔNG KHỚP", "").lower()  # reconciliation: the journal
    minutes = "\n".join(texts(out / "bien-ban.docx"))
    assert "có mặt: 128 đại biểu (94,81%); vắng mặt: 7 đại biểu" in minutes
    assert "+ Vắng mặt: 4 đại biểu (ốm);" in minutes
    assert (
        "- Thông qua Báo cáo chính trị: 125/128 đại biểu có mặt tán thành, đạt 97,66% — Thông qua."
        in minutes
    )
    assert "Số lượng 55 vị; đã hiệp thương cử 53 vị, khuyết 02 vị." in minutes
    assert "khớp" not in minutes.lower()
    resolution = "\n".join(texts(out / "nghi-quyet.docx"))
    assert (
        "khóa mới, nhiệm kỳ 2024-2029 gồm 55 vị; Đại hội đã hiệp thương cử 53 vị, khuyết 02 vị"
        in resolution
    )
    assert "gồm 6 đại biểu chính thức và 1 đại biểu dự khuyết" in resolution
    delegation = texts(out / "danh-sach-doan-dai-bieu.docx")
    official = delegation.index("I. ĐẠI BIỂU CHÍNH THỨC")
    alternate = delegation.index("II. ĐẠI BIỂU DỰ KHUYẾT")
    assert not any("Lê Duy Huy" in line for line in delegation[official:alternate])
    assert any("Lê Duy Huy" in line for line in delegation[alternate:])


def test_a_show_of_hands_needs_no_counting_minutes(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    path = ws / "wards" / "o-cho-dua" / "tally.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  method: secret\n", "  method: hands\n", 1)
    text = text.replace("  ballots: {issued: 128, collected: 128, valid: 127, invalid: 1}\n", "")
    path.write_text(text, encoding="utf-8")
    result = run(capsys, "docs", "render", "o-cho-dua", "-w", str(ws))
    assert result.code == 0, result.err
    out = ws / "out" / "o-cho-dua"
    assert not (out / "bien-ban-kiem-phieu.docx").exists()
    minutes = "\n".join(texts(out / "bien-ban.docx"))
    assert "(biểu quyết giơ tay): Số lượng 55 vị; đã hiệp thương cử 53 vị, khuyết 02 vị." in minutes
    assert "- Ban Kiểm phiếu (khi biểu quyết bằng phiếu kín):" not in minutes


def test_minutes_of_a_tally_that_does_not_add_up_give_no_result(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "docs", "render", "van-mieu", "bien_ban", "bien_ban_kiem_phieu", "-w",
                 str(ws))  # fmt: skip
    assert result.code == 0, result.err
    for name in ("bien-ban.docx", "bien-ban-kiem-phieu.docx"):
        text = "\n".join(texts(ws / "out" / "van-mieu" / name))
        assert "số liệu" in text and "chưa khớp nhau" in text and "nhật ký nhập liệu" in text
        assert "Được hiệp thương cử" not in text


def test_minutes_give_no_result_while_the_second_entry_differs(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = ws / "wards" / "o-cho-dua"
    shutil.copy(folder / "tally-nhap-sai.yaml", folder / "tally-ban-2.yaml")
    result = run(capsys, "docs", "render", "o-cho-dua", "bien_ban_kiem_phieu", "-w", str(ws))
    assert result.code == 0, result.err
    minutes = "\n".join(texts(ws / "out" / "o-cho-dua" / "bien-ban-kiem-phieu.docx"))
    assert "chưa khớp nhau" in minutes
    assert "Được hiệp thương cử" not in minutes
