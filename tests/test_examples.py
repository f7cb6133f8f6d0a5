"""The committed example wards must be exactly what scripts/make_examples.py generates."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_examples.py"
COMMITTED = ROOT / "examples" / "wards"
WARDS = ("o-cho-dua", "van-mieu")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wards")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def generated_files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def workbook_content(path: Path) -> list[tuple[str, list[tuple[object, ...]], list[str]]]:
    """Sheet names, every cell value and the merged ranges: what matters, not the bytes."""
    wb = openpyxl.load_workbook(path)
    try:
        return [
            (
                ws.title,
                list(ws.iter_rows(values_only=True)),
                sorted(str(r) for r in ws.merged_cells.ranges),
            )
            for ws in wb.worksheets
        ]
    finally:
        wb.close()


def test_generator_writes_both_wards(generated: Path) -> None:
    files = generated_files(generated)
    for ward in WARDS:
        names = {f.name for f in files if f.parts[0] == ward}
        assert "ward.yaml" in names
        assert "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx" in names
        assert {"drafts.yaml", "congress.yaml"} <= names
        assert len(names) == 5


def test_generated_files_match_committed(generated: Path) -> None:
    drift = []
    for rel in generated_files(generated):
        new, old = generated / rel, COMMITTED / rel
        if not old.is_file():
            drift.append(f"{rel}: not committed")
        elif rel.suffix == ".xlsx":
            if workbook_content(new) != workbook_content(old):
                drift.append(f"{rel}: sheets, cell values or merged cells differ")
        elif new.read_bytes() != old.read_bytes():
            drift.append(f"{rel}: bytes differ")
    assert not drift, "rerun `python scripts/make_examples.py` and commit:\n" + "\n".join(drift)
