"""The Hội nghị lần thứ nhất's rules at their boundaries (pure)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from congress.core.findings import Status
from congress.core.first_meeting import (
    FirstMeeting,
    FirstMeetingContext,
    StandingParams,
    first_meeting_consistent,
    standing_approved,
)


def meeting(present: int, *votes: int, roles: tuple[str, ...] = ()) -> FirstMeeting:
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    roles = roles or ("Chủ tịch", "Phó Chủ tịch", "Ủy viên Thường trực")
    standing = [
        {"name": n, "role": r, "in_favour": v} for n, r, v in zip(names, roles, votes, strict=False)
    ]
    return FirstMeeting.model_validate({"members": 55, "present": present, "standing": standing})


@pytest.mark.parametrize(("votes", "passed"), [(25, False), (26, True)])
def test_exactly_half_of_the_members_present_is_not_enough(votes: int, passed: bool) -> None:
    (outcome,) = standing_approved(FirstMeetingContext(meeting(50, votes)), StandingParams())
    assert (outcome.status is Status.PASSED) is passed
    assert outcome.limit.count == 26  # type: ignore[union-attr]


def test_the_denominator_may_be_all_members() -> None:
    params = StandingParams(threshold=Fraction(1, 2), denominator="members")
    (outcome,) = standing_approved(FirstMeetingContext(meeting(50, 27)), params)
    assert outcome.status is Status.FAILED  # 27 of 55 members is not more than half


def test_the_standing_committee_sits_on_the_committee_and_has_one_chair() -> None:
    ctx = FirstMeetingContext(meeting(50, 40, 40), committee=["Nguyễn Văn An"] + ["x"] * 54)
    variants = {o.variant for o in first_meeting_consistent(ctx, None)}  # type: ignore[arg-type]
    assert variants == {"not_on_committee"}
    two_chairs = meeting(50, 40, 40, roles=("Chủ tịch", "chu tich"))
    found = first_meeting_consistent(FirstMeetingContext(two_chairs), None)  # type: ignore[arg-type]
    assert [o.variant for o in found] == ["chair_count"]
    (result,) = standing_approved(FirstMeetingContext(two_chairs), StandingParams())
    assert result.status is Status.NOT_CHECKED  # no result while the figures do not add up


def test_a_role_outside_the_standing_committee_is_refused() -> None:
    with pytest.raises(ValueError, match="role"):
        meeting(50, 40, roles=("Bí thư",))
