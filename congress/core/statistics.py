"""Statistics of a proposal against the outgoing committee, with exact percentages.

The outgoing committee's figures are those of the committee at the start of its term (the
baseline the non-Party rule holds the proposal to): the members its list marks as added during
the term (*bổ sung giữa nhiệm kỳ*) are left out of them, and their denominator is named
``previous_start`` so every output says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from congress.core.figures import Ratio
from congress.core.model import Model
from congress.core.people import Gender, Person
from congress.core.personnel_context import PersonnelContext
from congress.core.ruleset import AgeBand
from congress.core.text import fold
from congress.core.unread import column_missing
from congress.i18n import t

_NO_RELIGION = {"", "không", "khong", "-", "0"}


class Metric(Model):
    """One line of the statistics: a share of the proposal, and the same share in the outgoing
    committee at the start of its term (`previous`); the size line has only that committee's
    count. A line whose column the proposal's list does not have (or has under a header not
    recognised, or empty) has no figure: it is «chưa kiểm tra», `not_checked` says why (not
    checked is not passed, and a line that vanished would say nothing)."""

    key: str
    label: str
    share: Ratio | None = None
    previous: Ratio | None = None
    previous_count: int | None = None
    not_checked: str | None = None

    @property
    def count(self) -> int | None:
        return None if self.share is None else self.share.count

    @property
    def of(self) -> int | None:
        return None if self.share is None else self.share.of


def is_ethnic_minority(person: Person) -> bool:
    return bool(person.ethnicity) and fold(person.ethnicity or "") != "kinh"


def is_religious(person: Person) -> bool:
    return fold(person.religion or "") not in _NO_RELIGION


_PREDICATES: dict[str, Callable[[Person], bool]] = {
    "women": lambda p: p.gender is Gender.FEMALE,
    "non_party": lambda p: not p.party_member,
    "ethnic_minority": is_ethnic_minority,
    "religious": is_religious,
}
# the column each line reads: a list without it gives no figure (a blank is not a «no»)
_COLUMN = {
    "women": "gender",
    "non_party": "party",
    "ethnic_minority": "ethnicity",
    "religious": "religion",
}


def _metric(
    key: str,
    label: str,
    count: int,
    of: int,
    previous: tuple[int, int] | None = None,
    base: str = "proposed",
) -> Metric:
    before = (
        None
        if previous is None
        else Ratio(count=previous[0], of=previous[1], base="previous_start")
    )
    return Metric(key=key, label=label, share=Ratio(count=count, of=of, base=base), previous=before)


def _count(people: Sequence[Person], test: Callable[[Person], bool]) -> int:
    return sum(1 for p in people if test(p))


def band_label(band: AgeBand, lang: str) -> str:
    """The ruleset names its bands in Vietnamese; other languages name them from the bounds."""
    if lang == "vi":
        return band.label
    if band.min is not None and band.max is not None:
        return t("stat.age_between", lang, min=band.min, max=band.max)
    if band.min is not None:
        return t("stat.age_from", lang, min=band.min)
    if band.max is not None:
        return t("stat.age_up_to", lang, max=band.max)
    return t("stat.age_any", lang)


def compute(ctx: PersonnelContext, bands: Sequence[AgeBand], lang: str) -> list[Metric]:
    """Size, re-elected/new, women, non-Party, ethnic, religious and age bands."""
    new = ctx.proposed.people
    old = None if ctx.previous is None else ctx.previous.at_start_of_term
    n = len(new)

    def label(key: str) -> str:
        return t(f"stat.{key}", lang)

    def against(test: Callable[[Person], bool], column: str) -> tuple[int, int] | None:
        unread = ctx.previous is None or ctx.previous.lacks(column)
        return None if old is None or unread else (_count(old, test), len(old))

    planned = ctx.planned_size
    size = (
        _metric("size", label("size"), n, planned, base="planned")
        if planned is not None
        else _metric("size", label("size"), n, n)
    )
    if old is not None:
        size.previous_count = len(old)
    metrics = [size]
    if old is not None:
        metrics.append(_metric("re_elected", label("re_elected"), len(ctx.matches), n))
        metrics.append(_metric("new", label("new"), n - len(ctx.matches), n))
    for key, test in _PREDICATES.items():
        column = _COLUMN[key]
        if ctx.proposed.lacks(column):
            unread = column_missing(ctx.proposed, column)[lang]
            metrics.append(Metric(key=key, label=label(key), not_checked=unread))
        else:
            metrics.append(_metric(key, label(key), _count(new, test), n, against(test, column)))
    day = ctx.reference_date
    if ctx.proposed.lacks("birth"):  # each band «chưa kiểm tra», not «age unknown» for everyone
        unread = column_missing(ctx.proposed, "birth")[lang]
        metrics += [
            Metric(key=f"age_{index}", label=band_label(band, lang), not_checked=unread)
            for index, band in enumerate(bands)
        ]
        return metrics
    for index, band in enumerate(bands):

        def in_band(p: Person, band: AgeBand = band) -> bool:
            age = p.age_on(day)
            return age is not None and band.contains(age)

        metrics.append(
            _metric(
                f"age_{index}",
                band_label(band, lang),
                _count(new, in_band),
                n,
                against(in_band, "birth"),
            )
        )
    unknown = _count(new, lambda p: p.age_on(day) is None)
    if unknown:
        metrics.append(_metric("age_unknown", label("age_unknown"), unknown, n))
    return metrics
