"""What the state store keeps for each ward, and the interface any store implements.

The core defines the records and the `Store` protocol; `congress.adapters.store` implements it
on SQLite (SQLAlchemy Core, so PostgreSQL can follow). History is append-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from congress.errors import Problem


class EventKind(StrEnum):
    """What a history row records."""

    TRANSITION = "transition"
    CONFIRM = "confirm"
    APPROVE = "approve"
    EXCEPTION = "exception"
    ACKNOWLEDGE = "acknowledge"
    REGISTER = "register"
    DOCUMENT = "document"
    REOPEN = "reopen"  # the ward sent back to an earlier stage (who, why, on which document)
    MIGRATE = "migrate"  # the ward carried over to a newer version of its workflow


@dataclass(frozen=True)
class WardRecord:
    """A ward's current stage; `revision` grows by one with every change (optimistic locking)."""

    slug: str
    name: str
    workflow_id: str
    workflow_version: int
    stage: str
    revision: int
    updated_at: datetime


@dataclass(frozen=True)
class NewEvent:
    """A history row to append. For a transition `to_stage` differs from `from_stage`."""

    kind: EventKind
    from_stage: str
    to_stage: str
    trigger: str
    actor: str
    at: datetime
    note: str = ""
    findings: list[dict[str, Any]] = field(default_factory=list)
    inputs_hash: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class HistoryEntry:
    """A stored history row."""

    id: int
    ward: str
    kind: EventKind
    from_stage: str
    to_stage: str
    trigger: str
    actor: str
    at: datetime
    note: str
    findings: list[dict[str, Any]]
    inputs_hash: str
    details: dict[str, Any]
    workflow_version: int


@dataclass(frozen=True)
class Confirmation:
    """A checklist item an officer confirmed."""

    item: str
    actor: str
    at: datetime
    note: str = ""


@dataclass(frozen=True)
class Approval:
    """An agreement by an authority (ward Party committee, upper Standing Committee…)."""

    approval: str
    actor: str
    at: datetime
    document: str
    note: str = ""
    document_date: date | None = None  # the date the decision was signed, where one is needed


@dataclass(frozen=True)
class ExceptionGrant:
    """Leave to pass an error-level rule, granted by the upper level in writing."""

    rule: str
    granted_by: str
    reason: str
    document: str
    at: datetime


@dataclass(frozen=True)
class Acknowledgement:
    """A ward's note on how it addressed one lesson of the pilot congress."""

    lesson: str
    actor: str
    at: datetime
    note: str


@dataclass(frozen=True)
class GeneratedDocument:
    """A document the tool wrote: from which template and data, and the file's hash then.

    `path` is always the document's own file — the officer's version once they edited it, with
    `file_hash` the hash of what the tool last wrote there (so an edit shows as a different
    hash). A newer generated version of an edited file goes to ONE copy beside it,
    `copy_path` (replaced on later runs), with `copy_hash` the hash written there.
    """

    doc: str
    path: str
    template: str
    template_hash: str
    data_hash: str
    file_hash: str
    at: datetime
    copy_path: str = ""
    copy_hash: str = ""


@dataclass(frozen=True)
class WardState:
    """A ward's record and what is kept for it, read together: a district run reads every
    ward's at once (one transaction) instead of a dozen reads per ward."""

    record: WardRecord
    confirmations: dict[str, Confirmation]
    approvals: dict[str, Approval]
    exceptions: dict[str, ExceptionGrant]
    acknowledgements: dict[str, Acknowledgement]
    documents: dict[str, GeneratedDocument]
    # the rows that set where the ward stands and since when (register, transition, reopen),
    # in order: what the status board reads of the history
    moves: list[HistoryEntry]


MOVES = (EventKind.TRANSITION, EventKind.REGISTER, EventKind.REOPEN)


class Store(Protocol):
    """The state database: each ward's stage, its records, and an append-only history.

    Every method that writes does so in one transaction together with its history row.
    """

    def register(self, ward: WardRecord, event: NewEvent) -> WardRecord:
        """Add a ward at its initial stage if it is not there yet; return the stored record."""
        ...

    def register_all(self, wards: list[tuple[WardRecord, NewEvent]]) -> None:
        """`register` each of `wards` not there yet, all in ONE transaction."""
        ...

    def start(
        self,
        wards: list[tuple[WardRecord, NewEvent]],
        documents: dict[str, list[tuple[GeneratedDocument, NewEvent]]],
    ) -> None:
        """A new workspace's `wards` (none registered yet: a StoreError naming the first that
        is) and their `documents`, with every history row, in ONE transaction: all or nothing."""
        ...

    def get_ward(self, slug: str) -> WardRecord | None: ...

    def ward_states(self) -> dict[str, WardState]:
        """Every registered ward's `WardState`, by slug, from one read (checked as `list_wards`)."""
        ...

    def list_wards(self) -> list[WardRecord]: ...

    def transition(
        self, slug: str, expected_stage: str, expected_revision: int, event: NewEvent
    ) -> WardRecord:
        """Move the ward to `event.to_stage` and append `event`, atomically, only if the ward is
        still at `expected_stage`/`expected_revision`; otherwise raise ConcurrentChangeError."""
        ...

    def reopen(
        self,
        slug: str,
        expected_stage: str,
        expected_revision: int,
        withdrawn: list[str],
        event: NewEvent,
    ) -> WardRecord:
        """Send the ward back to `event.to_stage`, remove the approvals `withdrawn` (they must be
        given again) and append `event`, atomically; ConcurrentChangeError as `transition`."""
        ...

    def migrate(
        self, slug: str, expected_revision: int, workflow_version: int, event: NewEvent
    ) -> WardRecord:
        """Carry the ward over to `workflow_version` at `event.to_stage` and append `event`."""
        ...

    def confirm(self, slug: str, item: Confirmation, event: NewEvent) -> None: ...

    def approve(self, slug: str, approval: Approval, event: NewEvent) -> None: ...

    def grant_exception(self, slug: str, grant: ExceptionGrant, event: NewEvent) -> None: ...

    def acknowledge(self, slug: str, ack: Acknowledgement, event: NewEvent) -> None: ...

    def confirmations(self, slug: str) -> dict[str, Confirmation]: ...

    def approvals(self, slug: str) -> dict[str, Approval]: ...

    def exceptions(self, slug: str) -> dict[str, ExceptionGrant]: ...

    def acknowledgements(self, slug: str) -> dict[str, Acknowledgement]: ...

    def history(self, slug: str) -> list[HistoryEntry]: ...

    def record_document(self, slug: str, document: GeneratedDocument, event: NewEvent) -> None:
        """Register (or replace) the generated document `document.doc` of the ward."""
        ...

    def record_documents(
        self, slug: str, documents: list[tuple[GeneratedDocument, NewEvent]]
    ) -> None:
        """Register all of `documents` and their history rows in ONE transaction."""
        ...

    def verify(self) -> list[Problem]:
        """Everything found changed outside the program (history chain, wards against their
        last transition, the append-only protection); empty when the database is sound."""
        ...

    def documents(self, slug: str) -> dict[str, GeneratedDocument]: ...

    def close(self) -> None: ...
