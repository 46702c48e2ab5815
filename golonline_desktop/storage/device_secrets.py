"""The device token and private key, kept out of the database.

In an encrypted data folder (one with a key vault, issue 7) they live in the folder's
``storage.secret_store``: the OS keyring, or a file encrypted with the data key where no
keyring exists. A plain ``device.json`` left from before the folder was encrypted is moved
there on first read and deleted.

A folder without a vault (not set up yet, tests, ``--smoke``) keeps them in
``<data>/secrets/device.json``, mode 0600, written atomically (temp file, fsync, rename)
so a power cut leaves the old file or the new one, never half of each. Either way the
database (that gets backed up and copied for support) does not hold them.

The functions take the path ``secrets_path(data_root)``; the folder is found from it.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import secret_store

SECRETS_DIR = "secrets"
DEVICE_FILE = "device.json"
SECRET_NAME = "device"  # the entry's name in the secret store


@dataclass(frozen=True)
class DeviceSecrets:
    device_id: str
    device_token: str
    private_key: bytes  # Ed25519 raw seed, 32 bytes

    def __repr__(self) -> str:  # never print secrets
        return f"DeviceSecrets(device_id={self.device_id!r})"


def secrets_path(data_root: Path) -> Path:
    return data_root / SECRETS_DIR / DEVICE_FILE


def _to_text(secrets: DeviceSecrets) -> str:
    return json.dumps(
        {
            "device_id": secrets.device_id,
            "device_token": secrets.device_token,
            "private_key": base64.b64encode(secrets.private_key).decode("ascii"),
        }
    )


def _from_text(text: str) -> DeviceSecrets:
    data = json.loads(text)
    return DeviceSecrets(
        device_id=str(data["device_id"]),
        device_token=str(data["device_token"]),
        private_key=base64.b64decode(data["private_key"]),
    )


def _secure_store(path: Path) -> secret_store.SecretStore | None:
    """The folder's secret store when the folder is encrypted, else None (plain file)."""
    root = path.parent.parent
    if path.name != DEVICE_FILE or not secret_store.is_encrypted_folder(root):
        return None
    store = secret_store.open_secret_store(root)
    if path.exists():  # written before the folder was encrypted: move it in
        with secret_store.folder_lock(root):
            plain = _read_plain(path)
            if plain is not None:
                store.add_if_absent(SECRET_NAME, _to_text(plain))
                path.unlink(missing_ok=True)
                _fsync_dir(path.parent)
    return store


def write_secrets(path: Path, secrets: DeviceSecrets) -> None:
    store = _secure_store(path)
    if store is not None:
        store.set(SECRET_NAME, _to_text(secrets))
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    text = _to_text(secrets)
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
    store = _secure_store(path)
    if store is not None:
        return _from_text(store.add_if_absent(SECRET_NAME, _to_text(secrets)))
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
    store = _secure_store(path)
    if store is not None:
        text = store.get(SECRET_NAME)
        return None if text is None else _from_text(text)
    return _read_plain(path)


def _read_plain(path: Path) -> DeviceSecrets | None:
    try:
        return _from_text(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
