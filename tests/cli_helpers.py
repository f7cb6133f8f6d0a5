"""Run the real `congress` entry point in-process and capture exit code and output."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from congress.cli.main import main
from congress.i18n import set_lang

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "wards"

# what every refused workbook says (the catalogue's «sheet.not_spreadsheet», Vietnamese)
NOT_A_SPREADSHEET = "không phải bảng tính đọc được (Excel .xlsx, .xls, LibreOffice .ods hay CSV)"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    set_lang("vi")
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    code = exit_info.value.code
    return Run(code if isinstance(code, int) else 1, captured.out, captured.err)


def replace(path: Path, old: str, new: str) -> str:
    """Replace the first `old` in the file by `new` (which must be there) and return the text."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text
