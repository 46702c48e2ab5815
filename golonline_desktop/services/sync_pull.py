"""Applying changes the server sends back (edits made centrally, e.g. by a supervisor).

A central edit is applied only to a record this laptop has and has not edited since its
last confirmed push; when the officer has an unconfirmed edit of the same record, the
central one is kept as a conflict for the officer to decide (``services.sync_conflicts``),
never silently overwritten either way. Echoes of our own pushes (version not newer than
ours, with no unconfirmed local edit) are skipped.

A business or drive this laptop does not have (made on another laptop or centrally) is
created from the payload, at the server's version and with no outbox entry (the server
has it already), when every foreign key resolves here: the officers (``created_by``,
``updated_by``, a drive's ``officer_id``), the office, and the drive. A foreign key may be
left empty only when the payload itself has none: emptying a drive link the server has
would be pushed back by the next local edit and cut the link there too. Otherwise the
change stays ``UNKNOWN`` and the reason goes to the sync log (``sync.pull_unknown``).
Times a payload lacks (a drive's ``created_at``/``updated_at``) become the time it was
received; any other required field missing also keeps the change ``UNKNOWN``.

``officer`` changes (``services/officers.py``: name, NIP, role, username, active; never
anything about a password) give this laptop the office's other officers, so their
businesses and drives resolve here. Offices are rows of their own on each laptop (the same
code, another id): a pulled officer joins this laptop's office. A pulled officer cannot
log in here (no key wrap in ``keys.json``); one deactivated centrally is refused at login
on a laptop where they can. A username another officer of this laptop already has is
left empty rather than taken.

Two entities only serve offline certificate verification (``CertificateService.verify_url``):

* ``device`` (the server's ``accounts._log_device``) puts the device's public key in
  ``known_device``; a revoked device keeps its key there, marked revoked, so its
  certificates still check but the screen says the device was revoked. This laptop's own
  device is skipped (its key is its own).
* ``certificate`` of another device goes to ``peer_certificate``: the signed fields
  (re-checked as a ``GOCERT/1`` certificate, whose NIK is masked), the signature and the
  revocation; a later version updates the revocation. One this laptop issued is skipped.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, select
from sqlalchemy.orm import Session

from golonline_desktop import wire
from golonline_desktop.domain.certificate import canonical_bytes, from_canonical_bytes
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.certificate_models import (
    Certificate,
    KnownDevice,
    PeerCertificate,
)
from golonline_desktop.storage.models import Base, Business, Office, Officer, RegistrationDrive
from golonline_desktop.storage.sync_state import (
    DeviceEnrollment,
    add_log,
    has_local_edit,
    record_conflict,
)
from golonline_desktop.storage.types import UtcDateTime

from .certificate_signing import KEY_LENGTH, SIGNATURE_LENGTH, b64url_decode

APPLIED_MODELS: dict[str, type[Base]] = {
    "business": Business,
    "registration_drive": RegistrationDrive,
}
UNKNOWN_LOG_CODE = "sync.pull_unknown"
RECEIVED_AT_COLUMNS = frozenset({"created_at", "updated_at"})


class PullOutcome:
    APPLIED = "applied"
    SKIPPED = "skipped"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"


class _UnusableError(ValueError):
    """Why a payload cannot become a local record (English; goes to the sync log)."""


def _convert(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(column.type, UtcDateTime) and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def _copyable_columns(model: type[Base]) -> list[Any]:
    """Plain data columns: not the key, not the version, not foreign keys (see module doc)."""
    table = model.__table__
    return [
        c
        for c in table.columns  # type: ignore[attr-defined]
        if not c.primary_key and not c.foreign_keys and c.name != "version"
    ]


def _foreign_key_columns(model: type[Base]) -> list[Any]:
    return [c for c in model.__table__.columns if c.foreign_keys]  # type: ignore[attr-defined]


def resolves_locally(session: Session, column: Any, value: Any) -> bool:
    """Whether the row a foreign key ``column`` points to with ``value`` exists here."""
    target = next(iter(column.foreign_keys)).column
    return session.execute(select(target).where(target == value).limit(1)).first() is not None


def copy_payload(
    session: Session, model: type[Base], row: Any, payload: dict[str, Any]
) -> list[str]:
    """Copy a server payload onto an existing local row; returns the columns changed.

    Plain columns are copied; a foreign key only when its target exists on this laptop
    (an officer or drive unknown here keeps the local value). The version is the caller's.
    """
    changed = []
    for column in _copyable_columns(model):
        if column.name in payload:
            value = _convert(column, payload[column.name])
            if getattr(row, column.key) != value:
                setattr(row, column.key, value)
                changed.append(column.name)
    for column in _foreign_key_columns(model):
        value = payload.get(column.name)
        if column.name not in payload or getattr(row, column.key) == value:
            continue
        if value is None and not column.nullable:
            continue
        if value is None or resolves_locally(session, column, value):
            setattr(row, column.key, value)
            changed.append(column.name)
    return changed


def _new_row(session: Session, model: type[Base], change: wire.ServerChange, at: datetime) -> Base:
    """The local row for a record this laptop does not have, or ``_UnusableError`` saying why."""
    try:
        payload = json.loads(change.payload)
    except (TypeError, ValueError) as exc:
        raise _UnusableError("the payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise _UnusableError("the payload is not an object")
    if payload.get("id", change.entity_id) != change.entity_id:
        raise _UnusableError("the payload names another id")
    values: dict[str, Any] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.primary_key:
            values[column.key] = change.entity_id
            continue
        if column.name == "version":
            values[column.key] = change.version
            continue
        try:
            value = _convert(column, payload.get(column.name))
        except (TypeError, ValueError) as exc:
            raise _UnusableError(f"{column.name} has an unreadable value") from exc
        if value is None and column.name in RECEIVED_AT_COLUMNS:
            value = at  # a drive's payload has no times: when it reached this laptop
        if value is None:
            if column.nullable or column.default is not None:
                continue  # empty, or the column's default (e.g. deleted = False)
            raise _UnusableError(f"{column.name} is missing")
        if column.foreign_keys and not resolves_locally(session, column, value):
            raise _UnusableError(f"{column.name} {value} is not on this laptop")
        values[column.key] = value
    if change.operation == wire.Operation.DELETE and "deleted" in model.__table__.columns:  # type: ignore[attr-defined]
        values["deleted"] = True
    return model(**values)


def _log_unusable(
    session: Session, change: wire.ServerChange, at: datetime, why: _UnusableError
) -> str:
    add_log(
        session,
        at=at,
        level="warning",
        code=UNKNOWN_LOG_CODE,
        message=(
            f"{change.entity} {change.entity_id} version {change.version} from the server "
            f"was not added to this laptop: {why}."
        ),
    )
    return PullOutcome.UNKNOWN


def _create(session: Session, model: type[Base], change: wire.ServerChange, at: datetime) -> str:
    try:
        row = _new_row(session, model, change, at)
    except _UnusableError as why:
        return _log_unusable(session, change, at, why)
    session.add(row)
    session.flush()
    record_audit(
        session,
        at=at,
        officer_id=None,
        action="sync.pull_create",
        entity=change.entity,
        entity_id=change.entity_id,
        details={"version": change.version},
    )
    return PullOutcome.APPLIED


# -- verification-only entities ------------------------------------------------------------


def _payload_object(change: wire.ServerChange) -> dict[str, Any]:
    try:
        payload = json.loads(change.payload)
    except (TypeError, ValueError) as exc:
        raise _UnusableError("the payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise _UnusableError("the payload is not an object")
    return payload


def _apply_device(session: Session, change: wire.ServerChange, at: datetime) -> str:
    """Learn (or update) another device's public key; see the module docstring."""
    try:
        payload = _payload_object(change)
        code = payload.get("device_code")
        if not isinstance(code, str) or not 2 <= len(code) <= 8:
            raise _UnusableError("the device code is missing")
        key = payload.get("public_key")
        try:
            valid_key = isinstance(key, str) and len(b64url_decode(key)) == KEY_LENGTH
        except ValueError:
            valid_key = False
        if not valid_key:
            raise _UnusableError("the public key is not a 32-byte base64url key")
    except _UnusableError as why:
        return _log_unusable(session, change, at, why)
    own = session.scalars(select(DeviceEnrollment).limit(1)).first()
    if own is not None and (own.device_code == code or own.device_id == change.entity_id):
        return PullOutcome.SKIPPED
    revoked = payload.get("revoked") is True or change.operation == wire.Operation.DELETE
    row = session.get(KnownDevice, code)
    if row is None:
        session.add(KnownDevice(device_code=code, device_id=change.entity_id, public_key=key,
                                revoked=revoked, learned_at=at))  # fmt: skip
        return PullOutcome.APPLIED
    if row.revoked and row.public_key == key:
        return PullOutcome.SKIPPED  # revocation is final: an older change changes nothing
    row.device_id = change.entity_id
    row.public_key = key
    row.revoked = revoked
    row.learned_at = at
    return PullOutcome.APPLIED


def _peer_values(change: wire.ServerChange) -> dict[str, Any]:
    """The ``peer_certificate`` columns of a certificate change, or ``_UnusableError``."""
    payload = _payload_object(change)
    fields = payload.get("certificate")
    if not isinstance(fields, dict):
        raise _UnusableError("the certificate fields are missing")
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    try:
        # Refuses anything but a GOCERT/1 certificate, among others an unmasked NIK.
        cert = from_canonical_bytes(text.encode("utf-8"))
    except (ValueError, TypeError, KeyError) as exc:
        raise _UnusableError("the certificate fields are not a valid GOCERT/1") from exc
    signature = payload.get("signature")
    try:
        valid = isinstance(signature, str) and len(b64url_decode(signature)) == SIGNATURE_LENGTH
    except ValueError:
        valid = False
    if not valid:
        raise _UnusableError("the signature is not 64 bytes of base64url")
    revoked_at = payload.get("revoked_at")
    try:
        revoked_at = _convert(PeerCertificate.__table__.c.revoked_at, revoked_at)
    except (TypeError, ValueError) as exc:
        raise _UnusableError("revoked_at has an unreadable value") from exc
    replaced_by = payload.get("replaced_by")
    return {
        "number": cert.number.format(),
        "device_code": cert.number.device_code,
        "canonical": canonical_bytes(cert).decode("utf-8"),
        "signature": signature,
        "revoked": payload.get("revoked") is True,
        "revoked_at": revoked_at,
        "replaced_by": replaced_by if isinstance(replaced_by, str) else None,
    }


def _apply_peer_certificate(session: Session, change: wire.ServerChange, at: datetime) -> str:
    """Keep another device's certificate for verification; see the module docstring."""
    if session.get(Certificate, change.entity_id) is not None:
        return PullOutcome.SKIPPED  # issued here: the ``certificate`` table has it
    try:
        if change.operation == wire.Operation.DELETE:
            raise _UnusableError("certificates are revoked, never deleted")
        values = _peer_values(change)
    except _UnusableError as why:
        return _log_unusable(session, change, at, why)
    row = session.scalars(
        select(PeerCertificate).where(PeerCertificate.certificate_id == change.entity_id)
    ).first()
    if row is None:
        if session.get(PeerCertificate, values["number"]) is not None:
            why = _UnusableError(f"another certificate already has number {values['number']}")
            return _log_unusable(session, change, at, why)
        session.add(PeerCertificate(certificate_id=change.entity_id, version=change.version,
                                    learned_at=at, **values))  # fmt: skip
        return PullOutcome.APPLIED
    if change.version <= row.version:
        return PullOutcome.SKIPPED
    if (values["number"], values["canonical"]) != (row.number, row.canonical):
        why = _UnusableError("a later version changes the signed fields")
        return _log_unusable(session, change, at, why)
    row.signature = values["signature"]
    row.revoked = row.revoked or values["revoked"]  # a revoked certificate stays revoked
    row.revoked_at = row.revoked_at or values["revoked_at"]
    row.replaced_by = values["replaced_by"] or row.replaced_by
    row.version = change.version
    row.learned_at = at
    return PullOutcome.APPLIED


def _apply_officer(session: Session, change: wire.ServerChange, at: datetime) -> str:
    """Add or update another officer of the office; see the module docstring."""
    try:
        payload = _payload_object(change)
        name = payload.get("name")
        role = payload.get("role")
        if not isinstance(name, str) or not name.strip():
            raise _UnusableError("the officer has no name")
        if role not in ("petugas", "supervisor"):
            raise _UnusableError(f"the role {role!r} is not known")
        office_id = session.scalar(select(Office.id).limit(1))
        if office_id is None:
            raise _UnusableError("this laptop has no office yet")
    except _UnusableError as why:
        return _log_unusable(session, change, at, why)
    nip = payload.get("nip") if isinstance(payload.get("nip"), str) else None
    username = payload.get("username") if isinstance(payload.get("username"), str) else None
    row = session.get(Officer, change.entity_id)
    if username is not None:
        holder = session.scalar(select(Officer.id).where(Officer.username == username))
        if holder is not None and holder != change.entity_id:
            username = None  # taken here by someone else: keep theirs
    values = {
        "name": name.strip(),
        "nip": nip,
        "role": role,
        "active": payload.get("active") is not False,
    }
    if row is None:
        session.add(Officer(id=change.entity_id, office_id=office_id, created_at=at,
                            username=username, **values))  # fmt: skip
        action = "sync.pull_create"
    else:
        for key, value in values.items():
            setattr(row, key, value)
        if username is not None:
            row.username = username
        action = "sync.pull_apply"
    session.flush()
    record_audit(
        session,
        at=at,
        officer_id=None,
        action=action,
        entity="officer",
        entity_id=change.entity_id,
        details={"version": change.version},
    )
    return PullOutcome.APPLIED


VERIFICATION_ENTITIES = {"device": _apply_device, "certificate": _apply_peer_certificate}
OWN_RULES = {**VERIFICATION_ENTITIES, "officer": _apply_officer}


def apply_server_change(session: Session, change: wire.ServerChange, at: datetime) -> str:
    own_rule = OWN_RULES.get(change.entity)
    if own_rule is not None:
        return own_rule(session, change, at)
    model = APPLIED_MODELS.get(change.entity)
    if model is None:
        return PullOutcome.UNKNOWN
    row = session.get(model, change.entity_id)
    if row is None:
        return _create(session, model, change, at)
    local_version: int = row.version  # type: ignore[attr-defined]
    if change.version < local_version:
        return PullOutcome.SKIPPED
    # The server never sends our own changes back, so the same version number with an
    # unconfirmed local edit is another laptop's edit of the same base: a conflict.
    if has_local_edit(session, change.entity, change.entity_id):
        record_conflict(
            session,
            at=at,
            entity=change.entity,
            entity_id=change.entity_id,
            local_version=local_version,
            server_version=change.version,
            server_payload=change.payload,
            source="pull",
            message="Changed on the server while this laptop has an unsent edit.",
        )
        return PullOutcome.CONFLICT
    if change.version == local_version:
        return PullOutcome.SKIPPED
    payload: dict[str, Any] = json.loads(change.payload)
    changed = copy_payload(session, model, row, payload)
    if change.operation == wire.Operation.DELETE and hasattr(row, "deleted"):
        row.deleted = True  # type: ignore[attr-defined]
    row.version = change.version  # type: ignore[attr-defined]
    record_audit(
        session,
        at=at,
        officer_id=None,
        action="sync.pull_apply",
        entity=change.entity,
        entity_id=change.entity_id,
        details={"version": change.version, "changed": sorted(changed)},
    )
    return PullOutcome.APPLIED
