"""Property tests: following a hint's numbers makes the rule pass, and no smaller change would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from congress.core.findings import Finding
from congress.core.numbers import format_percent
from congress.core.personnel import PERSONNEL_RULES
from congress.core.ruleset import evaluate
from tests.people_factory import committee, context
from tests.test_rules import BOOK, with_params


def rule(ctx: object, rule_id: str) -> Finding:
    (finding,) = [f for f in evaluate(BOOK, PERSONNEL_RULES, ctx, "vi") if f.rule == rule_id]
    return finding


def number_after(text: str, pattern: str) -> int:
    match = re.search(pattern, text)
    assert match, f"{pattern!r} not in {text!r}"
    return int(match.group(1))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=80).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, n))
    )
)
def test_re_election_hint_fixes_exactly(case: tuple[int, int]) -> None:
    size, re_elected = case
    new, old = committee(size, re_elected=re_elected)
    finding = rule(context(new, old, size), "re_election_max")
    assert finding.ok == (re_elected * 100 <= 60 * size)
    if finding.ok:
        assert finding.hint is None
        return
    assert finding.hint is not None
    replace = number_after(finding.hint, r"thay ít nhất (\d+) người tái cử")
    fixed_new, fixed_old = committee(size, re_elected=re_elected - replace)
    assert rule(context(fixed_new, fixed_old, size), "re_election_max").ok
    short_new, short_old = committee(size, re_elected=re_elected - replace + 1)
    assert not rule(context(short_new, short_old, size), "re_election_max").ok


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=4, max_value=70).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.integers(0, n),
            st.integers(1, 70).flatmap(lambda m: st.tuples(st.just(m), st.integers(0, m))),
        )
    )
)
def test_non_party_hint_fixes_exactly(case: tuple[int, int, tuple[int, int]]) -> None:
    size, non_party, (prev_size, prev_non_party) = case
    new, old = committee(
        size, non_party=non_party, previous_size=prev_size, previous_non_party=prev_non_party
    )
    finding = rule(context(new, old, size), "non_party_min_vs_previous")
    assert finding.ok == (non_party * prev_size >= prev_non_party * size)
    if finding.ok:
        assert finding.hint is None
        return
    assert finding.hint is not None
    replace = number_after(finding.hint, r"thay ít nhất (\d+) đảng viên")

    def passes(count: int) -> bool:
        n, o = committee(
            size, non_party=count, previous_size=prev_size, previous_non_party=prev_non_party
        )
        return rule(context(n, o, size), "non_party_min_vs_previous").ok

    assert passes(non_party + replace)
    assert not passes(non_party + replace - 1)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1, max_value=80).flatmap(
        lambda n: st.tuples(st.just(n), st.integers(0, n))
    )
)
def test_women_hint_fixes_exactly(case: tuple[int, int]) -> None:
    size, women = case
    new, old = committee(size, women=women)
    finding = rule(context(new, old, size), "women_min")
    assert finding.ok == (women * 100 >= 30 * size)  # min_percent: 30
    if finding.ok:
        assert finding.hint is None  # nothing to fix, nothing to say
        return
    assert finding.hint is not None
    add = number_after(finding.hint, r"bổ sung (\d+) người là nữ")
    assert rule(context(*committee(size, women=women + add), size), "women_min").ok
    assert not rule(context(*committee(size, women=women + add - 1), size), "women_min").ok


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_percent_format_is_exact_half_up(part: int, whole: int) -> None:
    text = format_percent(part, whole)
    units, decimals = text.replace(".", "").split(",")
    value = int(units) * 100 + int(decimals)
    # value/100 is the percentage rounded half up: |value - 10000*part/whole| <= 1/2 (exactly).
    assert abs(value * whole - 10_000 * part) * 2 <= whole


@st.composite
def start_of_term_cases(draw: st.DrawFn) -> tuple[int, int, int, int]:
    """(outgoing members, of whom added mid-term — someone stays from the start —, proposed,
    re-elected)."""
    previous = draw(st.integers(1, 70))
    mid_term = draw(st.integers(0, previous - 1))
    size = draw(st.integers(1, 80))
    return previous, mid_term, size, draw(st.integers(0, min(previous, size)))


@settings(max_examples=150, deadline=None)
@given(start_of_term_cases())
def test_re_election_hint_fixes_exactly_against_the_start_of_term(
    case: tuple[int, int, int, int],
) -> None:
    """The cap against the outgoing committee at the start of its term: its members added mid-term
    leave the base but, proposed again, still count as re-elected."""
    previous, mid_term, size, re_elected = case
    book = with_params("re_election_max", denominator="previous_start")
    start = previous - mid_term

    def finding(count: int) -> Finding:
        new, old = committee(
            size, re_elected=count, previous_size=previous, previous_mid_term=mid_term
        )
        (found,) = [
            f for f in evaluate(book, PERSONNEL_RULES, context(new, old, size), "vi")
            if f.rule == "re_election_max"
        ]  # fmt: skip
        return found

    first = finding(re_elected)
    assert first.ratio is not None and (first.ratio.count, first.ratio.of) == (re_elected, start)
    assert first.ok == (re_elected * 100 <= 60 * start)
    if first.ok:
        assert first.hint is None
        return
    assert first.hint is not None
    replace = number_after(first.hint, r"thay ít nhất (\d+) người tái cử")
    assert finding(re_elected - replace).ok
    assert not finding(re_elected - replace + 1).ok
