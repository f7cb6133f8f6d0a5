"""The one catalogue of what a user reads, apart from rule findings (those are in `workflows/rules.yaml`).

Each area module defines `MESSAGES`, a dict of key -> {"vi": ..., "en": ...}; they are merged here
into `CATALOGUE`, and a key defined in two areas stops the import. Look messages up with
`congress.i18n.t`.
"""

from __future__ import annotations

from types import ModuleType

from congress.messages import (
    cli_help,
    common,
    dashboard,
    docs_draft,
    documents,
    figures,
    forms,
    help_texts,
    help_ward,
    integrity,
    labels,
    limits,
    naming,
    reading,
    spreadsheets,
    store_pg,
    tally,
    unchecked,
    ward_facts,
    word_drafts,
    word_sources,
    workflow,
)
from congress.messages.types import Catalogue

AREAS: tuple[ModuleType, ...] = (
    common,
    labels,
    figures,
    workflow,
    documents,
    tally,
    dashboard,
    forms,
    docs_draft,
    naming,
    cli_help,
    help_texts,
    help_ward,
    word_drafts,
    reading,
    limits,
    integrity,
    ward_facts,
    word_sources,
    unchecked,
    spreadsheets,
    store_pg,
)


class DuplicateKeyError(Exception):
    """A message key is defined in two area modules of the catalogue."""


def merge(areas: tuple[ModuleType, ...]) -> Catalogue:
    merged: Catalogue = {}
    origin: dict[str, str] = {}
    for area in areas:
        for key, entry in area.MESSAGES.items():
            if key in merged:
                raise DuplicateKeyError(f"{key!r} is in {origin[key]} and {area.__name__}")
            merged[key] = entry
            origin[key] = area.__name__
    return merged


CATALOGUE: Catalogue = merge(AREAS)
