"""The three denominators of the re-election cap, and the outgoing committee at the start of its
term: members added during the term (bổ sung giữa nhiệm kỳ) leave the start-of-term figure and
the non-Party baseline, but a re-proposed one still counts as re-elected."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import pytest

from congress.adapters.people_reader import read_people
from congress.core.figures import Bound, Ratio
from congress.core.statistics import compute
from congress.errors import SpreadsheetError
from congress.i18n import t
from tests.people_factory import committee, context, people
from tests.sheets import xlsx
from tests.test_rules import BOOK, only, with_params

START = with_params("re_election_max", denominator="previous_start")


# the re-election cap at its boundary, for each denominator -----------------------------------

# (denominator, proposed, planned, previous, added mid-term): 60% of the denominator is 27
CASES = [
    ("planned", 44, 45, 50, 0),
    ("proposed", 45, 50, 50, 0),
    ("previous_start", 48, 50, 50, 5),
]


@pytest.mark.parametrize(("denominator", "size", "planned", "previous", "mid_term"), CASES)
def test_exactly_sixty_percent_passes_and_one_more_fails(
    denominator: str, size: int, planned: int, previous: int, mid_term: int
) -> None:
    book = with_params("re_election_max", denominator=denominator)
    for re_elected, ok in ((27, True), (28, False)):
        new, old = committee(
            size, re_elected=re_elected, previous_size=previous, previous_mid_term=mid_term
        )
        finding = only(context(new, old, planned), "re_election_max", book)
        assert finding.ok is ok, (denominator, re_elected, finding.message)
        assert finding.ratio == Ratio(count=re_elected, of=45, base=denominator)
        assert finding.limit == Bound(kind="max", percent=Fraction(60), count=27)
        assert f"{re_elected}/45" in finding.message
        assert f"mẫu số: {t(f'denominator.{denominator}', 'vi')}" in finding.message
        if not ok:
            assert finding.hint is not None and "thay ít nhất 1 người tái cử" in finding.hint


def test_start_of_term_leaves_out_the_members_added_mid_term_and_says_so() -> None:
    new, old = committee(48, re_elected=20, previous_size=50, previous_mid_term=3)
    finding = only(context(new, old, 50), "re_election_max", START)
    assert finding.ratio == Ratio(count=20, of=47, base="previous_start")
    added = [p.name for p in old.people[-3:]]
    assert "số Ủy viên khóa trước đầu nhiệm kỳ" in finding.message
    assert "không tính 3 người bổ sung giữa nhiệm kỳ" in finding.message
    assert all(name in finding.message for name in added)
    english = only(context(new, old, 50), "re_election_max", START, "en")
    assert "leaving out 3 member(s) added mid-term" in english.message
    assert "the outgoing committee at the start of its term" in english.message


def test_a_member_added_mid_term_and_proposed_again_is_re_elected() -> None:
    """The count is everyone of the outgoing committee who sits again; only the base is the
    start-of-term committee, so marking someone as added mid-term never loosens the cap."""
    new, old = committee(40, re_elected=30, previous_size=30, previous_mid_term=5)
    finding = only(context(new, old, 40), "re_election_max", START)
    assert finding.ratio == Ratio(count=30, of=25, base="previous_start")  # 5 of the 30 added
    assert not finding.ok
    assert len(finding.people) == 30


def test_a_list_without_the_mid_term_column_is_the_committee_at_its_start() -> None:
    new, old = committee(48, re_elected=27, previous_size=45)
    assert not old.marks_mid_term
    finding = only(context(new, old, 50), "re_election_max", START)
    assert finding.ok
    assert finding.ratio == Ratio(count=27, of=45, base="previous_start")
    assert "bổ sung" not in finding.message


def test_not_checked_when_every_outgoing_member_was_added_mid_term() -> None:
    new, old = committee(40, re_elected=2, previous_size=5, previous_mid_term=5)
    for rule, book in (("re_election_max", START), ("non_party_min_vs_previous", BOOK)):
        finding = only(context(new, old, 40), rule, book)
        assert finding.status == "not_checked", rule
        assert "đầu nhiệm kỳ" in finding.message


# the non-Party baseline and the statistics ---------------------------------------------------


def test_non_party_baseline_is_the_committee_at_the_start_of_its_term() -> None:
    # outgoing: 50 people, the last 10 added mid-term and all non-Party; the first 10 non-Party.
    new, old = committee(40, non_party=10, previous_size=50, previous_mid_term=10)
    old = people(
        [
            dataclasses.replace(p, party_member=not (i < 10 or i >= 40))
            for i, p in enumerate(old.people)
        ],
        "previous",
        marks_mid_term=True,
    )
    finding = only(context(new, old, 40), "non_party_min_vs_previous")
    # 10/40 = 25% at the start of the term; the whole list would have been 20/50 = 40%
    assert finding.ok
    assert finding.limit is not None
    assert finding.limit.baseline == Ratio(count=10, of=40, base="previous_start")
    assert "đầu nhiệm kỳ trước 10/40 (25,00%" in finding.message
    assert "không tính 10 người bổ sung giữa nhiệm kỳ" in finding.message
    one_less, _ = committee(40, non_party=9, previous_size=50)
    assert not only(context(one_less, old, 40), "non_party_min_vs_previous").ok

    stats = {m.key: m for m in compute(context(new, old, 40), BOOK.ruleset.age_bands, "vi")}
    assert stats["non_party"].previous == Ratio(count=10, of=40, base="previous_start")
    assert stats["size"].previous_count == 40
    assert stats["women"].previous == Ratio(count=0, of=40, base="previous_start")


def test_the_plain_message_without_mid_term_additions() -> None:
    new, old = committee(40, non_party=10, previous_size=40, previous_non_party=10)
    finding = only(context(new, old, 40), "non_party_min_vs_previous")
    assert finding.ok
    assert finding.message == (
        "Tỷ lệ ngoài Đảng 10/40 (25,00%) không thấp hơn đầu nhiệm kỳ trước 10/40 (25,00%)."
    )


# the list's column ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Bổ sung giữa nhiệm kỳ", "BỔ SUNG GIỮA NHIỆM KỲ", "Bổ sung", "Ngày bổ sung", "Được bổ sung"],
)
def test_the_mid_term_column_and_its_values(tmp_path: Path, header: str) -> None:
    rows = [
        ["Họ và tên", "Năm sinh", header],
        ["Nguyễn Văn An", 1960, "x"],
        ["Trần Thị Bình", 1961, "Có"],
        ["Lê Văn Chi", 1962, "15/06/2022"],
        ["Phạm Văn Dũng", 1963, datetime(2021, 3, 1)],
        ["Hoàng Thị Giang", 1964, "06/2022"],
        ["Vũ Văn Hà", 1965, "✓"],
        ["Đỗ Văn Hải", 1966, None],
        ["Bùi Văn Hùng", 1967, "Không"],
        ["Đặng Thị Lan", 1968, "Đầu nhiệm kỳ"],
        ["Ngô Văn Long", 1969, "bổ sung"],
    ]
    listed = read_people(xlsx(tmp_path / "khoa-truoc.xlsx", rows), "previous")
    assert listed.marks_mid_term
    assert [p.added_mid_term for p in listed.people] == [True] * 6 + [False] * 3 + [True]
    assert len(listed.at_start_of_term) == 3 and len(listed.mid_term_additions) == 7


def test_a_list_without_the_column_marks_no_one(tmp_path: Path) -> None:
    rows = [["Họ và tên", "Năm sinh", "Ghi chú"], ["Nguyễn Văn An", 1960, "Chuyển công tác"]]
    listed = read_people(xlsx(tmp_path / "khoa-truoc.xlsx", rows), "previous")
    assert not listed.marks_mid_term
    assert listed.at_start_of_term == listed.people


def test_a_note_bo_sung_marks_an_addition_without_the_column(tmp_path: Path) -> None:
    rows = [
        ["Họ và tên", "Năm sinh", "Ghi chú"],
        ["Nguyễn Văn An", 1960, "Bổ sung tháng 6/2022"],
        ["Trần Thị Bình", 1961, "Được bổ sung thay ông Lê Văn Chi"],
        ["Phạm Văn Dũng", 1963, "Nghỉ hưu, không bổ sung hồ sơ"],
        ["Hoàng Thị Giang", 1964, None],
    ]
    listed = read_people(xlsx(tmp_path / "khoa-truoc.xlsx", rows), "previous")
    assert listed.marks_mid_term
    assert [p.added_mid_term for p in listed.people] == [True, True, False, False]


def test_an_unreadable_mid_term_value_names_file_row_and_column(tmp_path: Path) -> None:
    rows = [
        ["DANH SÁCH ỦY BAN MTTQ VIỆT NAM PHƯỜNG NHIỆM KỲ 2019-2024"],
        ["Họ và tên", "Năm sinh", "Bổ sung giữa nhiệm kỳ"],
        ["Nguyễn Văn An", 1960, "chưa rõ"],
    ]
    with pytest.raises(SpreadsheetError) as error:
        read_people(xlsx(tmp_path / "khoa-truoc.xlsx", rows), "previous")
    (problem,) = error.value.problems
    assert (problem.row, problem.column) == (3, "C «Bổ sung giữa nhiệm kỳ»")
    assert problem.file == "khoa-truoc.xlsx › Danh sách"
    assert "giá trị Bổ sung giữa nhiệm kỳ «chưa rõ» không hợp lệ" in t(
        problem.key, "vi", **problem.params
    )
