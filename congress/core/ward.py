"""A ward's own file: its name, planned committee size, member organisations, residential areas."""

from __future__ import annotations

from typing import Any

from pydantic import field_validator, model_validator
from pydantic_core import PydanticCustomError

from congress.core import level_fields, levels
from congress.core.bounds import PlausibleDate, Size
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
    congress_date: PlausibleDate | None = None
    # asked only by what uses it: the rules on the committee's size say «chưa kiểm tra» without it
    planned_size: Size | None = None
    member_organisations: list[Unit] | None = None
    residential_areas: list[Unit] | None = None
    lists: WardLists
    timeline: dict[str, PlausibleDate | None] = {}
    # xã, phường, thị trấn, đặc khu; default: the word the name starts with, else phường
    unit_type: level_fields.UnitType = None
    # the supervising unit's level; default: unit.yaml's, else the word `unit` starts with
    level: level_fields.UpperLevel = None
    # this ward's own congress ordinal, in Roman numerals (congress.yaml's, if any, wins)
    ordinal: level_fields.Ordinal = None
    # default: unit.yaml's term, else the ruleset's
    term: str | None = None

    @model_validator(mode="after")
    def _type_matches_name(self) -> WardFile:
        """«Xã Sóc Sơn» with `unit_type: phường` would print «phường Xã Sóc Sơn»: say so."""
        word, bare = levels.split_ward_name(self.ward)
        if word and self.unit_type and word != self.unit_type and not bare.isdigit():
            key = "ward.unit_type_mismatch"
            raise PydanticCustomError(
                "catalogue", key, {"key": key, "word": word, "unit_type": self.unit_type}
            )
        return self

    @property
    def kind(self) -> str:
        """The unit's type: as written in ward.yaml, else its name's word, else phường."""
        return self.unit_type or levels.split_ward_name(self.ward)[0] or levels.DEFAULT_UNIT_TYPE

    @property
    def bare_name(self) -> str:
        """The name without its type word: «Xã Sóc Sơn» -> «Sóc Sơn»; «Phường 5» -> «5»."""
        word, bare = levels.split_ward_name(self.ward)
        return bare if word is None or word == self.kind else self.ward

    @property
    def full_name(self) -> str:
        """ "phường Ô Chợ Dừa", "xã Sóc Sơn", "Phường 5"."""
        return levels.full_name(self.kind, self.bare_name)

    @property
    def place(self) -> str:
        """The ward as a dateline names it: "Ô Chợ Dừa", "Sóc Sơn", "Phường 5"."""
        return levels.place_name(self.kind, self.bare_name)

    @field_validator("member_organisations", "residential_areas", mode="before")
    @classmethod
    def _plain_names(cls, value: Any) -> Any:
        """Each item may be a plain name or a mapping with name and aliases."""
        return _unit_list(value)
