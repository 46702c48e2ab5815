"""The revoked laptop's dialog, driven as a supervisor would: log in, hand over, erase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.domain.ids import new_id
from golonline_desktop.gui import dialogs
from golonline_desktop.gui.revoked_dialog import DECIDE, LOGIN, NOTICE, RevokedDialog
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.handover import import_handover
from golonline_desktop.services.revocation import RevocationService, is_revoked
from golonline_desktop.storage.vault import KeyVault
from tests.accounts_factory import FAST, set_up_office
from tests.factories import business_input

PASSWORD = "sandi-rahasia-1"
PASSPHRASE = "serah-terima-kantor-jkp01"


@pytest.fixture
def revoked(tmp_path: Path) -> DataPaths:
    """An encrypted laptop of office JKP01 with one unsent registration and a petugas."""
    paths = DataPaths(tmp_path / "revoked").ensure()
    setup = set_up_office(paths, SystemClock(), office_code="JKP01")
    KeyVault.in_folder(paths.root, FAST).add_officer(
        setup.data_key, new_id(), "budi", "petugas", PASSWORD
    )
    app = open_app(paths, key=setup.data_key, officer_id=setup.actor.officer_id)
    try:
        assert app.registration.register(business_input(1)).saved
        RevocationService(app.store, app.paths, app.clock).handle_revocation("revoked")
    finally:
        app.close()
    return paths


@pytest.fixture
def dialog(qtbot: QtBot, revoked: DataPaths) -> Any:
    shown = RevokedDialog(revoked, SystemClock(), kdf=FAST)
    qtbot.addWidget(shown.dialog)
    shown.dialog.show()
    yield shown
    shown._close_app()


def click(qtbot: QtBot, dialog: RevokedDialog, name: str) -> None:
    button = dialog.dialog.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def log_in(qtbot: QtBot, dialog: RevokedDialog, username: str, password: str) -> None:
    dialog.username_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_only_a_supervisor_gets_past_the_login(qtbot: QtBot, dialog: RevokedDialog) -> None:
    assert dialog.pages.currentIndex() == NOTICE
    click(qtbot, dialog, "supervisorButton")
    assert dialog.pages.currentIndex() == LOGIN

    log_in(qtbot, dialog, "sri", "bukan-sandinya")
    assert dialog.pages.currentIndex() == LOGIN
    assert "password" in dialog.login_message.text().lower()

    log_in(qtbot, dialog, "budi", PASSWORD)  # a petugas
    assert dialog.pages.currentIndex() == LOGIN
    assert dialog.login_message.text() == "Only a supervisor can do this."

    log_in(qtbot, dialog, "sri", PASSWORD)
    assert dialog.pages.currentIndex() == DECIDE
    # the registration and the supervisor's own officer record (setup queues it)
    assert dialog.summary.text() == "Not sent yet: 2 changes and 0 photos."


def test_the_supervisor_saves_the_unsent_data_for_another_laptop(
    qtbot: QtBot, dialog: RevokedDialog, tmp_path: Path, clock, regions
) -> None:
    click(qtbot, dialog, "supervisorButton")
    log_in(qtbot, dialog, "sri", PASSWORD)
    target = tmp_path / "serah-terima.golonline"
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(target))
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE + "x")
    click(qtbot, dialog, "exportButton")
    assert dialog.message.text() == "The two passphrases differ." and not target.exists()

    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
    click(qtbot, dialog, "exportButton")
    assert dialog.message.text().startswith("Saved 2 changes and 0 photos to ")
    assert dialog.passphrase_edit.text() == ""  # not left on screen

    other = open_app(DataPaths(tmp_path / "other").ensure(), clock, regions)
    try:  # the receiving laptop must be of the same office
        from sqlalchemy import select

        from golonline_desktop.storage.models import Office

        with other.store.write() as session:
            session.scalar(select(Office)).code = "JKP01"
        assert import_handover(other, target, PASSPHRASE).changes == 2
    finally:
        other.close()


def test_erasing_asks_first_then_leaves_only_the_marker_and_logs(
    qtbot: QtBot, dialog: RevokedDialog, revoked: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    click(qtbot, dialog, "supervisorButton")
    log_in(qtbot, dialog, "sri", PASSWORD)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def answer(box: QMessageBox) -> int:
        box.button(next(answers)).click()
        return 0

    monkeypatch.setattr(dialogs, "_exec", answer)
    click(qtbot, dialog, "eraseButton")
    assert revoked.database.exists()  # "No" keeps everything
    click(qtbot, dialog, "eraseButton")
    assert not revoked.database.exists()
    assert {p.name for p in revoked.root.iterdir()} <= {"REVOKED.json", "logs"}
    assert is_revoked(revoked) is not None
    assert dialog.message.text() == "This laptop's data was erased."
    assert not dialog.export_button.isEnabled() and not dialog.erase_button.isEnabled()
