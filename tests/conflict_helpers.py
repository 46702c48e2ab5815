"""Sync conflicts made the way they happen, for the unit and GUI tests.

A record is sent, another laptop sends its own version 2 (in the honest fake server),
this laptop edits its version 2 too, and a pass records the push conflict and the pull
conflict carrying the server's payload.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import Select, select

from golonline_desktop import wire
from golonline_desktop.services.actor import Actor, Role
from golonline_desktop.services.app import App
from golonline_desktop.services.sync_blobs import NoBlobs
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from tests.factories import business_input, nik_for
from tests.fake_sync_server import FakeSyncServer

THEIR_NIK = nik_for(77)


def fetch(app: App, stmt: Select) -> list:  # type: ignore[type-arg]
    with app.store.read() as session:
        rows = list(session.scalars(stmt))
        session.expunge_all()
    return rows


def entries(app: App, record: str) -> list[tuple[int, int, str]]:
    """(version, base_version, state) of the record's outbox entries, oldest first."""
    rows = fetch(app, select(OutboxEntry).where(OutboxEntry.entity_id == record))
    return [(e.version, e.base_version, e.state) for e in sorted(rows, key=lambda e: e.seq)]


def business(app: App, record: str) -> Business:
    [row] = fetch(app, select(Business).where(Business.id == record))
    return row


def audit(app: App, action: str) -> list[AuditEvent]:
    return fetch(app, select(AuditEvent).where(AuditEvent.action == action))


def petugas(app: App) -> Actor:
    return replace(app.actor, role=Role.PETUGAS)


def engine(app: App, server: FakeSyncServer) -> SyncEngine:
    return SyncEngine(app.store, server, NoBlobs(), app.clock)  # type: ignore[arg-type]


def make_conflict(
    app: App, *, with_payload: bool = True, deleted: bool = False
) -> tuple[str, FakeSyncServer]:
    """A business sent as version 1, then edited here and elsewhere as version 2."""
    outcome = app.registration.register(
        business_input(0), confirm_warnings=True, duplicate_reason="uji"
    )
    record = outcome.business_id
    assert record is not None
    server = FakeSyncServer()
    engine(app, server).run_once()
    [v1] = fetch(app, select(OutboxEntry.payload))
    theirs = canonical_json(
        json.loads(v1)
        | {"owner_name": "Sri Pusat", "nik": THEIR_NIK, "version": 2, "deleted": deleted}
    )
    server.seen[("business", record, 2)] = payload_hash(theirs)
    server.records[("business", record)] = 2
    if with_payload:
        server.feed.append(
            wire.ServerChange(
                entity="business",
                entity_id=record,
                version=2,
                operation=wire.Operation.UPSERT,
                payload=theirs,
            )
        )
    saved = app.registration.update(
        record,
        business_input(0, owner_name="Sri Saya"),
        expected_version=1,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    assert saved.saved
    result = engine(app, server).run_once()
    assert result.conflicts == 1
    assert result.pull_conflicts == (1 if with_payload else 0)
    return record, server
