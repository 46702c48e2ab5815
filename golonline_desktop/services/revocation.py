"""When the office revokes this laptop (lost, stolen, officer gone): lock it and wipe.

The server answers a revoked device's requests with 403 ``device_revoked``; the sync
engine hands that refusal to ``revocation_hook`` (wired in ``sync_command.build_engine``).
Then, in this order:

1. ``<data>/REVOKED.json`` is written (atomically). It is a file, not a table, so the GUI
   can see it at start before any officer unlocks the encrypted database; a marker that
   cannot be read still counts as revoked (fail closed).
2. Personal data the server already holds is removed from the laptop: businesses with
   no unsent outbox entry get their personal fields (``data_subject.PERSONAL_FIELDS``)
   replaced by markers, locally only (no version, no outbox: the server copy is the one
   that counts); the payloads of sent outbox entries (which hold those fields too) are
   blanked; the signed text of their sent certificates (owner name, masked NIK) is
   blanked; photos only referenced by sent products are deleted from the photo store.
   The search index is rebuilt and the write runs with ``secure_delete`` and a truncating
   WAL checkpoint, so the old values do not linger in free pages or the WAL file.
3. Copies of personal data outside the database are removed: every file under
   ``backups/`` (full copies of the database taken before schema upgrades and before
   encryption: every NIK the laptop ever held) and under ``exports/`` (CSV/XLSX business
   lists, marketplace upload files, audit log exports).
4. Anything not yet on the server (pending, quarantined or conflicting entries, drafts)
   is kept, still encrypted, in the database until a supervisor decides; the marker says
   how much.

Why every backup and every export, and not only those with synced data: neither can hold
the only copy of an unsent change. A backup is the live database as it was at an earlier
moment; every change since went into the live database, and nothing removes an unsent
change from it (step 2 keeps them), so whatever unsent data a backup holds the live
database holds too, in its newer form. An export is written from the database and never
read back as the record. Telling a backup's synced rows from its unsynced ones would mean
opening each old schema; it would save nothing the live database does not already keep.
Files the officer saved outside the data folder (or behind a link out of it) cannot be
reached: the office has to ask for them.

Files are unlinked, not overwritten first: on an SSD (wear levelling) or a journaling or
copy-on-write file system an overwrite does not reach the blocks that held the data, so it
would only pretend. The database itself is encrypted, and so are the backups made after
the first-run setup; a plain export was protected only by the laptop's own disk encryption
(BitLocker, LUKS) where the office turned it on.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.certificate_models import Certificate
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Business, OutboxEntry
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.photo_store import PhotoStore, atomic_write
from golonline_desktop.storage.product_models import Product, ProductPhoto

from .data_subject import PERSONAL_FIELDS
from .sync_blobs import shas_in_payload
from .sync_transport import DEVICE_REVOKED, NotAuthorizedError

log = logging.getLogger(__name__)

REVOKED_FILE = "REVOKED.json"
WIPED_NIK = "DIHAPUS"
"""Stored in place of a wiped NIK (letters: never a NIK, never matches one)."""
WIPED_NAME = "(dihapus)"
UNSENT_STATES = (
    OutboxState.PENDING.value,
    OutboxState.QUARANTINED.value,
    OutboxState.CONFLICT.value,
)
BLANK_PAYLOAD = "{}"


@dataclass(frozen=True)
class RevocationState:
    """What the marker file says. ``revoked_at`` is None when the file was unreadable."""

    revoked_at: datetime | None
    message: str = ""
    wipe_complete: bool = False
    wiped_businesses: int = 0
    kept_businesses: int = 0  # with changes the server never received
    kept_changes: int = 0  # unsent outbox entries
    removed_photos: int = 0
    removed_backups: int = 0
    removed_exports: int = 0
    unremoved_files: int = 0  # could not be removed (in use, no permission): try again

    def to_json(self) -> str:
        data = asdict(self)
        data["revoked_at"] = self.revoked_at.isoformat() if self.revoked_at else None
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def revocation_path(paths: DataPaths) -> Path:
    return paths.root / REVOKED_FILE


def is_revoked(paths: DataPaths) -> RevocationState | None:
    """The revocation of this data folder, or None. Check it before showing the login."""
    path = revocation_path(paths)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RevocationState(
            revoked_at=datetime.fromisoformat(data["revoked_at"]),
            message=str(data.get("message", "")),
            wipe_complete=bool(data.get("wipe_complete", False)),
            wiped_businesses=int(data.get("wiped_businesses", 0)),
            kept_businesses=int(data.get("kept_businesses", 0)),
            kept_changes=int(data.get("kept_changes", 0)),
            removed_photos=int(data.get("removed_photos", 0)),
            removed_backups=int(data.get("removed_backups", 0)),
            removed_exports=int(data.get("removed_exports", 0)),
            unremoved_files=int(data.get("unremoved_files", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return RevocationState(revoked_at=None)  # fail closed: a damaged marker still locks


def _write_marker(paths: DataPaths, state: RevocationState) -> None:
    atomic_write(revocation_path(paths), state.to_json().encode("utf-8"))


class RevocationService:
    def __init__(self, store: Store, paths: DataPaths, clock: Clock) -> None:
        self._store = store
        self._paths = paths
        self._clock = clock

    def handle_revocation(self, message: str = "") -> RevocationState:
        """Write the marker, then wipe what the server holds; safe to call again."""
        now = self._clock.now()
        previous = is_revoked(self._paths)
        revoked_at = previous.revoked_at if previous and previous.revoked_at else now
        _write_marker(self._paths, RevocationState(revoked_at, message))
        with self._store.write() as session:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            wiped, kept, kept_changes, photos = self._wipe(session)
            record_audit(
                session,
                at=now,
                officer_id=None,
                action="device.revoked",
                details={
                    "wiped_businesses": wiped,
                    "kept_businesses": kept,
                    "kept_changes": kept_changes,
                    "removed_photos": len(photos),
                },
            )
        removed = self._remove_photos(photos)
        self._checkpoint()
        backups, backups_left = remove_folder_contents(self._paths.backups)
        exports, exports_left = remove_folder_contents(self._paths.exports)
        left = backups_left + exports_left
        state = RevocationState(
            revoked_at,
            message,
            wipe_complete=left == 0,
            wiped_businesses=wiped,
            kept_businesses=kept,
            kept_changes=kept_changes,
            removed_photos=removed,
            removed_backups=backups,
            removed_exports=exports,
            unremoved_files=left,
        )
        _write_marker(self._paths, state)
        return state

    # -- steps -----------------------------------------------------------------------------

    def _wipe(self, session: Session) -> tuple[int, int, int, set[str]]:
        unsent = list(
            session.execute(
                select(OutboxEntry.entity, OutboxEntry.entity_id, OutboxEntry.payload).where(
                    OutboxEntry.state.in_(UNSENT_STATES)
                )
            )
        )
        unsent_ids: dict[str, set[str]] = {}
        protected: set[str] = set()  # photos an unsent change still needs
        for entity, entity_id, payload in unsent:
            unsent_ids.setdefault(entity, set()).add(entity_id)
            protected.update(_blobs(payload))
        kept = unsent_ids.get("business", set())
        wiped = 0
        for row in session.scalars(select(Business)):
            if row.id in kept or row.nik == WIPED_NIK:
                continue
            row.owner_name = WIPED_NAME
            row.nik = WIPED_NIK
            for name in PERSONAL_FIELDS[2:]:
                setattr(row, name, None)
            wiped += 1
        session.flush()
        certificates = unsent_ids.get("certificate", set())
        session.execute(
            update(Certificate)
            .where(Certificate.id.not_in(certificates), Certificate.business_id.not_in(kept))
            .values(canonical=BLANK_PAYLOAD)
        )
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.state == OutboxState.DONE.value)
            .values(payload=BLANK_PAYLOAD)
        )
        unsent_products = unsent_ids.get("product", set())
        owner = {p: b for p, b in session.execute(select(Product.id, Product.business_id))}
        sent: set[str] = set()
        for product_id, sha in session.execute(
            select(ProductPhoto.product_id, ProductPhoto.sha256)
        ):
            # Photos of unsent products, or of any product of a kept business, stay.
            if product_id in unsent_products or owner.get(product_id) in kept:
                protected.add(sha)
            else:
                sent.add(sha)
        session.execute(text("INSERT INTO business_search(business_search) VALUES('optimize')"))
        return wiped, len(kept), len(unsent), sent - protected

    def _remove_photos(self, shas: Iterable[str]) -> int:
        store = PhotoStore(self._paths.photos)
        removed = 0
        for sha in shas:
            try:
                store.path_for(sha).unlink()
                removed += 1
            except FileNotFoundError:
                pass
            with contextlib.suppress(FileNotFoundError):
                store.thumb_path(sha).unlink()
        return removed

    def _checkpoint(self) -> None:
        """Move the WAL into the file and truncate it: old page images must not linger."""
        raw = self._store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()


def remove_folder_contents(folder: Path) -> tuple[int, int]:
    """Unlink every file under ``folder`` (kept itself); returns (removed, not removed).

    Symbolic links are removed, never followed: a link to a folder elsewhere does not make
    this delete the officer's other files. Emptied subfolders are removed too.
    """
    removed = failed = 0
    if not folder.is_dir() or folder.is_symlink():
        return removed, failed
    for parent, folders, files in os.walk(folder, topdown=False):
        base = Path(parent)
        for name in files:
            try:
                (base / name).unlink()
                removed += 1
            except FileNotFoundError:
                pass
            except OSError:
                log.warning("revocation: could not remove %s", base / name)
                failed += 1
        for name in folders:
            path = base / name
            if not path.is_symlink():
                with contextlib.suppress(OSError):  # left non-empty: its files are counted
                    path.rmdir()
                continue
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass
            except OSError:
                log.warning("revocation: could not remove %s", path)
                failed += 1
    return removed, failed


def _blobs(payload: str) -> set[str]:
    try:
        data = json.loads(payload)
    except ValueError:
        return set()
    return set(shas_in_payload(data)) if isinstance(data, dict) else set()


def revocation_hook(
    store: Store, paths: DataPaths, clock: Clock
) -> Callable[[NotAuthorizedError], None]:
    """For ``SyncEngine(on_not_authorized=...)``: acts on ``device_revoked`` only.

    A wrong or unknown token means "enroll again", not "wipe".
    """
    service = RevocationService(store, paths, clock)

    def on_not_authorized(refusal: NotAuthorizedError) -> None:
        if refusal.code == DEVICE_REVOKED:
            service.handle_revocation(str(refusal))

    return on_not_authorized
