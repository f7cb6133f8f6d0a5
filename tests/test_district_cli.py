"""`congress district run | status` on a copy of the example workspace."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document

from tests.cli_helpers import replace, run


def test_district_run_checks_every_ward_and_writes_the_outputs(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "district", "run", str(ws), "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert [w["slug"] for w in report["wards"]] == ["o-cho-dua", "van-mieu"]
    assert {w["state"] for w in report["wards"]} <= {"ok", "blocked"}
    shares = {w["slug"]: w["shares"] for w in report["wards"]}
    van_mieu = shares["van-mieu"]["re_elected"]
    assert van_mieu["ratio"] == {
        "count": 34,
        "of": 55,
        "denominator": "planned",
        "percent": 61.82,
        "text": "34/55 (61,82%)",
    }
    assert van_mieu["bound"] == {"kind": "max", "percent": 60, "max_count": 33, "text": "60%"}
    assert van_mieu["ok"] is False
    totals = report["totals"]["shares"]["re_elected"]  # 30 + 34 of 55 + 55
    assert totals["ratio"] == {
        "count": 64,
        "of": 110,
        "denominator": "planned",
        "percent": 58.18,
        "text": "64/110 (58,18%)",
    }
    outputs = report["outputs"]
    for key in ("dashboard", "xlsx", "bao_cao_tien_do", "bao_cao_tong_hop"):
        assert (ws / outputs[key]).is_file(), key
    html = (ws / outputs["dashboard"]).read_text(encoding="utf-8")
    assert "Ô Chợ Dừa" in html and "Văn Miếu" in html
    assert "http" not in html
    book = openpyxl.load_workbook(ws / outputs["xlsx"])
    values = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert "Ô Chợ Dừa" in values and "Văn Miếu" in values
    texts = [p.text for p in Document(str(ws / outputs["bao_cao_tong_hop"])).paragraphs]
    assert any("BÁO CÁO" in t for t in texts)
    # The documents due at each ward's stage were written (both wards are at the first stage).
    assert (ws / "out" / "o-cho-dua" / "ke-hoach.docx").is_file()
    history = run(capsys, "ward", "history", "o-cho-dua", "-w", str(ws), "--json").json()
    assert any(h["trigger"] == "document:ke_hoach" for h in history["history"])


def test_a_ward_missing_data_is_shown_and_the_others_go_on(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    (ws / "wards" / "van-mieu" / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx").unlink()
    broken = ws / "wards" / "o-cho-dua" / "uy-ban-nhiem-ky-2019-2024.csv"
    broken.write_bytes(b"\x00\x01\x02 not a spreadsheet")
    result = run(capsys, "district", "run", str(ws), "--json")
    assert result.code == 1
    wards = {w["slug"]: w for w in result.json()["wards"]}
    assert wards["van-mieu"]["state"] == "missing_data"
    assert any("du-kien-uy-ban-nhiem-ky-2024-2029.xlsx" in p for p in wards["van-mieu"]["problems"])
    assert wards["o-cho-dua"]["state"] == "missing_data"
    assert any("uy-ban-nhiem-ky-2019-2024.csv" in p for p in wards["o-cho-dua"]["problems"])
    text = run(capsys, "district", "status", str(ws))
    assert "thiếu dữ liệu" in text.out
    assert "Traceback" not in text.err


def test_a_workspace_without_a_pilot_is_said(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    replace(ws / "unit.yaml", "pilot_ward: o-cho-dua", "pilot_ward: null")
    result = run(capsys, "district", "status", str(ws))
    assert result.code == 0
    assert "Chưa chọn phường đại hội điểm" in result.out


def test_district_status_json_is_one_document(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    result = run(capsys, "district", "status", str(ws), "--json")
    assert result.code == 0
    report = result.json()
    assert report["totals"]["wards"] == 2
    assert sum(report["totals"]["by_stage"].values()) == 2
    assert not (ws / "out").exists()  # status writes nothing
