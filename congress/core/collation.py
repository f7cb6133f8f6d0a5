"""Vietnamese ordering of people's names (domain.md section 7).

Names are ordered by given name (last word), then family name (first word), then
middle names in order. Syllables are compared in Vietnamese alphabetical order

    a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y

case-insensitively, letters first and tone only when the letters are equal, in the
order: no mark, huyền, hỏi, ngã, sắc, nặng. Breve, circumflex, horn and đ belong to
the letter. Pure functions only (standard library, no I/O).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from congress.core.text import SHORT, clean

__all__ = ["name_key", "sort_names", "syllable_key"]

# Vietnamese alphabet with the Latin letters it lacks (f j w z) at their Latin place.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"  # one NFC character per letter

# Code ranges, ascending: symbols < digits < Latin/Vietnamese letters < other letters.
_DIGIT_BASE = 0x110000  # above every code point, so symbols (ord) sort first
_LETTER_BASE = _DIGIT_BASE + 10
_OTHER_BASE = 0x120000

_LETTER_CODE: dict[str, int] = {letter: _LETTER_BASE + i for i, letter in enumerate(_ALPHABET)}

_BREVE = "\u0306"
_CIRCUMFLEX = "\u0302"
_HORN = "\u031b"

# (base letter, letter modifier) -> Vietnamese letter.
_MODIFIED: dict[tuple[str, str], str] = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}

# Combining tone marks -> rank: no mark 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5.
_TONE_RANK: dict[str, int] = {
    "\u0300": 1,  # grave (huyền)
    "\u0309": 2,  # hook above (hỏi)
    "\u0303": 3,  # tilde (ngã)
    "\u0301": 4,  # acute (sắc)
    "\u0323": 5,  # dot below (nặng)
}

SyllableKey = tuple[tuple[int, ...], int]


def _decompose(value: str) -> str:
    """Canonical caseless form, fully decomposed: NFD(casefold(NFD(clean(value))))."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", clean(value)).casefold())


def _char_code(ch: str) -> int:
    code = _LETTER_CODE.get(ch)
    if code is not None:
        return code
    digit = unicodedata.decimal(ch, -1)
    if digit >= 0:
        return _DIGIT_BASE + digit
    if ch.isalpha():
        return _OTHER_BASE + ord(ch)
    return ord(ch)


def syllable_key(syllable: str) -> tuple[tuple[int, ...], int]:
    """Sort key of one syllable: (letter codes without tone, tone rank).

    Accepts NFC or NFD text and either tone placement ("hoà"/"hòa" give equal keys).
    Combining marks that are neither Vietnamese tones nor letter modifiers are ignored.
    """
    letters: list[str] = []
    tone = 0
    for ch in _decompose(syllable):
        if not unicodedata.combining(ch):
            letters.append(ch)
            continue
        rank = _TONE_RANK.get(ch)
        if rank is not None:
            if tone == 0:
                tone = rank
        elif letters:
            modified = _MODIFIED.get((letters[-1], ch))
            if modified is not None:
                letters[-1] = modified
    return tuple(_char_code(ch) for ch in letters), tone


_EMPTY: SyllableKey = ((), 0)


def name_key(full_name: str) -> tuple[object, ...]:
    """Sort key of a full name (`_name_key`); a name of ordinary length is remembered: a ward's
    lists are sorted many times (the checks, the documents)."""
    return _short_name_key(full_name) if len(full_name) <= SHORT else _name_key(full_name)


def _name_key(full_name: str) -> tuple[object, ...]:
    """Sort key of a full name: given name, family name, middle names, cleaned name.

    A single word is the given name (its family name sorts as empty, i.e. first).
    The cleaned string is the last element so the order is total and deterministic.
    """
    cleaned = clean(full_name)
    words = cleaned.split(" ") if cleaned else []
    if not words:
        return (_EMPTY, _EMPTY, (), cleaned)
    given = syllable_key(words[-1])
    family = syllable_key(words[0]) if len(words) > 1 else _EMPTY
    middles = tuple(syllable_key(word) for word in words[1:-1])
    return (given, family, middles, cleaned)


_short_name_key = lru_cache(maxsize=8192)(_name_key)


def sort_names(names: Iterable[str]) -> list[str]:
    """Return ``names`` (unchanged strings) in Vietnamese name order."""
    return sorted(names, key=name_key)
