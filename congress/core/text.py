"""Vietnamese text normalisation, comparison keys and legacy-encoding detection.

Pure functions only (standard library, no I/O). See domain.md section 7.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

__all__ = [
    "BIDI_CONTROLS",
    "LEGACY_FONTS",
    "clean",
    "contains_phrase",
    "fold",
    "header_key",
    "is_legacy_font",
    "looks_legacy_encoded",
    "strip_bidi",
    "strip_diacritics",
    "xml_safe",
]

# Invisible characters that are dropped outright.
# Bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) show a text's characters in
# another order than they are stored: in a name or a document they only hide what is written.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad") | BIDI_CONTROLS
_BIDI_TABLE = dict.fromkeys(map(ord, BIDI_CONTROLS))

_NON_ALNUM_RUN = re.compile(r"[\W_]+")


def _map_char(ch: str) -> str:
    """Return the replacement for one character before NFC/whitespace folding."""
    if ch in _ZERO_WIDTH:
        return ""
    category = unicodedata.category(ch)
    if category in ("Zs", "Zl", "Zp"):
        return " "
    if category == "Cc":
        # \t, \n, \r, \v, \f, FS..US and NEL separate words; other controls are noise.
        return " " if ch.isspace() else ""
    return ch


def _translation() -> dict[int, str | None]:
    """`_map_char` for every character it changes: zero-width, controls, space separators."""
    table: dict[int, str | None] = {}
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA1), 0x1680, *range(0x2000, 0x2030), 0x205F,
                 0x3000, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x061C,
                 *range(0x2066, 0x206A)):  # fmt: skip
        mapped = _map_char(chr(code))
        if mapped != chr(code):
            table[code] = mapped or None
    return table


_TRANSLATION = _translation()
# the characters `_TRANSLATION` changes: most text has none, and a regex search over it is far
# cheaper than `str.translate` with a dict table, which looks every character up
_MAPPED = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRANSLATION) + "]")
# after the table every whitespace character is U+0020 (NFC makes none), so only runs of spaces
# need collapsing
_SPACE_RUN = re.compile("  +")


# the bidirectional controls: as `_MAPPED`, a search is far cheaper than the table's lookups of
# every character, and almost no string has one (every string of every YAML file comes here)
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


@lru_cache(maxsize=65536)
def strip_bidi(value: str) -> str:
    """`value` without its bidirectional controls (see BIDI_CONTROLS)."""
    return value.translate(_BIDI_TABLE) if _BIDI.search(value) else value


def clean(value: str) -> str:
    """Normalise a string read from a user file (see `_clean`); a short one is remembered (a
    list's cells are read several times, and the same words recur from ward to ward)."""
    return _clean_short(value) if len(value) <= SHORT else _clean(value)


SHORT = 100  # characters: a string this long or shorter is worth remembering, and costs little


def _clean(value: str) -> str:
    """Normalise a string read from a user file.

    NFC; every Unicode space separator (including NBSP U+00A0, U+2007, U+202F) and
    whitespace control (tab, newline, carriage return, ...) becomes a space; zero-width
    characters, the soft hyphen and other control characters are removed; runs of
    whitespace collapse to one space; leading/trailing space is stripped. Idempotent.
    """
    mapped = value.translate(_TRANSLATION) if _MAPPED.search(value) else value
    # NFC after the removals: dropping a zero-width char may bring a base letter and
    # a combining mark together.
    normalised = unicodedata.normalize("NFC", mapped)
    return _SPACE_RUN.sub(" ", normalised).strip(" ")


_clean_short = lru_cache(maxsize=8192)(_clean)


@lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Comparison key for names: clean, case-fold, NFC. Keeps diacritics."""
    return unicodedata.normalize("NFC", clean(value).casefold())


def strip_diacritics(value: str) -> str:
    """Remove every combining mark (tones, breve, circumflex, horn) and map đ/Đ to d/D."""
    decomposed = unicodedata.normalize("NFD", value)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    base = base.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", base)


@lru_cache(maxsize=65536)
def header_key(value: str) -> str:
    """Key for matching spreadsheet headers ignoring case, spacing, punctuation, diacritics.

    >>> header_key(" Họ và  TÊN* ")
    'ho va ten'
    """
    plain = strip_diacritics(clean(value)).lower()
    return _NON_ALNUM_RUN.sub(" ", plain).strip()


def contains_phrase(haystack: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``haystack`` as whole words (compared by header_key)."""
    key = header_key(needle)
    if not key:
        return False
    return f" {key} " in f" {header_key(haystack)} "


# ---------------------------------------------------------------------------
# Legacy encodings (TCVN3/ABC and VNI-Windows)
# ---------------------------------------------------------------------------

# Case-folded names of common TCVN3 (".Vn...") and VNI ("VNI-...") fonts.
LEGACY_FONTS: frozenset[str] = frozenset(
    {
        ".vntime",
        ".vntimeh",
        ".vnarial",
        ".vnarialh",
        ".vnarial narrow",
        ".vnarial narrowh",
        ".vnhelvetins",
        ".vnhelvetinsh",
        ".vncentury schoolbook",
        ".vnbook antiqua",
        ".vncourier",
        ".vncourier new",
        ".vnmemo",
        ".vnavant",
        ".vnbodoni",
        ".vnclarendon",
        ".vncooper",
        ".vnlinus",
        ".vnrevue",
        ".vnuniverse",
        "vni-times",
        "vni-helve",
        "vni-helve-condense",
        "vni-aptima",
        "vni-book",
        "vni-centur",
        "vni-couri",
        "vni-garam",
        "vni-souvir",
        "vni-univer",
    }
)

_LEGACY_FONT_PREFIXES = (".vn", "vni-")


def is_legacy_font(name: str | None) -> bool:
    """True for a TCVN3 (``.VnTime``...) or VNI (``VNI-Times``...) font name."""
    if not name:
        return False
    key = clean(name).casefold()
    return key in LEGACY_FONTS or key.startswith(_LEGACY_FONT_PREFIXES)


# Characters that correctly encoded Vietnamese never contains but that TCVN3/VNI text
# read as Windows-1252 produces: the Latin-1 symbols TCVN3 uses for letters
# (U+00A1..U+00AE: Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ; U+00B5..U+00B9 and U+00BB..U+00BE: toned
# a/ă) and Latin-1 letters that are not Vietnamese. The remaining Latin-1 symbols
# (° ± ² ³ ´ ¯ º ¿) are not produced by either encoding and are left alone.
_TCVN3_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾"
_NON_VIETNAMESE_LETTERS = "ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ"
_LEGACY_CHARS = frozenset(_TCVN3_SYMBOLS + _NON_VIETNAMESE_LETTERS)
_LEGACY_CHAR = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_LEGACY_CHARS)) + "]")

# TCVN3 stores toned vowels at codes that show as upper-case Latin-1 letters; inside
# a lower-case word they give "NguyÔn", "TiÕn", "ChÝ". Only the letters that are also
# valid Vietnamese need this rule, the others are in _LEGACY_CHARS already.
_TCVN3_CAPITAL = re.compile(r"[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]")

# VNI writes a base vowel followed by a mark letter. These pairs never occur in
# correctly encoded Vietnamese ("oá", "oà", "oã" do, as in hoá, hoà, ngoãn, and are
# excluded): aâ=â aê=ă aù=á aõ=ã aá=ấ aà=ầ aã=ẫ aé=ắ aè=ằ aú=ẳ, eâ=ê eù=é eõ=ẽ
# eá=ế eà=ề eã=ễ, oâ=ô où=ó oõ=õ, uù=ú uõ=ũ, yù=ý yõ=ỹ, ôù=ớ ôõ=ỡ.
_VNI_PAIR = re.compile(r"a[âêùõáàãéèú]|e[âùõáàã]|o[âùõ]|[uyô][ùõ]", re.IGNORECASE)


def _has_tcvn3_capital(value: str) -> bool:
    for match in _TCVN3_CAPITAL.finditer(value):
        start = match.start()
        if start == 0 or not value[start - 1].islower():
            continue
        following = value[start + 1 : start + 2]
        if not following.isupper():
            return True
    return False


def looks_legacy_encoded(value: str) -> bool:
    """Heuristic: does ``value`` look like TCVN3 or VNI text decoded as Windows-1252?

    Pass the raw cell value (before :func:`clean`, which would drop the soft hyphen
    that TCVN3 uses for "ư"). True when, after NFC, the text contains

    1. a character of ``_LEGACY_CHARS`` (e.g. "V¨n", "Lª", "§oµn", "Huøng");
    2. an upper-case À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý right after a lower-case letter
       and not followed by an upper-case letter (TCVN3 "NguyÔn", "ChÝ"); or
    3. a VNI vowel + mark pair (see ``_VNI_PAIR``: "Nguyeãn", "Traàn", "Vaên").

    Legacy text whose only non-ASCII letters are also valid Vietnamese cannot be told
    apart (VNI "Thò" for "Thị", "Hoà" for "Hồ"); callers should test whole columns.
    """
    text = unicodedata.normalize("NFC", value)
    if _LEGACY_CHAR.search(text):
        return True
    if _has_tcvn3_capital(text):
        return True
    return _VNI_PAIR.search(text) is not None


_T = TypeVar("_T")


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value: _T) -> _T:
    """`value` with every string stripped of characters XML 1.0 refuses (control characters),
    recursively through dicts and lists; other values are returned as they are."""
    if isinstance(value, str):
        # every character refused is also one `isprintable` refuses (C0 controls, U+FFFE/FFFF,
        # surrogates): a printable string, most of them, is returned without a substitution
        if value.isprintable():
            return value
        return _XML_ILLEGAL.sub("", value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {k: xml_safe(v) for k, v in value.items()}  # type: ignore[return-value]
    if isinstance(value, list):
        return [xml_safe(v) for v in value]  # type: ignore[return-value]
    return value
