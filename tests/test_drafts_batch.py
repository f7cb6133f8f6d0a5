"""`congress docs draft` through the same batch and registry as `docs render` (issue 14 point 6).

The three Word drafts are written to temporary files first, then moved into place and registered
in one transaction. An edited draft gets ONE «(ban moi)» copy with --force, replaced on later runs,
the registry keeping the officer's draft and the copy; an edited copy stops the run. A draft open
in Word (every lock name Word and LibreOffice write) or a full disk on the third draft leaves every
draft, the registry and the history as they were, and says that nothing of the run was written.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document

from tests.cli_helpers import Run, run
from tests.docx_helpers import text_of
from tests.test_registry_runs import full_disk_at, refuse_document_rows, registry_of

WARD = "o-cho-dua"
FILES = ("bao-cao-chinh-tri.docx", "bao-cao-kiem-diem.docx", "chuong-trinh-hanh-dong.docx")
COPY = "bao-cao-chinh-tri (ban moi).docx"
UNDONE = "Không văn kiện nào của lần chạy này được ghi hay đăng ký"


def _draft(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> Run:
    return run(capsys, "docs", "draft", WARD, *args, "-w", str(ws), "--json")


def _folder(ws: Path) -> Path:
    return ws / "wards" / WARD / "van-kien"


def _files(ws: Path) -> dict[str, bytes]:
    """Every file of the drafts folder, hidden ones included (temporary files, kept copies)."""
    return {p.name: p.read_bytes() for p in sorted(_folder(ws).iterdir())}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _history(ws: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(ws / ".congress" / "state.db") as conn:
        return conn.execute("SELECT * FROM history ORDER BY id").fetchall()


def _state(ws: Path) -> tuple[Any, ...]:
    return _files(ws), registry_of(ws), _history(ws)


def _new_data(ws: Path, text: str) -> None:
    """A new introduction in every draft: the three drafts' content changes."""
    path = ws / "wards" / WARD / "drafts.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for part in ("political_report", "review_report", "action_programme"):
        data[part]["introduction"] = text
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _edit(path: Path, text: str) -> bytes:
    document = Document(str(path))
    document.add_paragraph(text)
    document.save(str(path))
    return path.read_bytes()


def test_forced_runs_leave_one_copy_and_the_registry_keeps_both(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    first = _draft(capsys, ws)
    assert first.code == 0, first.err
    officer = _folder(ws) / FILES[0]
    generated = _sha(officer)
    edited = _edit(officer, "Đoạn cán bộ viết thêm bằng Word.")
    for number in range(1, 6):  # 5 forced runs, each with new content
        _new_data(ws, f"Mở đầu lần {number}.")
        result = _draft(capsys, ws, "--force")
        assert result.code == 0, result.err
        drafts = result.json()["drafts"]
        assert [d["action"] for d in drafts] == ["beside", "refreshed", "refreshed"]
        assert drafts[0]["path"] == f"wards/{WARD}/van-kien/{COPY}"
        assert sorted(_files(ws)) == sorted((*FILES, COPY))  # one copy, no leftovers
        assert f"Mở đầu lần {number}." in text_of(Document(str(_folder(ws) / COPY)))
    assert officer.read_bytes() == edited  # never touched
    path, file_hash, copy_path, copy_hash, _ = registry_of(ws)["van_kien:bao_cao_chinh_tri"]
    assert (path, copy_path) == (f"wards/{WARD}/van-kien/{FILES[0]}", f"wards/{WARD}/van-kien/{COPY}")  # fmt: skip
    assert file_hash == generated != _sha(officer)  # so the draft still reads as edited
    assert copy_hash == _sha(_folder(ws) / COPY)
    # a forced run with nothing new records nothing; a plain run keeps the edited draft
    rows = len(_history(ws))
    again = _draft(capsys, ws, "--force").json()["drafts"]
    assert [d["action"] for d in again] == ["beside", "unchanged", "unchanged"]
    assert len(_history(ws)) == rows
    plain = _draft(capsys, ws).json()["drafts"]
    assert (plain[0]["action"], plain[0]["path"]) == ("kept", f"wards/{WARD}/van-kien/{FILES[0]}")


def test_an_edited_copy_stops_the_forced_run(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    assert _draft(capsys, ws).code == 0
    _edit(_folder(ws) / FILES[0], "Sửa bản của cán bộ.")
    _new_data(ws, "Mở đầu lần một.")
    assert _draft(capsys, ws, "--force").code == 0
    _edit(_folder(ws) / COPY, "Sửa cả bản mới.")
    _new_data(ws, "Mở đầu lần hai.")
    before = _state(ws)
    result = run(capsys, "docs", "draft", WARD, "--force", "-w", str(ws))
    assert result.code == 2
    assert f"bản mới bên cạnh {COPY} cũng đã được sửa" in result.err
    assert "--force" not in result.err  # the hint of `docs render` does not apply here
    assert UNDONE in result.err and "Traceback" not in result.err
    assert _state(ws) == before  # the two unedited drafts were not refreshed either


def _changed(capsys: pytest.CaptureFixture[str], ws: Path) -> tuple[Any, ...]:
    """Drafts written and registered, then new data: every draft would be refreshed."""
    assert _draft(capsys, ws).code == 0
    _new_data(ws, "Mở đầu mới.")
    return _state(ws)


@pytest.mark.parametrize(
    "lock",
    [
        "~$chuong-trinh-hanh-dong.docx",  # Excel's form, and Word's for a short name
        "~$uong-trinh-hanh-dong.docx",  # Word: a long name loses its first two letters
        ".~lock.chuong-trinh-hanh-dong.docx#",  # LibreOffice
    ],
)
def test_the_third_draft_open_in_word_leaves_everything_as_it_was(
    capsys: pytest.CaptureFixture[str], ws: Path, lock: str
) -> None:
    _changed(capsys, ws)
    (_folder(ws) / lock).write_bytes(b"\x0bNguyen Van An" + bytes(150))
    before = _state(ws)
    result = run(capsys, "docs", "draft", WARD, "-w", str(ws))
    assert result.code == 2
    assert "đang mở trong" in result.err and lock in result.err and FILES[2] in result.err
    assert UNDONE in result.err and "Traceback" not in result.err
    assert _state(ws) == before
    # closed again: the run goes through
    (_folder(ws) / lock).unlink()
    after = _draft(capsys, ws)
    assert [d["action"] for d in after.json()["drafts"]] == ["refreshed"] * 3


def test_a_full_disk_on_the_third_draft_writes_and_registers_nothing(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _changed(capsys, ws)
    before = _state(ws)
    calls = full_disk_at(monkeypatch, 3)
    result = run(capsys, "docs", "draft", WARD, "-w", str(ws))
    assert result.code == 2
    assert len(calls) == 3
    assert os.strerror(errno.ENOSPC) in result.err and FILES[2] in result.err
    assert UNDONE in result.err and "Traceback" not in result.err
    assert _state(ws) == before  # no draft rewritten, no temporary file left, nothing recorded


def test_a_database_that_refuses_the_rows_puts_the_drafts_back(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    _changed(capsys, ws)
    refuse_document_rows(ws)
    before = _state(ws)
    result = run(capsys, "docs", "draft", WARD, "-w", str(ws))
    assert result.code == 2
    assert "database or disk is full" in result.err and UNDONE in result.err
    assert _state(ws) == before
