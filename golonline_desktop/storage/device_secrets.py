"""The device token and private key, kept out of the database.

For now they sit in ``<data>/secrets/device.json``, mode 0600, written atomically (temp
file, fsync, rename) so a power cut leaves the old file or the new one, never half of
each. Issue 7 moves them to the OS keyring; until then anyone who can read the officer's
home folder can read them, which is why the database (that gets backed up and copied for
support) does not hold them.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

SECRETS_DIR = "secrets"
DEVICE_FILE = "device.json"


@dataclass(frozen=True)
class DeviceSecrets:
    device_id: str
    device_token: str
    private_key: bytes  # Ed25519 raw seed, 32 bytes

    def __repr__(self) -> str:  # never print secrets
        return f"DeviceSecrets(device_id={self.device_id!r})"


def secrets_path(data_root: Path) -> Path:
    return data_root / SECRETS_DIR / DEVICE_FILE


def write_secrets(path: Path, secrets: DeviceSecrets) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    text = json.dumps(
        {
            "device_id": secrets.device_id,
            "device_token": secrets.device_token,
            "private_key": base64.b64encode(secrets.private_key).decode("ascii"),
        }
    )
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(temp, 0o600)  # in case the file existed with looser bits
    os.replace(temp, path)
    _fsync_dir(path.parent)


def create_secrets_if_absent(path: Path, secrets: DeviceSecrets) -> DeviceSecrets:
    """Write ``secrets`` only if no file exists yet; returns what the file holds afterwards.

    The device key is made on first need (before enrollment, to sign certificates
    offline); two processes doing that at once must end up with one key, so the new file
    is linked into place, which fails instead of replacing when the name exists.
    """
    existing = read_secrets(path)
    if existing is not None:
        return existing
    temp = path.with_name(f"{path.name}.{uuid.uuid4().hex}.new")
    write_secrets(temp, secrets)
    try:
        os.link(temp, path)
    except FileExistsError:
        pass
    finally:
        temp.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    found = read_secrets(path)
    assert found is not None
    return found


def read_secrets(path: Path) -> DeviceSecrets | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return DeviceSecrets(
        device_id=str(data["device_id"]),
        device_token=str(data["device_token"]),
        private_key=base64.b64decode(data["private_key"]),
    )


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
