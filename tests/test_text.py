"""Tests for congress.core.text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress.core.text import (
    LEGACY_FONTS,
    clean,
    contains_phrase,
    fold,
    header_key,
    is_legacy_font,
    looks_legacy_encoded,
    strip_diacritics,
)


def nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


# ---------------------------------------------------------------------------
# clean / fold
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Nguyễn   Văn  An ", "Nguyễn Văn An"),
        ("Nguyễn\u00a0Văn\u202fAn\u2007B", "Nguyễn Văn An B"),
        ("Nguyễn\u2003Văn\u3000An", "Nguyễn Văn An"),
        ("Ng\u200buy\u200c\u200dễn\u2060 V\u00adăn\ufeff", "Nguyễn Văn"),
        ("\ufeffHọ và tên", "Họ và tên"),
        ("Nguyễn\nVăn\r\nAn\tB", "Nguyễn Văn An B"),
        ("Lê\x00\x07 Văn\x85An\x9f", "Lê Văn An"),
        ("a\x0bb\x0cc", "a b c"),
        (nfd("Nguyễn Thị Thu Hường"), "Nguyễn Thị Thu Hường"),
        ("", ""),
        (" \u00a0\t\n ", ""),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_is_nfc() -> None:
    value = clean(nfd("Đặng Thị Hoà"))
    assert value == unicodedata.normalize("NFC", value)
    assert len(value) == len("Đặng Thị Hoà")


def test_clean_composes_across_removed_zero_width() -> None:
    # A zero-width space between a base letter and its combining mark.
    assert clean("a\u200b\u0301") == "á"


def test_fold() -> None:
    assert fold("Nguyễn Văn An") == fold("nguyễn  văn an")
    assert fold("NGUYỄN VĂN AN") == fold(nfd(" nguyễn văn\u00a0an"))
    assert fold("Ân") != fold("An")
    assert fold("Hùng") != fold("Hưng")
    assert fold("ĐẶNG") == "đặng"


@given(st.text())
def test_clean_idempotent(value: str) -> None:
    once = clean(value)
    assert clean(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text())
def test_fold_idempotent(value: str) -> None:
    once = fold(value)
    assert fold(once) == once


@given(st.text())
def test_clean_nfd_nfc_agree(value: str) -> None:
    assert clean(nfd(value)) == clean(unicodedata.normalize("NFC", value))


# ---------------------------------------------------------------------------
# strip_diacritics / header_key / contains_phrase
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nguyễn Văn Đức", "Nguyen Van Duc"),
        ("ĐẶNG THỊ HƯỜNG", "DANG THI HUONG"),
        ("đường Ô Chợ Dừa", "duong O Cho Dua"),
        (nfd("Thuỷ Hoà Khuê"), "Thuy Hoa Khue"),
        ("abc 123", "abc 123"),
    ],
)
def test_strip_diacritics(raw: str, expected: str) -> None:
    assert strip_diacritics(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Chức vụ, đơn vị công tác", "chuc vu don vi cong tac"),
        (" Họ và  TÊN* ", "ho va ten"),
        ("Tái cử/Mới", "tai cu moi"),
        ("Năm sinh\n(Nam)", "nam sinh nam"),
        ("STT", "stt"),
        ("Ngày_sinh", "ngay sinh"),
        ("---", ""),
        ("", ""),
    ],
)
def test_header_key(raw: str, expected: str) -> None:
    assert header_key(raw) == expected


def test_contains_phrase() -> None:
    long = "Trưởng ban Công tác Mặt trận Tổ dân phố số 1"
    assert contains_phrase(long, "tổ dân phố số 1")
    assert contains_phrase(long, "to dan pho so 1")
    assert contains_phrase(long, "TRƯỞNG BAN")
    assert not contains_phrase("Trưởng ban Công tác Mặt trận Tổ dân phố số 10", "Tổ dân phố số 1")
    assert not contains_phrase(long, "ban công tác mặt trận tổ dân phố số 12")
    assert contains_phrase("Bí thư", "Bí")
    assert not contains_phrase(long, "")
    assert not contains_phrase(long, " *- ")
    assert not contains_phrase("", "a")


def test_contains_phrase_word_boundaries() -> None:
    assert contains_phrase("Bí thư Chi bộ", "bí thư")
    assert contains_phrase("Bí thư Chi bộ", "Chi bộ")
    assert not contains_phrase("Bí thư Chi bộ", "thư chi b")
    assert not contains_phrase("Phó Bí thư", "bí thư chi")


# ---------------------------------------------------------------------------
# Legacy fonts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        ".VnTime",
        ".VnTimeH",
        ".VnArial",
        " .vnarial narrow ",
        "VNI-Times",
        "VNI-Helve",
        "vni-aptima",
    ],
)
def test_legacy_fonts(name: str) -> None:
    assert is_legacy_font(name)


@pytest.mark.parametrize("name", [None, "", "Times New Roman", "Arial", "Calibri", "VNtimes"])
def test_unicode_fonts(name: str | None) -> None:
    assert not is_legacy_font(name)


def test_legacy_font_set_is_casefolded() -> None:
    assert all(name == name.casefold() and is_legacy_font(name) for name in LEGACY_FONTS)


# ---------------------------------------------------------------------------
# Legacy encodings: small encoders producing what Excel shows when a TCVN3 or
# VNI-Windows byte string is read as Windows-1252.
# ---------------------------------------------------------------------------

_TCVN3_ROWS = (
    # (letters with huyền, hỏi, ngã, sắc, nặng), TCVN3 codes
    ("àảãáạ", (0xB5, 0xB6, 0xB7, 0xB8, 0xB9)),
    ("ằẳẵắặ", (0xBB, 0xBC, 0xBD, 0xBE, 0xC6)),
    ("ầẩẫấậ", (0xC7, 0xC8, 0xC9, 0xCA, 0xCB)),
    ("èẻẽéẹ", (0xCC, 0xCE, 0xCF, 0xD0, 0xD1)),
    ("ềểễếệ", (0xD2, 0xD3, 0xD4, 0xD5, 0xD6)),
    ("ìỉĩíị", (0xD7, 0xD8, 0xDC, 0xDD, 0xDE)),
    ("òỏõóọ", (0xDF, 0xE1, 0xE2, 0xE3, 0xE4)),
    ("ồổỗốộ", (0xE5, 0xE6, 0xE7, 0xE8, 0xE9)),
    ("ờởỡớợ", (0xEA, 0xEB, 0xEC, 0xED, 0xEE)),
    ("ùủũúụ", (0xEF, 0xF1, 0xF2, 0xF3, 0xF4)),
    ("ừửữứự", (0xF5, 0xF6, 0xF7, 0xF8, 0xF9)),
    ("ỳỷỹýỵ", (0xFA, 0xFB, 0xFC, 0xFD, 0xFE)),
    ("ăâêôơưđ", (0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE)),
    ("ĂÂÊÔƠƯĐ", (0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7)),
)
_TCVN3 = {
    letter: bytes([code]).decode("cp1252")
    for letters, codes in _TCVN3_ROWS
    for letter, code in zip(letters, codes, strict=True)
}


def tcvn3(value: str) -> str:
    """Encode to TCVN3 and decode as cp1252. Upper-case toned vowels have no TCVN3 code:
    like the ".VnTimeH" fonts, they are written with the lower-case code."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        if ch in _TCVN3:
            out.append(_TCVN3[ch])
        elif ch.lower() in _TCVN3:
            out.append(_TCVN3[ch.lower()])
        else:
            assert ch.isascii() or not ch.isalpha(), ch
            out.append(ch)
    return "".join(out)


# Tone order: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_ORDER = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_VNI_TONES = dict(zip(_TONE_ORDER, ("", "ø", "û", "õ", "ù", "ï"), strict=True))
_VNI_CIRCUMFLEX = dict(zip(_TONE_ORDER, "âàåãáä", strict=True))
_VNI_BREVE = dict(zip(_TONE_ORDER, "êèúüéë", strict=True))
_VNI_I = dict(zip(_TONE_ORDER, "iìæóíò", strict=True))
_TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"


def _vni_letter(ch: str) -> str:
    if ch == "đ":
        return "ñ"
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    tone = "".join(m for m in marks if m in _TONE_MARKS)
    modifier = "".join(m for m in marks if m not in _TONE_MARKS)
    if modifier == "\u0302":
        return base + _VNI_CIRCUMFLEX[tone]
    if modifier == "\u0306":
        return base + _VNI_BREVE[tone]
    if modifier == "\u031b":
        return {"o": "ô", "u": "ö"}[base] + _VNI_TONES[tone]
    assert not modifier, ch
    if base == "i":
        return _VNI_I[tone]
    if base == "y" and tone == "\u0323":
        return "î"
    return base + _VNI_TONES[tone]


def vni(value: str) -> str:
    """Encode to VNI-Windows and decode as cp1252 (upper case uses upper-case marks)."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        if ch.isascii() or not ch.isalpha():
            out.append(ch)
        elif ch.isupper():
            out.append(_vni_letter(ch.lower()).upper())
        else:
            out.append(_vni_letter(ch))
    return "".join(out)


def test_encoders_match_known_garbage() -> None:
    assert tcvn3("Nguyễn Văn Hùng") == "NguyÔn V¨n Hïng"
    assert tcvn3("Trần Thị Mai") == "TrÇn ThÞ Mai"
    assert tcvn3("Lê Văn Bình") == "Lª V¨n B×nh"
    assert tcvn3("Hồ Chí Minh") == "Hå ChÝ Minh"
    assert tcvn3("Đoàn") == "§oµn"
    assert tcvn3("Trường") == "Tr\u00adêng"
    assert vni("Nguyễn Văn Hùng") == "Nguyeãn Vaên Huøng"
    assert vni("Trần Thị Mai") == "Traàn Thò Mai"
    assert vni("Lê Văn Bình") == "Leâ Vaên Bình"
    assert vni("Đặng Thị Hương") == "Ñaëng Thò Höông"
    assert vni("NGUYỄN") == "NGUYEÃN"


# Correctly encoded Vietnamese that must never be flagged.
CORRECT = [
    # people
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Hoàng Cường",
    "Phạm Minh Đức",
    "Hoàng Thị Hoà",
    "Hoàng Thị Hòa",
    "Vũ Thị Thuỷ",
    "Võ Thị Thủy",
    "Đặng Văn Khuê",
    "Bùi Thị Quế",
    "Nguyễn Thị Thu Hường",
    "Đỗ Quang Huy",
    "Hồ Ngọc Hà",
    "Ngô Bảo Châu",
    "Dương Văn Minh",
    "Lý Thường Kiệt",
    "Huỳnh Tấn Phát",
    "Phan Bội Châu",
    "Trương Mỹ Lan",
    "Đinh Tiên Hoàng",
    "Lương Thế Vinh",
    "Ưng Hoàng Phúc",
    "Lâm Ý Nhi",
    "Tạ Thị Oanh",
    "Nguyễn Đức Toàn",
    "Kiều Thị Xoan",
    "Mai Đăng Khoa",
    "Phùng Minh Tuệ",
    "Chu Thị Thoả",
    "Cao Văn Ngoãn",
    "Đoàn Thị Điểm",
    "Quách Tuấn Khanh",
    "Tôn Nữ Thị Ninh",
    "Trịnh Công Sơn",
    "Nguyễn Thị Ánh Tuyết",
    "Vương Đình Huệ",
    "Lưu Quang Vũ",
    "Khúc Thừa Dụ",
    "Âu Cơ",
    "Ông Ích Khiêm",
    "Nguyễn Văn Ân",
    "Lò Văn Giàng",
    "Hứa Thị Phấn",
    "Mạc Đĩnh Chi",
    "Nông Đức Mạnh",
    "Giàng A Páo",
    "Thái Thị Yến",
    "Triệu Thị Trinh",
    "Nguyễn Khuyến",
    "Bế Văn Đàn",
    "Võ Nguyên Giáp",
    "Trần Quốc Toản",
    "Nguyễn Trãi",
    "Lê Quý Đôn",
    "Hồ Xuân Hương",
    "Nguyễn Thị Kim Ngân",
    "Phạm Thị Ngoạn",
    "Đào Duy Từ",
    "Xuân Quỳnh",
    "Lê Thị Hoè",
    "Nguyễn Văn Khoẻ",
    "Nguyễn Văn Khỏe",
    "Đồng Sỹ Nguyên",
    "Y Ngông Niê Kdăm",
    "Uông Thị Huyền",
    "Nguyễn Thị Nguyệt Quế",
    "Phó Đức Chính",
    "Tô Thị Ước",
    "Khổng Minh Khuê",
    "NGUYỄN THỊ THU HƯỜNG",
    "ĐẶNG VĂN NGOÃN",
    "HOÀNG THỊ THUỶ",
    "Đỗ Văn Toả",
    # places, bodies and positions
    "Ô Chợ Dừa",
    "Ngã Tư Sở",
    "Khương Thượng",
    "Quốc Tử Giám",
    "Phương Mai",
    "Hàng Bột",
    "Văn Miếu",
    "Trung Phụng",
    "Thổ Quan",
    "Láng Hạ",
    "Khâm Thiên",
    "Hoàn Kiếm",
    "Hai Bà Trưng",
    "Đống Đa",
    "Thừa Thiên Huế",
    "Bà Rịa – Vũng Tàu",
    "Thủ Dầu Một",
    "Buôn Ma Thuột",
    "Đắk Lắk",
    "Quy Nhơn",
    "Khánh Hoà",
    "Thanh Hoá",
    "Thanh Hóa",
    "Điện Biên Phủ",
    "Quảng Ngãi",
    "Phường Nghĩa Đô",
    "Tổ dân phố số 1",
    "Uỷ ban Mặt trận Tổ quốc Việt Nam",
    "Chủ tịch Ủy ban nhân dân phường",
    "Trưởng ban Công tác Mặt trận",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Số 25, ngõ 3, phố Huế",
    "Ngõ 12 Khương Trung",
    "Tái cử/Mới",
    "Chức vụ, đơn vị công tác",
]

ASCII = [
    "",
    "Nguyen Van An",
    "NGUYEN THI THU HUONG",
    "123",
    "0912 345 678",
    "25/12/1980",
    "ABC-123/2024",
    "to-dan-pho@example.com",
    "x = 3.5%",
    "[Tổ 5] (x2); #7 & 'a' \"b\"",
]

NAMES_TO_ENCODE = [
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Lê Văn Bình",
    "Hồ Xuân Hương",
    "Đoàn Thị Điểm",
    "Phạm Minh Đức",
    "Hoàng Thị Hoà",
    "Vũ Thị Thuỷ",
    "Đặng Văn Khuê",
    "Bùi Thị Quế",
    "Nguyễn Thị Thu Hường",
    "Đỗ Quang Huy",
    "Ngô Bảo Châu",
    "Dương Văn Minh",
    "Lý Thường Kiệt",
    "Huỳnh Tấn Phát",
    "Trương Mỹ Lan",
    "Lương Thế Vinh",
    "Tạ Thị Oanh",
    "Nguyễn Đức Toàn",
    "Mai Đăng Khoa",
    "Phùng Minh Tuệ",
    "Cao Văn Ngoãn",
    "Quách Tuấn Khanh",
    "Lâm Ý Nhi",
    "Ưng Hoàng Phúc",
    "Khương Thượng",
    "Ô Chợ Dừa",
    "Quốc Tử Giám",
    "Tổ dân phố số 1",
    "NGUYỄN THỊ THU HƯỜNG",
    "ĐẶNG VĂN NGOÃN",
]


@pytest.mark.parametrize("value", CORRECT)
def test_correct_vietnamese_is_not_legacy(value: str) -> None:
    assert not looks_legacy_encoded(value)
    assert not looks_legacy_encoded(nfd(value))
    assert not looks_legacy_encoded(value.upper())
    assert not looks_legacy_encoded(value.lower())


def test_corpus_size() -> None:
    assert len(CORRECT) >= 80
    assert len(NAMES_TO_ENCODE) >= 20


@pytest.mark.parametrize("value", ASCII)
def test_ascii_is_not_legacy(value: str) -> None:
    assert not looks_legacy_encoded(value)


@pytest.mark.parametrize("value", NAMES_TO_ENCODE)
def test_tcvn3_is_detected(value: str) -> None:
    garbage = tcvn3(value)
    assert garbage != value
    assert looks_legacy_encoded(garbage), garbage


@pytest.mark.parametrize("value", NAMES_TO_ENCODE)
def test_vni_is_detected(value: str) -> None:
    garbage = vni(value)
    assert garbage != value
    assert looks_legacy_encoded(garbage), garbage


@pytest.mark.parametrize(
    "garbage",
    [
        "NguyÔn V¨n Hïng",
        "TrÇn ThÞ Mai",
        "Lª V¨n B×nh",
        "Hå ChÝ Minh",
        "§oµn",
        "TiÕn",
        "ChÝ",
        "Nguyeãn Vaên Huøng",
        "Traàn Thò Mai",
        "Leâ Vaên Bình",
        "NGUYEÃN",
    ],
)
def test_literal_garbage_is_detected(garbage: str) -> None:
    assert looks_legacy_encoded(garbage)


def test_whole_corpus_detection_rate() -> None:
    """Most legacy-encoded entries of the correct corpus are caught (a few are not:
    VNI "Lò Văn Giàng" becomes "Loø Vaên Giaøng", caught, but e.g. VNI "Hồ Thị" is
    "Hoà Thò", which is also valid Vietnamese)."""
    encoded = [value for value in CORRECT if not value.isascii()]
    for encode in (tcvn3, vni):
        missed = [value for value in encoded if not looks_legacy_encoded(encode(value))]
        assert len(missed) <= len(encoded) // 20, missed


def test_the_fast_translation_agrees_with_the_per_character_rule() -> None:
    from congress.core import text

    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert char.translate(text._TRANSLATION) == text._map_char(char), hex(code)
