"""Where an encrypted data folder keeps its secrets: the OS keyring, else an encrypted file.

DESIGN.md asks for "secrets in the OS keyring" (the device token and the device's private
signing key must not sit in the clear on a laptop that can be lost). ``keyring`` talks to
Windows Credential Manager, the macOS Keychain or the Secret Service of a Linux desktop.
A machine without any of those (a headless box, a minimal desktop, a kiosk session) gets
a file ``<data>/secrets/secrets.enc`` instead, AES-256-GCM under a key derived (HKDF) from
the database's data key, so it is exactly as safe as the encrypted database; the log says
so once, with the reason.

Which of the two holds a folder's secrets is decided once, on the first write, and
written (with no secret in it) to ``<data>/secrets/store.json``: the secrets never end up
split between both, and a keyring that later stops answering is reported instead of
silently starting an empty file. ``store.json`` also holds a random id naming this data
folder inside the keyring, so two folders (a test copy, a USB stick) never share entries
and moving the folder does not lose them.

A data folder without a key vault (never encrypted: tests, ``--smoke``, a laptop not yet
set up) keeps the plain ``device.json`` of ``storage.device_secrets`` as before.

``device_secrets`` keeps its path-based functions (other services call them with only the
data folder): the data key reaches it through ``remember_data_key`` (called by
``services.app.open_app`` when it opens a folder with a key), a process-wide table of
unlocked folders. It holds what the running process already holds in memory to read the
database; it is forgotten when the folder is closed.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets as random
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger(__name__)

SECRETS_DIR = "secrets"
STORE_FILE = "store.json"
ENCRYPTED_FILE = "secrets.enc"
LOCK_FILE = ".lock"
KEYRING_SERVICE = "GoOnline Desktop"
VAULT_FILE = "keys.json"  # storage.vault.VAULT_FILE; not imported to keep this module small
BACKEND_KEYRING = "keyring"
BACKEND_FILE = "encrypted-file"
_FORMAT = 1
_NONCE_BYTES = 12
_HKDF_INFO = b"golonline secrets file v1"
_LOCK_WAIT_S = 10.0
_LOCK_STALE_S = 60.0


class SecretStoreError(RuntimeError):
    """The secrets cannot be read or written; the message says why, for the log."""


class SecretsLockedError(SecretStoreError):
    """The folder is encrypted and its secrets file needs the data key: log in first."""


class SecretStore(ABC):
    """Named text secrets of one data folder."""

    where: str  # said in logs and by the doctor: which store holds them

    @abstractmethod
    def get(self, name: str) -> str | None: ...

    @abstractmethod
    def set(self, name: str, value: str) -> None: ...

    @abstractmethod
    def delete(self, name: str) -> None: ...

    def add_if_absent(self, name: str, value: str) -> str:
        """Store ``value`` unless ``name`` has one; returns what is stored afterwards.

        Two processes doing this at once end with one value (a folder-wide lock file).
        """
        with folder_lock(self.folder):
            existing = self.get(name)
            if existing is not None:
                return existing
            self.set(name, value)
            return value

    @property
    @abstractmethod
    def folder(self) -> Path: ...


# -- the keyring -----------------------------------------------------------------------


def keyring_problem(backend: Any | None = None) -> str | None:
    """Why the OS keyring cannot be used here, or None when a probe write and read worked."""
    import keyring
    from keyring.backends import fail

    chosen = backend if backend is not None else keyring.get_keyring()
    if isinstance(chosen, fail.Keyring):
        return "no OS keyring is available on this machine"
    if getattr(chosen, "backends", None) == []:  # a ChainerBackend with nothing in it
        return "no OS keyring is available on this machine"
    probe = f"probe-{uuid.uuid4().hex}"
    try:
        chosen.set_password(KEYRING_SERVICE, probe, "ok")
        answer = chosen.get_password(KEYRING_SERVICE, probe)
        chosen.delete_password(KEYRING_SERVICE, probe)
    except Exception as exc:  # any backend error: locked, no D-Bus session, denied
        return f"the OS keyring did not answer ({type(exc).__name__}: {exc})"
    if answer != "ok":
        return "the OS keyring did not give back what was stored"
    return None


class KeyringSecretStore(SecretStore):
    """Secrets in the OS keyring, under ``GoOnline Desktop`` / ``<folder id>:<name>``."""

    where = "OS keyring"

    def __init__(self, folder: Path, folder_id: str, backend: Any | None = None) -> None:
        self._folder = folder
        self._folder_id = folder_id
        self._backend = backend

    @property
    def folder(self) -> Path:
        return self._folder

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def _user(self, name: str) -> str:
        return f"{self._folder_id}:{name}"

    def get(self, name: str) -> str | None:
        try:
            value: str | None = self._keyring().get_password(KEYRING_SERVICE, self._user(name))
        except Exception as exc:
            raise SecretStoreError(f"the OS keyring cannot be read: {exc}") from exc
        return value

    def set(self, name: str, value: str) -> None:
        try:
            self._keyring().set_password(KEYRING_SERVICE, self._user(name), value)
        except Exception as exc:
            raise SecretStoreError(f"the OS keyring cannot be written: {exc}") from exc

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring().delete_password(KEYRING_SERVICE, self._user(name))
        except PasswordDeleteError:
            pass
        except Exception as exc:
            raise SecretStoreError(f"the OS keyring cannot be written: {exc}") from exc


# -- the encrypted file ----------------------------------------------------------------


def file_key(data_key: bytes) -> bytes:
    """The secrets file's own key: never the database key itself (one key, one purpose)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(data_key)


class EncryptedFileSecretStore(SecretStore):
    """Secrets in ``<data>/secrets/secrets.enc``: one AES-GCM sealed JSON object."""

    where = "encrypted file"

    def __init__(self, folder: Path, data_key: bytes) -> None:
        self._folder = folder
        self.path = folder / SECRETS_DIR / ENCRYPTED_FILE
        self._key = file_key(data_key)

    def __repr__(self) -> str:  # never print secrets
        return f"EncryptedFileSecretStore({self.path})"

    @property
    def folder(self) -> Path:
        return self._folder

    def _load(self) -> dict[str, str]:
        try:
            sealed = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        try:
            nonce = base64.b64decode(sealed["nonce"])
            text = AESGCM(self._key).decrypt(
                nonce, base64.b64decode(sealed["data"]), self.path.name.encode()
            )
        except (InvalidTag, KeyError, ValueError) as exc:
            raise SecretStoreError(
                f"{self.path} cannot be opened with this folder's key (damaged or replaced)"
            ) from exc
        data: dict[str, str] = json.loads(text)
        return data

    def _save(self, data: dict[str, str]) -> None:
        nonce = random.token_bytes(_NONCE_BYTES)
        sealed = AESGCM(self._key).encrypt(
            nonce, json.dumps(data, sort_keys=True).encode(), self.path.name.encode()
        )
        text = json.dumps(
            {
                "format": _FORMAT,
                "nonce": base64.b64encode(nonce).decode(),
                "data": base64.b64encode(sealed).decode(),
            }
        )
        write_private_file(self.path, text)

    def get(self, name: str) -> str | None:
        return self._load().get(name)

    def set(self, name: str, value: str) -> None:
        with folder_lock(self._folder):
            data = self._load()
            data[name] = value
            self._save(data)

    def delete(self, name: str) -> None:
        with folder_lock(self._folder):
            data = self._load()
            if data.pop(name, None) is not None:
                self._save(data)


# -- choosing, per data folder ---------------------------------------------------------

_unlocked: dict[Path, bytes] = {}
_unlocked_guard = threading.Lock()


def remember_data_key(data_root: Path, data_key: bytes) -> None:
    """The folder was opened with ``data_key`` in this process (see the module docstring)."""
    with _unlocked_guard:
        _unlocked[data_root.resolve()] = data_key


def forget_data_key(data_root: Path) -> None:
    with _unlocked_guard:
        _unlocked.pop(data_root.resolve(), None)


def remembered_data_key(data_root: Path) -> bytes | None:
    with _unlocked_guard:
        return _unlocked.get(data_root.resolve())


def is_encrypted_folder(data_root: Path) -> bool:
    """A folder with a key vault: its secrets belong in the keyring or the encrypted file."""
    return (data_root / VAULT_FILE).exists()


def _read_choice(data_root: Path) -> dict[str, str] | None:
    try:
        data: dict[str, str] = json.loads(
            (data_root / SECRETS_DIR / STORE_FILE).read_text(encoding="utf-8")
        )
    except FileNotFoundError:
        return None
    return data


def open_secret_store(
    data_root: Path, data_key: bytes | None = None, *, keyring_backend: Any | None = None
) -> SecretStore:
    """The secret store of an encrypted data folder, choosing it on first use.

    ``data_key`` defaults to the one remembered for the folder; it is needed only when the
    secrets are (or will be) in the encrypted file. ``keyring_backend`` replaces the one
    ``keyring`` picks (tests pass an in-memory one).
    """
    key = data_key if data_key is not None else remembered_data_key(data_root)
    choice = _read_choice(data_root)
    if choice is None:
        with folder_lock(data_root):
            choice = _read_choice(data_root) or _choose(data_root, key, keyring_backend)
    if choice["backend"] == BACKEND_KEYRING:
        # Not probed again on every read: a keyring that stopped answering raises
        # SecretStoreError on use, with the backend's reason.
        return KeyringSecretStore(data_root, choice["folder_id"], keyring_backend)
    if key is None:
        raise SecretsLockedError("log in first: the secrets file needs the data key")
    return EncryptedFileSecretStore(data_root, key)


def _choose(data_root: Path, key: bytes | None, keyring_backend: Any | None) -> dict[str, str]:
    problem = keyring_problem(keyring_backend)
    if problem is not None:
        if key is None:
            raise SecretsLockedError("log in first: the secrets file needs the data key")
        log.warning(
            "%s: device secrets are kept in %s, encrypted with the data key",
            problem,
            data_root / SECRETS_DIR / ENCRYPTED_FILE,
        )
    else:
        log.info("device secrets are kept in the OS keyring")
    choice = {
        "format": str(_FORMAT),
        "backend": BACKEND_KEYRING if problem is None else BACKEND_FILE,
        "folder_id": uuid.uuid4().hex,
    }
    write_private_file(data_root / SECRETS_DIR / STORE_FILE, json.dumps(choice))
    return choice


def secrets_location(data_root: Path) -> str | None:
    """Which store holds the folder's secrets ("keyring", "encrypted-file"), None if unset."""
    choice = _read_choice(data_root)
    return None if choice is None else choice["backend"]


# -- files -----------------------------------------------------------------------------


def write_private_file(path: Path, text: str) -> None:
    """Atomically replace ``path`` (mode 0600, folder 0700): old or new content, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_held: dict[Path, int] = {}
_held_guard = threading.RLock()


@contextmanager
def folder_lock(data_root: Path) -> Iterator[None]:
    """One writer of a folder's secrets at a time, across threads and processes.

    A lock file made with O_EXCL (works on every platform and file system, USB sticks
    included); one left by a crashed process is taken over after a minute. Re-entrant
    within a process.
    """
    root = data_root.resolve()
    with _held_guard:
        if _held.get(root):
            _held[root] += 1
            try:
                yield
            finally:
                _held[root] -= 1
            return
        lock = root / SECRETS_DIR / LOCK_FILE
        lock.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + _LOCK_WAIT_S
        while True:
            try:
                os.close(os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                break
            except FileExistsError:
                try:
                    if time.time() - lock.stat().st_mtime > _LOCK_STALE_S:
                        lock.unlink(missing_ok=True)
                        continue
                except FileNotFoundError:
                    continue
                if time.monotonic() > deadline:
                    raise SecretStoreError(f"{lock} is held by another program") from None
                time.sleep(0.05)
        _held[root] = 1
        try:
            yield
        finally:
            _held[root] = 0
            lock.unlink(missing_ok=True)
