"""`congress init` fails whole (issue 15): at each point where it can fail — a folder that cannot
be written, the drafts, the rename into place, the database refusing — the officer reads what
went wrong and that nothing was made (exit 2, or 1 when someone else wrote meanwhile), no folder
is left half-written and no ward is left in the database, on SQLite and on a shared PostgreSQL
(whose rows would outlive the folder: `init` registers the wards last, in one transaction).

Where the file system or the database must fail on cue, the failure is injected at the adapter
that meets it (tests run as root: a folder cannot be made unwritable by its mode).
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

import congress.services.init as init_service
from congress.adapters import doc_batch, store, workspace_init
from congress.adapters.store_schema import wards
from tests.cli_helpers import Run, run
from tests.state_db import Raw, contents, fresh_postgres_database, postgres_server
from tests.test_workflow_cli import assert_clean_error

WARDS = ("Ô Chợ Dừa", "Văn Miếu", "Cát Linh")
UNDONE = "Chưa tạo thư mục làm việc"
NOTHING_LEFT = "không để lại tệp nào, không ghi phường nào vào cơ sở dữ liệu"
FULL_DISK = "No space left on device"


def _init(capsys: pytest.CaptureFixture[str], target: Path, *more: str) -> Run:
    args = ["init", str(target), "--unit", "Quận Đống Đa"]
    for ward in WARDS:
        args += ["--ward", ward]
    return run(capsys, *args, *more)


def _ward_rows(url: str | None) -> dict[str, int]:
    """The rows of a ward's state in the shared database (none when its schema is not made)."""
    if url is None:
        return {}
    with Raw(Path("unused")) as raw:
        tables = {r[0] for r in raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()}  # fmt: skip
        wanted = ("wards", "history", "documents", "confirmations", "approvals")
        return {
            t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in wanted if t in tables
        }


def _nothing_left(parent: Path, url: str | None, *kept: str) -> None:
    """Only the names `kept` under `parent` (no workspace, no hidden temporary folder), and no
    row of any ward in the shared database."""
    assert sorted(p.name for p in parent.iterdir()) == sorted(kept)
    assert all(count == 0 for count in _ward_rows(url).values()), _ward_rows(url)


def _full_disk(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, FULL_DISK)


def _then_fail(real: Any, after: int) -> Any:
    """`real`, which fails like a full disk from its call number `after` + 1 on."""
    calls = []

    def call(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) > after:
            _full_disk()
        return real(*args, **kwargs)

    return call


# -- 1. a target that cannot be written ------------------------------------------------------------


def test_a_file_in_the_way_of_the_target(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, state_database: str | None
) -> None:
    (tmp_path / "tai-lieu").write_text("một tệp", encoding="utf-8")
    result = _init(capsys, tmp_path / "tai-lieu" / "dong-da")
    assert_clean_error(result, 2, "«" + str(tmp_path / "tai-lieu") + "» là một tệp", UNDONE,
                       NOTHING_LEFT)  # fmt: skip
    _nothing_left(tmp_path, state_database, "tai-lieu")


def test_a_folder_the_officer_may_not_write(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(*args: Any, **kwargs: Any) -> str:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr(workspace_init.tempfile, "mkdtemp", refused)
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, f"{tmp_path}: không ghi được (Permission denied)",
                       f"quyền ghi thư mục {tmp_path}", UNDONE, NOTHING_LEFT)  # fmt: skip
    _nothing_left(tmp_path, state_database)


# -- 2. the files and the drafts -----------------------------------------------------------------


def test_a_full_disk_while_writing_the_forms(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the second ward's forms: the first ward's folder is written by then
    monkeypatch.setattr(workspace_init, "write_form", _then_fail(workspace_init.write_form, 2))
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, f"không ghi được ({FULL_DISK})", UNDONE, NOTHING_LEFT)
    _nothing_left(tmp_path, state_database)


def test_a_full_disk_while_writing_the_drafts(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the third ward's drafts: two wards' drafts are in their van-kien/ by then
    monkeypatch.setattr(doc_batch, "write", _then_fail(doc_batch.write, 6))
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, "cat-linh", "bao-cao-chinh-tri.docx", f"không ghi được tệp ({FULL_DISK})", UNDONE,
                       NOTHING_LEFT)  # fmt: skip
    assert "docs draft" not in result.err and "Không văn kiện nào" not in result.err
    _nothing_left(tmp_path, state_database)


def test_a_draft_that_cannot_be_filled(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = init_service.first_drafts
    calls = []

    def broken(files: Any, slug: str, *args: Any) -> Any:
        calls.append(slug)
        if len(calls) == 2:  # the second ward's ward.yaml, spoilt after init wrote it
            (files.root / "wards" / slug / "ward.yaml").write_text("ward: [", encoding="utf-8")
        return real(files, slug, *args)

    monkeypatch.setattr(init_service, "first_drafts", broken)
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, "ward.yaml", UNDONE, NOTHING_LEFT)
    assert calls == ["o-cho-dua", "van-mieu"]
    _nothing_left(tmp_path, state_database)


# -- 3. the rename into place ----------------------------------------------------------------------


def test_someone_else_fills_the_folder_meanwhile(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "dong-da"
    target.mkdir()  # empty: init may use it
    real = init_service.first_drafts

    def meanwhile(*args: Any) -> Any:
        (target / "ghi-chu.txt").write_text("của người khác", encoding="utf-8")
        return real(*args)

    monkeypatch.setattr(init_service, "first_drafts", meanwhile)
    result = _init(capsys, target)
    assert_clean_error(result, 2, str(target), "không ghi được", UNDONE, NOTHING_LEFT)
    assert [p.name for p in target.iterdir()] == ["ghi-chu.txt"]
    assert (target / "ghi-chu.txt").read_text(encoding="utf-8") == "của người khác"
    _nothing_left(tmp_path, state_database, "dong-da")


def test_a_rename_refused_keeps_the_empty_folder_the_officer_made(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "dong-da"
    target.mkdir()
    real = Path.rename

    def rename(self: Path, to: Any) -> Any:
        if self.name.startswith(".congress-init-"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self), str(to))
        return real(self, to)

    monkeypatch.setattr(Path, "rename", rename)
    result = _init(capsys, target)
    assert_clean_error(result, 2, "không ghi được (Permission denied)", UNDONE, NOTHING_LEFT)
    assert target.is_dir() and not any(target.iterdir())
    _nothing_left(tmp_path, state_database, "dong-da")


# -- 4. the database refusing ----------------------------------------------------------------------


def test_the_database_failing_in_the_registering_transaction(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wards' rows written, then the database fails before the commit: all rolled back, and
    the folder (in place by then) taken away again."""
    real = store.start_rows

    def fails(conn: Any, *args: Any) -> Any:
        real(conn, *args)
        assert conn.execute(select(wards.c.slug)).scalars().all()  # written, so far
        raise OperationalError("INSERT INTO history", {}, Exception("disk I/O error"))

    monkeypatch.setattr(store, "start_rows", fails)
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, "lỗi cơ sở dữ liệu (disk I/O error)", UNDONE, NOTHING_LEFT)
    _nothing_left(tmp_path, state_database)
    if state_database is not None:
        assert _ward_rows(state_database) == dict.fromkeys(
            ("wards", "history", "documents", "confirmations", "approvals"), 0
        )

    monkeypatch.setattr(store, "start_rows", real)  # the same command again now succeeds
    again = _init(capsys, tmp_path / "dong-da")
    assert again.code == 0, again.err
    status = run(capsys, "ward", "status", "-w", str(tmp_path / "dong-da"), "--json")
    assert status.code == 0, status.err
    assert sorted(w["slug"] for w in status.json()["wards"]) == [
        "cat-linh",
        "o-cho-dua",
        "van-mieu",
    ]


def test_someone_else_writing_meanwhile(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    state_database: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The history's head moved under the registering transaction: exit 1, run again."""

    def moved(*args: Any) -> None:
        raise store.ChainMoved

    monkeypatch.setattr(store, "append_all", moved)
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 1, "người khác vừa thay đổi phường", "chạy lại lệnh", UNDONE)
    _nothing_left(tmp_path, state_database)


def test_a_shared_database_that_holds_these_wards_already(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_database: str
) -> None:
    first = _init(capsys, tmp_path / "dong-da")
    assert first.code == 0, first.err
    before = contents(tmp_path / "unused")
    result = _init(capsys, tmp_path / "dong-da-2")
    assert_clean_error(result, 2, "cơ sở dữ liệu đã có phường o-cho-dua", "createdb",
                       "Chưa tạo thư mục làm việc", NOTHING_LEFT)  # fmt: skip
    assert contents(tmp_path / "unused") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dong-da"]


def test_a_shared_database_out_of_reach(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = postgres_server().replace("postgresql+psycopg://", "postgresql://")
    base = server.rsplit("/", 1)[0]
    monkeypatch.setenv("CONGRESS_DATABASE_URL", f"{base}/khong_co_csdl_nay")
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, "máy chủ PostgreSQL không có cơ sở dữ liệu này", UNDONE)
    monkeypatch.setenv("CONGRESS_DATABASE_URL", "postgresql://an:s3cret@127.0.0.1:1/tinh")
    result = _init(capsys, tmp_path / "dong-da")
    assert_clean_error(result, 2, "không kết nối được máy chủ PostgreSQL", UNDONE)
    assert "s3cret" not in result.err
    assert list(tmp_path.iterdir()) == []
    with fresh_postgres_database() as url:  # a server that answers: the same command succeeds
        monkeypatch.setenv("CONGRESS_DATABASE_URL", url)
        assert _init(capsys, tmp_path / "dong-da").code == 0
