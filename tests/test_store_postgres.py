"""The state database on PostgreSQL (issue 15): what only PostgreSQL has.

Real processes (`python -m congress ward advance`, CONGRESS_DATABASE_URL inherited) race on one
database; the append-only triggers are tried with psycopg as the database's owner would; the
URL and the server's refusals reach the officer as a message naming the server and the database,
never the password, exit 2. The store's other tests run on PostgreSQL too (`state_database`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli_helpers import run
from tests.state_db import DATABASE_URL_ENV, REFUSED, Raw, contents, postgres_server
from tests.workspace_helpers import congress_process, set_ward

TAMPERED = "cơ sở dữ liệu đã bị sửa ngoài chương trình"
DIFFERENT = [f"Phường {i}" for i in range(1, 9)]  # eight wards, each advanced by one process
RACED = "Phường 9"  # one ward, advanced by two processes at once
ITEMS = ("plan_issued", "subcommittees_formed", "training_attended")  # what start_drafts needs


def _init(capsys: pytest.CaptureFixture[str], root: Path, *wards: str) -> Path:
    args = ["init", str(root), "--unit", "Quận Đống Đa"]
    for ward in wards:
        args += ["--ward", ward]
    result = run(capsys, *args)
    assert result.code == 0, result.err
    return root


def _slug(name: str) -> str:
    return "phuong-" + name.rsplit(maxsplit=1)[-1]


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def test_eight_processes_on_eight_wards_and_two_racing_on_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    ws = _init(capsys, tmp_path / "dong-da", RACED)
    for ward in DIFFERENT:  # more wards, as copies (quicker than `init` writing their drafts)
        shutil.copytree(ws / "wards" / _slug(RACED), ws / "wards" / _slug(ward))
        set_ward(ws, _slug(ward), ward=ward)
    for ward in [*DIFFERENT, RACED]:  # each registered by its first write
        for item in ITEMS:
            args = ("ward", "confirm", ward, item, "--by", "Nguyễn Văn An", "-w", str(ws))
            assert run(capsys, *args).code == 0
    advance = ("ward", "advance")
    procs = [congress_process(ws, *advance, w, "start_drafts", "--by", "An") for w in DIFFERENT]
    racers = [
        congress_process(ws, *advance, RACED, "start_drafts", "--by", "An", "--note", f"người {i}")
        for i in (1, 2)
    ]
    outcomes = [_finish(p) for p in procs]
    raced = [_finish(p) for p in racers]
    assert all(code == 0 for code, _, _ in outcomes), [o for o in outcomes if o[0]]
    assert sorted(code for code, _, _ in raced) == [0, 1], raced
    _, _, err = next(o for o in raced if o[0] == 1)
    assert "Traceback" not in err
    # lost at the write ("changed meanwhile, run again"), or waited and found the ward moved
    assert ("vừa thay đổi phường phuong-9" in err and "Hãy chạy lại lệnh" in err) or (
        "khi phường đang ở bước «Dự thảo văn kiện»" in err
    ), err

    status = run(capsys, "ward", "status", "-w", str(ws), "--json").json()["wards"]
    assert {w["slug"]: w["stage"] for w in status} == {
        _slug(w): "drafts" for w in [*DIFFERENT, RACED]
    }
    for ward in [*DIFFERENT, RACED]:
        rows = run(capsys, "ward", "history", ward, "-w", str(ws), "--json").json()["history"]
        moves = [r for r in rows if r["kind"] == "transition"]
        assert [(m["from_stage"], m["to_stage"]) for m in moves] == [("guidance", "drafts")]
    winner = next(i for i, (code, _, _) in enumerate(raced, start=1) if code == 0)
    rows = run(capsys, "ward", "history", RACED, "-w", str(ws), "--json").json()["history"]
    assert [r["note"] for r in rows if r["kind"] == "transition"] == [f"người {winner}"]
    doctor = run(capsys, "doctor", "-w", str(ws))
    assert doctor.code == 0 and "nguyên vẹn" in doctor.out, doctor.out
    with Raw(ws) as raw:  # ids in commit order: one writer at a time moved the head
        ids = [r[0] for r in raw.execute("SELECT id FROM history ORDER BY id").fetchall()]
    assert ids == sorted(ids) and len(ids) == len(set(ids))


def test_history_refuses_update_delete_and_truncate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    ws = _init(capsys, tmp_path / "dong-da", RACED)
    before = contents(ws)
    with Raw(ws) as raw:
        for sql in (
            "UPDATE history SET actor = 'Kẻ giả mạo'",
            "DELETE FROM history",
            "TRUNCATE history CASCADE",
        ):
            with pytest.raises(REFUSED, match="append-only"):
                raw.execute(sql)
    assert contents(ws) == before
    assert run(capsys, "doctor", "-w", str(ws)).code == 0


def test_a_disabled_trigger_then_an_update_is_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    ws = _init(capsys, tmp_path / "dong-da", RACED)
    with Raw(ws) as raw:
        raw.execute("ALTER TABLE history DISABLE TRIGGER history_no_update")
        raw.execute("UPDATE history SET actor = 'Người khác' WHERE id = 1")
    for args in (("ward", "status"), ("ward", "confirm", RACED, ITEMS[0], "--by", "An")):
        result = run(capsys, *args, "-w", str(ws))
        assert result.code == 2 and TAMPERED in result.err, result.err
        assert "dòng lịch sử số 1 " in result.err and "history_no_update" in result.err
    doctor = run(capsys, "doctor", "-w", str(ws))
    assert doctor.code == 1 and "đã xóa trigger history_no_update" in doctor.out, doctor.out


def test_read_only_commands_write_nothing_and_show_a_new_ward_at_the_first_stage(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    ws = _init(capsys, tmp_path / "dong-da", RACED)
    with Raw(ws) as raw:  # a ward the database has not seen yet: its history and records gone
        raw.unguarded()
        raw.execute("TRUNCATE history, wards, documents CASCADE")
        raw.execute("UPDATE meta SET value = '' WHERE key = 'history_head'")
    before = contents(ws)
    for args in (
        ("ward", "status", RACED, "-w", str(ws)),
        ("ward", "history", RACED, "-w", str(ws)),
        ("district", "status", str(ws)),
    ):
        result = run(capsys, *args)
        assert result.code in (0, 1) and "Traceback" not in result.err, (args, result.err)
    status = run(capsys, "ward", "status", RACED, "-w", str(ws), "--json").json()["wards"]
    assert [w["stage"] for w in status] == ["guidance"]
    assert contents(ws) == before  # nothing registered, nothing written


def test_a_read_copies_the_columns_it_knows_and_refuses_a_table_missing_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    """A read-only command copies the server's tables into memory column by column: a column
    someone added is left out (as SQLite keeps one the program never reads); a column someone
    dropped makes the copy impossible: the table and the column are named, exit 2, nothing
    written."""
    ws = _init(capsys, tmp_path / "dong-da", RACED)
    status = ("ward", "status", RACED, "-w", str(ws))
    with Raw(ws) as raw:
        raw.execute('ALTER TABLE history ADD COLUMN "x"")" text DEFAULT \'\'')
    assert run(capsys, *status).code == 0
    with Raw(ws) as raw:
        raw.execute("ALTER TABLE history DROP COLUMN note")
    before = contents(ws)
    for args in (status, ("district", "status", str(ws))):
        result = run(capsys, *args)
        assert result.code == 2, (args, result.out, result.err)
        assert "bảng history của cơ sở dữ liệu trên máy chủ thiếu cột note" in result.err
        assert "Traceback" not in result.err and "NOT NULL" not in result.err, result.err
    assert contents(ws) == before


def test_an_empty_database_gets_its_schema_from_the_first_command_that_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    ws = _init(capsys, tmp_path / "dong-da", RACED)
    with Raw(ws) as raw:
        raw.execute("DROP SCHEMA public CASCADE")
        raw.execute("CREATE SCHEMA public")
    assert run(capsys, "ward", "status", "-w", str(ws)).code == 0
    assert contents(ws) == {}  # a look wrote nothing
    assert run(capsys, "ward", "confirm", RACED, ITEMS[0], "--by", "An", "-w", str(ws)).code == 0
    assert run(capsys, "doctor", "-w", str(ws)).code == 0


def _refused(capsys: pytest.CaptureFixture[str], ws: Path, url: str, *said: str) -> str:
    os.environ[DATABASE_URL_ENV] = url
    texts = []
    for args in (("ward", "status"), ("ward", "confirm", RACED, ITEMS[0], "--by", "An")):
        result = run(capsys, *args, "-w", str(ws))
        assert result.code == 2, (url, result.out, result.err)
        assert "Traceback" not in result.err and "s3cret" not in result.err, result.err
        assert all(s in result.err for s in said), (said, result.err)
        texts.append(result.err)
    english = run(capsys, "--lang", "en", "ward", "status", "-w", str(ws))
    assert english.code == 2 and "s3cret" not in english.err
    return texts[0]


def test_bad_urls_and_refusals_are_explained(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = postgres_server().replace("postgresql+psycopg://", "postgresql://")
    ws = _init(capsys, tmp_path / "dong-da", RACED)  # on SQLite: the unit's files are there
    monkeypatch.setenv(DATABASE_URL_ENV, "")  # restored after the test
    base = server.rsplit("/", 1)[0]
    _refused(capsys, ws, "mysql://an:s3cret@db/congress", "CONGRESS_DATABASE_URL", "mysql")
    _refused(capsys, ws, "postgresql://an:s3cret@db:5432/", "không ghi tên cơ sở dữ liệu", "***")
    _refused(
        capsys,
        ws,
        "postgresql://an:s3cret@127.0.0.1:1/tinh",
        "postgresql://an@127.0.0.1:1/tinh",
        "không kết nối được máy chủ PostgreSQL",
    )
    _refused(
        capsys,
        ws,
        f"{base}/khong_co_csdl_nay",
        "/khong_co_csdl_nay: máy chủ PostgreSQL không có cơ sở dữ liệu này",
        "createdb",
    )
    host = base.split("@")[-1]
    _refused(
        capsys,
        ws,
        f"postgresql://khong_co_ai:s3cret@{host}/postgres",
        "từ chối người dùng hoặc mật khẩu",
        "~/.pgpass",
    )
