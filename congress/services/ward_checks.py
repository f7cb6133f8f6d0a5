"""The checks a workflow guard can name (``checks: [personnel]``), run on one ward's files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from congress.adapters.rulebook_files import resolve_ruleset
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
    """A check's findings and the files they were computed from."""

    findings: list[Finding]
    inputs: list[Path]


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


CHECKS: dict[str, Callable[[WardFolder], CheckRun]] = {"personnel": personnel}


def inputs_hash(paths: list[Path]) -> str:
    """SHA-256 over the names and bytes of the files a decision was computed from."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()
