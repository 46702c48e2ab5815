"""What a revoked laptop had not sent yet: a supervisor hands it over, or erases it (issue 7).

When the office revokes a laptop, what the server already holds is wiped from it
(``services.revocation``); what was not sent — pending, refused or conflicting changes and
the photos they name — stays, encrypted, until a supervisor decides. Two decisions:

* **hand over**: ``export_handover`` writes those changes to a file encrypted with a
  passphrase the supervisor chooses; another laptop of the same office reads it with
  ``import_handover``, and its sync sends the changes with their original ids and
  versions, so the server still applies each exactly once (a change the revoked laptop
  did manage to send is answered "replayed");
* **erase**: ``erase_data_folder`` removes everything but the revocation marker and the
  (redacted) logs.

The file: ``MAGIC``, a 4-byte header length, a JSON header (format, Argon2id cost, salt,
nonce), then AES-256-GCM of a zip (``manifest.json``, ``entries.jsonl``,
``photos/<sha256>``) under the key Argon2id derives from the passphrase, with the header
as associated data. A wrong passphrase and a changed byte are told apart from nothing:
both fail authentication, and nothing is imported.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.models import Office, OutboxEntry
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.photo_store import PhotoStore, atomic_write, sha256_hex
from golonline_desktop.storage.vault import DEFAULT_KDF, KdfParams, derive_key

from .actor import Actor
from .app import App
from .permissions import Permission, require
from .revocation import revocation_path
from .sync_blobs import shas_in_payload

MAGIC = b"GOLONLINE-HANDOVER\n"
FORMAT = "golonline-handover/1"
UNSENT_STATES = (
    OutboxState.PENDING.value,
    OutboxState.QUARANTINED.value,
    OutboxState.CONFLICT.value,
)
MIN_PASSPHRASE = 10
# A file names its own Argon2id cost; a hostile one must not make this laptop spend GiBs.
MAX_KDF = KdfParams(time_cost=16, memory_kib=1_048_576, parallelism=8)
KEPT_ON_ERASE = ("logs",)  # plus the revocation marker


class HandoverError(Exception):
    """The file cannot be used; ``message`` is English source text (context "Handover")."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params


@dataclass(frozen=True)
class HandoverSummary:
    changes: int
    photos: int
    skipped: int = 0  # import: changes this laptop already had


def export_handover(
    app: App, target: Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> HandoverSummary:
    """Write the unsent changes and their photos to ``target``, encrypted (supervisor only)."""
    require(app.actor, Permission.HAND_OVER_REVOKED_DATA)
    _check_passphrase(passphrase)
    photos = PhotoStore(app.paths.photos)
    entries, shas = _unsent(app)
    present = [sha for sha in shas if photos.has(sha)]
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:  # photos are JPEG already
        manifest = {
            "format": FORMAT,
            "created_at": app.clock.now().isoformat(),
            "office_code": _office_code(app),
            "changes": len(entries),
            "photos": present,
            "missing_photos": [sha for sha in shas if sha not in present],
        }
        zf.writestr("manifest.json", json.dumps(manifest, sort_keys=True))
        zf.writestr("entries.jsonl", "".join(json.dumps(e, sort_keys=True) + "\n" for e in entries))
        for sha in present:
            zf.writestr(f"photos/{sha}", photos.read_bytes(sha))
    atomic_write(target, _seal(archive.getvalue(), passphrase, kdf))
    summary = HandoverSummary(changes=len(entries), photos=len(present))
    with app.store.write() as session:
        record_audit(
            session,
            at=app.clock.now(),
            officer_id=app.actor.officer_id,
            action="handover.export",
            details={**asdict(summary), "file": target.name},
        )
    return summary


def unsent_summary(app: App) -> HandoverSummary:
    """How many changes and photos a handover would carry (what the supervisor decides on)."""
    entries, shas = _unsent(app)
    photos = PhotoStore(app.paths.photos)
    return HandoverSummary(changes=len(entries), photos=sum(photos.has(sha) for sha in shas))


def import_handover(app: App, source: Path, passphrase: str) -> HandoverSummary:
    """Queue a handover file's changes in this laptop's outbox, once, with their photos.

    A supervisor's decision too: the changes are another officer's work.
    """
    require(app.actor, Permission.HAND_OVER_REVOKED_DATA)
    zf = zipfile.ZipFile(io.BytesIO(_open(source.read_bytes(), passphrase)))
    try:
        manifest = json.loads(zf.read("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise HandoverError(QT_TRANSLATE_NOOP("Handover", "This is not a handover file."))
        if manifest.get("office_code") != _office_code(app):
            raise HandoverError(
                QT_TRANSLATE_NOOP(
                    "Handover",
                    "This handover file comes from another office: only a laptop of the same "
                    "office can send its changes.",
                )
            )
        entries = [_checked(json.loads(line)) for line in zf.read("entries.jsonl").splitlines()]
        photos = PhotoStore(app.paths.photos)
        for sha in manifest.get("photos", []):
            data = zf.read(f"photos/{sha}")
            if sha256_hex(data) != sha:
                raise HandoverError(
                    QT_TRANSLATE_NOOP("Handover", "A photo in the file is damaged.")
                )
            photos.put_bytes(data)  # content-addressed: a photo held already is kept as is
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise HandoverError(QT_TRANSLATE_NOOP("Handover", "The handover file is damaged.")) from exc
    finally:
        zf.close()
    added = skipped = 0
    now = app.clock.now()
    with app.store.write() as session:
        for e in entries:
            held = session.scalar(
                select(OutboxEntry.seq).where(
                    OutboxEntry.entity == e["entity"],
                    OutboxEntry.entity_id == e["entity_id"],
                    OutboxEntry.version == e["version"],
                )
            )
            if held is not None:
                skipped += 1
                continue
            session.add(
                OutboxEntry(
                    entity=e["entity"],
                    entity_id=e["entity_id"],
                    version=e["version"],
                    base_version=e["base_version"],
                    operation=e["operation"],
                    payload=e["payload"],
                    payload_hash=e["payload_hash"],
                    state=OutboxState.PENDING.value,
                    attempts=0,
                    created_at=now,
                )
            )
            added += 1
        summary = HandoverSummary(changes=added, photos=len(manifest["photos"]), skipped=skipped)
        record_audit(
            session,
            at=now,
            officer_id=app.actor.officer_id,
            action="handover.import",
            details={**asdict(summary), "file": source.name, "exported_at": manifest["created_at"]},
        )
    return summary


def erase_data_folder(paths: DataPaths, actor: Actor, at: datetime) -> list[str]:
    """Remove a revoked laptop's data (supervisor only); returns the names removed.

    Kept: the revocation marker (the app must go on saying the laptop is revoked) and the
    logs, which never hold a NIK or a phone number (``logging_setup``). Files are
    unlinked, not overwritten: on an SSD or a journaling file system overwriting in place
    does not reach the old blocks; the database was encrypted all along.
    """
    require(actor, Permission.HAND_OVER_REVOKED_DATA)
    marker = revocation_path(paths)
    removed = []
    for item in sorted(paths.root.iterdir()):
        if item == marker or item.name in KEPT_ON_ERASE:
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item)
        else:
            item.unlink()
        removed.append(item.name)
    state = json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else {}
    state["erased_at"] = at.isoformat()
    atomic_write(marker, json.dumps(state, indent=2).encode("utf-8"))
    return removed


# -- the file --------------------------------------------------------------------------


def _office_code(app: App) -> str | None:
    """The office's code ("JKP01"): the same on every laptop of the office, unlike its id."""
    with app.store.read() as session:
        return session.scalar(select(Office.code).where(Office.id == app.actor.office_id))


def _unsent(app: App) -> tuple[list[dict[str, Any]], list[str]]:
    """The unsent outbox entries in push order, and the photo hashes they name."""
    with app.store.read() as session:
        rows = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.state.in_(UNSENT_STATES))
            .order_by(OutboxEntry.seq)
        ).all()
        entries = [_entry_dict(row) for row in rows]
    shas = sorted({sha for e in entries for sha in shas_in_payload(json.loads(e["payload"]))})
    return entries, shas


def _entry_dict(row: OutboxEntry) -> dict[str, Any]:
    return {
        "entity": row.entity,
        "entity_id": row.entity_id,
        "version": row.version,
        "base_version": row.base_version,
        "operation": row.operation,
        "payload": row.payload,
        "payload_hash": row.payload_hash,
        "state": row.state,
    }


ENTRY_FIELDS = {
    "entity": str,
    "entity_id": str,
    "version": int,
    "base_version": int,
    "operation": str,
    "payload": str,
    "payload_hash": str,
}


def _checked(entry: Any) -> dict[str, Any]:
    """An entry of the file with every field there and of its type (else ValueError)."""
    if not isinstance(entry, dict) or any(
        not isinstance(entry.get(name), kind) for name, kind in ENTRY_FIELDS.items()
    ):
        raise ValueError("malformed entry")
    if sha256_hex(entry["payload"].encode("utf-8")) != entry["payload_hash"]:
        raise ValueError("payload does not match its hash")
    return entry


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise HandoverError(
            QT_TRANSLATE_NOOP("Handover", "The passphrase needs at least {n} characters."),
            n=MIN_PASSPHRASE,
        )


def _seal(data: bytes, passphrase: str, kdf: KdfParams) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps(
        {"format": FORMAT, "kdf": asdict(kdf), "salt": salt.hex(), "nonce": nonce.hex()},
        sort_keys=True,
    ).encode("utf-8")
    key = derive_key(passphrase, salt, kdf)
    return (
        MAGIC + len(header).to_bytes(4, "big") + header + AESGCM(key).encrypt(nonce, data, header)
    )


def _open(blob: bytes, passphrase: str) -> bytes:
    if not blob.startswith(MAGIC):
        raise HandoverError(QT_TRANSLATE_NOOP("Handover", "This is not a handover file."))
    rest = blob[len(MAGIC) :]
    try:
        size = int.from_bytes(rest[:4], "big")
        header_bytes = rest[4 : 4 + size]
        header = json.loads(header_bytes)
        kdf = KdfParams(**header["kdf"])
        salt, nonce = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"])
        if not (
            0 < kdf.time_cost <= MAX_KDF.time_cost and 0 < kdf.memory_kib <= MAX_KDF.memory_kib
        ):
            raise ValueError("the file asks for more than Argon2id is allowed here")
        if not 0 < kdf.parallelism <= MAX_KDF.parallelism:
            raise ValueError("the file asks for more lanes than allowed")
    except (ValueError, KeyError, TypeError) as exc:
        raise HandoverError(QT_TRANSLATE_NOOP("Handover", "The handover file is damaged.")) from exc
    key = derive_key(passphrase, salt, kdf)
    try:
        return AESGCM(key).decrypt(nonce, rest[4 + size :], header_bytes)
    except InvalidTag as exc:
        raise HandoverError(
            QT_TRANSLATE_NOOP(
                "Handover", "Wrong passphrase, or the file was changed after it was written."
            )
        ) from exc
