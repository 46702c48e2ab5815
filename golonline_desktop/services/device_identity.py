"""Who signs and numbers certificates on this laptop: its key and its codes.

The key is made on first need and kept in the secrets file, so a laptop that has never
been online can still issue signed certificates; enrollment later registers that same
key (``enrollment.enroll_device`` reuses it). Until enrollment the device code is the
provisional one derived from the key (``domain.device_code``) and the office code is the
local office's; afterwards both come from the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from golonline_desktop.domain.device_code import provisional_device_code
from golonline_desktop.storage.device_secrets import (
    DeviceSecrets,
    create_secrets_if_absent,
    read_secrets,
    secrets_path,
)
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Office
from golonline_desktop.storage.sync_state import DeviceEnrollment

from .certificate_signing import DeviceKey


@dataclass(frozen=True)
class DeviceIdentity:
    key: DeviceKey
    office_code: str
    device_code: str
    server_url: str | None  # None until enrolled

    @property
    def enrolled(self) -> bool:
        return self.server_url is not None

    @property
    def provisional(self) -> bool:
        return not self.enrolled


def device_key(data_root: Path) -> DeviceKey:
    """This laptop's signing key, created (once, even with two processes) on first need."""
    path = secrets_path(data_root)
    secrets = read_secrets(path)
    if secrets is None:
        fresh = DeviceKey.generate()
        secrets = create_secrets_if_absent(path, DeviceSecrets("", "", fresh.private_bytes()))
    return DeviceKey.from_private_bytes(secrets.private_key)


def current_identity(store: Store, data_root: Path, office_id: str) -> DeviceIdentity:
    """The key and the codes a certificate issued now would carry."""
    key = device_key(data_root)
    with store.read() as session:
        enrollment = session.scalars(select(DeviceEnrollment).limit(1)).first()
        if enrollment is not None:
            return DeviceIdentity(
                key, enrollment.office_code, enrollment.device_code, enrollment.server_url
            )
        office = session.get(Office, office_id)
        office_code = office.code if office is not None else "LOKAL"
    return DeviceIdentity(key, office_code, provisional_device_code(key.public_key_bytes()), None)
