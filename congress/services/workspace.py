"""An open workspace: its files, its state store, the clock and the language (the bottom of the
use cases: every other service module may import this one, and it imports none of them).

The CLI opens it with the real adapters (`congress.cli.ward_cmds`); a test may hand it others.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from congress.adapters.workspace import WorkspaceFiles
from congress.core.engine import PilotState, WorkflowEngine
from congress.core.records import EventKind, NewEvent, Store, WardRecord, WardState
from congress.core.unit import UnitFile
from congress.core.workflow import WorkflowDefinition
from congress.errors import ConfigError, InputError, Problem
from congress.i18n import t
from congress.services.ports import WardFolder

SYSTEM_ACTOR = "congress"


def registration(
    definition: WorkflowDefinition, slug: str, name: str, now: datetime
) -> tuple[WardRecord, NewEvent]:
    """A new ward at the workflow's first stage, and the history row that says so."""
    record = WardRecord(slug, name, definition.id, definition.version, definition.initial, 0, now)
    event = NewEvent(
        EventKind.REGISTER,
        definition.initial,
        definition.initial,
        "register",
        SYSTEM_ACTOR,
        now,
        details={"folder": slug},
    )
    return record, event


@dataclass
class Workspace:
    """An open workspace: its files, its state store, the engine, the clock and the language."""

    files: WorkspaceFiles
    store: Store
    lang: str
    today: date
    now: Callable[[], datetime]
    # What opening the workspace changed and the user should be told (wards carried over to the
    # workflow's newer version), as messages in the workspace's language.
    notices: list[str] = field(default_factory=list, init=False)
    # Each ward's folder, kept (with what was read of it) once `keep_folders` is called: a
    # district run reads each ward.yaml once, not once per use.
    _folders: dict[str, WardFolder] | None = field(default=None, init=False, repr=False)

    @cached_property
    def engine(self) -> WorkflowEngine:
        """The workflow's machine, built when a ward first moves (`ward status` never does)."""
        return WorkflowEngine(self.files.definition)

    @property
    def definition(self) -> WorkflowDefinition:
        return self.files.definition

    def ward(self, slug: str) -> WardFolder:
        """The ward's folder; an InputError listing the wards if there is none."""
        if self._folders is None:
            return self.files.ward(slug)
        if slug not in self._folders:
            self._folders[slug] = self.files.ward(slug)
        return self._folders[slug]

    def keep_folders(self) -> None:
        """From now on, each ward's folder is opened once and what it read kept (the files are
        not expected to change under the command: a district run)."""
        if self._folders is None:
            self._folders = {}

    def slug_of(self, ward: str) -> str:
        """The ward named `ward`, by folder name or by name."""
        return self.files.slug_of(ward)

    def ward_name(self, slug: str) -> str:
        return self.ward(slug).name()

    def record(self, slug: str) -> WardRecord:
        """The ward's stored record, registering it at the initial stage on first sight."""
        folder = self.ward(slug)  # an unknown ward is an error before anything is read
        found = self.store.get_ward(slug)
        if found is not None:
            found = self._carry_over(found)
            if found.stage not in {s.id for s in self.files.definition.stages}:
                raise ConfigError(
                    Problem(
                        "workflow.stage_gone",
                        {
                            "ward": found.name,
                            "stage": found.stage,
                            "version": found.workflow_version,
                            "workflow": self.files.definition.id,
                        },
                    )
                )
            return found
        record, event = registration(self.files.definition, slug, folder.name(), self.now())
        return self.store.register(record, event)

    def states(self) -> dict[str, WardState]:
        """Every ward's `WardState` (in the order of the wards), from one read: what `record`
        does for each ward done for all — the wards seen for the first time registered, in ONE
        transaction; a ward of an older workflow version carried over; a stage gone refused."""
        definition = self.files.definition
        states = self.store.ward_states()
        new = [
            registration(definition, slug, self.ward(slug).name(), self.now())
            for slug in self.files.wards
            if slug not in states
        ]
        if new:
            self.store.register_all(new)
        moved = [s for s, state in states.items() if s in self.files.wards and self._odd(state)]
        for slug in moved:
            self.record(slug)
        if new or moved:
            states = self.store.ward_states()
        return {slug: states[slug] for slug in self.files.wards}

    def _odd(self, state: WardState) -> bool:
        """`record` would not return the ward as stored: to carry over, or its stage gone."""
        definition, record = self.files.definition, state.record
        if record.stage not in {s.id for s in definition.stages}:
            return True
        return record.workflow_id == definition.id and record.workflow_version != definition.version

    def stamp(self, record: WardRecord) -> datetime:
        """The moment for a new row of the ward's history (the clock, which `CONGRESS_NOW` may
        pin to a recorded moment); never earlier than the ward's last row, so the history stays
        in time order (its `since`, its deadlines and its reopenings read it that way)."""
        at = self.now()
        if at < record.updated_at:
            raise InputError(
                Problem(
                    "workspace.clock_backwards",
                    {
                        "ward": record.name,
                        "at": at.isoformat(timespec="minutes"),
                        "last": record.updated_at.astimezone(at.tzinfo).isoformat(
                            timespec="minutes"
                        ),
                    },
                )
            )
        return at

    def _carry_over(self, record: WardRecord) -> WardRecord:
        """A ward recorded under an earlier version of this workflow, moved to this version
        (its stage mapped by the workflow's `migrations`), with a history row and a notice."""
        definition = self.files.definition
        if record.workflow_id != definition.id or record.workflow_version == definition.version:
            return record
        if record.workflow_version > definition.version:
            raise ConfigError(
                Problem(
                    "workflow.ward_newer",
                    {
                        "ward": record.name,
                        "found": record.workflow_version,
                        "workflow": definition.id,
                        "version": definition.version,
                    },
                )
            )
        stage = definition.migrated_stage(record.workflow_version, record.stage)
        if stage is None:
            return record  # said by `record` (workflow.stage_gone)
        event = NewEvent(
            EventKind.MIGRATE,
            record.stage,
            stage,
            "migrate",
            SYSTEM_ACTOR,
            self.now(),
            details={"from_version": record.workflow_version, "to_version": definition.version},
        )
        moved = self.store.migrate(record.slug, record.revision, definition.version, event)
        self.notices.append(
            t(
                "workflow.migrated",
                self.lang,
                ward=record.name,
                workflow=definition.id,
                old=record.workflow_version,
                new=definition.version,
                before=record.stage,
                after=self.stage_label(stage),
            )
        )
        return moved

    def carry_over_all(self) -> list[str]:
        """Carry every registered ward over to the workflow's version; the notices."""
        for found in self.store.list_wards():
            if found.slug in self.files.wards:
                self._carry_over(found)
        return self.notices

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def records(self) -> list[WardRecord]:
        return [self.record(slug) for slug in self.files.wards]

    def stage_label(self, stage: str) -> str:
        label = self.files.definition.stage(stage).label
        return str(label.get(self.lang) or label["vi"])


def carries_over(store: Store, files: WorkspaceFiles) -> bool:
    """Some ward of the workspace is recorded under an older version of its workflow (opening
    the workspace moves it to the new one, with a history row)."""
    definition = files.definition
    return any(
        r.slug in files.wards
        and r.workflow_id == definition.id
        and r.workflow_version < definition.version
        for r in store.list_wards()
    )


def pilot_state(
    ws: Workspace, slug: str, states: Mapping[str, WardState] | None = None
) -> PilotState:
    """Where the pilot congress stands, and which of its lessons `slug` has acknowledged (from
    `states`, the wards' states a district run read at once, when given)."""
    unit, definition = ws.files.unit, ws.files.definition
    pilot = unit.pilot_ward
    pilot_record = None
    if pilot is not None:
        pilot_record = states[pilot].record if states and pilot in states else ws.record(pilot)
    done = pilot_record is not None and definition.index(pilot_record.stage) >= definition.index(
        definition.pilot_done
    )
    acknowledged = (
        states[slug].acknowledgements
        if states and slug in states
        else ws.store.acknowledgements(slug)
    )
    return PilotState(
        is_pilot=slug == pilot,
        pilot_name=ws.ward_name(pilot) if pilot is not None else None,
        pilot_stage=ws.stage_label(pilot_record.stage) if pilot_record else None,
        pilot_done=done,
        lessons={lesson.id: lesson.text for lesson in unit.lessons},
        acknowledged=set(acknowledged),
    )


@dataclass(frozen=True)
class WardScope:
    """One ward's folder and what its checks and documents need from the workspace (no
    database): picklable, so a district run can hand it to a worker process."""

    ward: WardFolder
    root: Path  # the workspace: documents are registered by their path from here
    out: Path  # where the ward's documents are written
    default_ruleset: str
    lang: str
    today: date
    unit: UnitFile | None = None  # the workspace's unit.yaml: level, term, ordinal defaults

    @property
    def slug(self) -> str:
        return self.ward.slug

    @classmethod
    def of(cls, ws: Workspace, slug: str) -> WardScope:
        return cls.at(ws.files, slug, ws.lang, ws.today)

    @classmethod
    def at(cls, files: WorkspaceFiles, slug: str, lang: str, today: date) -> WardScope:
        """The ward's scope from the workspace's files alone (`congress init`: no database yet)."""
        return cls(
            files.ward(slug),  # a fresh folder (a worker reads it; nothing read is pickled)
            files.root,
            files.ward_out(slug),
            files.definition.ruleset,
            lang,
            today,
            files.unit,
        )
