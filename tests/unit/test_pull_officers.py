"""Officers made on other laptops of the office arrive by pull, so their records resolve here."""

from __future__ import annotations

from sqlalchemy import select

from golonline_desktop import wire
from golonline_desktop.domain.ids import new_id
from golonline_desktop.services.app import App
from golonline_desktop.services.sync_pull import PullOutcome, apply_server_change
from golonline_desktop.storage.models import Business, Office, Officer
from golonline_desktop.storage.outbox import canonical_json
from golonline_desktop.storage.sync_state import SyncLogEntry
from tests.conflict_helpers import audit, fetch
from tests.unit.test_sync_conflicts import central_business


def officer_change(officer_id: str, version: int = 1, **fields: object) -> wire.ServerChange:
    """An officer as another laptop's officers.py sends it (office id of that laptop)."""
    payload = {
        "office_id": new_id(),  # that laptop's own office row: not one this laptop has
        "name": "Budi Santoso",
        "nip": "198503122010011002",
        "role": "petugas",
        "username": "budi",
        "active": True,
        **fields,
    }
    return wire.ServerChange(
        entity="officer",
        entity_id=officer_id,
        version=version,
        operation=wire.Operation.UPSERT,
        payload=canonical_json(payload),
    )


def apply(app: App, change: wire.ServerChange) -> str:
    with app.store.write() as session:
        return apply_server_change(session, change, app.clock.now())


def test_an_officer_of_another_laptop_joins_this_laptops_office(app: App) -> None:
    budi = new_id()
    assert apply(app, officer_change(budi)) == PullOutcome.APPLIED
    [row] = fetch(app, select(Officer).where(Officer.id == budi))
    [office] = fetch(app, select(Office))
    assert (row.name, row.nip, row.role, row.username, row.active) == (
        "Budi Santoso",
        "198503122010011002",
        "petugas",
        "budi",
        True,
    )
    assert row.office_id == office.id
    assert [e.entity_id for e in audit(app, "sync.pull_create")] == [budi]


def test_then_that_officers_business_is_added_instead_of_left_unknown(app: App) -> None:
    budi = new_id()
    change = central_business(app, created_by=budi, updated_by=budi)
    assert apply(app, change) == PullOutcome.UNKNOWN  # before the officer arrived
    assert apply(app, officer_change(budi)) == PullOutcome.APPLIED
    assert apply(app, change) == PullOutcome.APPLIED
    [row] = fetch(app, select(Business).where(Business.id == change.entity_id))
    assert row.created_by == budi


def test_a_later_change_deactivates_and_a_taken_username_is_not_stolen(app: App) -> None:
    budi = new_id()
    apply(app, officer_change(budi))
    assert apply(app, officer_change(budi, 2, active=False, role="supervisor")) == "applied"
    [row] = fetch(app, select(Officer).where(Officer.id == budi))
    assert (row.active, row.role) == (False, "supervisor")

    with app.store.write() as session:
        session.get(Officer, app.actor.officer_id).username = "sri"
    other = new_id()
    assert apply(app, officer_change(other, username="sri")) == PullOutcome.APPLIED
    [row] = fetch(app, select(Officer).where(Officer.id == other))
    assert row.username is None  # the local officer keeps theirs
    [local] = fetch(app, select(Officer).where(Officer.id == app.actor.officer_id))
    assert local.username == "sri"


def test_an_officer_change_without_a_name_or_role_is_logged_not_applied(app: App) -> None:
    assert apply(app, officer_change(new_id(), name="")) == PullOutcome.UNKNOWN
    assert apply(app, officer_change(new_id(), role="admin")) == PullOutcome.UNKNOWN
    lines = fetch(app, select(SyncLogEntry).where(SyncLogEntry.code == "sync.pull_unknown"))
    assert len(lines) == 2
    assert len(fetch(app, select(Officer))) == 1  # only the laptop's own
