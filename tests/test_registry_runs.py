"""Issue 14 point 6 and a full disk (point 8): the registry of generated documents never drifts.

An edited document gets ONE «(ban moi)» copy, replaced on later runs, and the registry keeps the
officer's file as the document's path beside the generated copy. A run writes every document to
a temporary file first, then moves them all into place and registers them in one transaction: a
full disk, a file open in Word, a move that fails or a database that refuses the rows leave the
folder and the registry exactly as they were, and the message says nothing was written.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from congress.adapters import doc_batch
from tests.cli_helpers import replace, run
from tests.docx_helpers import text_of

WARD = "o-cho-dua"
UNDONE = "Không văn kiện nào của lần chạy này được ghi hay đăng ký"


def _render(capsys: pytest.CaptureFixture[str], ws: Path, *docs: str) -> Any:
    return run(capsys, "docs", "render", WARD, *docs, "-w", str(ws), "--json")


def _out(ws: Path) -> Path:
    return ws / "out" / WARD


def registry_of(ws: Path, ward: str = WARD) -> dict[str, tuple[str, ...]]:
    with sqlite3.connect(ws / ".congress" / "state.db") as conn:
        rows = conn.execute(
            "SELECT doc, path, file_hash, copy_path, copy_hash, data_hash FROM documents"
            " WHERE ward = ?",
            (ward,),
        ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def _history_rows(ws: Path) -> int:
    with sqlite3.connect(ws / ".congress" / "state.db") as conn:
        return int(conn.execute("SELECT count(*) FROM history").fetchone()[0])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(ws: Path) -> dict[str, bytes]:
    """Every file of the ward's output folder, hidden ones included (temporary files)."""
    return {p.name: p.read_bytes() for p in sorted(_out(ws).iterdir())}


def _edit(path: Path, text: str) -> bytes:
    document = Document(str(path))
    document.add_paragraph(text)
    document.save(str(path))
    return path.read_bytes()


def _number(ws: Path, old: str, new: str) -> None:
    """Change the to_trinh's number: its generated content changes."""
    replace(ws / "wards" / WARD / "congress.yaml", f"number: '{old}'", f"number: '{new}'")


def test_an_edited_document_gets_one_copy_however_many_runs(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    first = _render(capsys, ws, "to_trinh").json()["documents"][0]
    target = Path(first["path"])
    generated = _sha(target)
    officer = _edit(target, "Ý kiến của Thường trực Đảng ủy.")
    copies = []
    for number in range(13, 20):  # 7 runs, each with new content
        _number(ws, str(number - 1), str(number))
        result = _render(capsys, ws, "to_trinh")
        assert result.code == 0, result.err
        (doc,) = result.json()["documents"]
        assert (doc["action"], doc["edited"]) == ("beside", str(target))
        copies = sorted(p.name for p in _out(ws).glob("to-trinh*"))
        assert copies == ["to-trinh (ban moi).docx", "to-trinh.docx"]
        assert f"Số: {number}/TTr" in text_of(Document(doc["path"]))
    assert target.read_bytes() == officer  # the officer's file, never touched
    rows = _history_rows(ws)
    again = _render(capsys, ws, "to_trinh").json()["documents"][0]
    assert (again["action"], _history_rows(ws)) == ("beside", rows)  # nothing new to record
    copy = _out(ws) / copies[0]
    path, file_hash, copy_path, copy_hash, _ = registry_of(ws)["to_trinh"]
    # the registry keeps both: the officer's file as the document, the generated copy beside it
    assert (path, copy_path) == (f"out/{WARD}/to-trinh.docx", f"out/{WARD}/{copies[0]}")
    assert file_hash == generated != _sha(target)  # so the file still reads as edited
    assert copy_hash == _sha(copy)
    leftovers = [p.name for p in _out(ws).iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_a_run_that_changes_nothing_adds_no_history(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    assert _render(capsys, ws, "to_trinh", "ke_hoach").code == 0
    rows = _history_rows(ws)
    again = _render(capsys, ws, "to_trinh", "ke_hoach")
    assert [d["action"] for d in again.json()["documents"]] == ["unchanged", "unchanged"]
    assert _history_rows(ws) == rows


def test_an_edited_copy_is_not_overwritten_either(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    target = Path(_render(capsys, ws, "to_trinh").json()["documents"][0]["path"])
    officer = _edit(target, "Sửa lần một.")
    _number(ws, "12", "13")
    copy = Path(_render(capsys, ws, "to_trinh").json()["documents"][0]["path"])
    edited_copy = _edit(copy, "Sửa cả bản mới.")
    _number(ws, "13", "14")
    result = run(capsys, "docs", "render", WARD, "to_trinh", "-w", str(ws))
    assert result.code == 2
    assert "cả tệp này và bản mới bên cạnh to-trinh (ban moi).docx" in result.err
    assert UNDONE in result.err
    assert (target.read_bytes(), copy.read_bytes()) == (officer, edited_copy)


def full_disk_at(monkeypatch: pytest.MonkeyPatch, nth: int) -> list[int]:
    """The `nth` file a batch writes fails as on a full disk (ENOSPC); the calls, counted."""
    real, calls = doc_batch.write, []

    def full_disk(out: Any, data: bytes) -> None:
        calls.append(1)
        if len(calls) == nth:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(out, data)

    monkeypatch.setattr(doc_batch, "write", full_disk)
    return calls


def refuse_document_rows(ws: Path) -> None:
    """The database refuses every new registry row, as on a full disk."""
    with sqlite3.connect(ws / ".congress" / "state.db") as conn:
        conn.execute(
            "CREATE TRIGGER disk_full BEFORE INSERT ON documents "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )


def _changed_run(capsys: pytest.CaptureFixture[str], ws: Path) -> list[str]:
    """A first full render, then a data change that makes every document different."""
    first = _render(capsys, ws)
    assert first.code == 0, first.err
    replace(ws / "wards" / WARD / "congress.yaml", "ordinal: XVII", "ordinal: XVIII")
    return [Path(d["path"]).name for d in first.json()["documents"]]


def _assert_nothing_changed(
    ws: Path, files: dict[str, bytes], registry: dict[str, Any], rows: int, err: str
) -> None:
    assert UNDONE in err, err
    assert "Traceback" not in err
    assert _files(ws) == files  # no file rewritten, no temporary file or kept copy left
    assert registry_of(ws) == registry
    assert _history_rows(ws) == rows


def test_a_full_disk_midway_writes_and_registers_nothing(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = _changed_run(capsys, ws)
    assert len(names) >= 5
    before = (_files(ws), registry_of(ws), _history_rows(ws))
    full_disk_at(monkeypatch, 4)
    result = run(capsys, "docs", "render", WARD, "-w", str(ws))
    assert result.code == 2
    assert os.strerror(errno.ENOSPC) in result.err
    _assert_nothing_changed(ws, *before, result.err)


def test_a_move_that_fails_after_others_puts_them_back(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file Word holds open on Windows cannot be replaced: the 4th move fails after three."""
    _changed_run(capsys, ws)
    before = (_files(ws), registry_of(ws), _history_rows(ws))
    real, moves = os.replace, []

    def locked(src: Any, dst: Any) -> None:
        if str(src).endswith(".congress-tmp"):
            moves.append(dst)
            if len(moves) == 4:
                raise PermissionError(errno.EACCES, "The process cannot access the file")
        real(src, dst)

    monkeypatch.setattr(doc_batch.os, "replace", locked)
    result = run(capsys, "docs", "render", WARD, "-w", str(ws))
    assert result.code == 2
    assert len(moves) == 4
    _assert_nothing_changed(ws, *before, result.err)


def test_a_database_that_refuses_the_rows_puts_the_files_back(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """The case of the report: the documents were written, the database then failed (a full
    disk) and the run said «nothing changed». Here the database really refuses the rows."""
    _changed_run(capsys, ws)
    refuse_document_rows(ws)
    before = (_files(ws), registry_of(ws), _history_rows(ws))
    result = run(capsys, "docs", "render", WARD, "-w", str(ws))
    assert result.code == 2
    assert "database or disk is full" in result.err
    _assert_nothing_changed(ws, *before, result.err)


def test_a_document_open_in_word_stops_the_run_before_any_write(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    names = _changed_run(capsys, ws)
    (_out(ws) / f".~lock.{names[-1]}#").write_text("Nguyễn Văn An", encoding="utf-8")
    before = (_files(ws), registry_of(ws), _history_rows(ws))
    result = run(capsys, "docs", "render", WARD, "-w", str(ws))
    assert result.code == 2
    assert "đang mở trong LibreOffice" in result.err and names[-1] in result.err
    _assert_nothing_changed(ws, *before, result.err)


def test_a_district_run_undoes_only_the_ward_that_failed(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """One ward's document open in Word: that ward is written and registered whole or not at all
    and says so; the other ward's documents are written and registered."""
    first = run(capsys, "district", "run", str(ws), "--all-docs", "--json")
    assert first.code == 0, first.err
    replace(ws / "wards" / WARD / "congress.yaml", "ordinal: XVII", "ordinal: XVIII")
    other = ws / "out" / "van-mieu"
    replace(ws / "wards" / "van-mieu" / "congress.yaml", "ordinal: XVII", "ordinal: XVIII")
    (_out(ws) / ".~lock.to-trinh.docx#").write_text("An", encoding="utf-8")
    before = (_files(ws), registry_of(ws))
    others = {p.name: p.read_bytes() for p in other.iterdir()}
    registered = registry_of(ws, "van-mieu")
    result = run(capsys, "district", "run", str(ws), "--all-docs", "--json")
    assert result.code == 1
    wards = {w["slug"]: w for w in result.json()["wards"]}
    (problem,) = wards[WARD]["problems"]
    assert UNDONE in problem and "to-trinh.docx" in problem
    assert wards[WARD]["documents"] == []
    assert (_files(ws), registry_of(ws)) == before
    assert wards["van-mieu"]["problems"] == []
    changed = [p.name for p in other.iterdir() if others.get(p.name) != p.read_bytes()]
    assert len(changed) >= 5
    now = registry_of(ws, "van-mieu")
    assert sorted(d for d in now if now[d] != registered[d]) == sorted(
        d for d in now if Path(now[d][0]).name in changed
    )


def test_a_run_sweeps_the_hidden_files_a_killed_run_left(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """A process killed between staging and the end leaves hidden temporaries and kept copies;
    the next run that writes in the folder removes those older than an hour, and only those."""
    out = _out(ws)
    out.mkdir(parents=True, exist_ok=True)
    stale_tmp = out / ".to-trinh.docx.k1ll3d.congress-tmp"
    stale_old = out / ".ke-hoach.docx.0123456789ab.congress-old"
    young_tmp = out / ".to-trinh.docx.ab12cd.congress-tmp"
    officer = out / ".ghi-chu.congress-tmp.txt"  # not ours: another name shape
    for path in (stale_tmp, stale_old, young_tmp, officer):
        path.write_bytes(b"left over")
    two_hours_ago = time.time() - 2 * 3600
    for path in (stale_tmp, stale_old, officer):
        os.utime(path, (two_hours_ago, two_hours_ago))
    assert _render(capsys, ws, "to_trinh").code == 0
    assert not stale_tmp.exists() and not stale_old.exists()
    assert young_tmp.exists() and officer.exists()
