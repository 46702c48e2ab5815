"""Officer management and the audit log viewer, at the service layer (issue 7).

A petugas is refused by every function (not only by a hidden button); a supervisor's
changes reach the database, the key vault, the outbox and the audit log together.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select, text

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import AccountService
from golonline_desktop.services.actor import Actor, Role
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.audit_view import AuditFilter, AuditLogService
from golonline_desktop.services.officers import (
    NewOfficer,
    OfficerService,
    OfficerStatus,
    OwnAccountError,
)
from golonline_desktop.services.permissions import PermissionDeniedError
from golonline_desktop.services.setup import SetupResult
from golonline_desktop.storage.models import AuditEvent, Officer, OutboxEntry
from golonline_desktop.storage.vault import KeyVault, WrongPasswordError
from tests.accounts_factory import FAST, PASSWORD, set_up_office
from tests.factories import business_input

GOOD_NIP = "199003152015031002"
BAD_NIP = "199013152015031002"  # month 13


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def created(data_paths: DataPaths, clock: FixedClock) -> SetupResult:
    return set_up_office(data_paths, clock)


@pytest.fixture
def vault(data_paths: DataPaths, created: SetupResult) -> KeyVault:
    return KeyVault.in_folder(data_paths.root, FAST)


@pytest.fixture
def accounts(vault: KeyVault, clock: FixedClock) -> AccountService:
    return AccountService(vault, clock)


@pytest.fixture
def opened(
    data_paths: DataPaths, clock: FixedClock, regions: Any, created: SetupResult
) -> Iterator[App]:
    application = open_app(
        data_paths, clock, regions, key=created.data_key, officer_id=created.actor.officer_id
    )
    yield application
    application.close()


@pytest.fixture
def officers(
    opened: App, vault: KeyVault, accounts: AccountService, created: SetupResult
) -> OfficerService:
    return OfficerService(
        opened.store, opened.clock, opened.actor, vault, created.data_key, accounts
    )


def new_officer(**changes: Any) -> NewOfficer:
    values: dict[str, Any] = {
        "name": "Budi Santoso",
        "nip": GOOD_NIP,
        "username": "budi",
        "role": Role.PETUGAS,
        "password": "budi-sandi-1",
    }
    values.update(changes)
    return NewOfficer(**values)


def _count(app: App, model: Any, *where: Any) -> int:
    with app.store.read() as session:
        return len(session.scalars(select(model).where(*where)).all())


def _actions(app: App) -> list[str]:
    with app.store.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


# -- officers --------------------------------------------------------------------------------


def test_bad_nip_saves_nothing(officers: OfficerService, opened: App, vault: KeyVault) -> None:
    before = (_count(opened, Officer), len(vault.entries()), _count(opened, OutboxEntry))
    outcome = officers.add_officer(new_officer(nip=BAD_NIP))
    assert outcome.status is OfficerStatus.INVALID
    assert [f.field for f in outcome.findings] == ["nip"]
    assert outcome.findings[0].code == "nip.birth_date"
    after = (_count(opened, Officer), len(vault.entries()), _count(opened, OutboxEntry))
    assert after == before


def test_every_answer_is_checked(officers: OfficerService) -> None:
    outcome = officers.add_officer(new_officer(name=" ", nip="123", username="a b", password="x"))
    assert outcome.status is OfficerStatus.INVALID
    assert {f.field for f in outcome.findings} == {"name", "nip", "username", "password"}


def test_added_officer_is_listed_synced_audited_and_can_log_in(
    officers: OfficerService, opened: App, accounts: AccountService
) -> None:
    outcome = officers.add_officer(new_officer(nip="1990 0315 201503 1 002", username="Budi"))
    assert outcome.saved and outcome.officer_id is not None
    listed = {row.username: row for row in officers.list_officers()}
    budi = listed["budi"]
    assert (budi.name, budi.nip, budi.role, budi.active, budi.has_login) == (
        "Budi Santoso",
        GOOD_NIP,
        Role.PETUGAS,
        True,
        True,
    )
    assert listed["sri"].role is Role.SUPERVISOR
    login = accounts.login("budi", "budi-sandi-1")
    assert login.officer_id == outcome.officer_id and login.role is Role.PETUGAS
    with opened.store.read() as session:
        entry = session.execute(
            select(OutboxEntry.entity_id, OutboxEntry.version, OutboxEntry.payload).where(
                OutboxEntry.entity == "officer", OutboxEntry.entity_id == outcome.officer_id
            )
        ).one()  # (the first supervisor has an entry of their own, from the setup)
    payload = json.loads(entry.payload)
    assert entry.entity_id == outcome.officer_id and entry.version == 1
    assert payload["nip"] == GOOD_NIP and payload["active"] is True
    assert not any("password" in key for key in payload)
    assert _actions(opened)[-1] == "officer.create"


def test_username_and_nip_must_be_unique(officers: OfficerService) -> None:
    assert officers.add_officer(new_officer()).saved
    again = officers.add_officer(new_officer(name="Budi Lain", username="SRI"))
    assert again.status is OfficerStatus.INVALID
    assert {f.code for f in again.findings} == {"officer.username_taken", "officer.nip_taken"}


def test_warnings_need_confirmation(officers: OfficerService, opened: App) -> None:
    young = new_officer(nip="200001012010011001")  # appointed at 10
    first = officers.add_officer(young)
    assert first.status is OfficerStatus.NEEDS_CONFIRMATION
    assert _count(opened, Officer, Officer.username == "budi") == 0
    assert officers.add_officer(young, confirm_warnings=True).saved


def test_reset_password(
    officers: OfficerService, accounts: AccountService, opened: App, clock: FixedClock
) -> None:
    officer_id = officers.add_officer(new_officer()).officer_id
    assert officer_id is not None
    clock.advance(timedelta(minutes=1))
    officers.reset_password(officer_id, "sandi-baru-99")
    with pytest.raises(WrongPasswordError):
        accounts.login("budi", "budi-sandi-1")
    assert accounts.login("budi", "sandi-baru-99").officer_id == officer_id
    assert _actions(opened)[-1] == "officer.reset_password"


def test_deactivate_removes_the_login_and_reactivate_gives_a_new_one(
    officers: OfficerService, accounts: AccountService, opened: App
) -> None:
    officer_id = officers.add_officer(new_officer()).officer_id
    assert officer_id is not None
    officers.deactivate(officer_id)
    row = next(r for r in officers.list_officers() if r.id == officer_id)
    assert not row.active and not row.has_login and row.username == "budi"
    with pytest.raises(WrongPasswordError):
        accounts.login("budi", "budi-sandi-1")
    officers.reactivate(officer_id, "sandi-kembali-1")
    assert accounts.login("budi", "sandi-kembali-1").officer_id == officer_id
    with opened.store.read() as session:
        versions = session.execute(
            select(OutboxEntry.version, OutboxEntry.payload)
            .where(OutboxEntry.entity_id == officer_id)
            .order_by(OutboxEntry.version)
        ).all()
    assert [(v, json.loads(p)["active"]) for v, p in versions] == [
        (1, True),
        (2, False),
        (3, True),
    ]
    assert _actions(opened)[-2:] == ["officer.deactivate", "officer.reactivate"]


def test_a_supervisor_cannot_lock_themselves_out(
    officers: OfficerService, created: SetupResult
) -> None:
    with pytest.raises(OwnAccountError):
        officers.deactivate(created.actor.officer_id)
    with pytest.raises(OwnAccountError):
        officers.reset_password(created.actor.officer_id, "sandi-baru-99")


def test_change_own_password(
    officers: OfficerService, accounts: AccountService, opened: App
) -> None:
    with pytest.raises(WrongPasswordError):
        officers.change_own_password("salah-sekali", "sandi-baru-99")
    assert _actions(opened)[-1] != "officer.change_password"  # nothing recorded
    officers.change_own_password(PASSWORD, "sandi-baru-99")
    assert accounts.login("sri", "sandi-baru-99").role is Role.SUPERVISOR
    assert _actions(opened)[-1] == "officer.change_password"


def test_a_petugas_changes_their_own_password(
    officers: OfficerService,
    opened: App,
    vault: KeyVault,
    accounts: AccountService,
    created: SetupResult,
) -> None:
    officer_id = officers.add_officer(new_officer()).officer_id
    assert officer_id is not None
    petugas = Actor(officer_id, opened.actor.office_id, "Budi Santoso", Role.PETUGAS)
    own = OfficerService(opened.store, opened.clock, petugas, vault, created.data_key, accounts)
    own.change_own_password("budi-sandi-1", "budi-sandi-2")
    assert accounts.login("budi", "budi-sandi-2").officer_id == officer_id


# -- a petugas is refused everywhere ---------------------------------------------------------


@pytest.fixture
def as_petugas(
    officers: OfficerService,
    opened: App,
    vault: KeyVault,
    accounts: AccountService,
    created: SetupResult,
) -> tuple[OfficerService, AuditLogService, str]:
    officer_id = officers.add_officer(new_officer()).officer_id
    assert officer_id is not None
    petugas = Actor(officer_id, opened.actor.office_id, "Budi Santoso", Role.PETUGAS)
    return (
        OfficerService(opened.store, opened.clock, petugas, vault, created.data_key, accounts),
        AuditLogService(opened.store, opened.clock, petugas),
        created.actor.officer_id,
    )


PETUGAS_CALLS: dict[str, Callable[[OfficerService, AuditLogService, str, Path], object]] = {
    "list_officers": lambda o, a, s, p: o.list_officers(),
    "add_officer": lambda o, a, s, p: o.add_officer(new_officer(username="x", nip="")),
    "reset_password": lambda o, a, s, p: o.reset_password(s, "sandi-baru-99"),
    "deactivate": lambda o, a, s, p: o.deactivate(s),
    "reactivate": lambda o, a, s, p: o.reactivate(s, "sandi-baru-99"),
    "audit_page": lambda o, a, s, p: a.page(AuditFilter()),
    "audit_count": lambda o, a, s, p: a.count(AuditFilter()),
    "audit_officers": lambda o, a, s, p: a.officers(),
    "audit_entities": lambda o, a, s, p: a.entities(),
    "audit_verify": lambda o, a, s, p: a.verify(),
    "audit_export": lambda o, a, s, p: a.export_csv(p / "audit.csv", AuditFilter()),
}


@pytest.mark.parametrize("call", sorted(PETUGAS_CALLS))
def test_a_petugas_is_refused(
    call: str,
    as_petugas: tuple[OfficerService, AuditLogService, str],
    opened: App,
    tmp_path: Path,
    accounts: AccountService,
) -> None:
    officers, audit, supervisor_id = as_petugas
    before = _actions(opened)
    with pytest.raises(PermissionDeniedError):
        PETUGAS_CALLS[call](officers, audit, supervisor_id, tmp_path)
    assert _actions(opened) == before
    assert not (tmp_path / "audit.csv").exists()
    assert accounts.login("sri", PASSWORD).role is Role.SUPERVISOR


# -- audit log viewer ------------------------------------------------------------------------


@pytest.fixture
def audit(opened: App) -> AuditLogService:
    return AuditLogService(opened.store, opened.clock, opened.actor)


def _fill_log(opened: App, officers: OfficerService, clock: FixedClock) -> None:
    for n in range(3):
        outcome = opened.registration.register(
            business_input(n), confirm_warnings=True, duplicate_reason="uji"
        )
        assert outcome.saved
    clock.advance(timedelta(days=2))
    assert officers.add_officer(new_officer()).saved
    assert opened.drives is not None


def test_pages_are_newest_first_and_continue(
    audit: AuditLogService, opened: App, officers: OfficerService, clock: FixedClock
) -> None:
    _fill_log(opened, officers, clock)
    everything = audit.page(AuditFilter(), limit=1000)
    ids = [r.id for r in everything]
    assert ids == sorted(ids, reverse=True) and len(ids) == audit.count(AuditFilter())
    first = audit.page(AuditFilter(), limit=2)
    rest = audit.page(AuditFilter(), before_id=first[-1].id, limit=1000)
    assert [r.id for r in first + rest] == ids
    assert everything[0].action == "officer.create" and everything[0].officer_name == "Sri Wahyuni"


def test_filters(
    audit: AuditLogService, opened: App, officers: OfficerService, clock: FixedClock
) -> None:
    _fill_log(opened, officers, clock)
    businesses = audit.page(AuditFilter(entity="business"))
    assert [r.action for r in businesses] == ["business.create"] * 3
    assert "business" in audit.entities() and "officer" in audit.entities()
    later = audit.page(AuditFilter(since=clock.now() - timedelta(days=1)))
    assert [r.action for r in later] == ["officer.create"]
    earlier = audit.page(AuditFilter(until=clock.now() - timedelta(days=1)))
    assert "officer.create" not in {r.action for r in earlier} and len(earlier) >= 3
    nobody = audit.page(AuditFilter(officer_id="no-such-officer"))
    assert nobody == [] and audit.count(AuditFilter(officer_id="no-such-officer")) == 0
    mine = audit.count(AuditFilter(officer_id=opened.actor.officer_id))
    assert mine == audit.count(AuditFilter())
    assert [c.name for c in audit.officers()] == ["Budi Santoso", "Sri Wahyuni"]


def test_verify_names_the_first_edited_row(
    audit: AuditLogService, opened: App, officers: OfficerService, clock: FixedClock
) -> None:
    _fill_log(opened, officers, clock)
    assert audit.verify().ok
    target = audit.page(AuditFilter(entity="business"))[1].id
    with opened.store.write() as session:  # behind the services' back
        session.execute(
            text("UPDATE audit_event SET action = 'business.view' WHERE id = :id"), {"id": target}
        )
    check = audit.verify()
    assert not check.ok and check.report.first_broken == target
    assert check.first_broken is not None and check.first_broken.action == "business.view"


def test_export_csv_is_filtered_neutralised_and_audited(
    audit: AuditLogService, opened: App, officers: OfficerService, clock: FixedClock, tmp_path: Path
) -> None:
    _fill_log(opened, officers, clock)
    with opened.store.write() as session:
        session.get(Officer, opened.actor.officer_id).name = "=HYPERLINK(1)"  # type: ignore[union-attr]
    target = tmp_path / "out" / "audit.csv"
    count = audit.export_csv(target, AuditFilter(entity="business"))
    assert count == 3
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "No.",
        "Time (UTC)",
        "Officer",
        "Officer ID",
        "Action",
        "Entity",
        "Record ID",
        "Details",
    ]
    assert [r[4] for r in rows[1:]] == ["business.create"] * 3
    assert all(r[2] == "'=HYPERLINK(1)" for r in rows[1:])
    assert rows[1][1].endswith("Z") and rows[1][1].startswith("2026-11-27T09:30:00")
    assert [int(r[0]) for r in rows[1:]] == sorted(int(r[0]) for r in rows[1:])
    assert _actions(opened)[-1] == "audit.export"
    assert list(target.parent.iterdir()) == [target]  # no temporary file left
