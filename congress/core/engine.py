"""The workflow engine: one `transitions` machine for all wards, guards that keep their reasons.

`transitions` alone answers a failed condition with a silent False. Here the condition computes a
`Readiness` — every check's findings, unconfirmed checklist items, missing approvals, the pilot
gate — and keeps it on the event's model, so a refused transition always says why.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from congress.core.findings import Finding
from congress.core.workflow import Transition, WorkflowDefinition

if TYPE_CHECKING:
    from transitions import EventData, Machine


@dataclass(frozen=True)
class PilotState:
    """What the pilot gate looks at: the unit's pilot ward, its progress, its lessons."""

    is_pilot: bool
    pilot_name: str | None
    pilot_stage: str | None
    pilot_done: bool
    lessons: Mapping[str, str]
    acknowledged: Collection[str]


@dataclass
class GuardInputs:
    """What the guards of one ward read; `run_check` runs a named check (e.g. ``personnel``)."""

    run_check: Callable[[str], list[Finding]]
    confirmations: Collection[str]
    approvals: Collection[str]
    exceptions: Collection[str]
    pilot: PilotState
    _cache: dict[str, list[Finding]] = field(default_factory=dict)

    def findings(self, kind: str) -> list[Finding]:
        if kind not in self._cache:
            self._cache[kind] = self.run_check(kind)
        return self._cache[kind]


@dataclass(frozen=True)
class GateProblem:
    """Why the pilot gate is closed, as a message key and its parameters."""

    key: str
    params: Mapping[str, Any]


@dataclass
class Readiness:
    """Everything that stands between a ward and one transition."""

    transition: Transition
    findings: list[Finding]
    missing_checklist: list[str]
    missing_approvals: list[str]
    gate: list[GateProblem]
    excepted_rules: Collection[str] = ()

    @property
    def blocking(self) -> list[Finding]:
        """Error-level findings that failed or were not checked, with no exception granted."""
        return [f for f in self.findings if f.blocking and f.rule not in self.excepted_rules]

    @property
    def excepted(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking and f.rule in self.excepted_rules]

    @property
    def ok(self) -> bool:
        return not (self.blocking or self.missing_checklist or self.missing_approvals or self.gate)


def pilot_gate(pilot: PilotState) -> list[GateProblem]:
    """The pilot ward goes first; every other ward waits for it and acknowledges every lesson."""
    if pilot.is_pilot:
        return []
    if pilot.pilot_name is None:
        return [GateProblem("gate.no_pilot", {})]
    problems = []
    if not pilot.pilot_done:
        problems.append(
            GateProblem(
                "gate.pilot_not_done", {"pilot": pilot.pilot_name, "stage": pilot.pilot_stage}
            )
        )
    if not pilot.lessons:
        problems.append(GateProblem("gate.no_lessons", {"pilot": pilot.pilot_name}))
    for lesson_id, text in pilot.lessons.items():
        if lesson_id not in pilot.acknowledged:
            problems.append(GateProblem("gate.lesson_open", {"lesson": lesson_id, "text": text}))
    return problems


def readiness(transition: Transition, inputs: GuardInputs) -> Readiness:
    """Evaluate every guard of `transition` (none short-circuits)."""
    findings = [f for kind in transition.checks for f in inputs.findings(kind)]
    return Readiness(
        transition=transition,
        findings=findings,
        missing_checklist=[i for i in transition.checklist if i not in inputs.confirmations],
        missing_approvals=[a for a in transition.approvals if a not in inputs.approvals],
        gate=pilot_gate(inputs.pilot) if transition.pilot_gate else [],
        excepted_rules=inputs.exceptions,
    )


class _WardModel:
    """The machine's model for one call: a ward's stage and the readiness its guard computed."""

    def __init__(self) -> None:
        self.state = ""
        self.readiness: Readiness | None = None


class NotFromHere(LookupError):
    """The trigger exists in the workflow but not from the ward's current stage."""


class WorkflowEngine:
    """One machine (``model=None``, ``auto_transitions=False``) serving every ward."""

    def __init__(self, definition: WorkflowDefinition) -> None:
        # `transitions` is loaded by the commands that move a ward, not by those that only look
        from transitions import Machine

        self.definition = definition
        self._by_key = {(t.source, t.trigger): t for t in definition.transitions}
        self.machine: Machine = Machine(
            model=None,
            states=[s.id for s in definition.stages],
            transitions=[
                {
                    "trigger": t.trigger,
                    "source": t.source,
                    "dest": t.dest,
                    "conditions": [self._guard],
                }
                for t in definition.transitions
            ],
            initial=definition.initial,
            auto_transitions=False,
            send_event=True,
        )

    def _guard(self, event: EventData) -> bool:
        assert event.transition is not None
        transition = self._by_key[(event.transition.source, event.event.name)]
        inputs: GuardInputs = event.kwargs["inputs"]
        result = readiness(transition, inputs)
        model: _WardModel = event.model  # type: ignore[assignment]
        model.readiness = result
        return result.ok

    def transition(self, stage: str, trigger: str) -> Transition:
        """The transition `trigger` from `stage`; NotFromHere if it does not start there."""
        found = self._by_key.get((stage, trigger))
        if found is None:
            raise NotFromHere(trigger)
        return found

    def fire(self, stage: str, trigger: str, inputs: GuardInputs) -> tuple[str, Readiness]:
        """Try `trigger` from `stage`: the new stage (unchanged when refused) and the readiness."""
        from transitions import MachineError

        self.transition(stage, trigger)
        model = _WardModel()
        self.machine.add_model(model, initial=stage)
        try:
            model.trigger(trigger, inputs=inputs)  # type: ignore[attr-defined]
        except MachineError as exc:  # pragma: no cover - guarded by transition() above
            raise NotFromHere(trigger) from exc
        finally:
            self.machine.remove_model(model)
        assert model.readiness is not None
        return model.state, model.readiness
