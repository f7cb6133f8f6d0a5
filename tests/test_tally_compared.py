"""The passed «tally_consistent» finding says only what was compared (QA: a show-of-hands-only
congress was told its ballots, alternates and Ban Thường trực reconciled)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run


def _consistent(capsys: pytest.CaptureFixture[str], ws: Path, *lang: str) -> str:
    result = run(capsys, *lang, "tally", "o-cho-dua", "-w", str(ws), "--json")
    # a tally without a delegation or a first meeting leaves their rules not checked, which
    # blocks (exit 1); the consistency rule itself must have passed
    assert result.code in (0, 1), result.err
    (found,) = [f for f in result.json()["findings"] if f["rule"] == "tally_consistent"]
    assert found["status"] == "passed"
    return str(found["message"])


def test_hands_only_claims_no_ballots_nor_lists(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    tally = ws / "wards" / "o-cho-dua" / "tally.yaml"
    text = tally.read_text(encoding="utf-8")
    tally.write_text(text[: text.index("\ncommittee:")] + "\n", encoding="utf-8")
    message = _consistent(capsys, ws)
    assert "có mặt ≤ triệu tập" in message
    assert "tán thành + không tán thành + không biểu quyết = có mặt" in message
    for never in ("phiếu thu vào", "hợp lệ", "dự khuyết", "Ban Thường trực", "mỗi người"):
        assert never not in message, never
    english = _consistent(capsys, ws, "--lang", "en")
    assert "collected" not in english and "alternate" not in english
    assert "present ≤ convened" in english


def test_full_tally_lists_every_comparison(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    message = _consistent(capsys, ws)
    for compared in ("phiếu thu vào ≤ phát ra ≤ có mặt", "dự khuyết không trùng chính thức",
                     "thành viên Ban Thường trực đều trong danh sách Ủy ban", "mỗi người"):  # fmt: skip
        assert compared in message, compared
