"""The checks a workflow guard can name (``checks: [personnel]``), run on one ward's files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from congress.adapters.rulebook_files import load_rulebook, resolve_ruleset
from congress.adapters.yaml_files import load_model
from congress.core.findings import Finding
from congress.core.ward import WardFile
from congress.services.personnel import WARD_FILE, PersonnelSources, check_ward


@dataclass(frozen=True)
class WardFolder:
    """What a check needs to know about the ward it runs on."""

    slug: str
    folder: Path
    default_ruleset: str
    lang: str
    today: date


@dataclass(frozen=True)
class CheckRun:
    """A check's findings, the files they were computed from, and what to keep in the history.

    `details` go into the transition's history row (e.g. ``{"tally": <the results>}``), so a
    decision keeps what it was taken on.
    """

    findings: list[Finding]
    inputs: list[Path]
    details: dict[str, Any] = field(default_factory=dict)


def personnel(ward: WardFolder) -> CheckRun:
    """The personnel rules on the ward's proposed and outgoing lists."""
    report = check_ward(
        PersonnelSources.files(),
        ward.folder,
        ward.lang,
        default_ruleset=ward.default_ruleset,
        today=ward.today,
    )
    facts = load_model(ward.folder / WARD_FILE, WardFile)
    inputs = [ward.folder / WARD_FILE, ward.folder / facts.lists.proposed]
    if facts.lists.previous:
        inputs.append(ward.folder / facts.lists.previous)
    inputs.append(resolve_ruleset(facts.ruleset or ward.default_ruleset, ward.folder))
    return CheckRun(report.findings, inputs)


def _drafts_inputs(ward: WardFolder, ruleset: str) -> list[Path]:
    from congress.services.documents import CONGRESS_FILE, DRAFTS_FILE

    names = [WARD_FILE, DRAFTS_FILE, CONGRESS_FILE]
    return [ward.folder / n for n in names] + [resolve_ruleset(ruleset, ward.folder)]


def draft_check(ward: WardFolder, *, drafts: bool, script: bool) -> CheckRun:
    """The draft and/or script rules on the ward's files (the guards and `docs check` alike)."""
    from congress.core.draft_rules import DRAFT_RULES, SCRIPT_RULES
    from congress.core.ruleset import evaluate
    from congress.services.draft_checks import load_drafts_context

    ctx, ruleset = load_drafts_context(ward.folder, ward.default_ruleset)
    book = load_rulebook(ruleset, ward.folder)
    found = evaluate(book, DRAFT_RULES, ctx, ward.lang) if drafts else []
    found += evaluate(book, SCRIPT_RULES, ctx, ward.lang) if script else []
    return CheckRun(found, _drafts_inputs(ward, ruleset))


def drafts(ward: WardFolder) -> CheckRun:
    """The draft checks on drafts.yaml (political report, review report, action programme)."""
    return draft_check(ward, drafts=True, script=False)


def script(ward: WardFolder) -> CheckRun:
    """The script checks on congress.yaml (a part for every Presidium member, distinct speeches)."""
    return draft_check(ward, drafts=False, script=True)


def tally(ward: WardFolder) -> CheckRun:
    """The vote-counting rules on tally.yaml; the results, when it reconciles, for the history."""
    from congress.services.tally import check_folder

    checked = check_folder(ward.folder, ward.slug, ward.default_ruleset, ward.lang)
    results = checked.report.results
    details = {"tally": results.model_dump(mode="json")} if results is not None else {}
    return CheckRun(checked.report.findings, checked.inputs, details)


CHECKS: dict[str, Callable[[WardFolder], CheckRun]] = {
    "personnel": personnel,
    "drafts": drafts,
    "script": script,
    "tally": tally,
}


def inputs_hash(paths: list[Path]) -> str:
    """SHA-256 over the names and bytes of the files a decision was computed from."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()
