"""The supervising unit's file (`unit.yaml`): who it is, its wards' workflow, pilot, timeline."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from congress.core import level_fields, levels
from congress.core.bounds import PlausibleDate
from congress.core.ruleset import Strict


class WorkingGroup(Strict):
    """A working group (*Tổ công tác*) that follows some of the wards."""

    name: str
    leader: str | None = None
    wards: list[str] = []


class Lesson(Strict):
    """A lesson of the pilot congress that every other ward must address."""

    id: str
    text: str


class Signer(Strict):
    """Who signs the unit's reports upward for its Ban Thường trực: name and title (in normal
    case; the signature block prints the title in capitals)."""

    name: str
    title: str = "Chủ tịch"


class UnitFile(Strict):
    """`unit.yaml`: the district (or any supervising unit) running its wards' congresses."""

    unit: str
    level: level_fields.UpperLevel = (
        None  # quận, huyện, thị xã, thành phố, tỉnh; inferred from `unit`'s name
    )
    term: str
    ordinal: level_fields.Ordinal = None
    workflow: str
    pilot_ward: str | None = None
    working_groups: list[WorkingGroup] = []
    timeline: dict[str, PlausibleDate | None] = {}
    lessons: list[Lesson] = []
    signer: Signer | None = None

    @model_validator(mode="before")
    @classmethod
    def _infer_level(cls, data: Any) -> Any:
        """No level written: the word the unit's name starts with («Tỉnh …» -> tỉnh)."""
        if (
            isinstance(data, dict)
            and data.get("level") is None
            and isinstance(data.get("unit"), str)
        ):
            return {**data, "level": levels.infer_level(data["unit"])}
        return data

    def group_of(self, slug: str) -> str | None:
        return next((g.name for g in self.working_groups if slug in g.wards), None)
