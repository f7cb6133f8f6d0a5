"""The pure workflow engine (congress.core.engine) and the Mermaid diagram, without any file.

A small definition is built in memory; the guards read `GuardInputs` whose check is a stub that
returns chosen findings, so each guard can be opened or closed on its own.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import pytest

from congress.core.engine import (
    GateProblem,
    GuardInputs,
    NotFromHere,
    PilotState,
    WorkflowEngine,
    pilot_gate,
    readiness,
)
from congress.core.findings import Finding, Severity, Status
from congress.core.workflow import WorkflowDefinition, mermaid, validate_definition

DEFINITION = WorkflowDefinition.model_validate(
    {
        "id": "test",
        "version": 2,
        "title": "Test workflow",
        "ruleset": "ward-2024-2029",
        "initial": "draft",
        "pilot_done": "held",
        "stages": [
            {"id": "draft", "label": {"vi": "Dự thảo", "en": "Draft"}},
            {"id": "ready", "label": {"vi": "Sẵn sàng"}},
            {"id": "held", "label": {"vi": "Đã đại hội", "en": "Held"}},
            {"id": "done", "label": {"vi": "Xong", "en": "Done"}},
            {"id": "dropped", "label": {"vi": "Dừng", "en": "Dropped"}},
        ],
        "checklist": {"plan": {"vi": "Có kế hoạch"}, "script": {"vi": "Có kịch bản"}},
        "approvals": {"party": {"vi": "Đảng ủy đồng ý"}},
        "transitions": [
            {
                "trigger": "prepare",
                "source": "draft",
                "dest": "ready",
                "label": {"vi": "Chuẩn bị"},
                "checks": ["personnel"],
                "checklist": ["plan"],
                "approvals": ["party"],
            },
            {
                "trigger": "hold",
                "source": "ready",
                "dest": "held",
                "label": {"vi": "Đại hội"},
                "checklist": ["script"],
                "pilot_gate": True,
            },
            {"trigger": "finish", "source": "held", "dest": "done", "label": {"vi": "Xong"}},
            {"trigger": "drop", "source": "draft", "dest": "dropped", "label": {"vi": "Dừng"}},
        ],
    }
)
validate_definition(DEFINITION, {"personnel"})

OPEN_GATE = PilotState(
    is_pilot=False,
    pilot_name="Ô Chợ Dừa",
    pilot_stage="Đã đại hội",
    pilot_done=True,
    lessons={"L1": "Rút gọn báo cáo"},
    acknowledged={"L1"},
)
CLOSED_GATE = PilotState(
    is_pilot=False,
    pilot_name="Ô Chợ Dừa",
    pilot_stage="Sẵn sàng",
    pilot_done=False,
    lessons={"L1": "Rút gọn báo cáo"},
    acknowledged=set(),
)


def finding(rule: str, *, ok: bool = False, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(
        rule=rule,
        ok=ok,
        severity=severity,
        status=Status.PASSED if ok else Status.FAILED,
        title=rule,
        actual={},
        limit={},
        people=[],
        message=f"{rule} {'ok' if ok else 'fails'}",
        hint=None,
        basis="",
    )


class Checks:
    """A stub for `run_check`: fixed findings per check, and a count of the calls."""

    def __init__(self, findings: Mapping[str, list[Finding]] | None = None) -> None:
        self.findings = dict(findings or {})
        self.calls: list[str] = []

    def __call__(self, kind: str) -> list[Finding]:
        self.calls.append(kind)
        return self.findings.get(kind, [])


def inputs(
    findings: list[Finding] | None = None,
    confirmations: Collection[str] = ("plan", "script"),
    approvals: Collection[str] = ("party",),
    exceptions: Collection[str] = (),
    pilot: PilotState = OPEN_GATE,
    checks: Checks | None = None,
) -> GuardInputs:
    return GuardInputs(
        run_check=checks or Checks({"personnel": findings or []}),
        confirmations=set(confirmations),
        approvals=set(approvals),
        exceptions=set(exceptions),
        pilot=pilot,
    )


@pytest.fixture
def engine() -> WorkflowEngine:
    return WorkflowEngine(DEFINITION)


def _gated_transition_with_everything() -> Any:
    """`prepare` with the pilot gate switched on too, so one transition has all four guards."""
    prepare = DEFINITION.transitions[0]
    return prepare.model_copy(update={"pilot_gate": True})


# --- readiness: every guard, no short-circuit ----------------------------------------------------


def test_every_guard_is_evaluated_and_reported() -> None:
    checks = Checks({"personnel": [finding("re_election_max"), finding("women_min", ok=True)]})
    guards = inputs(confirmations=(), approvals=(), pilot=CLOSED_GATE, checks=checks)
    result = readiness(_gated_transition_with_everything(), guards)
    assert not result.ok
    assert [f.rule for f in result.blocking] == ["re_election_max"]
    assert [f.rule for f in result.findings] == ["re_election_max", "women_min"]
    assert result.missing_checklist == ["plan"]
    assert result.missing_approvals == ["party"]
    assert [g.key for g in result.gate] == ["gate.pilot_not_done", "gate.lesson_open"]
    assert checks.calls == ["personnel"]


@pytest.mark.parametrize("failing", ["check", "checklist", "approval", "gate"])
def test_each_guard_alone_blocks_and_the_others_still_run(failing: str) -> None:
    checks = Checks({"personnel": [finding("re_election_max")] if failing == "check" else []})
    guards = inputs(
        confirmations=() if failing == "checklist" else ("plan",),
        approvals=() if failing == "approval" else ("party",),
        pilot=CLOSED_GATE if failing == "gate" else OPEN_GATE,
        checks=checks,
    )
    result = readiness(_gated_transition_with_everything(), guards)
    assert not result.ok
    assert bool(result.blocking) is (failing == "check")
    assert bool(result.missing_checklist) is (failing == "checklist")
    assert bool(result.missing_approvals) is (failing == "approval")
    assert bool(result.gate) is (failing == "gate")
    assert checks.calls == ["personnel"]  # the check ran even when another guard failed


def test_the_gate_is_only_read_by_a_gated_transition() -> None:
    prepare = DEFINITION.transitions[0]
    result = readiness(prepare, inputs(pilot=CLOSED_GATE))
    assert result.gate == []
    assert result.ok


def test_a_check_runs_once_per_ward_however_often_it_is_read() -> None:
    checks = Checks({"personnel": [finding("re_election_max")]})
    guards = inputs(checks=checks)
    prepare = DEFINITION.transitions[0]
    readiness(prepare, guards)
    readiness(prepare, guards)
    assert checks.calls == ["personnel"]


# --- fire ----------------------------------------------------------------------------------------


def test_fire_refused_returns_the_same_stage_and_why(engine: WorkflowEngine) -> None:
    stage, result = engine.fire("draft", "prepare", inputs([finding("re_election_max")], ()))
    assert stage == "draft"
    assert result.transition.trigger == "prepare"
    assert not result.ok
    assert [f.rule for f in result.blocking] == ["re_election_max"]
    assert result.missing_checklist == ["plan"]
    assert result.missing_approvals == []


def test_fire_allowed_returns_the_new_stage(engine: WorkflowEngine) -> None:
    stage, result = engine.fire("draft", "prepare", inputs([finding("women_min", ok=True)]))
    assert stage == "ready"
    assert result.ok
    assert result.transition.dest == "ready"
    assert [f.rule for f in result.findings] == ["women_min"]


def test_a_transition_without_guards_moves(engine: WorkflowEngine) -> None:
    stage, result = engine.fire("held", "finish", inputs(confirmations=(), approvals=()))
    assert (stage, result.ok) == ("done", True)


def test_a_warning_never_blocks(engine: WorkflowEngine) -> None:
    warning = finding("women_min", severity=Severity.WARNING)
    stage, result = engine.fire("draft", "prepare", inputs([warning]))
    assert stage == "ready"
    assert result.ok
    assert result.blocking == []
    assert result.excepted == []
    assert result.findings == [warning]


def test_an_excepted_error_does_not_block_and_is_listed(engine: WorkflowEngine) -> None:
    error = finding("re_election_max")
    stage, result = engine.fire("draft", "prepare", inputs([error], exceptions={"re_election_max"}))
    assert stage == "ready"
    assert result.blocking == []
    assert result.excepted == [error]


def test_an_exception_covers_only_its_own_rule(engine: WorkflowEngine) -> None:
    errors = [finding("re_election_max"), finding("committee_size_range")]
    stage, result = engine.fire("draft", "prepare", inputs(errors, exceptions={"re_election_max"}))
    assert stage == "draft"
    assert [f.rule for f in result.blocking] == ["committee_size_range"]
    assert [f.rule for f in result.excepted] == ["re_election_max"]


def test_an_exception_for_a_passed_rule_lists_nothing(engine: WorkflowEngine) -> None:
    passed = finding("re_election_max", ok=True)
    _, result = engine.fire("draft", "prepare", inputs([passed], exceptions={"re_election_max"}))
    assert result.excepted == []


@pytest.mark.parametrize(
    ("stage", "trigger"),
    [("ready", "prepare"), ("done", "finish"), ("draft", "hold"), ("draft", "no_such_trigger")],
)
def test_a_trigger_not_from_the_stage_is_not_from_here(
    engine: WorkflowEngine, stage: str, trigger: str
) -> None:
    with pytest.raises(NotFromHere):
        engine.fire(stage, trigger, inputs())
    with pytest.raises(NotFromHere):
        engine.transition(stage, trigger)
    assert engine.machine.models == []  # nothing left attached to the machine


def test_transition_finds_the_definition_entry(engine: WorkflowEngine) -> None:
    assert engine.transition("ready", "hold") is DEFINITION.transitions[1]


def test_two_triggers_from_one_stage(engine: WorkflowEngine) -> None:
    assert engine.fire("draft", "drop", inputs(confirmations=(), approvals=()))[0] == "dropped"


def test_one_machine_serves_many_wards(engine: WorkflowEngine) -> None:
    ready_ward = inputs(confirmations=("plan",), approvals=("party",))
    waiting_ward = inputs(confirmations=("plan", "script"), pilot=CLOSED_GATE)
    pilot_ward = inputs(
        confirmations=("plan", "script"),
        pilot=PilotState(True, "Ô Chợ Dừa", "Sẵn sàng", False, {}, ()),
    )
    # Three wards at different stages, interleaved, on the same engine.
    assert engine.fire("draft", "prepare", ready_ward)[0] == "ready"
    stage, refused = engine.fire("ready", "hold", waiting_ward)
    assert stage == "ready"
    assert [g.key for g in refused.gate] == ["gate.pilot_not_done", "gate.lesson_open"]
    assert engine.fire("ready", "hold", pilot_ward)[0] == "held"
    stage, refused = engine.fire("ready", "hold", ready_ward)
    assert (stage, refused.missing_checklist) == ("ready", ["script"])
    assert engine.fire("held", "finish", waiting_ward)[0] == "done"
    assert engine.fire("draft", "prepare", ready_ward)[0] == "ready"  # stage comes from the call
    assert engine.machine.models == []  # no ward's model stays attached


# --- the pilot gate ------------------------------------------------------------------------------


def _pilot(**changes: Any) -> PilotState:
    values: dict[str, Any] = {
        "is_pilot": False,
        "pilot_name": "Ô Chợ Dừa",
        "pilot_stage": "Đã đại hội",
        "pilot_done": True,
        "lessons": {"L1": "Rút gọn báo cáo", "L2": "Tham luận không trùng chủ đề"},
        "acknowledged": {"L1", "L2"},
    }
    values.update(changes)
    return PilotState(**values)


def test_gate_open_when_the_pilot_is_done_and_every_lesson_acknowledged() -> None:
    assert pilot_gate(_pilot()) == []


def test_gate_the_pilot_itself_never_waits() -> None:
    assert pilot_gate(_pilot(is_pilot=True, pilot_done=False, lessons={}, acknowledged=())) == []


def test_gate_no_pilot_chosen() -> None:
    assert pilot_gate(_pilot(pilot_name=None, pilot_stage=None, pilot_done=False)) == [
        GateProblem("gate.no_pilot", {})
    ]


def test_gate_pilot_not_done() -> None:
    problems = pilot_gate(_pilot(pilot_done=False, pilot_stage="Sẵn sàng"))
    assert problems == [
        GateProblem("gate.pilot_not_done", {"pilot": "Ô Chợ Dừa", "stage": "Sẵn sàng"})
    ]


def test_gate_no_lessons_recorded() -> None:
    problems = pilot_gate(_pilot(lessons={}, acknowledged=()))
    assert problems == [GateProblem("gate.no_lessons", {"pilot": "Ô Chợ Dừa"})]


def test_gate_each_unacknowledged_lesson_is_named() -> None:
    problems = pilot_gate(_pilot(acknowledged={"L1", "L9"}))
    assert problems == [
        GateProblem("gate.lesson_open", {"lesson": "L2", "text": "Tham luận không trùng chủ đề"})
    ]


def test_gate_reports_every_problem_at_once() -> None:
    problems = pilot_gate(_pilot(pilot_done=False, pilot_stage="Dự thảo", lessons={}))
    assert [p.key for p in problems] == ["gate.pilot_not_done", "gate.no_lessons"]


# --- mermaid -------------------------------------------------------------------------------------


def test_mermaid_has_every_transition_start_and_end() -> None:
    diagram = mermaid(DEFINITION)
    lines = diagram.splitlines()
    assert lines[0] == "stateDiagram-v2"
    assert "    [*] --> draft" in lines
    for transition in DEFINITION.transitions:
        label = transition.label["vi"]  # the move's Vietnamese name, not its code
        assert f"    {transition.source} --> {transition.dest}: {label}" in lines
    # Both stages with no way out end the diagram, and only they do.
    assert [line for line in lines if line.endswith("--> [*]")] == [
        "    done --> [*]",
        "    dropped --> [*]",
    ]
    assert '    state "Dự thảo" as draft' in lines
    assert "current" not in diagram
    assert diagram.endswith("\n")


def test_mermaid_marks_the_current_stage() -> None:
    lines = mermaid(DEFINITION, "ready").splitlines()
    assert "    class ready current" in lines
    assert any(line.startswith("    classDef current ") for line in lines)
    assert sum("current" in line for line in lines) == 2


def test_mermaid_labels_in_english_fall_back_to_vietnamese() -> None:
    lines = mermaid(DEFINITION, lang="en").splitlines()
    assert '    state "Draft" as draft' in lines
    assert '    state "Sẵn sàng" as ready' in lines  # no English label: the Vietnamese one
