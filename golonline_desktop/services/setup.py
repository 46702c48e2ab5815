"""First run: the office, its first supervisor, the key vault and the encrypted database.

Until issue 7 a data folder worked without accounts: ``identity.ensure_local_actor`` made a
placeholder office ("LOKAL") and officer ("Petugas Lapangan") on first open, and every
record since is attributed to that officer's id. Setting up keeps that id: the
placeholder rows are renamed to the real office and supervisor (and the supervisor's vault
entry carries the same officer id), so earlier records, drafts, drives and audit events
stay attributed to the person who made them instead of to a ghost.

Order, so a crash at any step loses nothing and can be finished:

1. the key vault is made (a fresh data key, wrapped for the supervisor);
2. a plain database is backed up and encrypted in place (``storage.encrypt``; its plain
   migration backups are encrypted too) — or a new encrypted database is created;
3. the office and officer rows are written, with an audit event, in one transaction (the
   officer row carries the vault entry's username, ``active`` and the password's date);
4. device secrets in a plain ``device.json`` move into the secret store.

A crash between 1 and 2 leaves a vault beside a plain database: ``finish_encryption``
(called after every login) sees that and completes step 2 with the logged-in key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.ids import new_id
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage import sqlcipher
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.device_secrets import read_secrets, secrets_path
from golonline_desktop.storage.encrypt import EncryptReport, encrypt_in_place
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Office, Officer
from golonline_desktop.storage.secret_store import forget_data_key, remember_data_key
from golonline_desktop.storage.vault import DEFAULT_KDF, KdfParams, KeyVault, normalise_username

from .accounts import MIN_PASSWORD_LENGTH, AccountError, PasswordTooShortError
from .actor import Actor, Role
from .app import open_store
from .officers import queue_officer_change

OFFICE_CODE_MAX = 20
NIP_LENGTH = 18


class SetupError(AccountError):
    """A wizard answer that cannot be used; ``message`` is English source (context "Setup")."""


class UnknownOfficerError(LookupError):
    """The officer id (from the key vault) has no row in the database."""


@dataclass(frozen=True)
class SetupResult:
    data_key: bytes = field(repr=False)
    recovery_code: str = field(repr=False)  # show once, never store
    actor: Actor
    encrypted: EncryptReport | None  # what was encrypted in place; None for a new database


@dataclass(frozen=True)
class DatabaseState:
    """What the first-run wizard finds in the data folder before it starts."""

    has_vault: bool
    plain_database: bool  # a plain SQLite file exists
    businesses: int  # records in it (0 for none or an empty one)

    @property
    def needs_setup(self) -> bool:
        return not self.has_vault

    @property
    def will_encrypt_existing_data(self) -> bool:
        return not self.has_vault and self.plain_database and self.businesses > 0


def inspect_folder(paths: DataPaths) -> DatabaseState:
    """Look without writing: is there a vault, a plain database, data in it?"""
    has_vault = KeyVault.in_folder(paths.root).exists()
    plain = sqlcipher.is_plain_sqlite(paths.database)
    count = 0
    if plain:
        import sqlite3

        conn = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        try:
            count = conn.execute("SELECT count(*) FROM business").fetchone()[0]
        except sqlite3.Error:
            count = 0  # no business table yet: nothing registered
        finally:
            conn.close()
    return DatabaseState(has_vault, plain, int(count))


def check_office_answers(*, office_code: str, office_name: str) -> None:
    if not office_code.strip() or len(office_code.strip()) > OFFICE_CODE_MAX:
        raise SetupError(
            QT_TRANSLATE_NOOP("Setup", "Type the office code (at most {count} characters)."),
            count=OFFICE_CODE_MAX,
        )
    if not office_name.strip():
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "Type the office name."))


def check_supervisor_answers(
    *, supervisor_name: str, supervisor_nip: str, username: str, password: str
) -> None:
    if not supervisor_name.strip():
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "Type the supervisor's name."))
    nip = supervisor_nip.strip()
    if nip and (len(nip) != NIP_LENGTH or not nip.isdigit()):
        raise SetupError(
            QT_TRANSLATE_NOOP("Setup", "A NIP has {count} digits, or leave it empty."),
            count=NIP_LENGTH,
        )
    if not normalise_username(username) or any(ch.isspace() for ch in username.strip()):
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "Type a username without spaces."))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShortError()


def check_setup_answers(
    *,
    office_code: str,
    office_name: str,
    supervisor_name: str,
    supervisor_nip: str,
    username: str,
    password: str,
) -> None:
    """Refuse answers that cannot be used, before anything is written."""
    check_office_answers(office_code=office_code, office_name=office_name)
    check_supervisor_answers(
        supervisor_name=supervisor_name,
        supervisor_nip=supervisor_nip,
        username=username,
        password=password,
    )


def first_run_setup(
    paths: DataPaths,
    clock: Clock,
    *,
    office_code: str,
    office_name: str,
    office_region: str | None,
    supervisor_name: str,
    supervisor_nip: str,
    username: str,
    password: str,
    language: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> SetupResult:
    """Set up a data folder for its first supervisor (see the module docstring)."""
    check_setup_answers(
        office_code=office_code,
        office_name=office_name,
        supervisor_name=supervisor_name,
        supervisor_nip=supervisor_nip,
        username=username,
        password=password,
    )
    paths.ensure()
    officer_id = _placeholder_officer_id(paths, clock) or new_id()
    vault = KeyVault.in_folder(paths.root, kdf)
    created = vault.create(officer_id, username, password, Role.SUPERVISOR.value)
    report = finish_encryption(paths, clock, created.data_key)
    store, _ = open_store(paths, clock, created.data_key)
    try:
        actor = _write_office_and_supervisor(
            store,
            clock,
            officer_id=officer_id,
            office_code=office_code.strip().upper(),
            office_name=office_name.strip(),
            office_region=(office_region or "").strip() or None,
            supervisor_name=supervisor_name.strip(),
            supervisor_nip=supervisor_nip.strip() or None,
            username=normalise_username(username),
            details={
                "username": normalise_username(username),
                "language": language,
                "encrypted_rows": report.rows if report else 0,
            },
        )
    finally:
        store.close()
    move_device_secrets(paths, created.data_key)
    return SetupResult(created.data_key, created.recovery_code, actor, report)


def finish_encryption(paths: DataPaths, clock: Clock, data_key: bytes) -> EncryptReport | None:
    """Encrypt a plain database left beside a vault (setup, or a crash during it)."""
    if not sqlcipher.is_plain_sqlite(paths.database):
        return None
    return encrypt_in_place(paths.database, data_key, paths.backups, clock.now())


def move_device_secrets(paths: DataPaths, data_key: bytes) -> None:
    """Move a plain ``device.json`` into the folder's secret store (reading it moves it)."""
    if not secrets_path(paths.root).exists():
        return
    remember_data_key(paths.root, data_key)
    try:
        read_secrets(secrets_path(paths.root))
    finally:
        forget_data_key(paths.root)


def resolve_actor(store: Store, officer_id: str) -> Actor:
    """The officer a login (a vault entry) names, as the actor every change is recorded by."""
    with store.read() as session:
        officer = session.get(Officer, officer_id)
        if officer is None:
            raise UnknownOfficerError(officer_id)
        return Actor(officer.id, officer.office_id, officer.name, Role(officer.role))


def _placeholder_officer_id(paths: DataPaths, clock: Clock) -> str | None:
    """The officer earlier records are attributed to, in a plain database (or None)."""
    if not sqlcipher.is_plain_sqlite(paths.database):
        return None
    store, _ = open_store(paths, clock)  # migrates it first, after a backup
    try:
        with store.read() as session:
            first = session.scalars(select(Officer).order_by(Officer.created_at).limit(1))
            officer = first.first()
            return officer.id if officer is not None else None
    finally:
        store.close()


def _write_office_and_supervisor(
    store: Store,
    clock: Clock,
    *,
    officer_id: str,
    office_code: str,
    office_name: str,
    office_region: str | None,
    supervisor_name: str,
    supervisor_nip: str | None,
    username: str,
    details: dict[str, object],
) -> Actor:
    now = clock.now()
    with store.write() as session:
        officer = session.get(Officer, officer_id)
        office = session.get(Office, officer.office_id) if officer is not None else None
        if office is None:
            office = session.scalars(select(Office).where(Office.code == office_code)).first()
        renamed = office is not None
        if office is None:
            office = Office(id=new_id(), code=office_code, created_at=now, name=office_name)
            session.add(office)
        previous = {"office_code": office.code, "office_name": office.name}
        office.code = office_code
        office.name = office_name
        office.region_code = office_region
        if officer is None:
            officer = Officer(id=officer_id, office_id=office.id, created_at=now, name="")
            session.add(officer)
        else:
            previous["officer_name"] = officer.name
        officer.office_id = office.id
        officer.name = supervisor_name
        officer.nip = supervisor_nip
        officer.role = Role.SUPERVISOR.value
        # The login name and state the vault entry carries, so the officer list, the
        # login's active check (services.accounts) and the server see the same officer.
        officer.username = username
        officer.active = True
        officer.password_changed_at = now
        session.flush()
        # The server and the office's other laptops learn the supervisor like any officer.
        version = queue_officer_change(session, officer, now)
        record_audit(
            session,
            at=now,
            officer_id=officer.id,
            action="setup.first_supervisor",
            entity="officer",
            entity_id=officer.id,
            details={
                **details,
                "office_id": office.id,
                "version": version,
                **({"was": previous} if renamed else {}),
            },
        )
        return Actor(officer.id, office.id, officer.name, Role.SUPERVISOR)
