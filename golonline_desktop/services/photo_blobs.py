"""The photo store as the sync engine's ``BlobSource``: product photos go up before products.

A product's outbox payload names its photos (``photos[].sha256`` and ``blobs``); this
source answers which blobs each pending product entry references and with which size,
reading the size from the stored file (the bytes that will be sent). A file that is
missing, or whose size differs from the one recorded in ``product_photo.bytes`` (a damaged
copy), is reported with size -1, which the engine quarantines as a missing photo instead
of uploading bytes the server would refuse.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import BinaryIO

from golonline_desktop.storage import products as queries
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.photo_store import SHA256_PATTERN, PhotoStore
from golonline_desktop.storage.sync_state import PendingItem

from .products import ENTITY as PRODUCT_ENTITY
from .sync_blobs import BlobRef, BlobUnavailableError


def _shas(payload_text: str) -> list[str]:
    try:
        payload = json.loads(payload_text)
    except ValueError:
        return []
    found: list[str] = []
    for photo in payload.get("photos") or []:
        if isinstance(photo, dict) and isinstance(photo.get("sha256"), str):
            found.append(photo["sha256"])
    for sha in payload.get("blobs") or []:
        if isinstance(sha, str):
            found.append(sha)
    return list(dict.fromkeys(found))  # once each, in order


class ProductPhotoBlobs:
    """``BlobSource`` over ``product_photo`` and the :class:`PhotoStore`."""

    def __init__(self, store: Store, photos: PhotoStore) -> None:
        self._store = store
        self._photos = photos

    def blobs_for(self, items: Sequence[PendingItem]) -> dict[int, list[BlobRef]]:
        wanted: dict[int, list[str]] = {}
        for item in items:
            if item.entity != PRODUCT_ENTITY or item.operation == "delete":
                continue
            shas = _shas(item.payload)
            if shas:
                wanted[item.seq] = shas
        if not wanted:
            return {}
        with self._store.read() as session:
            known = queries.photo_sizes(session, {s for shas in wanted.values() for s in shas})
        out: dict[int, list[BlobRef]] = {}
        for seq, shas in wanted.items():
            out[seq] = [BlobRef(sha, self._size(sha, known)) for sha in shas]
        return out

    def _size(self, sha: str, known: dict[str, int]) -> int:
        if not SHA256_PATTERN.match(sha):
            return -1
        try:
            size = self._photos.path_for(sha).stat().st_size
        except OSError:
            return -1
        expected = known.get(sha)
        return -1 if expected is not None and expected != size else size

    def open(self, sha256: str) -> BinaryIO:
        if not SHA256_PATTERN.match(sha256):
            raise BlobUnavailableError(sha256)
        try:
            return self._photos.open(sha256)
        except OSError as exc:
            raise BlobUnavailableError(sha256) from exc
