"""A supervisor's management of the office's officers: list, add, reset, deactivate (issue 7).

An officer exists twice: as an ``Officer`` row in the database (name, NIP, role, username,
active; synced, so the central office knows who registered what) and as a wrap of the
data key in the key vault (``storage.vault``; the password). Each change here writes the
row, its outbox entry and its audit event in one transaction and touches the vault as the
last step inside it, so a refused vault change rolls the row back; if the commit itself
fails after the vault changed, the vault change is undone.

Deactivating removes the officer's wrap of the data key, not only a flag: an ``active``
column checked after the password has already unwrapped the key would not stop someone
holding the password and a copy of the laptop. Reactivating therefore needs a new
password, like a reset. A supervisor cannot deactivate their own account, so the office
always keeps at least one supervisor who can log in.

The officer row has no version column (schema 0007); each synced change gets the version
after the newest outbox entry of that officer, read inside the write transaction
(``BEGIN IMMEDIATE``), which the outbox's unique (entity, id, version) backs up.

Every method checks the acting officer's role first (``permissions.require``), whoever
calls it. Changing one's own password is open to every officer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.findings import Finding, error
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.nip import check_nip
from golonline_desktop.domain.text import clean_text
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Officer, OutboxEntry
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.vault import (
    KeyVault,
    UsernameTakenError,
    VaultError,
    normalise_username,
)

from .accounts import MIN_PASSWORD_LENGTH, AccountError, AccountService
from .actor import Actor, Role
from .permissions import Permission, require

log = logging.getLogger(__name__)

ENTITY = "officer"
NAME_MAX = 200
USERNAME_MAX = 100
SYNCED_COLUMNS = ("office_id", "name", "nip", "role", "username", "active")


class OfficerStatus(StrEnum):
    SAVED = "saved"
    INVALID = "invalid"  # errors: nothing saved
    NEEDS_CONFIRMATION = "needs_confirmation"  # warnings only: confirm to save


@dataclass(frozen=True)
class OfficerRow:
    """One officer as the management screen shows it (no ORM object escapes)."""

    id: str
    name: str
    nip: str | None
    role: Role
    username: str | None
    active: bool
    has_login: bool  # a wrap of the data key exists in the vault
    created_at: datetime


@dataclass(frozen=True)
class NewOfficer:
    name: str
    nip: str
    username: str
    role: Role
    password: str


@dataclass(frozen=True)
class OfficerOutcome:
    status: OfficerStatus
    officer_id: str | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def saved(self) -> bool:
        return self.status is OfficerStatus.SAVED


class OfficerError(AccountError):
    """A refused change; ``message`` is English source (context "Officers")."""


class OfficerNotFoundError(OfficerError):
    def __init__(self, officer_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Officers", "This officer no longer exists."))
        self.officer_id = officer_id


class OwnAccountError(OfficerError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Officers",
                "You cannot deactivate or reset your own account. Use Change my password, "
                "or ask another supervisor.",
            )
        )


class NoLoginError(OfficerError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Officers", "This officer has no login on this laptop; add one as a new officer."
            )
        )


class InactiveOfficerError(OfficerError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Officers", "This officer is deactivated; reactivate them with a new password."
            )
        )


def _finding(code: str, message: str, field: str, **params: object) -> Finding:
    return error(code, message, field, **params)


def check_new_officer(data: NewOfficer, today: date) -> list[Finding]:
    """Errors and warnings about a new officer's answers, each tied to its field."""
    found: list[Finding] = []
    name = clean_text(data.name)
    if not name:
        found.append(
            _finding(
                "officer.name_empty",
                QT_TRANSLATE_NOOP("Finding", "Type the officer's name."),
                "name",
            )
        )
    elif len(name) > NAME_MAX:
        found.append(
            _finding(
                "officer.name_long",
                QT_TRANSLATE_NOOP("Finding", "A name has at most {count} characters."),
                "name",
                count=NAME_MAX,
            )
        )
    if data.nip.strip():
        found.extend(f.for_field("nip") for f in check_nip(data.nip, today=today).findings)
    username = normalise_username(data.username)
    if not username or any(ch.isspace() for ch in username) or len(username) > USERNAME_MAX:
        found.append(
            _finding(
                "officer.username",
                QT_TRANSLATE_NOOP(
                    "Finding", "Type a username without spaces (at most {count} characters)."
                ),
                "username",
                count=USERNAME_MAX,
            )
        )
    if len(data.password) < MIN_PASSWORD_LENGTH:
        found.append(
            _finding(
                "officer.password_short",
                QT_TRANSLATE_NOOP("Finding", "A password needs at least {count} characters."),
                "password",
                count=MIN_PASSWORD_LENGTH,
            )
        )
    return found


def _taken_findings(session: Session, vault: KeyVault, nip: str, username: str) -> list[Finding]:
    """A username or NIP another officer already has (checked inside the write)."""
    found: list[Finding] = []
    taken_in_vault = any(e.username == username for e in vault.entries())
    taken_in_db = session.scalar(select(func.count()).where(Officer.username == username))
    if taken_in_vault or taken_in_db:
        found.append(
            _finding(
                "officer.username_taken",
                QT_TRANSLATE_NOOP("Finding", "The username {username} is already used."),
                "username",
                username=username,
            )
        )
    if nip and session.scalar(select(func.count()).where(Officer.nip == nip)):
        found.append(
            _finding(
                "officer.nip_taken",
                QT_TRANSLATE_NOOP("Finding", "Another officer already has the NIP {nip}."),
                "nip",
                nip=nip,
            )
        )
    return found


def officer_payload(row: Officer) -> dict[str, Any]:
    """What syncs: who the officer is, never anything about the password."""
    return {name: getattr(row, name) for name in SYNCED_COLUMNS}


def queue_officer_change(session: Session, row: Officer, at: datetime) -> int:
    """Put the officer's current state in the outbox; returns the version it got.

    The officer table has no version column: each version is the next number after the
    officer's newest outbox entry, read inside the caller's write transaction.
    """
    newest = session.scalar(
        select(func.max(OutboxEntry.version)).where(
            OutboxEntry.entity == ENTITY, OutboxEntry.entity_id == row.id
        )
    )
    version = int(newest or 0) + 1
    record_change(
        session,
        entity=ENTITY,
        entity_id=row.id,
        version=version,
        operation=Operation.UPSERT,
        payload=officer_payload(row),
        at=at,
    )
    return version


class OfficerService:
    """The supervisor's officer management, and every officer's own password change.

    ``data_key`` is the key of the logged-in session: wrapping the key for a new or reset
    officer needs it (``storage.vault`` checks it against the vault).
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        vault: KeyVault,
        data_key: bytes,
        accounts: AccountService | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._vault = vault
        self._data_key = data_key
        self._accounts = accounts or AccountService(vault, clock)

    @property
    def actor(self) -> Actor:
        return self._actor

    # -- reading ---------------------------------------------------------------------------

    def list_officers(self) -> list[OfficerRow]:
        """The office's officers, active first, by name."""
        require(self._actor, Permission.MANAGE_OFFICERS)
        logins = {e.officer_id: e.username for e in self._vault.entries()}
        with self._store.read() as session:
            rows = session.execute(
                select(
                    Officer.id,
                    Officer.name,
                    Officer.nip,
                    Officer.role,
                    Officer.username,
                    Officer.active,
                    Officer.created_at,
                ).order_by(Officer.active.desc(), func.lower(Officer.name), Officer.id)
            ).all()
        return [
            OfficerRow(
                id=r.id,
                name=r.name,
                nip=r.nip,
                role=Role(r.role),
                username=r.username or logins.get(r.id),
                active=bool(r.active),
                has_login=r.id in logins,
                created_at=r.created_at,
            )
            for r in rows
        ]

    # -- changes ---------------------------------------------------------------------------

    def add_officer(self, data: NewOfficer, *, confirm_warnings: bool = False) -> OfficerOutcome:
        """Add an officer with a login; errors (and unconfirmed warnings) save nothing."""
        require(self._actor, Permission.MANAGE_OFFICERS)
        findings = check_new_officer(data, self._clock.today())
        if any(f.is_error for f in findings):
            return OfficerOutcome(OfficerStatus.INVALID, findings=tuple(findings))
        nip = "".join(ch for ch in data.nip if ch.isdigit()) or None
        username = normalise_username(data.username)
        officer_id = new_id()
        now = self._clock.now()
        with self._undo_on_failure() as undo, self._store.write() as session:
            taken = _taken_findings(session, self._vault, nip or "", username)
            if taken:
                return OfficerOutcome(OfficerStatus.INVALID, findings=tuple(findings + taken))
            if findings and not confirm_warnings:
                return OfficerOutcome(OfficerStatus.NEEDS_CONFIRMATION, findings=tuple(findings))
            row = Officer(
                id=officer_id,
                office_id=self._actor.office_id,
                name=clean_text(data.name),
                nip=nip,
                role=Role(data.role).value,
                created_at=now,
                username=username,
                active=True,
                password_changed_at=now,
            )
            session.add(row)
            try:
                session.flush()
            except IntegrityError:  # a username taken between the check and the insert
                raise UsernameTakenError(username) from None
            self._log(session, row, "officer.create", {"role": row.role}, sync=True)
            self._accounts.add_officer(
                self._actor, self._data_key, officer_id, username, Role(data.role), data.password
            )
            undo.append(lambda: self._vault.remove_officer(self._data_key, username))
        return OfficerOutcome(OfficerStatus.SAVED, officer_id, tuple(findings))

    def reset_password(self, officer_id: str, new_password: str) -> None:
        """Give an officer who forgot their password a new one (they should change it)."""
        require(self._actor, Permission.RESET_PASSWORD)
        if officer_id == self._actor.officer_id:
            raise OwnAccountError()
        with self._store.write() as session:
            row = self._row(session, officer_id)
            if not row.active:
                raise InactiveOfficerError()
            username = self._username(row)
            if username is None:
                raise NoLoginError()
            row.password_changed_at = self._clock.now()
            self._log(session, row, "officer.reset_password", {}, sync=False)
            self._accounts.reset_password(self._actor, self._data_key, username, new_password)

    def deactivate(self, officer_id: str) -> None:
        """The officer can no longer log in here: their wrap of the data key is removed.

        The row is committed first, then the wrap removed: a wrap that cannot be put back
        is never removed for a change that did not commit. Should the removal fail, the
        row already says inactive (logins are refused) and deactivating again finishes it.
        """
        require(self._actor, Permission.MANAGE_OFFICERS)
        if officer_id == self._actor.officer_id:
            raise OwnAccountError()
        with self._store.write() as session:
            row = self._row(session, officer_id)
            username = self._username(row)
            if row.active:
                row.active = False
                self._log(session, row, "officer.deactivate", {}, sync=True)
        if username is not None and any(e.username == username for e in self._vault.entries()):
            self._vault.remove_officer(self._data_key, username)

    def reactivate(self, officer_id: str, new_password: str) -> None:
        """Let a deactivated officer log in again, with a new password."""
        require(self._actor, Permission.MANAGE_OFFICERS)
        with self._undo_on_failure() as undo, self._store.write() as session:
            row = self._row(session, officer_id)
            if row.active:
                return
            username = self._username(row)
            if username is None:
                raise NoLoginError()
            row.active = True
            row.password_changed_at = self._clock.now()
            self._log(session, row, "officer.reactivate", {}, sync=True)
            try:
                self._accounts.add_officer(
                    self._actor, self._data_key, row.id, username, Role(row.role), new_password
                )
            except UsernameTakenError:  # a wrap left behind: replace its password
                self._accounts.reset_password(self._actor, self._data_key, username, new_password)
            else:
                undo.append(lambda: self._vault.remove_officer(self._data_key, username))

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """Any officer: the old password must be right (``WrongPasswordError`` otherwise)."""
        with self._undo_on_failure() as undo, self._store.write() as session:
            row = self._row(session, self._actor.officer_id)
            username = self._username(row)
            if username is None:
                raise NoLoginError()
            row.password_changed_at = self._clock.now()
            self._log(session, row, "officer.change_password", {}, sync=False)
            self._accounts.change_password(username, old_password, new_password)
            undo.append(lambda: self._vault.change_password(username, new_password, old_password))

    # -- internals -------------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, officer_id: str) -> Officer:
        row = session.get(Officer, officer_id)
        if row is None:
            raise OfficerNotFoundError(officer_id)
        return row

    def _username(self, row: Officer) -> str | None:
        """The officer's login name: the row's, else the vault entry carrying their id."""
        if row.username:
            return row.username
        return next((e.username for e in self._vault.entries() if e.officer_id == row.id), None)

    def _log(
        self, session: Session, row: Officer, action: str, details: dict[str, Any], *, sync: bool
    ) -> None:
        now = self._clock.now()
        if sync:
            version = queue_officer_change(session, row, now)
            details = {**details, "version": version}
        record_audit(
            session,
            at=now,
            officer_id=self._actor.officer_id,
            action=action,
            entity=ENTITY,
            entity_id=row.id,
            details=details or None,
        )

    @contextmanager
    def _undo_on_failure(self) -> Iterator[list[Callable[[], None]]]:
        """Vault changes to undo when the database transaction does not commit."""
        undo: list[Callable[[], None]] = []
        try:
            yield undo
        except BaseException:
            for step in reversed(undo):
                try:
                    step()
                except (OSError, VaultError):
                    log.exception("could not undo a key vault change")
            raise
