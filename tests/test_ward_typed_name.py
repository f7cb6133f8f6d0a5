"""A ward that is not there is named as the officer typed it (accents and all, without terminal
control characters), not by the folder name it was looked up under; the wards are listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run


@pytest.mark.parametrize("command", [("ward", "check"), ("ward", "status"), ("docs", "render")])
def test_unknown_ward_is_echoed_as_typed(
    capsys: pytest.CaptureFixture[str], ws: Path, command: tuple[str, ...]
) -> None:
    result = run(capsys, *command, "Hà Nội", "-w", str(ws))
    assert result.code == 2
    assert "không có phường «Hà Nội»" in result.err
    assert "«ha-noi»" not in result.err
    assert "o-cho-dua, van-mieu" in result.err


def test_control_characters_typed_are_not_echoed(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    result = run(capsys, "ward", "check", "Hà\x1b[2JNội", "-w", str(ws))
    assert result.code == 2
    assert "\x1b" not in result.err
    assert "«Hà[2JNội»" in result.err


def test_a_ward_by_name_still_found(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    assert run(capsys, "ward", "status", "Ô Chợ Dừa", "-w", str(ws)).code == 0
