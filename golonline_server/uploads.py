"""Pack uploads: many blobs in one resumable, streaming request.

On a thin, long link one request per blob chunk wastes a round trip each; a pack carries
the bytes of many blobs back to back in one request instead:

1. ``create_pack`` records a *session* (table ``upload_pack``): the device, the manifest
   (sha256 and size of each blob, in order) and the total. Creating the same manifest
   again while a session for it is open returns that session, so a client that was
   killed mid-upload finds its bytes again without keeping any state of its own.
2. ``PackSpool.open`` takes the session's partial file (``<blob dir>/incoming/<id>.pack``)
   under an exclusive lock (one writer per pack across processes) and cuts it back to the
   *durable offset*; ``PackWriter.append`` writes bytes as they arrive, and every
   ``PACK_DURABLE_BYTES`` (and when the connection ends) fsyncs the file and records the
   new offset in the session row. After a cut the client asks that offset and resumes
   there: it sends again only what the server had not made durable (less than one step).
3. When the last byte is in, ``PackWriter.finish`` splits the pack by its manifest and
   hands each range to the blob store's ``ingest`` (hash checked, temp file, rename): a
   blob is stored whole and correct or not at all; one whose bytes do not match its hash
   is reported as rejected. The outcome is kept in the session, so replaying a finished
   pack answers the same and stores nothing twice.

Sessions expire ``PACK_TTL`` after their last progress; ``create_pack`` removes expired
ones (row and partial file) as it goes, so no background job is needed.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import BigInteger, Column, Engine, Index, String, Table, Text, select

from golonline_desktop.wire import PackBlob, PackStatus

from . import models as m
from .blobs import BlobStore, HashMismatchError
from .db import utcnow

PACK_TTL = timedelta(hours=24)
LOCK_WAIT_SECONDS = 5.0  # a request cut a moment ago may still hold the pack
GC_BATCH = 50

upload_pack = Table(
    "upload_pack",
    m.metadata,
    Column("id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("manifest", Text, nullable=False),  # JSON [[sha256, size], ...]
    Column("total_bytes", BigInteger, nullable=False),
    Column("durable_bytes", BigInteger, nullable=False),
    Column("state", String(10), nullable=False),  # open | complete
    Column("result", Text, nullable=True),  # JSON {"stored": [...], "rejected": [...]}
    Column("created_at", m.Timestamp, nullable=False),
    Column("updated_at", m.Timestamp, nullable=False),
    Column("expires_at", m.Timestamp, nullable=False),
)
Index("ix_upload_pack_device_manifest", upload_pack.c.device_id, upload_pack.c.manifest_sha256)
Index("ix_upload_pack_expires_at", upload_pack.c.expires_at)

OPEN, COMPLETE = "open", "complete"


class PackError(Exception):
    pass


class PackGoneError(PackError):
    """No such pack for this device (never created, expired or collected)."""


class PackBusyError(PackError):
    """Another request is writing this pack."""


class PackInvalidError(PackError):
    pass


@dataclass(frozen=True)
class Pack:
    id: str
    device_id: str
    manifest: list[tuple[str, int]]
    total_bytes: int
    durable_bytes: int
    complete: bool
    stored: list[str]
    rejected: list[str]
    expires_at: datetime

    def status(self, received: int | None = None) -> PackStatus:
        return PackStatus(
            pack_id=self.id,
            total_bytes=self.total_bytes,
            received=self.durable_bytes if received is None else received,
            complete=self.complete,
            stored=self.stored,
            rejected=self.rejected,
            expires_at=self.expires_at.isoformat(),
        )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite keeps naive UTC


def _pack(row: object) -> Pack:
    result = json.loads(row.result) if row.result else {}  # type: ignore[attr-defined]
    return Pack(
        id=row.id,  # type: ignore[attr-defined]
        device_id=row.device_id,  # type: ignore[attr-defined]
        manifest=[(sha, size) for sha, size in json.loads(row.manifest)],  # type: ignore[attr-defined]
        total_bytes=row.total_bytes,  # type: ignore[attr-defined]
        durable_bytes=row.durable_bytes,  # type: ignore[attr-defined]
        complete=row.state == COMPLETE,  # type: ignore[attr-defined]
        stored=result.get("stored", []),
        rejected=result.get("rejected", []),
        expires_at=_aware(row.expires_at),  # type: ignore[attr-defined]
    )


def manifest_key(blobs: list[tuple[str, int]]) -> str:
    return hashlib.sha256("".join(f"{sha}:{size}\n" for sha, size in blobs).encode()).hexdigest()


def load_pack(engine: Engine, pack_id: str, device_id: str) -> Pack:
    with engine.connect() as conn:
        row = conn.execute(select(upload_pack).where(upload_pack.c.id == pack_id)).first()
    if row is None or row.device_id != device_id:
        raise PackGoneError(pack_id)
    pack = _pack(row)
    if pack.expires_at <= utcnow():
        raise PackGoneError(pack_id)
    return pack


class PackSpool:
    """The partial files of packs being received, under ``<blob dir>/incoming``."""

    def __init__(self, engine: Engine, store: BlobStore, root: Path) -> None:
        self.engine = engine
        self.store = store
        self.incoming = Path(root) / "incoming"
        self.incoming.mkdir(parents=True, exist_ok=True)

    def path(self, pack_id: str) -> Path:
        return self.incoming / f"{uuid.UUID(pack_id)}.pack"

    def create(self, device_id: str, blobs: list[PackBlob], total_bytes: int) -> Pack:
        manifest = [(b.sha256, b.size) for b in blobs]
        if len({sha for sha, _ in manifest}) != len(manifest):
            raise PackInvalidError("A blob may appear only once in a pack.")
        if sum(size for _, size in manifest) != total_bytes:
            raise PackInvalidError("total_bytes must be the sum of the blob sizes.")
        now = utcnow()
        self.collect_expired(now)
        key = manifest_key(manifest)
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(upload_pack)
                .where(upload_pack.c.device_id == device_id)
                .where(upload_pack.c.manifest_sha256 == key)
                .where(upload_pack.c.state == OPEN)
                .order_by(upload_pack.c.created_at.desc())
            ).all()
            for row in rows:
                pack = _pack(row)
                if pack.manifest == manifest and pack.expires_at > now:
                    return pack  # the same upload again: resume it
            pack_id = str(uuid.uuid4())
            conn.execute(
                upload_pack.insert().values(
                    id=pack_id,
                    device_id=device_id,
                    manifest_sha256=key,
                    manifest=json.dumps(manifest),
                    total_bytes=total_bytes,
                    durable_bytes=0,
                    state=OPEN,
                    result=None,
                    created_at=now,
                    updated_at=now,
                    expires_at=now + PACK_TTL,
                )
            )
        return Pack(pack_id, device_id, manifest, total_bytes, 0, False, [], [], now + PACK_TTL)

    def open(self, pack_id: str, device_id: str) -> PackWriter:
        """The pack's writer, holding its lock; waits a little for a request just cut."""
        first = load_pack(self.engine, pack_id, device_id)  # gone: before touching the disk
        if first.complete:
            return PackWriter(self, first, None, first.total_bytes)
        path = self.path(pack_id)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + LOCK_WAIT_SECONDS
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                        raise
                    if time.monotonic() > deadline:
                        raise PackBusyError("another upload of this pack is in progress") from exc
                    time.sleep(0.05)
            # Under the lock, read the session again: the holder may have finished it.
            pack = load_pack(self.engine, pack_id, device_id)
            offset = pack.total_bytes
            if pack.complete:
                path.unlink(missing_ok=True)  # the empty file this open created
            else:
                # Bytes past the durable offset may be torn: cut them, the client resends.
                offset = min(pack.durable_bytes, os.fstat(fd).st_size)
                os.ftruncate(fd, offset)
            return PackWriter(self, pack, fd, offset)
        except BaseException:
            os.close(fd)
            raise

    def collect_expired(self, now: datetime) -> int:
        with self.engine.connect() as conn:
            ids = conn.scalars(
                select(upload_pack.c.id).where(upload_pack.c.expires_at < now).limit(GC_BATCH)
            ).all()
        removed = 0
        for pack_id in ids:
            path = self.path(pack_id)
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                fd = None
            try:
                if fd is not None:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        continue  # being written right now: not expired after all
                with self.engine.begin() as conn:
                    conn.execute(
                        upload_pack.delete()
                        .where(upload_pack.c.id == pack_id)
                        .where(upload_pack.c.expires_at < now)
                    )
                path.unlink(missing_ok=True)
                removed += 1
            finally:
                if fd is not None:
                    os.close(fd)
        return removed


class PackWriter:
    """One request's hold on a pack: append, make durable, finish; ``close`` releases it."""

    def __init__(self, spool: PackSpool, pack: Pack, fd: int | None, offset: int) -> None:
        self.spool = spool
        self.pack = pack
        self.fd = fd
        self.offset = offset  # durable: what the client may resume from

    @property
    def total(self) -> int:
        return self.pack.total_bytes

    def append_durable(self, data: bytes) -> None:
        """Write ``data`` at the offset, fsync, then record the new offset in the session."""
        if not data:
            return
        assert self.fd is not None and not self.pack.complete
        if self.offset + len(data) > self.total:
            raise PackInvalidError("more bytes than the pack's total")
        view = memoryview(data)
        position = self.offset
        while view:
            written = os.pwrite(self.fd, view, position)
            view, position = view[written:], position + written
        os.fsync(self.fd)
        now = utcnow()
        with self.spool.engine.begin() as conn:
            conn.execute(
                upload_pack.update()
                .where(upload_pack.c.id == self.pack.id)
                .values(durable_bytes=position, updated_at=now, expires_at=now + PACK_TTL)
            )
        self.offset = position

    def finish(self) -> Pack:
        """Every byte is in: store each blob whose hash matches, record the outcome."""
        assert self.fd is not None and self.offset == self.total
        stored: list[str] = []
        rejected: list[str] = []
        start = 0
        for sha, size in self.pack.manifest:
            try:
                self.spool.store.ingest(sha, self.fd, start, size)
                stored.append(sha)
            except HashMismatchError:
                rejected.append(sha)
            start += size
        now = utcnow()
        with self.spool.engine.begin() as conn:
            conn.execute(
                upload_pack.update()
                .where(upload_pack.c.id == self.pack.id)
                .values(
                    state=COMPLETE,
                    durable_bytes=self.total,
                    result=json.dumps({"stored": stored, "rejected": rejected}),
                    updated_at=now,
                    expires_at=now + PACK_TTL,
                )
            )
        self.spool.path(self.pack.id).unlink(missing_ok=True)
        self.pack = Pack(
            self.pack.id,
            self.pack.device_id,
            self.pack.manifest,
            self.total,
            self.total,
            True,
            stored,
            rejected,
            now + PACK_TTL,
        )
        self.offset = self.total
        return self.pack

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
