"""Real workspaces for the workflow tests: made by `congress init`, filled from `examples/wards`.

Everything goes through the real command (`tests.cli_helpers.run`, in-process, or a subprocess
running `python -m congress`); the files an officer edits (unit.yaml, ward.yaml) are edited as
files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli_helpers import EXAMPLES, ROOT, Run, run

PILOT = "o-cho-dua"
PASSING = "o-cho-dua"  # its lists pass every personnel rule
BREAKING = "van-mieu"  # its lists break re_election_max and non_party_min_vs_previous
WARD_NAMES = {"o-cho-dua": "Ô Chợ Dừa", "van-mieu": "Văn Miếu", "cat-linh": "Cát Linh"}

# Every transition of workflows/ward-2024-2029 in order, and what it needs.
STEPS: list[tuple[str, str, str, list[str], list[str]]] = [
    # trigger, from, to, checklist items, approvals
    (
        "start_drafts",
        "guidance",
        "drafts",
        ["plan_issued", "subcommittees_formed", "training_attended"],
        [],
    ),
    (
        "submit_drafts",
        "drafts",
        "personnel",
        ["comments_member_orgs", "comments_residential_areas", "comments_party_committee"],
        [],
    ),
    ("approve_personnel", "personnel", "pilot", [], ["party_committee", "upper_standing"]),
    (
        "hold_congress",
        "pilot",
        "congress",
        ["programme_script_ready", "propaganda_done", "celebratory_works"],
        [],
    ),
    (
        "hold_first_meeting",
        "congress",
        "first_meeting",
        ["minutes_signed", "first_meeting_minutes_signed"],
        [],
    ),
    ("recognise", "first_meeting", "recognised", [], ["upper_recognition"]),
    ("report_results", "recognised", "reported", ["results_sent"], []),
]
STAGES = ["guidance", *(step[2] for step in STEPS)]
DOCUMENTS = {
    "party_committee": "Số 45-CV/ĐU",
    "upper_standing": "Số 12/CV-MTTQ",
    "upper_recognition": "Số 30/QĐ-MTTQ-BTT",
}
DATED = {"upper_recognition"}  # decisions: recorded with their number and date
SIGNERS = {
    "party_committee": "Trần Văn Bình",
    "upper_standing": "Lê Thị Hoa",
    "upper_recognition": "Phạm Minh Đức",
}


def init_workspace(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    wards: tuple[str, ...] = ("o-cho-dua", "van-mieu", "cat-linh"),
    pilot: str | None = PILOT,
    fill: bool = True,
) -> Path:
    """`congress init` a workspace at `root`, then give each ward a filled ward.yaml and lists:
    a ward's own example (o-cho-dua, van-mieu) or the passing one (cat-linh), and the passing
    ward's drafts, script and vote count (drafts.yaml, congress.yaml, tally.yaml, without the
    Word drafts init wrote), so only the personnel lists differ.
    `pilot` is named the pilot ward when it is among `wards`. With `fill=False` the wards stay as
    `congress init` made them.
    """
    args = ["init", str(root), "--unit", "Quận Đống Đa"]
    for slug in wards:
        args += ["--ward", WARD_NAMES[slug]]
    if pilot is not None and pilot in wards:
        args += ["--pilot", WARD_NAMES[pilot]]
    result = run(capsys, *args)
    assert result.code == 0, result.err
    for slug in wards if fill else ():
        source = slug if (EXAMPLES / slug).is_dir() else PASSING
        folder = root / "wards" / slug
        for file in (EXAMPLES / source).iterdir():
            shutil.copy(file, folder / file.name)
        for name in ("drafts.yaml", "congress.yaml", "tally.yaml"):
            shutil.copy(EXAMPLES / PASSING / name, folder / name)
        # The drafts come from drafts.yaml here: without the Word drafts `init` wrote, which
        # would be read first (and still hold their «[CẦN VIẾT: …]» placeholders).
        shutil.rmtree(folder / "van-kien")
        set_ward(root, slug, ward=WARD_NAMES[slug])
    return root


def _edit(path: Path, changes: dict[str, Any]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def set_unit(ws: Path, **changes: Any) -> None:
    """Edit unit.yaml as an officer would (lessons, timeline, pilot_ward…)."""
    _edit(ws / "unit.yaml", changes)


def set_ward(ws: Path, slug: str, **changes: Any) -> None:
    _edit(ws / "wards" / slug / "ward.yaml", changes)


def cli(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> Run:
    """`congress <args> -w <ws>` in-process."""
    return run(capsys, *args, "-w", str(ws))


def ok(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> Run:
    result = cli(capsys, ws, *args)
    assert result.code == 0, (args, result.out, result.err)
    return result


def stage_of(capsys: pytest.CaptureFixture[str], ws: Path, slug: str) -> str:
    ward = ok(capsys, ws, "ward", "status", slug, "--json").json()["wards"]
    assert len(ward) == 1
    return str(ward[0]["stage"])


def history(capsys: pytest.CaptureFixture[str], ws: Path, slug: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = ok(capsys, ws, "ward", "history", slug, "--json").json()["history"]
    return rows


def transitions(capsys: pytest.CaptureFixture[str], ws: Path, slug: str) -> list[dict[str, Any]]:
    return [r for r in history(capsys, ws, slug) if r["kind"] == "transition"]


def fulfil(capsys: pytest.CaptureFixture[str], ws: Path, slug: str, trigger: str) -> None:
    """Confirm every checklist item and give every approval `trigger` needs."""
    step = next(s for s in STEPS if s[0] == trigger)
    for item in step[3]:
        ok(capsys, ws, "ward", "confirm", slug, item, "--by", "Nguyễn Văn An")
    for approval in step[4]:
        dated = ["--date", "2024-01-26"] if approval in DATED else []
        ok(capsys, ws, "ward", "approve", slug, approval, "--by", SIGNERS[approval],
           "--document", DOCUMENTS[approval], *dated)  # fmt: skip


def walk_to(capsys: pytest.CaptureFixture[str], ws: Path, slug: str, stage: str) -> None:
    """Move the ward from where it is to `stage`, fulfilling each step on the way."""
    here = stage_of(capsys, ws, slug)
    for trigger, source, dest, _, _ in STEPS[STAGES.index(here) : STAGES.index(stage)]:
        assert source == here
        fulfil(capsys, ws, slug, trigger)
        ok(capsys, ws, "ward", "advance", slug, trigger, "--by", "Nguyễn Văn An")
        here = dest


def congress_process(ws: Path, *args: str, failpoint: str | None = None) -> subprocess.Popen[str]:
    """`python -m congress <args> -w <ws>` as a separate process (stdout and stderr piped)."""
    own = ("CONGRESS_FAILPOINT", "CONGRESS_LANG", "CONGRESS_TODAY", "CONGRESS_NOW")
    env = {k: v for k, v in os.environ.items() if k not in own}
    if failpoint is not None:
        env["CONGRESS_FAILPOINT"] = failpoint
    return subprocess.Popen(
        [sys.executable, "-m", "congress", *args, "-w", str(ws)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )
