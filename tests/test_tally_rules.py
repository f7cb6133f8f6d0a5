"""The count's rules in the core, at their boundaries (domain.md §5): exact arithmetic only."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from congress.core.findings import Status
from congress.core.rules_tally import (
    ApprovalParams,
    QuorumParams,
    TallyContext,
    person_approved,
    quorum,
    seats_filled,
)
from congress.core.ruleset import NoParams
from congress.core.tally import TallyFile, count_choice, quorum_met, sections
from congress.core.tally_compare import compare
from congress.core.tally_consistency import violations


def tally(present: int = 128, convened: int = 135, **extra: Any) -> TallyFile:
    return TallyFile.model_validate(
        {"delegates": {"convened": convened, "present": present}, **extra}
    )


def committee(planned: int, approvals: list[int], **extra: Any) -> dict[str, Any]:
    people = [{"name": f"Người {i}", "approvals": a} for i, a in enumerate(approvals, start=1)]
    return {"planned": planned, "people": people, **extra}


@pytest.mark.parametrize(("present", "met"), [(90, True), (89, False)])
def test_quorum_two_thirds_is_exact(present: int, met: bool) -> None:
    assert quorum_met(present, 135, Fraction(2, 3)) is met  # 90 × 3 = 135 × 2
    (outcome,) = quorum(TallyContext(tally(present)), QuorumParams())
    assert (outcome.status is Status.PASSED) is met
    assert outcome.values["need"] == 90


@pytest.mark.parametrize(("approvals", "chosen"), [(64, False), (65, True)])
def test_exactly_half_of_present_is_not_enough(approvals: int, chosen: bool) -> None:
    t = tally(committee=committee(1, [approvals]))
    (result,) = [count_choice(s, Fraction(1, 2), "present") for s in sections(t)]
    assert bool(result.chosen) is chosen
    (outcome,) = person_approved(TallyContext(t), ApprovalParams())
    assert (outcome.status is Status.PASSED) is chosen


@pytest.mark.parametrize(("base", "of"), [("present", 128), ("convened", 135), ("valid", 120)])
def test_the_denominator_is_a_parameter(base: str, of: int) -> None:
    ballots = {"issued": 128, "collected": 125, "valid": 120, "invalid": 5}
    t = tally(committee=committee(1, [61], method="secret", ballots=ballots))
    (outcome,) = person_approved(TallyContext(t), ApprovalParams(denominator=base))  # type: ignore[arg-type]
    assert outcome.values["of"] == of
    assert (outcome.status is Status.PASSED) is (of < 61 * 2)


def test_valid_falls_back_to_present_for_a_show_of_hands() -> None:
    t = tally(committee=committee(1, [65]))
    (outcome,) = person_approved(TallyContext(t), ApprovalParams(denominator="valid"))
    assert outcome.values["of"] == 128 and outcome.status is Status.PASSED


def test_vacancies_reconcile_with_planned_seats() -> None:
    ok = tally(committee=committee(3, [100, 90], vacancies=1))
    (outcome,) = seats_filled(TallyContext(ok), NoParams())
    assert outcome.variant == "ok_vacant" and outcome.values["vacancies"] == 1
    wrong = tally(committee=committee(3, [100, 90], vacancies=0))
    (outcome,) = seats_filled(TallyContext(wrong), NoParams())
    assert outcome.variant == "vacancies_differ" and outcome.status is Status.FAILED
    assert not TallyContext(wrong).usable


def test_a_tie_matters_only_when_more_pass_than_seats() -> None:
    equal = tally(committee=committee(2, [100, 100]))
    (outcome,) = seats_filled(TallyContext(equal), NoParams())
    assert outcome.variant == "ok"  # two equal, two seats: both chosen
    over = tally(committee=committee(2, [110, 100, 100]))
    (outcome,) = seats_filled(TallyContext(over), NoParams())
    assert outcome.variant == "tie_revote" and outcome.values["tied"] == "Người 2, Người 3"
    most = tally(committee=committee(2, [110, 105, 100]))
    (outcome,) = seats_filled(TallyContext(most), NoParams())
    assert outcome.variant == "ok" and outcome.values["chosen"] == "Người 1, Người 2"


def test_alternates_never_among_officials_and_standing_members_on_the_committee() -> None:
    t = tally(
        committee=committee(2, [100, 100]),
        delegation={"official": committee(1, [100]), "alternate": committee(1, [100])},
        first_meeting={"members": 2, "present": 2, "standing": {"planned": 1, "people": [
            {"name": "Người 9", "role": "chair", "approvals": 2}]}},
    )  # fmt: skip
    found = {variant for variant, _ in violations(t)}
    assert found == {"alternate_also_official", "standing_not_member"}


def test_secret_ballot_identities() -> None:
    ballots = {"issued": 129, "collected": 130, "valid": 100, "invalid": 20}
    t = tally(committee=committee(1, [101], method="secret", ballots=ballots))
    found = {variant for variant, _ in violations(t)}
    assert found == {"issued_over_present", "collected_over_issued", "valid_invalid_sum",
                     "approvals_over"}  # fmt: skip


def test_compare_finds_each_differing_figure() -> None:
    a = tally(committee=committee(2, [100, 90]))
    b = tally(committee=committee(2, [100, 91]))
    (diff,) = compare(a, b)
    assert (diff.field, diff.first, diff.second) == ("approvals", 90, 91)
    assert diff.where_text("vi") == "Ủy ban khóa mới, «Người 2»"
