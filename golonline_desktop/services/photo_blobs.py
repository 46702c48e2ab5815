"""The photo store as the sync engine's ``BlobSource``: product photos go up before products.

A product's outbox payload names its photos (``photos[].sha256`` and ``blobs``); this
source answers which blobs each pending product entry references and with which size,
reading the size from the stored file (the bytes that will be sent). A file that is
missing, or whose size differs from the one recorded in ``product_photo.bytes`` (a damaged
copy), is reported with size -1, which the engine quarantines as a missing photo instead
of uploading bytes the server would refuse.

It also collects the photo files nobody needs any more (:func:`collect_photos`, run by
``doctor --collect-photos`` and after each successful sync pass that sent changes: ~170 ms
for 3,000 files and 1,000 products). A file goes only when all of these hold:

* no live product's photo row names it (a tombstoned product's photos go once the
  tombstone has reached the server; its restore would need the photos added again);
* no draft names it (an unsaved product may be its only user);
* no outbox entry that still has to reach the server (pending, quarantined, in conflict)
  names it. This is the sync state that says a blob is on the server: the engine uploads
  the blobs an entry names before it pushes the entry, and marks the entry ``done`` only
  when the server confirmed it, so a hash named only by ``done`` entries is on the server;
  one named by no entry at all (an import never saved) or only by ``superseded`` ones was
  never needed by sync;
* it was stored (or re-added) longer ago than the grace period, by the app's clock.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage import products as queries
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Draft, OutboxEntry
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.photo_store import SHA256_PATTERN, PhotoStore
from golonline_desktop.storage.product_models import Product, ProductPhoto
from golonline_desktop.storage.sync_state import PendingItem

from .products import ENTITY as PRODUCT_ENTITY
from .sync_blobs import BlobRef, BlobUnavailableError

log = logging.getLogger(__name__)

DEFAULT_PHOTO_GRACE = timedelta(days=7)
"""How long an unreferenced photo file stays before :func:`collect_photos` may delete it."""
UNSENT_STATES = (
    OutboxState.PENDING.value,
    OutboxState.QUARANTINED.value,
    OutboxState.CONFLICT.value,
)


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


# -- garbage collection ------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoReferences:
    """Who still needs which photo file, read in one transaction."""

    live: frozenset[str]  # photo rows of live products
    drafts: frozenset[str]  # unsaved forms (product drafts)
    unsent: frozenset[str]  # outbox entries the server has not confirmed yet

    @property
    def keep(self) -> set[str]:
        return set(self.live | self.drafts | self.unsent)


@dataclass(frozen=True)
class PhotoCollection:
    """What :func:`collect_photos` did: the files removed and what the rest were kept for."""

    removed: tuple[str, ...]
    stored: int  # photo files before collecting
    kept_live: int
    kept_draft: int
    kept_unsent: int
    kept_young: int  # needed by nobody but inside the grace period


def _hashes_in(value: Any) -> Iterator[str]:
    """Every SHA-256-looking string anywhere in a JSON value (keeping too much is safe)."""
    if isinstance(value, str):
        if SHA256_PATTERN.match(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _hashes_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _hashes_in(item)


def _hashes_in_json(text: str | None) -> set[str]:
    try:
        return set(_hashes_in(json.loads(text or "null")))
    except ValueError:
        return set()


def photo_references(session: Session) -> PhotoReferences:
    live = session.scalars(
        select(ProductPhoto.sha256)
        .join(Product, Product.id == ProductPhoto.product_id)
        .where(Product.deleted.is_(False))
        .distinct()
    )
    drafts: set[str] = set()
    for content in session.scalars(select(Draft.content)):
        drafts |= _hashes_in_json(content)
    unsent: set[str] = set()
    for payload in session.scalars(
        select(OutboxEntry.payload).where(OutboxEntry.state.in_(UNSENT_STATES))
    ):
        unsent |= _hashes_in_json(payload)
    return PhotoReferences(frozenset(live), frozenset(drafts), frozenset(unsent))


def collect_photos(
    store: Store, photos: PhotoStore, clock: Clock, grace: timedelta = DEFAULT_PHOTO_GRACE
) -> PhotoCollection:
    """Delete the photo files no record, draft or unsent change needs, once past ``grace``.

    The references are read first and the files judged after: a photo that becomes
    needed in between is either young (just stored or re-added: the grace period keeps
    it) or was already named by a row, a draft or an entry when they were read.
    """
    with store.read() as session:
        refs = photo_references(session)
    stored = set(photos.iter_shas())
    keep = refs.keep
    candidates = stored - keep
    removed = photos.collect_garbage(keep, candidates, grace, clock.now())
    return PhotoCollection(
        removed=tuple(removed),
        stored=len(stored),
        kept_live=len(stored & refs.live),
        kept_draft=len((stored & refs.drafts) - refs.live),
        kept_unsent=len((stored & refs.unsent) - refs.live - refs.drafts),
        kept_young=len(candidates) - len(removed),
    )


def _photo_store_beside(store: Store) -> PhotoStore | None:
    """The photo store of the data folder that holds ``store``'s database file."""
    database = store.engine.url.database
    if not database or database == ":memory:":
        return None
    paths = DataPaths(Path(database).parent)
    return PhotoStore(paths.photos) if paths.photos.is_dir() else None


def collect_after_sync(store: Store, clock: Clock) -> PhotoCollection | None:
    """The sync engine's call after a successful pass; never raises (sync is done anyway)."""
    try:
        photos = _photo_store_beside(store)
        if photos is None:
            return None
        collection = collect_photos(store, photos, clock)
    except Exception:
        log.exception("photo collection after sync failed")
        return None
    if collection.removed:
        log.info("removed %d photo files no longer needed", len(collection.removed))
    return collection
