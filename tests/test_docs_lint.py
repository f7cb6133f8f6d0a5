"""`congress docs lint`: what in a template will go wrong, found before an officer renders it.

Errors (exit 1): syntax, a variable the document's data does not have, a tag the data cannot fill,
a legacy TCVN3/VNI font, a template reaching program internals. Warnings (exit 0): a tag split
across runs, a font other than Times New Roman.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from congress.core.district_context import DISTRICT_DOCUMENTS
from congress.core.doc_context import DOCUMENTS
from congress.resources import data_dir
from scripts.template_parts import R, data_table, new_document, para, save
from tests.cli_helpers import Run, run
from tests.test_docs_bad_input import make_template


def lint(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    result = run(capsys, "docs", "lint", *args)
    assert "Traceback" not in result.err
    return result


def test_bundled_templates_lint_clean(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = lint(capsys)
    assert result.code == 0, result.out
    names = sorted(spec.template for spec in [*DOCUMENTS.values(), *DISTRICT_DOCUMENTS.values()])
    assert result.out.splitlines() == [f"{name}: không có vấn đề." for name in names]
    with_ward = lint(capsys, "--ward", "o-cho-dua", "-w", str(ws), "--json")
    assert with_ward.code == 0, with_ward.out
    report = with_ward.json()
    assert report["ok"] is True
    assert [Path(t["template"]).name for t in report["templates"]] == names
    assert all(t["issues"] == [] for t in report["templates"])


def test_tag_split_across_runs_is_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    template = make_template(
        tmp_path / "ke-hoach.docx",
        "Kế hoạch",
        ("Phường ", R("{{ wa", bold=True), R("rd }}", italic=True), "."),
    )
    result = lint(capsys, str(template))
    assert result.code == 0, result.out
    assert result.out.startswith("! ke-hoach.docx: thẻ «{{ ward }}» bị tách qua nhiều đoạn")
    assert "ở đoạn 2;" in result.out


def test_unknown_variable_is_an_error_listing_the_known_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    template = make_template(tmp_path / "ke-hoach.docx", "Phường {{ ward_nam }}")
    result = lint(capsys, str(template))
    assert result.code == 1
    line = result.out.strip()
    assert line.startswith("✘ ke-hoach.docx: biến «ward_nam» không có trong dữ liệu")
    known = line.split("Các biến: ")[1].split(", ")
    assert {"ward", "ward_upper", "congress_name", "plan", "congress", "signature"} <= set(known)


def test_tag_the_data_cannot_fill_is_an_error(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    template = make_template(tmp_path / "bao-cao-chinh-tri.docx", "{{ report.nothing }}")
    result = lint(capsys, str(template))
    assert result.code == 1
    assert "✘ bao-cao-chinh-tri.docx:" in result.out and "'nothing'" in result.out
    with_ward = lint(capsys, str(template), "--ward", "o-cho-dua", "-w", str(ws))
    assert with_ward.code == 1
    assert "dữ liệu của phường Ô Chợ Dừa không điền được mẫu" in with_ward.out
    assert "'nothing'" in with_ward.out


def test_key_only_a_real_ward_lacks_needs_the_ward(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    """The empty sample data has no script rows, so only a ward's rows show `speaker` is none of
    their keys (a script row has time, part, person, session)."""
    template = make_template(
        tmp_path / "kich-ban-dieu-hanh.docx",
        "{%p for row in congress.script %}",
        "{{ row.time }}: {{ row.speaker }}",
        "{%p endfor %}",
    )
    assert lint(capsys, str(template)).code == 0
    result = lint(capsys, str(template), "--ward", "o-cho-dua", "-w", str(ws))
    assert result.code == 1
    assert result.out.strip() == (
        "✘ kich-ban-dieu-hanh.docx: dữ liệu của phường Ô Chợ Dừa không điền được mẫu: "
        "'dict object' has no attribute 'speaker'"
    )


def test_fonts_arial_warns_and_vntime_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    arial = make_template(tmp_path / "arial.docx", "Phường {{ ward }}", font="Arial")
    result = lint(capsys, str(arial))
    assert result.code == 0, result.out
    assert result.out.strip() == (
        "! arial.docx: phông «Arial» (document.xml); văn bản hành chính dùng Times New Roman."
    )
    legacy = make_template(tmp_path / "cu.docx", "Phường {{ ward }}", font=".VnTime")
    result = lint(capsys, str(legacy))
    assert result.code == 1
    assert result.out.startswith("✘ cu.docx: phông cũ «.VnTime» (document.xml) của bảng mã TCVN3")


def test_syntax_error_in_a_table_row_tag_names_its_paragraph(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """docxtpl drops the row holding `{%tr … %}`; the paragraphs are still counted as in Word."""
    doc = new_document("Mẫu thử")
    para(doc, "Danh sách")  # 1, then the header cells 2 and 3
    columns = [("STT", 2.0, "{{ row.index }}", True), ("Họ và tên", 6.0, "{{ row.name }}", False)]
    data_table(doc, columns, "", "row")  # "{%tr for row in  %}": no list to loop over
    save(doc, tmp_path / "bang.docx")
    result = lint(capsys, str(tmp_path / "bang.docx"))
    assert result.code == 1
    assert result.out.startswith("✘ bang.docx: lỗi cú pháp mẫu ở document, đoạn 4 «{%tr for row")


def test_unsafe_template_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    template = make_template(tmp_path / "ke-hoach.docx", "{{ ward.__class__.__mro__ }}")
    result = lint(capsys, str(template))
    assert result.code == 1
    assert "✘ ke-hoach.docx: mẫu cố truy cập phần bên trong của chương trình" in result.out


def test_json_gives_one_document_with_ok_and_issues_per_template(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    split = make_template(tmp_path / "tach.docx", ("{{ wa", R("rd }}", bold=True)))
    unknown = make_template(tmp_path / "sai.docx", "{{ ward_nam }}", font="Arial")
    clean = make_template(tmp_path / "tot.docx", "Phường {{ ward }}")
    result = lint(capsys, str(split), str(unknown), str(clean), "--json")
    assert result.code == 1
    report = result.json()
    assert report["ok"] is False
    issues = {Path(t["template"]).name: t["issues"] for t in report["templates"]}
    assert list(issues) == ["tach.docx", "sai.docx", "tot.docx"]
    assert [(i["key"], i["error"]) for i in issues["tach.docx"]] == [("lint.split_tag", False)]
    assert [(i["key"], i["error"]) for i in issues["sai.docx"]] == [
        ("lint.unknown_variable", True),
        ("lint.font", False),
    ]
    assert "ward_nam" in issues["sai.docx"][0]["message"]
    assert issues["tot.docx"] == []

    warnings_only = lint(capsys, str(split), "--json")
    assert warnings_only.code == 0
    assert warnings_only.json()["ok"] is True


def test_a_folder_lints_every_template_in_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "mau"
    shutil.copytree(data_dir("doc_templates"), folder)
    (folder / "~$-hoach.docx").write_bytes(b"Word's lock file, not a template")
    make_template(folder / "ke-hoach.docx", "Phường {{ ward_nam }}")
    result = lint(capsys, str(folder))
    assert result.code == 1
    assert len(result.out.splitlines()) == len(DOCUMENTS) + len(DISTRICT_DOCUMENTS)
    assert "✘ ke-hoach.docx: biến «ward_nam»" in result.out
    assert "~$" not in result.out


def test_a_missing_or_broken_file_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "hong.docx").write_text("không phải docx", encoding="utf-8")
    result = lint(capsys, str(tmp_path / "khong-co.docx"), str(tmp_path / "hong.docx"))
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("✘ khong-co.docx: không tìm thấy tệp mẫu. Kiểm tra tên tệp")
    assert lines[1].startswith("✘ hong.docx: tệp mẫu không phải .docx đọc được")
