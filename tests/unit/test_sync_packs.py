"""Blob packs from the engine's side: many photos in one request, resumed after cuts.

Against ``FakeSyncServer`` (which keeps the server's pack rules); the real server and a
real cut link are in ``tests/integration/test_sync_pack_upload.py``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from golonline_desktop.services.app import App
from golonline_desktop.services.sync_blobs import BlobRef, plan_packs
from golonline_desktop.services.sync_progress import FailureKind
from golonline_desktop.services.sync_transport import ServerUnavailableError
from tests.fake_sync_server import FakeSyncServer
from tests.unit.test_sync_engine import Blobs, engine, outbox, parse_error, register


def names(server: FakeSyncServer) -> list[str]:
    return [name for name, _ in server.calls]


def test_the_photos_of_a_batch_go_up_in_one_pack_before_the_push(app: App, tmp_path: Path) -> None:
    ids = [register(app, n) for n in range(4)]
    blobs = Blobs(tmp_path / "blobs")
    shas = [
        blobs.add(record, 5000 + k, n * 3 + k) for n, record in enumerate(ids) for k in range(3)
    ]
    server = FakeSyncServer()
    server.complete.add(shas[0])  # already there: not in the pack
    result = engine(app, server, blobs=blobs.source()).run_once()
    assert result.ok and result.applied == 4 and result.blobs_uploaded == 11
    assert names(server) == ["blobs_missing", "create_pack", "upload_pack", "push", "changes"]
    [created] = [d for name, d in server.calls if name == "create_pack"]
    assert created == shas[1:]
    for sha in shas[1:]:
        assert hashlib.sha256(server.blobs[sha]).hexdigest() == sha
    assert result.bytes_up == sum(5000 + k for _ in ids for k in range(3)) - 5000


def test_a_cut_mid_pack_resumes_in_the_same_pass_from_the_servers_offset(
    app: App, tmp_path: Path
) -> None:
    ids = [register(app, n) for n in range(3)]
    blobs = Blobs(tmp_path / "blobs")
    for n, record in enumerate(ids):
        blobs.add(record, 100_000, n)
    server = FakeSyncServer(cut_pack_at=150_000)
    result = engine(app, server, blobs=blobs.source()).run_once()
    assert result.ok and result.applied == 3
    uploads = [d for name, d in server.calls if name == "upload_pack"]
    assert [(offset, length) for _, offset, length in uploads] == [(0, 300_000), (150_000, 150_000)]
    assert "pack_status" in names(server)  # one GET of the durable offset
    assert server.pack_bytes_received == 300_000  # nothing sent twice
    assert all(hashlib.sha256(server.blobs[sha]).hexdigest() == sha for sha in server.complete)


def test_a_pass_cut_short_is_resumed_by_the_next_from_the_same_session(
    app: App, tmp_path: Path
) -> None:
    record = register(app, 0)
    blobs = Blobs(tmp_path / "blobs")
    blobs.add(record, 200_000, 1)
    blobs.add(record, 50_000, 2)
    server = FakeSyncServer(cut_pack_at=120_000)
    server.fail("pack_status", ServerUnavailableError("the link is down"))
    sync = engine(app, server, blobs=blobs.source())
    first = sync.run_once()
    assert first.failure is FailureKind.UNAVAILABLE
    assert outbox(app)[0].state == "pending"  # its photos are not all there
    second = sync.run_once()
    assert second.ok and second.applied == 1
    assert len(server.sessions) == 1  # the same manifest found its session again
    resumed = [d for name, d in server.calls if name == "upload_pack"][-1]
    assert resumed[1:] == (120_000, 130_000)
    assert server.pack_bytes_received == 250_000


def test_a_photo_missing_on_the_laptop_leaves_the_pack_and_quarantines_only_its_record(
    app: App, tmp_path: Path
) -> None:
    ids = [register(app, n) for n in range(2)]
    blobs = Blobs(tmp_path / "blobs")
    gone = blobs.add(ids[0], 3000, 1)
    kept = blobs.add(ids[1], 4000, 2)
    original = blobs.source()

    class VanishingSource:
        """The file is there when sizes are read, gone when the pack reads it."""

        def blobs_for(self, items):  # type: ignore[no-untyped-def]
            found = original.blobs_for(items)
            (blobs.folder / gone).unlink(missing_ok=True)
            return found

        def open(self, sha256: str):  # type: ignore[no-untyped-def]
            return original.open(sha256)

    server = FakeSyncServer()
    result = engine(app, server, blobs=VanishingSource()).run_once()
    assert result.applied == 1 and result.rejected == 1
    assert parse_error(outbox(app)[0].last_error)[0] == "blob.missing"
    assert outbox(app)[1].state == "done" and kept in server.complete
    assert gone not in server.blobs


def test_a_photo_damaged_on_the_laptop_is_rejected_by_the_pack_and_quarantined(
    app: App, tmp_path: Path
) -> None:
    ids = [register(app, n) for n in range(2)]
    blobs = Blobs(tmp_path / "blobs")
    bad = blobs.add(ids[0], 3000, 1)
    good = blobs.add(ids[1], 3000, 2)
    (blobs.folder / bad).write_bytes(b"x" * 3000)
    server = FakeSyncServer()
    result = engine(app, server, blobs=blobs.source()).run_once()
    assert result.applied == 1 and result.rejected == 1
    assert parse_error(outbox(app)[0].last_error)[0] == "blob.corrupt"
    assert good in server.complete and bad not in server.blobs


def test_packs_are_capped_by_bytes_and_count_without_splitting_a_blob() -> None:
    refs = [BlobRef(f"{n:064x}", size) for n, size in enumerate([40, 30, 50, 10, 10, 10])]
    packs = plan_packs(refs, max_bytes=80, max_blobs=2)
    assert [[r.size for r in pack] for pack in packs] == [[40, 30], [50, 10], [10, 10]]
    assert plan_packs([BlobRef("a" * 64, 100)], max_bytes=80) == [[BlobRef("a" * 64, 100)]]
