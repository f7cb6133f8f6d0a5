"""The lint of generated documents: each check on hand-made .docx files with one defect, a clean
one that passes (with the look-alikes each check must not flag), and the reading of the file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest

from congress.adapters.docx_text import read_doc_text
from congress.core.doc_text import DocText, Facts, Para, Where, place_of, unit_type
from congress.core.generated_lint import lint_document
from congress.errors import InputError
from congress.services.doc_lint import describe

FACTS = Facts(
    unit_words=frozenset({"phường"}),
    level="quận",
    places=frozenset({"Ô Chợ Dừa"}),
    names=("Ô Chợ Dừa", "Quận Đống Đa"),
    date_known=True,
    signer="Nguyễn Thị Xuân",
    present=128,
)
LEFT = ["ỦY BAN MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA", "BAN THƯỜNG TRỰC", "", "Số: 05/KH-MTTQ-BTT"]
RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Ô Chợ Dừa, ngày 05 tháng 10 năm 2023",
]
BODY = [
    "KẾ HOẠCH",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 và Quyết định số 1234/QĐ-UBND;",
    "Đại hội MTTQ cấp xã ở các xã, phường, thị trấn; công tác xã hội; hợp tác xã; quận Đống Đa.",
    "Năm 2023 có 6.241 hội viên, quỹ 12.500.000 đồng, đạt 46,67%; nhiệm kỳ 2019-2024 và "
    "2024-2029; ngày 12/01/2024.",
    "Điện thoại: 0243 851 1234; CCCD: 001234567890; mã số 45678; e-mail ban_tuyen_giao@mttq.vn; "
    "trang https://mttq.vn/dai_hoi; hộp thư B12345.",
    "Số đại biểu được triệu tập: 135; có mặt: 128 đại biểu. Biên bản lập hồi …… giờ.",
]
SIGN = ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "Nguyễn Thị Xuân"]


def make_docx(
    path: Path,
    left: list[str] = LEFT,
    right: list[str] = RIGHT,
    body: list[str] = BODY,
    sign: list[str] = SIGN,
    header: str = "DỰ THẢO",
) -> Path:
    """A document laid out as the generated ones: header table, body, signature table."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for line in body:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    recipients, signature = table.rows[0].cells
    recipients.paragraphs[0].text = "Nơi nhận:"
    recipients.add_paragraph("- Lưu: VT.")
    signature.paragraphs[0].text = sign[0]
    for line in sign[1:]:
        signature.add_paragraph(line)
    document.save(str(path))
    return path


def lint_file(path: Path, facts: Facts = FACTS) -> list[tuple[str, str]]:
    return [(f.rule, f.quote) for f in lint_document(read_doc_text(path), facts)]


def _with(lines: list[str], old: str, new: str) -> list[str]:
    assert old in lines, old
    return [new if line == old else line for line in lines]


def test_a_clean_document_passes_with_its_look_alikes(tmp_path: Path) -> None:
    assert lint_file(make_docx(tmp_path / "ke-hoach.docx")) == []


def test_the_reading_keeps_order_and_locations(tmp_path: Path) -> None:
    doc = read_doc_text(make_docx(tmp_path / "ke-hoach.docx"))
    assert doc.paragraphs[0] == Para(Where("header", 1), "DỰ THẢO")
    assert doc.paragraphs[1] == Para(Where("body", 1, 1, 1, 1), LEFT[0])
    assert Para(Where("body", 3, 1, 1, 2), RIGHT[2]) in doc.paragraphs
    assert Para(Where("body", 1), "KẾ HOẠCH") in doc.paragraphs
    assert doc.paragraphs[-1] == Para(Where("body", 4, 2, 1, 2), "Nguyễn Thị Xuân")


@pytest.mark.parametrize(
    ("text", "facts", "word"),
    [
        ("Đại hội MTTQ Việt Nam xã Ô Chợ Dừa.", FACTS, "xã"),
        (
            "ỦY BAN MTTQ VIỆT NAM PHƯỜNG XÃ SÓC SƠN",
            replace(FACTS, unit_words=frozenset({"xã"}), level="huyện", names=("Xã Sóc Sơn",)),
            "PHƯỜNG",
        ),
        ("ỦY BAN MTTQ VIỆT NAM QUẬN HÀ ĐÔNG", replace(FACTS, level="tỉnh"), "QUẬN"),
        ("Thị trấn Ô Chợ Dừa và huyện Đống Đa", FACTS, "Thị trấn"),
    ],
)
def test_level_word_that_contradicts_the_unit(
    tmp_path: Path, text: str, facts: Facts, word: str
) -> None:
    body = [*BODY, text]
    found = lint_document(read_doc_text(make_docx(tmp_path / "a.docx", body=body)), facts)
    assert {f.rule for f in found} == {"level_word"}
    assert word in [f.params["word"] for f in found]
    assert found[-1].where == Where("body", len(body))


def test_level_word_guards() -> None:
    """Tiers listed together, «cấp xã», «xã hội», «hợp tác xã», the unit's own name."""
    texts = [
        "các xã, phường, thị trấn và quận, huyện, thị xã",
        "xã/phường; cấp xã; cấp huyện; công tác xã hội; hợp tác xã; xã viên",
        "Phường 5, Quận 3",
    ]
    doc = DocText("a.docx", tuple(Para(Where("body", i), t) for i, t in enumerate(texts, 1)))
    facts = replace(FACTS, names=("Phường 5", "Quận 3"))
    assert lint_document(doc, facts) == []
    province = replace(FACTS, level="tỉnh", names=())
    found = lint_document(replace(doc, paragraphs=doc.paragraphs[2:]), province)
    assert [f.params["word"] for f in found] == ["Quận"]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("- Phường Hàng Bột: re_election_max: Tỷ lệ tái cử", "re_election_max"),
        ("Kết quả: tally_consistent", "tally_consistent"),
        ("Phường {{ ward }} lần thứ", "{{ ward }}"),
        ("{% for p in people %}", "{% for p in people %}"),
        ("Người ký: None", "None"),
        ("Đạt: True", "True"),
    ],
)
def test_english_left_in_the_text(tmp_path: Path, text: str, token: str) -> None:
    found = lint_file(make_docx(tmp_path / "a.docx", body=[*BODY, text]))
    assert [rule for rule, _ in found] == ["english"]
    assert token in found[0][1]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tổng số 6241 / 6731 hội viên", "6241"),
        ("Kinh phí 12500000 đồng", "12500000"),
        ("Có 2000 người tham gia", "2000"),  # a year's look-alike that counts something
        ("với 1076 lượt người dự", "1076"),
        ("đạt 8436,5 triệu", "8436,5"),
    ],
)
def test_unformatted_number(tmp_path: Path, text: str, number: str) -> None:
    doc = read_doc_text(make_docx(tmp_path / "a.docx", body=[*BODY, text]))
    found = lint_document(doc, FACTS)
    assert {f.rule for f in found} == {"number"}
    assert found[0].params["number"] == number


def test_number_guards() -> None:
    texts = [
        "Số: 1234/KH-MTTQ-BTT; Nghị định 145/2020/NĐ-CP; năm 2024; 12/01/2024; 2019-2024",
        "SĐT 0912345678; điện thoại 024.3851.1234; CCCD 001234567890; tài khoản 1234567",
        "mã số 45678; B12345; 6.241 người; 1.250.000.000 đồng; 46,67%; 999 hộ; 0,15",
    ]
    doc = DocText("a.docx", tuple(Para(Where("body", i), t) for i, t in enumerate(texts, 1)))
    assert lint_document(doc, FACTS) == []


def test_ellipsis_where_the_data_exists(tmp_path: Path) -> None:
    right = _with(RIGHT, RIGHT[2], "Ô Chợ Dừa, ngày … tháng … năm 2023")
    body = [*BODY, "Số đại biểu có mặt: …… đại biểu"]
    sign = _with(SIGN, "Nguyễn Thị Xuân", "…")
    path = make_docx(tmp_path / "a.docx", right=right, body=body, sign=sign)
    found = lint_document(read_doc_text(path), FACTS)
    assert [(f.rule, f.params["field"]) for f in found] == [
        ("ellipsis", "date"),
        ("ellipsis", "signer"),
        ("ellipsis", "present"),
    ]
    unknown = replace(FACTS, date_known=False, signer=None, present=None)
    assert lint_document(read_doc_text(path), unknown) == []  # a blank to fill in is fine


def test_place_of_the_dateline(tmp_path: Path) -> None:
    right = _with(RIGHT, RIGHT[2], "Đống Đa, ngày 05 tháng 10 năm 2023")
    found = lint_file(make_docx(tmp_path / "a.docx", right=right))
    assert found == [("place", "Đống Đa, ngày 05 tháng 10 năm 2023")]
    body = [*BODY, "Hôm nay, ngày 12 tháng 01 năm 2024, tại hội trường, Đại hội khai mạc."]
    assert lint_file(make_docx(tmp_path / "b.docx", body=body)) == []


@pytest.mark.parametrize(
    ("left", "sign", "rules"),
    [
        (LEFT, ["TM. ĐOÀN CHỦ TỊCH", "", "Nguyễn Thị Xuân"], ["signature"]),
        (
            _with(
                LEFT,
                "BAN THƯỜNG TRỰC",
                "ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA LẦN THỨ XVII",
            ),
            SIGN,
            ["signature"],
        ),
        (
            _with(
                LEFT,
                "BAN THƯỜNG TRỰC",
                "ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA LẦN THỨ XVII",
            ),
            ["TM. ĐOÀN CHỦ TỊCH", "CHỦ TỊCH", "", "Nguyễn Thị Xuân"],
            ["signature_chair"],
        ),
    ],
)
def test_signature_that_does_not_match_the_issuer(
    tmp_path: Path, left: list[str], sign: list[str], rules: list[str]
) -> None:
    found = lint_file(make_docx(tmp_path / "a.docx", left=left, sign=sign))
    assert [rule for rule, _ in found] == rules


def test_congress_signatures_that_match() -> None:
    congress = "ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA LẦN THỨ XVII"
    for sign in (
        ["TM. ĐOÀN CHỦ TỊCH", "", "Nguyễn Thị Xuân"],
        ["TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN"],
    ):
        texts = [congress, "Số: 01/NQ-ĐH", *sign]
        doc = DocText("a.docx", tuple(Para(Where("body", i), t) for i, t in enumerate(texts, 1)))
        assert lint_document(doc, FACTS) == []


def test_findings_read_with_location_quote_and_hint(tmp_path: Path) -> None:
    right = _with(RIGHT, RIGHT[2], "Đống Đa, ngày 05 tháng 10 năm 2023")
    (finding,) = lint_document(read_doc_text(make_docx(tmp_path / "a.docx", right=right)), FACTS)
    said = describe(finding, "vi")
    assert said["rule"] == "place"
    assert said["where"] == "bảng 1, hàng 1, ô 2, đoạn 3"
    assert "«Đống Đa»" in said["message"] and "Ô Chợ Dừa" in said["message"]
    assert "Nghị định 30" in said["hint"]
    assert describe(finding, "en")["where"] == "table 1, row 1, cell 2, paragraph 3"


def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_text("not a docx", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_doc_text(bad)
    assert error.value.exit_code == 2
    assert error.value.problems[0].key == "lint.doc_unreadable"


def test_unit_facts_from_the_files() -> None:
    assert unit_type("Ô Chợ Dừa", None, "quận") == "phường"
    assert unit_type("Xã Sóc Sơn", None, "tỉnh") == "xã"
    assert unit_type("Sóc Sơn", None, "huyện") == "xã"
    assert unit_type("Côn Đảo", "đặc khu", "tỉnh") == "đặc khu"
    assert place_of("Quận Đống Đa") == "Đống Đa"
    assert place_of("Quận 3") == "Quận 3"
