"""First run: vault, encrypted database, the real office and supervisor, placeholder kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import AccountService, PasswordTooShortError
from golonline_desktop.services.actor import Role
from golonline_desktop.services.app import open_app
from golonline_desktop.services.identity import DEFAULT_OFFICER_NAME, LOCAL_OFFICE_CODE
from golonline_desktop.services.setup import (
    SetupError,
    UnknownOfficerError,
    finish_encryption,
    first_run_setup,
    inspect_folder,
    resolve_actor,
)
from golonline_desktop.storage import sqlcipher
from golonline_desktop.storage.device_secrets import (
    DeviceSecrets,
    read_secrets,
    secrets_path,
    write_secrets,
)
from golonline_desktop.storage.models import AuditEvent, Business, Office, Officer
from golonline_desktop.storage.vault import KdfParams, KeyVault
from tests.factories import business_input

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
ANSWERS: dict[str, Any] = {
    "office_code": "jks01",
    "office_name": "Dinas KUKM Jakarta Selatan",
    "office_region": "31.74.01",
    "supervisor_name": "Sri Wahyuni",
    "supervisor_nip": "198705122010012003",
    "username": "Sri",
    "password": "sandi-rahasia-1",
    "language": "id",
}


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    """As on a headless laptop: the secrets go to the encrypted file, never a real keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def setup(paths: DataPaths, clock: FixedClock, **changes: Any) -> Any:
    return first_run_setup(paths, clock, kdf=FAST, **{**ANSWERS, **changes})


def test_first_run_on_an_empty_folder(data_paths: DataPaths, clock: FixedClock) -> None:
    assert inspect_folder(data_paths).needs_setup
    result = setup(data_paths, clock)

    assert sqlcipher.is_encrypted(data_paths.database)
    assert not inspect_folder(data_paths).needs_setup
    assert result.encrypted is None
    assert "sandi" not in repr(result) and result.recovery_code not in repr(result)
    login = AccountService(KeyVault.in_folder(data_paths.root, FAST), clock).login(
        "sri", "sandi-rahasia-1"
    )
    assert login.data_key == result.data_key and login.officer_id == result.actor.officer_id
    app = open_app(data_paths, clock, key=login.data_key, officer_id=login.officer_id)
    try:
        assert app.actor == result.actor
        assert app.actor.name == "Sri Wahyuni" and app.actor.role is Role.SUPERVISOR
        with app.store.read() as session:
            office = session.scalars(select(Office)).one()
            officer = session.scalars(select(Officer)).one()
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "setup.first_supervisor")
            ).one()
            assert (office.code, office.name, office.region_code) == (
                "JKS01",
                "Dinas KUKM Jakarta Selatan",
                "31.74.01",
            )
            assert officer.nip == "198705122010012003" and officer.office_id == office.id
            assert event.officer_id == officer.id
            assert json.loads(event.details or "{}")["username"] == "sri"
        # the app works: a registration is attributed to the supervisor
        outcome = app.registration.register(business_input(0), confirm_warnings=True)
        assert outcome.saved
    finally:
        app.close()
    with pytest.raises(sqlcipher.DatabaseKeyError):
        open_app(data_paths, clock, key=b"\x01" * 32)


def test_first_run_on_a_plain_database_with_data(data_paths: DataPaths, clock: FixedClock) -> None:
    plain = open_app(data_paths, clock)
    placeholder = plain.actor
    for n in range(3):
        data = business_input(
            n, business_name=f"Usaha {'ABC'[n]} Makmur", owner_name=f"Pemilik {n}"
        )
        assert plain.registration.register(
            data, confirm_warnings=True, duplicate_reason="uji"
        ).saved
    plain.close()
    write_secrets(secrets_path(data_paths.root), DeviceSecrets("dev-1", "token-1", b"k" * 32))
    (data_paths.backups / "old-plain.sqlite3").write_bytes(data_paths.database.read_bytes())
    state = inspect_folder(data_paths)
    assert state.will_encrypt_existing_data and state.businesses == 3

    result = setup(data_paths, clock)

    assert result.encrypted is not None and result.encrypted.backups_encrypted >= 2
    assert sqlcipher.is_encrypted(data_paths.database)
    backups = sorted(data_paths.backups.glob("*.sqlite3"))
    assert any("before-encryption" in b.name for b in backups)
    assert backups and not any(sqlcipher.is_plain_sqlite(b) for b in backups)
    # the placeholder officer became the supervisor: same id, real name
    assert result.actor.officer_id == placeholder.officer_id
    assert result.actor.office_id == placeholder.office_id
    app = open_app(data_paths, clock, key=result.data_key, officer_id=result.actor.officer_id)
    try:
        with app.store.read() as session:
            assert session.scalar(select(func.count()).select_from(Business)) == 3
            creators = set(session.scalars(select(Business.created_by)))
            office_code = session.scalar(
                select(Office.code).where(Office.id == placeholder.office_id)
            )
            names = list(session.scalars(select(Officer.name)))
        assert creators == {placeholder.officer_id}
        assert office_code == "JKS01" != LOCAL_OFFICE_CODE
        assert names == ["Sri Wahyuni"] != [DEFAULT_OFFICER_NAME]
        # the device secrets left the plain file for the encrypted store
        assert not secrets_path(data_paths.root).exists()
        stored = read_secrets(secrets_path(data_paths.root))
        assert stored == DeviceSecrets("dev-1", "token-1", b"k" * 32)
        sealed = (data_paths.root / "secrets" / "secrets.enc").read_bytes()
        assert b"token-1" not in sealed
    finally:
        app.close()


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"office_code": " "}, SetupError),
        ({"office_name": ""}, SetupError),
        ({"supervisor_name": ""}, SetupError),
        ({"supervisor_nip": "12345"}, SetupError),
        ({"username": "sri w"}, SetupError),
        ({"password": "pendek"}, PasswordTooShortError),
    ],
)
def test_unusable_answers_change_nothing(
    data_paths: DataPaths, clock: FixedClock, changes: dict[str, str], error: type
) -> None:
    with pytest.raises(error):
        setup(data_paths, clock, **changes)
    assert not KeyVault.in_folder(data_paths.root).exists()
    assert not data_paths.database.exists()


def test_a_crash_before_encryption_is_finished_after_login(
    data_paths: DataPaths, clock: FixedClock
) -> None:
    plain = open_app(data_paths, clock)
    assert plain.registration.register(business_input(0), confirm_warnings=True).saved
    plain.close()
    key = KeyVault.in_folder(data_paths.root, FAST).create("x", "sri", "sandi-rahasia-1").data_key
    assert inspect_folder(data_paths).plain_database  # the crash left it plain

    report = finish_encryption(data_paths, clock, key)

    assert report is not None and report.rows > 0
    assert finish_encryption(data_paths, clock, key) is None  # nothing left to do
    app = open_app(data_paths, clock, key=key)
    try:
        assert app.overview.summary().businesses == 1
    finally:
        app.close()


def test_resolve_actor_refuses_an_unknown_officer(app: Any) -> None:
    assert resolve_actor(app.store, app.actor.officer_id) == app.actor
    with pytest.raises(UnknownOfficerError):
        resolve_actor(app.store, "no-such-officer")


def test_a_second_setup_is_refused(data_paths: DataPaths, clock: FixedClock) -> None:
    from golonline_desktop.storage.vault import VaultExistsError

    setup(data_paths, clock)
    with pytest.raises(VaultExistsError):
        setup(data_paths, clock, username="budi")


def test_the_first_supervisor_is_queued_for_the_server_like_any_officer(
    data_paths: DataPaths, clock: FixedClock
) -> None:
    import json

    from golonline_desktop.storage.models import OutboxEntry

    result = setup(data_paths, clock)
    app = open_app(data_paths, clock, key=result.data_key, officer_id=result.actor.officer_id)
    try:
        with app.store.read() as session:
            rows = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "officer")).all()
            entries = [(r.entity_id, r.version, json.loads(r.payload)) for r in rows]
    finally:
        app.close()
    [(officer_id, version, payload)] = entries
    assert (officer_id, version) == (result.actor.officer_id, 1)
    assert payload["role"] == "supervisor" and payload["active"] is True
    assert payload["username"] == "sri"  # as the vault holds it: "Sri" normalised
    assert not any("pass" in key or "key" in key for key in payload)  # nothing secret
