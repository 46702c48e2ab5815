"""Login (right, wrong, throttled, recovery code), authenticate's routing, and the lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.gui import settings as keys
from golonline_desktop.gui.app import build_main_window
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.lock import LockController
from golonline_desktop.gui.login import FORGOT_PAGE, LoginDialog, authenticate
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import AccountService, LoginPolicy
from golonline_desktop.services.actor import Role
from golonline_desktop.services.app import open_app
from golonline_desktop.services.setup import SetupResult
from golonline_desktop.storage.vault import KeyVault
from tests.accounts_factory import FAST, PASSWORD, set_up_office

POLICY = LoginPolicy(free_attempts=2, first_delay=timedelta(seconds=5))


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def indonesian(qapp: QApplication) -> None:
    install_language(qapp, "id")


@pytest.fixture
def created(data_paths: DataPaths, clock: FixedClock) -> SetupResult:
    return set_up_office(data_paths, clock)


@pytest.fixture
def vault(data_paths: DataPaths, created: SetupResult) -> KeyVault:
    return KeyVault.in_folder(data_paths.root, FAST)


@pytest.fixture
def accounts(vault: KeyVault, clock: FixedClock) -> AccountService:
    return AccountService(vault, clock, POLICY)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def log_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username_edit.clear()
    dialog.username_edit.setFocus()
    qtbot.keyClicks(focused(), username)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), password)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_right_password_logs_in(
    qtbot: QtBot, accounts: AccountService, vault: KeyVault, created: SetupResult
) -> None:
    dialog = LoginDialog(accounts, vault)
    show(qtbot, dialog.dialog)
    assert_named(dialog.dialog)
    assert focused() is dialog.username_edit
    log_in(qtbot, dialog, "Sri", PASSWORD)
    assert dialog.dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result is not None
    assert dialog.result.data_key == created.data_key
    assert dialog.result.officer_id == created.actor.officer_id
    assert dialog.password_edit.text() == ""


def test_wrong_password_then_countdown(
    qtbot: QtBot, accounts: AccountService, vault: KeyVault, clock: FixedClock
) -> None:
    dialog = LoginDialog(accounts, vault)
    show(qtbot, dialog.dialog)
    log_in(qtbot, dialog, "sri", "salah-sekali")
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.result is None and dialog.dialog.isVisible()
    assert focused() is dialog.password_edit and dialog.password_edit.text() == ""
    assert not dialog.wait_label.isVisible()
    log_in(qtbot, dialog, "sri", "salah-lagi")
    log_in(qtbot, dialog, "sri", "salah-ketiga")  # beyond the free attempts: wait 5 s
    assert dialog.wait_label.isVisible() and not dialog.login_button.isEnabled()
    assert "5 detik" in dialog.wait_label.text() and dialog.timer.isActive()
    clock.advance(timedelta(seconds=2))
    dialog.tick()
    assert "3 detik" in dialog.wait_label.text()
    log_in(qtbot, dialog, "sri", PASSWORD)  # Enter while waiting does nothing
    assert dialog.result is None
    clock.advance(timedelta(seconds=3))
    dialog.tick()
    assert not dialog.wait_label.isVisible() and dialog.login_button.isEnabled()
    assert not dialog.timer.isActive()
    log_in(qtbot, dialog, "sri", PASSWORD)
    assert dialog.result is not None


def test_forgot_password_with_the_recovery_code(
    qtbot: QtBot, accounts: AccountService, vault: KeyVault, created: SetupResult
) -> None:
    dialog = LoginDialog(accounts, vault)
    show(qtbot, dialog.dialog)
    qtbot.keyClicks(focused(), "sri")
    dialog.forgot_button.click()
    assert dialog.pages.currentIndex() == FORGOT_PAGE
    assert "supervisor" in dialog.dialog.findChild(QWidget, "forgotIntro").text().lower()
    assert focused() is dialog.forgot_code_edit
    qtbot.keyClicks(focused(), "AAAA-BBBB")
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), "sandi-baru-123")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "kode pemulihan" in dialog.forgot_message.text().lower()
    dialog.forgot_code_edit.setText(created.recovery_code.lower())
    dialog.forgot_password_edit.setText("sandi-baru-123")
    dialog.forgot_again_edit.setText("sandi-baru-123")
    dialog.forgot_code_edit.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result is not None and dialog.result.data_key == created.data_key
    assert vault.unlock("sri", "sandi-baru-123").data_key == created.data_key


def run_modal(action: Any) -> None:
    """Act on the modal dialog ``authenticate`` opens, once it is open."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, attempt)
            return
        action(widget)

    QTimer.singleShot(0, attempt)


def test_authenticate_routes_to_the_wizard_or_the_login(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, regions: Any
) -> None:
    settings = AppSettings(data_paths.settings)
    run_modal(lambda widget: widget.reject())
    assert authenticate(data_paths, settings, clock, regions=regions, kdf=FAST) is None
    assert not KeyVault.in_folder(data_paths.root).exists()

    created = set_up_office(data_paths, clock, office_code="X1")

    def type_login(widget: QWidget) -> None:
        assert widget.objectName() == "LoginDialog"
        widget.findChild(QLineEdit, "loginUsernameEdit").setText("sri")
        password = widget.findChild(QLineEdit, "loginPasswordEdit")
        password.setFocus()
        qtbot.keyClicks(password, PASSWORD)
        qtbot.keyClick(password, Qt.Key.Key_Return)

    run_modal(type_login)
    session = authenticate(data_paths, settings, clock, kdf=FAST)
    assert session is not None
    assert session.officer_id == created.actor.officer_id
    assert session.data_key == created.data_key and session.username == "sri"
    assert PASSWORD not in repr(session) and "data_key" not in repr(session)


@pytest.fixture
def window_and_lock(
    qtbot: QtBot,
    data_paths: DataPaths,
    clock: FixedClock,
    regions: Any,
    created: SetupResult,
    accounts: AccountService,
) -> Iterator[tuple[Any, LockController]]:
    app = open_app(
        data_paths, clock, regions, key=created.data_key, officer_id=created.actor.officer_id
    )
    settings = AppSettings(data_paths.settings)
    window = build_main_window(app, settings, SyncRunner())
    show(qtbot, window.window)
    lock = LockController(
        window.window,
        accounts,
        clock,
        settings,
        officer_id=created.actor.officer_id,
        username="sri",
        officer_name="Sri Wahyuni",
        timer=QTimer(),
    )
    yield window, lock
    app.close()


def visible_content(window: Any, lock: LockController) -> list[QWidget]:
    return [
        child
        for child in window.window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        if child.isVisible() and child is not lock.screen
    ]


def test_ctrl_l_locks_and_only_the_password_unlocks(
    qtbot: QtBot, window_and_lock: tuple[Any, LockController], accounts: AccountService
) -> None:
    window, lock = window_and_lock
    assert visible_content(window, lock)
    qtbot.keyClick(window.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked and lock.screen.isVisible()
    assert visible_content(window, lock) == []  # hidden, not only covered
    assert lock.screen.geometry() == window.window.rect()
    assert_named(lock.screen)
    assert focused() is lock.password_edit and lock.username_edit.text() == "sri"
    assert "Sri Wahyuni" in lock.intro.text()

    qtbot.keyClicks(focused(), "salah-sekali")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert lock.is_locked and lock.message.text() == "Nama pengguna atau kata sandi salah."

    qtbot.keyClicks(lock.password_edit, PASSWORD)
    with qtbot.waitSignal(lock.unlocked) as unlocked:
        qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert unlocked.args == [lock._officer_id]
    assert not lock.is_locked and not lock.screen.isVisible()
    assert visible_content(window, lock)


def test_a_petugas_cannot_unlock_another_officers_window(
    qtbot: QtBot,
    window_and_lock: tuple[Any, LockController],
    vault: KeyVault,
    created: SetupResult,
) -> None:
    vault.add_officer(created.data_key, "officer-budi", "budi", Role.PETUGAS.value, "sandi-budi-1")
    _window, lock = window_and_lock
    lock.lock()
    lock.username_edit.setText("budi")
    lock.password_edit.setText("sandi-budi-1")
    lock.submit()
    assert lock.is_locked and "Sri Wahyuni" in lock.message.text()


def test_idle_minutes_lock_the_window(
    qtbot: QtBot, window_and_lock: tuple[Any, LockController], clock: FixedClock
) -> None:
    window, lock = window_and_lock
    assert lock.idle_enabled and lock.idle.timeout == timedelta(minutes=10)
    clock.advance(timedelta(minutes=9))
    lock.check_idle()
    assert not lock.is_locked
    qtbot.keyClick(window.window, Qt.Key.Key_Shift)  # any key press is activity
    clock.advance(timedelta(minutes=9))
    lock.check_idle()
    assert not lock.is_locked
    clock.advance(timedelta(minutes=1, seconds=1))
    with qtbot.waitSignal(lock.locked):
        lock.timer.timeout.emit()  # what the real timer does every 15 s
    assert lock.is_locked and visible_content(window, lock) == []


def test_idle_lock_can_be_switched_off(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, accounts: AccountService
) -> None:
    settings = AppSettings(data_paths.settings)
    settings.set(keys.LOCK_IDLE_MINUTES, 0)
    host = QWidget()
    qtbot.addWidget(host)
    lock = LockController(
        host, accounts, clock, settings, officer_id="x", username="sri", timer=QTimer()
    )
    clock.advance(timedelta(hours=5))
    lock.check_idle()
    assert not lock.is_locked and not lock.timer.isActive()
