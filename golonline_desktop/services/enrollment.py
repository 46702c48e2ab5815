"""Enrolling this laptop with the central server, and finding that enrollment again.

The officer's username and password are sent once, with a fresh Ed25519 public key; the
server answers with a device token. The token and the private key go to the secrets file
(``storage.device_secrets``, mode 0600; the OS keyring from issue 7 on), the public facts
(server URL, device id and code, office) to the database, so the Sinkronisasi screen can
show them without touching secrets.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete, select

from golonline_desktop import wire
from golonline_desktop.domain.clock import Clock
from golonline_desktop.storage.device_secrets import (
    DeviceSecrets,
    read_secrets,
    secrets_path,
    write_secrets,
)
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.sync_state import DeviceEnrollment, add_log

from .certificate_signing import DeviceKey
from .sync_transport import HttpTransport


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    device_id: str
    device_code: str
    office_code: str
    officer_name: str
    device_name: str
    enrolled_at: datetime


@dataclass(frozen=True)
class EnrolledDevice:
    enrollment: Enrollment
    secrets: DeviceSecrets


class Enroller(Protocol):
    """What enrolling needs from the server (an ``HttpTransport`` without a token)."""

    def enroll(self, request: wire.EnrollRequest) -> wire.EnrollResponse: ...

    def close(self) -> None: ...


def _public_key_text(key: DeviceKey) -> str:
    return base64.urlsafe_b64encode(key.public_key_bytes()).rstrip(b"=").decode("ascii")


def enroll_device(
    store: Store,
    data_root: Path,
    clock: Clock,
    *,
    server_url: str,
    username: str,
    password: str,
    device_name: str,
    connect: Callable[[str], Enroller] = lambda url: HttpTransport(url, None),
) -> Enrollment:
    """Enroll with the server; replaces an earlier enrollment of this data folder.

    The device key already made for signing certificates before enrollment is kept, so
    those certificates (and their provisional device code) belong to this device.
    """
    existing = read_secrets(secrets_path(data_root))
    key = DeviceKey.from_private_bytes(existing.private_key) if existing else DeviceKey.generate()
    client = connect(server_url)
    try:
        answer = client.enroll(
            wire.EnrollRequest(
                username=username,
                password=password,
                device_name=device_name,
                public_key=_public_key_text(key),
            )
        )
    finally:
        client.close()
    # Secrets first: a crash after this leaves a usable token and no database row, which a
    # second enrollment repairs; the other order would leave a row with no token.
    write_secrets(
        secrets_path(data_root),
        DeviceSecrets(answer.device_id, answer.device_token, key.private_bytes()),
    )
    now = clock.now()
    enrollment = Enrollment(
        server_url=server_url.rstrip("/"),
        device_id=answer.device_id,
        device_code=answer.device_code,
        office_code=answer.office_code,
        officer_name=answer.officer_name,
        device_name=device_name,
        enrolled_at=now,
    )
    with store.write() as session:
        session.execute(delete(DeviceEnrollment))
        session.add(DeviceEnrollment(**enrollment.__dict__))
        add_log(
            session,
            at=now,
            level="info",
            code="sync.enrolled",
            message=f"Enrolled with {enrollment.server_url} as device {answer.device_code}.",
        )
    return enrollment


def load_enrollment(store: Store, data_root: Path) -> EnrolledDevice | None:
    """The current enrollment with its secrets, or None when either half is missing."""
    with store.read() as session:
        row = session.scalars(select(DeviceEnrollment).limit(1)).first()
        if row is None:
            return None
        enrollment = Enrollment(
            row.server_url,
            row.device_id,
            row.device_code,
            row.office_code,
            row.officer_name,
            row.device_name,
            row.enrolled_at,
        )
    secrets = read_secrets(secrets_path(data_root))
    if secrets is None or secrets.device_id != enrollment.device_id:
        return None
    return EnrolledDevice(enrollment, secrets)
