"""`congress docs render` given bad input: every case ends in a clear message and the right exit code.

Data full of XML-special and control characters renders and opens in Word and LibreOffice; a broken,
unsafe or missing template, an output folder something is in the way of, and an output file open
in Word or LibreOffice stop with exit 2, a message naming the file and what to do, and nothing
overwritten. Small templates are built with the helpers of scripts/template_parts.py.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from docx import Document

from congress.core.doc_context import DOCUMENTS
from congress.resources import data_dir
from scripts.template_parts import R, new_document, para, save
from tests.cli_helpers import Run, run

WARD = "o-cho-dua"
SPECIAL = "A & B <c> \"d\" 'e' &amp; </w:t> {{ x }}"
CONTROL = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
LONG = ("Tôn Thất " + "Khánh" * 40)[:200]
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

Part = str | R


def make_template(
    path: Path, *paragraphs: Part | tuple[Part, ...], font: str | None = None
) -> Path:
    """A small template in the bundled format: one paragraph per item (a tuple gives its runs)."""
    doc = new_document("Mẫu thử")
    for item in paragraphs:
        paragraph = para(doc, *(item if isinstance(item, tuple) else (item,)))
        if font is not None:
            for r in paragraph.runs:
                r.font.name = font
    path.parent.mkdir(parents=True, exist_ok=True)
    save(doc, path)
    return path


def bundled_copy(folder: Path) -> Path:
    """A folder holding a copy of every bundled template, to break one of them."""
    shutil.copytree(data_dir("doc_templates"), folder)
    return folder


def render(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> Run:
    result = run(capsys, "docs", "render", WARD, *args, "-w", str(ws))
    assert "Traceback" not in result.err
    return result


def texts(path: Path) -> str:
    """Every paragraph of the document, in tables and page headers too, as python-docx reads it."""
    document = Document(str(path))
    found: list[str] = []

    def walk(container: Any) -> None:
        found.extend(p.text for p in container.paragraphs)
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    walk(cell)

    walk(document)
    for section in document.sections:
        walk(section.header)
    return "\n".join(found)


def _edit_yaml(path: Path, change: Callable[[Any], object]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _outputs(ws: Path) -> list[Path]:
    folder = ws / "out" / WARD
    return sorted(folder.iterdir()) if folder.is_dir() else []


# -- 1. data with XML-special characters, control characters and 200-character names ----------


@pytest.fixture
def odd_ws(ws: Path) -> Path:
    """The example ward with `SPECIAL`, `CONTROL` and `LONG` in every kind of data file.

    Control characters cannot be typed raw into YAML, so they come escaped ("\\x01"), as
    yaml.safe_dump writes them.
    """
    folder = ws / "wards" / WARD
    _edit_yaml(folder / "ward.yaml", lambda d: d.update(ward=f"Ô Chợ {SPECIAL}{CONTROL} Dừa"))

    def drafts(d: dict[str, dict[str, object]]) -> None:
        d["political_report"]["introduction"] = f"Mở đầu {SPECIAL}{CONTROL}.\n\nĐoạn hai: {LONG}."
        d["review_report"]["strengths"] = f"Ưu điểm {CONTROL}{SPECIAL}."

    def congress(d: dict[str, object]) -> None:
        presidium = d["presidium"]
        script = d["script"]
        assert isinstance(presidium, list) and isinstance(script, list)
        presidium[0] = LONG
        presidium[1] = f"Lương {SPECIAL}{CONTROL} Giang"
        script[0]["person"] = f"Cao {SPECIAL}{CONTROL} Hải"
        d["venue"] = f"Hội trường {SPECIAL}"

    _edit_yaml(folder / "drafts.yaml", drafts)
    _edit_yaml(folder / "congress.yaml", congress)
    proposed = folder / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
    book = openpyxl.load_workbook(proposed)
    sheet = book.active
    assert sheet is not None and sheet.cell(4, 2).value == "Họ và tên"
    sheet.cell(7, 2).value = LONG  # the first person of the list
    sheet.cell(7, 8).value = f"Chủ tịch {SPECIAL}"  # Chức vụ, đơn vị công tác
    book.save(proposed)
    return ws


def test_special_characters_and_long_names_render_exactly(
    capsys: pytest.CaptureFixture[str], odd_ws: Path
) -> None:
    result = render(capsys, odd_ws, "--json")
    assert result.code == 0, result.err
    paths = {d["doc"]: Path(d["path"]) for d in result.json()["documents"]}
    assert list(paths) == list(DOCUMENTS)
    ward = f"Ô Chợ {SPECIAL} Dừa"
    found = {doc: texts(path) for doc, path in paths.items()}
    for doc, text in found.items():
        assert ward in text, doc
        assert not ILLEGAL.search(text), doc
    assert ward.upper() in found["ke_hoach"]  # ỦY BAN MTTQ VIỆT NAM PHƯỜNG Ô CHỢ A & B …
    assert f"Mở đầu {SPECIAL}." in found["bao_cao_chinh_tri"]
    assert f"Đoạn hai: {LONG}." in found["bao_cao_chinh_tri"]
    assert f"Ưu điểm {SPECIAL}." in found["bao_cao_kiem_diem"]
    for doc in ("kich_ban", "bien_ban"):
        assert f"- {LONG}" in found[doc]
        assert f"- Lương {SPECIAL} Giang" in found[doc]
        assert f"Cao {SPECIAL} Hải" in found[doc]
    assert f"Hội trường {SPECIAL}" in found["chuong_trinh_dai_hoi"]
    for doc in ("de_an_nhan_su", "to_trinh"):  # the chair: in the list and the Standing Committee
        assert LONG in found[doc]
        assert f"Chủ tịch {SPECIAL}" in found[doc]


@pytest.mark.external
def test_documents_with_special_characters_open_in_libreoffice(
    capsys: pytest.CaptureFixture[str], odd_ws: Path, tmp_path: Path
) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot check the .docx open in it")
    result = render(capsys, odd_ws, "de_an_nhan_su", "kich_ban", "--json")
    assert result.code == 0, result.err
    docs = [Path(d["path"]) for d in result.json()["documents"]]
    pdfs = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running one
    subprocess.run(
        [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(pdfs), *map(str, docs)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    for doc in docs:
        data = (pdfs / doc.with_suffix(".pdf").name).read_bytes()
        assert data.startswith(b"%PDF"), doc.name
        assert len(data) > 20_000, doc.name
        assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2, doc.name  # the list, the script


# -- 2-4. a broken, unsafe or missing template -----------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "number", "text"),
    [
        (["Kính gửi", "Mục đích", "Phường {{ ward  hết.", "Mục tiêu"], 3, "Phường {{ ward hết."),
        (["Một", "Hai", ("Ba ", "{% for x in %}", " bốn"), "Năm"], 3, "Ba {% for x in %} bốn"),
        # the {%p %} paragraphs docxtpl removes still count: the user sees them in Word
        (
            ["{%p if draft %}", "DỰ THẢO", "{%p endif %}", "Một", "{% for x in %}"],
            5,
            "{% for x in %}",
        ),
        (
            ["{%p if draft %}", "Một", "{%p for x in %}", "Hai", "{%p endfor %}", "{%p endif %}"],
            3,
            "{%p for x in %}",
        ),
        (["Một", "{% if draft %}Hai", "Ba", "Bốn {{ ward }}", "Năm"], 2, "{% if draft %}Hai"),
    ],
    ids=["unclosed-print", "for-without-list", "after-p-tags", "p-tag", "unclosed-if"],
)
def test_template_syntax_error_names_file_paragraph_and_text(
    capsys: pytest.CaptureFixture[str],
    ws: Path,
    tmp_path: Path,
    paragraphs: list[str | tuple[str, ...]],
    number: int,
    text: str,
) -> None:
    folder = bundled_copy(tmp_path / "mau")
    broken = make_template(folder / "ke-hoach.docx", *paragraphs)
    result = render(capsys, ws, "--templates", str(folder))
    assert result.code == 2
    assert str(broken) in result.err
    assert f"lỗi cú pháp mẫu ở document, đoạn {number} «{text}»" in result.err
    assert _outputs(ws) == []  # ke-hoach is the first document: nothing was written

    lint = run(capsys, "docs", "lint", str(broken))
    assert lint.code == 1
    assert f"✘ ke-hoach.docx: lỗi cú pháp mẫu ở document, đoạn {number} «{text}»" in lint.out


@pytest.mark.parametrize(
    "expression",
    ["{{ ward.__class__.__mro__ }}", "{{ ''.__class__ }}", "{{ cycler.__init__.__globals__ }}"],
)
def test_template_reaching_python_internals_is_refused(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path, expression: str
) -> None:
    folder = bundled_copy(tmp_path / "mau")
    unsafe = make_template(folder / "ke-hoach.docx", "Kế hoạch", f"Phường {expression}")
    result = render(capsys, ws, "--templates", str(folder))
    assert result.code == 2
    assert str(unsafe) in result.err
    assert "mẫu cố truy cập phần bên trong của chương trình" in result.err
    assert "is unsafe" in result.err and "đã chặn" in result.err
    assert _outputs(ws) == []


def test_missing_template_names_the_file_and_how_to_rebuild(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    folder = bundled_copy(tmp_path / "mau")
    (folder / "kich-ban-dieu-hanh.docx").unlink()
    result = render(capsys, ws, "--templates", str(folder), "--json")
    assert result.code == 2
    assert str(folder / "kich-ban-dieu-hanh.docx") in result.err
    assert "không tìm thấy tệp mẫu" in result.err
    assert f"python scripts/build_templates.py --out {folder}" in result.err
    assert str(data_dir("doc_templates")) in result.err  # where to copy the bundled one from
    assert result.json()["ok"] is False


# -- 5. an output folder something is in the way of, an output file open elsewhere ------------


def test_a_file_in_place_of_the_output_folder(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    blocker = ws / "out" / WARD
    blocker.parent.mkdir()
    blocker.write_text("ghi chú của cán bộ", encoding="utf-8")
    result = render(capsys, ws, "ke_hoach")
    assert result.code == 2
    assert str(blocker / "ke-hoach.docx") in result.err
    assert f"«{blocker}» là một tệp, không phải thư mục" in result.err
    assert "Đổi tên hoặc chuyển tệp đó đi rồi chạy lại" in result.err
    assert blocker.read_text(encoding="utf-8") == "ghi chú của cán bộ"


def test_a_folder_in_place_of_the_output_file(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    target = ws / "out" / WARD / "ke-hoach.docx"
    target.mkdir(parents=True)
    result = render(capsys, ws, "ke_hoach")
    assert result.code == 2
    assert str(target) in result.err
    assert "là một thư mục cùng tên" in result.err
    assert target.is_dir()


@pytest.mark.parametrize(
    "lock", ["~$-hoach.docx", ".~lock.ke-hoach.docx#"], ids=["word", "libreoffice"]
)
def test_output_file_open_in_word_or_libreoffice_is_left_alone(
    capsys: pytest.CaptureFixture[str], ws: Path, lock: str
) -> None:
    assert render(capsys, ws, "ke_hoach").code == 0
    target = ws / "out" / WARD / "ke-hoach.docx"
    before = target.read_bytes()
    _edit_yaml(ws / "wards" / WARD / "congress.yaml", lambda d: d.update(venue="Nhà văn hóa"))
    (target.parent / lock).write_bytes(b",Nguyen Van An,MAY-01,12.01.2024 08:00,file:///C:/;")

    result = render(capsys, ws, "ke_hoach")
    assert result.code == 2
    assert str(target) in result.err
    assert f"tệp khóa {lock}" in result.err
    app = "Word" if lock.startswith("~$") else "LibreOffice"
    assert f"tệp đang mở trong {app}: đóng tệp rồi chạy lại" in result.err
    assert f"xóa tệp khóa {lock}" in result.err and "Kiểm tra quyền ghi" not in result.err
    assert target.read_bytes() == before
    assert sorted(p.name for p in _outputs(ws)) == sorted([lock, "ke-hoach.docx"])  # no temp file

    (target.parent / lock).unlink()  # closed: the next run writes the new venue
    assert render(capsys, ws, "ke_hoach").code == 0
    assert "Nhà văn hóa" in texts(target)
