"""Exact arithmetic for shares, and numbers written the Vietnamese way."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction


def share(part: int, whole: int) -> Fraction:
    """`part / whole` as an exact fraction (0 when `whole` is 0)."""
    return Fraction(part, whole) if whole else Fraction(0)


MAX_EXPONENT = 18


def parse_percent(value: object) -> Fraction:
    """Read a percentage written as 60, 60.5, "60", "33,5" or "33.5%" into an exact Fraction."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, Fraction):
        return value
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(value) from exc
    # .nan, .inf, 1e999999999 (a Fraction of billions of digits): no figure of a congress
    if not number.is_finite() or abs(number.adjusted()) > MAX_EXPONENT:
        raise ValueError(value)
    return Fraction(number)


def round_half_up(value: Fraction, decimals: int) -> int:
    """`value * 10**decimals` rounded half away from zero, as an integer."""
    scaled = value * 10**decimals
    sign = -1 if scaled < 0 else 1
    return sign * int(abs(scaled) + Fraction(1, 2))


def format_decimal(value: Fraction, decimals: int = 2, *, trim: bool = False) -> str:
    """A number with a decimal comma: 61.8181… -> "61,82"; with `trim`, 60 -> "60", 33.5 -> "33,5"."""
    units = round_half_up(value, decimals)
    sign = "-" if units < 0 else ""
    whole, frac = divmod(abs(units), 10**decimals)
    text = f"{sign}{group_thousands(whole)}"
    if decimals:
        digits = str(frac).rjust(decimals, "0")
        if trim:
            digits = digits.rstrip("0")
        if digits:
            text += "," + digits
    return text


def format_percent(part: int, whole: int, decimals: int = 2) -> str:
    """The share `part/whole` in percent, Vietnamese style without the sign: 34/55 -> "61,82"."""
    return format_decimal(share(part, whole) * 100, decimals)


def format_limit(percent: Fraction) -> str:
    """A configured limit, as short as it is exact: 60 -> "60", 33.5 -> "33,5"."""
    return format_decimal(percent, 2, trim=True)


def group_thousands(number: int) -> str:
    """Thousands separated by dots: 1234567 -> "1.234.567"."""
    return f"{number:,}".replace(",", ".")


def ceil_div(numerator: int, denominator: int) -> int:
    """Ceiling of an integer division, for positive denominators."""
    return -(-numerator // denominator)


def max_count_within(percent: Fraction, whole: int) -> int:
    """The largest count c with c/whole <= percent/100."""
    return int((percent * whole) // 100)


def min_count_reaching(percent: Fraction, whole: int) -> int:
    """The smallest count c with c/whole >= percent/100."""
    value = percent * whole / 100
    return -int(-value // 1)
