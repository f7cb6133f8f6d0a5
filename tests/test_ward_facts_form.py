"""The ward's member organisations and residential areas in the details form (thong-tin-dai-hoi.xlsx,
sheets «Tổ chức thành viên» and «Khu dân cư»): read when ward.yaml's lists are empty, giving the
same findings as the same lists in ward.yaml; both given and different refused; each bad row a
located message, exit 2; the personnel form's «Cơ cấu» offers them; init and `ward forms` write
them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from congress.adapters.form_xlsx import LIST_SHEET
from tests.cli_helpers import Run, run
from tests.conftest import MakeWorkspace
from tests.form_helpers import set_cells, to_forms

WARD = "o-cho-dua"
FORM = "thong-tin-dai-hoi.xlsx"
ORGS, AREAS = "Tổ chức thành viên", "Khu dân cư"
RULES = ("member_orgs_represented", "residential_areas_represented")


def _empty_lists(folder: Path) -> None:
    """ward.yaml without organisations or areas (as an officer's ward.yaml from `init`)."""
    path = folder / "ward.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["member_organisations"] = []
    data["residential_areas"] = []
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def pair(make_workspace: MakeWorkspace, tmp_path: Path) -> tuple[Path, Path]:
    """The examples twice: the lists in ward.yaml; the lists only in the details form."""
    yaml_ws = make_workspace()
    form_ws = tmp_path / "forms"
    shutil.copytree(yaml_ws, form_ws)
    to_forms(form_ws / "wards" / WARD, keep=tmp_path / "kept")
    _empty_lists(form_ws / "wards" / WARD)
    return yaml_ws, form_ws


def _check(capsys: pytest.CaptureFixture[str], ws: Path) -> tuple[int, list[dict[str, Any]]]:
    result = run(capsys, "personnel", "check", WARD, "-w", str(ws), "--json")
    assert result.code in (0, 1), result.err
    return result.code, result.json()["findings"]


def _rule(findings: list[dict[str, Any]], rule: str) -> dict[str, Any]:
    return next(f for f in findings if f["rule"] == rule)


def test_lists_in_the_form_give_the_findings_of_the_same_lists_in_ward_yaml(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    yaml_ws, form_ws = pair
    assert "member_organisations: []" in (form_ws / "wards" / WARD / "ward.yaml").read_text()
    by_yaml, by_form = _check(capsys, yaml_ws), _check(capsys, form_ws)
    assert by_form == by_yaml
    found = {rule: _rule(by_form[1], rule) for rule in RULES}
    assert found["member_orgs_represented"]["status"] == "passed"
    assert found["member_orgs_represented"]["actual"]["of"] == 8
    assert found["residential_areas_represented"]["actual"] == {
        "represented": 12, "of": 12, "missing": []}  # fmt: skip
    drafts = [run(capsys, "docs", "check", WARD, "-w", str(w), "--json") for w in pair]
    assert drafts[0].code == drafts[1].code
    assert drafts[0].json()["findings"] == drafts[1].json()["findings"]


def test_an_unrepresented_unit_in_the_form_fails_as_in_ward_yaml(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    yaml_ws, form_ws = pair
    set_cells(
        form_ws / "wards" / WARD / FORM, ORGS, {"A12": "Hội Nông dân", "B12": "HND; Nông dân"}
    )
    set_cells(form_ws / "wards" / WARD / FORM, AREAS, {"A16": "Tổ dân phố số 13"})
    ward_yaml = yaml_ws / "wards" / WARD / "ward.yaml"
    data = yaml.safe_load(ward_yaml.read_text(encoding="utf-8"))
    data["member_organisations"] += [{"name": "Hội Nông dân", "aliases": ["HND", "Nông dân"]}]
    data["residential_areas"] += ["Tổ dân phố số 13"]
    ward_yaml.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    by_yaml, by_form = _check(capsys, yaml_ws), _check(capsys, form_ws)
    assert by_form == by_yaml and by_form[0] == 1
    orgs = _rule(by_form[1], "member_orgs_represented")
    assert orgs["status"] == "failed" and orgs["actual"]["missing"] == ["Hội Nông dân"]
    areas = _rule(by_form[1], "residential_areas_represented")
    assert areas["status"] == "failed" and areas["actual"]["missing"] == ["Tổ dân phố số 13"]


def test_no_list_anywhere_is_not_checked(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    _, form_ws = pair
    path = form_ws / "wards" / WARD / FORM
    book = load_workbook(path)
    for name in (ORGS, AREAS):
        book[name].delete_rows(4, 40)
    book.save(path)
    _, findings = _check(capsys, form_ws)
    for rule in RULES:
        assert _rule(findings, rule)["status"] == "not_checked"


def test_both_sources_different_is_refused_naming_both(
    capsys: pytest.CaptureFixture[str], make_workspace: MakeWorkspace, tmp_path: Path
) -> None:
    ws = make_workspace()
    folder = ws / "wards" / WARD
    to_forms(folder, keep=tmp_path / "kept")  # ward.yaml keeps its lists: the same in both
    assert _check(capsys, ws)[0] in (0, 1)
    set_cells(folder / FORM, ORGS, {"B4": "CCB; Hội CCB; Cựu binh"})  # one more short name
    result = run(capsys, "personnel", "check", WARD, "-w", str(ws))
    assert result.code == 2 and result.out == ""
    assert "ward.yaml" in result.err and FORM in result.err and f"«{ORGS}»" in result.err
    assert "các tổ chức thành viên" in result.err and "member_organisations: []" in result.err
    assert "tên gọi khác của «Hội Cựu chiến binh» không giống nhau" in result.err
    set_cells(folder / FORM, ORGS, {"B4": "Hội CCB; CCB", "A11": "Hội Nạn nhân da cam"})
    err = run(capsys, "personnel", "check", WARD, "-w", str(ws)).err
    assert "«Hội Nạn nhân chất độc da cam/dioxin» chỉ có ở ward.yaml" in err
    assert f"«Hội Nạn nhân da cam» chỉ có ở {FORM} «{ORGS}»" in err
    assert "Traceback" not in result.err


def _bad(
    capsys: pytest.CaptureFixture[str], folder: Path, sheet: str, cells: dict[str, Any]
) -> Run:
    set_cells(folder / FORM, sheet, cells)
    before = (folder / FORM).read_bytes()
    result = run(capsys, "personnel", "check", WARD, "-w", str(folder.parent.parent))
    assert result.code == 2, (result.out, result.err)
    assert result.out == "" and "Traceback" not in result.err
    assert (folder / FORM).read_bytes() == before
    return result


@pytest.fixture
def folder(pair: tuple[Path, Path]) -> Path:
    return pair[1] / "wards" / WARD


def test_a_repeated_name(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    err = _bad(capsys, folder, AREAS, {"A16": "tổ dân phố  số 3"}).err
    assert f"{FORM}, trang «{AREAS}», dòng 16, cột A «Tên»" in err
    assert "«tổ dân phố số 3» đã có ở dòng 6" in err


def test_an_alias_of_two_organisations(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    err = _bad(capsys, folder, ORGS, {"B5": "Hội Phụ nữ; CCB"}).err
    assert f"{FORM}, trang «{ORGS}», dòng 5, cột B «Tên gọi khác / viết tắt" in err
    assert "tên gọi khác «CCB» đã dùng cho đơn vị ở dòng 4" in err


def test_aliases_without_a_name(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    err = _bad(capsys, folder, ORGS, {"A12": None, "B12": "Hội Nông dân; HND"}).err
    assert f"{FORM}, trang «{ORGS}», dòng 12, cột A «Tên»" in err
    assert "không có tên" in err and "Hội Nông dân, HND" in err


def test_text_in_a_merged_cell(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    path = folder / FORM
    book = load_workbook(path)
    book[AREAS].merge_cells("A5:B6")
    book.save(path)
    err = _bad(capsys, folder, AREAS, {}).err
    assert f"{FORM}, trang «{AREAS}», dòng 5" in err and "A5:B6" in err and "Bỏ gộp ô" in err


def test_the_personnel_form_offers_the_units_of_the_details_form(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "danh-sach.xlsx"
    ws = folder.parent.parent
    assert run(capsys, "personnel", "form", str(out), "--ward", WARD, "-w", str(ws)).code == 0
    hidden = load_workbook(out)[LIST_SHEET]
    column = next(c.column for c in hidden[1] if c.value == "categories")
    choices = [hidden.cell(row=r, column=column).value for r in range(2, hidden.max_row + 1)]
    assert "Hội Nạn nhân chất độc da cam/dioxin" in choices and "Tổ dân phố số 12" in choices


@pytest.mark.workspace("init", fill=False)
def test_init_puts_the_usual_organisations_in_the_form_and_ward_forms_keeps_them(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = next((ws / "wards").iterdir())
    text = (folder / "ward.yaml").read_text(encoding="utf-8")
    assert "member_organisations: []" in text and "residential_areas: []" in text
    sheet = load_workbook(folder / FORM)[ORGS]
    assert [sheet.cell(row=r, column=1).value for r in (4, 9)] == [
        "Hội Cựu chiến binh", "Hội Khuyến học"]  # fmt: skip
    proposed = load_workbook(folder / "du-kien-uy-ban-khoa-moi.xlsx")[LIST_SHEET]
    assert "Hội Khuyến học" in {c.value for row in proposed.iter_rows() for c in row}
    set_cells(folder / FORM, AREAS, {"A4": "Tổ dân phố số 1", "B4": "TDP 1; Tổ 1"})
    assert run(capsys, "ward", "forms", folder.name, "-w", str(ws), "--force").code == 0
    areas = load_workbook(folder / FORM)[AREAS]
    assert [areas["A4"].value, areas["B4"].value] == ["Tổ dân phố số 1", "TDP 1; Tổ 1"]
    assert load_workbook(folder / FORM)[ORGS]["A9"].value == "Hội Khuyến học"
