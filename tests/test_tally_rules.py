"""The vote-counting rules at their boundaries, on in-memory tallies, with the bundled ruleset."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress.adapters.rulebook_files import known_rules, load_rulebook
from congress.core.figures import Bound, Ratio
from congress.core.findings import Finding, Status
from congress.core.rules_tally import TALLY_RULES, TallyContext, consistent
from congress.core.ruleset import ParamsInvalid, RuleBook, Ruleset, build_rulebook, evaluate
from congress.core.tally import Ballot, Candidate, Delegates, TallyFile, VoteItem, compare

BOOK = load_rulebook("ward-2024-2029")
COMMITTEE = "Ủy ban MTTQ phường khóa XVII"


def with_params(rule: str, **params: Any) -> RuleBook:
    raw = BOOK.ruleset.model_dump(mode="json")
    raw["rules"][rule]["params"].update(params)
    return build_rulebook(Ruleset.model_validate(raw), BOOK.texts, known_rules(), BOOK.labels)


def item(in_favour: int | None, against: int | None = 0, not_voting: int | None = 0,
         name: str = "Thông qua Báo cáo chính trị") -> VoteItem:  # fmt: skip
    return VoteItem(
        id=name.lower(), name=name, in_favour=in_favour, against=against, not_voting=not_voting
    )


def person(
    name: str, votes: int, born: dt.date | None = None, year: int | None = None
) -> Candidate:
    return Candidate(name=name, votes=votes, birth_date=born, birth_year=year)


def ballot(seats: int, votes: list[int] | list[Candidate], *, valid: int = 100, invalid: int = 0,
           collected: int | None = None, issued: int | None = None,
           declared: list[str] | None = None, name: str = COMMITTEE) -> Ballot:  # fmt: skip
    candidates = [
        v if isinstance(v, Candidate) else person(f"Người {chr(65 + i)}", v)
        for i, v in enumerate(votes)
    ]
    collected = valid + invalid if collected is None else collected
    return Ballot(
        id="b",
        name=name,
        seats=seats,
        issued=collected if issued is None else issued,
        collected=collected,
        valid=valid,
        invalid=invalid,
        candidates=candidates,
        declared_elected=declared or [],
    )


def tally(
    convened: int = 150,
    present: int = 120,
    items: list[VoteItem] | None = None,
    ballots: list[Ballot] | None = None,
) -> TallyFile:
    return TallyFile(
        delegates=Delegates(convened=convened, present=present),
        items=[item(present)] if items is None else items,
        ballots=[ballot(1, [100])] if ballots is None else ballots,
    )


def findings(t: TallyFile, book: RuleBook = BOOK, lang: str = "vi") -> list[Finding]:
    return evaluate(book, TALLY_RULES, TallyContext(t), lang)


def of(t: TallyFile, rule: str, book: RuleBook = BOOK, lang: str = "vi") -> list[Finding]:
    return [f for f in findings(t, book, lang) if f.rule == rule]


def only(t: TallyFile, rule: str, book: RuleBook = BOOK, lang: str = "vi") -> Finding:
    (finding,) = of(t, rule, book, lang)
    return finding


def violations(t: TallyFile) -> list[str]:
    return [f.message for f in of(t, "tally_consistent") if not f.ok]


def test_the_four_rules_are_known_and_configured_as_errors() -> None:
    assert set(TALLY_RULES) == {
        "quorum",
        "tally_consistent",
        "double_entry_match",
        "item_passed",
        "seats_filled",
    }
    assert set(TALLY_RULES) <= set(known_rules())
    for rule in TALLY_RULES:
        setting = BOOK.ruleset.rules[rule]
        assert setting.severity == "error" and setting.enabled and setting.basis
    assert str(BOOK.params["quorum"].share) == "2/3"  # type: ignore[attr-defined]
    assert BOOK.params["seats_filled"].tie_rule == "revote"  # type: ignore[attr-defined]
    assert BOOK.params["item_passed"].denominator == "present"  # type: ignore[attr-defined]
    # the 2025 round inherits them
    assert set(TALLY_RULES) <= set(load_rulebook("ward-2025-2030").params)


def test_a_good_tally_passes_every_rule() -> None:
    found = findings(tally())
    assert [f.rule for f in found] == [
        "quorum",
        "tally_consistent",
        "double_entry_match",
        "item_passed",
        "seats_filled",
    ]
    # one entry only: the double entry is not compared (and does not block); all else passes
    assert all(f.ok for f in found)
    assert [f.rule for f in found if f.status is not Status.PASSED] == ["double_entry_match"]


# quorum --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("convened", "present", "ok", "need"),
    [
        (150, 100, True, 100),  # exactly 2/3
        (150, 99, False, 100),
        (136, 91, True, 91),  # 2/3 of 136 is 90,67: 91 are needed
        (136, 90, False, 91),
        (135, 90, True, 90),
    ],
)
def test_quorum_at_exactly_two_thirds(convened: int, present: int, ok: bool, need: int) -> None:
    finding = only(tally(convened, present, ballots=[ballot(1, [60], valid=60)]), "quorum")
    assert finding.ok is ok
    assert finding.limit == Bound(kind="min", percent=Fraction(200, 3), count=need)
    if not ok:
        assert finding.message == (
            f"Đại biểu có mặt {present}/{convened} ({finding.ratio.percent_text if finding.ratio else ''}%), chưa đạt 2/3 "
            f"số đại biểu triệu tập (cần ít nhất {need} người, còn thiếu {need - present})."
        )
        assert finding.hint is not None and f"ít nhất {need - present} đại biểu" in finding.hint


def test_quorum_percent_has_two_decimals_and_a_comma() -> None:
    finding = only(tally(135, 128), "quorum")
    assert finding.ratio == Ratio(count=128, of=135, base="convened")
    assert finding.ratio.percent_text == "94,81"
    assert "128/135 (94,81%)" in finding.message


@pytest.mark.parametrize(("share", "present", "ok"), [("3/4", 112, False), ("3/4", 113, True),
                                                       ("75%", 113, True), ("0,5", 75, True)])  # fmt: skip
def test_quorum_share_is_a_parameter(share: str, present: int, ok: bool) -> None:
    book = with_params("quorum", share=share)
    assert only(tally(150, present, ballots=[ballot(1, [60], valid=60)]), "quorum", book).ok is ok


def test_a_share_that_is_not_one_is_refused_on_load() -> None:
    with pytest.raises(ParamsInvalid):
        with_params("quorum", share="3/2")
    with pytest.raises(ParamsInvalid):
        with_params("seats_filled", tie_rule="lottery")


# tally_consistent: every identity at its boundary -------------------------------------------


def test_present_at_most_convened() -> None:
    assert consistent(tally(120, 120))
    bad = tally(120, 121, ballots=[ballot(1, [100])])
    assert violations(bad) == ["Số đại biểu có mặt 121 lớn hơn số đại biểu triệu tập 120."]


@pytest.mark.parametrize("total", [119, 121])
def test_show_of_hands_adds_up_to_present(total: int) -> None:
    assert consistent(tally(items=[item(100, 15, 5)]))
    bad = tally(items=[item(100, 15, total - 115)])
    assert violations(bad) == [
        f"Biểu quyết «Thông qua Báo cáo chính trị»: tán thành 100 + không tán thành 15 + không "
        f"biểu quyết {total - 115} = {total}, khác số đại biểu có mặt 120."
    ]


def test_an_item_with_no_votes_recorded() -> None:
    for missing in (item(None, None, None), item(120, None, 0)):
        assert violations(tally(items=[missing])) == [
            "Biểu quyết «Thông qua Báo cáo chính trị»: chưa ghi đủ số tán thành, không tán "
            "thành, không biểu quyết."
        ]


def test_ballots_issued_at_most_present() -> None:
    assert consistent(tally(present=120, ballots=[ballot(1, [100], valid=120)]))
    bad = tally(present=120, ballots=[ballot(1, [100], valid=120, issued=121)])
    assert violations(bad) == [
        f"Phiếu bầu «{COMMITTEE}»: số phiếu phát ra 121 lớn hơn số đại biểu có mặt 120."
    ]


def test_ballots_collected_at_most_issued() -> None:
    assert consistent(tally(ballots=[ballot(1, [100], valid=110, issued=110)]))
    bad = tally(ballots=[ballot(1, [100], valid=110, issued=109)])
    assert violations(bad) == [
        f"Phiếu bầu «{COMMITTEE}»: số phiếu thu vào 110 lớn hơn số phiếu phát ra 109."
    ]


@pytest.mark.parametrize("collected", [102, 104])
def test_valid_plus_invalid_is_collected(collected: int) -> None:
    assert consistent(tally(ballots=[ballot(1, [100], valid=100, invalid=3, collected=103)]))
    bad = tally(ballots=[ballot(1, [90], valid=100, invalid=3, collected=collected)])
    assert violations(bad) == [
        f"Phiếu bầu «{COMMITTEE}»: số phiếu hợp lệ 100 + không hợp lệ 3 = 103, khác số phiếu "
        f"thu vào {collected}."
    ]


def test_the_issue_example_message() -> None:
    bad = tally(
        convened=150,
        present=143,
        ballots=[ballot(1, [100], valid=140, invalid=3, collected=142, issued=143)],
    )
    assert violations(bad) == [
        "Phiếu bầu «Ủy ban MTTQ phường khóa XVII»: số phiếu hợp lệ 140 + không hợp lệ 3 = 143, "
        "khác số phiếu thu vào 142."
    ]


def test_a_candidate_at_most_the_valid_ballots() -> None:
    assert consistent(tally(ballots=[ballot(2, [100, 0])]))
    bad = tally(ballots=[ballot(2, [101, 0])])
    assert violations(bad) == [
        f"Phiếu bầu «{COMMITTEE}»: «Người A» được 101 phiếu, nhiều hơn số phiếu hợp lệ 100."
    ]


def test_all_votes_at_most_valid_times_seats() -> None:
    assert consistent(tally(ballots=[ballot(2, [100, 100, 0])]))
    bad = tally(ballots=[ballot(2, [100, 100, 1])])
    assert violations(bad) == [
        f"Phiếu bầu «{COMMITTEE}»: tổng số phiếu bầu 201 lớn hơn số phiếu hợp lệ 100 × số người "
        "được bầu 2 = 200."
    ]


def test_the_same_candidate_twice() -> None:
    twice = [person("Nguyễn Văn An", 90, year=1970), person(" nguyễn  văn an", 80, year=1970)]
    assert violations(tally(ballots=[ballot(2, twice)])) == [
        f"Phiếu bầu «{COMMITTEE}»: «Nguyễn Văn An» được ghi hai lần trong danh sách."
    ]
    namesakes = [person("Nguyễn Văn An", 90, year=1970), person("Nguyễn Văn An", 80, year=1985)]
    assert consistent(tally(ballots=[ballot(2, namesakes)]))


def test_more_winners_declared_than_seats() -> None:
    assert consistent(tally(ballots=[ballot(2, [90, 80, 10], declared=["Người A", "Người B"])]))
    bad = tally(ballots=[ballot(2, [90, 80, 10], declared=["Người A", "Người B", "Người C"])])
    assert violations(bad) == [
        f"Phiếu bầu «{COMMITTEE}»: ghi 3 người trúng cử (declared_elected), nhiều hơn số người "
        "được bầu 2."
    ]


def test_a_ballot_without_candidates() -> None:
    assert violations(tally(ballots=[ballot(1, [])])) == [
        f"Phiếu bầu «{COMMITTEE}»: chưa có danh sách người ứng cử và số phiếu bầu (candidates "
        "hoặc candidates_file)."
    ]


def test_an_inconsistent_tally_yields_no_result_and_every_violation_is_listed() -> None:
    bad = tally(
        convened=100,
        present=101,
        items=[item(50, 0, 0)],
        ballots=[ballot(2, [99], valid=98, invalid=1, collected=100)],
    )
    found = findings(bad)
    broken = [f for f in found if f.rule == "tally_consistent"]
    assert len(broken) == 4
    assert all(not f.ok and f.blocking for f in broken)
    assert all(f.hint and "không tính kết quả" in f.hint for f in broken)
    for rule in ("item_passed", "seats_filled"):
        (finding,) = [f for f in found if f.rule == rule]
        assert finding.status is Status.NOT_CHECKED and finding.ok
        assert "chưa khớp" in finding.message


# item_passed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("present", "in_favour", "ok", "need"),
    [(120, 60, False, 61), (120, 61, True, 61), (121, 60, False, 61), (121, 61, True, 61)],
)
def test_an_item_needs_more_than_half_of_present(
    present: int, in_favour: int, ok: bool, need: int
) -> None:
    t = tally(150, present, items=[item(in_favour, present - in_favour, 0)],
              ballots=[ballot(1, [60], valid=60)])  # fmt: skip
    finding = only(t, "item_passed")
    assert finding.ok is ok
    assert finding.limit == Bound(kind="more_than", percent=Fraction(50), count=need)
    verdict = "thông qua." if ok else "không được thông qua."
    assert finding.message.endswith(verdict)
    assert f"tán thành {in_favour}/{present}" in finding.message


def test_exactly_half_fails_with_the_figures() -> None:
    t = tally(150, 120, items=[item(60, 50, 10)], ballots=[ballot(1, [60], valid=60)])
    assert only(t, "item_passed").message == (
        "«Thông qua Báo cáo chính trị»: tán thành 60/120 (50,00%), không quá 1/2 (cần ít nhất "
        "61): không được thông qua."
    )


def test_item_denominator_and_threshold_are_parameters() -> None:
    t = tally(150, 120, items=[item(70, 50, 0)], ballots=[ballot(1, [60], valid=60)])
    assert only(t, "item_passed").ok
    convened = with_params("item_passed", denominator="convened")
    finding = only(t, "item_passed", convened)
    assert not finding.ok and finding.ratio == Ratio(count=70, of=150, base="convened")
    two_thirds = with_params("item_passed", threshold="2/3")
    assert not only(t, "item_passed", two_thirds).ok


def test_no_items_is_not_checked() -> None:
    finding = only(tally(items=[]), "item_passed")
    assert finding.status is Status.NOT_CHECKED


# seats_filled --------------------------------------------------------------------------------


def test_a_candidate_at_exactly_half_of_valid_is_not_elected() -> None:
    finding = only(tally(ballots=[ballot(1, [50, 40])]), "seats_filled")
    assert not finding.ok and finding.actual["elected"] == []
    assert finding.actual["shortfall"] == 1
    finding = only(tally(ballots=[ballot(1, [51, 40])]), "seats_filled")
    assert finding.ok and finding.actual["elected"] == ["Người A"]
    # odd number of valid ballots: 50 of 99 is more than half
    assert only(tally(ballots=[ballot(1, [50, 40], valid=99)]), "seats_filled").ok


def test_more_passing_than_seats_the_highest_win() -> None:
    finding = only(tally(ballots=[ballot(2, [60, 55, 70])]), "seats_filled")
    assert finding.ok and finding.actual["elected"] == ["Người C", "Người A"]
    assert finding.message == (
        f"Phiếu bầu «{COMMITTEE}»: 2/2 người trúng cử, mỗi người được quá 1/2 số phiếu hợp lệ (100)."
    )


def test_a_tie_that_fits_the_seats_elects_all() -> None:
    finding = only(tally(ballots=[ballot(3, [90, 70, 70, 60])]), "seats_filled")
    assert finding.ok and finding.actual["elected"] == ["Người A", "Người B", "Người C"]


OLD, YOUNG = dt.date(1960, 5, 1), dt.date(1980, 2, 3)


def tied(born_b: dt.date | None = YOUNG, born_c: dt.date | None = OLD) -> Ballot:
    return ballot(2, [person("Lê Văn Ba", 60), person("Trần Thị Bình", 55, born_b),
                      person("Phạm Văn Chung", 55, born_c), person("Đỗ Đức", 30)])  # fmt: skip


def test_a_tie_for_the_last_seat_needs_a_revote_by_default() -> None:
    finding = only(tally(ballots=[tied()]), "seats_filled")
    assert not finding.ok and finding.blocking
    assert finding.actual["elected"] == ["Lê Văn Ba"]
    assert finding.actual["tied"] == ["Trần Thị Bình", "Phạm Văn Chung"]
    assert finding.actual["shortfall"] == 0
    assert finding.people == ["Trần Thị Bình", "Phạm Văn Chung"]
    assert finding.message == (
        f"Phiếu bầu «{COMMITTEE}»: Trần Thị Bình, Phạm Văn Chung bằng phiếu nhau ở vị trí cuối; "
        "mới có 1/2 người trúng cử, cần bầu lại giữa những người bằng phiếu."
    )
    assert finding.hint is not None and finding.hint.startswith(
        "Tổ chức bầu lại giữa Trần Thị Bình, Phạm Văn Chung"
    )


def test_a_tie_goes_to_the_older_candidate_when_the_ruleset_says_so() -> None:
    older = with_params("seats_filled", tie_rule="older")
    finding = only(tally(ballots=[tied()]), "seats_filled", older)
    assert finding.ok and finding.status is Status.PASSED
    assert finding.actual["elected"] == ["Lê Văn Ba", "Phạm Văn Chung"]
    assert "người cao tuổi hơn trúng cử" in finding.message
    swapped = only(tally(ballots=[tied(OLD, YOUNG)]), "seats_filled", older)
    assert swapped.actual["elected"] == ["Lê Văn Ba", "Trần Thị Bình"]


@pytest.mark.parametrize(("b", "c"), [(OLD, OLD), (None, OLD)])
def test_older_rule_without_distinct_birth_dates_still_needs_a_revote(
    b: dt.date | None, c: dt.date | None
) -> None:
    older = with_params("seats_filled", tie_rule="older")
    finding = only(tally(ballots=[tied(b, c)]), "seats_filled", older)
    assert not finding.ok and "bầu lại" in finding.message
    assert finding.hint is not None and "thiếu ngày sinh đầy đủ" in finding.hint


def test_too_few_elected() -> None:
    finding = only(tally(ballots=[ballot(3, [90, 50, 30])]), "seats_filled")
    assert not finding.ok and finding.blocking
    assert finding.actual["elected"] == ["Người A"] and finding.actual["shortfall"] == 2
    assert finding.message == (
        f"Phiếu bầu «{COMMITTEE}»: chỉ 1/3 người được quá 1/2 số phiếu hợp lệ (100); còn thiếu 2 "
        "người."
    )
    assert finding.hint is not None and "bầu bổ sung 2 người" in finding.hint


def test_declared_winners_must_match_the_result() -> None:
    same = ballot(2, [90, 80, 10], declared=["Người B", "Người A"])
    assert only(tally(ballots=[same]), "seats_filled").ok
    differs = ballot(2, [90, 80, 10], declared=["Người A", "Người C"])
    finding = only(tally(ballots=[differs]), "seats_filled")
    assert not finding.ok
    assert "(Người A, Người C) khác kết quả tính được (Người A, Người B)" in finding.message


def test_no_ballots_is_not_checked() -> None:
    assert only(tally(ballots=[]), "seats_filled").status is Status.NOT_CHECKED


def test_messages_in_english() -> None:
    finding = only(tally(ballots=[ballot(3, [90, 50, 30])]), "seats_filled", lang="en")
    assert finding.message.startswith(f"Ballot «{COMMITTEE}»: only 1/3 have more than 1/2")
    assert finding.title == "Seats filled"


# double entry --------------------------------------------------------------------------------


def test_two_entries_that_match_have_no_difference() -> None:
    assert compare(tally(), tally()) == []


def test_two_entries_differ_in_one_vote() -> None:
    a = tally(ballots=[ballot(2, [person("Nguyễn Văn An", 80, year=1979), person("B", 70)])])
    b = tally(ballots=[ballot(2, [person("Nguyễn Văn An", 81, year=1979), person("B", 70)])])
    (diff,) = compare(a, b)
    assert (diff.where_text("vi"), diff.field_text("vi"), diff.first, diff.second) == (
        f"Phiếu bầu «{COMMITTEE}», «Nguyễn Văn An»",
        "số phiếu bầu",
        80,
        81,
    )


# property ------------------------------------------------------------------------------------


@st.composite
def consistent_ballots(draw: st.DrawFn) -> tuple[TallyFile, str]:
    seats = draw(st.integers(1, 6))
    valid = draw(st.integers(0, 60))
    invalid = draw(st.integers(0, 5))
    spare = draw(st.integers(0, 5))
    n = draw(st.integers(1, 10))
    votes = draw(st.lists(st.integers(0, valid), min_size=n, max_size=n))
    total, capacity = sum(votes), valid * seats
    if total > capacity:  # scale down: every voter marks at most `seats` names
        votes = [v * capacity // total for v in votes]
    births = draw(st.lists(st.sampled_from([OLD, YOUNG, dt.date(1970, 1, 1), None]),
                           min_size=n, max_size=n))  # fmt: skip
    candidates = [person(f"Ứng cử viên {i}", v, born) for i, (v, born) in enumerate(zip(votes, births, strict=True))]  # fmt: skip
    issued = valid + invalid + spare
    t = TallyFile(
        delegates=Delegates(convened=issued + 10, present=issued),
        items=[],
        ballots=[ballot(seats, candidates, valid=valid, invalid=invalid, issued=issued)],
    )
    return t, draw(st.sampled_from(["revote", "older"]))


BOOKS = {rule: with_params("seats_filled", tie_rule=rule) for rule in ("revote", "older")}


@settings(max_examples=300, deadline=None)
@given(consistent_ballots())
def test_elected_never_exceed_seats_and_each_has_more_than_half(
    case: tuple[TallyFile, str],
) -> None:
    t, rule = case
    assert consistent(t)
    (b,) = t.ballots
    finding = only(t, "seats_filled", BOOKS[rule])
    elected = finding.actual["elected"]
    assert len(elected) <= b.seats
    votes = {c.name: c.votes for c in b.candidates}
    assert all(votes[name] * 2 > b.valid for name in elected)
    # nobody left out has more votes than someone elected, unless a re-vote is pending
    if not finding.actual["tied"]:
        lowest = min((votes[n] for n in elected), default=None)
        for name, v in votes.items():
            if name not in elected and v * 2 > b.valid:
                assert lowest is not None and v <= lowest


def test_nobody_convened_and_a_declared_winner_who_is_not_a_candidate_do_not_reconcile() -> None:
    from congress.core.rules_tally import TALLY_RULES as RULES
    from congress.core.rules_tally import TallyContext
    from congress.core.ruleset import evaluate as run_rules
    from congress.core.tally import TallyFile

    empty = TallyFile.model_validate({"delegates": {"convened": 0, "present": 0}})
    found = run_rules(BOOK, RULES, TallyContext(empty), "vi")
    assert any(
        f.rule == "tally_consistent" and not f.ok and "triệu tập là 0" in f.message for f in found
    )

    raw = {
        "delegates": {"convened": 10, "present": 10},
        "ballots": [{"id": "b", "name": "Ủy ban", "seats": 1, "issued": 10, "collected": 10,
                     "valid": 10, "invalid": 0, "candidates": [{"name": "Lê An", "votes": 9}],
                     "declared_elected": ["Trần Bình"]}],
    }  # fmt: skip
    found = run_rules(BOOK, RULES, TallyContext(TallyFile.model_validate(raw)), "vi")
    bad = [f for f in found if f.rule == "tally_consistent" and not f.ok]
    assert len(bad) == 1
    assert "«Trần Bình» được ghi trúng cử" in bad[0].message
