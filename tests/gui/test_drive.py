"""The registration drive: picked or created before the first registration of the day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import settings as keys
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.app import App
from tests.gui.registration_helpers import open_window, pick_from_search, when_modal

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(autouse=True)
def indonesian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "id")
    yield
    install_language(qapp, "id")


def create_drive_by_keyboard(qtbot: QtBot, dialog: QWidget, name: str, place: str) -> None:
    assert_named(dialog)
    name_edit = dialog.findChild(QLineEdit, "driveNameEdit")
    assert QApplication.focusWidget() is name_edit  # no drive yet: straight to the name
    qtbot.keyClicks(name_edit, name)
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)  # on to the date, kept as today
    assert QApplication.focusWidget() is dialog.findChild(QWidget, "driveDateEdit")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    place_edit = dialog.findChild(QLineEdit, "drivePlaceEdit")
    assert QApplication.focusWidget() is place_edit
    pick_from_search(qtbot, place_edit, place)
    assert "Tebet" in dialog.findChild(QLabel, "drivePlaceValue").text()
    create = dialog.findChild(QPushButton, "driveCreateButton")
    assert QApplication.focusWidget() is create
    qtbot.keyClick(create, Qt.Key.Key_Space)


def test_first_registration_creates_the_drive_by_keyboard(app: App, qtbot: QtBot) -> None:
    window = open_window(qtbot, app)
    ran = when_modal(
        "DriveDialog", lambda d: create_drive_by_keyboard(qtbot, d, "Pendataan Tebet", "tebet")
    )
    qtbot.keyClick(window.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ran
    drives = app.drives.list()
    assert [(d.name, d.region_code, d.drive_date) for d in drives] == [
        ("Pendataan Tebet", "31.74.01", app.clock.today())
    ]
    assert window.businesses is not None and window.businesses.form_open
    assert window.status_labels["driveStatus"].text() == "Kegiatan: Pendataan Tebet"
    settings = AppSettings(app.paths.settings)
    assert settings.get(keys.CURRENT_DRIVE_ID) == drives[0].id


def test_missing_place_is_explained_and_nothing_created(app: App, qtbot: QtBot) -> None:
    window = open_window(qtbot, app)
    messages: list[str] = []

    def act(dialog: QWidget) -> None:
        name_edit = dialog.findChild(QLineEdit, "driveNameEdit")
        qtbot.keyClicks(name_edit, "Tanpa tempat")
        qtbot.keyClick(dialog.findChild(QPushButton, "driveCreateButton"), Qt.Key.Key_Space)
        messages.append(dialog.findChild(QLabel, "driveMessage").text())
        assert QApplication.focusWidget() is dialog.findChild(QLineEdit, "drivePlaceEdit")
        qtbot.keyClick(dialog.findChild(QPushButton, "driveCancelButton"), Qt.Key.Key_Space)

    ran = when_modal("DriveDialog", act)
    qtbot.keyClick(window.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ran and messages == ["Pilih tempat dari daftar yang muncul saat Anda mengetik."]
    assert app.drives.list() == []
    assert window.status_labels["driveStatus"].text() == "Kegiatan: belum dipilih"


def test_the_drive_is_kept_for_the_day_and_asked_again_the_next(app: App, qtbot: QtBot) -> None:
    drive = app.drives.create("Pendataan Tebet", app.clock.today(), "31.74.01")
    settings = AppSettings(app.paths.settings)
    settings.set(keys.CURRENT_DRIVE_ID, drive.id)
    settings.set(keys.CURRENT_DRIVE_DAY, str(app.clock.today()))
    settings.sync()
    window = open_window(qtbot, app)
    assert window.status_labels["driveStatus"].text() == "Kegiatan: Pendataan Tebet"
    window.new_registration()  # same day: no question
    assert window.businesses is not None and window.businesses.form_open
    assert window.businesses.form.widget.findChild(QLabel, "formDriveValue").text() == (
        "Kegiatan: Pendataan Tebet"
    )
    owner = window.businesses.form.edits["owner_name"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is owner, timeout=2000)
    qtbot.keyClick(owner, Qt.Key.Key_Escape)  # nothing typed: no question
    assert not window.businesses.form_open

    app.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    listed: list[int] = []

    def act(dialog: QWidget) -> None:
        drives = dialog.findChild(QListWidget, "driveList")
        listed.append(drives.count())
        assert drives.currentItem().text().startswith("Pendataan Tebet — 27 November 2026")
        qtbot.keyClick(drives, Qt.Key.Key_Return)  # Enter on a listed drive uses it

    ran = when_modal("DriveDialog", act)
    window.new_registration()
    assert ran and listed == [1]
    assert AppSettings(app.paths.settings).get(keys.CURRENT_DRIVE_DAY) == "2026-11-28"
