"""Levels are data (issue 11): the ward's type, the supervising level, the ordinal and the term
come from the unit and ward files; datelines, symbols, signatures and numbers follow NĐ 30.
The 2025-2030 example (examples/tinh-mau) runs end to end and is read back from its DOCX."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
import yaml
from pydantic import ValidationError

from congress.core.figures import Ratio
from congress.core.levels import full_name, infer_level, place_name, split_ward_name
from congress.core.unit import UnitFile
from congress.core.vn_format import dateline, day_month
from congress.core.ward import WardFile
from tests.cli_helpers import run
from tests.docx_helpers import text_of

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "tinh-mau"
UNITS = {"dong-tien": "xã Đồng Tiến", "hoa-binh": "xã Hòa Bình", "trung-tam": "phường Trung Tâm"}
LISTS = {"ward": "x", "planned_size": 50, "lists": {"proposed": "a.csv"}}


# -- names and levels (pure) --------------------------------------------------------------------


def test_a_commune_is_never_a_phuong() -> None:
    ward = WardFile.model_validate({**LISTS, "ward": "Xã Sóc Sơn"})
    assert (ward.kind, ward.full_name, ward.place) == ("xã", "xã Sóc Sơn", "Sóc Sơn")
    typed = WardFile.model_validate({**LISTS, "ward": "Sóc Sơn", "unit_type": "Xã"})
    assert typed.full_name == "xã Sóc Sơn"
    with pytest.raises(ValidationError):
        WardFile.model_validate({**LISTS, "ward": "Xã Sóc Sơn", "unit_type": "phường"})
    with pytest.raises(ValidationError):
        WardFile.model_validate({**LISTS, "unit_type": "thôn"})


def test_a_numbered_ward_keeps_its_word() -> None:
    assert split_ward_name("Phường 5") == ("phường", "5")
    assert (full_name("phường", "5"), place_name("phường", "5")) == ("Phường 5", "Phường 5")
    ward = WardFile.model_validate({**LISTS, "ward": "Phường 5"})
    assert ward.full_name == ward.place == "Phường 5"
    assert WardFile.model_validate({**LISTS, "ward": "Ô Chợ Dừa"}).full_name == "phường Ô Chợ Dừa"


@pytest.mark.parametrize(
    ("unit", "level"),
    [("Thành phố Thủ Đức", "thành phố"), ("Tỉnh Mẫu", "tỉnh"), ("Huyện Sóc Sơn", "huyện"),
     ("Thị xã Sơn Tây", "thị xã"), ("Quận Đống Đa", "quận"), ("Hội Cựu chiến binh", None)],
)  # fmt: skip
def test_the_level_is_read_from_the_units_name(unit: str, level: str | None) -> None:
    assert infer_level(unit) == level
    data = {"unit": unit, "term": "2025-2030", "workflow": "w"}
    assert UnitFile.model_validate(data).level == level


def test_ordinals_are_roman() -> None:
    assert WardFile.model_validate({**LISTS, "ordinal": 17}).ordinal == "XVII"
    assert WardFile.model_validate({**LISTS, "ordinal": "i"}).ordinal == "I"
    with pytest.raises(ValidationError):
        WardFile.model_validate({**LISTS, "ordinal": "17th"})


def test_one_date_rule_and_grouped_figures() -> None:
    from datetime import date

    assert day_month(date(2024, 3, 5)) == ("05", "3")
    assert day_month(date(2024, 2, 15)) == ("15", "02")
    assert dateline("Ô Chợ Dừa", date(2024, 12, 1)) == "Ô Chợ Dừa, ngày 01 tháng 12 năm 2024"
    assert Ratio(count=6241, of=6731).text == "6.241/6.731 (92,72%)"


# -- init -----------------------------------------------------------------------------------------


def test_init_writes_the_level_of_a_city_and_the_type_of_a_commune(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "ws"
    result = run(capsys, "init", str(target), "--unit", "Thành phố Thủ Đức", "--ward", "Xã Sóc Sơn", "--ward", "Linh Trung")  # fmt: skip
    assert result.code == 0, result.err
    unit = yaml.safe_load((target / "unit.yaml").read_text(encoding="utf-8"))
    assert unit["level"] == "thành phố"
    commune = yaml.safe_load((target / "wards" / "xa-soc-son" / "ward.yaml").read_text("utf-8"))
    assert (commune["ward"], commune["unit_type"]) == ("Sóc Sơn", "xã")
    ward = yaml.safe_load((target / "wards" / "linh-trung" / "ward.yaml").read_text("utf-8"))
    assert ward["unit_type"] == "phường"
    plain = tmp_path / "plain"
    assert run(capsys, "init", str(plain), "--unit", "Q", "--ward", "A").code == 0
    assert yaml.safe_load((plain / "unit.yaml").read_text(encoding="utf-8"))["level"] is None


# -- the 2025-2030 example, end to end -----------------------------------------------------------


@pytest.mark.slow
def test_the_generator_reproduces_the_committed_example(tmp_path: Path) -> None:
    out = tmp_path / "tinh-mau"
    script = ROOT / "scripts" / "make_tinh_mau.py"
    proc = subprocess.run([sys.executable, str(script), "--out", str(out)], capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    made = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    kept = sorted(p.relative_to(EXAMPLE) for p in EXAMPLE.rglob("*") if p.is_file() and ".congress" not in p.parts and "out" not in p.parts)  # fmt: skip
    assert made == kept
    for path in made:
        assert (out / path).read_bytes() == (EXAMPLE / path).read_bytes(), path


def header(path: Path) -> list[str]:
    cells = docx.Document(str(path)).tables[0].rows[0].cells
    return [p.text for cell in cells for p in cell.paragraphs if p.text]


def signature(path: Path) -> list[list[str]]:
    cells = docx.Document(str(path)).tables[-1].rows[0].cells
    return [[p.text for p in cell.paragraphs if p.text] for cell in cells]


def test_the_province_example_runs_end_to_end(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = tmp_path / "tinh-mau"
    shutil.copytree(EXAMPLE, ws)
    for slug, full in UNITS.items():
        checked = run(capsys, "personnel", "check", str(ws / "wards" / slug))
        assert checked.code == 0, checked.out + checked.err
        rendered = run(capsys, "docs", "render", slug, "-w", str(ws))
        assert rendered.code == 0, rendered.err
        out = ws / "out" / slug
        plan = out / "ke-hoach.docx"
        text = text_of(docx.Document(str(plan)))
        assert f"Đại hội đại biểu MTTQ Việt Nam {full} lần thứ I, nhiệm kỳ 2025-2030" in text
        for word in ("phường", "xã"):
            bare = full.split(" ", 1)[1]
            assert f"{word} {bare}" in text or not full.startswith(word)
        assert "phường Xã" not in text and "QUẬN" not in text and "quận" not in text
        top = header(plan)
        assert top[0] == f"ỦY BAN MTTQ VIỆT NAM {full.upper()}"
        assert top[2].endswith("/KH-MTTQ-BTT")
        assert top[-1].startswith(f"{full.split(' ', 1)[1]}, ngày ")
        resolution = out / "nghi-quyet.docx"
        top = header(resolution)
        assert top[:2] == ["ỦY BAN MTTQ VIỆT NAM TỈNH MẪU", f"ĐẠI HỘI ĐẠI BIỂU MTTQ VIỆT NAM {full.upper()} LẦN THỨ I"]  # fmt: skip
        assert top[2] == "Số: 01/NQ-ĐH"
        # the Đoàn Chủ tịch has no chair: no «CHỦ TỊCH» under TM. ĐOÀN CHỦ TỊCH
        assert signature(resolution)[1][:1] == ["TM. ĐOÀN CHỦ TỊCH"]
        assert "CHỦ TỊCH" not in signature(resolution)[1][1:]
        minutes = signature(out / "bien-ban.docx")
        assert minutes[0][0] == "THƯ KÝ ĐẠI HỘI" and minutes[1][0] == "TM. ĐOÀN CHỦ TỊCH"
        assert not any("Nơi nhận" in line for column in signature(out / "kich-ban-dieu-hanh.docx") for line in column)  # fmt: skip
    assert "ngày 05 tháng 7 năm 2025" in header(ws / "out" / "dong-tien" / "ke-hoach.docx")[-1]

    district = run(capsys, "district", "run", str(ws))
    assert district.code == 0, district.err
    for report in ("bao-cao-tien-do.docx", "bao-cao-tong-hop.docx"):
        top = header(ws / "out" / report)
        assert top[0] == "ỦY BAN MTTQ VIỆT NAM TỈNH MẪU"
        assert top[2].endswith("/BC-MTTQ-BTT")
        assert top[-1].startswith("Mẫu, ngày ")
        text = text_of(docx.Document(str(ws / "out" / report)))
        assert "xã, phường" in text and "quận" not in text.lower()
