"""Issue 11, content: each document rendered through the CLI on the examples and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.cli_helpers import ROOT, run
from tests.docx_helpers import text_of


def render(capsys: pytest.CaptureFixture[str], ws: Path, ward: str, doc: str, name: str) -> str:
    result = run(capsys, "docs", "render", ward, doc, "-w", str(ws))
    assert result.code == 0, result.err
    return text_of(Document(str(ws / "out" / ward / name)))


def test_the_plan_holds_the_congress_tasks(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    text = render(capsys, ws, "o-cho-dua", "ke_hoach", "ke-hoach.docx")
    for heading in (
        "II. NHIỆM VỤ CHUẨN BỊ ĐẠI HỘI",
        "1. Lấy ý kiến góp ý dự thảo văn kiện Đại hội cấp trên và dự thảo Điều lệ",
        "2. Số lượng, cơ cấu đại biểu dự Đại hội",
        "3. Các tiểu ban giúp việc Đại hội",
        "3.1. Tiểu ban Văn kiện",
        "3.2. Tiểu ban Nhân sự",
        "3.3. Tiểu ban Tổ chức - phục vụ",
        "4. Công tác tuyên truyền, trang trí",
        "V. KINH PHÍ",
    ):
        assert heading in text, heading
    assert "- Trưởng tiểu ban: Nguyễn Thị Xuân, Ủy viên Ban Thường vụ Đảng ủy" in text
    assert "Đại hội triệu tập 135 đại biểu" in text
    assert "[CẦN VIẾT" not in text
    # the legal basis names the ward's own supervising unit (ward.yaml), not a fixed district
    assert "hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa" in text


def test_a_plan_without_its_tasks_shows_what_to_write(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    path = ws / "wards" / "o-cho-dua" / "ward.yaml"
    path.write_text(path.read_text("utf-8").replace("unit: Quận Đống Đa", "unit: Huyện Sóc Sơn"))
    congress = ws / "wards" / "o-cho-dua" / "congress.yaml"
    lines = congress.read_text("utf-8").split("\n")
    start = lines.index("plan_comments: |")
    end = lines.index("presidium:") - 1
    congress.write_text("\n".join(lines[:start] + lines[end:]), "utf-8")
    text = render(capsys, ws, "o-cho-dua", "ke_hoach", "ke-hoach.docx")
    assert (
        "[CẦN VIẾT: kinh phí tổ chức Đại hội (biểu mẫu thong-tin-dai-hoi.xlsx, trang «Thông tin"
        " chung», dòng «Kế hoạch: kinh phí»; hoặc tệp congress.yaml, mục Kế hoạch - kinh phí)]"
        in text
    )
    assert "plan_" not in text  # the section is named in Vietnamese, not by its key
    assert "[CẦN VIẾT: các tiểu ban Văn kiện, Nhân sự, Tổ chức - phục vụ" in text
    assert "Ủy ban MTTQ Việt Nam huyện Sóc Sơn" in text and "Đống Đa về Đại hội" not in text


def test_every_non_pilot_ward_plans_to_attend_the_pilot() -> None:
    wards = ROOT / "examples" / "dong-da" / "wards"
    for folder in sorted(wards.iterdir()):
        text = (folder / "congress.yaml").read_text("utf-8")
        assert ("Dự Đại hội điểm" in text) == (folder.name != "o-cho-dua"), folder.name


def test_the_personnel_scheme_has_grounds_standards_structure_and_process(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    text = render(capsys, ws, "o-cho-dua", "de_an_nhan_su", "de-an-nhan-su.docx")
    headings = [
        "I. CĂN CỨ XÂY DỰNG ĐỀ ÁN",
        "II. TIÊU CHUẨN ỦY VIÊN ỦY BAN",
        "III. SỐ LƯỢNG, CƠ CẤU",
        "1. Theo tổ chức thành viên",
        "2. Theo khu dân cư",
        "3. Theo thành phần cá nhân tiêu biểu, cơ quan, đơn vị",
        "IV. QUY TRÌNH HIỆP THƯƠNG NHÂN SỰ",
        "V. THỐNG KÊ CƠ CẤU NHÂN SỰ",
        "VI. DANH SÁCH NHÂN SỰ DỰ KIẾN",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    # counted from the «Cơ cấu» column: 8 organisations + 12 areas + 33 others = 53 proposed
    assert "Đại diện 8/8 tổ chức thành viên, gồm 8 vị:" in text
    assert "Đại diện 12/12 khu dân cư, gồm 12 vị" in text
    assert "Gồm 33 vị:" in text
    for step in range(1, 6):
        assert f"Bước {step}: " in text
    assert "Căn cứ ý kiến chỉ đạo của Ban Thường vụ Đảng ủy phường" in text
    assert "[CẦN VIẾT" not in text


def test_the_review_report_has_no_drafting_note(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    text = render(capsys, ws, "o-cho-dua", "bao_cao_kiem_diem", "bao-cao-kiem-diem.docx")
    assert "báo cáo này chỉ đánh giá" not in text
    assert "Kết quả các chỉ tiêu đã nêu trong Báo cáo chính trị" not in text


def test_the_script_gives_the_words_of_each_part(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    text = render(capsys, ws, "o-cho-dua", "kich_ban", "kich-ban-dieu-hanh.docx")
    assert "A. PHIÊN THỨ NHẤT (PHIÊN TRÙ BỊ)" in text
    assert "B. PHIÊN THỨ HAI (PHIÊN CHÍNH THỨC)" in text
    assert "9. Diễn văn khai mạc Đại hội" in text
    assert "Thời gian: 9h25. Người thực hiện: Nguyễn Thị Xuân." in text
    assert "Xin trân trọng kính mời đồng chí Chủ tịch Ủy ban MTTQ Việt Nam phường" in text
    assert "[CẦN VIẾT" not in text
    congress = ws / "wards" / "o-cho-dua" / "congress.yaml"
    lines = congress.read_text("utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip() == "words: |")
    congress.write_text("\n".join(lines[: first - 1] + lines[first + 3 :]), "utf-8")
    text = render(capsys, ws, "o-cho-dua", "kich_ban", "kich-ban-dieu-hanh.docx")
    assert "[CẦN VIẾT: lời dẫn phần «Đón đại biểu, kiểm tra thẻ đại biểu»" in text


def test_the_delegation_names_the_district_congress(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    text = render(
        capsys, ws, "o-cho-dua", "danh_sach_doan_dai_bieu", "danh-sach-doan-dai-bieu.docx"
    )
    assert "Đoàn đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam quận Đống Đa lần thứ XVII do" in text
    assert "cấp trên" not in text
    text = render(capsys, ws, "o-cho-dua", "nghi_quyet", "nghi-quyet.docx")
    assert (
        "Đoàn đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam quận Đống Đa lần thứ XVII gồm" in text
    )


def test_the_action_programme_is_the_congress_s(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    text = render(capsys, ws, "o-cho-dua", "chuong_trinh_hanh_dong", "chuong-trinh-hanh-dong.docx")
    assert "ban hành Chương trình" not in text
    assert "Đại hội thông qua Chương trình hành động" in text
    assert "Đại hội giao Ủy ban MTTQ Việt Nam phường Ô Chợ Dừa khóa mới" in text


def test_the_examples_name_no_invented_place() -> None:
    for path in (ROOT / "examples").rglob("*.yaml"):
        text = path.read_text("utf-8")
        for invented in ("chùa Vân Hồ", "chùa Phúc Lâm", "Giáo họ Thanh Am", "Giáo họ Văn Hòa"):
            assert invented not in text, (path, invented)


def test_the_dong_da_wards_have_their_own_ordinals() -> None:
    wards = ROOT / "examples" / "dong-da" / "wards"
    ordinals = {
        folder.name: next(
            line.split(": ")[1]
            for line in (folder / "congress.yaml").read_text("utf-8").splitlines()
            if line.startswith("ordinal:")
        )
        for folder in wards.iterdir()
    }
    assert len(ordinals) == 21 and len(set(ordinals.values())) >= 5
    assert ordinals["o-cho-dua"] == "XVII" and ordinals["kim-lien"] == "XVIII"


def test_the_recognition_decision_is_signed_by_the_unit_signer(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    unit = ws / "unit.yaml"
    unit.write_text(unit.read_text("utf-8") + "signer:\n  name: Lê Thị Hoa\n  title: Phó Chủ tịch\n", "utf-8")  # fmt: skip
    text = render(capsys, ws, "o-cho-dua", "quyet_dinh_cong_nhan", "quyet-dinh-cong-nhan.docx")
    assert "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\n\n\nLê Thị Hoa" in text


def test_the_congress_minutes_tell_the_day_with_its_results(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    text = render(capsys, ws, "o-cho-dua", "bien_ban", "bien-ban.docx")
    assert "có mặt: 128 đại biểu (94,81%)" in text and "có mặt: …" not in text
    told = text[text.index("II. DIỄN BIẾN ĐẠI HỘI") : text.index("III. KẾT QUẢ")]
    assert "1. Phiên nội bộ" in told and "2. Phiên chính thức" in told
    # each part held with who did it, then the results of the votes held in it, from the count
    assert (
        "- 7h45: Tuyên bố lý do phiên nội bộ; giới thiệu và biểu quyết Đoàn Chủ tịch, Đoàn Thư ký "
        "(do Lê Duy Huy thực hiện).\n"
        "+ Đoàn Chủ tịch Đại hội: 128/128 đại biểu có mặt tán thành, đạt 100,00% — Thông qua.\n"
        "+ Đoàn Thư ký Đại hội: 128/128 đại biểu có mặt tán thành, đạt 100,00% — Thông qua.\n"
    ) in told
    assert (
        "+ Thông qua Báo cáo chính trị: 125/128 đại biểu có mặt tán thành, đạt 97,66% — Thông qua."
        in told
    )
    assert "Số lượng 55 vị; đã hiệp thương cử 53 vị" in told
    assert "Số lượng 6 vị; đã hiệp thương cử đủ 6 vị." in told
    # the minutes' own account, not the programme's table
    assert "STT" not in told and "Thời gian" not in told
