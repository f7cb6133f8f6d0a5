"""The state database (congress.adapters.store) on real SQLite files and PostgreSQL databases.

The tests taking `db` (or `store`) run on both (the `state_database` fixture: CONGRESS_DATABASE_URL
set to a fresh PostgreSQL database, `db` then only names the workspace's file, which stays
absent); those taking `sqlite_db` are about the SQLite file itself (corrupt files, file locks).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from congress.adapters.store import FAILPOINT, SqlStore, open_store
from congress.adapters.store_engine import make_engine
from congress.adapters.store_pg import configured_url
from congress.adapters.store_schema import BEGIN_OPTION, LATEST, SqliteHook, upgrade
from congress.adapters.workspace import state_db
from congress.core.records import (
    Acknowledgement,
    Approval,
    Confirmation,
    EventKind,
    ExceptionGrant,
    GeneratedDocument,
    NewEvent,
    WardRecord,
)
from congress.errors import ConcurrentChangeError, StoreError
from tests.state_db import REFUSED, Raw, contents

ICT = timezone(timedelta(hours=7))
T0 = datetime(2024, 1, 5, 9, 30, 15, 123456, tzinfo=ICT)
SLUG = "o-cho-dua"
ROOT = Path(__file__).resolve().parent.parent
VERSION = "SELECT value FROM meta WHERE key = 'schema_version'"
REGISTER_ROW = (
    "INSERT INTO history (ward, kind, from_stage, to_stage, trigger, actor, at, note, findings,"
    " inputs_hash, details, workflow_version) VALUES (?, 'register', ?, ?, 'register', 'congress',"
    " ?, '', '[]', '', '{}', 1)"
)


def _ward(stage: str = "guidance") -> WardRecord:
    return WardRecord(SLUG, "Ô Chợ Dừa", "mttq-2024", 3, stage, 0, T0)


def _event(kind: EventKind, frm: str, to: str, **kw: Any) -> NewEvent:
    return NewEvent(kind, frm, to, trigger=str(kind), actor="Nguyễn Thị Hồng", at=T0, **kw)


def _move(frm: str, to: str) -> NewEvent:
    return _event(EventKind.TRANSITION, frm, to)


def _here(kind: EventKind) -> NewEvent:
    return _event(kind, "pilot", "pilot")


def _register(store: SqlStore) -> WardRecord:
    return store.register(_ward(), _event(EventKind.REGISTER, "", "guidance"))


@pytest.fixture
def db(tmp_path: Path, state_database: str | None) -> Path:
    """The workspace's database file; on PostgreSQL it stays absent (the URL is the state)."""
    return state_db(tmp_path)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Path:
    return state_db(tmp_path)


@pytest.fixture
def store(db: Path) -> Iterator[SqlStore]:
    s = open_store(db, create=True)
    yield s
    s.close()


def _message(exc: StoreError) -> str:
    text = exc.render("vi") + "\n" + exc.render("en")
    assert "store." not in text, text  # every key has a message
    return text


# -- round trip -------------------------------------------------------------------------------------


def test_every_record_kind_round_trips(store: SqlStore, db: Path) -> None:
    assert _register(store) == _ward()
    assert store.register(_ward("pilot"), _event(EventKind.REGISTER, "", "pilot")) == _ward()
    findings = [{"rule": "re_election_max", "ok": False, "people": ["Nguyễn Văn An", "Trần Bích"]}]
    extra = {"note": "Đã họp BTT", "inputs_hash": "sha256:ab", "details": {"tệp": "nhân sự.xlsx"}}
    event = _event(EventKind.TRANSITION, "guidance", "pilot", findings=findings, **extra)
    moved = store.transition(SLUG, "guidance", 0, event)
    assert (moved.stage, moved.revision) == ("pilot", 1)
    store.confirm(SLUG, Confirmation("kế hoạch", "An", T0, "đã ký"), _here(EventKind.CONFIRM))
    later = T0 + timedelta(hours=1)
    store.confirm(SLUG, Confirmation("kế hoạch", "Bình", later), _here(EventKind.CONFIRM))
    approval = Approval("đảng ủy", "Bí thư", T0, "Số: 05/KH-MTTQ", "đồng ý")
    store.approve(SLUG, approval, _here(EventKind.APPROVE))
    grant = ExceptionGrant("women_min", "BTT quận", "thiếu người", "CV 12", T0)
    store.grant_exception(SLUG, grant, _here(EventKind.EXCEPTION))
    ack = Acknowledgement("bài học 1", "An", T0, "đã rút kinh nghiệm")
    store.acknowledge(SLUG, ack, _here(EventKind.ACKNOWLEDGE))
    store.close()

    with closing(open_store(db, create=False)) as reopened:
        ward = reopened.get_ward(SLUG)
        assert ward is not None
        assert (ward.name, ward.stage, ward.revision) == ("Ô Chợ Dừa", "pilot", 6)
        assert reopened.list_wards() == [ward]
        assert reopened.get_ward("khong-co") is None
        assert reopened.confirmations(SLUG) == {"kế hoạch": Confirmation("kế hoạch", "Bình", later)}
        assert reopened.approvals(SLUG) == {"đảng ủy": approval}
        assert reopened.exceptions(SLUG) == {"women_min": grant}
        assert reopened.acknowledgements(SLUG) == {"bài học 1": ack}
        rows = reopened.history(SLUG)
    kinds = ["register", "transition", "confirm", "confirm", "approve", "exception", "acknowledge"]
    assert [r.kind for r in rows] == kinds
    assert [r.id for r in rows] == sorted(r.id for r in rows)
    move = rows[1]
    assert (move.from_stage, move.to_stage, move.actor) == ("guidance", "pilot", "Nguyễn Thị Hồng")
    assert (move.note, move.inputs_hash, move.details) == tuple(extra.values())
    assert (move.findings, move.workflow_version) == (findings, 3)
    assert move.at == T0 and move.at.tzinfo is not None and move.at.utcoffset() == timedelta(0)
    conn = Raw(db)
    raw = conn.execute("SELECT findings, at FROM history WHERE kind = 'transition'").fetchone()
    conn.close()
    assert "Nguyễn Văn An" in raw[0] and raw[1] == "2024-01-05T02:30:15.123456+00:00"


def test_naive_datetime_is_refused(store: SqlStore) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.register(
            _ward(), NewEvent(EventKind.REGISTER, "", "g", "a", "An", datetime(2024, 1, 5))
        )
    assert store.list_wards() == []


def test_history_is_append_only(store: SqlStore, db: Path) -> None:
    _register(store)
    raw = Raw(db)
    for sql in ("UPDATE history SET actor = 'x'", "DELETE FROM history"):
        with pytest.raises(REFUSED, match="append-only"):
            raw.execute(sql)
    raw.close()
    assert [r.actor for r in store.history(SLUG)] == ["Nguyễn Thị Hồng"]


def test_stale_revision_or_stage_writes_nothing(store: SqlStore) -> None:
    _register(store)
    store.transition(SLUG, "guidance", 0, _move("guidance", "pilot"))
    for stage, revision in (("guidance", 0), ("pilot", 0)):
        with pytest.raises(ConcurrentChangeError) as info:
            store.transition(SLUG, stage, revision, _move(stage, "drafts"))
        assert info.value.exit_code == 1 and SLUG in info.value.render("en")
    ward = store.get_ward(SLUG)
    assert ward is not None and (ward.stage, ward.revision) == ("pilot", 1)
    assert len(store.history(SLUG)) == 2
    with pytest.raises(StoreError) as unknown:
        store.transition("khong-co", "guidance", 0, _move("guidance", "pilot"))
    assert "khong-co" in _message(unknown.value)
    with pytest.raises(StoreError):
        store.confirm("khong-co", Confirmation("x", "An", T0), _event(EventKind.CONFIRM, "a", "a"))


# -- crash safety ------------------------------------------------------------------------------------

SCRIPT = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from congress.adapters.store import open_store
from congress.core.records import EventKind, NewEvent, WardRecord

store = open_store(Path(sys.argv[1]), create=True)
now = datetime.now(UTC)
store.register(WardRecord("o-cho-dua", "Ô Chợ Dừa", "mttq", 1, "guidance", 0, now),
               NewEvent(EventKind.REGISTER, "", "guidance", "init", "An", now))
print("ready", flush=True)
for done in range(int(sys.argv[2])):
    ward = store.get_ward("o-cho-dua")
    to = "pilot" if ward.stage == "guidance" else "guidance"
    store.transition(ward.slug, ward.stage, ward.revision,
                     NewEvent(EventKind.TRANSITION, ward.stage, to, "advance", "An", now))
    if done == 0:
        print("moved", flush=True)
print("done", flush=True)
"""


def _spawn(db: Path, moves: int, failpoint: bool = False) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "CONGRESS_FAILPOINT"}
    if failpoint:
        env["CONGRESS_FAILPOINT"] = FAILPOINT
    command = [sys.executable, "-c", SCRIPT, str(db), str(moves)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _kill(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.stdout is not None
    proc.stdout.close()


def _state(db: Path) -> tuple[str, int, list[str]]:
    with closing(open_store(db, create=False)) as store:
        ward = store.get_ward(SLUG)
        assert ward is not None
        moves = [r.to_stage for r in store.history(SLUG) if r.kind == EventKind.TRANSITION]
        return ward.stage, ward.revision, moves


def test_kill_inside_a_transition_leaves_the_ward_before_it(db: Path) -> None:
    proc = _spawn(db, 1, failpoint=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "ready\n"
        assert proc.stdout.readline() == "in-tx\n"
        # While it holds the write lock: readers see the old state, a writer is told "locked".
        with closing(open_store(db, create=False, busy_timeout=0.2)) as other:
            ward = other.get_ward(SLUG)
            assert ward is not None and ward.stage == "guidance"
            started = time.monotonic()
            with pytest.raises(StoreError) as info:
                other.transition(SLUG, "guidance", 0, _move("guidance", "x"))
            assert time.monotonic() - started < 3 and "locked" in info.value.render("en")
    finally:
        _kill(proc)
    assert _state(db) == ("guidance", 0, [])

    proc = _spawn(db, 1)
    assert proc.wait(timeout=60) == 0
    _kill(proc)
    assert _state(db) == ("pilot", 1, ["pilot"])


def test_random_kills_never_leave_a_ward_between_stages(db: Path) -> None:
    rng = random.Random(20240105)
    for attempt in range(6 if configured_url() else 15):  # PostgreSQL: fewer (a kill costs more)
        proc = _spawn(db, 100_000)
        try:
            assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
            if attempt == 0:  # one move at least, however loaded the machine (then at random)
                assert proc.stdout.readline() == "moved\n"
            time.sleep(rng.uniform(0.0, 0.05))
        finally:
            _kill(proc)
        stage, revision, moves = _state(db)
        assert stage == (moves[-1] if moves else "guidance")
        assert revision == len(moves)
    assert revision > 0  # the processes did get to move the ward


# -- concurrency ---------------------------------------------------------------------------------


def test_two_concurrent_advances_one_wins(db: Path) -> None:
    with closing(open_store(db, create=True)) as setup:
        _register(setup)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def advance(to: str) -> None:
        with closing(open_store(db, create=False)) as store:
            ward = store.get_ward(SLUG)
            assert ward is not None
            barrier.wait(timeout=10)
            try:
                store.transition(SLUG, ward.stage, ward.revision, _move(ward.stage, to))
                outcomes.append("ok")
            except ConcurrentChangeError:
                outcomes.append("retry")

    threads = [threading.Thread(target=advance, args=(to,)) for to in ("pilot", "drafts")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["ok", "retry"]
    stage, revision, moves = _state(db)
    assert len(moves) == 1 and stage == moves[0] and revision == 1


# -- schema versions ---------------------------------------------------------------------------------


def _build(db: Path, version: int) -> None:
    """A database at an old schema version, as an older congress left it (no WAL)."""
    if (url := configured_url()) is not None:
        pg = make_engine(url, None)
        with pg.begin() as conn:
            upgrade(conn, 0, version)
        pg.dispose()
        return
    db.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{db}")
    SqliteHook.install(engine, 5.0)
    with engine.connect() as conn:
        conn.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        with conn.begin():
            upgrade(conn, 0, version)
    engine.dispose()


def test_migration_from_version_1(db: Path) -> None:
    _build(db, 1)
    raw = Raw(db)
    at = "2024-01-05T02:30:00.000000+00:00"
    raw.execute("INSERT INTO wards VALUES (?, 'Ô Chợ Dừa', 'mttq', 1, 'pilot', 4, ?)", (SLUG, at))
    raw.execute(
        "INSERT INTO history (ward, kind, from_stage, to_stage, trigger, actor, at, note, findings,"
        " inputs_hash, details, workflow_version) VALUES (?, 'transition', 'guidance', 'pilot',"
        " 'advance', 'An', ?, 'ghi chú', '[]', 'h', '{}', 1)",
        (SLUG, at),
    )
    raw.commit()
    assert raw.execute("SELECT value FROM meta").fetchall() == [("1",)]
    raw.close()

    with closing(open_store(db, create=False)) as store:
        ward = store.get_ward(SLUG)
        assert ward is not None and (ward.stage, ward.revision, ward.name) == (
            "pilot",
            4,
            "Ô Chợ Dừa",
        )
        assert [(r.note, r.to_stage) for r in store.history(SLUG)] == [("ghi chú", "pilot")]
        store.confirm(
            SLUG, Confirmation("kế hoạch", "An", T0), _event(EventKind.CONFIRM, "pilot", "pilot")
        )
        assert list(store.confirmations(SLUG)) == ["kế hoạch"]
    raw = Raw(db)
    assert raw.execute(VERSION).fetchall() == [(str(LATEST),)] == [("5",)]
    with pytest.raises(REFUSED):
        raw.execute("DELETE FROM history")
    raw.close()


def test_migration_from_the_previous_version_adds_the_document_registry(db: Path) -> None:
    _build(db, 2)
    raw = Raw(db)
    at = "2024-01-05T02:30:00.000000+00:00"
    raw.execute("INSERT INTO wards VALUES (?, 'Ô Chợ Dừa', 'mttq', 1, 'drafts', 2, ?)", (SLUG, at))
    raw.execute(REGISTER_ROW, (SLUG, "drafts", "drafts", at))
    raw.commit()
    raw.close()
    with closing(open_store(db, create=False)) as store:
        assert store.documents(SLUG) == {}
        document = GeneratedDocument(
            "bao_cao_chinh_tri", "out/o/bc.docx", "bc.docx", "t", "d", "f", T0
        )
        store.record_document(SLUG, document, _event(EventKind.DOCUMENT, "drafts", "drafts"))
        assert store.documents(SLUG) == {"bao_cao_chinh_tri": document}
        ward = store.get_ward(SLUG)
        assert ward is not None and (ward.stage, ward.revision) == ("drafts", 3)
    raw = Raw(db)
    assert raw.execute(VERSION).fetchall() == [("5",)]
    raw.close()


def test_migration_to_version_4_keeps_approvals_and_adds_their_document_date(db: Path) -> None:
    _build(db, 3)
    raw = Raw(db)
    at = "2024-01-05T02:30:00.000000+00:00"
    raw.execute("INSERT INTO wards VALUES (?, 'Ô Chợ Dừa', 'mttq', 1, 'pilot', 2, ?)", (SLUG, at))
    raw.execute(REGISTER_ROW, (SLUG, "pilot", "pilot", at))
    raw.execute(
        "INSERT INTO approvals VALUES (?, 'upper_standing', 'Hoa', ?, 'Số 12/CV', '')", (SLUG, at)
    )
    raw.commit()
    raw.close()
    with closing(open_store(db, create=False)) as store:
        (kept,) = store.approvals(SLUG).values()
        assert (kept.document, kept.document_date) == ("Số 12/CV", None)
        dated = Approval("upper_recognition", "Đức", T0, "Số 21/QĐ", "", date(2024, 1, 26))
        store.approve(SLUG, dated, _event(EventKind.APPROVE, "pilot", "pilot"))
        assert store.approvals(SLUG)["upper_recognition"] == dated


def test_newer_database_is_refused_untouched(store: SqlStore, db: Path) -> None:
    _register(store)
    store.close()
    raw = Raw(db)
    raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    raw.commit()
    raw.close()
    before = contents(db)
    for create in (False, True):
        with pytest.raises(StoreError) as info:
            open_store(db, create=create)
        text = _message(info.value)
        place = "postgresql://" if configured_url() else str(db)
        assert all(part in text for part in ("99", str(LATEST), place, "Update congress"))
    assert contents(db) == before


def test_corrupt_files_are_refused_untouched(tmp_path: Path, sqlite_db: Path) -> None:
    db = sqlite_db
    rng = random.Random(7)
    noise = tmp_path / "noise.db"
    noise.write_bytes(rng.randbytes(8192))
    fake = tmp_path / "fake.db"
    fake.write_bytes(b"SQLite format 3\x00" + rng.randbytes(8192))
    with closing(open_store(db, create=True)) as store:
        _register(store)
        for i in range(300):
            item = Confirmation(f"mục {i}", "An", T0, "ghi chú " * 20)
            store.confirm(SLUG, item, _here(EventKind.CONFIRM))
    truncated = tmp_path / "truncated.db"
    data = db.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    for path in (noise, fake, truncated):
        before = path.read_bytes()
        for create in (False, True):
            with pytest.raises(StoreError) as info:
                open_store(path, create=create)
            assert "corrupt" in _message(info.value)
        assert path.read_bytes() == before
        assert sorted(p.name for p in path.parent.glob(path.name + "*")) == [path.name]


@contextmanager
def _exclusive(db: Path) -> Iterator[None]:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_locked_database_is_refused_within_the_timeout(sqlite_db: Path) -> None:
    """In WAL mode readers still read; a write waits busy_timeout, then fails writing nothing."""
    db = sqlite_db
    with closing(open_store(db, create=True)) as store:
        _register(store)
    other = open_store(db, create=False, busy_timeout=0.2)
    started = time.monotonic()
    with _exclusive(db), pytest.raises(StoreError) as info:
        other.transition(SLUG, "guidance", 0, _move("guidance", "pilot"))
    other.close()
    assert time.monotonic() - started < 3 and "locked" in _message(info.value)
    assert _state(db) == ("guidance", 0, [])


def test_locked_old_database_is_refused_before_migrating(sqlite_db: Path) -> None:
    db = sqlite_db
    _build(db, 1)
    before = db.read_bytes()
    started = time.monotonic()
    with _exclusive(db), pytest.raises(StoreError) as info:
        open_store(db, create=False, busy_timeout=0.2)
    assert time.monotonic() - started < 3 and "locked" in _message(info.value)
    assert db.read_bytes() == before


def test_missing_or_empty_database_without_create(tmp_path: Path, sqlite_db: Path) -> None:
    db = sqlite_db
    with pytest.raises(StoreError) as info:
        open_store(db, create=False)
    assert "congress init" in _message(info.value) and str(db) in info.value.render()
    assert not db.exists() and not db.parent.exists()
    db.parent.mkdir()
    db.write_bytes(b"")
    with pytest.raises(StoreError):
        open_store(db, create=False)
    assert db.read_bytes() == b""
    other = tmp_path / "other.db"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE people (name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError) as foreign:
        open_store(other, create=True)
    assert "people" in _message(foreign.value)


def test_path_with_vietnamese_and_uri_characters(tmp_path: Path) -> None:
    db = tmp_path / "Quận Đống Đa #1?" / ".congress" / "state.db"
    with closing(open_store(db, create=True)) as store:
        _register(store)
    assert _state(db) == ("guidance", 0, [])


def test_migration_to_version_5_chains_the_rows_already_written(db: Path) -> None:
    """A version-4 database with history: every row gets its hash, the head is set, the
    append-only triggers are back, and the chain goes on from there."""
    _build(db, 4)
    raw = Raw(db)
    at = "2024-01-05T02:30:00.000000+00:00"
    raw.execute("INSERT INTO wards VALUES (?, 'Ô Chợ Dừa', 'mttq', 1, 'pilot', 1, ?)", (SLUG, at))
    raw.execute(REGISTER_ROW, (SLUG, "guidance", "guidance", at))
    raw.execute(
        "INSERT INTO history (ward, kind, from_stage, to_stage, trigger, actor, at, note, findings,"
        " inputs_hash, details, workflow_version) VALUES (?, 'transition', 'guidance', 'pilot',"
        " 'advance', 'An', ?, '', '[]', '', '{}', 1)",
        (SLUG, at),
    )
    raw.commit()
    raw.close()
    with closing(open_store(db, create=False)) as store:
        assert store.verify() == []
        store.confirm(SLUG, Confirmation("kế hoạch", "An", T0), _here(EventKind.CONFIRM))
        assert store.verify() == []
    raw = Raw(db)
    hashes = [r[0] for r in raw.execute("SELECT hash FROM history ORDER BY id")]
    head = raw.execute("SELECT value FROM meta WHERE key = 'history_head'").fetchone()[0]
    assert len(hashes) == 3 and all(len(h) == 64 for h in hashes) and head == hashes[-1]
    with pytest.raises(REFUSED, match="append-only"):
        raw.execute("UPDATE history SET hash = ''")
    raw.close()


def test_a_tampered_database_is_refused_at_opening(store: SqlStore, db: Path) -> None:
    _register(store)
    store.close()
    raw = Raw(db)
    raw.execute("UPDATE wards SET stage = 'reported'")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError) as caught:
        open_store(db, create=False)
    assert "đã bị sửa ngoài chương trình" in _message(caught.value)
    with closing(open_store(db, create=False, verify=False)) as unverified:
        (problem,) = unverified.verify()
        assert problem.key == "tamper.stage"
        with pytest.raises(StoreError, match="reported"):
            unverified.get_ward(SLUG)  # every read checks the ward against its last transition
