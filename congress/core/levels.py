"""Administrative levels as data (domain.md §8): a ward-level unit's type, its supervising level,
and how their names are written in a document.

A ward-level unit is a xã, phường, thị trấn or (after 2025) đặc khu; the level above is a quận,
huyện, thị xã, thành phố or (after 2025) tỉnh. A name may be written with its type («Xã Sóc Sơn»)
or without it («Ô Chợ Dừa»); a name that is only a number keeps its word («Phường 5»).

Plain data and functions: the command line offers these words as choices without loading
pydantic; the fields of the unit and ward files that check them are in `level_fields`.
"""

from __future__ import annotations

UNIT_TYPES: tuple[str, ...] = ("xã", "phường", "thị trấn", "đặc khu")
UPPER_LEVELS: tuple[str, ...] = ("quận", "huyện", "thị xã", "thành phố", "tỉnh")
DEFAULT_UNIT_TYPE = "phường"


def _split(name: str, words: tuple[str, ...]) -> tuple[str | None, str]:
    """(the type word the name starts with, the rest); longest words first («thị xã» before
    «xã»). A name with no such word, or only the word, comes back whole."""
    lower = name.lower()
    for word in sorted(words, key=len, reverse=True):
        if lower.startswith(word + " ") and name[len(word) :].strip():
            return word, name[len(word) :].strip()
    return None, name


def split_ward_name(name: str) -> tuple[str | None, str]:
    """ "Xã Sóc Sơn" -> ("xã", "Sóc Sơn"); "Ô Chợ Dừa" -> (None, "Ô Chợ Dừa")."""
    return _split(name, UNIT_TYPES)


def split_unit_name(name: str) -> tuple[str | None, str]:
    """ "Quận Đống Đa" -> ("quận", "Đống Đa"); "Tỉnh Mẫu" -> ("tỉnh", "Mẫu")."""
    return _split(name, UPPER_LEVELS)


def infer_level(unit: str) -> str | None:
    """The supervising level its name starts with: «Thành phố …» -> thành phố, «Tỉnh …» ->
    tỉnh, «Huyện …», «Thị xã …», «Quận …»; None when the name does not say."""
    return split_unit_name(unit)[0]


def _numbered(bare: str) -> bool:
    return bare.replace(" ", "").isdigit()


def place_name(unit_type: str | None, bare: str) -> str:
    """The name as a dateline writes it: «Ô Chợ Dừa», but «Phường 5» keeps its word."""
    if unit_type and _numbered(bare):
        return f"{unit_type.capitalize()} {bare}"
    return bare


def full_name(unit_type: str | None, bare: str) -> str:
    """The name as running text writes it: «phường Ô Chợ Dừa», «xã Sóc Sơn», «Phường 5»."""
    if not unit_type:
        return bare
    if _numbered(bare):
        return place_name(unit_type, bare)
    return f"{unit_type} {bare}"


def title_name(unit_type: str | None, bare: str) -> str:
    """The name at the start of a line: «Phường Hàng Bột», «Xã Đồng Tiến»."""
    full = full_name(unit_type, bare)
    return full[:1].upper() + full[1:]
