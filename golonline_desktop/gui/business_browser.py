"""The MSME browser page: search as you type, filters, sorting, open, delete with undo, history.

The layout is ``ui/business_browser.ui``. The main window hosts this page in its UMKM
section and connects ``open_requested``/``new_requested`` to the registration form.

No debounce on the search box: the first rows of a search of 100,000 businesses come
back from the background runner in a few milliseconds and are painted in a few more
(``benchmarks/bench_browser.py``; how, in ``BusinessTableModel``), and the model keeps
only the newest query waiting while one runs, so each keystroke costs at most one query
in flight and no timer delay is added before rows show. The count is shown honestly:
"50+ businesses" while typing, the exact number once the officer pauses (counting every
match is the slow part, see ``BusinessTableModel``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from golonline_desktop.domain.scale import MsmeScale
from golonline_desktop.services.business_query import (
    BrowserQuery,
    BusinessQueryService,
    FilterChoices,
    HistoryEntry,
    is_searchable,
)
from golonline_desktop.services.registration import RegistrationService

from . import dialogs
from . import settings as keys
from .business_table_model import (
    SYNC_STATE_LABELS,
    BusinessTableModel,
    scale_label,
    sync_state_label,
)
from .history_dialog import HistoryDialog
from .i18n import format_count
from .runner import Runner
from .settings import AppSettings
from .ui_loader import load_form_translatable

COLUMN_WIDTHS = (230, 150, 135, 115, 140, 75, 140, 120, 120)


class BusinessBrowserPage(QWidget):
    """Find, open, delete (with undo) and trace businesses.

    Signals:
        open_requested(str): the officer wants to view or edit this business (its id).
        new_requested(): the officer wants to register a new business.
        business_deleted(str): a business was deleted (tombstoned); undo is offered.
    """

    open_requested = Signal(str)
    new_requested = Signal()
    business_deleted = Signal(str)

    def __init__(
        self,
        query: BusinessQueryService,
        registration: RegistrationService,
        runner: Runner,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("businessBrowserPage")
        self._query_service = query
        self._registration = registration
        self._runner = runner
        self._settings = settings
        self._undo_id: str | None = None
        self._undo_name = ""
        self._choices = FilterChoices([], [], [])
        self.history_dialog: HistoryDialog | None = None  # the last one shown (tests)

        self.form, self._translator = load_form_translatable("business_browser.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.search_edit: QLineEdit = self._child(QLineEdit, "searchEdit")
        self.search_hint: QLabel = self._child(QLabel, "searchHint")
        self.count_label: QLabel = self._child(QLabel, "countLabel")
        self.table: QTableView = self._child(QTableView, "businessTable")
        self.drive_filter: QComboBox = self._child(QComboBox, "driveFilter")
        self.region_filter: QComboBox = self._child(QComboBox, "regionFilter")
        self.scale_filter: QComboBox = self._child(QComboBox, "scaleFilter")
        self.sector_filter: QComboBox = self._child(QComboBox, "sectorFilter")
        self.sync_filter: QComboBox = self._child(QComboBox, "syncFilter")
        self.show_deleted: QCheckBox = self._child(QCheckBox, "showDeletedCheck")
        self.new_button: QPushButton = self._child(QPushButton, "newButton")
        self.open_button: QPushButton = self._child(QPushButton, "openButton")
        self.delete_button: QPushButton = self._child(QPushButton, "deleteButton")
        self.history_button: QPushButton = self._child(QPushButton, "historyButton")
        self.undo_bar: QFrame = self._child(QFrame, "undoBar")
        self.undo_label: QLabel = self._child(QLabel, "undoLabel")
        self.undo_button: QPushButton = self._child(QPushButton, "undoButton")
        self.dismiss_undo_button: QPushButton = self._child(QPushButton, "dismissUndoButton")

        self.model = BusinessTableModel(query, runner, self)
        self._setup_table()
        self.undo_bar.hide()
        self._fill_filters()
        self._connect()
        self._update_buttons()
        self._update_hint()
        self.model.set_query(self._current_query())
        self.reload_filters()

    # -- construction -------------------------------------------------------------------

    def _child(self, kind: type, name: str) -> Any:
        widget = self.form.findChild(kind, name)
        if widget is None:
            raise LookupError(f"business_browser.ui has no {kind.__name__} named {name!r}")
        return widget

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)  # one line per business: nothing to lay out per cell
        rows = table.verticalHeader()
        rows.setVisible(False)
        # One fixed height for every row: a new query's rows are laid out without asking
        # the model for any size (the view would measure every row otherwise).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        state = self._settings.get(keys.BROWSER_HEADER)
        if not state.isEmpty():
            header.restoreState(state)
        header.setSortIndicatorShown(True)
        column = self.model.sort_column()
        if column < 0 and not state.isEmpty():
            column = header.sortIndicatorSection()
        if 0 <= column < self.model.COLUMN_COUNT and column in self.model.SORT_KEYS:
            self.model.use_sort(column, header.sortIndicatorOrder())  # for the first query
        else:
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # newest first
        header.sectionResized.connect(self._save_header)
        header.sectionMoved.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._on_sort_changed)

    def _fill_filters(self) -> None:
        """(Re)build the filter lists in the current language, keeping the choices."""
        self._set_items(self.drive_filter, self.tr("All drives"), self._choices.drives)
        self._set_items(self.region_filter, self.tr("All regions"), self._choices.regions)
        scales = [(s.value, scale_label(s.value)) for s in MsmeScale if s.is_umkm]
        self._set_items(self.scale_filter, self.tr("All scales"), scales)
        self._set_items(
            self.sector_filter, self.tr("All sectors"), [(s, s) for s in self._choices.sectors]
        )
        states = [(state, sync_state_label(state)) for state in SYNC_STATE_LABELS]
        self._set_items(self.sync_filter, self.tr("Any sync state"), states)

    @staticmethod
    def _set_items(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_filters_changed)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.show_deleted.toggled.connect(self._on_filters_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.loaded.connect(self._show_count)
        self.model.counted.connect(self._show_count)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        self.undo_button.clicked.connect(self.undo_delete)
        self.dismiss_undo_button.clicked.connect(self.undo_bar.hide)
        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.open_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.open_selected),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
        ):
            shortcut = QShortcut(sequence, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_requested)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.drive_filter,
            self.region_filter,
            self.scale_filter,
            self.sector_filter,
            self.sync_filter,
        )

    # -- querying ---------------------------------------------------------------------------

    def _current_query(self) -> BrowserQuery:
        text = " ".join(self.search_edit.text().split())
        return replace(
            self.model.query,
            text=text if is_searchable(text) else "",  # "k", "ke": same rows, no new query
            drive_id=self.drive_filter.currentData(),
            region_prefix=self.region_filter.currentData(),
            scale=self.scale_filter.currentData(),
            sector=self.sector_filter.currentData(),
            sync_state=self.sync_filter.currentData(),
            include_deleted=self.show_deleted.isChecked(),
        )

    def _on_filters_changed(self, *_: object) -> None:
        self._update_hint()
        query = self._current_query()
        if query != self.model.query:
            self.model.set_query(query)

    def _update_hint(self) -> None:
        text = self.search_edit.text().strip()
        self.search_hint.setVisible(bool(text) and not is_searchable(text))

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self._save_header()

    def _save_header(self, *_: object) -> None:
        state: QByteArray = self.table.horizontalHeader().saveState()
        self._settings.set(keys.BROWSER_HEADER, state)

    def _show_count(self, *_: object) -> None:
        total = format_count(self.model.total)
        if self.model.total_exact:
            text = self.tr("%1 businesses").replace("%1", total)
        else:
            text = self.tr("%1+ businesses", "more are being counted").replace("%1", total)
        self.count_label.setText(text)

    def refresh(self) -> None:
        """Show fresh rows and filter lists (call after a save elsewhere)."""
        self.model.refresh()
        self.reload_filters()

    def reload_filters(self) -> None:
        self._runner.submit(self._query_service.filter_choices, on_done=self._got_choices)

    def _got_choices(self, choices: FilterChoices) -> None:
        self._choices = choices
        self._fill_filters()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- acting on the selected business ------------------------------------------------

    def selected_row(self) -> Any:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(indexes[0].row())

    def _update_buttons(self, *_: object) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.deleted)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        business_id = index.data(BusinessTableModel.IdRole)
        if business_id:
            self.open_requested.emit(business_id)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_requested.emit(row.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.deleted:
            return
        answer = dialogs.ask(
            self,
            self.tr("Delete business"),
            self.tr("Delete “%1”? You can undo this right away.").replace("%1", row.business_name),
            default=dialogs.Choice.NO,
        )
        if answer is not dialogs.Choice.YES:
            return
        self._write(
            self._registration.delete,
            row.id,
            on_done=lambda _version: self._deleted(row.id, row.business_name),
        )

    def _deleted(self, business_id: str, name: str) -> None:
        self._undo_id, self._undo_name = business_id, name
        self.undo_label.setText(self.tr("“%1” was deleted.").replace("%1", name))
        self.undo_bar.show()
        self.model.refresh()
        self.business_deleted.emit(business_id)

    def undo_delete(self) -> None:
        """Bring back the business deleted last ("Urungkan")."""
        business_id = self._undo_id
        if business_id is None:
            return
        self._undo_id = None
        self.undo_bar.hide()
        self._write(self._registration.restore, business_id, on_done=lambda _v: self.refresh())

    def _write(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None]) -> None:
        self._runner.submit(fn, *args, on_done=on_done, on_error=self._write_failed, write=True)

    def _write_failed(self, exc: BaseException) -> None:
        dialogs.show_error(
            self,
            self.tr("Not saved"),
            self.tr("The change could not be saved: %1").replace("%1", str(exc)),
        )

    def show_history(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._runner.submit(
            self._query_service.history,
            row.id,
            on_done=lambda entries: self._show_history(row.business_name, entries),
        )

    def _show_history(self, name: str, entries: list[HistoryEntry]) -> None:
        if self.history_dialog is not None:
            self.history_dialog.dialog.close()
            self.history_dialog.dialog.deleteLater()
        self.history_dialog = HistoryDialog(name, entries, self)
        self.history_dialog.dialog.open()  # window-modal, without a nested event loop

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self._fill_filters()
            self.model.retranslate()
            self._show_count()
            if self._undo_id is not None:
                self.undo_label.setText(self.tr("“%1” was deleted.").replace("%1", self._undo_name))
        super().changeEvent(event)
