"""The Pengaturan page's account buttons: officers and the audit log, driven like an officer.

Widgets are found by objectName; text goes in through keys, buttons are clicked.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.gui import dialogs
from golonline_desktop.gui.administration import Administration, install_administration
from golonline_desktop.gui.app import build_main_window
from golonline_desktop.gui.audit_log_dialog import AuditLogDialog
from golonline_desktop.gui.audit_table_model import AuditTableModel
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.login import Session
from golonline_desktop.gui.main_window import MainWindow, Page
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import AccountService
from golonline_desktop.services.actor import Role
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.audit_view import AuditFilter, AuditLogService
from golonline_desktop.services.officers import NewOfficer, OfficerService
from golonline_desktop.services.setup import SetupResult
from golonline_desktop.storage.models import AuditEvent, Officer
from golonline_desktop.storage.vault import KeyVault, WrongPasswordError
from tests.accounts_factory import FAST, set_up_office
from tests.factories import business_input

GOOD_NIP = "199003152015031002"
BAD_NIP = "199003152015031"  # 15 digits


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def created(data_paths: DataPaths, clock: FixedClock) -> SetupResult:
    return set_up_office(data_paths, clock)


@pytest.fixture
def vault(data_paths: DataPaths, created: SetupResult) -> KeyVault:
    return KeyVault.in_folder(data_paths.root, FAST)


@pytest.fixture
def accounts(vault: KeyVault, clock: FixedClock) -> AccountService:
    return AccountService(vault, clock)


def open_as(paths: DataPaths, clock: FixedClock, regions: Any, key: bytes, officer_id: str) -> App:
    return open_app(paths, clock, regions, key=key, officer_id=officer_id)


def shown_window(
    qtbot: QtBot, app: App, session: Session | None
) -> tuple[MainWindow, Administration]:
    window = build_main_window(app, AppSettings(app.paths.settings), SyncRunner())  # type: ignore[arg-type]
    qtbot.addWidget(window.window)
    admin = install_administration(window, app, SyncRunner(), session, kdf=FAST)
    window.show()
    qtbot.waitExposed(window.window)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_page().objectName() == "settingsPage"
    assert window.navigation.currentRow() == Page.SETTINGS
    return window, admin


@pytest.fixture
def supervisor(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, regions: Any, created: SetupResult
) -> Iterator[tuple[App, MainWindow, Administration]]:
    app = open_as(data_paths, clock, regions, created.data_key, created.actor.officer_id)
    session = Session(created.actor.officer_id, created.data_key, None)
    window, admin = shown_window(qtbot, app, session)
    yield app, window, admin
    app.close()


def activate(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def child(root: QWidget, kind: type, name: str) -> Any:
    found = root.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = child(root, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into(qtbot: QtBot, root: QWidget, name: str, text: str) -> None:
    edit = child(root, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)


def click_row(qtbot: QtBot, table: QTableWidget, text: str) -> None:
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == text:
            rect = table.visualItemRect(table.item(row, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no row {text!r}")


def answer(
    monkeypatch: pytest.MonkeyPatch, choices: list[dialogs.Choice], asked: list[str]
) -> None:
    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        box.button(choices.pop(0).value).click()
        return 0

    monkeypatch.setattr(dialogs, "_exec", fake_exec)


def officer_names(app: App) -> list[str]:
    with app.store.read() as session:
        return sorted(session.scalars(select(Officer.name)))


# -- officers --------------------------------------------------------------------------------


def add_officer(qtbot: QtBot, dialog: QDialog, nip: str) -> None:
    type_into(qtbot, dialog, "officerNameEdit", "Budi Santoso")
    type_into(qtbot, dialog, "officerNipEdit", nip)
    type_into(qtbot, dialog, "officerUsernameEdit", "budi")
    type_into(qtbot, dialog, "officerPasswordEdit", "budi-sandi-1")
    type_into(qtbot, dialog, "officerPasswordAgainEdit", "budi-sandi-1")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_supervisor_adds_resets_and_deactivates_an_officer(
    qtbot: QtBot,
    supervisor: tuple[App, MainWindow, Administration],
    vault: KeyVault,
    accounts: AccountService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, window, admin = supervisor
    click(qtbot, window.window, "manageOfficersButton")
    assert admin.officers_dialog is not None
    dialog = admin.officers_dialog.dialog
    activate(qtbot, dialog)
    assert_named(dialog)
    table = child(dialog, QTableWidget, "officersTable")
    assert admin.officers_dialog.table_rows() == [
        ["Sri Wahyuni", "", "sri", "Supervisor", "Active (you)"]
    ]

    click(qtbot, dialog, "addOfficerButton")
    assert focused().objectName() == "officerNameEdit"
    add_officer(qtbot, dialog, BAD_NIP)
    nip_message = child(dialog, QLabel, "officerNipMessage").text()
    assert "18" in nip_message and "15" in nip_message
    assert officer_names(app) == ["Sri Wahyuni"] and len(vault.entries()) == 1
    assert focused().objectName() == "officerNipEdit"

    qtbot.keyClicks(focused(), GOOD_NIP)  # the wrong NIP is selected: typing replaces it
    child(dialog, QLineEdit, "officerPasswordAgainEdit").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert officer_names(app) == ["Budi Santoso", "Sri Wahyuni"]
    rows = admin.officers_dialog.table_rows()
    assert ["Budi Santoso", GOOD_NIP, "budi", "Field officer", "Active"] in rows
    assert "budi" in child(dialog, QLabel, "officersMessage").text()
    budi_id = accounts.login("budi", "budi-sandi-1").officer_id

    click_row(qtbot, table, "Budi Santoso")
    click(qtbot, dialog, "resetPasswordButton")
    assert "Budi Santoso" in child(dialog, QLabel, "passwordTitle").text()
    assert not child(dialog, QLineEdit, "passwordOldEdit").isVisible()
    type_into(qtbot, dialog, "passwordNewEdit", "sandi-baru-99")
    type_into(qtbot, dialog, "passwordAgainEdit", "sandi-baru-98")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "not the same" in child(dialog, QLabel, "passwordMessage").text()
    type_into(qtbot, dialog, "passwordAgainEdit", "sandi-baru-99")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert accounts.login("budi", "sandi-baru-99").officer_id == budi_id

    asked: list[str] = []
    answer(monkeypatch, [dialogs.Choice.YES], asked)
    click_row(qtbot, table, "Budi Santoso")
    click(qtbot, dialog, "deactivateButton")
    assert "Budi Santoso" in asked[0]
    assert ["Budi Santoso", GOOD_NIP, "budi", "Field officer", "Deactivated"] in (
        admin.officers_dialog.table_rows()
    )
    with pytest.raises(WrongPasswordError):
        accounts.login("budi", "sandi-baru-99")
    assert not child(dialog, QPushButton, "deactivateButton").isEnabled()
    assert child(dialog, QPushButton, "reactivateButton").isEnabled()


def test_own_row_cannot_be_deactivated_or_reset(
    qtbot: QtBot, supervisor: tuple[App, MainWindow, Administration]
) -> None:
    _, window, admin = supervisor
    click(qtbot, window.window, "manageOfficersButton")
    assert admin.officers_dialog is not None
    dialog = admin.officers_dialog.dialog
    click_row(qtbot, child(dialog, QTableWidget, "officersTable"), "Sri Wahyuni")
    for name in ("resetPasswordButton", "deactivateButton", "reactivateButton"):
        assert not child(dialog, QPushButton, name).isEnabled(), name


def test_escape_goes_back_to_the_list(
    qtbot: QtBot, supervisor: tuple[App, MainWindow, Administration]
) -> None:
    _, window, admin = supervisor
    click(qtbot, window.window, "manageOfficersButton")
    assert admin.officers_dialog is not None
    dialog = admin.officers_dialog.dialog
    activate(qtbot, dialog)
    click(qtbot, dialog, "addOfficerButton")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert admin.officers_dialog.pages.currentIndex() == 0 and dialog.isVisible()


@pytest.fixture
def petugas(
    qtbot: QtBot,
    data_paths: DataPaths,
    clock: FixedClock,
    regions: Any,
    created: SetupResult,
    vault: KeyVault,
    accounts: AccountService,
) -> Iterator[tuple[App, MainWindow, Administration]]:
    boss = open_as(data_paths, clock, regions, created.data_key, created.actor.officer_id)
    service = OfficerService(boss.store, clock, boss.actor, vault, created.data_key, accounts)
    data = NewOfficer("Budi Santoso", GOOD_NIP, "budi", Role.PETUGAS, "budi-sandi-1")
    assert service.add_officer(data).saved
    boss.close()
    login = accounts.login("budi", "budi-sandi-1")
    app = open_as(data_paths, clock, regions, login.data_key, login.officer_id)
    assert app.actor.role is Role.PETUGAS
    window, admin = shown_window(qtbot, app, Session(login.officer_id, login.data_key, None))
    yield app, window, admin
    app.close()


def test_a_petugas_sees_only_the_password_button(
    qtbot: QtBot,
    petugas: tuple[App, MainWindow, Administration],
    accounts: AccountService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, window, admin = petugas
    assert not child(window.window, QPushButton, "manageOfficersButton").isVisible()
    assert not child(window.window, QPushButton, "auditLogButton").isVisible()
    click(qtbot, window.window, "changePasswordButton")
    assert admin.officers_dialog is not None
    dialog = admin.officers_dialog.dialog
    activate(qtbot, dialog)
    assert admin.officers_dialog.pages.currentIndex() == 2
    assert focused().objectName() == "passwordOldEdit"
    qtbot.keyClicks(focused(), "salah-sekali")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "budi-sandi-2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "budi-sandi-2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "current password is wrong" in child(dialog, QLabel, "passwordMessage").text()
    assert focused().objectName() == "passwordOldEdit"
    asked: list[str] = []
    answer(monkeypatch, [dialogs.Choice.OK], asked)
    qtbot.keyClicks(focused(), "budi-sandi-1")
    for _ in range(3):  # on to the new passwords (still typed), then save
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert asked and "changed" in asked[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.login("budi", "budi-sandi-2").role is Role.PETUGAS


# -- audit log -------------------------------------------------------------------------------


@pytest.fixture
def plain(qtbot: QtBot, app: App) -> Iterator[tuple[App, MainWindow, Administration]]:
    """A plain (unencrypted) folder whose only officer is its supervisor, no login."""
    for n in range(3):
        outcome = app.registration.register(
            business_input(n), confirm_warnings=True, duplicate_reason="uji"
        )
        assert outcome.saved
    window, admin = shown_window(qtbot, app, None)
    yield app, window, admin


def open_audit(qtbot: QtBot, window: MainWindow, admin: Administration) -> AuditLogDialog:
    click(qtbot, window.window, "auditLogButton")
    assert admin.audit_dialog is not None
    activate(qtbot, admin.audit_dialog.dialog)
    return admin.audit_dialog


def test_no_login_means_no_password_buttons(plain: tuple[App, MainWindow, Administration]) -> None:
    _, window, _ = plain
    assert not child(window.window, QPushButton, "changePasswordButton").isVisible()
    assert not child(window.window, QPushButton, "manageOfficersButton").isVisible()
    assert child(window.window, QPushButton, "auditLogButton").isVisible()


def test_audit_viewer_shows_and_filters_events(
    qtbot: QtBot, plain: tuple[App, MainWindow, Administration]
) -> None:
    app, window, admin = plain
    audit = open_audit(qtbot, window, admin)
    assert_named(audit.dialog)
    rows = audit.shown_rows()
    assert [r[3] for r in rows] == ["Created", "Created", "Created", "Laptop set up"]
    assert [r[4] for r in rows] == ["UMKM", "UMKM", "UMKM", "Office"]
    assert rows[0][2] == app.actor.name and rows[0][1] == "27-11-2026 " + rows[0][1][11:]
    assert "4" in child(audit.dialog, QLabel, "auditCountLabel").text()

    combo = child(audit.dialog, QComboBox, "auditEntityCombo")
    combo.setFocus()
    qtbot.keyClicks(combo, "Office")
    assert combo.currentData() == "office"
    assert [r[3] for r in audit.shown_rows()] == ["Laptop set up"]
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # "All record types"
    assert combo.currentData() is None and len(audit.shown_rows()) == 4

    officer = child(audit.dialog, QComboBox, "auditOfficerCombo")
    assert officer.count() == 2  # all, and the one officer
    officer.setFocus()
    qtbot.keyClick(officer, Qt.Key.Key_Down)
    assert officer.currentData() == app.actor.officer_id and len(audit.shown_rows()) == 4

    check = child(audit.dialog, QCheckBox, "auditDateCheck")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(4, check.height() // 2))
    assert check.isChecked() and len(audit.shown_rows()) == 4  # the last 30 days
    from_edit = child(audit.dialog, QDateEdit, "auditFromEdit")
    from_edit.setFocus()
    qtbot.keyClick(from_edit, Qt.Key.Key_End)  # the year section
    qtbot.keyClick(from_edit, Qt.Key.Key_Up)  # 2026 -> 2027: after every event
    assert from_edit.date().year() == 2027
    assert audit.shown_rows() == [] and "0" in child(audit.dialog, QLabel, "auditCountLabel").text()


def test_verify_reports_ok_then_the_edited_row(
    qtbot: QtBot, plain: tuple[App, MainWindow, Administration]
) -> None:
    app, window, admin = plain
    audit = open_audit(qtbot, window, admin)
    result = child(audit.dialog, QLabel, "auditVerifyResult")
    click(qtbot, audit.dialog, "auditVerifyButton")
    assert "intact" in result.text() and "4 events" in result.text()

    with app.store.read() as session:
        target = list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))[2]
    app.store.close()
    connection = sqlite3.connect(app.paths.database)
    with connection:
        connection.execute(
            "UPDATE audit_event SET officer_id = 'someone-else' WHERE id = ?", (target,)
        )
    connection.close()
    click(qtbot, audit.dialog, "auditVerifyButton")
    assert "changed outside" in result.text()
    assert f"No. {target} (" in result.text() and "1 of 4" in result.text()
    model = audit.model
    broken = [r for r in range(model.rowCount()) if model.index(r, 0).data(model.BrokenRole)]
    assert [model.index(r, 0).data(model.IdRole) for r in broken] == [target]
    assert model.index(broken[0], 0).data().startswith("✖")
    table = child(audit.dialog, QTableView, "auditTable")
    assert table.selectionModel().selectedRows()[0].row() == broken[0]


def test_export_writes_the_filtered_events(
    qtbot: QtBot, plain: tuple[App, MainWindow, Administration], tmp_path: Path
) -> None:
    app, window, admin = plain
    audit = open_audit(qtbot, window, admin)
    combo = child(audit.dialog, QComboBox, "auditEntityCombo")
    combo.setFocus()
    qtbot.keyClicks(combo, "UMKM")
    target = tmp_path / "audit"
    audit.ask_export_path = lambda: str(target)  # type: ignore[method-assign]
    click(qtbot, audit.dialog, "auditExportButton")
    written = tmp_path / "audit.csv"
    assert str(written) in child(audit.dialog, QLabel, "auditVerifyResult").text()
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["No.", "Time (UTC)", "Officer", "Officer ID", "Action"]
    assert [r[4] for r in rows[1:]] == ["business.create"] * 3
    assert {r[2] for r in rows[1:]} == {app.actor.name}
    with app.store.read() as session:
        last = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc())).first()
    assert last == "audit.export"


def test_indonesian_texts(
    qtbot: QtBot, qapp: QApplication, plain: tuple[App, MainWindow, Administration]
) -> None:
    _, window, admin = plain
    install_language(qapp, "id")
    audit = open_audit(qtbot, window, admin)
    assert audit.dialog.windowTitle() == "Log audit"
    assert [r[3] for r in audit.shown_rows()][-1] == "Laptop disiapkan"
    assert child(window.window, QPushButton, "auditLogButton").text().replace("&", "") == (
        "Log audit…"
    )


def test_model_pages_lazily_and_passes_qtmodeltester(qtmodeltester: Any, app: App) -> None:
    for n in range(5):
        outcome = app.registration.register(
            business_input(n), confirm_warnings=True, duplicate_reason="uji"
        )
        assert outcome.saved
    service = AuditLogService(app.store, app.clock, app.actor)
    model = AuditTableModel(service, SyncRunner())
    model.PAGE = 2  # type: ignore[misc]
    model.set_filter(AuditFilter())
    assert model.rowCount() == 2 and model.total == 6 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.index(r, 0).data(model.IdRole) for r in range(model.rowCount())]
    assert ids == [6, 5, 4, 3, 2, 1]
    model.set_filter(AuditFilter(entity="office"))
    assert model.rowCount() == 1 and not model.canFetchMore()


def test_every_action_the_services_record_has_a_label() -> None:
    """A new audit action written as a literal gets a readable label, not its raw code."""
    import re

    from golonline_desktop.gui.audit_table_model import VERB_LABELS

    root = Path(__file__).resolve().parents[2] / "golonline_desktop"
    written = set()
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        written |= set(re.findall(r'action="([a-z_]+\.[a-z_]+)"', text))
        written |= set(re.findall(r'"(sync\.conflict_[a-z_]+)"', text))
    assert len(written) > 10
    assert {a for a in written if a.rsplit(".", 1)[-1] not in VERB_LABELS} == set()
