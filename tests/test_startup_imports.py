"""The start-up path (issue 15): a command loads only the libraries it uses.

Not timed (timings on a shared machine are noisy, see bench/bench_startup.py): each test runs the
real entry point in a fresh interpreter and reads `sys.modules` when the command has finished.
SQLAlchemy, python-docx, docxtpl and Jinja2 cost a large part of a cold start; a module-level
import added on the way (the CLI's command tree, the ward folder, the registry of checks) would
put them back on the path of every command, and these tests say which command and which library.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import run

pytestmark = pytest.mark.slow  # every test starts a fresh interpreter

# Runs `congress ARGS…` in this interpreter, then writes the exit code and the names of the
# modules loaded to the file named first (the command's own output stays on stdout/stderr).
DRIVER = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
from congress.cli.main import main
try:
    main(args)
    code = 0
except SystemExit as exit:
    code = exit.code if isinstance(exit.code, int) else 1
with open(out, "w", encoding="utf-8") as handle:
    json.dump({"code": code, "modules": sorted(sys.modules)}, handle)
"""

DOCUMENTS = {"docx", "docxtpl", "jinja2"}  # writing Word documents
STORE = {"sqlalchemy"}  # the state database
SPREADSHEETS = {"openpyxl", "lxml"}  # writing the forms (python-calamine reads them)


def loaded(tmp_path: Path, *args: str) -> tuple[int, set[str], str]:
    """Exit code, top-level packages (and congress modules) loaded, and stdout of one command."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "CONGRESS_LANG": "vi"}
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(out), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert out.is_file(), f"congress {' '.join(args)} did not finish: {done.stderr}"
    data = json.loads(out.read_text(encoding="utf-8"))
    names = set(data["modules"])
    tops = {name.split(".")[0] for name in names}
    return data["code"], tops | {n for n in names if n.startswith("congress.")}, done.stdout


def assert_not_loaded(modules: set[str], unwanted: set[str], command: str) -> None:
    found = sorted(modules & unwanted)
    assert not found, f"`congress {command}` loads {found}: import them where they are used"


# The command modules of the tree (cli/main.py loads them when their command is named)
COMMAND_MODULES = {
    f"congress.cli.{name}_cmds"
    for name in ("district", "docs", "doctor", "forms", "reopen", "tally", "ward", "workflow")
}


def test_help_loads_no_heavy_library(tmp_path: Path) -> None:
    code, modules, out = loaded(tmp_path, "--help")
    assert code == 0
    # the whole command tree is listed, each command with its help (its module is loaded for it)
    for command in ("district", "docs", "doctor", "init", "personnel", "tally", "ward", "workflow"):
        assert re.search(rf"^  {command} +\S", out, re.MULTILINE), f"{command} not listed: {out}"
    assert COMMAND_MODULES - {"congress.cli.forms_cmds", "congress.cli.reopen_cmds"} <= modules
    # parsing needs click and the message catalogue; not even the models (pydantic)
    heavy = DOCUMENTS | STORE | SPREADSHEETS | {"rich", "transitions", "yaml", "pydantic"}
    assert_not_loaded(modules, heavy, "--help")


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_personnel_check_loads_neither_the_store_nor_the_documents(
    ws: Path, tmp_path: Path, as_json: bool
) -> None:
    args = ["personnel", "check", "o-cho-dua", "-w", str(ws), *(["--json"] if as_json else [])]
    code, modules, out = loaded(tmp_path, *args)
    assert code == 0, out  # the example ward passes: the check really ran
    assert "congress.core.personnel" in modules
    unwanted = DOCUMENTS | STORE | SPREADSHEETS | {"transitions"}
    # the other checks of a ward (drafts, count, first meeting) are not this command's, nor
    # their rules: its rulebook parses the personnel section only (congress.core.rule_index)
    unwanted |= {"congress.services.tally", "congress.services.draft_checks"}
    unwanted |= {"congress.services.first_meeting", "congress.services.workflow"}
    unwanted |= {"congress.core.draft_rules", "congress.core.rules_tally", "congress.core.tally"}
    unwanted |= {"congress.core.first_meeting", "congress.core.cross_facts"}
    unwanted |= {"http", "ssl"}  # xml.sax.saxutils imports urllib.request for its unescape
    # no other command's module (the tree is lazy), and not the drafts' models: the ward's
    # congress details are read without them (congress.core.congress_file)
    unwanted |= COMMAND_MODULES | {"congress.core.drafts"}
    if as_json:
        assert json.loads(out)["ok"] is True
        unwanted |= {"rich"}  # nothing is drawn
    assert_not_loaded(modules, unwanted, " ".join(args))


@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_ward_status_loads_the_store_but_no_form_rule_or_document(
    ws: Path, tmp_path: Path, as_json: bool
) -> None:
    args = ["ward", "status", "-w", str(ws), *(["--json"] if as_json else [])]
    code, modules, out = loaded(tmp_path, *args)
    assert code == 0, out
    assert "sqlalchemy" in modules  # the board is read from the state database (a fixed choice)
    unwanted = DOCUMENTS | SPREADSHEETS | {"transitions"}
    # the board reads ward.yaml's timeline only: no rules, no lists, no document contexts
    unwanted |= {"congress.adapters.rulebook_files", "congress.adapters.people_reader"}
    unwanted |= {"congress.core.doc_context", "congress.services.personnel"}
    unwanted |= {"congress.services.tally", "congress.services.draft_checks"}
    # the `ward` group's modules only (`ward forms`, `ward reopen` register in it), no other's
    assert "congress.cli.ward_cmds" in modules
    unwanted |= COMMAND_MODULES - {
        "congress.cli.ward_cmds",
        "congress.cli.forms_cmds",
        "congress.cli.reopen_cmds",
    }
    if as_json:
        assert {w["slug"] for w in json.loads(out)["wards"]} == {"o-cho-dua", "van-mieu"}
        unwanted |= {"rich"}
    assert_not_loaded(modules, unwanted, " ".join(args))


def test_tally_loads_no_document_library(ws: Path, tmp_path: Path) -> None:
    code, modules, out = loaded(tmp_path, "tally", "o-cho-dua", "-w", str(ws))
    assert code == 0, out
    assert "congress.services.tally" in modules
    # its rulebook parses the count's and the facts' rules: no draft or personnel rule, and the
    # tables it draws with (cli.render) do not import the personnel check
    rules = {"congress.core.draft_rules", "congress.core.personnel", "congress.services.personnel"}
    assert_not_loaded(modules, DOCUMENTS | SPREADSHEETS | rules | {"transitions"}, "tally")


def test_ward_advance_moves_without_the_document_libraries(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    by = ["--by", "Nguyễn Văn An", "-w", str(ws)]
    for item in ("plan_issued", "subcommittees_formed", "training_attended"):
        assert run(capsys, "ward", "confirm", "o-cho-dua", item, *by).code == 0
    code, modules, out = loaded(tmp_path, "ward", "advance", "o-cho-dua", "start_drafts", *by)
    assert code == 0, out  # moved: the engine really ran
    assert {"transitions", "sqlalchemy"} <= modules
    # a step whose guard names no check (only a checklist) loads no rule and no reader
    rules = {"congress.adapters.rulebook_files", "congress.core.draft_rules"}
    rules |= {"congress.core.rules_tally", "congress.adapters.people_reader"}
    assert_not_loaded(modules, DOCUMENTS | SPREADSHEETS | rules, "ward advance")
    board = run(capsys, "ward", "status", "o-cho-dua", "--json", "-w", str(ws)).json()
    assert board["wards"][0]["stage"] == "drafts"


MODELS_BUILT = """
import json, sys
from pydantic import BaseModel
import congress.services.tally, congress.services.draft_checks, congress.services.workflow_views
import congress.core.district, congress.adapters.ward_folder
pending, built = [BaseModel], []
while pending:
    for sub in pending.pop().__subclasses__():
        pending.append(sub)
        if sub.__module__.startswith("congress.") and sub.__pydantic_complete__:
            built.append(sub.__qualname__)
print(json.dumps(built))
"""


def test_importing_the_models_builds_no_schema() -> None:
    """Models are built when first used (congress.core.model): importing the count's, the
    drafts' and the district's models builds none of them."""
    done = subprocess.run(
        [sys.executable, "-c", MODELS_BUILT], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == []
