"""Piped, a table is as wide as its content: not squeezed to 80 columns, no cell wrapped."""

from __future__ import annotations

import pytest

from congress.cli.term import make_console
from tests.cli_helpers import EXAMPLES, run

HINT = "→ Tối đa 33/55 người được tái cử: thay ít nhất 1 người tái cử bằng người mới."
MESSAGE = "Tỷ lệ tái cử 34/55 (61,82%) vượt mức tối đa 60% (mẫu số: số lượng Ủy viên dự kiến)."


def test_a_piped_table_keeps_each_cell_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "personnel", "check", str(EXAMPLES / "van-mieu"))
    assert result.code == 1
    lines = result.out.splitlines()
    assert any(HINT in line for line in lines), "the hint was wrapped"
    assert any(MESSAGE in line for line in lines), "the message was wrapped"
    assert max(len(line) for line in lines) > 80
    # not stretched to the pipe's width either: the table is as wide as its longest cell
    assert max(len(line) for line in lines) < 400


def test_a_console_on_a_pipe_is_wide_and_on_a_terminal_fits_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    assert make_console().width >= 200  # pytest's stdout is not a terminal
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert make_console(width=90).width == 90
    assert make_console().width != 400
