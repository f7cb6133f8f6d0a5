"""Issue 15, the main process of `district run`: the store read and written many wards at a time.

`ward_states` reads every ward's record, records kept and stage-setting history in one
transaction; it must give what the per-ward reads give, in the same order. `register_all`
registers the wards not there yet in one transaction: the same rows and hashes as `register`
one by one, the wards already there untouched. `record_documents` keeps its rows at the ward's
stage of its own transaction, whatever stage the caller read before (a move meanwhile).
On SQLite and on PostgreSQL (`state_database`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from congress.adapters.store import SqlStore, open_store
from congress.adapters.workspace import state_db
from congress.core.records import (
    MOVES,
    Acknowledgement,
    Approval,
    Confirmation,
    EventKind,
    ExceptionGrant,
    GeneratedDocument,
    NewEvent,
    WardRecord,
)
from congress.errors import StoreError, TamperedError
from tests.state_db import Raw
from tests.test_store import T0, _event


@pytest.fixture
def db(tmp_path: Path, state_database: str | None) -> Path:
    return state_db(tmp_path)


@pytest.fixture
def store(db: Path) -> Iterator[SqlStore]:
    s = open_store(db, create=True)
    yield s
    s.close()


def _new(slug: str, stage: str = "guidance") -> tuple[WardRecord, NewEvent]:
    ward = WardRecord(slug, f"Phường {slug}", "mttq-2024", 3, stage, 0, T0)
    return ward, _event(EventKind.REGISTER, "", stage, details={"folder": slug})


def _here(stage: str, kind: EventKind) -> NewEvent:
    return _event(kind, stage, stage)


def _document(doc: str, path: str) -> GeneratedDocument:
    return GeneratedDocument(doc, path, f"{doc}.docx", "t", "d", "f", T0)


def _history(store: SqlStore, slugs: list[str]) -> list[tuple[object, ...]]:
    """Every history row of the wards but its id: what, of which ward, in which order."""
    rows = [r for slug in slugs for r in store.history(slug)]
    rows.sort(key=lambda r: r.id)
    return [(r.ward, r.kind, r.from_stage, r.to_stage, r.at, r.details) for r in rows]


def test_ward_states_give_what_the_per_ward_reads_give(store: SqlStore) -> None:
    store.register_all([_new("b-ward"), _new("a-ward")])
    slug = "a-ward"
    store.transition(slug, "guidance", 0, _event(EventKind.TRANSITION, "guidance", "pilot"))
    for item in ("z-item", "a-item", "m-item"):  # kept in the order of their keys, not of writing
        store.confirm(slug, Confirmation(item, "An", T0), _here("pilot", EventKind.CONFIRM))
    approval = Approval("đảng ủy", "Bí thư", T0, "Số: 05/KH-MTTQ", "", T0.date())
    store.approve(slug, approval, _here("pilot", EventKind.APPROVE))
    for rule in ("women_min", "re_election_max"):
        grant = ExceptionGrant(rule, "BTT quận", "thiếu người", "CV 12", T0)
        store.grant_exception(slug, grant, _here("pilot", EventKind.EXCEPTION))
    store.acknowledge(slug, Acknowledgement("bài 1", "An", T0, "ok"), _here("pilot", EventKind.ACKNOWLEDGE))  # fmt: skip
    documents = [(_document(d, f"out/a/{d}.docx"), _here("pilot", EventKind.DOCUMENT)) for d in ("to_trinh", "bao_cao")]  # fmt: skip
    store.record_documents(slug, documents)
    later = _event(EventKind.REOPEN, "pilot", "guidance", note="lại")
    store.reopen(slug, "pilot", store.get_ward(slug).revision, [], later)  # type: ignore[union-attr]

    states = store.ward_states()

    assert list(states) == ["a-ward", "b-ward"]
    for ward in states:
        state = states[ward]
        assert state.record == store.get_ward(ward)
        for kept in ("confirmations", "approvals", "exceptions", "acknowledgements", "documents"):
            one_by_one = getattr(store, kept)(ward)
            assert getattr(state, kept) == one_by_one
            assert list(getattr(state, kept)) == list(one_by_one)  # the same order
        assert state.moves == [h for h in store.history(ward) if h.kind in MOVES]
    a = states["a-ward"]
    assert list(a.confirmations) == ["a-item", "m-item", "z-item"]
    assert [m.kind for m in a.moves] == [EventKind.REGISTER, EventKind.TRANSITION, EventKind.REOPEN]
    assert len(a.documents) == 2 and states["b-ward"].documents == {}


def test_register_all_is_register_one_by_one_in_one_transaction(
    tmp_path: Path, store: SqlStore, state_database: str | None
) -> None:
    if state_database is not None:
        pytest.skip("compares with a second database file: SQLite only")
    store.register(*_new("c-ward", "pilot"))  # already there: untouched
    new = [_new("a-ward"), _new("c-ward"), _new("b-ward"), _new("a-ward")]

    store.register_all(new)

    with closing(open_store(state_db(tmp_path / "other"), create=True)) as other:
        other.register(*_new("c-ward", "pilot"))
        for ward, event in new:
            other.register(ward, event)
        slugs = ["a-ward", "b-ward", "c-ward"]
        assert store.list_wards() == other.list_wards()
        assert _history(store, slugs) == _history(other, slugs)
        assert store.verify() == [] == other.verify()
        hashes = []
        for db in (state_db(tmp_path), state_db(tmp_path / "other")):
            with Raw(db) as raw:
                hashes.append(raw.execute("SELECT hash FROM history ORDER BY id").fetchall())
        assert hashes[0] == hashes[1]  # the same chain
    c = store.get_ward("c-ward")
    assert c is not None and c.stage == "pilot"
    assert [r.kind for r in store.history("c-ward")] == [EventKind.REGISTER]
    store.register_all([_new("a-ward")])  # nothing new: nothing written
    assert len(_history(store, ["a-ward", "b-ward", "c-ward"])) == 3


def test_register_all_refuses_a_database_changed_outside_the_program(
    db: Path, store: SqlStore
) -> None:
    store.register_all([_new("a-ward")])
    with Raw(db) as raw:
        raw.execute("UPDATE wards SET stage = 'congress' WHERE slug = 'a-ward'")

    with pytest.raises(TamperedError):
        store.register_all([_new("b-ward")])
    with pytest.raises(TamperedError):
        store.ward_states()
    assert store.get_ward("b-ward") is None  # nothing written


def test_document_rows_are_kept_at_the_stage_of_their_transaction(store: SqlStore) -> None:
    store.register_all([_new("a-ward")])
    read_then = store.ward_states()["a-ward"].record.stage
    store.transition("a-ward", "guidance", 0, _event(EventKind.TRANSITION, "guidance", "pilot"))

    stale = _event(EventKind.DOCUMENT, read_then, read_then)  # as the run read the ward
    store.record_documents("a-ward", [(_document("to_trinh", "out/a/t.docx"), stale)])

    row = store.history("a-ward")[-1]
    assert (row.kind, row.from_stage, row.to_stage) == (EventKind.DOCUMENT, "pilot", "pilot")
    assert store.documents("a-ward")["to_trinh"].path == "out/a/t.docx"
    assert store.verify() == []


def test_a_refused_document_row_is_a_store_error_and_nothing_of_the_ward_is_written(
    store: SqlStore,
) -> None:
    """The database's refusal is a StoreError, and the ward's transaction is rolled back whole
    (the head, the rows, the revision)."""
    store.register_all([_new("a-ward")])
    good = (_document("to_trinh", "out/a/t.docx"), _here("guidance", EventKind.DOCUMENT))
    store.record_documents("a-ward", [good])
    before = (store.get_ward("a-ward"), store.documents("a-ward"), _history(store, ["a-ward"]))

    refused = _document("x" * 300, "out/a/x.docx")  # longer than documents.doc allows
    on_sqlite = store._sqlite  # SQLite keeps any length: a NULL is refused there
    if on_sqlite:
        refused = GeneratedDocument("bao_cao", None, "b.docx", "t", "d", "f", T0)  # type: ignore[arg-type]
    batch = [good, (refused, _here("guidance", EventKind.DOCUMENT))]
    with pytest.raises(StoreError) as info:
        store.record_documents("a-ward", batch)

    assert "nothing was changed" in info.value.render("en")
    assert (
        store.get_ward("a-ward"),
        store.documents("a-ward"),
        _history(store, ["a-ward"]),
    ) == before
    assert store.verify() == []
