"""An honest in-process stand-in for the sync server, for the engine's unit tests.

It keeps the server's rules (idempotent apply per (entity, id, version), replay vs
conflict by payload hash, stale base version -> conflict, resumable hash-checked blobs)
so the engine is tested against behaviour, not canned answers. Faults are injected per
call; every call is logged so tests can check the order of operations.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from golonline_desktop import wire
from golonline_desktop.services.sync_transport import (
    EndpointMissingError,
    OffsetMismatchError,
    RequestRejectedError,
    ServerUnavailableError,
)


@dataclass
class FakeSyncServer:
    reject: Callable[[wire.Change], str | None] = lambda change: None
    records: dict[tuple[str, str], int] = field(default_factory=dict)  # current version
    seen: dict[tuple[str, str, int], str] = field(default_factory=dict)  # key -> hash
    blobs: dict[str, bytearray] = field(default_factory=dict)
    complete: set[str] = field(default_factory=set)
    feed: list[wire.ServerChange] = field(default_factory=list)
    calls: list[tuple[str, object]] = field(default_factory=list)
    faults: dict[str, list[Exception]] = field(default_factory=dict)
    lose_answer: set[str] = field(default_factory=set)  # apply, then fail: answer "lost"
    reject_batches_with: str | None = None  # a whole push refused when an id is in it
    cut_upload_at: int | None = None  # keep this many bytes of the next chunk, then fail
    on_call: Callable[[str], None] | None = None
    packs: bool = True  # False: a server from before blob packs (404 on /blobs/packs)
    sessions: dict[str, dict[str, object]] = field(default_factory=dict)
    cut_pack_at: int | None = None  # keep this many bytes of the next pack request, then fail
    pack_bytes_received: int = 0  # every pack byte that reached the fake

    def _enter(self, name: str, detail: object) -> None:
        self.calls.append((name, detail))
        if self.on_call:
            self.on_call(name)
        pending = self.faults.get(name)
        if pending:
            raise pending.pop(0)

    def fail(self, name: str, *errors: Exception) -> None:
        self.faults.setdefault(name, []).extend(errors)

    # -- SyncTransport -----------------------------------------------------------------

    def push(self, request: wire.PushRequest) -> wire.PushResponse:
        self._enter("push", [c.entity_id for c in request.changes])
        if self.reject_batches_with and any(
            c.entity_id == self.reject_batches_with for c in request.changes
        ):
            raise RequestRejectedError(422, "push.invalid", "bad item in batch")
        results = [self._apply(change) for change in request.changes]
        if "push" in self.lose_answer:
            self.lose_answer.discard("push")
            raise ServerUnavailableError("connection reset while reading the answer")
        return wire.PushResponse(results=results)

    def _apply(self, change: wire.Change) -> wire.ItemResult:
        key = (change.entity, change.entity_id, change.version)
        current = self.records.get((change.entity, change.entity_id), 0)

        def answer(status: wire.ItemStatus, **extra: object) -> wire.ItemResult:
            return wire.ItemResult(
                entity=change.entity,
                entity_id=change.entity_id,
                version=change.version,
                status=status,
                **extra,  # type: ignore[arg-type]
            )

        if key in self.seen:
            if self.seen[key] == change.payload_hash:
                return answer(wire.ItemStatus.REPLAYED, server_version=current)
            return answer(wire.ItemStatus.CONFLICT, server_version=current, code="conflict.hash")
        reason = self.reject(change)
        if reason:
            return answer(wire.ItemStatus.REJECTED, code="rule.failed", message=reason)
        if change.base_version != current:
            return answer(wire.ItemStatus.CONFLICT, server_version=current, code="conflict.base")
        self.seen[key] = change.payload_hash
        self.records[(change.entity, change.entity_id)] = change.version
        return answer(wire.ItemStatus.APPLIED, server_version=change.version)

    def blobs_missing(self, request: wire.BlobsMissingRequest) -> wire.BlobsMissingResponse:
        self._enter("blobs_missing", [b.sha256 for b in request.blobs])
        states = [
            wire.BlobState(
                sha256=b.sha256, have_bytes=len(self.blobs.get(b.sha256, b"")), complete=False
            )
            for b in request.blobs
            if b.sha256 not in self.complete
        ]
        return wire.BlobsMissingResponse(blobs=states)

    def upload(self, sha256: str, offset: int, length: int, data: bytes) -> wire.UploadResponse:
        self._enter("upload", (sha256, offset, len(data)))
        held = self.blobs.setdefault(sha256, bytearray())
        if offset != len(held):
            raise OffsetMismatchError(len(held))
        if self.cut_upload_at is not None:
            keep, self.cut_upload_at = self.cut_upload_at, None
            held.extend(data[:keep])
            raise ServerUnavailableError("connection reset mid-body")
        held.extend(data)
        if len(held) >= length:
            if hashlib.sha256(held).hexdigest() != sha256:
                del self.blobs[sha256]
                raise RequestRejectedError(422, "blob.hash_mismatch", "hash differs")
            self.complete.add(sha256)
        return wire.UploadResponse(sha256=sha256, received=len(held), complete=len(held) >= length)

    def create_pack(self, request: wire.PackCreateRequest) -> wire.PackStatus:
        self._enter("create_pack", [b.sha256 for b in request.blobs])
        if not self.packs:
            raise EndpointMissingError("HTTP 404")
        manifest = [(b.sha256, b.size) for b in request.blobs]
        for pack_id, session in self.sessions.items():
            if session["manifest"] == manifest and not session["complete"]:
                return self._pack_status(pack_id)
        pack_id = str(uuid.uuid4())
        self.sessions[pack_id] = {
            "manifest": manifest,
            "total": request.total_bytes,
            "held": bytearray(),
            "complete": False,
            "stored": [],
            "rejected": [],
        }
        return self._pack_status(pack_id)

    def pack_status(self, pack_id: str) -> wire.PackStatus:
        self._enter("pack_status", pack_id)
        return self._pack_status(pack_id)

    def upload_pack(
        self, pack_id: str, offset: int, length: int, body: Iterable[bytes]
    ) -> wire.PackStatus:
        self._enter("upload_pack", (pack_id, offset, length))
        session = self.sessions[pack_id]
        held: bytearray = session["held"]  # type: ignore[assignment]
        if session["complete"]:
            return self._pack_status(pack_id)
        if offset != len(held):
            raise OffsetMismatchError(len(held))
        for block in body:
            if self.cut_pack_at is not None and len(held) - offset + len(block) > self.cut_pack_at:
                keep = self.cut_pack_at - (len(held) - offset)
                held.extend(block[:keep])
                self.pack_bytes_received += keep
                self.cut_pack_at = None
                raise ServerUnavailableError("connection reset mid-pack")
            held.extend(block)
            self.pack_bytes_received += len(block)
        if len(held) == session["total"]:
            start = 0
            for sha, size in session["manifest"]:  # type: ignore[attr-defined]
                data = bytes(held[start : start + size])
                start += size
                if hashlib.sha256(data).hexdigest() == sha:
                    self.blobs[sha] = bytearray(data)
                    self.complete.add(sha)
                    session["stored"].append(sha)  # type: ignore[attr-defined]
                else:
                    session["rejected"].append(sha)  # type: ignore[attr-defined]
            session["complete"] = True
        return self._pack_status(pack_id)

    def _pack_status(self, pack_id: str) -> wire.PackStatus:
        session = self.sessions[pack_id]
        return wire.PackStatus(
            pack_id=pack_id,
            total_bytes=session["total"],  # type: ignore[arg-type]
            received=len(session["held"]),  # type: ignore[arg-type]
            complete=session["complete"],  # type: ignore[arg-type]
            stored=session["stored"],  # type: ignore[arg-type]
            rejected=session["rejected"],  # type: ignore[arg-type]
            expires_at="2099-01-01T00:00:00+00:00",
        )

    def changes(self, since: str | None, limit: int) -> wire.ChangesResponse:
        self._enter("changes", since)
        start = int(since or 0)
        page = self.feed[start : start + limit]
        end = start + len(page)
        return wire.ChangesResponse(changes=page, next_cursor=str(end), more=end < len(self.feed))

    def close(self) -> None:
        pass

    # -- helpers for tests ---------------------------------------------------------------

    def pushed_ids(self) -> list[list[str]]:
        return [detail for name, detail in self.calls if name == "push"]  # type: ignore[misc]
