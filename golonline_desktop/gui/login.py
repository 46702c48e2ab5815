"""Before the main window: the first-run wizard, or the login dialog (issue 7).

``authenticate`` decides which, from what the data folder holds:

- no key vault and no database, or an empty plain one: the wizard sets the laptop up;
- no key vault but a plain database with registrations: the same wizard, which says it
  will back the data up and encrypt it;
- a key vault: the login dialog. A wrong password is said plainly (never which half was
  wrong); after a few, the next try must wait, shown as a countdown; "forgot password"
  explains that a supervisor resets it, or opens the recovery-code path for a supervisor.

Every path ends with the data key and the officer id that ``open_app`` needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from golonline_desktop.domain.clock import Clock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import (
    MIN_PASSWORD_LENGTH,
    WRONG_PASSWORD_MESSAGE,
    AccountError,
    AccountService,
    LoginPolicy,
    LoginResult,
    LoginThrottledError,
    PasswordTooShortError,
)
from golonline_desktop.services.actor import Role
from golonline_desktop.services.setup import finish_encryption, inspect_folder
from golonline_desktop.storage.region_directory import RegionDirectory
from golonline_desktop.storage.vault import (
    DEFAULT_KDF,
    KdfParams,
    KeyVault,
    VaultEntry,
    VaultError,
    WrongPasswordError,
    normalise_username,
)

from .i18n import translate
from .settings import AppSettings
from .setup_wizard import SetupWizard, explain_account_error
from .ui_loader import load_form_translatable
from .wait_work import run_and_wait

LOGIN_PAGE, FORGOT_PAGE = 0, 1
TICK_MS = 1000


@dataclass(frozen=True)
class Session:
    """Who is working, and the key that opens the database (kept out of repr).

    ``enroll_requested``: the first-run wizard was asked to enroll the laptop with the
    server once the main window is open. ``first_run``: the wizard just set it up.
    """

    officer_id: str
    data_key: bytes = field(repr=False)
    entry: VaultEntry | None
    first_run: bool = False
    enroll_requested: bool = False

    @property
    def username(self) -> str:
        return self.entry.username if self.entry is not None else ""


def wrong_password_text() -> str:
    return translate("Accounts", WRONG_PASSWORD_MESSAGE)


class LoginDialog(QObject):
    """Username and password; ``ask()`` returns the ``LoginResult`` or None (quit).

    The throttle countdown is driven by ``timer`` (one tick a second, reading the injected
    clock); tests call ``tick()`` after moving their clock.
    """

    def __init__(
        self,
        accounts: AccountService,
        vault: KeyVault,
        parent: QWidget | None = None,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("login_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._accounts = accounts
        self._vault = vault
        self.result: LoginResult | None = None
        find = form.findChild
        self.pages: QStackedWidget = find(QStackedWidget, "loginPages")
        self.username_edit: QLineEdit = find(QLineEdit, "loginUsernameEdit")
        self.password_edit: QLineEdit = find(QLineEdit, "loginPasswordEdit")
        self.message: QLabel = find(QLabel, "loginMessage")
        self.wait_label: QLabel = find(QLabel, "loginWait")
        self.login_button: QPushButton = find(QPushButton, "loginButton")
        self.cancel_button: QPushButton = find(QPushButton, "loginCancelButton")
        self.forgot_button: QPushButton = find(QPushButton, "loginForgotButton")
        self.forgot_username_edit: QLineEdit = find(QLineEdit, "forgotUsernameEdit")
        self.forgot_code_edit: QLineEdit = find(QLineEdit, "forgotCodeEdit")
        self.forgot_password_edit: QLineEdit = find(QLineEdit, "forgotPasswordEdit")
        self.forgot_again_edit: QLineEdit = find(QLineEdit, "forgotPasswordAgainEdit")
        self.forgot_message: QLabel = find(QLabel, "forgotMessage")
        self.reset_button: QPushButton = find(QPushButton, "forgotResetButton")
        self.back_button: QPushButton = find(QPushButton, "forgotBackButton")
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.login_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(form.reject)
        self.forgot_button.clicked.connect(lambda: self.show_page(FORGOT_PAGE))
        self.back_button.clicked.connect(lambda: self.show_page(LOGIN_PAGE))
        self.reset_button.clicked.connect(self.reset_with_recovery_code)
        self.username_edit.textEdited.connect(lambda _text: self.tick())
        self.username_edit.setText(username)
        form.installEventFilter(self)
        self.show_page(LOGIN_PAGE)

    def ask(self) -> LoginResult | None:
        self.dialog.exec()
        self.timer.stop()
        return self.result

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        on_login = page == LOGIN_PAGE
        self.login_button.setVisible(on_login)
        self.forgot_button.setVisible(on_login)
        self.reset_button.setVisible(not on_login)
        self.back_button.setVisible(not on_login)
        (self.login_button if on_login else self.reset_button).setDefault(True)
        self._say("")
        self._say_forgot("")
        if on_login:
            self.tick()
            (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()
        else:
            self.forgot_username_edit.setText(self.username_edit.text().strip())
            (self.forgot_code_edit if self.forgot_username_edit.text() else
             self.forgot_username_edit).setFocus()  # fmt: skip

    # -- logging in --------------------------------------------------------------------

    def submit(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self._say(translate("LoginDialog", "Type your username."))
            self.username_edit.setFocus()
            return
        if not password:
            self._say(translate("LoginDialog", "Type your password."))
            self.password_edit.setFocus()
            return
        self._say(translate("LoginDialog", "Checking…"))
        self.login_button.setEnabled(False)
        try:
            result = run_and_wait(lambda: self._accounts.login(username, password))
        except WrongPasswordError:
            self._say(wrong_password_text())
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        except LoginThrottledError:
            self._say("")
            return
        except AccountError as exc:  # e.g. a deactivated officer, with the right password
            self._say(explain_account_error(exc))
            self.password_edit.clear()
            return
        except VaultError as exc:
            self._say(
                translate("LoginDialog", "The key file {file} cannot be read: {reason}").format(
                    file=self._vault.path, reason=str(exc) or type(exc).__name__
                )
            )
            return
        finally:
            self.tick()  # the button comes back unless the officer must now wait
        self.password_edit.clear()
        self.result = result
        self.dialog.accept()

    def tick(self) -> None:
        """Show how long the officer must still wait, and hold the button until then."""
        username = self.username_edit.text().strip()
        wait = self._accounts.wait_before_next_try(username) if username else timedelta(0)
        seconds = int(wait.total_seconds() + 0.999)
        waiting = seconds > 0
        self.login_button.setEnabled(not waiting)
        self.wait_label.setVisible(waiting)
        if waiting:
            self.wait_label.setText(
                translate(
                    "LoginDialog",
                    "Too many wrong passwords. You can try again in {seconds} seconds.",
                ).format(seconds=seconds)
            )
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    # -- the recovery code -------------------------------------------------------------

    def reset_with_recovery_code(self) -> None:
        username = self.forgot_username_edit.text().strip()
        code = self.forgot_code_edit.text()
        password = self.forgot_password_edit.text()
        if not username or not code.strip():
            self._say_forgot(
                translate("LoginDialog", "Type the supervisor's username and the recovery code.")
            )
            return
        if password != self.forgot_again_edit.text():
            self._say_forgot(
                translate("LoginDialog", "The two passwords are not the same. Type it again.")
            )
            self.forgot_again_edit.clear()
            self.forgot_again_edit.setFocus()
            return
        self.reset_button.setEnabled(False)
        try:
            self.result = run_and_wait(lambda: self._recover(username, code, password))
        except AccountError as exc:
            self._say_forgot(explain_account_error(exc))
            return
        except WrongPasswordError:
            self._say_forgot(
                translate(
                    "LoginDialog",
                    "The recovery code or the username is wrong. Check every character.",
                )
            )
            return
        except VaultError as exc:
            self._say_forgot(str(exc))
            return
        finally:
            self.reset_button.setEnabled(True)
        self.dialog.accept()

    def _recover(self, username: str, code: str, password: str) -> LoginResult:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordTooShortError()
        data_key = self._vault.unlock_with_recovery_code(code)
        name = normalise_username(username)
        if not any(e.username == name and e.role == Role.SUPERVISOR for e in self._vault.entries()):
            raise WrongPasswordError()  # the code re-opens a supervisor's account only
        self._vault.reset_password(data_key, username, password)
        self._vault.clear_failures(username)
        return self._accounts.login(username, password)

    # -- helpers -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say_forgot(self, text: str) -> None:
        self.forgot_message.setText(text)
        self.forgot_message.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self.tick()
        return False


def authenticate(
    paths: DataPaths,
    settings: AppSettings,
    clock: Clock,
    parent: QWidget | None = None,
    *,
    regions: RegionDirectory | None = None,
    kdf: KdfParams = DEFAULT_KDF,
    policy: LoginPolicy | None = None,
) -> Session | None:
    """The wizard or the login dialog, as the data folder needs; None when the officer quit."""
    paths.ensure()
    state = inspect_folder(paths)
    if state.needs_setup:
        wizard = SetupWizard(
            paths, settings, clock, state, regions or _open_regions(), parent, kdf=kdf
        )
        created = wizard.ask()
        if created is None:
            return None
        vault = KeyVault.in_folder(paths.root, kdf)
        entry = next(e for e in vault.entries() if e.officer_id == created.actor.officer_id)
        return Session(
            created.actor.officer_id,
            created.data_key,
            entry,
            first_run=True,
            enroll_requested=wizard.enroll_requested,
        )
    vault = KeyVault.in_folder(paths.root, kdf)
    dialog = LoginDialog(AccountService(vault, clock, policy), vault, parent)
    login = dialog.ask()
    if login is None:
        return None
    finish_encryption(paths, clock, login.data_key)  # a setup cut short by a crash
    return Session(login.officer_id, login.data_key, login.entry)


def _open_regions() -> RegionDirectory | None:
    try:
        return RegionDirectory.open()
    except Exception:  # the wizard works without the region search
        return None
