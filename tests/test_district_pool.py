"""Issue 15, second pass: the district's wards go to the worker processes a few at a time (the
main process's memory does not grow with the number of wards), and each worker writes and syncs
its ward's documents to hidden temporaries beside their targets, so the main process only renames
them and registers the ward — all or none, nothing left behind when the registry refuses it."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from congress.adapters import doc_batch
from congress.core.doc_context import DOCUMENTS
from congress.services import district_outputs, district_pool
from congress.services.district_pool import in_order
from tests.cli_helpers import run
from tests.test_district_registry import TODAY, _assert_whole, _refuse_rows_of, _registry, _unit


def _pulled(count: int, log: list[int]) -> Iterator[int]:
    for job in range(count):
        log.append(job)
        yield job


def test_jobs_are_submitted_a_few_per_worker_and_handled_in_order() -> None:
    pulled: list[int] = []
    handled: list[tuple[int, int]] = []
    ahead: list[int] = []

    def work(job: int) -> int:
        time.sleep(0.001 * (job % 3))  # out of order in the pool
        return job * 10

    def arrived(outcome: int, job: int) -> None:
        handled.append((outcome, job))
        ahead.append(len(pulled) - len(handled))

    with ThreadPoolExecutor(max_workers=2) as pool:
        in_order(pool, work, _pulled(50, pulled), 2, arrived, lambda _: None)

    assert handled == [(j * 10, j) for j in range(50)]
    # never more than the window submitted and not handled (not all 50 at once)
    assert max(ahead) <= district_pool.IN_FLIGHT * 2
    assert ahead[0] == district_pool.IN_FLIGHT * 2 - 1


def test_a_run_stopped_midway_hands_over_the_outcomes_done_and_submits_no_more() -> None:
    pulled: list[int] = []
    left: list[int] = []
    handled: list[int] = []
    gate = threading.Event()

    def work(job: int) -> int:
        gate.wait(5)
        return job

    def arrived(outcome: int, job: int) -> None:
        gate.set()
        time.sleep(0.05)  # the jobs in flight finish meanwhile
        if job == 2:
            raise KeyboardInterrupt
        handled.append(outcome)

    with (
        ThreadPoolExecutor(max_workers=2) as pool,
        pytest.raises(KeyboardInterrupt),
    ):
        in_order(pool, work, _pulled(100, pulled), 2, arrived, left.append)

    assert handled == [0, 1]
    assert len(pulled) < 20  # the rest of the district was never submitted
    assert left and set(left) <= set(pulled) - {0, 1, 2}
    assert not set(left) & set(handled)


@pytest.mark.slow
def test_the_workers_write_and_sync_the_files_the_main_process_only_moves_them(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Worker processes forked from this one record the process that staged and synced each
    ward's files; a ward whose registry rows the database refuses leaves no file, no temporary."""
    for key, value in TODAY.items():
        monkeypatch.setenv(key, value)
    folder = tmp_path / "unit"
    slugs = _unit(folder, 5)
    first = run(capsys, "district", "run", str(folder), "--no-docs")  # the state database
    assert first.code in (0, 1), first.err
    _refuse_rows_of(folder, slugs[2])
    log = tmp_path / "pids"
    real_stage, real_sync = doc_batch.FileBatch.stage, doc_batch.FileBatch.sync

    def stage(self: doc_batch.FileBatch, target: Path, data: bytes) -> None:
        with log.open("a") as out:
            out.write(f"stage {os.getpid()}\n")
        real_stage(self, target, data)

    def sync(self: doc_batch.FileBatch) -> None:
        with log.open("a") as out:
            out.write(f"sync {os.getpid()}\n")
        real_sync(self)

    monkeypatch.setattr(doc_batch.FileBatch, "stage", stage)
    monkeypatch.setattr(doc_batch.FileBatch, "sync", sync)

    result = run(capsys, "district", "run", str(folder), "--all-docs", "--workers", "2")

    assert result.code == 1, result.err  # the refused ward says so
    calls = [line.split() for line in log.read_text().splitlines()]
    assert {kind for kind, _ in calls} == {"stage", "sync"}
    assert str(os.getpid()) not in {pid for _, pid in calls}  # none in the main process
    assert sum(1 for kind, _ in calls if kind == "sync") == len(slugs)  # one per ward
    registry = _registry(folder)
    assert sorted(registry) == [s for s in slugs if s != slugs[2]]
    every = set(registry[slugs[0]])
    for slug, docs in registry.items():
        _assert_whole(folder, slug, docs, every)
    assert not list((folder / "out" / slugs[2]).glob("*.docx"))
    leftovers = [p for p in (folder / "out").rglob("*") if p.name.startswith(".")]
    assert leftovers == []  # no temporary, no kept copy, in any ward


def test_the_outputs_are_prepared_while_the_workers_still_have_wards(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reports' libraries and templates are loaded once, right after the first ward is
    registered (the workers busy with the others), not at the end; the reports are written."""
    for key, value in TODAY.items():
        monkeypatch.setenv(key, value)
    folder = tmp_path / "unit"
    slugs = _unit(folder, 5)
    seen: list[int] = []
    real = district_outputs.prepare_outputs

    def prepare() -> None:
        seen.append(len(_registry(folder)))  # wards registered when it runs
        real()

    monkeypatch.setattr(district_outputs, "prepare_outputs", prepare)

    result = run(capsys, "district", "run", str(folder), "--all-docs", "--workers", "2")

    assert result.code in (0, 1), result.err
    assert seen == [1]  # once, after the first ward, before the second
    assert sorted(_registry(folder)) == slugs
    assert (folder / "out" / "bao-cao-tong-hop.docx").is_file()


def test_a_worker_compiles_every_template_as_it_starts_for_every_document() -> None:
    """`district run --all-docs`: a worker compiles the templates when it starts (while the main
    process reads the wards' states), so its first ward does not; without --all-docs it waits."""
    district_pool.templates.cache_clear()
    district_pool._start_worker(False)
    assert district_pool.templates()._compiled == {}
    district_pool._start_worker(True)
    assert set(district_pool.templates()._compiled) == set(DOCUMENTS)
