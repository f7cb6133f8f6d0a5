"""Issue 15: `district run` registers each ward's documents (one transaction per ward) as soon as
the ward's outcome arrives, while the worker processes go on with the next wards — not all at the
end, after the pool. So a ward failing late does not lose the wards before it, a ward failing
early does not stop the wards after it, and a run killed midway leaves whole wards only: every
ward in the registry has all its documents, each file on disk as registered, and a second run
completes the rest. Real SQLite, real worker processes, through the CLI.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from congress.adapters import doc_batch
from tests.cli_helpers import EXAMPLES, ROOT, run

pytestmark = pytest.mark.slow

TODAY = {"CONGRESS_TODAY": "2024-03-20", "CONGRESS_NOW": "2024-03-20T09:00"}
UNDONE = "Không văn kiện nào của lần chạy này được ghi hay đăng ký"


def _unit(folder: Path, size: int) -> list[str]:
    """A workspace of `size` wards, each a copy of the example ward Ô Chợ Dừa; their slugs."""
    slugs = [f"phuong-{i:02d}" for i in range(size)]
    (folder / "wards").mkdir(parents=True)
    (folder / "unit.yaml").write_text(
        "unit: Quận Thử\nterm: 2024-2029\nworkflow: ward-2024-2029\npilot_ward: phuong-00\n"
        "working_groups:\n  - name: Tổ 1\n    wards: [" + ", ".join(slugs) + "]\n",
        encoding="utf-8",
    )
    for slug in slugs:
        target = folder / "wards" / slug
        shutil.copytree(EXAMPLES / "o-cho-dua", target)
        ward = target / "ward.yaml"
        text = ward.read_text(encoding="utf-8").replace("ward: Ô Chợ Dừa", f"ward: Phường {slug}")
        ward.write_text(text, encoding="utf-8")
    return slugs


def _registry(folder: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """Each ward's registered documents: doc → (path, file hash). Read while a run may write."""
    db = folder / ".congress" / "state.db"
    if not db.exists():
        return {}
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
        try:
            rows = conn.execute("SELECT ward, doc, path, file_hash FROM documents").fetchall()
        except sqlite3.OperationalError:  # the schema is not created yet
            return {}
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for ward, doc, path, file_hash in rows:
        found.setdefault(ward, {})[doc] = (path, file_hash)
    return found


def _document_events(folder: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(folder / ".congress" / "state.db")) as conn:
        rows = conn.execute(
            "SELECT ward, count(*) FROM history WHERE trigger LIKE 'document:%' GROUP BY ward"
        ).fetchall()
    return dict(rows)


def _docx(folder: Path, slug: str) -> list[Path]:
    out = folder / "out" / slug
    return sorted(out.glob("*.docx")) if out.is_dir() else []


def _assert_whole(
    folder: Path, ward: str, docs: dict[str, tuple[str, str]], every: set[str]
) -> None:
    """The ward has every document registered, each file on disk holding the registered bytes."""
    assert set(docs) == every, f"{ward}: registered {sorted(docs)}, expected {sorted(every)}"
    for doc, (path, file_hash) in docs.items():
        data = (folder / path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == file_hash, f"{ward} {doc}: not as registered"


def _refuse_rows_of(folder: Path, slug: str) -> None:
    """The database refuses the registry rows of ward `slug` only, as a full disk would."""
    with contextlib.closing(sqlite3.connect(folder / ".congress" / "state.db")) as conn:
        conn.execute(
            f"CREATE TRIGGER refuse_{slug.replace('-', '_')} BEFORE INSERT ON documents "
            f"WHEN NEW.ward = '{slug}' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
        conn.commit()


@pytest.mark.parametrize("failing", [0, -1], ids=["first-ward", "last-ward"])
def test_a_ward_whose_registry_fails_loses_only_itself(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: int,
) -> None:
    for key, value in TODAY.items():
        monkeypatch.setenv(key, value)
    folder = tmp_path / "unit"
    slugs = _unit(folder, 5)
    first = run(capsys, "district", "run", str(folder), "--no-docs")  # the state database
    assert first.code in (0, 1), first.err
    bad = slugs[failing]
    _refuse_rows_of(folder, bad)

    result = run(capsys, "district", "run", str(folder), "--all-docs", "--workers", "2", "--json")

    assert result.code == 1, result.err
    registry = _registry(folder)
    assert bad not in registry
    assert _docx(folder, bad) == []  # its files were put back: none was new, none is left
    every = set(registry[slugs[1 if failing == 0 else 0]])
    assert len(every) >= 12
    for slug in slugs:
        if slug != bad:
            _assert_whole(folder, slug, registry[slug], every)
            assert _document_events(folder)[slug] == len(every)
    wards = {w["slug"]: w for w in result.json()["wards"]}
    assert any(UNDONE in p for p in wards[bad]["problems"]), wards[bad]["problems"]
    assert all(not wards[s]["problems"] for s in slugs if s != bad)


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.add(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_wards_are_registered_while_the_pool_works_and_a_kill_leaves_whole_wards(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "unit"
    slugs = _unit(folder, 24)
    env = {**os.environ, **TODAY}
    args = [sys.executable, "-m", "congress", "district", "run", str(folder), "--all-docs"]
    proc = subprocess.Popen(
        [*args, "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen: dict[str, dict[str, tuple[str, str]]] = {}
    workers_then: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while not seen and proc.poll() is None and time.monotonic() < deadline:
            seen = _registry(folder)
            if seen:
                workers_then = _children(proc.pid)
            time.sleep(0.02)
        assert seen, "no ward registered before the run ended"
        # the first ward was in the registry while the pool was still at work on the others
        assert proc.poll() is None, "the run ended before its first ward was seen registered"
        assert len(workers_then) >= 2, f"worker processes then: {workers_then}"
        assert len(seen) < len(slugs)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        proc.kill()
        proc.wait()

    registry = _registry(folder)
    assert 0 < len(registry) < len(slugs)
    every = set(next(iter(registry.values())))
    for ward, docs in registry.items():
        _assert_whole(folder, ward, docs, every)
    # a ward killed midway is not in the registry; at most the one in flight has files
    half = [s for s in slugs if s not in registry and _docx(folder, s)]
    assert len(half) <= 1, half

    again = subprocess.run(
        args, check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert again.returncode in (0, 1), again.stderr
    registry = _registry(folder)
    assert sorted(registry) == slugs
    for ward, docs in registry.items():
        _assert_whole(folder, ward, docs, every)
        assert not list((folder / "out" / ward).glob("* (ban moi).docx"))


def test_a_disk_that_fails_at_sync_writes_and_registers_nothing(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files of a run are synced to the disk together, before any is renamed: a full disk
    that says so only at `fsync` (delayed allocation) leaves the folder and registry as they were."""
    from tests.test_registry_runs import (
        _assert_nothing_changed,
        _changed_run,
        _files,
        _history_rows,
        registry_of,
    )

    _changed_run(capsys, ws)
    before = (_files(ws), registry_of(ws), _history_rows(ws))
    real, calls = os.fsync, []

    def full_disk(handle: int) -> None:
        calls.append(handle)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(handle)

    monkeypatch.setattr(doc_batch.os, "fsync", full_disk)
    result = run(capsys, "docs", "render", "o-cho-dua", "-w", str(ws))
    assert result.code == 2
    assert len(calls) >= 3
    assert os.strerror(errno.ENOSPC) in result.err
    _assert_nothing_changed(ws, *before, result.err)
