"""The registration form, driven by keyboard as an officer at a drive uses it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from golonline_desktop.gui import dialogs
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.main_window import MainWindow, Page
from golonline_desktop.gui.registration_form import RegistrationForm
from golonline_desktop.gui.rupiah_edit import reformat
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.app import App
from golonline_desktop.services.drafts import DraftService
from golonline_desktop.storage.models import Business
from tests.factories import VILLAGE, business_input
from tests.gui.registration_helpers import (
    answer_message_boxes,
    open_window,
    pick_from_search,
    type_and_enter,
    when_modal,
)

# The offscreen platform cannot raise windows or grab the keyboard for a completer popup.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, app: App) -> Iterator[MainWindow]:
    install_language(qapp, "id")
    app.drives.create("Pendataan Tebet", app.clock.today(), "31.74.01")
    window = open_window(qtbot, app)
    yield window
    install_language(qapp, "id")


def stored(app: App) -> list[SimpleNamespace]:
    columns = (
        "id",
        "business_name",
        "village_code",
        "capital_rupiah",
        "consent_text_version",
        "drive_id",
        "duplicate_reason",
    )
    with app.store.read() as session:
        return [
            SimpleNamespace(**{c: getattr(row, c) for c in columns})
            for row in session.scalars(select(Business))
        ]


def start_form(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+N, and take the existing drive in the drive dialog with Enter."""
    ran = when_modal(
        "DriveDialog",
        lambda d: qtbot.keyClick(d.findChild(QPushButton, "driveUseButton"), Qt.Key.Key_Space),
    )
    qtbot.keyClick(window.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ran
    assert window.businesses is not None and window.businesses.form_open
    back_in(qtbot, window, window.businesses.form.edits["owner_name"])


def back_in(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """After a dialog: wait until the main window is active again with ``widget`` focused."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window, timeout=2000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def fill_valid(qtbot: QtBot, window: MainWindow, n: int = 0, name: str | None = None) -> None:
    data = business_input(n)
    form = window.businesses.form  # type: ignore[union-attr]
    assert QApplication.focusWidget() is form.edits["owner_name"]
    type_and_enter(qtbot, data.owner_name)
    type_and_enter(qtbot, data.nik)
    type_and_enter(qtbot, "15-05-1990")
    type_and_enter(qtbot, "P")  # sex combo: the first letter chooses Perempuan
    type_and_enter(qtbot, data.phone)
    type_and_enter(qtbot, "")  # email is optional
    search = form.widget.findChild(QLineEdit, "regionSearchEdit")
    assert QApplication.focusWidget() is search
    pick_from_search(qtbot, search, "tebet timur")
    assert form.picker.village_code() == VILLAGE
    assert QApplication.focusWidget() is form.edits["address_line"]
    type_and_enter(qtbot, "Jl. Tebet Barat Dalam No. 3")
    type_and_enter(qtbot, "12810")
    type_and_enter(qtbot, name or data.business_name)
    for text in ("Makanan ringan", "10794", "", "", "", ""):  # sector kbli version nib npwp nitku
        type_and_enter(qtbot, text)
    assert QApplication.focusWidget() is form.edits["capital"]
    type_and_enter(qtbot, "15000000")
    type_and_enter(qtbot, "120000000")
    type_and_enter(qtbot, "2")
    assert QApplication.focusWidget() is form.consent_check
    agreed = when_modal("ConsentDialog", lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    qtbot.keyClick(form.consent_check, Qt.Key.Key_Space)
    assert agreed and form.consent_check.isChecked()
    back_in(qtbot, window, form.consent_check)


def test_register_by_keyboard_only_from_an_empty_database(
    window: MainWindow, app: App, qtbot: QtBot
) -> None:
    assert stored(app) == []
    start_form(qtbot, window)
    form = window.businesses.form  # type: ignore[union-attr]
    fill_valid(qtbot, window)
    assert form.edits["capital"].text() == "Rp15.000.000"
    assert form.widget.findChild(QLineEdit, "capitalEdit").text() == "Rp15.000.000"
    assert "Mikro" in form.widget.findChild(type(form.messages["nik"]), "scaleValue").text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rows = stored(app)
    assert len(rows) == 1, [
        form.findings_list.item(i).text() for i in range(form.findings_list.count())
    ]
    row = rows[0]
    assert (row.business_name, row.village_code, row.capital_rupiah) == (
        business_input(0).business_name,
        VILLAGE,
        15_000_000,
    )
    assert row.consent_text_version == "2026-11"
    assert row.drive_id == window.businesses.drive.id  # type: ignore[union-attr]
    assert not window.businesses.form_open  # type: ignore[union-attr]
    assert window.businesses.drafts.latest("business") is None  # type: ignore[union-attr]
    assert window.status_labels["driveStatus"].text() == "Kegiatan: Pendataan Tebet"


def test_errors_show_next_to_the_field_and_block_saving(
    window: MainWindow, app: App, qtbot: QtBot
) -> None:
    start_form(qtbot, window)
    form = window.businesses.form  # type: ignore[union-attr]
    qtbot.keyClicks(form.edits["nik"], "31740155")
    assert form.messages["nik"].isVisible()
    assert "16 digit" in form.messages["nik"].text()
    assert "16 digit" in form.edits["nik"].accessibleDescription()
    qtbot.keyClicks(form.edits["owner_birth_date"], "31-02-1990")
    assert "HH-BB-TTTT" in form.messages["owner_birth_date"].text()
    qtbot.keyClicks(form.edits["capital"], "1,5 juta")
    assert form.edits["capital"].text() == "Rp1,5 juta"  # not reformatted once not a number
    assert form.messages["capital"].text().startswith("✖")
    assert not form.messages["business_name"].isVisible()  # untouched fields stay quiet
    qtbot.keyClick(form.edits["capital"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(app) == []
    assert form.messages["business_name"].isVisible()  # saving shows everything
    assert form.messages["consent"].isVisible()
    assert form.findings_list.isVisible() and form.findings_list.count() >= 5
    assert QApplication.focusWidget() is not None
    qtbot.keyClick(form.findings_list, Qt.Key.Key_Return)  # Enter on a line goes to its field
    first = form.findings_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert QApplication.focusWidget().objectName() == first


def test_warnings_ask_for_confirmation(
    window: MainWindow, app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_form(qtbot, window)
    form = window.businesses.form  # type: ignore[union-attr]
    fill_valid(qtbot, window)
    form.edits["owner_birth_date"].clear()
    qtbot.keyClicks(form.edits["owner_birth_date"], "16-05-1990")  # NIK says 15-05-1990
    assert form.messages["nik"].text().startswith("⚠")
    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.NO], asked)
    qtbot.keyClick(form.edits["nik"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "1990" in asked[0]
    assert stored(app) == []
    answer_message_boxes(monkeypatch, [dialogs.Choice.YES], asked)
    qtbot.keyClick(form.edits["nik"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(app)) == 1


@pytest.mark.parametrize("choice", ["back", "save_anyway", "open"])
def test_duplicate_dialog_choices(window: MainWindow, app: App, qtbot: QtBot, choice: str) -> None:
    existing = app.registration.register(business_input(0), business_id=None)
    assert existing.saved
    start_form(qtbot, window)
    form = window.businesses.form  # type: ignore[union-attr]
    fill_valid(qtbot, window, 0, name="Keripik Singkong Bu Sri Dua")  # same NIK and phone
    seen: list[int] = []

    def act(dialog) -> None:
        table = dialog.findChild(QTableWidget, "duplicateTable")
        seen.append(table.rowCount())
        assert "NIK" in table.item(0, 3).text()
        if choice == "back":
            qtbot.keyClick(dialog.findChild(QPushButton, "duplicateBackButton"), Qt.Key.Key_Space)
        elif choice == "save_anyway":
            reason = dialog.findChild(QLineEdit, "duplicateReasonEdit")
            qtbot.keyClicks(reason, "Toko kedua milik pemilik yang sama")
            qtbot.keyClick(reason, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(dialog.findChild(QPushButton, "duplicateOpenButton"), Qt.Key.Key_Space)

    ran = when_modal("DuplicateDialog", act)
    qtbot.keyClick(form.edits["business_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ran and seen == [1]
    rows = stored(app)
    if choice == "back":
        assert len(rows) == 1 and form.entity_id and window.businesses.form_open  # type: ignore[union-attr]
    elif choice == "save_anyway":
        assert len(rows) == 2
        new = next(r for r in rows if r.id != existing.business_id)
        assert new.duplicate_reason == "Toko kedua milik pemilik yang sama"
    else:
        assert len(rows) == 1
        assert form.entity_id == existing.business_id  # the existing record is in the form
        assert form.edits["business_name"].text() == business_input(0).business_name


def test_escape_asks_before_discarding(
    window: MainWindow, app: App, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_form(qtbot, window)
    form = window.businesses.form  # type: ignore[union-attr]
    qtbot.keyClicks(form.edits["owner_name"], "Sri")
    form.flush_draft()
    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.NO, dialogs.Choice.YES], asked)
    qtbot.keyClick(form.edits["owner_name"], Qt.Key.Key_Escape)
    assert window.businesses.form_open and form.edits["owner_name"].text() == "Sri"  # type: ignore[union-attr]
    qtbot.keyClick(form.edits["owner_name"], Qt.Key.Key_Escape)
    assert len(asked) == 2 and not window.businesses.form_open  # type: ignore[union-attr]
    assert window.businesses.drafts.latest("business") is None  # type: ignore[union-attr]


def test_editing_loads_the_record_and_saves_a_new_version(
    window: MainWindow, app: App, qtbot: QtBot
) -> None:
    saved = app.registration.register(business_input(3))
    window.navigation.setCurrentRow(Page.BUSINESSES)
    window.businesses.open_business(saved.business_id)  # type: ignore[union-attr,arg-type]
    form = window.businesses.form  # type: ignore[union-attr]
    back_in(qtbot, window, form.edits["owner_name"])
    assert form.edits["capital"].text() == "Rp15.000.000"
    assert form.picker.village_code() == VILLAGE and form.consent_check.isChecked()
    qtbot.mouseClick(form.edits["business_name"], Qt.MouseButton.LeftButton)
    form.edits["business_name"].selectAll()
    qtbot.keyClicks(form.edits["business_name"], "Keripik Baru")
    qtbot.keyClick(form.edits["business_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.findings_list.count() == 0, form.findings_list.item(0).text()
    record = app.registration.get(saved.business_id)  # type: ignore[arg-type]
    assert record.version == 2 and record.fields.business_name == "Keripik Baru"


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_widget_is_named(
    window: MainWindow, qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    install_language(qapp, language)
    start_form(qtbot, window)
    assert_named(window.window)
    assert_named(window.businesses.form.widget)  # type: ignore[union-attr]


def test_rupiah_formatting_keeps_the_cursor() -> None:
    assert reformat("15000000", 8) == ("Rp15.000.000", 12)
    assert reformat("Rp1.5000", 8) == ("Rp15.000", 8)
    assert reformat("1,5 juta", 3) == ("1,5 juta", 3)
    assert reformat("0001", 4) == ("Rp1", 3)


class HeldWrites:
    """A runner whose writes stay "in flight" until the test finishes them, one at a time,
    in order, as the single writer thread would; reads run at once."""

    def __init__(self) -> None:
        self.writes: list[tuple[Callable[..., Any], tuple[Any, ...], Any]] = []

    def submit(
        self, fn: Callable[..., Any], *args: Any, on_done: Any = None, write: bool = False, **_: Any
    ) -> None:
        if not write:
            result = fn(*args)
            if on_done is not None:
                on_done(result)
            return
        self.writes.append((fn, args, on_done))

    def finish_one(self) -> None:
        fn, args, on_done = self.writes.pop(0)
        result = fn(*args)
        if on_done is not None:
            on_done(result)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return not self.writes

    def shutdown(self) -> None:
        self.writes.clear()


def test_a_change_made_while_a_draft_write_is_in_flight_is_written_after_it(
    qtbot: QtBot, app: App
) -> None:
    runner = HeldWrites()
    drafts = DraftService(app.store, app.clock, app.actor)
    host = QWidget()
    qtbot.addWidget(host)
    form = RegistrationForm(
        registration=app.registration,
        drafts=drafts,
        regions=app.regions,
        runner=runner,  # type: ignore[arg-type]
        parent=host,
    )
    form.start_new(None)
    assert runner.writes == []  # an empty form is no draft

    def draft_owner() -> str | None:
        draft = drafts.get("business", form.entity_id)
        return None if draft is None else draft.content["owner_name"]

    qtbot.keyClicks(form.edits["owner_name"], "S")
    assert len(runner.writes) == 1  # written at once: no pause in typing needed
    qtbot.keyClicks(form.edits["owner_name"], "ri Rahayu")  # while that write runs
    qtbot.keyClicks(form.edits["nik"], "3174")
    assert len(runner.writes) == 1  # coalesced: never more than one draft write in flight
    runner.finish_one()
    assert draft_owner() == "S"
    assert len(runner.writes) == 1  # the changes made meanwhile: right after, unasked
    runner.finish_one()
    assert draft_owner() == "Sri Rahayu"
    assert drafts.get("business", form.entity_id).content["nik"] == "3174"  # type: ignore[union-attr]
    assert runner.writes == []  # nothing left over once all is written

    form.edits["nik"].clear()  # every change undone: the draft goes, none is offered back
    form.edits["owner_name"].clear()
    while runner.writes:
        runner.finish_one()
    assert draft_owner() is None
