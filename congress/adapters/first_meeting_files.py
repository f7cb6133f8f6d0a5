"""The `first_meeting:` section of a ward's `tally.yaml` (the new committee's first meeting).

Read apart from the count itself (`tally_files`), which ignores the section: the two models can
then be reconciled later without either reading the other's keys.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from congress.adapters.yaml_files import read_yaml, validation_error
from congress.core.first_meeting import FirstMeeting

SECTION = "first_meeting"


def load_first_meeting(path: Path) -> FirstMeeting | None:
    """The section, validated (a wrong key names its line); None when the file has none."""
    data, node = read_yaml(path)
    section = data.get(SECTION) if isinstance(data, dict) else None
    if section is None:
        return None
    try:
        return FirstMeeting.model_validate(section)
    except ValidationError as exc:
        raise validation_error(exc, path, node, FirstMeeting, (SECTION,)) from exc
