"""The values of a list's cells (spec §3): the words, ticks and dates each column accepts.

Each reader returns the value, or None when the cell cannot be read (the caller reports it with
its file, row and column).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from congress.core.people import Role, Status
from congress.core.text import clean, header_key

ROLES = {
    "chu tich": Role.CHAIR,
    "ct": Role.CHAIR,
    "pho chu tich": Role.VICE_CHAIR,
    "pct": Role.VICE_CHAIR,
    "uy vien thuong truc": Role.STANDING_MEMBER,
    "uy vien ban thuong truc": Role.STANDING_MEMBER,
    "uvtt": Role.STANDING_MEMBER,
    "uy vien": Role.MEMBER,
    "uv": Role.MEMBER,
    "uy vien uy ban": Role.MEMBER,
}
YES = {"x", "co", "v", "dang vien", "dv", "1", "yes"}
NO = {"", "khong", "0", "no", "k"}
TICKS = {"✓", "✔", "☑", "√"}
STATUS = {
    "x": Status.RE_ELECTED,
    "tai cu": Status.RE_ELECTED,
    "tc": Status.RE_ELECTED,
    "moi": Status.NEW,
    "m": Status.NEW,
}
# the mid-term column (bổ sung giữa nhiệm kỳ): besides YES/NO/ticks and a date of addition
MID_TERM_YES = {"bo sung", "bo sung giua nhiem ky", "bo sung trong nhiem ky", "giua nhiem ky"}
MID_TERM_NO = {"dau nhiem ky", "dau khoa", "tu dau nhiem ky"}
# a note «Bổ sung …» / «Được bổ sung …» marks an addition when the list has no mid-term column
_MID_TERM_NOTE = re.compile(r"^(duoc )?bo sung\b")
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


def cell_key(value: Any) -> str:
    """A cell compared as a header is: without case, diacritics or punctuation."""
    if value is None:
        return ""
    key = header_key(str(value))
    return key or ""


def cell_text(value: Any) -> str:
    """A cell as clean text; a whole-number float (Excel's 1968.0) without its ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def parse_birth(value: Any) -> tuple[date | None, int | None] | None:
    """(date, year) from a date cell, a year, or dd/mm/yyyy text; None when unreadable."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), value.year
    if isinstance(value, date):
        return value, value.year
    text = cell_text(value)
    if not text:
        return None, None
    if m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
        try:
            return date(year, month, day), year
        except ValueError:
            return None
    if m := _MY.match(text):
        month, year = int(m.group(1)), int(m.group(2))
        return (None, year) if 1 <= month <= 12 else None
    if m := _YEAR.match(text):
        return None, int(m.group(1))
    return None


def plausible_year(year: int | None) -> bool:
    return year is None or 1900 <= year <= 2100


def identity_number(value: Any) -> str | bool | None:
    """A 12-digit identity number (or a 9-digit old one) as text; False when malformed."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        digits = digits.zfill(12) if len(digits) > 9 else digits
    else:
        digits = re.sub(r"[\s.\-]", "", cell_text(value))
    if not digits:
        return None
    return digits if digits.isdigit() and len(digits) in (9, 12) else False


def _is_dated(raw: Any, text: str) -> bool:
    return isinstance(raw, datetime | date) or parse_birth(text) not in (None, (None, None))


def party_flag(raw: Any) -> bool | None:
    """Đảng viên: «x», «Có», a tick or a date of admission; empty or «Không» for no."""
    text = cell_text(raw)
    if text in TICKS or cell_key(text) in YES:
        return True
    if cell_key(text) in NO:
        return False
    return True if _is_dated(raw, text) else None


def female_flag(raw: Any) -> bool | None:
    """A column «Nữ» marking the women: «x», «Có», a tick or «Nữ»; empty, «Không» or «Nam» for a
    man."""
    text = cell_text(raw)
    key = cell_key(text)
    if text in TICKS or key in YES or key == "nu":
        return True
    if key in NO or key == "nam":
        return False
    return None


def mid_term_flag(raw: Any) -> bool | None:
    """Bổ sung giữa nhiệm kỳ: «x», «Có», a tick, «Bổ sung» or a date (month, year) of addition;
    empty, «Không» or «Đầu nhiệm kỳ» for a member since the start of the term."""
    text = cell_text(raw)
    key = cell_key(text)
    if text in TICKS or key in YES or key in MID_TERM_YES:
        return True
    if key in NO or key in MID_TERM_NO:
        return False
    return True if _is_dated(raw, text) else None


def mid_term_note(note: str | None) -> bool:
    """A note «Bổ sung …» («Bổ sung tháng 6/2022», «Được bổ sung thay ông …») marks an addition."""
    return bool(_MID_TERM_NOTE.match(cell_key(note)))
