"""Tests for congress.core.collation."""

from __future__ import annotations

import random
import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress.core.collation import name_key, sort_names, syllable_key
from congress.core.text import clean


def nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def assert_strictly_ordered(words: list[str]) -> None:
    for left, right in pairwise(words):
        assert syllable_key(left) < syllable_key(right), (left, right)


# ---------------------------------------------------------------------------
# syllable_key
# ---------------------------------------------------------------------------


def test_alphabet_order() -> None:
    assert_strictly_ordered(list("aăâbcdđeêghiklmnoôơpqrstuưvxy"))


def test_latin_letters_at_latin_position() -> None:
    assert_strictly_ordered(["ê", "f", "g"])
    assert_strictly_ordered(["i", "j", "k"])
    assert_strictly_ordered(["ư", "v", "w", "x", "y", "z"])


def test_digits_before_letters() -> None:
    assert_strictly_ordered(["0", "1", "9", "a"])
    assert_strictly_ordered(["10", "2"])  # character by character, not numeric


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("a", "ă"),
        ("ă", "â"),
        ("â", "b"),
        ("d", "đ"),
        ("đ", "e"),
        ("o", "ô"),
        ("ô", "ơ"),
        ("ơ", "p"),
        ("u", "ư"),
        ("ư", "v"),
        ("An", "Ân"),
        ("An", "Anh"),
        ("am", "ăm"),  # letters before tones and before later letters
        ("ăn", "âm"),
        ("Dũng", "Đào"),
        ("Hưng", "Hương"),
        ("Uyên", "Ưng"),
        ("z", "ø"),  # letters outside the Latin alphabet come last
        ("-", "0"),  # punctuation before digits
    ],
)
def test_letter_order(smaller: str, larger: str) -> None:
    assert syllable_key(smaller) < syllable_key(larger)


def test_foreign_marks_are_ignored() -> None:
    assert syllable_key("ǎ") == syllable_key("a")  # a + caron
    assert syllable_key("Müller") == syllable_key("Muller")


def test_tone_order() -> None:
    assert_strictly_ordered(["ma", "mà", "mả", "mã", "má", "mạ"])
    assert [syllable_key(w)[1] for w in ["ma", "mà", "mả", "mã", "má", "mạ"]] == [0, 1, 2, 3, 4, 5]


def test_letters_before_tones() -> None:
    for toned in ["ma", "mà", "mả", "mã", "má", "mạ"]:
        assert syllable_key(toned) < syllable_key("mai")
        assert syllable_key(toned) < syllable_key("mái")
    assert syllable_key("mạ") < syllable_key("mai")
    assert syllable_key("Ánh") < syllable_key("Ân")
    assert syllable_key("Hạnh") < syllable_key("Hằng")


def test_modifiers_and_tone_are_separate() -> None:
    letters, tone = syllable_key("ậ")
    assert (letters, tone) == (syllable_key("â")[0], 5)
    assert syllable_key("ợ") == (syllable_key("ơ")[0], 5)
    assert syllable_key("ừ") == (syllable_key("ư")[0], 1)
    assert syllable_key("ẵ") == (syllable_key("ă")[0], 3)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Hoà", "Hòa"),
        ("Thuỷ", "Thủy"),
        ("Khoẻ", "Khỏe"),
        ("Thoả", "Thỏa"),
        ("Uý", "Úy"),
        ("Đặng", "ĐẶNG"),
        ("đặng", nfd("Đặng")),
        ("Nguyễn", nfd("NGUYỄN")),
        # decomposed with marks in non-canonical order (tone before circumflex)
        ("ậ", "a\u0323\u0302"),
        ("ậ", "a\u0302\u0323"),
    ],
)
def test_equal_syllables(left: str, right: str) -> None:
    assert syllable_key(left) == syllable_key(right)


def test_empty_syllable() -> None:
    assert syllable_key("") == ((), 0)
    assert syllable_key("") < syllable_key("a")


# ---------------------------------------------------------------------------
# name_key / sort_names
# ---------------------------------------------------------------------------


def test_given_name_first() -> None:
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Anh", "Nguyễn Văn An"]
    assert sort_names(names) == ["Nguyễn Thị An", "Nguyễn Văn An", "Lê Anh", "Trần Văn Bình"]


def test_family_then_middle_names() -> None:
    names = [
        "Trần Văn Hùng",
        "Lê Văn Hùng",
        "Lê Hùng",
        "Lê Thị Thu Hùng",
        "Lê Thị Hùng",
        "Đặng Hùng",
        "Dương Hùng",
    ]
    assert sort_names(names) == [
        "Dương Hùng",
        "Đặng Hùng",
        "Lê Hùng",
        "Lê Thị Hùng",
        "Lê Thị Thu Hùng",
        "Lê Văn Hùng",
        "Trần Văn Hùng",
    ]


def test_tones_of_given_names() -> None:
    names = ["Lê Thị Hạnh", "Lê Thị Hằng", "Lê Thị Hà", "Lê Thị Hảo", "Lê Thị Hải", "Lê Thị Hạ"]
    assert sort_names(names) == [
        "Lê Thị Hà",
        "Lê Thị Hạ",
        "Lê Thị Hải",
        "Lê Thị Hạnh",
        "Lê Thị Hảo",
        "Lê Thị Hằng",
    ]


def test_single_word_name_is_given_name() -> None:
    assert sort_names(["Nguyễn Bình", "Bình", "An"]) == ["An", "Bình", "Nguyễn Bình"]


def test_empty_and_blank_names() -> None:
    assert sort_names(["Lê An", "", "   "]) in (["", "   ", "Lê An"], ["   ", "", "Lê An"])
    assert name_key("") == name_key(" \u00a0 ")


def test_nfd_input_sorts_like_nfc() -> None:
    names = ["Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Anh", "Đỗ Văn Ân", "Phạm Thị Ấn"]
    expected = sort_names(names)
    assert [nfc(n) for n in sort_names([nfd(n) for n in names])] == expected


def test_tone_placement_and_case_do_not_change_position() -> None:
    names = ["Lê Thị Hoà", "Lê Thị Hoa", "Lê Thị Hoả", "Lê Thị Hòa", "le thi hoa", "Lê Thị Hòe"]
    result = sort_names(names)
    assert result.index("Lê Thị Hoa") < result.index("Lê Thị Hoà")
    assert abs(result.index("Lê Thị Hoà") - result.index("Lê Thị Hòa")) == 1
    assert result[-1] == "Lê Thị Hòe"
    assert name_key("Lê Thị Hoà")[:3] == name_key("Lê Thị Hòa")[:3]


def test_total_deterministic_tie_break() -> None:
    assert name_key("Lê Thị Hoà") != name_key("Lê Thị Hòa")
    assert name_key("Lê  Thị\u00a0Hoà") == name_key("Lê Thị Hoà")
    assert sort_names(["Lê Thị Hòa", "Lê Thị Hoà"]) == sort_names(["Lê Thị Hoà", "Lê Thị Hòa"])


def test_returns_original_strings() -> None:
    raw = ["  Trần  Văn Bình ", nfd("Lê An")]
    assert sort_names(raw) == [nfd("Lê An"), "  Trần  Văn Bình "]


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_LETTERS = sorted(
    {nfc(v + t) for v in _VOWELS for t in _TONES}
    | set("bcdđghklmnpqrstvx")
    | {nfc(v + t).upper() for v in _VOWELS for t in _TONES}
    | {"Đ", "N", "T", "H"}
)
_syllables = st.text(alphabet=st.sampled_from(_LETTERS), min_size=1, max_size=6)
_names = st.lists(_syllables, min_size=1, max_size=5).map(" ".join)


@given(st.text())
def test_name_key_nfd_nfc(value: str) -> None:
    assert name_key(nfd(value)) == name_key(nfc(value))


@given(_names)
def test_vietnamese_name_key_nfd_nfc(value: str) -> None:
    assert name_key(nfd(value)) == name_key(value)
    # The same name typed in either form: the strings come back unchanged, in the order given.
    assert sort_names([nfd(value), value]) == [nfd(value), value]
    assert sort_names([value, nfd(value)]) == [value, nfd(value)]


@given(_syllables)
def test_syllable_key_case_and_form_insensitive(value: str) -> None:
    key = syllable_key(value)
    assert syllable_key(value.upper()) == key
    assert syllable_key(value.lower()) == key
    assert syllable_key(nfd(value)) == key


@given(st.lists(st.one_of(_names, st.text(max_size=12)), max_size=12), st.randoms())
def test_sort_is_total_and_deterministic(names: list[str], rnd: random.Random) -> None:
    once = sort_names(names)
    assert sort_names(once) == once
    shuffled = list(names)
    rnd.shuffle(shuffled)
    assert [name_key(n) for n in sort_names(shuffled)] == [name_key(n) for n in once]
    keys = [name_key(n) for n in once]
    assert keys == sorted(keys)


# The other name of a pair: an unrelated name, the same name typed otherwise (NFD, extra spaces),
# or the same letters in the other case (a different name for the total order).
_RETYPED = {
    "other": None,
    "retyped": lambda name: "  " + nfd(name).replace(" ", " \u00a0 ") + "\t",
    "swapcase": str.swapcase,
}


@given(_names, _names, st.sampled_from(sorted(_RETYPED)))
def test_key_equality_means_same_cleaned_name(left: str, other: str, how: str) -> None:
    change = _RETYPED[how]
    right = other if change is None else change(left)
    assert (name_key(left) == name_key(right)) == (clean(left) == clean(right))
