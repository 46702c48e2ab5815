"""Locking the window: Ctrl+L, or after some idle minutes (issue 7).

A laptop left open at a registration drive shows owners' NIKs and phone numbers to anyone
passing. Locked, every part of the main window (menus, pages, status bar) is hidden — not
only covered — and its shortcuts and actions are switched off, so nothing can be read or
triggered behind the lock screen; a screen reader finds only the lock screen. Unlocking
needs the password of the officer who was working, or of any supervisor (who unlocks
on that officer's behalf; the session stays the officer's).

The idle rule is ``services.accounts.IdleLock`` over the injected clock; a timer asks it
every few seconds. Tests pass their own clock and call ``check_idle()`` instead of waiting.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from golonline_desktop.domain.clock import Clock
from golonline_desktop.services.accounts import (
    AccountError,
    AccountService,
    IdleLock,
    LoginResult,
)
from golonline_desktop.services.actor import Role
from golonline_desktop.storage.vault import WrongPasswordError

from . import settings as keys
from .i18n import translate
from .login import wrong_password_text
from .settings import AppSettings
from .setup_wizard import explain_account_error
from .ui_loader import load_form_translatable
from .wait_work import run_and_wait

CHECK_INTERVAL_MS = 15_000
LOCK_SHORTCUT = "Ctrl+L"
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockController(QObject):
    """Locks and unlocks one main window.

    Signals:
        locked(): the window content is hidden.
        unlocked(str): an officer unlocked it; the officer id whose password was used.
    """

    locked = Signal()
    unlocked = Signal(str)

    def __init__(
        self,
        window: QWidget,
        accounts: AccountService,
        clock: Clock,
        settings: AppSettings,
        *,
        officer_id: str,
        username: str,
        officer_name: str = "",
        timer: QTimer | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._accounts = accounts
        self._officer_id = officer_id
        self._username = username
        self._officer_name = officer_name or username
        minutes = settings.get(keys.LOCK_IDLE_MINUTES)
        self.idle_enabled = minutes > 0
        self.idle = IdleLock(clock, timedelta(minutes=max(minutes, 1)))
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QShortcut] = []

        screen, self._translator = load_form_translatable("lock_screen.ui", window)
        self.screen: QWidget = screen
        screen.setAutoFillBackground(True)
        screen.hide()
        self.username_edit: QLineEdit = screen.findChild(QLineEdit, "lockUsernameEdit")
        self.password_edit: QLineEdit = screen.findChild(QLineEdit, "lockPasswordEdit")
        self.message: QLabel = screen.findChild(QLabel, "lockMessage")
        self.intro: QLabel = screen.findChild(QLabel, "lockIntro")
        self.unlock_button: QPushButton = screen.findChild(QPushButton, "lockUnlockButton")
        self.unlock_button.clicked.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)

        self.shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), window)
        self.shortcut.setObjectName("lockShortcut")
        self.shortcut.activated.connect(self.lock)
        self.timer = timer if timer is not None else QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_idle)
        if self.idle_enabled:
            self.timer.start()
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.idle.locked

    # -- locking -----------------------------------------------------------------------

    def check_idle(self) -> None:
        if self.idle_enabled and self.idle.due():
            self.lock()

    def lock(self) -> None:
        if self.idle.locked:
            return
        self.idle.lock()
        self._hidden = [
            child
            for child in self._window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child is not self.screen and child.isVisible() and not child.isWindow()
        ]
        for child in self._hidden:
            child.hide()
        self._disabled = [
            item
            for item in (
                *self._window.findChildren(QShortcut),
                *self._window.findChildren(QAction),
            )
            if item is not self.shortcut and item.isEnabled()
        ]
        for item in self._disabled:
            item.setEnabled(False)
        self.username_edit.setText(self._username)
        self.password_edit.clear()
        self._say("")
        self._refresh_intro()
        self.screen.setGeometry(self._window.rect())
        self.screen.show()
        self.screen.raise_()
        self.password_edit.setFocus()
        self.locked.emit()

    def submit(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not password:
            self._say(translate("LockScreen", "Type your password."))
            self.password_edit.setFocus()
            return
        self.unlock_button.setEnabled(False)
        try:
            result: LoginResult = run_and_wait(lambda: self._accounts.login(username, password))
        except WrongPasswordError:
            self._say(wrong_password_text())
            self.password_edit.clear()
            return
        except AccountError as exc:  # too many tries: wait
            self._say(explain_account_error(exc))
            return
        finally:
            self.unlock_button.setEnabled(True)
            self.password_edit.clear()
        if result.officer_id != self._officer_id and result.role is not Role.SUPERVISOR:
            self._say(
                translate(
                    "LockScreen", "Only {name} or a supervisor can unlock this window."
                ).format(name=self._officer_name)
            )
            return
        self.unlock(result.officer_id)

    def unlock(self, by_officer_id: str) -> None:
        self.screen.hide()
        for child in self._hidden:
            child.show()
        for item in self._disabled:
            item.setEnabled(True)
        self._hidden, self._disabled = [], []
        self.idle.unlock()
        self.unlocked.emit(by_officer_id)

    # -- helpers -----------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refresh_intro(self) -> None:
        self.intro.setText(
            translate(
                "LockScreen",
                "The data of this window is hidden. {name}, type your password to go on; "
                "a supervisor may unlock it too.",
            ).format(name=self._officer_name)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in _ACTIVITY:
            self.idle.touch()
        elif watched is self._window and kind == QEvent.Type.Resize and self.is_locked:
            self.screen.setGeometry(self._window.rect())
        elif watched is self.screen and kind == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self._refresh_intro()
        return False
