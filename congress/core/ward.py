"""A ward's own file: its name, planned committee size, member organisations, residential areas."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field, field_validator

from congress.core.ruleset import Strict
from congress.core.text import clean


class Unit(Strict):
    """A member organisation or a residential area, with other names it is written as."""

    name: str
    aliases: list[str] = []

    @field_validator("name", mode="before")
    @classmethod
    def _clean_name(cls, value: Any) -> Any:
        return clean(value) if isinstance(value, str) else value

    @property
    def spellings(self) -> list[str]:
        return [self.name, *self.aliases]


def _unit_list(value: Any) -> Any:
    if isinstance(value, list):
        return [{"name": item} if isinstance(item, str) else item for item in value]
    return value


class WardLists(Strict):
    """The ward's lists of people, as file names relative to the ward folder."""

    proposed: str
    previous: str | None = None


class WardFile(Strict):
    """`ward.yaml`: what the personnel checker needs to know about one ward."""

    ward: str
    unit: str | None = None
    ruleset: str | None = None
    congress_date: date | None = None
    planned_size: int = Field(ge=1)
    member_organisations: list[Unit] | None = None
    residential_areas: list[Unit] | None = None
    lists: WardLists
    timeline: dict[str, date | None] = {}

    @field_validator("member_organisations", "residential_areas", mode="before")
    @classmethod
    def _plain_names(cls, value: Any) -> Any:
        """Each item may be a plain name or a mapping with name and aliases."""
        return _unit_list(value)
