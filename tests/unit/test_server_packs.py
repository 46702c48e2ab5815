"""Pack sessions on the server without HTTP: durability, crash recovery, expiry (SQLite)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from golonline_desktop.wire import PackBlob
from golonline_server import uploads
from golonline_server.blobs import FilesystemBlobStore
from golonline_server.db import make_engine, utcnow
from golonline_server.migrate import upgrade

DEVICE = "00000000-0000-4000-8000-000000000001"


@pytest.fixture
def spool(tmp_path: Path) -> Iterator[uploads.PackSpool]:
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    upgrade(engine)
    store = FilesystemBlobStore(tmp_path / "blobs")
    yield uploads.PackSpool(engine, store, tmp_path / "blobs")
    engine.dispose()


def manifest(*parts: bytes) -> list[PackBlob]:
    return [PackBlob(sha256=hashlib.sha256(p).hexdigest(), size=len(p)) for p in parts]


def test_bytes_past_the_durable_offset_are_cut_when_the_pack_is_opened_again(
    spool: uploads.PackSpool,
) -> None:
    data = os.urandom(50_000)
    pack = spool.create(DEVICE, manifest(data), len(data))
    writer = spool.open(pack.id, DEVICE)
    writer.append_durable(data[:20_000])
    os.pwrite(writer.fd, b"torn" * 100, 20_000)  # written, never recorded: a crash here
    writer.close()
    again = spool.open(pack.id, DEVICE)
    assert again.offset == 20_000 and spool.path(pack.id).stat().st_size == 20_000
    again.append_durable(data[20_000:])
    finished = again.finish()
    again.close()
    assert finished.complete and finished.stored == [hashlib.sha256(data).hexdigest()]
    assert not spool.path(pack.id).exists()
    assert spool.store.final_path(finished.stored[0]).read_bytes() == data


def test_a_second_writer_waits_and_then_is_told_the_pack_is_busy(
    spool: uploads.PackSpool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(uploads, "LOCK_WAIT_SECONDS", 0.1)
    pack = spool.create(DEVICE, manifest(b"abc"), 3)
    holder = spool.open(pack.id, DEVICE)
    with pytest.raises(uploads.PackBusyError):
        spool.open(pack.id, DEVICE)
    holder.close()
    spool.open(pack.id, DEVICE).close()
    with pytest.raises(uploads.PackGoneError):
        spool.open(pack.id, "00000000-0000-4000-8000-000000000002")  # another device


def expire(engine: Engine, pack_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(uploads.upload_pack)
            .where(uploads.upload_pack.c.id == pack_id)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )


def test_expired_packs_are_forgotten_with_their_partial_files(spool: uploads.PackSpool) -> None:
    old = spool.create(DEVICE, manifest(b"old bytes"), 9)
    writer = spool.open(old.id, DEVICE)
    writer.append_durable(b"old")
    writer.close()
    expire(spool.engine, old.id)
    with pytest.raises(uploads.PackGoneError):
        uploads.load_pack(spool.engine, old.id, DEVICE)
    fresh = spool.create(DEVICE, manifest(b"old bytes"), 9)  # collects the expired one
    assert fresh.id != old.id and fresh.durable_bytes == 0
    assert not spool.path(old.id).exists()
    with spool.engine.connect() as conn:
        ids = conn.scalars(uploads.upload_pack.select().with_only_columns(uploads.upload_pack.c.id))
        assert list(ids) == [fresh.id]
