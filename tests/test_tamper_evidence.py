"""Issue 14 point 7: a state database changed outside the program is reported, never used.

Each case edits the real SQLite file the way someone with a database browser would (the sqlite3
module, foreign keys off as in the `sqlite3` shell), then runs the CLI: every command that reads
the database stops with «cơ sở dữ liệu đã bị sửa ngoài chương trình», what was found, exit 2,
nothing written; `congress doctor` lists each problem (exit 1) and says a sound database is
sound (exit 0). The schema migration that introduced the chain is tested in test_store.py.

Every case runs twice (`state_database`): on the SQLite file, and on a PostgreSQL database edited
with psycopg by its owner (a trigger dropped with DROP TRIGGER … ON history; a ward row deleted
under `session_replication_role = replica`, which switches foreign keys and triggers off).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from congress.adapters.store_chain import row_hash
from tests.cli_helpers import Run, run
from tests.state_db import Raw

TAMPERED = "cơ sở dữ liệu đã bị sửa ngoài chương trình"
PILOT, OTHER = "o-cho-dua", "van-mieu"


@contextmanager
def _raw(ws: Path) -> Iterator[Raw]:
    with Raw(ws / ".congress" / "state.db") as conn:
        yield conn


def _history(ws: Path) -> list[tuple[object, ...]]:
    with _raw(ws) as conn:
        return conn.execute("SELECT * FROM history ORDER BY id").fetchall()


def _wards(ws: Path) -> list[tuple[object, ...]]:
    with _raw(ws) as conn:
        return conn.execute("SELECT * FROM wards ORDER BY slug").fetchall()


@pytest.fixture
def used(capsys: pytest.CaptureFixture[str], ws: Path, state_database: str | None) -> Path:
    """The examples workspace with some history: both wards registered, a confirmation."""
    # a read-only `ward status` registers nothing: a document for the other ward registers it
    assert run(capsys, "docs", "render", OTHER, "ke_hoach", "-w", str(ws)).code == 0
    confirm = ("ward", "confirm", PILOT, "plan_issued", "--by", "Nguyễn Văn An", "-w", str(ws))
    assert run(capsys, *confirm).code == 0
    assert run(capsys, "docs", "render", PILOT, "to_trinh", "-w", str(ws)).code == 0
    return ws


def _refused(capsys: pytest.CaptureFixture[str], ws: Path, *found: str) -> Run:
    """Every kind of command refuses the database, names what was found, and writes nothing."""
    history, wards = _history(ws), _wards(ws)
    for args in (
        ("ward", "status", "-w", str(ws)),
        ("ward", "history", PILOT, "-w", str(ws)),
        ("ward", "confirm", OTHER, "plan_issued", "--by", "An", "-w", str(ws)),
        ("docs", "render", OTHER, "to_trinh", "-w", str(ws)),
        ("district", "status", str(ws)),
    ):
        result = run(capsys, *args)
        assert result.code == 2, (args, result.out, result.err)
        assert TAMPERED in result.err and "congress doctor" in result.err, result.err
        for text in found:
            assert text in result.err, (text, result.err)
        assert "Traceback" not in result.err
    assert (_history(ws), _wards(ws)) == (history, wards)
    doctor = run(capsys, "doctor", "-w", str(ws))
    assert doctor.code == 1, doctor.out
    assert "đã bị sửa ngoài chương trình" in doctor.out
    for text in found:
        assert text in doctor.out, (text, doctor.out)
    return doctor


def test_a_sound_database_passes_the_doctor(capsys: pytest.CaptureFixture[str], used: Path) -> None:
    result = run(capsys, "doctor", "-w", str(used))
    assert result.code == 0, result.out
    rows = len(_history(used))
    assert f"nguyên vẹn: {rows} dòng lịch sử khớp chuỗi băm, 2 phường" in result.out
    data = run(capsys, "doctor", "-w", str(used), "--json").json()
    assert (data["ok"], data["problems"], data["history_rows"], data["wards"]) == (
        True,
        [],
        rows,
        2,
    )


def test_a_forged_insert_is_found(capsys: pytest.CaptureFixture[str], used: Path) -> None:
    """A confirmation nobody gave, inserted as a row like the program's (the triggers allow it)."""
    with _raw(used) as conn:
        conn.execute(
            "INSERT INTO history (ward, kind, from_stage, to_stage, trigger, actor, at, note,"
            " findings, inputs_hash, details, workflow_version) SELECT ward, 'confirm',"
            " to_stage, to_stage, 'confirm:plan_issued', 'Kẻ giả mạo', at, '', '[]', '', '{}',"
            " workflow_version FROM history WHERE ward = ? ORDER BY id DESC LIMIT 1",
            (OTHER,),
        )
    forged = _history(used)[-1][0]
    _refused(capsys, used, f"dòng lịch sử số {forged} (phường {OTHER}, confirm")


def test_a_forged_insert_with_a_correct_hash_is_found_by_the_head(
    capsys: pytest.CaptureFixture[str], used: Path
) -> None:
    """Someone who knows the formula and chains the row correctly still leaves the head behind."""
    with _raw(used) as conn:
        (last,) = conn.dicts("SELECT * FROM history ORDER BY id DESC LIMIT 1")
        values = {**last, "kind": "transition", "trigger": "advance", "actor": "Kẻ giả mạo"}
        values.pop("id")
        values["hash"] = row_hash(str(last["hash"]), values)
        columns = ", ".join(values)
        conn.execute(
            f"INSERT INTO history ({columns}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        )
    forged = _history(used)[-1][0]
    _refused(capsys, used, f"dòng lịch sử cuối cùng (số {forged}")


def test_update_of_a_wards_stage_is_found(capsys: pytest.CaptureFixture[str], used: Path) -> None:
    with _raw(used) as conn:
        conn.execute("UPDATE wards SET stage = 'reported' WHERE slug = ?", (OTHER,))
    _refused(
        capsys,
        used,
        f"phường {OTHER} đang ghi ở bước «reported» nhưng lần chuyển bước cuối cùng",
    )


def test_dropped_trigger_then_update_is_found(
    capsys: pytest.CaptureFixture[str], used: Path
) -> None:
    with _raw(used) as conn:
        conn.drop_trigger("history_no_update")
        conn.execute("UPDATE history SET actor = 'Người khác' WHERE kind = 'confirm'")
    (row,) = [r for r in _history(used) if r[2] == "confirm"]
    _refused(
        capsys,
        used,
        f"dòng lịch sử số {row[0]} (phường {PILOT}, confirm",
        "đã xóa trigger history_no_update",
    )


def test_a_deleted_row_breaks_the_chain(capsys: pytest.CaptureFixture[str], used: Path) -> None:
    rows = _history(used)
    middle, after = rows[1][0], rows[2][0]
    with _raw(used) as conn:
        conn.drop_trigger("history_no_delete")
        conn.execute("DELETE FROM history WHERE id = ?", (middle,))
    doctor = _refused(capsys, used, f"dòng lịch sử số {after} ", "history_no_delete")
    assert f"dòng lịch sử số {middle} " not in doctor.out


def test_a_deleted_ward_row_is_not_recreated_at_the_first_stage(
    capsys: pytest.CaptureFixture[str], used: Path
) -> None:
    """The report's case: the ward came back at the first stage while its history went on."""
    with _raw(used) as conn:  # foreign keys are off in a plain connection, as in `sqlite3`
        conn.unguarded()
        conn.execute("DELETE FROM wards WHERE slug = ?", (PILOT,))
    _refused(capsys, used, f"lịch sử có phường {PILOT}", "không tạo lại phường ở bước đầu")
    assert PILOT not in [w[0] for w in _wards(used)]


def test_a_ward_row_added_without_history_is_found(
    capsys: pytest.CaptureFixture[str], used: Path
) -> None:
    with _raw(used) as conn:
        conn.execute(
            "INSERT INTO wards SELECT 'phuong-ma', 'Phường Ma', workflow_id, workflow_version,"
            " 'reported', 0, updated_at FROM wards LIMIT 1"
        )
    _refused(capsys, used, "phường phuong-ma (bước «reported») không có dòng lịch sử nào")


def test_the_hash_covers_every_column_and_the_row_before() -> None:
    """Canonical: the same content in any key order gives the same hash; any column changed,
    or another previous row, gives another (so the chain pins each row's place)."""
    row = {
        "ward": PILOT, "kind": "transition", "from_stage": "guidance", "to_stage": "pilot",
        "trigger": "advance", "actor": "Nguyễn Văn An", "at": "2024-01-05T02:30:00.000000+00:00",
        "note": "", "findings": "[]", "inputs_hash": "", "details": "{}", "workflow_version": 1,
    }  # fmt: skip
    base = row_hash("", row)
    assert len(base) == 64 and row_hash("", dict(reversed(row.items()))) == base
    assert row_hash("", {**row, "id": 7, "hash": "x"}) == base  # neither is content
    changed = {row_hash("", {**row, key: f"{value}!"}) for key, value in row.items()}
    assert len(changed) == len(row) and base not in changed
    assert row_hash(base, row) != base
