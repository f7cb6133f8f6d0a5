"""A file open in Excel or Word (issue 12): «tệp đang mở trong Excel/Word: đóng tệp rồi chạy lại»,
exit 2, the file neither read nor written; never «[Errno 13] Permission denied» nor the generic
«Kiểm tra quyền ghi thư mục …» when it is a lock. Through the CLI, on real files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from congress.adapters.files import lock_names, office_lock
from tests.cli_helpers import replace, run
from tests.sheets import xlsx

LIST = [["STT", "Họ và tên", "Năm sinh"], [1, "Nguyễn Văn An", 1968]]


@pytest.mark.parametrize(
    ("name", "locks"),
    [
        ("ds.xlsx", ["~$ds.xlsx"]),  # short: the whole name
        ("du-kien.docx", ["~$du-kien.docx", "~$u-kien.docx"]),  # 7 letters: Word drops one
        ("ke-hoach.docx", ["~$ke-hoach.docx", "~$-hoach.docx"]),  # 8 and more: Word drops two
        ("du-kien-uy-ban.xlsx", ["~$du-kien-uy-ban.xlsx", "~$-kien-uy-ban.xlsx"]),
    ],
)
def test_every_lock_name_word_and_excel_use_is_recognised(
    tmp_path: Path, name: str, locks: list[str]
) -> None:
    path = tmp_path / name
    names = [p.name for p in lock_names(path)]
    assert set(locks) <= set(names) and f".~lock.{name}#" in names
    assert office_lock(path) is None
    for lock in locks:
        (tmp_path / lock).write_bytes(b"")
        assert office_lock(path) == tmp_path / lock
        (tmp_path / lock).unlink()


def _no_errno(text: str) -> None:
    assert "Errno" not in text and "Permission denied" not in text and "Traceback" not in text
    assert "Kiểm tra quyền ghi thư mục" not in text


@pytest.mark.parametrize(
    "lock", ["~$du-kien-moi.xlsx", "~$-kien-moi.xlsx", ".~lock.du-kien-moi.xlsx#"]
)
def test_a_list_open_in_excel_is_not_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lock: str
) -> None:
    path = xlsx(tmp_path / "du-kien-moi.xlsx", LIST)
    (tmp_path / lock).write_bytes(b"")
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "30")
    assert result.code == 2 and result.out == ""
    app = "LibreOffice" if lock.startswith(".~lock") else "Excel"
    assert f"{path}: tệp đang mở trong {app}: đóng tệp rồi chạy lại" in result.err
    _no_errno(result.err)
    (tmp_path / lock).unlink()  # closed: read again
    assert run(
        capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "30"
    ).code in (0, 1)


def test_permission_denied_reading_a_list_is_said_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to read a workbook Excel holds: PermissionError, said as words."""
    path = xlsx(tmp_path / "ds-moi.xlsx", LIST)
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "30")
    assert result.code == 2
    assert "không có quyền đọc tệp này. Nếu tệp đang mở trong Excel, đóng tệp" in result.err
    _no_errno(result.err)


def test_the_form_is_not_written_over_a_workbook_open_in_excel(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "mau-danh-sach.xlsx"
    out.write_bytes(b"the officer's open workbook")
    (tmp_path / "~$mau-danh-sach.xlsx").write_bytes(b"")
    result = run(capsys, "personnel", "form", str(out), "--force")
    assert result.code == 2 and "tệp đang mở trong Excel: đóng tệp rồi chạy lại" in result.err
    _no_errno(result.err)
    assert out.read_bytes() == b"the officer's open workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "mau-danh-sach.xlsx",
        "~$mau-danh-sach.xlsx",
    ]


def test_a_document_locked_while_it_is_written_is_said_to_be_open_in_word(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Word opens the document between the check and the rename: Windows refuses the rename
    (PermissionError); the message says the file is open in Word, not «[Errno 13]»."""
    args = ("docs", "render", "o-cho-dua", "ke_hoach", "-w", str(ws))
    assert run(capsys, *args).code == 0
    target = ws / "out" / "o-cho-dua" / "ke-hoach.docx"
    before = target.read_bytes()
    replace(ws / "wards" / "o-cho-dua" / "congress.yaml", "venue: Hội trường", "venue: Nhà văn hóa")
    real_replace = os.replace

    def word_opens_it(src: Any, dst: Any) -> None:
        if Path(dst) == target:
            (target.parent / "~$-hoach.docx").write_bytes(b"")
            raise PermissionError(13, "Permission denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", word_opens_it)
    result = run(capsys, *args, "--force")
    assert result.code == 2
    assert "tệp đang mở trong Word: đóng tệp rồi chạy lại" in result.err
    _no_errno(result.err)
    assert target.read_bytes() == before
