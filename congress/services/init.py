"""Use case: `congress init` — a new workspace with its wards registered at the first stage."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.workspace import DB_FILE, STATE_DIR, load_definition
from congress.adapters.workspace_init import write_workspace
from congress.services.ward_checks import CHECKS
from congress.services.workflow import registration


def init_workspace(
    target: Path,
    *,
    unit: str,
    term: str,
    workflow: str,
    wards: Sequence[str],
    pilot: str | None,
    now: datetime,
) -> dict[str, str]:
    """Write the workspace and its state database; return the wards by folder name."""
    from congress.adapters.store import open_store

    definition = load_definition(workflow, set(CHECKS))
    book = load_rulebook(definition.ruleset)
    if workflow.endswith((".yaml", ".yml")) or "/" in workflow:
        # unit.yaml reads a path relative to the workspace: write it so, whatever our folder.
        workflow = os.path.relpath(Path(workflow).resolve(), target.resolve().parent / target.name)

    def prepare(folder: Path, slugs: dict[str, str]) -> None:
        store = open_store(folder / STATE_DIR / DB_FILE, create=True)
        try:
            for slug, name in slugs.items():
                record, event = registration(definition, slug, name, now)
                store.register(record, event)
        finally:
            store.close()

    return write_workspace(
        target,
        unit=unit,
        term=term,
        workflow=workflow,
        wards=wards,
        pilot=pilot,
        categories=book.ruleset.categories,
        stages=[s.id for s in definition.stages[1:]],
        prepare=prepare,
    )
