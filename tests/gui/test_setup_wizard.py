"""The first-run wizard, played with the keyboard only, then the app opened with its key."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.gui import settings as keys
from golonline_desktop.gui.i18n import current_language, install_language
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.setup_wizard import OFFICE, RECOVERY, SERVER, SUPERVISOR, SetupWizard
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.setup import inspect_folder
from golonline_desktop.storage import sqlcipher
from golonline_desktop.storage.vault import KdfParams
from tests.factories import business_input

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
pytestmark = pytest.mark.qt_log_ignore(  # the region search's popup, offscreen
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "id")
    yield
    install_language(qapp, "id")


def make_wizard(qtbot: QtBot, paths: DataPaths, clock: FixedClock, regions: object) -> SetupWizard:
    wizard = SetupWizard(
        paths, AppSettings(paths.settings), clock, inspect_folder(paths), regions, kdf=FAST
    )  # type: ignore[arg-type]
    qtbot.addWidget(wizard.dialog)
    wizard.dialog.show()
    qtbot.waitExposed(wizard.dialog)
    wizard.dialog.activateWindow()
    qtbot.waitUntil(wizard.dialog.isActiveWindow)
    return wizard


def focused() -> object:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def test_wizard_by_keyboard_then_the_app_opens_with_the_key(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, regions: object, indonesian: None
) -> None:
    wizard = make_wizard(qtbot, data_paths, clock, regions)
    assert_named(wizard.dialog)
    assert focused() is wizard.language_combo
    press(qtbot, Qt.Key.Key_Down)  # Bahasa Indonesia -> English, applied at once
    assert current_language(QApplication.instance()) == "en"
    qtbot.waitUntil(lambda: wizard.next_button.text() == "&Next")  # LanguageChange is posted
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.pages.currentIndex() == OFFICE and focused() is wizard.office_code_edit
    type_text(qtbot, "jks01")
    press(qtbot, Qt.Key.Key_Return)  # no office name yet: refused, said
    assert wizard.pages.currentIndex() == OFFICE and wizard.message.isVisible()
    assert focused() is wizard.office_name_edit
    type_text(qtbot, "Dinas KUKM Jakarta Selatan")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.region_edit
    type_text(qtbot, "tebet timur")
    popup = wizard.region_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert wizard.region_code == "31.74.01.1001"
    assert "Tebet Timur" in wizard.region_label.text()
    # WORKAROUND: the offscreen platform leaves the closed popup as the active window
    wizard.dialog.activateWindow()
    qtbot.waitUntil(wizard.dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.pages.currentIndex() == SUPERVISOR and focused() is wizard.name_edit
    for text in ("Sri Wahyuni", "198705122010012003", "sri", "sandi-rahasia-1"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "sandi-rahasia-2")  # a typo in the second password
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == SUPERVISOR
    assert "not the same" in wizard.message.text()
    assert focused() is wizard.password_again_edit
    type_text(qtbot, "sandi-rahasia-1")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.pages.currentIndex() == SERVER and focused() is wizard.server_edit
    assert wizard.next_button.text() == "&Set up"
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.pages.currentIndex() == RECOVERY and wizard.result is not None
    code = wizard.recovery_label.text()
    assert code == wizard.result.recovery_code and len(code.replace("-", "")) == 24
    assert not wizard.next_button.isEnabled()  # not before the code is written down
    press(qtbot, Qt.Key.Key_Escape)  # cannot leave the recovery code unseen
    assert wizard.dialog.isVisible()
    assert focused() is wizard.recovery_check
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.dialog.result() == QDialog.DialogCode.Accepted

    settings = AppSettings(data_paths.settings)
    assert settings.get(keys.LANGUAGE) == "en"
    assert sqlcipher.is_encrypted(data_paths.database)
    result = wizard.result
    app = open_app(
        data_paths, clock, regions, key=result.data_key, officer_id=result.actor.officer_id
    )  # type: ignore[arg-type]
    try:
        assert app.actor.name == "Sri Wahyuni" and app.actor.is_supervisor
        with app.store.read() as session:
            from golonline_desktop.storage.models import Office

            office = session.get(Office, app.actor.office_id)
            assert office is not None
            assert (office.code, office.region_code) == ("JKS01", "31.74.01.1001")
    finally:
        app.close()


def test_wizard_says_existing_data_will_be_encrypted(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, regions: object, indonesian: None
) -> None:
    plain = open_app(data_paths, clock, regions)  # type: ignore[arg-type]
    assert plain.registration.register(business_input(0), confirm_warnings=True).saved
    plain.close()
    wizard = make_wizard(qtbot, data_paths, clock, regions)
    assert wizard.encrypt_note.isVisible()
    assert "1 usaha terdaftar" in wizard.encrypt_note.text()
    assert wizard.step_label.text() == "Langkah 1 dari 5"


def test_cancel_before_setup_writes_nothing(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, indonesian: None
) -> None:
    wizard = make_wizard(qtbot, data_paths, clock, None)
    assert not wizard.region_edit.isEnabled()  # no region list: the field is skipped
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.dialog.result() == QDialog.DialogCode.Rejected
    assert wizard.result is None
    assert inspect_folder(data_paths).needs_setup and not data_paths.database.exists()
