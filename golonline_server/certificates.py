"""Certificates pushed by devices: checked against the device's key, kept for verification.

A certificate arrives through push as entity ``certificate`` (see the desktop's
``services/certificates.py`` for the payload). Before the generic apply stores it the
server checks that

* the signed fields are a valid ``GOCERT/1`` certificate,
* its number names the pushing device: the device code assigned at enrollment, or the
  provisional code derived from the public key registered at enrollment (a laptop issues
  certificates offline before it is enrolled; ``domain.device_code``),
* the signature verifies with that registered public key,
* the number is not held by another certificate, and a later version changes nothing
  signed (only the revocation may change, and only from valid to revoked).

Accepted certificates are indexed by number in the ``certificate`` table (revision
s0002), which the public verification page and ``GET /api/v1/certificates/{number}`` read.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    DateTime,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from golonline_desktop.domain.certificate import (
    CertificateData,
    CertificateNumber,
    canonical_bytes,
    from_canonical_bytes,
)
from golonline_desktop.domain.device_code import provisional_device_code
from golonline_desktop.wire import ItemResult, ItemStatus, Operation

from . import models as m
from .accounts import Device
from .security import decode_public_key
from .validation import Checked, Rejection

ENTITY = "certificate"

certificate = Table(
    "certificate",
    m.metadata,
    Column("number", String(40), primary_key=True),
    Column("entity_id", String(36), nullable=False, unique=True),
    Column("office_id", String(36), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("canonical", Text, nullable=False),
    Column("signature", String(86), nullable=False),
    Column("revoked", Boolean, nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("replaced_by", String(40), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

SIGNATURE_BYTES = 64
_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def decode_signature(text: object) -> bytes | None:
    """64 bytes from unpadded base64url, or None (the desktop's encoding, checked strictly)."""
    if not isinstance(text, str) or len(text) != 86 or not set(text) <= _B64URL:
        return None
    raw = base64.urlsafe_b64decode(text + "==")
    return raw if len(raw) == SIGNATURE_BYTES else None


def signature_ok(cert: CertificateData, signature: bytes, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, canonical_bytes(cert))
    except (InvalidSignature, ValueError):
        return False
    return True


def parse_canonical(value: object) -> CertificateData | None:
    if not isinstance(value, dict):
        return None
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    try:
        return from_canonical_bytes(text.encode("utf-8"))
    except (ValueError, TypeError, KeyError):
        return None


def device_codes(device: Device) -> set[str]:
    """The codes a device may number certificates with: its own and its provisional one."""
    codes = {device.device_code}
    key = decode_public_key(device.public_key)
    if key is not None:
        codes.add(provisional_device_code(key))
    return codes


def _reject(code: str, message: str) -> Rejection:
    return Rejection(code, message)


def check_push(conn: Connection, device: Device, checked: Checked) -> Rejection | None:
    """The certificate rules of the module docstring; None when the change may be applied."""
    change, payload = checked.change, checked.payload
    if change.operation is Operation.DELETE:
        return _reject("certificate.delete", "Certificates are revoked, never deleted.")
    cert = parse_canonical(payload.get("certificate"))
    if cert is None:
        return _reject("certificate.invalid", "The certificate fields are not a valid GOCERT/1.")
    signature = decode_signature(payload.get("signature"))
    if signature is None:
        return _reject("certificate.signature_format", "The signature must be 64 bytes base64url.")
    if not isinstance(payload.get("revoked"), bool):
        return _reject("payload.type", "Field revoked must be true or false.")
    number = cert.number
    if number.device_code not in device_codes(device):
        return _reject("certificate.wrong_device", "The certificate number names another device.")
    if number.device_code == device.device_code and number.office_code != device.office_code:
        return _reject("certificate.wrong_office", "The certificate number names another office.")
    key = decode_public_key(device.public_key)
    if key is None or not signature_ok(cert, signature, key):
        return _reject(
            "certificate.bad_signature",
            "The signature does not match the key this device registered at enrollment.",
        )
    return _check_existing(conn, change.entity_id, number, cert, payload)


def _check_existing(
    conn: Connection, entity_id: str, number: CertificateNumber, cert: CertificateData,
    payload: dict[str, Any],
) -> Rejection | None:  # fmt: skip
    c = certificate.c
    held = conn.execute(
        select(c.entity_id, c.canonical, c.signature, c.revoked).where(c.number == number.format())
    ).first()
    if held is None:
        return None
    if held.entity_id != entity_id:
        return _reject("certificate.number_taken", "Another certificate already has this number.")
    if held.canonical != canonical_bytes(cert).decode("utf-8") or (
        held.signature != payload["signature"]
    ):
        return _reject("certificate.immutable", "A certificate's signed fields never change.")
    if held.revoked and not payload["revoked"]:
        return _reject("certificate.unrevoke", "A revoked certificate stays revoked.")
    return None


def store_applied(
    conn: Connection,
    device: Device,
    accepted: list[Checked],
    results: dict[int, ItemResult],
    now: datetime,
) -> None:
    """Index the certificates this push applied (same transaction as the records)."""
    for index, checked in enumerate(accepted):
        if checked.change.entity != ENTITY:
            continue
        result = results.get(index)
        if result is None or result.status is not ItemStatus.APPLIED:
            continue
        payload = checked.payload
        cert = parse_canonical(payload["certificate"])
        assert cert is not None  # check_push passed
        values = {
            "entity_id": checked.change.entity_id,
            "office_id": device.office_id,
            "device_id": device.id,
            "version": checked.change.version,
            "canonical": canonical_bytes(cert).decode("utf-8"),
            "signature": payload["signature"],
            "revoked": payload["revoked"],
            "revoked_at": now if payload["revoked"] else None,
            "replaced_by": payload.get("replaced_by")
            if isinstance(payload.get("replaced_by"), str)
            else None,
            "updated_at": now,
        }
        number = cert.number.format()
        done = conn.execute(
            update(certificate)
            .where(certificate.c.number == number, certificate.c.version < values["version"])
            .values(**values)
        )
        if done.rowcount == 0:
            exists = conn.execute(
                select(certificate.c.number).where(certificate.c.number == number)
            ).first()
            if exists is None:
                conn.execute(insert(certificate).values(number=number, **values))


@dataclass(frozen=True)
class StoredCertificate:
    """A certificate as the verification page reads it."""

    cert: CertificateData
    signature: str
    revoked: bool
    revoked_at: datetime | None
    replaced_by: str | None
    device_public_key: bytes | None
    device_code: str


def lookup(conn: Connection, number: str) -> StoredCertificate | None:
    c, d = certificate.c, m.device.c
    row = conn.execute(
        select(
            c.canonical,
            c.signature,
            c.revoked,
            c.revoked_at,
            c.replaced_by,
            d.public_key,
            d.device_code,
        )
        .join(m.device, m.device.c.id == c.device_id)
        .where(c.number == number)
    ).first()
    if row is None:
        return None
    return StoredCertificate(
        from_canonical_bytes(row.canonical.encode("utf-8")),
        row.signature,
        row.revoked,
        row.revoked_at,
        row.replaced_by,
        decode_public_key(row.public_key),
        row.device_code,
    )
