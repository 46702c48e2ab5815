"""A deactivated officer typing the right password is told so, in their language."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.login import LoginDialog
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import AccountService
from golonline_desktop.services.actor import Role
from golonline_desktop.services.app import open_app
from golonline_desktop.storage.models import Officer
from golonline_desktop.storage.vault import KeyVault
from tests.accounts_factory import FAST, set_up_office


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_deactivated_officer_sees_why_and_stays_out(
    qtbot: QtBot, qapp: QApplication, data_paths: DataPaths, clock: FixedClock
) -> None:
    install_language(qapp, "id")
    created = set_up_office(data_paths, clock)
    vault = KeyVault.in_folder(data_paths.root, FAST)
    accounts = AccountService(vault, clock)
    accounts.add_officer(
        created.actor, created.data_key, "officer-budi", "budi", Role.PETUGAS, "sandi-budi-1"
    )
    app = open_app(data_paths, clock, key=created.data_key, officer_id=created.actor.officer_id)
    try:
        with app.store.write() as session:
            session.add(
                Officer(
                    id="officer-budi",
                    office_id=created.actor.office_id,
                    name="Budi",
                    role=Role.PETUGAS.value,
                    created_at=clock.now(),
                    username="budi",
                    active=False,  # deactivated; its wrap is still in the vault
                )
            )
    finally:
        app.close()

    dialog = LoginDialog(accounts, vault)
    qtbot.addWidget(dialog.dialog)
    dialog.dialog.show()
    qtbot.waitExposed(dialog.dialog)
    dialog.dialog.activateWindow()
    qtbot.waitUntil(dialog.dialog.isActiveWindow)
    dialog.username_edit.setFocus()
    qtbot.keyClicks(_focused(), "budi")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "sandi-budi-1")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    assert dialog.message.text() == (
        "Akun ini sudah dinonaktifkan. Minta supervisor untuk mengaktifkannya kembali."
    )
    assert dialog.message.isVisible() and dialog.dialog.isVisible()
    assert dialog.result is None and dialog.dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == "" and dialog.login_button.isEnabled()
