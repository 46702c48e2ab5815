"""The sync engine against an honest in-process fake server (tests/fake_sync_server.py)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import threading
from pathlib import Path

import pytest
from sqlalchemy import Select, select

from golonline_desktop import wire
from golonline_desktop.services.app import App
from golonline_desktop.services.sync_blobs import FileBlobSource, NoBlobs
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_progress import (
    Backoff,
    FailureKind,
    Stage,
    SyncProgress,
    ThroughputMeter,
)
from golonline_desktop.services.sync_status import mark_conflict_resolved, read_sync_status
from golonline_desktop.services.sync_transport import ServerUnavailableError
from golonline_desktop.storage.device_secrets import (
    DeviceSecrets,
    read_secrets,
    secrets_path,
    write_secrets,
)
from golonline_desktop.storage.models import Business, OutboxEntry
from golonline_desktop.storage.sync_state import SyncConflict, SyncLogEntry, parse_error
from tests.factories import business_input
from tests.fake_sync_server import FakeSyncServer


def register(app: App, n: int, **overrides: object) -> str:
    outcome = app.registration.register(
        business_input(n, **overrides), confirm_warnings=True, duplicate_reason="uji"
    )
    assert outcome.saved, outcome
    assert outcome.business_id is not None
    return outcome.business_id


def fetch(app: App, stmt: Select) -> list:  # type: ignore[type-arg]
    """ORM rows detached from their session (the read session rolls back, expiring them)."""
    with app.store.read() as session:
        rows = list(session.scalars(stmt))
        session.expunge_all()
    return rows


def outbox(app: App) -> list[OutboxEntry]:
    return fetch(app, select(OutboxEntry).order_by(OutboxEntry.seq))


def engine(app: App, server: FakeSyncServer, **options: object) -> SyncEngine:
    blobs = options.pop("blobs", NoBlobs())
    return SyncEngine(app.store, server, blobs, app.clock, **options)  # type: ignore[arg-type]


class Blobs:
    """Real files named by hash; records reference them through a test-side mapping."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.by_record: dict[str, list[str]] = {}

    def add(self, record_id: str, size: int, seed: int) -> str:
        data = random.Random(seed).randbytes(size)
        sha = hashlib.sha256(data).hexdigest()
        (self.folder / sha).write_bytes(data)
        self.by_record.setdefault(record_id, []).append(sha)
        return sha

    def source(self) -> FileBlobSource:
        return FileBlobSource(
            lambda sha: self.folder / sha, lambda item: self.by_record.get(item.entity_id, [])
        )


def test_pushes_in_outbox_order_in_batches_bounded_by_count(app: App) -> None:
    ids = [register(app, n) for n in range(7)]
    server = FakeSyncServer()
    result = engine(app, server, batch_items=3).run_once()
    assert server.pushed_ids() == [ids[0:3], ids[3:6], ids[6:7]]
    assert result.ok and result.applied == 7 and result.remaining == 0
    assert {e.state for e in outbox(app)} == {"done"}
    assert all(e.sent_at is not None for e in outbox(app))


def test_batches_are_bounded_by_payload_bytes(app: App) -> None:
    for n in range(6):
        register(app, n)
    size = max(len(e.payload.encode()) for e in outbox(app))
    server = FakeSyncServer()
    engine(app, server, batch_bytes=size * 2 + 10).run_once()
    assert [len(batch) for batch in server.pushed_ids()] == [2, 2, 2]


def test_an_entry_is_done_only_after_the_server_confirms(app: App) -> None:
    ids = [register(app, n) for n in range(3)]
    server = FakeSyncServer(lose_answer={"push"})  # applied there, answer lost on the way
    first = engine(app, server).run_once()
    assert first.failure is FailureKind.UNAVAILABLE
    assert {e.state for e in outbox(app)} == {"pending"}
    second = engine(app, server).run_once()
    assert second.ok and second.replayed == 3 and second.applied == 0
    assert {e.state for e in outbox(app)} == {"done"}
    assert len(server.seen) == len(ids)  # each record applied once on the server


def test_a_rejected_item_is_quarantined_and_does_not_block_the_others(app: App) -> None:
    ids = [register(app, n) for n in range(5)]
    server = FakeSyncServer(
        reject=lambda c: "NIK is already registered" if c.entity_id == ids[1] else None
    )
    result = engine(app, server, batch_items=2).run_once()
    assert result.rejected == 1 and result.applied == 4 and result.remaining == 0
    states = {e.entity_id: e for e in outbox(app)}
    assert states[ids[1]].state == "quarantined"
    assert parse_error(states[ids[1]].last_error) == ("rule.failed", "NIK is already registered")
    assert all(states[i].state == "done" for i in ids if i != ids[1])
    assert result.needs_officer


def test_later_versions_wait_behind_a_quarantined_one_until_the_officer_retries(
    app: App,
) -> None:
    bad = register(app, 0)
    good = register(app, 1)
    server = FakeSyncServer(reject=lambda c: "bad NIB" if c.entity_id == bad else None)
    sync = engine(app, server)
    sync.run_once()
    # The officer fixes the record: version 2, then the server's rule no longer fails.
    app.registration.update(
        bad,
        business_input(0, nib="1234567890123"),
        expected_version=1,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    app.registration.update(
        good,
        business_input(1, owner_name="Sri R."),
        expected_version=1,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    server.reject = lambda c: None
    server.calls.clear()
    waiting = sync.run_once()
    assert server.pushed_ids() == [[good]]  # version 2 of the bad record waits
    assert waiting.remaining == 0
    assert sync.retry_quarantined("business", bad) == 1
    by_version = {e.version: e for e in outbox(app) if e.entity_id == bad}
    assert by_version[1].state == "superseded"
    assert by_version[2].state == "pending" and by_version[2].base_version == 0
    retried = sync.run_once()
    assert retried.ok and retried.applied == 1
    assert server.records[("business", bad)] == 2


def test_retry_without_a_newer_version_requeues_the_quarantined_entry(app: App) -> None:
    bad = register(app, 0)
    server = FakeSyncServer(reject=lambda c: "server rule")
    sync = engine(app, server)
    sync.run_once()
    server.reject = lambda c: None
    assert sync.retry_quarantined("business", bad) == 1
    assert sync.run_once().applied == 1
    assert outbox(app)[0].state == "done"


def test_a_whole_batch_refused_is_split_until_the_culprit_is_quarantined(app: App) -> None:
    ids = [register(app, n) for n in range(6)]
    server = FakeSyncServer(reject_batches_with=ids[4])
    result = engine(app, server).run_once()
    assert result.rejected == 1 and result.applied == 5
    culprit = next(e for e in outbox(app) if e.entity_id == ids[4])
    assert culprit.state == "quarantined"
    assert parse_error(culprit.last_error)[0] == "push.invalid"


def test_a_payload_the_wire_cannot_carry_is_quarantined_locally(app: App) -> None:
    register(app, 0)
    huge = register(app, 1)
    with app.store.write() as session:
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == huge)).one()
        entry.payload = json.dumps({"blob": "x" * (wire.MAX_PAYLOAD_BYTES + 1)})
    server = FakeSyncServer()
    result = engine(app, server).run_once()
    assert result.applied == 1 and result.rejected == 1
    assert parse_error(outbox(app)[1].last_error)[0] == "sync.payload_invalid"


def test_a_conflict_is_recorded_for_the_officer(app: App) -> None:
    ids = [register(app, n) for n in range(2)]
    server = FakeSyncServer()
    server.seen[("business", ids[0], 1)] = "0" * 64  # another edit of the same version
    server.records[("business", ids[0])] = 1
    result = engine(app, server).run_once()
    assert result.conflicts == 1 and result.applied == 1
    assert outbox(app)[0].state == "conflict"
    [conflict] = fetch(app, select(SyncConflict))
    assert (conflict.entity_id, conflict.local_version, conflict.server_version) == (ids[0], 1, 1)
    assert conflict.source == "push" and not conflict.resolved


def test_blobs_go_up_before_the_records_that_reference_them_and_only_missing_ones(
    app: App, tmp_path: Path
) -> None:
    ids = [register(app, n) for n in range(3)]
    blobs = Blobs(tmp_path / "blobs")
    shas = [blobs.add(ids[0], 5000, 1), blobs.add(ids[2], 7000, 2), blobs.add(ids[2], 100, 3)]
    server = FakeSyncServer(packs=False)  # a server from before packs: chunk by chunk
    server.complete.add(shas[2])  # the server already has this one
    result = engine(app, server, blobs=blobs.source(), batch_items=2, chunk_bytes=2048).run_once()
    assert result.ok and result.blobs_uploaded == 2
    assert result.bytes_up == 12000
    uploaded = {detail[0] for name, detail in server.calls if name == "upload"}  # type: ignore[index]
    assert uploaded == set(shas[:2])
    order = [name if name != "upload" else f"upload:{d[0]}" for name, d in server.calls]  # type: ignore[index]
    assert order.index(f"upload:{shas[0]}") < order.index("push")
    second_push = [i for i, name in enumerate(order) if name == "push"][1]
    assert order.index(f"upload:{shas[1]}") < second_push
    for sha in shas[:2]:
        assert hashlib.sha256(server.blobs[sha]).hexdigest() == sha


def test_an_upload_resumes_from_the_servers_offset(app: App, tmp_path: Path) -> None:
    record = register(app, 0)
    blobs = Blobs(tmp_path / "blobs")
    sha = blobs.add(record, 10_000, 7)
    # A server from before packs; the link drops 1,500 bytes into a chunk.
    server = FakeSyncServer(cut_upload_at=1500, packs=False)
    sync = engine(app, server, blobs=blobs.source(), chunk_bytes=4096)
    first = sync.run_once()
    assert first.failure is FailureKind.UNAVAILABLE
    assert outbox(app)[0].state == "pending"  # the record waits for its photo
    server.calls.clear()
    second = sync.run_once()
    assert second.ok and second.applied == 1
    uploads = [d for name, d in server.calls if name == "upload"]
    assert uploads[0][1] == 1500  # type: ignore[index]
    assert second.bytes_up == 10_000 - 1500
    assert hashlib.sha256(server.blobs[sha]).hexdigest() == sha


def test_a_missing_photo_quarantines_only_its_record(app: App, tmp_path: Path) -> None:
    ids = [register(app, n) for n in range(2)]
    blobs = Blobs(tmp_path / "blobs")
    sha = blobs.add(ids[0], 300, 1)
    os.remove(blobs.folder / sha)
    result = engine(app, FakeSyncServer(), blobs=blobs.source()).run_once()
    assert result.applied == 1 and result.rejected == 1
    assert parse_error(outbox(app)[0].last_error)[0] == "blob.missing"


def test_cancel_stops_between_batches_and_keeps_unconfirmed_entries_pending(app: App) -> None:
    for n in range(6):
        register(app, n)
    cancel = threading.Event()
    server = FakeSyncServer(on_call=lambda name: cancel.set() if name == "push" else None)
    result = engine(app, server, batch_items=2).run_once(cancel)
    assert result.cancelled and not result.ok
    assert len(server.pushed_ids()) == 1
    assert [e.state for e in outbox(app)] == ["done"] * 2 + ["pending"] * 4
    assert result.remaining == 4


def test_progress_counts_records_and_bytes_and_estimates_time_left(
    app: App, tmp_path: Path
) -> None:
    ids = [register(app, n) for n in range(4)]
    blobs = Blobs(tmp_path / "blobs")
    for n, record in enumerate(ids):
        blobs.add(record, 8192, n)
    now = [0.0]

    def tick() -> float:
        now[0] += 0.5
        return now[0]

    seen: list[SyncProgress] = []
    sync = engine(
        app,
        FakeSyncServer(),
        blobs=blobs.source(),
        batch_items=1,
        chunk_bytes=4096,
        on_progress=seen.append,
        monotonic=tick,
    )
    sync.run_once()
    payload_bytes = sum(len(e.payload.encode()) for e in outbox(app))
    last = seen[-1]
    assert last.stage is Stage.DONE
    assert (last.records_done, last.records_total) == (4, 4)
    assert last.bytes_done == last.bytes_total == payload_bytes + 4 * 8192
    etas = [p.eta_seconds for p in seen if p.stage is Stage.BLOBS and p.eta_seconds]
    assert etas and etas[-1] < etas[0]
    assert all(p.bytes_done <= p.bytes_total for p in seen)


def test_throughput_meter_uses_a_moving_window() -> None:
    meter = ThroughputMeter(window_seconds=10)
    meter.start(0.0)
    for second in range(1, 21):
        meter.add(float(second), 1000 if second <= 10 else 4000)
    assert meter.rate() == pytest.approx(4000)
    assert meter.eta(8000) == pytest.approx(2.0)
    assert meter.eta(0) == 0.0


def test_backoff_has_full_jitter_within_a_doubling_ceiling_capped_at_ten_minutes() -> None:
    backoff = Backoff(rng=random.Random(4))
    ceilings = []
    for n in range(15):
        ceilings.append(backoff.ceiling())
        delay = backoff.next_delay()
        assert 0 <= delay <= min(600, 2 * 2**n)
    assert ceilings[:4] == [2, 4, 8, 16] and ceilings[-1] == 600
    spread = [Backoff(rng=random.Random(s)).next_delay() for s in range(50)]
    assert min(spread) < 0.5 and max(spread) > 1.5  # jittered, not a fixed schedule


def test_run_forever_retries_until_the_work_is_done_and_resets_backoff(app: App) -> None:
    for n in range(3):
        register(app, n)
    server = FakeSyncServer()
    server.fail("push", *[ServerUnavailableError("HTTP 500")] * 12)
    cancel = threading.Event()
    sleeps: list[float] = []
    sync = engine(app, server, rng=random.Random(1))
    ceilings: list[float] = []

    def sleep(seconds: float, _cancel: threading.Event) -> None:
        sleeps.append(seconds)
        ceilings.append(sync.backoff.ceiling())
        if outbox(app)[0].state == "done":
            cancel.set()

    sync.run_forever(cancel, sleep, idle_seconds=60.0)
    assert len(sleeps) == 13  # 12 failures, then one idle sleep
    assert all(s <= 600 for s in sleeps[:12]) and sleeps[-1] == 60.0
    assert ceilings[11] == 600  # the ceiling reached the cap and stayed
    assert sync.backoff.failures == 0  # reset by the success
    assert {e.state for e in outbox(app)} == {"done"}


def test_pull_applies_central_edits_unless_the_officer_has_an_unsent_edit(app: App) -> None:
    clean = register(app, 0)
    edited = register(app, 1)
    server = FakeSyncServer()
    sync = engine(app, server)
    sync.run_once()
    app.registration.update(
        edited,
        business_input(1, owner_name="Sri Local"),
        expected_version=1,
        confirm_warnings=True,
        duplicate_reason="uji",
    )
    # The server refuses the local edit: it stays unconfirmed (quarantined) on the laptop.
    server.reject = lambda c: "rule" if c.entity_id == edited and c.version == 2 else None

    def central(record: str, name: str) -> wire.ServerChange:
        payload = json.loads(outbox(app)[0].payload) | {"owner_name": name, "version": 5}
        return wire.ServerChange(
            entity="business",
            entity_id=record,
            version=5,
            operation=wire.Operation.UPSERT,
            payload=json.dumps(payload),
        )

    server.feed += [central(clean, "Sri Pusat"), central(edited, "Sri Pusat")]
    result = sync.run_once()
    assert result.pulled == 2 and result.pull_applied == 1 and result.pull_conflicts == 1
    rows = {b.id: b for b in fetch(app, select(Business))}
    [conflict] = fetch(app, select(SyncConflict))
    assert rows[clean].owner_name == "Sri Pusat" and rows[clean].version == 5
    assert rows[edited].owner_name == "Sri Local"
    assert conflict.entity_id == edited and conflict.server_version == 5
    assert conflict.server_payload and "Sri Pusat" in conflict.server_payload
    assert len([e for e in outbox(app) if e.entity_id == clean]) == 1  # no echo queued
    sync.run_once()
    assert server.calls[-1] == ("changes", "2")  # the cursor was saved


def test_every_pass_is_logged_with_its_counts(app: App) -> None:
    register(app, 0)
    server = FakeSyncServer()
    server.fail("push", ServerUnavailableError("HTTP 503"))
    sync = engine(app, server)
    sync.run_once()
    sync.run_once()
    log = fetch(app, select(SyncLogEntry).order_by(SyncLogEntry.id))
    assert [entry.code for entry in log] == ["sync.unavailable", "sync.done"]
    assert "HTTP 503" in log[0].message
    assert json.loads(log[1].counts or "{}")["applied"] == 1


def test_a_photo_damaged_on_the_laptop_quarantines_its_record(app: App, tmp_path: Path) -> None:
    record = register(app, 0)
    blobs = Blobs(tmp_path / "blobs")
    sha = blobs.add(record, 3000, 1)
    (blobs.folder / sha).write_bytes(b"not the photo" * 100)  # same size class, other bytes
    result = engine(app, FakeSyncServer(), blobs=blobs.source()).run_once()
    assert result.rejected == 1
    assert parse_error(outbox(app)[0].last_error)[0] == "blob.corrupt"


def test_sync_status_lists_what_needs_the_officer(app: App) -> None:
    ids = [register(app, n) for n in range(3)]
    server = FakeSyncServer(reject=lambda c: "NIB unknown" if c.entity_id == ids[0] else None)
    server.seen[("business", ids[1], 1)] = "0" * 64
    server.records[("business", ids[1])] = 1
    engine(app, server).run_once()
    status = read_sync_status(app.store)
    assert status.counts == {"done": 1, "quarantined": 1, "conflict": 1}
    assert [(q.entity_id, q.code, q.message) for q in status.quarantined] == [
        (ids[0], "rule.failed", "NIB unknown")
    ]
    assert [c.entity_id for c in status.conflicts] == [ids[1]]
    assert status.last_success_at == app.clock.now()
    assert status.log[0].code == "sync.done" and status.log[0].counts["rejected"] == 1
    mark_conflict_resolved(app.store, app.clock, status.conflicts[0].id)
    assert read_sync_status(app.store).conflicts == ()


def test_device_secrets_are_written_atomically_with_mode_0600(tmp_path: Path) -> None:
    path = secrets_path(tmp_path)
    write_secrets(path, DeviceSecrets("dev-1", "token-1", b"k" * 32))
    write_secrets(path, DeviceSecrets("dev-1", "token-2", b"k" * 32))
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_secrets(path) == DeviceSecrets("dev-1", "token-2", b"k" * 32)
    assert sorted(p.name for p in path.parent.iterdir()) == ["device.json"]
    assert "token" not in repr(read_secrets(path))
