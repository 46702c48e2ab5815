"""The MSME browser page, driven as an officer would: type, filter, sort, open, delete, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import dialogs
from golonline_desktop.gui.business_browser import BusinessBrowserPage
from golonline_desktop.gui.business_table_model import BusinessTableModel
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.runner import SyncRunner, TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.app import App
from golonline_desktop.services.business_query import BrowserQuery, BusinessQueryService
from tests import browser_data
from tests.factories import business_input

SMALL = 450  # more than two chunks of 200


@pytest.fixture
def filled(app: App) -> browser_data.Generated:
    return browser_data.fill(app.store, app.actor.officer_id, app.actor.office_id, SMALL)


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, app: App, filled) -> Iterator[BusinessBrowserPage]:
    install_language(qapp, "en")
    widget = BusinessBrowserPage(
        BusinessQueryService(app.store, app.regions),
        app.registration,
        SyncRunner(),
        AppSettings(app.paths.settings),
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    install_language(qapp, "id")


def shown_names(page: BusinessBrowserPage) -> list[str]:
    model = page.model
    return [model.index(r, BusinessTableModel.COL_NAME).data() for r in range(model.rowCount())]


def select_row(page: BusinessBrowserPage, row: int) -> None:
    page.table.selectRow(row)


def exact_total(qtbot: QtBot, model: BusinessTableModel) -> int:
    """The number of matches once the exact count is in: a new query shows its first page
    with "50+" and counts every match only after a pause in typing."""
    if not model.total_exact:
        with qtbot.waitSignal(model.counted, timeout=5000):
            pass
    assert model.total_exact
    return model.total


def test_model_passes_qtmodeltester_while_fetching_lazily(
    qtmodeltester, qapp: QApplication, app: App, filled
) -> None:
    model = BusinessTableModel(BusinessQueryService(app.store, app.regions), SyncRunner())
    model.set_query(BrowserQuery())
    live = sum(1 for b in filled.businesses if not b["deleted"])
    chunk = BusinessTableModel.CHUNK
    # The first page only, and "50+": counting every match waits for a pause in typing.
    assert (model.rowCount(), model.total, model.total_exact) == (chunk, chunk, False)
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == live
    assert (model.total, model.total_exact) == (live, True)  # the last page told
    qtmodeltester.check(model, force_py=True)
    index = model.index(0, BusinessTableModel.COL_NIK)
    assert "*" in index.data()
    assert index.data(BusinessTableModel.IdRole) == filled.businesses[-1]["id"]
    assert index.data(BusinessTableModel.SyncStateRole) in ("done", "pending", "quarantined",
                                                            "conflict")  # fmt: skip


def test_model_sorts_through_sql(qapp: QApplication, app: App, filled) -> None:
    model = BusinessTableModel(BusinessQueryService(app.store, app.regions), SyncRunner())
    model.set_query(BrowserQuery())
    model.sort(BusinessTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data().casefold() for r in range(model.rowCount())]
    first_names = sorted(str(b["business_name"]).casefold() for b in filled.businesses
                         if not b["deleted"])[: len(names)]  # fmt: skip
    assert names == first_names


def test_model_drops_results_of_superseded_queries(qtbot: QtBot, app: App, filled) -> None:
    runner = TaskRunner()
    model = BusinessTableModel(BusinessQueryService(app.store, app.regions), runner)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(BrowserQuery())
    for text in ("ba", "bak", "baks", "bakso"):
        model.set_query(BrowserQuery(text=text))
    qtbot.waitUntil(lambda: model.query.text == "bakso" and runner.pending == 0, timeout=5000)
    runner.wait_for_done(5000)
    expected = sorted(
        str(b["business_name"]) for b in filled.businesses
        if str(b["business_name"]).startswith("Bakso") and not b["deleted"]
    )  # fmt: skip
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == expected
    runner.shutdown()


def test_every_interactive_widget_is_named(page: BusinessBrowserPage) -> None:
    assert_named(page)


def test_typing_in_the_search_box_shows_the_right_rows(
    qtbot: QtBot, page: BusinessBrowserPage, filled
) -> None:
    target = filled.businesses[123]
    qtbot.keyClicks(page.search_edit, "08")
    assert page.search_hint.isVisible()  # two characters: waiting for the third
    assert exact_total(qtbot, page.model) == sum(1 for b in filled.businesses if not b["deleted"])
    qtbot.keyClicks(page.search_edit, "1200000123")
    assert not page.search_hint.isVisible()
    assert shown_names(page) == [target["business_name"]]
    assert page.count_label.text() == "1 businesses"
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "tebet timur")
    tebet = [b for b in filled.businesses if b["village_code"] == "31.74.01.1001"
             and not b["deleted"]]  # fmt: skip
    assert exact_total(qtbot, page.model) == len(tebet) > 0
    villages = {page.model.index(r, BusinessTableModel.COL_VILLAGE).data()
                for r in range(page.model.rowCount())}  # fmt: skip
    assert villages == {"Tebet Timur"}


def test_filters_narrow_the_rows(qtbot: QtBot, page: BusinessBrowserPage, filled) -> None:
    index = page.scale_filter.findData("menengah")
    page.scale_filter.setCurrentIndex(index)
    expected = [b for b in filled.businesses if b["scale"] == "menengah" and not b["deleted"]]
    assert exact_total(qtbot, page.model) == len(expected)
    page.sync_filter.setCurrentIndex(page.sync_filter.findData("quarantined"))
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and {r.sync_state for r in rows} == {"quarantined"}
    assert page.region_filter.count() == 4  # all + three regencies/cities holding businesses


def test_open_emits_the_business_id(qtbot: QtBot, page: BusinessBrowserPage) -> None:
    assert not page.open_button.isEnabled()
    select_row(page, 2)
    expected = page.model.row_at(2).id
    with qtbot.waitSignal(page.open_requested) as signal:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [expected]
    with qtbot.waitSignal(page.new_requested):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_delete_then_undo(
    qtbot: QtBot, page: BusinessBrowserPage, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    def click_yes(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Yes).click()
        return 0

    monkeypatch.setattr(dialogs, "_exec", click_yes)
    total = exact_total(qtbot, page.model)
    select_row(page, 0)
    row = page.model.row_at(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert app.registration.get(row.id).deleted
    assert exact_total(qtbot, page.model) == total - 1
    assert row.id not in {page.model.row_at(r).id for r in range(page.model.rowCount())}
    assert page.undo_bar.isVisible() and row.business_name in page.undo_label.text()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert not app.registration.get(row.id).deleted
    assert exact_total(qtbot, page.model) == total and not page.undo_bar.isVisible()
    assert page.model.row_at(0).id == row.id


def test_history_shows_who_changed_what(qtbot: QtBot, page: BusinessBrowserPage, app: App) -> None:
    mine = {"phone": "085711112222", "nib": ""}  # not shared with the generated rows
    outcome = app.registration.register(business_input(7, **mine), confirm_warnings=True)
    assert outcome.business_id
    app.registration.update(
        outcome.business_id,
        business_input(7, business_name="Keripik Balado Bu Sri", **mine),
        expected_version=1,
        confirm_warnings=True,
    )
    page.refresh()
    qtbot.keyClicks(page.search_edit, "Balado Bu Sri")
    assert shown_names(page) == ["Keripik Balado Bu Sri"]
    select_row(page, 0)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert dialog is not None and dialog.dialog.isVisible()
    rows = dialog.rows()
    assert [r[1:] for r in rows] == [
        [app.actor.name, "Edited", "business name"],
        [app.actor.name, "Registered", ""],
    ]
    dialog.dialog.close()


def test_column_layout_is_remembered(qtbot: QtBot, app: App, page: BusinessBrowserPage) -> None:
    page.table.horizontalHeader().resizeSection(BusinessTableModel.COL_OWNER, 333)
    page.table.horizontalHeader().setSortIndicator(
        BusinessTableModel.COL_OWNER, Qt.SortOrder.AscendingOrder
    )
    again = BusinessBrowserPage(
        BusinessQueryService(app.store, app.regions),
        app.registration,
        SyncRunner(),
        AppSettings(app.paths.settings),
    )
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(BusinessTableModel.COL_OWNER) == 333
    owners = [again.model.row_at(r).owner_name.casefold() for r in range(again.model.rowCount())]
    assert owners == sorted(owners)


def test_language_switch_retranslates(
    qtbot: QtBot, qapp: QApplication, page: BusinessBrowserPage
) -> None:
    install_language(qapp, "id")
    qtbot.waitUntil(lambda: page.new_button.text() != "&New business", timeout=2000)
    header = page.model.headerData(BusinessTableModel.COL_OWNER, Qt.Orientation.Horizontal)
    assert header == "Pemilik"
    assert page.drive_filter.itemText(0) == "Semua kegiatan"


def test_count_is_capped_while_typing_then_exact(
    qtbot: QtBot, page: BusinessBrowserPage, filled
) -> None:
    live = sum(1 for b in filled.businesses if not b["deleted"])
    page.model.count_cap = 150
    page.model.refresh()
    assert page.model.total == 150 and not page.model.total_exact
    assert page.count_label.text() == "150+ businesses"
    with qtbot.waitSignal(page.model.counted, timeout=5000) as signal:
        pass  # the exact count runs once typing pauses
    assert signal.args == [live] and page.model.total_exact
    assert page.count_label.text() == f"{live} businesses"
    qtbot.keyClicks(page.search_edit, "bakso")  # fewer than the cap: exact at once
    bakso = [b for b in filled.businesses
             if str(b["business_name"]).startswith("Bakso") and not b["deleted"]]  # fmt: skip
    assert page.model.total_exact and page.model.total == len(bakso)


def test_pages_far_from_view_are_dropped_and_fetched_again(
    qtmodeltester, qapp: QApplication, app: App, filled
) -> None:
    service = BusinessQueryService(app.store, app.regions)
    model = BusinessTableModel(service, SyncRunner(), chunk=40, max_pages=3)
    model.set_query(BrowserQuery())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    live = [b["id"] for b in reversed(filled.businesses) if not b["deleted"]]
    assert model.rowCount() == len(live) and model.pages_held == 3
    # Scrolling back to the top fetches the dropped pages again, in the same order.
    ids = [model.index(r, 0).data(BusinessTableModel.IdRole) for r in range(model.rowCount())]
    assert ids == live
    assert model.pages_held == 3
    qtmodeltester.check(model, force_py=True)


class LaterRunner:
    """A runner whose tasks run when the test says so, as a background runner's would."""

    def __init__(self) -> None:
        self.tasks: list[tuple[Callable[..., Any], tuple[Any, ...], Any]] = []

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Any = None, **_: Any) -> None:
        self.tasks.append((fn, args, on_done))

    def run_all(self) -> None:
        while self.tasks:
            fn, args, on_done = self.tasks.pop(0)
            result = fn(*args)
            if on_done is not None:
                on_done(result)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return True

    def shutdown(self) -> None:
        self.tasks.clear()


def test_a_dropped_page_arrives_later_with_a_background_runner(
    qtbot: QtBot, app: App, filled
) -> None:
    runner = LaterRunner()
    service = BusinessQueryService(app.store, app.regions)
    model = BusinessTableModel(service, runner, chunk=40, max_pages=2)
    model.set_query(BrowserQuery())
    runner.run_all()
    for _ in range(3):
        model.fetchMore(QModelIndex())
        runner.run_all()
    assert model.rowCount() == 160 and model.pages_held == 2
    first = model.index(0, BusinessTableModel.COL_NAME)
    assert first.data() is None  # dropped: asked for again, shown when it comes
    assert first.data() is None and len(runner.tasks) == 1  # asked for once only
    with qtbot.waitSignal(model.dataChanged) as signal:
        runner.run_all()
    assert signal.args[0].row() == 0 and signal.args[1].row() == 39
    live = [b for b in reversed(filled.businesses) if not b["deleted"]]
    assert first.data() == live[0]["business_name"]
    assert model.pages_held == 2


class ShowsText(QStyledItemDelegate):
    """The standard delegate, asked what it would paint in a cell."""

    def text_of(self, index: QModelIndex) -> tuple[str, bool]:
        option = QStyleOptionViewItem()
        self.initStyleOption(option, index)
        return option.text, option.font.strikeOut()


def test_what_the_table_paints_matches_the_model(qapp: QApplication, app: App, filled) -> None:
    """The delegate reads every role of a cell in one ``multiData`` call: the same values
    as ``data``, and nothing left over from the cell painted before (a deleted row's
    strike-through must not spill onto the next row)."""
    model = BusinessTableModel(BusinessQueryService(app.store, app.regions), SyncRunner())
    model.set_query(BrowserQuery(include_deleted=True))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    delegate = ShowsText()
    deleted = [r for r in range(model.rowCount()) if model.row_at(r).deleted]
    assert deleted and deleted[0] + 1 < model.rowCount()
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
             BusinessTableModel.IdRole, BusinessTableModel.SyncStateRole]  # fmt: skip
    attention = next(
        r for r in range(model.rowCount())
        if model.row_at(r).sync_state in ("quarantined", "conflict") and not model.row_at(r).deleted
    )  # fmt: skip
    for row in (0, deleted[0], deleted[0] + 1, attention, attention + 1):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text, struck = delegate.text_of(index)
            assert text == (index.data() or "")
            assert struck == model.row_at(row).deleted
            for role in roles:
                role_data = QModelRoleData(int(role))
                role_data.setData("left over from the cell before")
                model.multiData(index, QModelRoleDataSpan(role_data))
                expected = index.data(role)
                if isinstance(expected, str | bool) or expected is None:
                    assert role_data.data() == expected, (row, column, role)
                else:  # a QFont or QBrush: compare what it shows
                    assert type(role_data.data()) is type(expected), (row, column, role)


@pytest.mark.parametrize(
    "query",
    [
        BrowserQuery(),
        BrowserQuery(text="bakso"),
        BrowserQuery(text="tebet"),
        BrowserQuery(sync_state="quarantined"),
        BrowserQuery(include_deleted=True, descending=False),
    ],
)
def test_a_first_page_shows_the_same_rows_as_any_page(app: App, filled, query) -> None:
    """The first page (what a keystroke shows) is read by its own quick path: the same
    rows, fields and sync states as the general one."""
    service = BusinessQueryService(app.store, app.regions)
    first = service.first_page(query, 50, 50)
    assert first.rows and first.rows == service.page(query, 0, 50)
    assert {r.sync_state for r in first.rows} <= {"pending", "done", "quarantined", "conflict"}
