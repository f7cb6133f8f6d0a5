"""Use cases run on an in-memory ward folder (`congress.services.ports.WardFolder`): no file of a
ward is read, only the bundled ruleset and workflow."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from congress.adapters import ward_folder
from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.workspace import load_definition
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.engine import GuardInputs, PilotState, readiness
from congress.core.figures import Ratio
from congress.core.memo import Memo
from congress.core.people import PeopleList
from congress.core.ruleset import RuleBook
from congress.core.tally import TallyFile
from congress.core.ward import WardFile, WardLists
from congress.core.word_doc import WordDoc
from congress.errors import InputError, Problem
from congress.services.personnel import check_ward
from congress.services.ports import CheckedFiles, WardFolder
from congress.services.ward_checks import CHECKS
from congress.services.workspace import WardScope
from tests.people_factory import committee, standing

TODAY = date(2024, 3, 15)


@dataclass
class MemoryWard:
    """A ward folder held in memory."""

    proposed_list: PeopleList
    previous_list: PeopleList | None
    slug: str = "phuong-mau"
    facts: WardFile = field(
        default_factory=lambda: WardFile(
            ward="Phường Mẫu", planned_size=55, lists=WardLists(proposed="-", previous="-")
        )
    )
    count: TallyFile | None = None
    facts_source: str = "<memory>"
    memo: Memo = field(default_factory=Memo, repr=False, compare=False)

    def ward(self) -> WardFile:
        return self.facts

    def draft_facts(self) -> WardFile:
        return self.facts

    def name(self) -> str:
        return self.facts.ward

    def timeline(self) -> dict[str, date | None]:
        return self.facts.timeline

    def proposed(self) -> PeopleList:
        return self.proposed_list

    def previous(self) -> PeopleList | None:
        return self.previous_list

    def drafts(self) -> DraftsFile:
        return DraftsFile()

    def congress(self) -> CongressFile:
        return CongressFile()

    def source(self, what: str) -> str:
        return f"memory:{what}"

    def word_drafts(self, *, pages: bool = True) -> list[WordDoc]:
        return []

    def has_tally(self) -> bool:
        return self.count is not None

    def tally(self) -> TallyFile:
        if self.count is None:
            raise InputError(Problem("tally.missing", {"file": "tally"}, file=self.facts_source))
        return self.count

    def second_tally(self) -> TallyFile | None:
        return None

    def ruleset(self, default: str) -> str:
        return self.facts.ruleset or default

    def rulebook(self, default: str, sections: Collection[str] | None = None) -> RuleBook:
        return load_rulebook(self.ruleset(default), sections=sections)

    def inputs(self, check: CheckedFiles, default: str) -> list[Path]:
        return []


def _ward(re_elected: int) -> MemoryWard:
    new, old = committee(55, re_elected=re_elected)
    return MemoryWard(PeopleList(new.label, new.source, tuple(standing(list(new.people)))), old)


def _scope(ward: WardFolder) -> WardScope:
    nowhere = Path("/nonexistent")  # checks write nothing: a scope's folders are never touched
    return WardScope(ward, nowhere, nowhere, "ward-2024-2029", "vi", TODAY)


def test_the_personnel_check_runs_on_a_ward_held_in_memory() -> None:
    report = check_ward(_ward(re_elected=34), "vi", today=TODAY)
    by_rule = {f.rule: f for f in report.findings}
    assert not by_rule["re_election_max"].ok
    assert by_rule["re_election_max"].ratio == Ratio(count=34, of=55, base="planned")
    assert report.ward == "Phường Mẫu"
    assert report.files == {"proposed": "proposed.xlsx", "previous": "previous.xlsx"}
    assert not report.ok
    fewer = check_ward(_ward(re_elected=33), "vi", today=TODAY)
    assert {f.rule: f for f in fewer.findings}["re_election_max"].ok


@pytest.mark.parametrize(("re_elected", "blocked"), [(33, False), (34, True)])
def test_a_transition_is_ready_or_not_on_a_ward_held_in_memory(
    re_elected: int, blocked: bool
) -> None:
    definition = load_definition("ward-2024-2029", set(CHECKS))
    (transition,) = [t for t in definition.transitions if t.trigger == "approve_personnel"]
    scope = _scope(_ward(re_elected))
    inputs = GuardInputs(
        run_check=lambda kind: CHECKS[kind](scope).findings,
        confirmations=set(transition.checklist),
        approvals=set(transition.approvals),
        exceptions=set(),
        pilot=PilotState(True, "Phường Mẫu", None, False, {}, set()),
    )
    result = readiness(transition, inputs)
    assert ("re_election_max" in {f.rule for f in result.blocking}) is blocked
    assert not result.missing_approvals and not result.gate


def test_the_tally_check_of_a_ward_without_a_count_says_so() -> None:
    with pytest.raises(InputError) as caught:
        CHECKS["tally"](_scope(_ward(re_elected=33)))
    assert caught.value.problems[0].key == "tally.missing"


def test_a_ward_folder_on_disk_reads_its_ward_yaml_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ward.yaml").write_text(
        "ward: Phường Mẫu\nplanned_size: 55\nlists: {proposed: a.xlsx}\n"
        "timeline: {congress: 2024-05-01}\n",
        encoding="utf-8",
    )
    reads: list[Path] = []
    real = ward_folder.read_yaml
    monkeypatch.setattr(ward_folder, "read_yaml", lambda path: reads.append(path) or real(path))
    folder = ward_folder.FileWardFolder.at(tmp_path)
    assert folder.name() == "Phường Mẫu"
    assert folder.ward().planned_size == 55
    assert folder.timeline() == {"congress": date(2024, 5, 1)}
    assert folder.ruleset("ward-2024-2029") == "ward-2024-2029"
    assert folder.drafts() == DraftsFile() and not folder.has_tally()
    assert reads == [tmp_path / "ward.yaml"]
