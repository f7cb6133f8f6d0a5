"""What every test module shares: the workspace fixtures and the automatic `slow` marker.

Fixtures
    make_workspace(kind="examples" | "init", **options) -> Path
        A factory: a fresh workspace under the test's tmp_path.
        "examples": a copy of examples/ (unit.yaml and wards/o-cho-dua, wards/van-mieu), without
        the .congress database and the out/ documents a developer's own runs leave there, and
        without examples/dong-da (a separate, larger workspace no `ws` test reads).
        "init": made by `congress init` (tests.workspace_helpers.init_workspace; options: wards,
        pilot, fill).
    ws -> Path
        The workspace a test runs on: `make_workspace()` (the examples copy) unless the test or
        its module is marked `@pytest.mark.workspace(kind, **options)`, whose arguments go to
        `make_workspace`.

Markers (registered in pyproject.toml; set here so that a new test cannot forget them)
    slow: a test that runs the CLI (it takes `capsys`, which tests.cli_helpers.run needs), takes
        a workspace (`ws`, `make_workspace`), needs a system program (`external`), or is in a
        module of SLOW_MODULES; or marked by hand: a test that starts a process (a test outside
        `slow` that starts one fails and says so). `pytest -m "not slow"` runs the rest, the pure
        tests, in seconds.
    external: needs LibreOffice or Chromium (skipped without it); always slow.
    workspace(kind, **options): which workspace `ws` is.

State database fixtures (tests/state_db.py)
    state_database -> str | None
        Parametrised [sqlite, postgresql]: the test runs once on the workspace's SQLite file
        (None) and once on a PostgreSQL database of its own (its URL, set as
        CONGRESS_DATABASE_URL for the test and the processes it starts, dropped afterwards), on
        the server CONGRESS_TEST_POSTGRES_URL names. Without that variable the PostgreSQL case is
        skipped with the reason — and fails when CI=true.
    postgres_database -> str
        The PostgreSQL case alone, for tests of PostgreSQL itself.
    Any other test runs on SQLite: CONGRESS_DATABASE_URL is removed from its environment.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli_helpers import ROOT
from tests.state_db import DATABASE_URL_ENV, fresh_postgres_database
from tests.workspace_helpers import init_workspace

# Whole modules that are slow although their tests take no CLI fixture.
SLOW_MODULES = {
    "test_store.py": "SQLite stores, processes killed mid-transaction",
    "test_templates.py": "renders every DOCX template, runs scripts/build_templates.py",
    "test_examples.py": "runs the example generator in a subprocess",
    "test_dong_da_example.py": "generates and replays the 30-ward district",
    "test_workflow_concurrency.py": "races and kills `python -m congress` processes",
    "test_word_drafts.py": "writes whole Word drafts (python-docx) in every heading habit",
}
# A test that takes one of these fixtures runs the CLI or works on a whole workspace.
SLOW_FIXTURES = {"capsys", "ws", "make_workspace", "state_database", "postgres_database"}

MakeWorkspace = Callable[..., Path]


@pytest.fixture
def make_workspace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> MakeWorkspace:
    """Make a workspace under tmp_path: a copy of examples/ or one made by `congress init`."""

    def make(kind: str = "examples", **options: Any) -> Path:
        if kind == "examples":
            assert not options, f"a copy of examples/ takes no options: {options}"
            target = tmp_path / "examples"
            ignore = shutil.ignore_patterns(".congress", "out", "dong-da")
            shutil.copytree(ROOT / "examples", target, ignore=ignore)
            return target
        if kind == "init":
            return init_workspace(capsys, tmp_path / "dong-da", **options)
        raise ValueError(f"unknown workspace kind {kind!r}: 'examples' or 'init'")

    return make


@pytest.fixture
def ws(request: pytest.FixtureRequest, make_workspace: MakeWorkspace) -> Path:
    """The test's workspace: see `make_workspace`, chosen by a `workspace` marker if any."""
    marker = request.node.get_closest_marker("workspace")
    if marker is None:
        return make_workspace()
    return make_workspace(*marker.args, **marker.kwargs)


@pytest.fixture(autouse=True)
def _state_on_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's CONGRESS_DATABASE_URL never redirects a test; `state_database` sets it."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def state_database(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str | None]:
    """The test once on SQLite (None), once on a fresh PostgreSQL database (its URL)."""
    if request.param == "sqlite":
        yield None
        return
    with fresh_postgres_database() as url:
        monkeypatch.setenv(DATABASE_URL_ENV, url)
        yield url


@pytest.fixture
def postgres_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh PostgreSQL database as CONGRESS_DATABASE_URL (skipped without a server)."""
    with fresh_postgres_database() as url:
        monkeypatch.setenv(DATABASE_URL_ENV, url)
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if (
            item.path.name in SLOW_MODULES
            or fixtures & SLOW_FIXTURES
            or item.get_closest_marker("external") is not None
        ):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _fast_tests_start_no_process(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test outside `slow` that starts a process fails and says to mark it: nothing forgotten."""
    if request.node.get_closest_marker("slow") is not None:
        return

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(
            f"{request.node.nodeid} starts a process: mark it @pytest.mark.slow "
            "(or add its module to SLOW_MODULES in tests/conftest.py)"
        )

    monkeypatch.setattr(subprocess, "Popen", refuse)
