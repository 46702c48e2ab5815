"""Blobs (photos) for sync: where they come from and how one is uploaded resumably.

The engine asks a ``BlobSource`` which blobs the entries of a batch reference and uploads
those the server lacks *before* pushing the batch, so the server never holds a record
whose photo it cannot serve. The photo store plugs in by implementing ``BlobSource``
(``FileBlobSource`` does it for any "sha256 -> file" layout).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from golonline_desktop.storage.sync_state import PendingItem

from .sync_transport import (
    HASH_MISMATCH_CODES,
    OffsetMismatchError,
    RequestRejectedError,
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
