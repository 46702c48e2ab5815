"""Secrets of an encrypted data folder: the OS keyring, else a file sealed with the data key."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from golonline_desktop.storage import secret_store
from golonline_desktop.storage.device_secrets import (
    DeviceSecrets,
    create_secrets_if_absent,
    read_secrets,
    secrets_path,
    write_secrets,
)
from golonline_desktop.storage.secret_store import (
    EncryptedFileSecretStore,
    KeyringSecretStore,
    SecretsLockedError,
    SecretStoreError,
    open_secret_store,
)
from golonline_desktop.storage.vault import KdfParams, KeyVault

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
DEVICE = DeviceSecrets("dev-1", "token-rahasia", b"k" * 32)


class MemoryKeyring(KeyringBackend):
    """An OS keyring that lives in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the login keyring is locked")


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def encrypted_folder(tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    root = tmp_path / "data"
    key = KeyVault.in_folder(root, FAST).create("o-1", "sri", "sandi-rahasia-1").data_key
    secret_store.remember_data_key(root, key)
    yield root, key
    secret_store.forget_data_key(root)


def test_keyring_holds_the_device_secrets_when_there_is_one(
    memory: MemoryKeyring, encrypted_folder: tuple[Path, bytes]
) -> None:
    root, _key = encrypted_folder
    write_secrets(secrets_path(root), DEVICE)

    assert read_secrets(secrets_path(root)) == DEVICE
    assert secret_store.secrets_location(root) == "keyring"
    assert not secrets_path(root).exists()
    assert not (root / "secrets" / "secrets.enc").exists()
    (service, user), value = next(iter(memory.entries.items()))
    assert service == "GoOnline Desktop" and user.endswith(":device")
    assert "token-rahasia" in value and len(memory.entries) == 1  # the probe was removed
    # no secret anywhere in the folder
    for path in root.rglob("*"):
        if path.is_file():
            assert b"token-rahasia" not in path.read_bytes()


def test_two_folders_do_not_share_keyring_entries(memory: MemoryKeyring, tmp_path: Path) -> None:
    stores = []
    for name in ("a", "b"):
        root = tmp_path / name
        KeyVault.in_folder(root, FAST).create("o", "sri", "sandi-rahasia-1")
        stores.append(open_secret_store(root))
    stores[0].set("device", "satu")
    assert stores[1].get("device") is None
    assert open_secret_store(tmp_path / "a").get("device") == "satu"  # same id next time


def test_without_keyring_the_secrets_go_to_a_sealed_file(
    no_keyring: None, encrypted_folder: tuple[Path, bytes], caplog: pytest.LogCaptureFixture
) -> None:
    root, key = encrypted_folder
    with caplog.at_level(logging.WARNING, logger=secret_store.__name__):
        write_secrets(secrets_path(root), DEVICE)

    assert "no OS keyring" in caplog.text and "secrets.enc" in caplog.text
    sealed = root / "secrets" / "secrets.enc"
    assert b"token-rahasia" not in sealed.read_bytes()
    assert (sealed.stat().st_mode & 0o777) == 0o600
    assert read_secrets(secrets_path(root)) == DEVICE
    assert secret_store.secrets_location(root) == "encrypted-file"
    # another key cannot open it; without any key the folder is locked
    with pytest.raises(SecretStoreError):
        EncryptedFileSecretStore(root, b"\x02" * 32).get("device")
    secret_store.forget_data_key(root)
    with pytest.raises(SecretsLockedError):
        read_secrets(secrets_path(root))
    assert EncryptedFileSecretStore(root, key).get("device") is not None


def test_a_keyring_that_refuses_writes_falls_back_to_the_file(
    encrypted_folder: tuple[Path, bytes],
) -> None:
    root, _key = encrypted_folder
    store = open_secret_store(root, keyring_backend=LockedKeyring())
    assert isinstance(store, EncryptedFileSecretStore)


def test_the_choice_sticks_when_the_keyring_later_fails(
    memory: MemoryKeyring, encrypted_folder: tuple[Path, bytes]
) -> None:
    root, _key = encrypted_folder
    store = open_secret_store(root)
    assert isinstance(store, KeyringSecretStore)
    store.set("device", "x")
    broken = open_secret_store(root, keyring_backend=fail.Keyring())
    assert isinstance(broken, KeyringSecretStore)  # not a fresh, empty file
    with pytest.raises(SecretStoreError):
        broken.get("device")
    choice = json.loads((root / "secrets" / "store.json").read_text())
    assert choice["backend"] == "keyring" and "x" not in choice.values()


def test_a_plain_device_file_moves_into_the_store(
    no_keyring: None, encrypted_folder: tuple[Path, bytes]
) -> None:
    root, _key = encrypted_folder
    plain = secrets_path(root)
    plain.parent.mkdir(parents=True, exist_ok=True)
    plain.write_text(json.dumps({"device_id": "d", "device_token": "t", "private_key": "a2traw=="}))
    assert read_secrets(plain) == DeviceSecrets("d", "t", b"kkkk")
    assert not plain.exists()
    assert read_secrets(plain) == DeviceSecrets("d", "t", b"kkkk")


def test_create_if_absent_keeps_the_first_key(
    memory: MemoryKeyring, encrypted_folder: tuple[Path, bytes]
) -> None:
    root, _key = encrypted_folder
    first = create_secrets_if_absent(secrets_path(root), DeviceSecrets("", "", b"1" * 32))
    second = create_secrets_if_absent(secrets_path(root), DeviceSecrets("", "", b"2" * 32))
    assert first == second == DeviceSecrets("", "", b"1" * 32)


def test_a_folder_without_vault_keeps_the_plain_file(tmp_path: Path, memory: MemoryKeyring) -> None:
    write_secrets(secrets_path(tmp_path), DEVICE)
    assert secrets_path(tmp_path).exists() and memory.entries == {}
    assert read_secrets(secrets_path(tmp_path)) == DEVICE


def test_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    import os
    import time

    lock = tmp_path / "secrets" / ".lock"
    lock.parent.mkdir(parents=True)
    lock.touch()
    old = time.time() - 3600
    os.utime(lock, (old, old))
    with secret_store.folder_lock(tmp_path), secret_store.folder_lock(tmp_path):
        assert lock.exists()  # taken over, and re-entrant in one process
    assert not lock.exists()
