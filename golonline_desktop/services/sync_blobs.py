"""Blobs (photos) for sync: where they come from and how one is uploaded resumably.

The engine asks a ``BlobSource`` which blobs the entries of a batch reference and uploads
those the server lacks *before* pushing the batch, so the server never holds a record
whose photo it cannot serve. The photo store plugs in by implementing ``BlobSource``
(``FileBlobSource`` does it for any "sha256 -> file" layout).

Two ways up (docs/sync.md): ``send_in_packs`` streams many blobs back to back in one
request per pack (resumable at the server's durable offset), and ``upload_blob`` sends one
blob in chunks of one request each (the first protocol, kept for servers without packs).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from golonline_desktop import wire
from golonline_desktop.storage.sync_state import PendingItem

from .sync_transport import (
    HASH_MISMATCH_CODES,
    EndpointMissingError,
    OffsetMismatchError,
    RequestRejectedError,
    ServerBusyError,
    ServerUnavailableError,
    SyncTransport,
)


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size: int


class BlobUnavailableError(Exception):
    """The blob a record references is not on this laptop (or not the size it should be)."""


class BlobRejectedError(Exception):
    """The server received every byte and refused the blob (its hash does not match)."""


MISSING = ("blob.missing", "A photo of this record is missing.")
CORRUPT = ("blob.corrupt", "A photo of this record is damaged.")
Failure = tuple[str, str]


class BlobSource(Protocol):
    def blobs_for(self, items: Sequence[PendingItem]) -> dict[int, list[BlobRef]]:
        """The blobs each entry (by ``seq``) references; entries without blobs may be absent."""
        ...

    def open(self, sha256: str) -> BinaryIO:
        """The blob's bytes; raises ``BlobUnavailableError`` when it is missing."""
        ...


class NoBlobs:
    """For stores with no photos yet."""

    def blobs_for(self, items: Sequence[PendingItem]) -> dict[int, list[BlobRef]]:
        return {}

    def open(self, sha256: str) -> BinaryIO:
        raise BlobUnavailableError(sha256)


def shas_in_payload(payload: dict[str, object]) -> list[str]:
    """Hashes a record names: any ``*sha256`` string field and the ``blobs`` list."""
    found: list[str] = []
    for key, value in payload.items():
        if key.endswith("sha256") and isinstance(value, str):
            found.append(value)
        elif key == "blobs" and isinstance(value, list):
            found.extend(v for v in value if isinstance(v, str))
    return found


class FileBlobSource:
    """Blobs kept as files named by their hash (the photo store's layout, via ``path_for``).

    ``references`` says which hashes an entry names; by default the ones in its payload.
    """

    def __init__(
        self,
        path_for: Callable[[str], Path],
        references: Callable[[PendingItem], Iterable[str]] | None = None,
    ) -> None:
        self._path_for = path_for
        self._references = references or (lambda item: shas_in_payload(json.loads(item.payload)))

    def blobs_for(self, items: Sequence[PendingItem]) -> dict[int, list[BlobRef]]:
        out: dict[int, list[BlobRef]] = {}
        for item in items:
            refs = []
            for sha in self._references(item):
                path = self._path_for(sha)
                size = path.stat().st_size if path.exists() else -1
                refs.append(BlobRef(sha, size))
            if refs:
                out[item.seq] = refs
        return out

    def open(self, sha256: str) -> BinaryIO:
        try:
            return self._path_for(sha256).open("rb")
        except FileNotFoundError as exc:
            raise BlobUnavailableError(sha256) from exc


def _file_sha256(handle: BinaryIO) -> str:
    handle.seek(0)
    digest = hashlib.sha256()
    while block := handle.read(1 << 20):
        digest.update(block)
    return digest.hexdigest()


def upload_blob(
    transport: SyncTransport,
    source: BlobSource,
    ref: BlobRef,
    have_bytes: int,
    chunk_bytes: int,
    cancel: threading.Event,
    on_bytes: Callable[[int], None],
) -> bool:
    """Send the blob from the server's offset on, chunk by chunk. True when complete.

    An ``OffsetMismatchError`` (a chunk of ours reached the server although we never saw the
    answer, or the server lost some) moves the offset to what the server holds, at most a
    few times per call so a confused server cannot keep us looping.
    """
    offset = have_bytes
    realignments = 0
    with source.open(ref.sha256) as handle:
        while not cancel.is_set():
            handle.seek(offset)
            data = handle.read(chunk_bytes)
            if not data and offset < ref.size:
                raise BlobUnavailableError(ref.sha256)
            try:
                answer = transport.upload(ref.sha256, offset, ref.size, data)
            except RequestRejectedError as exc:
                if exc.code not in HASH_MISMATCH_CODES:
                    raise
                if _file_sha256(handle) != ref.sha256:
                    raise BlobRejectedError(ref.sha256) from exc
                # Our file is right: the server's partial copy was not. It starts afresh.
                raise ServerUnavailableError("server discarded a damaged partial upload") from exc
            except OffsetMismatchError as exc:
                realignments += 1
                if realignments > 3:
                    raise
                offset = exc.offset
                continue
            on_bytes(len(data))
            if answer.complete:
                return True
            if answer.received >= ref.size:
                # All bytes arrived yet the server did not accept them: the hash differs.
                raise BlobRejectedError(ref.sha256)
            if answer.received <= offset:  # no progress: a confused server
                realignments += 1
                if realignments > 3:
                    raise BlobRejectedError(ref.sha256)
            offset = answer.received
    return False


# -- packs: many blobs in one streaming request ------------------------------------------

PACK_BLOCK = 64 * 1024
MAX_PACK_RESUMES = 5  # cuts survived within one pass before the pass gives up (backoff)
STATUS_ASKS = 4  # tries of the status query after a cut (the server waits 5 s for the pack)
UNKNOWN_PACK = "upload_unknown"


class _PackCancelledError(Exception):
    pass


def plan_packs(
    refs: Sequence[BlobRef],
    max_bytes: int = wire.MAX_PACK_BYTES,
    max_blobs: int = wire.MAX_PACK_BLOBS,
) -> list[list[BlobRef]]:
    """Consecutive groups of at most ``max_bytes`` and ``max_blobs`` (a blob is never split)."""
    packs: list[list[BlobRef]] = []
    size = 0
    for ref in refs:
        if not packs or len(packs[-1]) >= max_blobs or size + ref.size > max_bytes:
            packs.append([])
            size = 0
        packs[-1].append(ref)
        size += ref.size
    return packs


def _pack_body(
    source: BlobSource,
    refs: Sequence[BlobRef],
    offset: int,
    cancel: threading.Event,
    on_bytes: Callable[[int], None],
) -> Iterator[bytes]:
    """The pack's bytes from ``offset`` on, read lazily (the request streams them)."""
    position = 0
    for ref in refs:
        end = position + ref.size
        if end > offset:
            skip = max(0, offset - position)
            with source.open(ref.sha256) as handle:
                handle.seek(skip)
                left = ref.size - skip
                while left:
                    if cancel.is_set():
                        raise _PackCancelledError
                    data = handle.read(min(PACK_BLOCK, left))
                    if not data:
                        raise BlobUnavailableError(ref.sha256)  # shorter than it was
                    yield data
                    on_bytes(len(data))  # asked for the next block: this one went out
                    left -= len(data)
        position = end


def upload_pack(
    transport: SyncTransport,
    source: BlobSource,
    refs: Sequence[BlobRef],
    cancel: threading.Event,
    on_bytes: Callable[[int], None],
    on_skipped: Callable[[int], None] = lambda nbytes: None,
) -> wire.PackStatus | None:
    """Upload ``refs`` as one pack; the server's final status, or None when cancelled.

    Creating the same manifest again finds the server's open session, so a pass after a
    crash resumes where the last one stopped. Within a pass a cut costs one ``GET`` of the
    durable offset and the upload goes on from there, a few times at most.
    """
    total = sum(r.size for r in refs)
    request = wire.PackCreateRequest(
        blobs=[wire.PackBlob(sha256=r.sha256, size=r.size) for r in refs], total_bytes=total
    )
    status = transport.create_pack(request)
    if status.received:
        on_skipped(status.received)  # already on the server from an earlier pass
    resumes = 0
    while not status.complete:
        if cancel.is_set():
            return None
        offset = status.received
        try:
            status = transport.upload_pack(
                status.pack_id,
                offset,
                total - offset,
                _pack_body(source, refs, offset, cancel, on_bytes),
            )
            if status.complete or status.received > offset:
                continue
            problem: Exception = ServerUnavailableError("the server took no bytes of the pack")
        except _PackCancelledError:
            return None
        except EndpointMissingError:
            raise
        except OffsetMismatchError as exc:
            resumes += 1
            if resumes > MAX_PACK_RESUMES:
                raise
            status = status.model_copy(update={"received": exc.offset})
            continue
        except ServerUnavailableError as exc:
            if cancel.is_set():
                return None
            problem = exc
        except RequestRejectedError as exc:
            if exc.code != UNKNOWN_PACK:
                raise
            problem = exc
        resumes += 1
        found = None
        if resumes <= MAX_PACK_RESUMES:
            found = _status_after_cut(transport, request, status, cancel)
        if found is None:
            if cancel.is_set():
                return None
            raise problem
        status = found
    return status


def _status_after_cut(
    transport: SyncTransport,
    request: wire.PackCreateRequest,
    status: wire.PackStatus,
    cancel: threading.Event,
) -> wire.PackStatus | None:
    """The durable offset after a cut; None when the server cannot say now (link down)."""
    for attempt in range(STATUS_ASKS):
        try:
            return transport.pack_status(status.pack_id)
        except ServerBusyError:
            # E.g. the cut request still holds the pack on the server (draining what the
            # link had queued, or checking the blobs): ask again a moment later.
            if cancel.wait(1.0 + attempt):
                return None
        except RequestRejectedError as exc:
            if exc.code != UNKNOWN_PACK:
                raise
            return transport.create_pack(request)  # expired meanwhile: start anew
    return None


def _local_sha256(source: BlobSource, sha256: str) -> str | None:
    try:
        with source.open(sha256) as handle:
            return _file_sha256(handle)
    except (BlobUnavailableError, OSError):
        return None


def send_in_packs(
    transport: SyncTransport,
    source: BlobSource,
    refs: Sequence[BlobRef],
    cancel: threading.Event,
    on_bytes: Callable[[int], None],
    on_skipped: Callable[[int], None] = lambda nbytes: None,
) -> tuple[dict[str, Failure], int]:
    """Upload ``refs`` in packs; returns (blobs that failed and why, blobs stored).

    A blob missing on the laptop leaves its pack (the pack is sent again without it); one
    the server rejects is ``blob.corrupt`` when the laptop's copy does not match its hash
    either, else the bytes were damaged on the way and the pass stops to try again.
    """
    failed: dict[str, Failure] = {}
    stored = 0
    for pack in plan_packs(refs):
        while pack and not cancel.is_set():
            try:
                status = upload_pack(transport, source, pack, cancel, on_bytes, on_skipped)
            except BlobUnavailableError as exc:
                gone = str(exc.args[0]) if exc.args else ""
                if gone not in {r.sha256 for r in pack}:
                    raise
                failed[gone] = MISSING
                pack = [r for r in pack if r.sha256 != gone]
                continue
            except RequestRejectedError as exc:
                failed.update({r.sha256: (exc.code, exc.message) for r in pack})
                break
            if status is None:
                break  # cancelled
            stored += len(status.stored)
            for sha in status.rejected:
                if _local_sha256(source, sha) != sha:
                    failed[sha] = CORRUPT
                else:
                    raise ServerUnavailableError("a photo arrived damaged; it is sent again")
            break
    return failed, stored
