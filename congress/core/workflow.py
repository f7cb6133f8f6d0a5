"""The workflow of a ward's congress as data: stages, transitions and their guards.

A definition file (``workflows/<round>/workflow.yaml``) is validated here on load: unknown stages,
guards that name no known check, checklist items or approvals that are not declared, stages that
no transition reaches, are all errors with the key that holds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field

from congress.core.ruleset import DefinitionError, LocalText, Strict
from congress.core.text import header_key


class Stage(Strict):
    """One stage of the congress preparation; `names`: what else an officer may type for it
    (Vietnamese, compared without case or diacritics), besides its id and label."""

    id: str
    label: LocalText
    names: list[str] = []
    description: LocalText = {}
    documents: list[str] = []


class Transition(Strict):
    """A move from one stage to the next and what must hold before it."""

    trigger: str
    source: str
    dest: str
    label: LocalText
    names: list[str] = []
    checks: list[str] = []
    checklist: list[str] = []
    approvals: list[str] = []
    pilot_gate: bool = False


class Migration(Strict):
    """How a ward recorded under an earlier version of the same workflow is carried over: each
    stage of that version that this one renamed or removed, mapped to the stage it becomes."""

    from_version: int = Field(ge=1)
    stages: dict[str, str] = {}


class WorkflowDefinition(Strict):
    """A workflow file: the stages of one round of ward congresses and how a ward moves on."""

    id: str
    version: int = Field(ge=1)
    title: str
    ruleset: str
    initial: str
    pilot_done: str
    stages: list[Stage]
    checklist: dict[str, LocalText] = {}
    approvals: dict[str, LocalText] = {}
    # Approvals that are decisions (a Quyết định): recorded only with a number and a date.
    dated_approvals: list[str] = []
    transitions: list[Transition]
    migrations: list[Migration] = []

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def index(self, stage_id: str) -> int:
        return [s.id for s in self.stages].index(stage_id)

    def documents_due(self, stage_id: str) -> list[str]:
        """The documents a ward at `stage_id` should have: those of its stage and every earlier one."""
        here = self.index(stage_id)
        return [d for s in self.stages[: here + 1] for d in s.documents]

    def open_checks(self, stage_id: str) -> list[str]:
        """The checks still open for a ward at `stage_id`: each named by a guard of a transition
        leaving this stage or an earlier one, and by a guard of one leaving this stage or a later
        one — e.g. the drafts from the drafts stage until the congress is held (`hold_congress`
        checks them again), whatever stage the ward is at in between. Their findings stay in
        view until they are fixed; in the order the transitions first name them."""
        here = self.index(stage_id)
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for transition in self.transitions:
            at = self.index(transition.source)
            for check in transition.checks:
                first[check] = min(first.get(check, at), at)
                last[check] = max(last.get(check, at), at)
        return [c for c in first if first[c] <= here <= last[c]]

    def triggers_from(self, stage_id: str) -> list[Transition]:
        return [t for t in self.transitions if t.source == stage_id]

    @property
    def triggers(self) -> set[str]:
        return {t.trigger for t in self.transitions}

    def has_stage(self, stage_id: str) -> bool:
        return any(s.id == stage_id for s in self.stages)

    def migrated_stage(self, from_version: int, stage_id: str) -> str | None:
        """Where a ward at `stage_id` under version `from_version` stands in this version: the
        stage the migrations map it to (applied version after version), or the same stage if
        this version still has it; None when neither says."""
        stage = stage_id
        for migration in sorted(self.migrations, key=lambda m: m.from_version):
            if migration.from_version >= from_version:
                stage = migration.stages.get(stage, stage)
        return stage if self.has_stage(stage) else None

    def reopened_approvals(self, target: str, current: str) -> list[str]:
        """The approvals a ward sent back from `current` to `target` must be given again: those
        of every transition that leaves a stage from `target` up to (not including) `current`."""
        low, high = self.index(target), self.index(current)
        found: list[str] = []
        for transition in self.transitions:
            if low <= self.index(transition.source) < high:
                found += [a for a in transition.approvals if a not in found]
        return found


_STAGE_ID = re.compile(r"[a-z][a-z0-9_]*")


def validate_definition(
    definition: WorkflowDefinition,
    known_checks: Iterable[str],
    known_documents: Iterable[str] | None = None,
) -> None:
    """Raise DefinitionError at the first inconsistency, naming its key."""
    checks = set(known_checks)
    if known_documents is not None:
        documents = set(known_documents)
        for index, stage in enumerate(definition.stages):
            for position, doc in enumerate(stage.documents):
                if doc not in documents:
                    raise DefinitionError(
                        ("stages", index, "documents", position),
                        "workflow.unknown_document",
                        name=doc,
                        allowed=", ".join(sorted(documents)),
                    )
    _require_vietnamese(definition)
    ids = [s.id for s in definition.stages]
    for index, stage_id in enumerate(ids):
        if not _STAGE_ID.fullmatch(stage_id):
            raise DefinitionError(("stages", index, "id"), "workflow.bad_stage_id", stage=stage_id)
        if stage_id in ids[:index]:
            raise DefinitionError(
                ("stages", index, "id"), "workflow.duplicate_stage", stage=stage_id
            )
    allowed = ", ".join(ids)
    for key in ("initial", "pilot_done"):
        value = getattr(definition, key)
        if value not in ids:
            raise DefinitionError((key,), "workflow.unknown_stage", stage=value, allowed=allowed)
    seen: set[tuple[str, str]] = set()
    for index, transition in enumerate(definition.transitions):
        loc = ("transitions", index)
        for key in ("source", "dest"):
            value = getattr(transition, key)
            if value not in ids:
                raise DefinitionError(
                    (*loc, key), "workflow.unknown_stage", stage=value, allowed=allowed
                )
        if (transition.source, transition.trigger) in seen:
            raise DefinitionError(
                (*loc, "trigger"), "workflow.duplicate_trigger", trigger=transition.trigger
            )
        seen.add((transition.source, transition.trigger))
        for key, known in (
            ("checks", checks),
            ("checklist", set(definition.checklist)),
            ("approvals", set(definition.approvals)),
        ):
            for position, name in enumerate(getattr(transition, key)):
                if name not in known:
                    raise DefinitionError(
                        (*loc, key, position),
                        f"workflow.unknown_{key}",
                        name=name,
                        allowed=", ".join(sorted(known)) or "—",
                    )
    for position, name in enumerate(definition.dated_approvals):
        if name not in definition.approvals:
            raise DefinitionError(
                ("dated_approvals", position),
                "workflow.unknown_approvals",
                name=name,
                allowed=", ".join(sorted(definition.approvals)) or "—",
            )
    for index, migration in enumerate(definition.migrations):
        if migration.from_version >= definition.version:
            raise DefinitionError(
                ("migrations", index, "from_version"),
                "workflow.migration_version",
                found=migration.from_version,
                version=definition.version,
            )
        for old, new in migration.stages.items():
            if new not in ids:
                raise DefinitionError(
                    ("migrations", index, "stages", old),
                    "workflow.unknown_stage",
                    stage=new,
                    allowed=allowed,
                )
    _check_names(definition)
    reachable = _reachable(definition)
    for index, stage_id in enumerate(ids):
        if stage_id not in reachable:
            raise DefinitionError(("stages", index, "id"), "workflow.unreachable", stage=stage_id)


def _require_vietnamese(definition: WorkflowDefinition) -> None:
    """Every label has a Vietnamese text: it is what is shown when the language has none."""
    labels: list[tuple[tuple[str | int, ...], LocalText]] = [
        *((("stages", i, "label"), s.label) for i, s in enumerate(definition.stages)),
        *((("checklist", k), v) for k, v in definition.checklist.items()),
        *((("approvals", k), v) for k, v in definition.approvals.items()),
        *((("transitions", i, "label"), t.label) for i, t in enumerate(definition.transitions)),
    ]
    for loc, text in labels:
        if "vi" not in text:
            raise DefinitionError((*loc, "vi"), "config.missing")


def _check_names(definition: WorkflowDefinition) -> None:
    """A name may not be another stage's name or label, nor another move's out of the same
    stage: typed, it would name neither."""
    groups: list[list[tuple[tuple[str | int, ...], str, LocalText, list[str]]]] = [
        [(("stages", i), s.id, s.label, s.names) for i, s in enumerate(definition.stages)]
    ]
    for stage in definition.stages:
        groups.append(
            [
                (("transitions", i), t.trigger, t.label, t.names)
                for i, t in enumerate(definition.transitions)
                if t.source == stage.id
            ]
        )
    for group in groups:
        owner = {header_key(text): code for _, code, label, _ in group for text in label.values()}
        for loc, code, _, names in group:
            for position, name in enumerate(names):
                key = header_key(name)
                if not key:
                    raise DefinitionError((*loc, "names", position), "config.missing")
                if owner.get(key, code) != code:
                    raise DefinitionError(
                        (*loc, "names", position),
                        "workflow.name_twice",
                        name=name,
                        first=owner[key],
                        second=code,
                    )
                owner[key] = code


def _reachable(definition: WorkflowDefinition) -> set[str]:
    seen = {definition.initial}
    frontier = [definition.initial]
    while frontier:
        current = frontier.pop()
        for transition in definition.triggers_from(current):
            if transition.dest not in seen:
                seen.add(transition.dest)
                frontier.append(transition.dest)
    return seen


def mermaid(definition: WorkflowDefinition, current: str | None = None, lang: str = "vi") -> str:
    """A Mermaid state diagram of the definition, with `current` highlighted."""
    lines = ["stateDiagram-v2", f"    [*] --> {definition.initial}"]
    for stage in definition.stages:
        label = stage.label.get(lang) or stage.label["vi"]
        lines.append(f'    state "{label}" as {stage.id}')
    for transition in definition.transitions:
        label = (transition.label.get(lang) or transition.label["vi"]).replace(":", " ")
        lines.append(f"    {transition.source} --> {transition.dest}: {label}")
    finals = {s.id for s in definition.stages} - {t.source for t in definition.transitions}
    lines.extend(f"    {stage} --> [*]" for stage in sorted(finals))
    if current is not None:
        lines.append("    classDef current fill:#f9d976,stroke:#b8860b,stroke-width:3px")
        lines.append(f"    class {current} current")
    return "\n".join(lines) + "\n"
