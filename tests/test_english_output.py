"""`congress --lang en` prints no Vietnamese label: what Vietnamese remains comes from the data.

The main commands run on a copy of the example workspace; every string the user's files hold
(names, units, areas, vote items, the rulesets' quotes) is stripped from the output, and then no
Vietnamese letter may remain.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from congress.adapters.people_reader import read_people
from congress.cli import render_ward
from congress.messages import CATALOGUE
from tests.cli_helpers import ROOT, run

VIETNAMESE = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"
)
ACTOR = "Nguyễn Văn An"
WORKFLOW = ROOT / "workflows" / "ward-2024-2029"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "examples"
    shutil.copytree(
        ROOT / "examples", target, ignore=shutil.ignore_patterns(".congress", "out", "dong-da")
    )
    # One line per table row, so that a data string is never cut by wrapping.
    monkeypatch.setenv("COLUMNS", "4000")
    monkeypatch.setattr(render_ward.console, "width", 4000)
    return target


def _strings(node: Any, skip: tuple[str, ...] = ()) -> Iterator[str]:
    """Every text in a YAML document, except translated {vi, en} pairs and the keys in `skip`."""
    if isinstance(node, dict):
        if {"vi", "en"} <= set(node):
            return
        for key, value in node.items():
            if key not in skip:
                yield from _strings(value, skip)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, skip)
    elif isinstance(node, str):
        yield node


def _data(ws: Path) -> list[str]:
    """The user's data: every text of the workspace's files and of the bundled workflow."""
    texts = {ACTOR}
    for path in [*ws.rglob("*.yaml"), *WORKFLOW.glob("*.yaml"), ROOT / "workflows" / "rules.yaml"]:
        # age bands are named in English from their bounds
        texts.update(_strings(yaml.safe_load(path.read_text(encoding="utf-8")), ("age_bands",)))
    for path in [*ws.rglob("*.xlsx"), *ws.rglob("*.csv")]:
        for person in read_people(path, "proposed").people:
            texts.update(
                v for v in (person.name, person.position, person.representation, person.note) if v
            )
    labels = {entry["vi"] for entry in CATALOGUE.values()}
    kept = (s for s in texts if s not in labels and VIETNAMESE.search(s))
    return sorted(kept, key=len, reverse=True)


def _leftovers(out: str, data: list[str]) -> list[str]:
    for text in data:
        out = out.replace(text, "")
    return [line for line in out.splitlines() if VIETNAMESE.search(line)]


def test_english_output_has_no_vietnamese_label(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    wards = ws / "wards"
    tally = wards / "o-cho-dua"
    commands = [
        ("personnel", "check", str(wards / "o-cho-dua")),
        ("personnel", "check", str(wards / "van-mieu"), "--people"),
        ("ward", "status", "-w", str(ws)),
        ("ward", "confirm", "o-cho-dua", "plan_issued", "--by", ACTOR, "-w", str(ws)),
        ("ward", "check", "o-cho-dua", "-w", str(ws)),
        ("ward", "advance", "o-cho-dua", "start_drafts", "--by", ACTOR, "-w", str(ws)),
        ("ward", "history", "o-cho-dua", "-w", str(ws)),
        ("workflow", "show", "-w", str(ws), "--ward", "o-cho-dua"),
        ("tally", "o-cho-dua", "-w", str(ws)),
        ("tally", "compare", str(tally / "tally.yaml"), str(tally / "tally-nhap-sai.yaml")),
        ("district", "status", str(ws)),
    ]
    data = _data(ws)
    found = {}
    for args in commands:
        result = run(capsys, "--lang", "en", *args)
        assert result.code in (0, 1), (args, result.err)
        left = _leftovers(result.out + result.err, data)
        if left:
            found[" ".join(args[:2])] = left
    assert not found, found


@pytest.mark.parametrize("command", [(), ("ward",), ("ward", "status"), ("tally", "compare")])
def test_click_help_option_speaks_the_process_language(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    vietnamese = run(capsys, *command, "--help")
    assert vietnamese.code == 0
    assert "In hướng dẫn này rồi thoát." in vietnamese.out
    assert "Show this message" not in vietnamese.out
    english = run(capsys, "--lang", "en", *command, "--help")
    assert "Show this message and exit." in english.out
