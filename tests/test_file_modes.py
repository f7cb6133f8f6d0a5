"""Files the tool writes are readable by the officers sharing the workspace, as any file they
save themselves would be (0666 less the umask), and a file that exists keeps its permissions:
the atomic writes start from `mkstemp`, which makes a file private to its owner."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_helpers import run


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_init_forms_and_drafts_are_shared(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = tmp_path / "dong-da"
    made = run(capsys, "init", str(ws), "--unit", "Quận Đống Đa", "--ward", "Văn Miếu")
    assert made.code == 0, made.err
    ward = ws / "wards" / "van-mieu"
    written = [*ward.glob("*.xlsx"), *(ward / "van-kien").glob("*.docx")]
    assert len(written) == 7
    assert {p.name: _mode(p) for p in written} == {p.name: 0o644 for p in written}


@pytest.mark.usefixtures("umask_022")
def test_documents_are_shared_and_keep_a_mode_set_by_hand(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    first = run(capsys, "docs", "render", "o-cho-dua", "ke_hoach", "-w", str(ws))
    assert first.code == 0, first.err
    plan = ws / "out" / "o-cho-dua" / "ke-hoach.docx"
    assert _mode(plan) == 0o644
    plan.chmod(0o640)  # the office restricts it: a later render keeps that
    (ws / "wards" / "o-cho-dua" / "congress.yaml").write_text(
        (ws / "wards" / "o-cho-dua" / "congress.yaml")
        .read_text(encoding="utf-8")
        .replace("Hội trường tầng 3", "Hội trường tầng 2", 1),
        encoding="utf-8",
    )
    before = plan.read_bytes()
    again = run(capsys, "docs", "render", "o-cho-dua", "ke_hoach", "--force", "-w", str(ws))
    assert again.code == 0, again.err
    assert plan.read_bytes() != before  # rewritten, not left alone
    assert _mode(plan) == 0o640
