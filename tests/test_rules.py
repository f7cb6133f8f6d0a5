"""Each personnel rule at its boundaries, on in-memory lists, with the bundled ruleset's texts."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from congress.adapters.rulebook_files import known_rules, load_rulebook
from congress.core.figures import Bound, Ratio
from congress.core.findings import Finding
from congress.core.people import Role
from congress.core.personnel import PERSONNEL_RULES
from congress.core.ruleset import RuleBook, Ruleset, build_rulebook, evaluate
from congress.core.ward import Unit
from tests.people_factory import committee, context, people, person

BOOK = load_rulebook("ward-2024-2029")


def with_params(rule: str, **params: Any) -> RuleBook:
    raw = BOOK.ruleset.model_dump(mode="json")
    raw["rules"][rule]["params"].update(params)
    return build_rulebook(Ruleset.model_validate(raw), BOOK.texts, known_rules(), BOOK.labels)


def findings(ctx: Any, book: RuleBook = BOOK, lang: str = "vi") -> dict[str, list[Finding]]:
    result: dict[str, list[Finding]] = {}
    for f in evaluate(book, PERSONNEL_RULES, ctx, lang):
        result.setdefault(f.rule, []).append(f)
    return result


def only(ctx: Any, rule: str, book: RuleBook = BOOK, lang: str = "vi") -> Finding:
    (finding,) = findings(ctx, book, lang)[rule]
    return finding


# re_election_max -----------------------------------------------------------------------------


def test_re_election_exactly_sixty_percent_passes() -> None:
    new, old = committee(55, re_elected=33)
    finding = only(context(new, old, 55), "re_election_max")
    assert finding.ok
    assert finding.actual == Ratio(count=33, of=55, base="planned")
    assert finding.ratio is not None and finding.ratio.percent == 60


def test_re_election_one_more_fails_with_the_arithmetic() -> None:
    new, old = committee(55, re_elected=34)
    finding = only(context(new, old, 55), "re_election_max")
    assert not finding.ok
    assert finding.severity == "error"
    assert finding.ratio == Ratio(count=34, of=55, base="planned")
    assert finding.limit == Bound(kind="max", percent=Fraction(60), count=33)
    assert "34/55 (61,82%)" in finding.message
    assert finding.hint == (
        "Tối đa 33/55 người được tái cử: thay ít nhất 1 người tái cử bằng người mới."
    )
    assert len(finding.people) == 34
    assert "tỷ lệ tái cử so với đầu nhiệm kỳ không quá 60%" in finding.basis


def test_re_election_counts_against_the_planned_size_by_default() -> None:
    # 33 of 53 proposed is 62,26%, but 33 of the planned 55 is exactly 60%: passes.
    new, old = committee(53, re_elected=33)
    assert only(context(new, old, 55), "re_election_max").ok
    book = with_params("re_election_max", denominator="proposed")
    finding = only(context(new, old, 55), "re_election_max", book)
    assert not finding.ok
    assert finding.ratio == Ratio(count=33, of=53, base="proposed")
    assert "số người được giới thiệu" in finding.message


def test_re_election_not_checked_without_outgoing_list() -> None:
    new, _ = committee(40)
    finding = only(context(new, None, 40), "re_election_max")
    assert finding.ok
    assert finding.status == "not_checked"
    assert "khóa trước" in finding.message


# non_party_min_vs_previous -------------------------------------------------------------------


def test_non_party_equal_share_passes() -> None:
    new, old = committee(56, non_party=14, previous_size=52, previous_non_party=13)
    finding = only(context(new, old, 56), "non_party_min_vs_previous")
    assert finding.ok  # 14/56 = 13/52 = 25%


def test_non_party_lower_share_fails_with_how_many_to_replace() -> None:
    new, old = committee(55, non_party=12, previous_size=50, previous_non_party=14)
    finding = only(context(new, old, 55), "non_party_min_vs_previous")
    assert not finding.ok
    assert "12/55 (21,82%)" in finding.message and "14/50 (28,00%)" in finding.message
    # ceil(14 * 55 / 50) = 16 non-Party needed: replace 4 Party members.
    assert finding.hint is not None and "16/55" in finding.hint and "thay ít nhất 4" in finding.hint


# women_min -----------------------------------------------------------------------------------


def test_women_exactly_at_minimum_passes_and_below_is_a_warning() -> None:
    new, old = committee(50, women=15)
    assert only(context(new, old, 50), "women_min").ok
    new, old = committee(50, women=14)
    finding = only(context(new, old, 50), "women_min")
    assert not finding.ok
    assert finding.severity == "warning"
    assert not finding.blocking
    assert finding.hint is not None and "15/50" in finding.hint and " 1 người là nữ" in finding.hint


# committee_size_range ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("planned", "proposed", "variants"),
    [
        (30, 30, []),
        (55, 55, []),
        (29, 29, ["below_min"]),
        (56, 56, ["above_max"]),
        (55, 57, ["over_planned"]),
        (56, 57, ["above_max", "over_planned"]),
    ],
)
def test_committee_size(planned: int, proposed: int, variants: list[str]) -> None:
    new, old = committee(proposed)
    result = findings(context(new, old, planned))["committee_size_range"]
    if not variants:
        assert [f.ok for f in result] == [True]
    else:
        assert [f.ok for f in result] == [False] * len(variants)
    if "over_planned" in variants:
        assert any(f"Bớt {proposed - planned} người" in (f.hint or "") for f in result)


# standing_committee_composition --------------------------------------------------------------


def test_standing_committee_valid_and_invalid() -> None:
    new, old = committee(40)
    assert only(context(new, old, 40), "standing_committee_composition").ok
    items = list(new.people)
    items[5] = person(500, role=Role.CHAIR)
    items[6] = person(501, role=Role.VICE_CHAIR)
    items[7] = person(502, role=Role.STANDING_MEMBER)
    finding = only(context(people(items), old, 40), "standing_committee_composition")
    assert not finding.ok
    assert finding.actual == {"chair": 2, "vice_chair": 3, "standing_total": 7}
    assert finding.hint is not None
    assert "Bớt 1 người dự kiến Chủ tịch" in finding.hint
    assert "Bớt 1 người dự kiến Phó Chủ tịch" in finding.hint
    assert "Bớt 2 người khỏi Ban Thường trực" in finding.hint


# representation ------------------------------------------------------------------------------


def test_member_orgs_by_name_or_alias_and_missing_ones_listed() -> None:
    items = [
        person(0, representation="Hội Cựu chiến binh"),
        person(1, representation="Hội LHPN", position="Chủ tịch Hội Phụ nữ phường"),
        person(2, position="Bí thư Đoàn Thanh niên phường"),
    ]
    orgs = [
        Unit(name="Hội Cựu chiến binh"),
        Unit(name="Hội Liên hiệp Phụ nữ", aliases=["Hội LHPN"]),
        Unit(name="Đoàn Thanh niên Cộng sản Hồ Chí Minh", aliases=["Đoàn Thanh niên"]),
        Unit(name="Hội Người cao tuổi"),
    ]
    finding = only(context(people(items), None, 30, orgs=orgs), "member_orgs_represented")
    assert not finding.ok
    assert finding.actual["missing"] == ["Hội Người cao tuổi"]
    assert "1/4" in finding.message


def test_residential_area_number_is_matched_whole() -> None:
    items = [person(0, representation="Tổ dân phố số 10")]
    areas = [Unit(name="Tổ dân phố số 1"), Unit(name="Tổ dân phố số 10")]
    finding = only(context(people(items), None, 30, areas=areas), "residential_areas_represented")
    assert finding.actual["missing"] == ["Tổ dân phố số 1"]


def test_representation_not_checked_without_ward_lists() -> None:
    new, old = committee(40)
    result = findings(context(new, old, 40))
    assert result["member_orgs_represented"][0].status == "not_checked"
    assert result["residential_areas_represented"][0].status == "not_checked"


# duplicate_person ----------------------------------------------------------------------------


def test_duplicates_name_and_year_or_identity() -> None:
    items = [
        person(0, name="Trần Thị Mai", birth_year=1970),
        person(1, name="Trần Thị  Mai", birth_year=1970),  # the same, spacing differs
        person(2, name="Trần Thị Mai", birth_year=1985),  # another woman of that name
        person(3, name="Lê Văn Hùng", identity_number="001070000001"),
        person(4, name="Lê Văn Hùng ", identity_number="001070000001"),
        person(5, name="Phạm An", birth_year=1960, identity_number="001060000001"),
        person(6, name="Phạm An", birth_year=1960, identity_number="001060000002"),
    ]
    result = findings(context(people(items), None, 30))["duplicate_person"]
    assert [f.actual["rows"] for f in result] == [[2, 3], [5, 6]]
    assert all(not f.ok and f.severity == "error" for f in result)
    assert "các dòng 2, 3" in result[0].message


def test_no_duplicates_is_one_passing_finding() -> None:
    new, old = committee(40)
    assert [f.ok for f in findings(context(new, old, 40))["duplicate_person"]] == [True]


# status column and loose matches -------------------------------------------------------------


def test_status_column_is_cross_checked() -> None:
    from congress.core.people import Status

    new, old = committee(10, re_elected=3)
    stated = [Status.RE_ELECTED] * 2 + [Status.NEW] * 8  # the third re-elected is marked new
    items = [
        person(0, **{**{s: getattr(p, s) for s in p.__slots__}, "stated_status": st})
        for p, st in zip(new.people, stated, strict=True)
    ]
    proposed = people(items, has_status_column=True)
    finding = only(context(proposed, old, 30), "status_column_consistent")
    assert not finding.ok
    assert finding.severity == "warning"
    assert finding.actual == {"mismatches": 1}
    assert "ghi Mới, thực tế Tái cử" in finding.message


def test_name_only_match_counts_and_warns() -> None:
    old = people([person(0, name="Đỗ Thu Hà", birth_year=None)], "previous")
    new = people([person(1, name="đỗ  thu hà", birth_year=1975)])
    ctx = context(new, old, 30)
    assert len(ctx.matches) == 1
    finding = only(ctx, "person_match_uncertain")
    assert not finding.ok and finding.severity == "warning"
    assert finding.people == ["đỗ  thu hà"]


def test_different_identity_numbers_are_different_people() -> None:
    old = people([person(0, name="Vũ Minh", identity_number="001080000001")], "previous")
    new = people([person(0, name="Vũ Minh", identity_number="001080000002")])
    assert context(new, old, 30).matches == {}


# the whole evaluation ------------------------------------------------------------------------


def test_every_rule_is_evaluated_even_when_the_first_fails() -> None:
    new, old = committee(55, re_elected=40, non_party=0, previous_non_party=20)
    result = findings(context(new, old, 55))
    assert set(result) == set(PERSONNEL_RULES)
    assert not result["re_election_max"][0].ok
    assert not result["non_party_min_vs_previous"][0].ok


def test_finding_json_has_the_spec_shape() -> None:
    new, old = committee(55, re_elected=34)
    data = only(context(new, old, 55), "re_election_max").model_dump(mode="json")
    for key in ("rule", "ok", "severity", "actual", "limit", "people", "message", "hint", "basis"):
        assert key in data
    assert data["rule"] == "re_election_max" and data["ok"] is False


def test_english_messages() -> None:
    new, old = committee(55, re_elected=34)
    finding = only(context(new, old, 55), "re_election_max", lang="en")
    assert finding.message.startswith("Re-elected 34/55 (61,82%) exceeds the maximum 60%")
    assert finding.hint is not None and finding.hint.startswith("At most 33 of 55")
