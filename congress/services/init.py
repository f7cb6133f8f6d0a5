"""Use case: `congress init` — a new workspace with its wards registered at the first stage, each
with its inputs: the lists, the congress details and count forms, and its three Word drafts
(`congress.services.drafts_word`), registered so that a later `docs draft` keeps what the officer
edited."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.workspace import load_definition, read_workspace, state_db
from congress.adapters.workspace_init import write_workspace
from congress.core.levels import infer_level
from congress.core.records import GeneratedDocument, NewEvent, Store
from congress.services.documents import TemplateSet
from congress.services.drafts_word import first_drafts
from congress.services.ward_checks import CHECKS
from congress.services.workspace import registration


def init_workspace(
    target: Path,
    *,
    unit: str,
    term: str,
    workflow: str,
    wards: Sequence[str],
    pilot: str | None,
    now: datetime,
    level: str | None = None,
    unit_type: str | None = None,
    open_store: Callable[[Path], Store],
) -> dict[str, str]:
    """Write the workspace and its state database (made by `open_store`, given where to create
    it), each ward's drafts in ``van-kien/``; return the wards by folder name. The files are
    written in a temporary folder first and renamed into place; the wards and their drafts are
    registered last, in one transaction. A failure anywhere leaves no workspace behind and no
    row in the database."""
    definition = load_definition(workflow, set(CHECKS))
    book = load_rulebook(definition.ruleset)
    own = None
    if workflow.endswith((".yaml", ".yml")) or "/" in workflow:
        # unit.yaml names a file inside the workspace (issue 14): a workflow of the officer's own
        # is copied in, unless it is there already (then named relative to the workspace).
        source, root = Path(workflow).resolve(), target.resolve().parent / target.name
        if source.is_relative_to(root):
            workflow = os.path.relpath(source, root)
        else:
            own = source

    # What goes into the database, gathered while the files are written; registered last.
    drafts: dict[str, list[tuple[GeneratedDocument, NewEvent]]] = {}

    def prepare(folder: Path, slugs: dict[str, str]) -> None:
        # The drafts, as `docs draft` writes them, into the finished folder; no database yet.
        files = read_workspace(folder, set(CHECKS))
        templates = TemplateSet()
        for slug in slugs:
            drafts[slug] = first_drafts(files, slug, templates, definition.initial, now)

    def register(folder: Path, slugs: dict[str, str]) -> None:
        # Last, once every file is in place, in ONE transaction: a shared database (PostgreSQL)
        # lies outside the folder, and its history is append-only — a row written there before
        # a failure could never be taken back (issue 15).
        store = open_store(state_db(folder))
        try:
            new = [registration(definition, slug, name, now) for slug, name in slugs.items()]
            store.start(new, drafts)
        finally:
            store.close()

    return write_workspace(
        target,
        unit=unit,
        term=term,
        workflow=workflow,
        wards=wards,
        pilot=pilot,
        level=level or infer_level(unit),
        unit_type=unit_type,
        categories=book.ruleset.categories,
        stages=[s.id for s in definition.stages[1:]],
        prepare=prepare,
        register=register,
        workflow_file=own,
    )
