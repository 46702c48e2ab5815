"""The key vault: the database's data key, wrapped once per officer (issue 7).

The database is encrypted under one random 256-bit data key. That key is never stored in
the clear: ``<data>/keys.json`` (outside the database, so it can be read before the
database can) holds it wrapped with AES-256-GCM under a key derived from each officer's
password with Argon2id. Logging in is unwrapping; changing a password re-wraps the same
data key, so no data is re-encrypted. A supervisor (who holds the data key once logged in)
can wrap it again for an officer who forgot a password, and a recovery code, shown once
when the vault is made, unwraps it if every supervisor password is lost.

The officer's id, username and role are the GCM associated data of their wrap: editing a
role in the file makes that entry fail to unwrap instead of granting the role.

Failed logins are counted here too (``throttle``), so restarting the program does not
reset the slow-down after wrong passwords.

The file is written atomically (temp file, fsync, rename, fsync of the folder), mode 0600.
Argon2id parameters are stored per entry: stronger defaults later do not lock anyone out.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .sqlcipher import KEY_BYTES

VAULT_FILE = "keys.json"
FORMAT = 1
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_CODE_BYTES = 15  # 24 base32 characters, 120 bits
_CHECK_LABEL = b"golonline data key check v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: ``memory_kib`` of memory, ``time_cost`` passes, ``parallelism`` lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


# ~0.5 s per login on a 2-core machine (benchmarks/bench_encryption.py measures it).
DEFAULT_KDF = KdfParams(time_cost=4, memory_kib=262_144, parallelism=2)


class VaultError(Exception):
    """Base of the vault's errors."""


class WrongPasswordError(VaultError):
    """The username is unknown or the password does not unwrap its key (never said which)."""


class VaultExistsError(VaultError):
    pass


class VaultMissingError(VaultError):
    pass


class UsernameTakenError(VaultError):
    pass


class UnknownOfficerError(VaultError):
    pass


class WrongDataKeyError(VaultError):
    """A data key given to the vault is not the key the vault protects."""


@dataclass(frozen=True)
class VaultEntry:
    """One officer's wrap of the data key (no secret in it)."""

    officer_id: str
    username: str
    role: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class CreatedVault:
    data_key: bytes
    recovery_code: str  # shown once to the supervisor, never stored

    def __repr__(self) -> str:  # never print secrets
        return "CreatedVault(...)"


@dataclass(frozen=True)
class Unlocked:
    entry: VaultEntry
    data_key: bytes

    def __repr__(self) -> str:
        return f"Unlocked(username={self.entry.username!r}, role={self.entry.role!r})"


@dataclass(frozen=True)
class FailureState:
    failures: int
    last_failure: datetime | None


def normalise_username(username: str) -> str:
    return username.strip().lower()


def derive_key(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _aad(officer_id: str, username: str, role: str) -> bytes:
    return json.dumps([FORMAT, officer_id, username, role], separators=(",", ":")).encode()


def _key_check(data_key: bytes) -> bytes:
    return hmac.new(data_key, _CHECK_LABEL, sha256).digest()


def _wrap(data_key: bytes, secret: str, kdf: KdfParams, aad: bytes) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(derive_key(secret, salt, kdf)).encrypt(nonce, data_key, aad)
    return {"kdf": asdict(kdf), "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(record: dict[str, Any], secret: str, aad: bytes) -> bytes:
    kdf = KdfParams(**record["kdf"])
    key = derive_key(secret, _unb64(record["salt"]), kdf)
    try:
        return AESGCM(key).decrypt(_unb64(record["nonce"]), _unb64(record["wrapped"]), aad)
    except InvalidTag as exc:
        raise WrongPasswordError() from exc


def _entry(record: dict[str, Any]) -> VaultEntry:
    return VaultEntry(
        officer_id=record["officer_id"],
        username=record["username"],
        role=record["role"],
        kdf=KdfParams(**record["kdf"]),
        salt=_unb64(record["salt"]),
        nonce=_unb64(record["nonce"]),
        wrapped=_unb64(record["wrapped"]),
    )


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_CODE_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


class KeyVault:
    """The ``keys.json`` file of a data folder. Every method reads the file afresh."""

    def __init__(self, path: Path, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.path = path
        self._kdf = kdf

    @classmethod
    def in_folder(cls, root: Path, kdf: KdfParams = DEFAULT_KDF) -> KeyVault:
        return cls(root / VAULT_FILE, kdf)

    def exists(self) -> bool:
        return self.path.exists()

    # -- making and opening ------------------------------------------------------------

    def create(
        self, officer_id: str, username: str, password: str, role: str = "supervisor"
    ) -> CreatedVault:
        """A new vault with a fresh data key, wrapped for the first (supervisor) officer."""
        if self.exists():
            raise VaultExistsError(str(self.path))
        data_key = secrets.token_bytes(KEY_BYTES)
        code = new_recovery_code()
        name = normalise_username(username)
        data: dict[str, Any] = {
            "format": FORMAT,
            "key_check": _b64(_key_check(data_key)),
            "officers": [self._officer_record(data_key, officer_id, name, role, password)],
            "recovery": _wrap(data_key, _normalise_code(code), self._kdf, _aad("", "", "")),
            "throttle": {},
        }
        self._write(data, exclusive=True)
        return CreatedVault(data_key, code)

    def unlock(self, username: str, password: str) -> Unlocked:
        data = self._read()
        record = self._find(data, normalise_username(username))
        if record is None:
            raise WrongPasswordError()
        aad = _aad(record["officer_id"], record["username"], record["role"])
        return Unlocked(_entry(record), _unwrap(record, password, aad))

    def unlock_with_recovery_code(self, code: str) -> bytes:
        data = self._read()
        return _unwrap(data["recovery"], _normalise_code(code), _aad("", "", ""))

    def entries(self) -> list[VaultEntry]:
        return [_entry(record) for record in self._read()["officers"]]

    def check_data_key(self, data_key: bytes) -> None:
        expected = _unb64(self._read()["key_check"])
        if not hmac.compare_digest(expected, _key_check(data_key)):
            raise WrongDataKeyError()

    # -- officers and passwords ----------------------------------------------------------

    def add_officer(
        self, data_key: bytes, officer_id: str, username: str, role: str, password: str
    ) -> VaultEntry:
        """Wrap the data key for a new officer; needs the key from an unlocked session."""
        data = self._read()
        self._require_key(data, data_key)
        name = normalise_username(username)
        if self._find(data, name) is not None:
            raise UsernameTakenError(name)
        record = self._officer_record(data_key, officer_id, name, role, password)
        data["officers"].append(record)
        self._write(data)
        return _entry(record)

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """The officer's own change: the old password must unwrap the key first."""
        unlocked = self.unlock(username, old_password)
        self._replace_wrap(unlocked.data_key, unlocked.entry.username, new_password, None)

    def reset_password(
        self, data_key: bytes, username: str, new_password: str, role: str | None = None
    ) -> None:
        """Wrap the key again under a new password (a supervisor's reset; also role changes).

        Who may do this is decided in ``services.accounts``; here the caller must at least
        hold the data key, proven against the stored check.
        """
        data = self._read()
        self._require_key(data, data_key)
        self._replace_wrap(data_key, normalise_username(username), new_password, role)

    def remove_officer(self, data_key: bytes, username: str) -> None:
        data = self._read()
        self._require_key(data, data_key)
        name = normalise_username(username)
        if self._find(data, name) is None:
            raise UnknownOfficerError(name)
        data["officers"] = [r for r in data["officers"] if r["username"] != name]
        self._write(data)

    # -- failed logins ---------------------------------------------------------------------

    def failure_state(self, username: str) -> FailureState:
        state = self._read().get("throttle", {}).get(normalise_username(username))
        if not state:
            return FailureState(0, None)
        return FailureState(int(state["failures"]), datetime.fromisoformat(state["last"]))

    def record_failure(self, username: str, at: datetime) -> FailureState:
        data = self._read()
        name = normalise_username(username)
        throttle = data.setdefault("throttle", {})
        failures = int(throttle.get(name, {}).get("failures", 0)) + 1
        throttle[name] = {"failures": failures, "last": at.isoformat()}
        self._write(data)
        return FailureState(failures, at)

    def clear_failures(self, username: str) -> None:
        data = self._read()
        if data.get("throttle", {}).pop(normalise_username(username), None) is not None:
            self._write(data)

    # -- internals -------------------------------------------------------------------------

    def _officer_record(
        self, data_key: bytes, officer_id: str, username: str, role: str, password: str
    ) -> dict[str, Any]:
        aad = _aad(officer_id, username, role)
        wrap = _wrap(data_key, password, self._kdf, aad)
        return {"officer_id": officer_id, "username": username, "role": role, **wrap}

    def _replace_wrap(
        self, data_key: bytes, username: str, password: str, role: str | None
    ) -> None:
        data = self._read()
        record = self._find(data, username)
        if record is None:
            raise UnknownOfficerError(username)
        new = self._officer_record(
            data_key, record["officer_id"], username, role or record["role"], password
        )
        data["officers"] = [new if r is record else r for r in data["officers"]]
        self._write(data)

    @staticmethod
    def _find(data: dict[str, Any], username: str) -> dict[str, Any] | None:
        return next((r for r in data["officers"] if r["username"] == username), None)

    @staticmethod
    def _require_key(data: dict[str, Any], data_key: bytes) -> None:
        if not hmac.compare_digest(_unb64(data["key_check"]), _key_check(data_key)):
            raise WrongDataKeyError()

    def _read(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise VaultMissingError(str(self.path)) from exc
        if data.get("format") != FORMAT:
            raise VaultError(f"unknown key vault format {data.get('format')!r}")
        return data

    def _write(self, data: dict[str, Any], exclusive: bool = False) -> None:
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".{self.path.name}.{uuid.uuid4().hex}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            if exclusive:  # two first-run wizards at once: only one vault may win
                try:
                    os.link(temp, self.path)
                except FileExistsError as exc:
                    raise VaultExistsError(str(self.path)) from exc
            else:
                os.replace(temp, self.path)
        finally:
            temp.unlink(missing_ok=True)
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
