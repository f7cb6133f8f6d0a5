"""The fields of the unit and ward files that hold a level, a unit type or a congress ordinal,
checked on load (a catalogue error naming the allowed words). The words are in `levels`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from congress.core.levels import UNIT_TYPES, UPPER_LEVELS
from congress.core.vn_format import roman

_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")


def check_choice(value: str | None, choices: tuple[str, ...]) -> str | None:
    """`value` in lower case when it is one of `choices` (a catalogue error naming them)."""
    if value is None:
        return None
    text = " ".join(str(value).split()).lower()
    if text not in choices:
        raise PydanticCustomError(
            "catalogue", "config.choice", {"key": "config.choice", "allowed": ", ".join(choices)}
        )
    return text


def check_ordinal(value: object) -> str | None:
    """A congress ordinal as a Roman numeral: 17 or "17" -> "XVII", "xvii" -> "XVII"."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _bad_ordinal()
    text = str(value).strip()
    if text.isdigit():
        return roman(int(text))
    if text == "…":
        return text
    if not _ROMAN.match(text.upper()):
        raise _bad_ordinal()
    return text.upper()


def _bad_ordinal() -> PydanticCustomError:
    return PydanticCustomError("catalogue", "config.ordinal", {"key": "config.ordinal"})


def _upper_level(value: Any) -> Any:
    return check_choice(value, UPPER_LEVELS)


def _unit_type(value: Any) -> Any:
    return check_choice(value, UNIT_TYPES)


# Fields of the unit and ward files, validated where they are declared.
UpperLevel = Annotated[str | None, BeforeValidator(_upper_level)]
UnitType = Annotated[str | None, BeforeValidator(_unit_type)]
Ordinal = Annotated[str | None, BeforeValidator(check_ordinal)]
