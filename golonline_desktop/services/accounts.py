"""Officer logins, password changes and resets, and the idle lock (issue 7).

Logging in unwraps the database's data key from the key vault (``storage.vault``); there
is no password hash to compare, so a wrong password simply fails to unwrap. After
``free_attempts`` wrong passwords for a username, each further try must wait twice as long
as the last (capped): the count lives in the vault file, so restarting does not reset it.
Time comes from the injected clock, so tests move it instead of sleeping.

A deactivated officer is refused (``OfficerDeactivatedError``) even when the password is
right. Deactivating also removes the officer's wrap of the data key (``services.officers``),
which is what actually keeps the key from them; the ``active`` column, read here with the
key just unwrapped, covers a wrap still present: a removal that failed after the row was
committed, or a deactivation that arrived on the officer row by sync. When the database
cannot tell (no file yet, a schema before the column, a plain file mid-setup with no such
row) the login goes on: the column is a policy check, the missing wrap is the barrier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage import sqlcipher
from golonline_desktop.storage.vault import KeyVault, VaultEntry, WrongPasswordError

from .actor import Actor, Role
from .permissions import Permission, require

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class LoginPolicy:
    free_attempts: int = 3
    first_delay: timedelta = timedelta(seconds=5)
    max_delay: timedelta = timedelta(minutes=5)
    idle_lock_after: timedelta = timedelta(minutes=10)


class AccountError(Exception):
    """A refusal the officer can act on; ``message`` is English source (context "Accounts")."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


class LoginThrottledError(AccountError):
    def __init__(self, wait: timedelta) -> None:
        seconds = max(1, int(wait.total_seconds() + 0.999))
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Accounts", "Too many wrong passwords. Try again in {seconds} seconds."
            ),
            seconds=seconds,
        )
        self.wait = wait


class PasswordTooShortError(AccountError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Accounts", "A password needs at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )


class OfficerDeactivatedError(AccountError):
    """The password was right, but a supervisor has deactivated this officer."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Accounts",
                "This account has been deactivated. Ask a supervisor to reactivate it.",
            )
        )


WRONG_PASSWORD_MESSAGE = QT_TRANSLATE_NOOP("Accounts", "Wrong username or password.")


@dataclass(frozen=True)
class LoginResult:
    """Who logged in, and the key that opens the database (kept out of repr)."""

    entry: VaultEntry
    data_key: bytes = field(repr=False)

    @property
    def officer_id(self) -> str:
        return self.entry.officer_id

    @property
    def role(self) -> Role:
        return Role(self.entry.role)


class AccountService:
    """Logins against the key vault; ``database`` defaults to the vault's data folder's."""

    def __init__(
        self,
        vault: KeyVault,
        clock: Clock,
        policy: LoginPolicy | None = None,
        *,
        database: Path | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self.policy = policy or LoginPolicy()
        self._database = database or DataPaths(vault.path.parent).database

    def wait_before_next_try(self, username: str) -> timedelta:
        """How long ``username`` must wait before the next password is even tried."""
        state = self._vault.failure_state(username)
        extra = state.failures - self.policy.free_attempts - 1
        if extra < 0 or state.last_failure is None:
            return timedelta(0)
        delay = min(self.policy.first_delay * (2**extra), self.policy.max_delay)
        return max(timedelta(0), state.last_failure + delay - self._clock.now())

    def login(self, username: str, password: str) -> LoginResult:
        """Unlock the data key of an active officer.

        Raises ``LoginThrottledError``, ``WrongPasswordError`` or ``OfficerDeactivatedError``.
        """
        wait = self.wait_before_next_try(username)
        if wait > timedelta(0):
            raise LoginThrottledError(wait)
        try:
            unlocked = self._vault.unlock(username, password)
        except WrongPasswordError:
            self._vault.record_failure(username, self._clock.now())
            raise
        self._vault.clear_failures(username)
        if officer_active(self._database, unlocked.data_key, unlocked.entry.officer_id) is False:
            raise OfficerDeactivatedError()
        return LoginResult(unlocked.entry, unlocked.data_key)

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        _check_new_password(new_password)
        self._vault.change_password(username, old_password, new_password)

    def reset_password(
        self, actor: Actor, data_key: bytes, username: str, new_password: str
    ) -> None:
        """A supervisor sets a new password for an officer who forgot theirs."""
        require(actor, Permission.RESET_PASSWORD)
        _check_new_password(new_password)
        self._vault.reset_password(data_key, username, new_password)
        self._vault.clear_failures(username)

    def add_officer(
        self,
        actor: Actor,
        data_key: bytes,
        officer_id: str,
        username: str,
        role: Role,
        password: str,
    ) -> VaultEntry:
        require(actor, Permission.MANAGE_OFFICERS)
        _check_new_password(password)
        return self._vault.add_officer(data_key, officer_id, username, role.value, password)


def officer_active(database: Path, data_key: bytes, officer_id: str) -> bool | None:
    """The officer row's ``active`` flag, or None when the database cannot tell."""
    # Imported here: the login screen can be shown before SQLAlchemy is loaded.
    from sqlalchemy import select
    from sqlalchemy.exc import SQLAlchemyError

    from golonline_desktop.storage.engine import Store
    from golonline_desktop.storage.models import Officer

    if not database.exists() or database.stat().st_size == 0:
        return None
    key = None if sqlcipher.is_plain_sqlite(database) else data_key
    try:
        store = Store.open(database, key)
    except (SQLAlchemyError, sqlcipher.DatabaseKeyError):
        return None
    try:
        with store.read() as session:
            active = session.scalar(select(Officer.active).where(Officer.id == officer_id))
    except (SQLAlchemyError, sqlcipher.DatabaseKeyError):
        return None  # e.g. a schema older than the column: nobody can be deactivated yet
    finally:
        store.close()
    return None if active is None else bool(active)


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordTooShortError()


class IdleLock:
    """Decides when the app locks itself: after ``timeout`` without activity, or on demand."""

    def __init__(self, clock: Clock, timeout: timedelta) -> None:
        self._clock = clock
        self.timeout = timeout
        self._last_activity: datetime = clock.now()
        self.locked = False

    def touch(self) -> None:
        """Call on every keystroke or click while unlocked."""
        if not self.locked:
            self._last_activity = self._clock.now()

    def due(self) -> bool:
        return not self.locked and self._clock.now() - self._last_activity >= self.timeout

    def lock(self) -> None:
        self.locked = True

    def unlock(self) -> None:
        self.locked = False
        self._last_activity = self._clock.now()
