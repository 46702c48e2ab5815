"""Offices, officers and devices: what the admin CLI manages and what enrollment creates.

Device enrollments and revocations also go into the office's change log (entity
``device``), so the other laptops of the office learn which public keys sign certificates
and which devices were revoked.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from . import models as m
from .db import utcnow
from .security import hash_password, new_device_code, new_device_token, token_hash, verify_password

DEVICE_ENTITY = "device"


class AccountError(Exception):
    """A refused admin or enrollment action; ``code`` is stable, the text is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Office:
    id: str
    code: str
    name: str


@dataclass(frozen=True)
class Officer:
    id: str
    office_id: str
    username: str
    name: str


@dataclass(frozen=True)
class Device:
    id: str
    office_id: str
    office_code: str
    officer_id: str
    officer_name: str
    name: str
    device_code: str
    public_key: str
    created_at: datetime
    revoked_at: datetime | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class Enrollment:
    device: Device
    token: str


def lock_office(conn: Connection, office_id: str, now: datetime) -> None:
    """Take the office row's lock until commit: orders the office's change-log appends."""
    conn.execute(update(m.office).where(m.office.c.id == office_id).values(last_push_at=now))


def create_office(conn: Connection, code: str, name: str) -> Office:
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise AccountError("invalid", "an office needs a code and a name")
    office = Office(str(uuid.uuid4()), code, name)
    try:
        with conn.begin_nested():
            conn.execute(
                insert(m.office).values(id=office.id, code=code, name=name, created_at=utcnow())
            )
    except IntegrityError as exc:
        raise AccountError("exists", f"an office with code {code!r} already exists") from exc
    return office


def office_by_code(conn: Connection, code: str) -> Office:
    row = conn.execute(select(m.office).where(m.office.c.code == code)).first()
    if row is None:
        raise AccountError("not_found", f"no office with code {code!r}")
    return Office(row.id, row.code, row.name)


def create_officer(
    conn: Connection, office_code: str, username: str, name: str, password: str
) -> Officer:
    office = office_by_code(conn, office_code)
    username, name = username.strip(), name.strip()
    if not username or not name or len(password) < 8:
        raise AccountError(
            "invalid", "an officer needs a username, a name and a password of 8+ characters"
        )
    officer = Officer(str(uuid.uuid4()), office.id, username, name)
    try:
        with conn.begin_nested():
            conn.execute(
                insert(m.officer).values(
                    id=officer.id,
                    office_id=office.id,
                    username=username,
                    name=name,
                    password_hash=hash_password(password),
                    active=True,
                    created_at=utcnow(),
                )
            )
    except IntegrityError as exc:
        raise AccountError("exists", f"the username {username!r} is taken") from exc
    return officer


def _device_query():
    return (
        select(
            m.device,
            m.office.c.code.label("office_code"),
            m.officer.c.name.label("officer_name"),
        )
        .join(m.office, m.office.c.id == m.device.c.office_id)
        .join(m.officer, m.officer.c.id == m.device.c.officer_id)
    )


def _device(row) -> Device:
    return Device(
        id=row.id,
        office_id=row.office_id,
        office_code=row.office_code,
        officer_id=row.officer_id,
        officer_name=row.officer_name,
        name=row.name,
        device_code=row.device_code,
        public_key=row.public_key,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )


def _log_device(conn: Connection, device: Device, version: int, source: str | None) -> None:
    payload = json.dumps(
        {
            "id": device.id,
            "device_code": device.device_code,
            "name": device.name,
            "officer_id": device.officer_id,
            "public_key": device.public_key,
            "revoked": device.revoked,
            "version": version,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    now = utcnow()
    lock_office(conn, device.office_id, now)
    conn.execute(
        insert(m.change_log).values(
            office_id=device.office_id,
            entity=DEVICE_ENTITY,
            entity_id=device.id,
            version=version,
            operation="delete" if device.revoked else "upsert",
            payload=payload,
            source_device_id=source,
            created_at=now,
        )
    )


def enroll_device(
    conn: Connection, username: str, password: str, device_name: str, public_key: str
) -> Enrollment:
    row = conn.execute(select(m.officer).where(m.officer.c.username == username)).first()
    # Hash even for an unknown user, so timing does not tell which usernames exist.
    stored = row.password_hash if row is not None else _DUMMY_HASH
    if not verify_password(password, stored) or row is None or not row.active:
        raise AccountError("invalid_credentials", "Wrong username or password.")
    token = new_device_token()
    device_id = str(uuid.uuid4())
    for _attempt in range(5):
        code = new_device_code()
        try:
            with conn.begin_nested():
                conn.execute(
                    insert(m.device).values(
                        id=device_id,
                        office_id=row.office_id,
                        officer_id=row.id,
                        name=device_name.strip() or "device",
                        device_code=code,
                        public_key=public_key,
                        token_hash=token_hash(token),
                        created_at=utcnow(),
                        revoked_at=None,
                    )
                )
            break
        except IntegrityError:
            continue
    else:  # pragma: no cover - 32**6 codes
        raise AccountError("busy", "could not allocate a device code, try again")
    device = get_device(conn, device_id)
    _log_device(conn, device, 1, device.id)  # the device knows itself
    return Enrollment(device, token)


def get_device(conn: Connection, device_id: str) -> Device:
    row = conn.execute(_device_query().where(m.device.c.id == device_id)).first()
    if row is None:
        raise AccountError("not_found", f"no device {device_id!r}")
    return _device(row)


def device_for_token(conn: Connection, token: str) -> Device | None:
    row = conn.execute(_device_query().where(m.device.c.token_hash == token_hash(token))).first()
    return _device(row) if row is not None else None


def list_devices(conn: Connection, office_code: str | None = None) -> list[Device]:
    query = _device_query().order_by(m.office.c.code, m.device.c.created_at)
    if office_code is not None:
        query = query.where(m.office.c.code == office_code)
    return [_device(r) for r in conn.execute(query)]


def revoke_device(conn: Connection, device_id: str) -> Device:
    """Revoke a device; revoking twice is harmless and keeps the first time."""
    device = get_device(conn, device_id)
    if device.revoked:
        return device
    conn.execute(
        update(m.device)
        .where(m.device.c.id == device_id, m.device.c.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    device = get_device(conn, device_id)
    _log_device(conn, device, 2, None)
    return device


_DUMMY_HASH = hash_password("not-a-real-password")
