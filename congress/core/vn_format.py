"""Vietnamese administrative formats (Nghị định 30/2020/NĐ-CP): dates, numbers, ordinals."""

from __future__ import annotations

from datetime import date, datetime

_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip


def roman(number: int) -> str:
    """Congress ordinals are Roman numerals: 17 -> "XVII"."""
    if not 0 < number < 4000:
        raise ValueError(number)
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def day_month(day: date) -> tuple[str, str]:
    """Day and month as written in a dateline: days below 10 and months 1-2 get a leading zero."""
    dd = f"{day.day:02d}"
    mm = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return dd, mm


def long_date(day: date) -> str:
    """ "ngày 05 tháng 01 năm 2024"."""
    dd, mm = day_month(day)
    return f"ngày {dd} tháng {mm} năm {day.year}"


def dateline(place: str, day: date | None) -> str:
    """ "Đống Đa, ngày 05 tháng 01 năm 2024"; with no date, dots for the officer to fill in."""
    if day is None:
        return f"{place}, ngày … tháng … năm …"
    return f"{place}, {long_date(day)}"


def document_number(number: str | int | None, symbol: str) -> str:
    """ "Số: 05/KH-MTTQ" — numbers below 10 get a leading zero; none leaves room to fill in."""
    if number is None or number == "":
        return f"Số:      /{symbol}"
    text = str(number)
    if text.isdigit() and int(text) < 10:
        text = f"{int(text):02d}"
    return f"Số: {text}/{symbol}"


def short_date(day: date) -> str:
    """ "05/01/2024"."""
    return day.strftime("%d/%m/%Y")


def short_datetime(moment: datetime) -> str:
    """ "05/01/2024 14:30", in the machine's time zone."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
