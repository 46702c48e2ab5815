"""Deciding sync conflicts, and the pull adding records this laptop does not have.

Conflicts are made as they happen (``tests/conflict_helpers.make_conflict``).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from golonline_desktop import wire
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.services.actor import Actor
from golonline_desktop.services.app import App
from golonline_desktop.services.permissions import PermissionDeniedError
from golonline_desktop.services.sync_conflicts import (
    NO_SERVER_PAYLOAD,
    ConflictChoiceError,
    ConflictService,
    Resolution,
)
from golonline_desktop.services.sync_pull import PullOutcome, apply_server_change
from golonline_desktop.services.sync_status import read_sync_status
from golonline_desktop.storage.models import Business, OutboxEntry, RegistrationDrive
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from golonline_desktop.storage.sync_state import SyncConflict, SyncLogEntry
from tests.conflict_helpers import (
    THEIR_NIK,
    audit,
    business,
    engine,
    entries,
    fetch,
    make_conflict,
    petugas,
)
from tests.factories import business_input
from tests.fake_sync_server import FakeSyncServer


def service(app: App, actor: Actor | None = None) -> ConflictService:
    return ConflictService(app.store, app.clock, actor or app.actor)


def first_conflict(app: App) -> int:
    return read_sync_status(app.store).conflicts[0].id


def test_the_difference_lists_changed_fields_with_the_nik_masked_for_a_petugas(
    app: App,
) -> None:
    record, _server = make_conflict(app)
    conflict = first_conflict(app)
    details = service(app, petugas(app)).details(conflict)
    mine = business_input(0).nik
    assert [(d.field, d.local, d.server) for d in details.differences] == [
        ("owner_name", "Sri Saya", "Sri Pusat"),  # in the order of the record's columns
        ("nik", mask_nik(mine), mask_nik(THEIR_NIK)),
    ]
    assert details.nik_masked and "*" in details.differences[1].local
    assert (details.local_version, details.server_version) == (2, 2)
    assert details.can_keep_local and details.can_take_server and details.server_known
    # A supervisor sees the NIKs in full.
    full = service(app).details(conflict)
    assert full.differences[1].local == mine and full.differences[1].server == THEIR_NIK
    assert not full.nik_masked
    assert business(app, record).owner_name == "Sri Saya"  # looking changes nothing


def test_keep_this_laptops_version_queues_it_on_top_of_the_servers(app: App) -> None:
    record, server = make_conflict(app)
    assert len(read_sync_status(app.store).conflicts) == 2  # push + pull of one record
    assert entries(app, record) == [(1, 0, "done"), (2, 1, "conflict")]
    outcome = service(app, petugas(app)).resolve(first_conflict(app), Resolution.KEEP_LOCAL)
    assert outcome.version == 3 and len(outcome.settled) == 2
    assert entries(app, record) == [(1, 0, "done"), (2, 1, "superseded"), (3, 2, "pending")]
    row = business(app, record)
    assert (row.version, row.owner_name, row.nik) == (3, "Sri Saya", business_input(0).nik)
    assert row.updated_by == app.actor.officer_id
    [newest] = [e for e in fetch(app, select(OutboxEntry)) if e.version == 3]
    payload = json.loads(newest.payload)
    assert payload["version"] == 3 and payload["owner_name"] == "Sri Saya"
    assert newest.payload_hash == payload_hash(newest.payload)
    assert all(c.resolved and c.resolved_at for c in fetch(app, select(SyncConflict)))
    [event] = audit(app, "sync.conflict_keep_local")
    details = json.loads(event.details or "{}")
    assert (event.entity_id, details["version"], details["base_version"]) == (record, 3, 2)
    assert details["server_version"] == 2 and sorted(details["conflicts"]) == list(outcome.settled)
    # The next pass sends version 3 on base 2: the server takes it.
    result = engine(app, server).run_once()
    assert result.applied == 1 and result.conflicts == 0
    assert server.records[("business", record)] == 3
    assert entries(app, record)[-1] == (3, 2, "done")
    assert read_sync_status(app.store).conflicts == ()


def test_take_the_servers_version_copies_it_and_drops_the_unsent_edit(app: App) -> None:
    record, server = make_conflict(app)
    outcome = service(app, petugas(app)).resolve(first_conflict(app), Resolution.TAKE_SERVER)
    assert outcome.version == 2 and len(outcome.settled) == 2
    row = business(app, record)
    assert (row.version, row.owner_name, row.nik) == (2, "Sri Pusat", THEIR_NIK)
    assert entries(app, record) == [(1, 0, "done"), (2, 1, "superseded")]  # nothing queued
    assert read_sync_status(app.store).conflicts == ()
    [event] = audit(app, "sync.conflict_take_server")
    details = json.loads(event.details or "{}")
    assert details["version"] == 2 and details["changed"] == ["nik", "owner_name"]
    assert event.officer_id == app.actor.officer_id
    result = engine(app, server).run_once()
    assert result.applied == 0 and result.conflicts == 0 and result.remaining == 0
    # A later edit here builds on the server's version.
    saved = app.registration.update(
        record,
        business_input(0, owner_name="Sri Baru", nik=THEIR_NIK),
        expected_version=2,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    assert saved.version == 3
    assert engine(app, server).run_once().applied == 1


def edit_again(app: App, record: str) -> None:
    """The officer saves the record once more after the conflict (version 3, blocked)."""
    saved = app.registration.update(
        record,
        business_input(0, owner_name="Sri Saya Lagi"),
        expected_version=2,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    assert saved.version == 3


def test_keep_mine_after_a_later_local_edit_goes_above_every_local_version(app: App) -> None:
    record, server = make_conflict(app)
    edit_again(app, record)
    assert engine(app, server).run_once().applied == 0  # version 3 waits behind the conflict
    outcome = service(app).keep_local(first_conflict(app))
    assert outcome.version == 4
    assert entries(app, record) == [
        (1, 0, "done"), (2, 1, "superseded"), (3, 2, "superseded"), (4, 2, "pending"),
    ]  # fmt: skip
    assert business(app, record).owner_name == "Sri Saya Lagi"
    assert engine(app, server).run_once().applied == 1
    assert server.records[("business", record)] == 4


def test_take_the_servers_after_a_later_local_edit_frees_the_next_version(app: App) -> None:
    record, server = make_conflict(app)
    edit_again(app, record)
    service(app).take_server(first_conflict(app))
    assert entries(app, record) == [(1, 0, "done"), (2, 1, "superseded")]
    [event] = audit(app, "sync.conflict_take_server")
    assert json.loads(event.details or "{}")["dropped_versions"] == [3]
    row = business(app, record)
    assert (row.version, row.owner_name) == (2, "Sri Pusat")
    saved = app.registration.update(
        record,
        business_input(0, owner_name="Sri Baru", nik=THEIR_NIK),
        expected_version=2,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    assert saved.version == 3  # the number the dropped entry held
    assert engine(app, server).run_once().applied == 1


def test_a_push_conflict_without_the_servers_payload_offers_keep_mine_only(app: App) -> None:
    record, _server = make_conflict(app, with_payload=False)
    conflict = first_conflict(app)
    details = service(app).details(conflict)
    assert not details.server_known and details.differences == ()
    assert details.can_keep_local and not details.can_take_server
    assert details.why_not_server == NO_SERVER_PAYLOAD
    with pytest.raises(ConflictChoiceError) as raised:
        service(app).take_server(conflict)
    assert raised.value.message == NO_SERVER_PAYLOAD
    assert business(app, record).owner_name == "Sri Saya"
    assert entries(app, record)[-1] == (2, 1, "conflict")  # nothing changed
    assert service(app).keep_local(conflict).version == 3
    with pytest.raises(ConflictChoiceError):
        service(app).keep_local(conflict)  # already decided


def test_a_choice_that_deletes_or_restores_needs_a_supervisor(app: App) -> None:
    record, _server = make_conflict(app, deleted=True)
    conflict = first_conflict(app)
    details = service(app, petugas(app)).details(conflict)
    assert details.needs_supervisor
    assert not details.can_keep_local and not details.can_take_server
    for choice in Resolution:
        with pytest.raises(PermissionDeniedError):
            service(app, petugas(app)).resolve(conflict, choice)
    assert len(read_sync_status(app.store).conflicts) == 2
    service(app).take_server(conflict)  # the supervisor
    row = business(app, record)
    assert row.deleted and row.version == 2


# -- the pull adds records this laptop does not have ---------------------------------------


def central_business(app: App, **changes: object) -> wire.ServerChange:
    """A business made on another laptop of the office, as the server sends it."""
    app.registration.register(business_input(5), confirm_warnings=True, duplicate_reason="uji")
    [entry] = fetch(app, select(OutboxEntry))
    payload = json.loads(entry.payload) | {
        "id": new_id(),
        "business_name": "Batik Tulis Lestari",
        "version": 4,
        **changes,
    }
    return wire.ServerChange(
        entity="business",
        entity_id=payload["id"],
        version=4,
        operation=wire.Operation.UPSERT,
        payload=canonical_json(payload),
    )


def test_pull_adds_a_business_this_laptop_does_not_have(app: App) -> None:
    change = central_business(app)
    server = FakeSyncServer(feed=[change])
    result = engine(app, server).run_once()
    assert result.pull_applied == 1
    row = business(app, change.entity_id)
    assert (row.business_name, row.version, row.deleted) == ("Batik Tulis Lestari", 4, False)
    assert row.created_by == app.actor.officer_id
    assert row.owner_birth_date == date(1990, 5, 15)
    assert entries(app, change.entity_id) == []  # the server has it: nothing to send
    [event] = audit(app, "sync.pull_create")
    assert event.entity_id == change.entity_id
    assert json.loads(event.details or "{}") == {"version": 4}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("created_by", "0190aaaa-0000-7000-8000-000000000000"),
        ("drive_id", "0190bbbb-0000-7000-8000-000000000000"),
    ],
)
def test_pull_keeps_unknown_a_business_whose_foreign_key_is_not_here(
    app: App, field: str, value: str
) -> None:
    change = central_business(app, **{field: value})
    with app.store.write() as session:
        outcome = apply_server_change(session, change, app.clock.now())
    assert outcome == PullOutcome.UNKNOWN
    assert fetch(app, select(Business).where(Business.id == change.entity_id)) == []
    [line] = fetch(app, select(SyncLogEntry).where(SyncLogEntry.code == "sync.pull_unknown"))
    assert line.level == "warning"
    assert (
        change.entity_id in line.message
        and f"{field} {value} is not on this laptop" in line.message
    )


def test_pull_adds_a_drive_and_then_its_business_in_the_same_page(app: App) -> None:
    drive_id = new_id()
    drive = {
        "id": drive_id,
        "office_id": app.actor.office_id,
        "officer_id": app.actor.officer_id,
        "name": "Pasar Minggu Pagi",
        "drive_date": "2026-11-20",
        "region_code": "31.74.04",
        "version": 1,
        "deleted": False,
    }
    first = wire.ServerChange(
        entity="registration_drive",
        entity_id=drive_id,
        version=1,
        operation=wire.Operation.UPSERT,
        payload=canonical_json(drive),
    )
    second = central_business(app, drive_id=drive_id)
    result = engine(app, FakeSyncServer(feed=[first, second])).run_once()
    logged = [e.message for e in fetch(app, select(SyncLogEntry))]
    assert result.pull_applied == 2, logged
    [row] = fetch(app, select(RegistrationDrive).where(RegistrationDrive.id == drive_id))
    assert row.drive_date == date(2026, 11, 20) and row.version == 1
    assert business(app, second.entity_id).drive_id == drive_id


def test_pull_keeps_unknown_a_drive_of_an_officer_not_on_this_laptop(app: App) -> None:
    drive_id = new_id()
    payload = {
        "id": drive_id,
        "office_id": app.actor.office_id,
        "officer_id": new_id(),
        "name": "Pasar Minggu Pagi",
        "drive_date": "2026-11-20",
        "region_code": "31.74.04",
    }
    change = wire.ServerChange(
        entity="registration_drive",
        entity_id=drive_id,
        version=1,
        operation=wire.Operation.UPSERT,
        payload=canonical_json(payload),
    )
    with app.store.write() as session:
        assert apply_server_change(session, change, app.clock.now()) == PullOutcome.UNKNOWN
    assert fetch(app, select(RegistrationDrive)) == []
