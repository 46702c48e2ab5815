"""The sync engine against the real server process, on SQLite and on PostgreSQL.

Faults come from ``tests/fault_proxy.py`` between the client and the server: answers of
500, stalls past the client's timeout, resets in the middle of a request body and of a
response. After each, a clean pass must leave every record on the server exactly once.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from golonline_desktop import wire
from golonline_desktop.services.app import App
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.sync_blobs import NoBlobs
from golonline_desktop.services.sync_command import (
    EXIT_NEEDS_OFFICER,
    EXIT_NOT_ENROLLED,
    EXIT_OK,
    EXIT_UNREACHABLE,
    build_engine,
    run_sync,
)
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_progress import FailureKind
from golonline_desktop.services.sync_status import read_sync_status
from golonline_desktop.services.sync_transport import HttpTransport
from golonline_desktop.storage.device_secrets import secrets_path
from golonline_desktop.storage.models import OutboxEntry
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from tests.fault_proxy import FaultProxy
from tests.integration.sync_helpers import (
    PASSWORD,
    TestBlobs,
    enroll_app,
    register_many,
    server_blob_hashes,
    server_records,
)

SHORT = httpx.Timeout(5.0, read=1.0)


@pytest.fixture
def proxy(server: Any) -> Iterator[FaultProxy]:
    with FaultProxy(server.port) as running:
        yield running


@pytest.fixture
def engine_via() -> Iterator[Callable[..., SyncEngine]]:
    """``engine_via(app, url, **options)``: an engine on its own transport, closed after."""
    made: list[SyncEngine] = []

    def make(app: App, url: str, **options: Any) -> SyncEngine:
        device = load_enrollment(app.store, app.paths.root)
        assert device is not None
        transport = HttpTransport(url, device.secrets.device_token, timeout=SHORT)
        blobs = options.pop("blobs", NoBlobs())
        made.append(build_engine(app, device, transport=transport, blobs=blobs, **options))
        return made[-1]

    yield make
    for engine in made:
        engine.close()


def states(app: App) -> dict[str, int]:
    with app.store.read() as session:
        rows = session.scalars(select(OutboxEntry.state)).all()
    return {s: rows.count(s) for s in set(rows)}


def exactly_once(server: Any, ids: list[str]) -> None:
    held = server_records(server.database_url)
    assert set(held) == set(ids)
    assert all(counts == (1, 1) for counts in held.values()), held


def test_enrollment_keeps_secrets_out_of_the_database(app: App, server: Any) -> None:
    assert run_sync(app, watch=False, server_url=None, out=io.StringIO()) == EXIT_NOT_ENROLLED
    enroll_app(app, server)
    path = secrets_path(app.paths.root)
    assert path.stat().st_mode & 0o777 == 0o600
    token = json.loads(path.read_text())["device_token"]
    assert token.encode() not in app.paths.database.read_bytes()
    status = read_sync_status(app.store)
    assert status.enrolled and status.server_url == server.base_url


def test_200_registrations_sync_once_and_a_replay_changes_nothing(
    app: App, server: Any, engine_via: Callable[..., SyncEngine]
) -> None:
    enroll_app(app, server)
    ids = register_many(app, 0, 200)
    out = io.StringIO()
    code = run_sync(app, watch=False, server_url=None, out=out,
                    engine_options={"batch_items": 64})  # fmt: skip
    assert code == EXIT_OK, out.getvalue()
    assert states(app) == {"done": 200}
    exactly_once(server, ids)
    # Every confirmation lost (as after a restore from backup): all sent again, all replays.
    with app.store.write() as session:
        for entry in session.scalars(select(OutboxEntry)):
            entry.state = "pending"
    result = engine_via(app, server.base_url).run_once()
    assert result.ok and result.replayed == 200 and result.applied == 0
    exactly_once(server, ids)
    status = read_sync_status(app.store)
    assert status.last_success_at is not None and status.counts == {"done": 200}


def test_a_conflicting_edit_is_recorded_and_shown(app: App, server: Any) -> None:
    enroll_app(app, server)
    [business] = register_many(app, 0, 1)
    assert run_sync(app, watch=False, server_url=None, out=io.StringIO()) == EXIT_OK
    # A second laptop of the same office saves its own version 2 first.
    other = server.enroll("sri", PASSWORD, "laptop-2")
    with app.store.read() as session:
        v1 = json.loads(session.scalars(select(OutboxEntry.payload)).one())
    theirs = canonical_json(v1 | {"owner_name": "Sri Lain", "version": 2})
    change = wire.Change(entity="business", entity_id=business, version=2, base_version=1,
                         operation=wire.Operation.UPSERT, payload=theirs,
                         payload_hash=payload_hash(theirs))  # fmt: skip
    with server.client(other.token) as client:
        pushed = client.post(
            "/push",
            content=wire.PushRequest(changes=[change]).model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
    assert pushed.json()["results"][0]["status"] == "applied"
    from tests.factories import business_input

    app.registration.update(business, business_input(0, owner_name="Sri Saya"),
                            expected_version=1, confirm_warnings=True,
                            duplicate_reason="uji")  # fmt: skip
    out = io.StringIO()
    assert run_sync(app, watch=False, server_url=None, out=out) == EXIT_NEEDS_OFFICER
    status = read_sync_status(app.store)
    assert next((c.entity_id, c.local_version, c.source) for c in status.conflicts) == (
        business,
        2,
        "push",
    )
    # The pull brought the other laptop's version as a conflict too (local edit unsent).
    assert any(c.source == "pull" and "Sri Lain" in (c.server_payload or "")
               for c in status.conflicts)  # fmt: skip
    assert "conflict: business" in out.getvalue()


def test_500s_and_timeouts_are_retried_without_duplicates(
    app: App, server: Any, proxy: FaultProxy, engine_via: Callable[..., SyncEngine]
) -> None:
    enroll_app(app, server)
    ids = register_many(app, 0, 30)
    sync = engine_via(app, proxy.url, batch_items=10)
    proxy.answer_status(500, match="/push")
    first = sync.run_once()
    assert first.failure is FailureKind.UNAVAILABLE and first.applied == 0
    proxy.stall_response(
        3.0,
        match="/push",
    )  # applied by the server; answer too late
    second = sync.run_once()
    assert second.failure is FailureKind.UNAVAILABLE and "Timeout" in (second.error or "")
    third = sync.run_once()
    assert third.ok and third.replayed == 10 and third.applied == 20
    exactly_once(server, ids)
    assert states(app) == {"done": 30}


def test_resets_mid_request_and_mid_response_lose_and_duplicate_nothing(
    app: App, server: Any, proxy: FaultProxy, engine_via: Callable[..., SyncEngine]
) -> None:
    enroll_app(app, server)
    ids = register_many(app, 0, 40)
    sync = engine_via(app, proxy.url, batch_items=10)
    proxy.reset_request_body(after=2000, match="/push", skip=1)  # the 2nd batch is cut
    first = sync.run_once()
    assert first.failure is FailureKind.UNAVAILABLE and first.applied == 10
    proxy.reset_response(after=60, match="/push")  # the 1st batch of the pass: answer cut
    second = sync.run_once()
    assert second.failure is FailureKind.UNAVAILABLE and second.applied == 0
    third = sync.run_once()
    assert third.ok and third.replayed == 10 and third.applied == 20
    exactly_once(server, ids)
    assert proxy.counters.resets == 2


def test_a_cut_upload_resumes_and_resends_less_than_a_chunk(
    app: App, server: Any, proxy: FaultProxy, tmp_path: Path, engine_via: Callable[..., SyncEngine]
) -> None:
    enroll_app(app, server)
    ids = register_many(app, 0, 3)
    blobs = TestBlobs(tmp_path / "photos")
    for n, record in enumerate(ids):
        blobs.add(record, 300_000, n)
    chunk = 64 * 1024
    # One chunk per request, as a client or server from before blob packs
    # (test_sync_pack_upload.py cuts a pack).
    sync = engine_via(
        app, proxy.url, blobs=blobs.source(), chunk_bytes=chunk, upload_workers=1, blob_packs=False
    )
    proxy.reset_request_body(after=40_000, match="PUT", skip=5)  # inside the 6th chunk
    first = sync.run_once()
    assert first.failure is FailureKind.UNAVAILABLE
    second = sync.run_once()
    assert second.ok and second.applied == 3
    total = 3 * 300_000
    resent = proxy.counters.body_bytes_up["PUT"] - total
    assert 0 < resent < chunk
    hashes = server_blob_hashes(server.blob_dir, blobs.all())
    assert all(found == sha for sha, found in hashes.items())
    exactly_once(server, ids)


def test_sync_reports_an_unreachable_server(app: App, server: Any) -> None:
    enroll_app(app, server)
    register_many(app, 0, 2)
    server.stop()
    out = io.StringIO()
    code = run_sync(app, watch=False, server_url=None, out=out)
    assert code == EXIT_UNREACHABLE
    assert states(app) == {"pending": 2}
    server.start()
    assert run_sync(app, watch=False, server_url=None, out=io.StringIO()) == EXIT_OK


def test_a_revoked_device_is_told_to_enroll_again(app: App, server: Any) -> None:
    enroll_app(app, server)
    register_many(app, 0, 1)
    device = load_enrollment(app.store, app.paths.root)
    assert device is not None
    server.revoke(device.enrollment.device_id)
    assert run_sync(app, watch=False, server_url=None, out=io.StringIO()) == EXIT_NOT_ENROLLED
    assert states(app) == {"pending": 1}
