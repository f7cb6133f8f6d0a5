"""What an error may quote of a cell: short, with birth dates and identity numbers masked."""

from __future__ import annotations

import pytest

from congress.core.redact import LIMIT, excerpt


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("12/03/1968", "**/**/1968"),
        ("5.3.68", "**.**.68"),
        ("1968-03-12 00:00:00", "1968-**-** 00:00:00"),
        ("001068000005", "************"),
        ("năm 70", "năm 70"),
        ("Nam", "Nam"),
        ("Nam\nNguyễn Văn An", "Nam …"),
        (None, ""),
        (1234567, "1234567"),
    ],
)
def test_excerpt_masks(value: object, quoted: str) -> None:
    assert excerpt(value) == quoted


def test_excerpt_is_short() -> None:
    text = "Nam;Ủy viên;001068000005 6;Nguyễn Văn Người 6;07/03/1968;" * 50
    quoted = excerpt(text)
    assert len(quoted) <= LIMIT
    assert quoted.endswith("…")
    assert "001068000005" not in quoted
    assert "07/03/1968" not in quoted
