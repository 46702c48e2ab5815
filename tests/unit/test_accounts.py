"""Logins, throttling after wrong passwords, idle lock, password change and reset; roles."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from golonline_desktop import cli
from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import (
    AccountService,
    IdleLock,
    LoginPolicy,
    LoginThrottledError,
    OfficerDeactivatedError,
    PasswordTooShortError,
)
from golonline_desktop.services.actor import Actor, Role
from golonline_desktop.services.app import open_app
from golonline_desktop.services.business_export import BusinessExportService
from golonline_desktop.services.permissions import Permission, PermissionDeniedError, allowed
from golonline_desktop.services.registration import RegistrationService
from golonline_desktop.services.setup import first_run_setup
from golonline_desktop.storage.models import Officer
from golonline_desktop.storage.vault import KdfParams, KeyVault, WrongPasswordError
from tests.factories import business_input

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
POLICY = LoginPolicy(free_attempts=2, first_delay=timedelta(seconds=5))
SUPERVISOR = Actor("officer-1", "office-1", "Sri", Role.SUPERVISOR)
PETUGAS = Actor("officer-2", "office-1", "Budi", Role.PETUGAS)


@pytest.fixture
def vault(data_paths: DataPaths) -> KeyVault:
    return KeyVault.in_folder(data_paths.root, FAST)


@pytest.fixture
def key(vault: KeyVault) -> bytes:
    key = vault.create("officer-1", "sri", "sandi-sri-1").data_key
    vault.add_officer(key, "officer-2", "budi", "petugas", "sandi-budi-1")
    return key


def test_right_and_wrong_password(vault: KeyVault, key: bytes, clock: FixedClock) -> None:
    accounts = AccountService(vault, clock, POLICY)
    result = accounts.login("Budi", "sandi-budi-1")
    assert result.data_key == key and result.role is Role.PETUGAS
    assert "sandi" not in repr(result) and key.hex() not in repr(result)
    with pytest.raises(WrongPasswordError):
        accounts.login("budi", "sandi-budi-2")


def test_wrong_passwords_slow_down_and_survive_restart(
    vault: KeyVault, key: bytes, clock: FixedClock
) -> None:
    accounts = AccountService(vault, clock, POLICY)
    for _ in range(POLICY.free_attempts):
        with pytest.raises(WrongPasswordError):
            accounts.login("budi", "salah-salah")
    assert accounts.wait_before_next_try("budi") == timedelta(0)
    with pytest.raises(WrongPasswordError):
        accounts.login("budi", "salah-salah")
    # a restart (new objects on the same file) keeps the count
    restarted = AccountService(KeyVault.in_folder(vault.path.parent, FAST), clock, POLICY)
    assert restarted.wait_before_next_try("budi") == timedelta(seconds=5)
    with pytest.raises(LoginThrottledError) as refused:
        restarted.login("budi", "sandi-budi-1")  # even the right password waits
    assert refused.value.params == {"seconds": 5}
    clock.advance(timedelta(seconds=5))
    with pytest.raises(WrongPasswordError):
        restarted.login("budi", "salah-lagi")
    assert restarted.wait_before_next_try("budi") == timedelta(seconds=10)  # doubled
    clock.advance(timedelta(seconds=10))
    assert restarted.login("budi", "sandi-budi-1").data_key == key
    assert restarted.wait_before_next_try("budi") == timedelta(0)  # success clears it
    assert accounts.wait_before_next_try("sri") == timedelta(0)  # per username


def test_idle_lock_follows_the_clock(clock: FixedClock) -> None:
    lock = IdleLock(clock, timedelta(minutes=10))
    clock.advance(timedelta(minutes=9))
    lock.touch()
    clock.advance(timedelta(minutes=9, seconds=59))
    assert not lock.due()
    clock.advance(timedelta(seconds=1))
    assert lock.due()
    lock.lock()
    assert not lock.due() and lock.locked
    lock.unlock()
    assert not lock.due() and not lock.locked


def test_password_change_keeps_all_data_readable(
    vault: KeyVault, key: bytes, clock: FixedClock, data_paths: DataPaths, regions: Any
) -> None:
    app = open_app(data_paths, clock, regions, key=key)
    saved = app.registration.register(business_input(0), confirm_warnings=True)
    app.close()
    accounts = AccountService(vault, clock, POLICY)
    accounts.change_password("budi", "sandi-budi-1", "sandi-baru-budi")
    with pytest.raises(PasswordTooShortError):
        accounts.change_password("budi", "sandi-baru-budi", "pendek")
    with pytest.raises(WrongPasswordError):
        accounts.login("budi", "sandi-budi-1")
    again = open_app(
        data_paths, clock, regions, key=accounts.login("budi", "sandi-baru-budi").data_key
    )
    try:
        assert again.registration.get(saved.business_id or "").fields.nik == business_input(0).nik
    finally:
        again.close()


def test_supervisor_resets_a_forgotten_password(
    vault: KeyVault, key: bytes, clock: FixedClock
) -> None:
    accounts = AccountService(vault, clock, POLICY)
    accounts.reset_password(SUPERVISOR, key, "budi", "sandi-reset-1")
    assert accounts.login("budi", "sandi-reset-1").data_key == key
    with pytest.raises(PermissionDeniedError) as refused:
        accounts.reset_password(PETUGAS, key, "sri", "ambil-alih-1")
    assert refused.value.permission is Permission.RESET_PASSWORD
    assert accounts.login("sri", "sandi-sri-1").data_key == key  # unchanged


def test_petugas_cannot_add_officers(vault: KeyVault, key: bytes, clock: FixedClock) -> None:
    accounts = AccountService(vault, clock, POLICY)
    with pytest.raises(PermissionDeniedError):
        accounts.add_officer(PETUGAS, key, "officer-3", "eko", Role.SUPERVISOR, "sandi-eko-1")
    accounts.add_officer(SUPERVISOR, key, "officer-3", "eko", Role.PETUGAS, "sandi-eko-1")
    assert accounts.login("eko", "sandi-eko-1").role is Role.PETUGAS


def test_every_role_rule_is_refused_for_a_petugas() -> None:
    for permission in Permission:
        assert allowed(SUPERVISOR, permission)
        assert not allowed(PETUGAS, permission)


def test_petugas_cannot_delete_or_restore_or_unmask(app: Any, tmp_path: Path) -> None:
    saved = app.registration.register(business_input(0), confirm_warnings=True)
    as_petugas = RegistrationService(app.store, app.clock, PETUGAS, app.regions)
    with pytest.raises(PermissionDeniedError, match="delete"):
        as_petugas.delete(saved.business_id)
    assert not app.registration.get(saved.business_id).deleted
    app.registration.delete(saved.business_id)  # the supervisor may
    with pytest.raises(PermissionDeniedError):
        as_petugas.restore(saved.business_id)
    assert app.registration.get(saved.business_id).deleted
    exporter = BusinessExportService(app.store, app.clock, PETUGAS)
    with pytest.raises(PermissionDeniedError, match="full NIKs"):
        exporter.export(tmp_path / "full.csv", unmask=True)
    assert not (tmp_path / "full.csv").exists()


SETUP_ANSWERS: dict[str, Any] = {
    "office_code": "jks01",
    "office_name": "Dinas KUKM Jakarta Selatan",
    "office_region": None,
    "supervisor_name": "Sri Wahyuni",
    "supervisor_nip": "",
    "username": " Sri ",
    "password": "sandi-rahasia-1",
    "language": "id",
}


def _officer_row(data_paths: DataPaths, clock: FixedClock, key: bytes, officer_id: str) -> Any:
    app = open_app(data_paths, clock, key=key, officer_id=officer_id)
    try:
        with app.store.read() as session:
            row = session.get(Officer, officer_id)
            assert row is not None
            return (row.username, row.active, row.password_changed_at)
    finally:
        app.close()


def _set_active(data_paths: DataPaths, clock: FixedClock, key: bytes, officer_id: str, on: bool):
    app = open_app(data_paths, clock, key=key, officer_id=officer_id)
    try:
        with app.store.write() as session:
            row = session.get(Officer, officer_id)
            assert row is not None
            row.active = on
    finally:
        app.close()


def test_setup_writes_the_supervisors_username_and_active_state(
    data_paths: DataPaths, clock: FixedClock
) -> None:
    result = first_run_setup(data_paths, clock, kdf=FAST, **SETUP_ANSWERS)
    officer_id = result.actor.officer_id
    assert _officer_row(data_paths, clock, result.data_key, officer_id) == (
        "sri",  # the vault's normalised login name
        True,
        clock.now(),
    )
    entry = KeyVault.in_folder(data_paths.root, FAST).entries()[0]
    assert (entry.officer_id, entry.username) == (officer_id, "sri")


def test_setup_over_earlier_data_names_the_placeholder_officer(
    data_paths: DataPaths, clock: FixedClock, regions: Any
) -> None:
    app = open_app(data_paths, clock, regions)  # before issue 7: no accounts, plain file
    placeholder = app.actor.officer_id
    assert app.registration.register(business_input(0), confirm_warnings=True).saved
    app.close()
    result = first_run_setup(data_paths, clock, kdf=FAST, **SETUP_ANSWERS)
    assert result.actor.officer_id == placeholder
    assert _officer_row(data_paths, clock, result.data_key, placeholder)[:2] == ("sri", True)


def test_login_refuses_a_deactivated_officer_with_a_clear_message(
    data_paths: DataPaths,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The row says inactive while the wrap is still in the vault (a removal that failed,
    or a deactivation that came by sync): the right password still does not let them in."""
    result = first_run_setup(data_paths, clock, kdf=FAST, **SETUP_ANSWERS)
    vault = KeyVault.in_folder(data_paths.root, FAST)
    accounts = AccountService(vault, clock, POLICY)
    accounts.add_officer(
        result.actor, result.data_key, "officer-budi", "budi", Role.PETUGAS, "sandi-budi-1"
    )
    app = open_app(data_paths, clock, key=result.data_key, officer_id=result.actor.officer_id)
    try:
        with app.store.write() as session:
            session.add(
                Officer(
                    id="officer-budi",
                    office_id=result.actor.office_id,
                    name="Budi",
                    role=Role.PETUGAS.value,
                    created_at=clock.now(),
                    username="budi",
                    active=True,
                )
            )
    finally:
        app.close()
    assert accounts.login("budi", "sandi-budi-1").officer_id == "officer-budi"

    _set_active(data_paths, clock, result.data_key, "officer-budi", False)
    with pytest.raises(OfficerDeactivatedError) as refused:
        accounts.login("budi", "sandi-budi-1")
    assert refused.value.message == (
        "This account has been deactivated. Ask a supervisor to reactivate it."
    )
    assert vault.failure_state("budi").failures == 0  # not counted as a wrong password
    with pytest.raises(WrongPasswordError):  # a wrong password still says only that
        accounts.login("budi", "salah-salah")
    assert accounts.login("sri", "sandi-rahasia-1").officer_id == result.actor.officer_id

    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-budi-1\n"))  # the CLI too
    target = data_paths.root / "umkm.csv"
    args = ["--data-dir", data_paths.root, "--language", "en", "export", target]
    code = cli.main([str(a) for a in [*args, "--user", "budi", "--password-stdin"]])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE and "This account has been deactivated" in err
    assert not target.exists()

    _set_active(data_paths, clock, result.data_key, "officer-budi", True)
    assert accounts.login("budi", "sandi-budi-1").officer_id == "officer-budi"


def test_login_goes_on_when_the_database_cannot_tell(
    vault: KeyVault, key: bytes, clock: FixedClock, data_paths: DataPaths
) -> None:
    """No database yet (or no row for the officer): the vault alone decides."""
    assert not data_paths.database.exists()
    assert AccountService(vault, clock, POLICY).login("budi", "sandi-budi-1").data_key == key
