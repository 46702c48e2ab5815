"""The Sinkronisasi page as an officer uses it, against the real server process (SQLite)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QStatusBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from golonline_desktop import wire
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.gui.app import build_main_window
from golonline_desktop.gui.conflict_dialog import ConflictDialog
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.main_window import Page
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.sync_controller import SyncController
from golonline_desktop.gui.sync_light import SyncLight, SyncLightButton
from golonline_desktop.gui.sync_page import SyncPage, install_sync
from golonline_desktop.gui.sync_texts import reason_text
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.app import App
from golonline_desktop.services.sync_conflicts import ConflictService
from golonline_desktop.storage.models import OutboxEntry
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from tests.conflict_helpers import THEIR_NIK, make_conflict, petugas
from tests.factories import business_input
from tests.integration.conftest import free_port, server_factory  # noqa: F401 - fixture
from tests.integration.sync_helpers import PASSWORD, enroll_app, register_many

PASS_TIMEOUT_MS = 20_000


@pytest.fixture
def server(server_factory: Any) -> Any:  # noqa: F811 - the fixture imported above
    return server_factory()


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, app: App) -> Iterator[SyncPage]:
    install_language(qapp, "id")
    controller = SyncController(
        app, AppSettings(app.paths.settings), SyncRunner(), use_network_information=False
    )
    made = SyncPage(controller)
    qtbot.addWidget(made)
    made.resize(1100, 650)
    made.show()
    controller.refresh_status()
    yield made
    controller.shutdown()
    install_language(qapp, "id")


def text_of(page: SyncPage, name: str) -> str:
    label = page.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def rows(view: QListWidget) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def click_sync_now(qtbot: QtBot, page: SyncPage) -> Any:
    with qtbot.waitSignal(page.controller.finished, timeout=PASS_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def type_enrollment(qtbot: QtBot, page: SyncPage, url: str, password: str) -> None:
    """Fill the dialog by keyboard only, as an officer would, and press Enter."""
    dialog = page.enrollment_dialog
    assert dialog is not None and dialog.dialog.isVisible()
    qtbot.waitUntil(dialog.dialog.isActiveWindow, timeout=2000)
    for edit in (dialog.server_edit, dialog.username_edit, dialog.password_edit):
        edit.clear()
    dialog.server_edit.setFocus()
    qtbot.keyClicks(dialog.server_edit, url)
    qtbot.keyClick(dialog.server_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "sri")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_enroll_by_keyboard_then_sync_now_updates_counts_and_light(
    qtbot: QtBot, page: SyncPage, app: App, server: Any
) -> None:
    server.create_office("JKT01")
    server.create_officer("JKT01", "sri", PASSWORD)
    register_many(app, 0, 3)
    page.controller.refresh_status()
    assert "belum terdaftar" in page.state_text.text().lower()
    assert text_of(page, "syncPendingCount") == "3"
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)  # not enrolled: the dialog
    dialog = page.enrollment_dialog
    assert dialog is not None
    assert_named(dialog.dialog)
    type_enrollment(qtbot, page, server.base_url, "salah sekali")
    assert "kata sandi salah" in dialog.message.text()
    assert dialog.dialog.isVisible() and QApplication.focusWidget() is dialog.password_edit
    type_enrollment(qtbot, page, f"http://127.0.0.1:{free_port()}", PASSWORD)
    assert "tidak dapat dihubungi" in dialog.message.text()
    with qtbot.waitSignal(page.controller.finished, timeout=PASS_TIMEOUT_MS) as blocker:
        type_enrollment(qtbot, page, server.base_url, PASSWORD)  # enrolled: a first pass
    assert not dialog.dialog.isVisible()
    assert blocker.args[0].applied == 3
    assert text_of(page, "syncDoneCount") == "3" and text_of(page, "syncPendingCount") == "0"
    assert text_of(page, "syncServerValue") == server.base_url
    assert page.controller.light is SyncLight.OK
    assert "Sinkron: sudah mutakhir" in page.state_text.text()
    assert page.server_edit.text() == server.base_url  # kept as the server setting
    assert any("Sinkronisasi selesai" in line for line in rows(page.log_list))

    register_many(app, 3, 2)
    page.controller.refresh_status()
    assert text_of(page, "syncPendingCount") == "2"
    assert click_sync_now(qtbot, page).applied == 2
    assert text_of(page, "syncDoneCount") == "5"
    assert "dikirim 2" in page.result_text.text()


def test_a_stopped_server_shows_offline_and_keeps_everything(
    qtbot: QtBot, page: SyncPage, app: App, server: Any
) -> None:
    enroll_app(app, server)
    register_many(app, 0, 2)
    page.controller.refresh_status()
    server.stop()
    click_sync_now(qtbot, page)
    assert page.controller.light is SyncLight.OFFLINE
    assert "tidak dapat dihubungi" in page.state_text.text()
    assert text_of(page, "syncPendingCount") == "2" and text_of(page, "syncDoneCount") == "0"
    assert text_of(page, "syncNextValue").startswith("dalam ")  # the backoff's next try
    assert page.sync_button.isEnabled() and not page.cancel_button.isEnabled()
    server.start()
    click_sync_now(qtbot, page)
    assert text_of(page, "syncDoneCount") == "2" and page.controller.light is SyncLight.OK


def spoil_first_nik(app: App) -> None:
    """As an old build would have sent it: a NIK the server's checks refuse."""
    with app.store.write() as session:
        entry = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).first()
        assert entry is not None
        payload = json.loads(entry.payload) | {"nik": "12345"}
        entry.payload = canonical_json(payload)
        entry.payload_hash = payload_hash(entry.payload)


def test_a_refused_record_shows_a_readable_reason_and_is_sent_again_after_a_fix(
    qtbot: QtBot, page: SyncPage, app: App, server: Any
) -> None:
    enroll_app(app, server)
    first, _second = register_many(app, 0, 2)
    spoil_first_nik(app)
    page.controller.refresh_status()
    opened: list[tuple[str, str]] = []
    page.set_record_opener(lambda entity, entity_id: opened.append((entity, entity_id)))
    result = click_sync_now(qtbot, page)
    assert result.rejected == 1 and result.applied == 1
    assert page.controller.light is SyncLight.ATTENTION
    assert text_of(page, "syncQuarantinedCount") == "1"
    [line] = rows(page.quarantine_list)
    code = page.controller.status.quarantined[0].code
    assert business_input(0).business_name in line
    assert reason_text(code) in line and "kesalahan pada data" in line  # Indonesian
    assert code in line  # the server's words kept as the detail
    assert page.retry_button.isEnabled() and page.edit_button.isVisible()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert opened == [("business", first)]
    # The officer corrects the record (a new version), then presses "Send again".
    app.registration.update(first, business_input(0), expected_version=1, confirm_warnings=True,
                            duplicate_reason="uji")  # fmt: skip
    with qtbot.waitSignal(page.controller.finished, timeout=PASS_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].applied == 1
    assert rows(page.quarantine_list) == ["Tidak ada data yang ditolak."]
    assert not page.retry_button.isEnabled()
    assert page.controller.light is SyncLight.OK


def make_server_conflict(qtbot: QtBot, page: SyncPage, app: App, server: Any) -> str:
    """Laptop 2 sends its version 2 of a business; this laptop edits its own version 2."""
    enroll_app(app, server)
    [business] = register_many(app, 0, 1)
    page.controller.refresh_status()
    assert click_sync_now(qtbot, page).ok
    other = server.enroll("sri", PASSWORD, "laptop-2")
    with app.store.read() as session:
        v1 = json.loads(session.scalars(select(OutboxEntry.payload)).one())
    theirs = canonical_json(v1 | {"owner_name": "Sri Lain", "version": 2})
    change = wire.Change(entity="business", entity_id=business, version=2, base_version=1,
                         operation=wire.Operation.UPSERT, payload=theirs,
                         payload_hash=payload_hash(theirs))  # fmt: skip
    with server.client(other.token) as client:
        client.post("/push", content=wire.PushRequest(changes=[change]).model_dump_json(),
                    headers={"Content-Type": "application/json"}).raise_for_status()  # fmt: skip
    app.registration.update(business, business_input(0, owner_name="Sri Saya"),
                            expected_version=1, confirm_warnings=True,
                            duplicate_reason="uji")  # fmt: skip
    result = click_sync_now(qtbot, page)
    assert result.conflicts == 1
    assert page.controller.light is SyncLight.ATTENTION
    lines = rows(page.conflict_list)
    assert len(lines) == len(page.controller.status.conflicts) >= 1
    assert any(business_input(0).business_name in line and "versi 2" in line for line in lines)
    assert text_of(page, "syncConflictCount") == str(len(lines))
    return business


def open_conflict_dialog(qtbot: QtBot, page: SyncPage) -> ConflictDialog:
    page.conflict_list.setCurrentRow(0)
    assert page.resolve_button.isEnabled()
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = page.conflict_dialog
    assert dialog is not None and dialog.dialog.isVisible()
    assert_named(dialog.dialog)
    return dialog


def table_rows(dialog: ConflictDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_a_conflict_is_compared_side_by_side_and_this_laptops_version_is_kept(
    qtbot: QtBot, page: SyncPage, app: App, server: Any
) -> None:
    business = make_server_conflict(qtbot, page, app, server)
    dialog = open_conflict_dialog(qtbot, page)
    assert table_rows(dialog) == [("Nama pemilik", "Sri Saya", "Sri Lain")]
    assert dialog.keep_button.text() == "Pakai versi &laptop ini"
    assert dialog.server_button.text() == "Pakai versi &server"
    # Cancel decides nothing.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert page.conflict_dialog is None and page.controller.status.conflicts
    dialog = open_conflict_dialog(qtbot, page)
    with qtbot.waitSignal(page.controller.finished, timeout=PASS_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)  # then a pass
    assert page.conflict_dialog is None  # closed once the choice was stored
    assert blocker.args[0].applied == 1 and blocker.args[0].conflicts == 0
    assert rows(page.conflict_list) == ["Tidak ada konflik."]
    assert page.controller.status.conflicts == ()
    record = app.registration.get(business)
    assert (record.version, record.fields.owner_name) == (3, "Sri Saya")
    assert page.controller.light is SyncLight.OK


def test_a_conflict_can_be_decided_for_the_servers_version(
    qtbot: QtBot, page: SyncPage, app: App, server: Any
) -> None:
    business = make_server_conflict(qtbot, page, app, server)
    dialog = open_conflict_dialog(qtbot, page)
    qtbot.mouseClick(dialog.server_button, Qt.MouseButton.LeftButton)
    assert page.conflict_dialog is None
    assert rows(page.conflict_list) == ["Tidak ada konflik."]
    record = app.registration.get(business)
    assert (record.version, record.fields.owner_name) == (2, "Sri Lain")
    assert text_of(page, "syncPendingCount") == "0"
    assert click_sync_now(qtbot, page).ok  # nothing left to send, nothing in conflict
    assert page.controller.light is SyncLight.OK


def test_the_dialog_says_why_a_choice_cannot_be_made_and_stays_open(
    qtbot: QtBot, page: SyncPage, app: App
) -> None:
    make_conflict(app, deleted=True)  # the server's version deletes the record
    supervisor = app.actor
    app.actor = petugas(app)
    page.controller.refresh_status()
    dialog = open_conflict_dialog(qtbot, page)
    mine = business_input(0).nik
    assert ("NIK", mask_nik(mine), mask_nik(THEIR_NIK)) in table_rows(dialog)
    assert ("Dihapus", "tidak", "ya") in table_rows(dialog)
    assert (
        "hanya supervisor" in dialog.note.text()
        and "NIK ditampilkan tersamar" in dialog.note.text()
    )
    assert not dialog.keep_button.isEnabled() and not dialog.server_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    app.actor = supervisor
    dialog = open_conflict_dialog(qtbot, page)
    assert ("NIK", mine, THEIR_NIK) in table_rows(dialog)  # a supervisor sees them in full
    conflict = dialog.details.conflict_id
    ConflictService(app.store, app.clock, app.actor).keep_local(conflict)  # decided elsewhere
    qtbot.mouseClick(dialog.server_button, Qt.MouseButton.LeftButton)
    assert page.conflict_dialog is dialog and dialog.dialog.isVisible()
    assert "Konflik ini sudah diputuskan." in dialog.note.text()
    assert dialog.server_button.isEnabled()  # the officer may look again, then close
    assert rows(page.conflict_list) == ["Tidak ada konflik."]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert page.conflict_dialog is None


def test_install_sync_puts_the_light_and_page_into_the_main_window(
    qtbot: QtBot, qapp: QApplication, app: App
) -> None:
    install_language(qapp, "id")
    settings = AppSettings(app.paths.settings)
    window = build_main_window(app, settings, SyncRunner())  # type: ignore[arg-type]
    qtbot.addWidget(window.window)
    controller = install_sync(window, app, settings, runner=SyncRunner(), start=False)
    try:
        window.show()
        section = window.pages.widget(Page.SYNC)
        page = section.findChild(SyncPage)
        assert page is not None and page.controller is controller
        assert not section.findChild(QLabel, "syncNote").isVisibleTo(section)
        assert_named(page)
        bar = window.window.findChild(QStatusBar, "statusBar")
        light = bar.findChild(SyncLightButton, "syncLight")
        assert light is not None and light.isVisibleTo(window.window)
        controller.start()
        assert light.light is SyncLight.NOT_ENROLLED
        assert light.text() == "Sinkron: laptop belum terdaftar"
        assert light.accessibleName() == light.text()
        window.navigation.setCurrentRow(Page.HOME)
        qtbot.mouseClick(light, Qt.MouseButton.LeftButton)
        assert window.pages.currentIndex() == Page.SYNC and window.navigation.currentRow() == 4
        install_language(qapp, "en")
        qtbot.waitUntil(lambda: light.text() == "Sync: laptop not enrolled", timeout=2000)
        qtbot.waitUntil(lambda: page.sync_button.text() == "&Sync now", timeout=2000)
        assert "Enroll this laptop" in page.state_text.text()
        assert page.findChild(QWidget, "syncTabs").tabText(0).startswith("Refused records")
    finally:
        controller.shutdown()
        install_language(qapp, "id")
