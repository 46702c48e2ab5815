"""The key vault: the data key wrapped per officer, passwords, recovery, failed logins."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from golonline_desktop.storage.vault import (
    KdfParams,
    KeyVault,
    UsernameTakenError,
    VaultExistsError,
    WrongDataKeyError,
    WrongPasswordError,
)

# Argon2id's smallest honest cost: tests stay fast, the code path is the real one.
FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)


@pytest.fixture
def vault(tmp_path: Path) -> KeyVault:
    return KeyVault.in_folder(tmp_path, FAST)


def test_create_then_unlock_gives_the_same_key(vault: KeyVault) -> None:
    created = vault.create("officer-1", "Sri", "rahasia-sri-1")
    assert len(created.data_key) == 32
    unlocked = vault.unlock(" sri ", "rahasia-sri-1")
    assert unlocked.data_key == created.data_key
    assert (unlocked.entry.officer_id, unlocked.entry.username, unlocked.entry.role) == (
        "officer-1",
        "sri",
        "supervisor",
    )


def test_wrong_password_and_unknown_user_are_refused_alike(vault: KeyVault) -> None:
    vault.create("officer-1", "sri", "rahasia-sri-1")
    with pytest.raises(WrongPasswordError):
        vault.unlock("sri", "rahasia-sri-2")
    with pytest.raises(WrongPasswordError):
        vault.unlock("budi", "rahasia-sri-1")


def test_file_holds_no_key_and_is_private(vault: KeyVault) -> None:
    created = vault.create("officer-1", "sri", "rahasia-sri-1")
    raw = vault.path.read_bytes()
    assert created.data_key not in raw and created.data_key.hex().encode() not in raw
    assert b"rahasia" not in raw
    if os.name == "posix":
        assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    assert not [p for p in vault.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_second_create_is_refused(vault: KeyVault) -> None:
    vault.create("officer-1", "sri", "rahasia-sri-1")
    with pytest.raises(VaultExistsError):
        vault.create("officer-2", "budi", "rahasia-budi")


def test_added_officer_unlocks_the_same_key(vault: KeyVault) -> None:
    key = vault.create("officer-1", "sri", "rahasia-sri-1").data_key
    vault.add_officer(key, "officer-2", "Budi", "petugas", "rahasia-budi")
    unlocked = vault.unlock("budi", "rahasia-budi")
    assert unlocked.data_key == key and unlocked.entry.role == "petugas"
    with pytest.raises(UsernameTakenError):
        vault.add_officer(key, "officer-3", "budi", "petugas", "x")
    with pytest.raises(WrongDataKeyError):
        vault.add_officer(b"\x00" * 32, "officer-4", "eko", "petugas", "x")


def test_change_password_keeps_the_key(vault: KeyVault) -> None:
    key = vault.create("officer-1", "sri", "lama-sekali").data_key
    vault.change_password("sri", "lama-sekali", "baru-sekali")
    assert vault.unlock("sri", "baru-sekali").data_key == key
    with pytest.raises(WrongPasswordError):
        vault.unlock("sri", "lama-sekali")
    with pytest.raises(WrongPasswordError):
        vault.change_password("sri", "salah", "lain")


def test_reset_by_key_holder_and_recovery_code(vault: KeyVault) -> None:
    created = vault.create("officer-1", "sri", "rahasia-sri-1")
    vault.add_officer(created.data_key, "officer-2", "budi", "petugas", "lupa")
    vault.reset_password(created.data_key, "budi", "baru-budi")
    assert vault.unlock("budi", "baru-budi").data_key == created.data_key
    with pytest.raises(WrongDataKeyError):
        vault.reset_password(b"\x01" * 32, "budi", "curang")
    # every supervisor password lost: the recovery code written down at setup still works
    code = created.recovery_code.lower().replace("-", " ")
    assert vault.unlock_with_recovery_code(code) == created.data_key
    with pytest.raises(WrongPasswordError):
        vault.unlock_with_recovery_code("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")


def test_editing_the_role_in_the_file_breaks_that_entry(vault: KeyVault) -> None:
    key = vault.create("officer-1", "sri", "rahasia-sri-1").data_key
    vault.add_officer(key, "officer-2", "budi", "petugas", "rahasia-budi")
    data = json.loads(vault.path.read_text())
    for record in data["officers"]:
        if record["username"] == "budi":
            record["role"] = "supervisor"
    vault.path.write_text(json.dumps(data))
    with pytest.raises(WrongPasswordError):
        vault.unlock("budi", "rahasia-budi")


def test_failures_survive_a_new_vault_object(vault: KeyVault, tmp_path: Path) -> None:
    vault.create("officer-1", "sri", "rahasia-sri-1")
    at = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    vault.record_failure("sri", at)
    vault.record_failure("SRI", at)
    again = KeyVault.in_folder(tmp_path, FAST)
    state = again.failure_state("sri")
    assert (state.failures, state.last_failure) == (2, at)
    again.clear_failures("sri")
    assert vault.failure_state("sri").failures == 0


def test_stored_parameters_are_used_not_the_current_default(tmp_path: Path) -> None:
    key = KeyVault.in_folder(tmp_path, FAST).create("o1", "sri", "pw-sri").data_key
    stronger = KeyVault.in_folder(tmp_path, KdfParams(2, 128, 1))
    assert stronger.unlock("sri", "pw-sri").data_key == key
