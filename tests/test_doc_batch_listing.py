"""A batch lists each target folder once for its checks (issue 15: ≈ 6 system calls a file
before) and still refuses what it refused: a lock file, a folder in a file's place, a file in the
way of the folder — at staging, and again when moving, for a lock taken in between."""

from __future__ import annotations

from pathlib import Path

import pytest

from congress.adapters.doc_batch import FileBatch
from congress.errors import InputError


def _keys(error: InputError) -> list[str]:
    return [p.key for p in error.problems]


def test_a_lock_taken_between_staging_and_moving_stops_the_move_and_undoes_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    first, second = folder / "ke-hoach.docx", folder / "nghi-quyet.docx"
    first.write_bytes(b"old")
    batch = FileBatch()
    batch.stage(first, b"new one")
    batch.stage(second, b"new two")
    (folder / "~$hi-quyet.docx").write_bytes(b"")  # Word opened the second meanwhile

    with pytest.raises(InputError) as caught:
        batch.move_into_place()
    batch.discard()

    assert _keys(caught.value) == ["file.open_in_office"]
    assert first.read_bytes() == b"old" and not second.exists()
    assert {p.name for p in folder.iterdir()} == {"~$hi-quyet.docx", "ke-hoach.docx"}


def test_a_folder_not_there_yet_is_made_and_a_folder_in_a_files_place_is_refused(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "out" / "o-cho-dua"
    batch = FileBatch()
    batch.stage(folder / "ke-hoach.docx", b"x")
    (folder / "nghi-quyet.docx").mkdir()
    with pytest.raises(InputError) as caught:  # listed when the folder was empty: looked again
        FileBatch().stage(folder / "nghi-quyet.docx", b"y")
    batch.move_into_place()
    batch.discard()

    assert _keys(caught.value) == ["docs.output_is_folder"]
    assert (folder / "ke-hoach.docx").read_bytes() == b"x"


def test_a_file_in_the_way_of_the_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_bytes(b"not a folder")
    with pytest.raises(InputError) as caught:
        FileBatch().stage(blocker / "o-cho-dua" / "ke-hoach.docx", b"x")
    assert _keys(caught.value) == ["docs.output_blocked"]
    assert caught.value.problems[0].params["blocker"] == str(blocker)
