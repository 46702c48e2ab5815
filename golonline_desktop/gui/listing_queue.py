"""The listing queue screen: filter by marketplace and state, explain each failed check, act.

Layout in ``ui/listing_queue.ui``. The table is a ``QAbstractTableModel`` behind a
``QSortFilterProxyModel``; the rows come from ``ListingService.list`` on the runner.
Every action (check again, queue, mark submitted/live/rejected, withdraw, back to draft,
queue all ready, export) runs on the single writer and refreshes the table when done.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from golonline_desktop.services.listings import TRANSITIONS, ListingState, ListingView
from golonline_desktop.services.products import ProductServices

from .i18n import translate
from .product_editor import state_name
from .runner import Runner
from .ui_loader import load_form_translatable

LISTING_ROLE = Qt.ItemDataRole.UserRole + 1
S = ListingState
ACTION_BUTTONS: dict[str, ListingState] = {
    "submittedButton": S.SUBMITTED,
    "liveButton": S.LIVE,
    "rejectedButton": S.REJECTED,
    "withdrawButton": S.WITHDRAWN,
    "draftButton": S.DRAFT,
}


class ListingTableModel(QAbstractTableModel):
    COL_BUSINESS, COL_PRODUCT, COL_SKU, COL_MARKETPLACE, COL_STATE, COL_PROBLEMS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ListingView] = []

    def set_rows(self, rows: Sequence[ListingView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ListingView]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Business"),
            self.tr("Product"),
            self.tr("SKU"),
            self.tr("Marketplace"),
            self.tr("State"),
            self.tr("Problems"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == LISTING_ROLE:
            return view
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_BUSINESS:
                return view.business_name
            if column == self.COL_PRODUCT:
                return view.product_name
            if column == self.COL_SKU:
                return view.sku
            if column == self.COL_MARKETPLACE:
                return view.marketplace_name
            if column == self.COL_STATE:
                return state_name(view.state)
            if column == self.COL_PROBLEMS:
                return len(view.errors)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_PROBLEMS and view.errors:
            return "\n".join(f.render(translate) for f in view.errors)
        return None


def explain(view: ListingView) -> str:
    """The detail pane: each failed check and how to fix it, then warnings, then the reason."""
    parts = [
        f"<p><b>{html.escape(view.product_name)}</b> — {html.escape(view.marketplace_name)}:"
        f" {html.escape(state_name(view.state))}</p>"
    ]
    if view.state is S.REJECTED and view.reason:
        label = translate("ListingQueue", "Reason given by the marketplace:")
        parts.append(f"<p>{html.escape(label)} {html.escape(view.reason)}</p>")
    errors = [f for f in view.findings if f.is_error]
    warnings = [f for f in view.findings if not f.is_error]
    if errors:
        title = translate("ListingQueue", "Fix these before the listing can be queued:")
        items = "".join(f"<li>{html.escape(f.render(translate))}</li>" for f in errors)
        parts.append(f"<p><b>{html.escape(title)}</b></p><ol>{items}</ol>")
    if warnings:
        title = translate("ListingQueue", "Worth improving (does not block):")
        items = "".join(f"<li>{html.escape(f.render(translate))}</li>" for f in warnings)
        parts.append(f"<p>{html.escape(title)}</p><ul>{items}</ul>")
    if not errors and view.state in (S.DRAFT, S.READY, S.QUEUED):
        parts.append(
            "<p>"
            + html.escape(translate("ListingQueue", "Every check of this marketplace passes."))
            + "</p>"
        )
    return "".join(parts)


class ListingQueue(QWidget):
    """The queue of one business (or a whole drive).

    Signals:
        changed(): listings changed (the products list may show new states).
    """

    changed = Signal()

    def __init__(
        self, services: ProductServices, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listingQueuePage")
        self._services = services
        self._runner = runner
        self.form, self._translator = load_form_translatable("listing_queue.ui")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.table: QTableView = self._child(QTableView, "listingTable")
        self.marketplace_filter: QComboBox = self._child(QComboBox, "marketplaceFilter")
        self.state_filter: QComboBox = self._child(QComboBox, "stateFilter")
        self.whole_drive: QCheckBox = self._child(QCheckBox, "wholeDriveCheck")
        self.findings_text: QTextBrowser = self._child(QTextBrowser, "findingsText")
        self.details_title: QLabel = self._child(QLabel, "detailsTitle")
        self.status_label: QLabel = self._child(QLabel, "statusLabel")
        self.category_edit: QLineEdit = self._child(QLineEdit, "categoryIdEdit")
        self.pickup_edit: QLineEdit = self._child(QLineEdit, "pickupEdit")
        self.model = ListingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ListingTableModel.COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.ask_reason: Callable[[], str | None] = self._ask_reason

        self._business_id: str | None = None
        self._drive_id: str | None = None
        self._drive_label = ""
        self._fill_filters()
        self.marketplace_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.whole_drive.toggled.connect(lambda _on: self.refresh())
        self._child(QPushButton, "queueAllButton").clicked.connect(self.queue_all_ready)
        self._child(QPushButton, "recheckButton").clicked.connect(
            lambda: self._act(self._services.listings.recheck)
        )
        self._child(QPushButton, "queueButton").clicked.connect(
            lambda: self._act(self._services.listings.queue)
        )
        for name, target in ACTION_BUTTONS.items():
            self._child(QPushButton, name).clicked.connect(
                lambda _checked=False, t=target: self.move_selected(t)
            )
        self._child(QPushButton, "applyValuesButton").clicked.connect(self._apply_values)
        self._child(QPushButton, "exportBusinessButton").clicked.connect(self.export_business)
        self._child(QPushButton, "exportDriveButton").clicked.connect(self.export_drive)
        self._update_buttons(None)

    def _child(self, kind: type, name: str) -> Any:
        widget = self.form.findChild(kind, name)
        if widget is None:
            raise LookupError(f"listing_queue.ui has no {kind.__name__} {name!r}")
        return widget

    def _fill_filters(self) -> None:
        market, state = self.marketplace_filter.currentData(), self.state_filter.currentData()
        for combo in (self.marketplace_filter, self.state_filter):
            combo.blockSignals(True)
            combo.clear()
        self.marketplace_filter.addItem(self.tr("All marketplaces"), None)
        for profile in self._services.listings.profiles.values():
            self.marketplace_filter.addItem(profile.name, profile.id)
        self.state_filter.addItem(self.tr("All states"), None)
        for listing_state in S:
            self.state_filter.addItem(state_name(listing_state), listing_state)
        self.marketplace_filter.setCurrentIndex(max(0, self.marketplace_filter.findData(market)))
        self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(state)))
        for combo in (self.marketplace_filter, self.state_filter):
            combo.blockSignals(False)

    # -- scope and rows ------------------------------------------------------------------

    def set_scope(self, business_id: str | None, drive_id: str | None, drive_label: str) -> None:
        self._business_id = business_id
        self._drive_id = drive_id
        self._drive_label = drive_label
        self._child(QPushButton, "exportBusinessButton").setEnabled(business_id is not None)
        self._child(QPushButton, "exportDriveButton").setEnabled(drive_id is not None)
        self.whole_drive.setEnabled(drive_id is not None)
        self.refresh()

    def _filters(self) -> dict[str, Any]:
        whole = self.whole_drive.isChecked() and self._drive_id is not None
        return {
            "business_id": None if whole else self._business_id,
            "drive_id": self._drive_id if whole else None,
            "marketplace_id": self.marketplace_filter.currentData(),
        }

    def refresh(self) -> None:
        filters = self._filters()
        if filters["business_id"] is None and filters["drive_id"] is None:
            self._show_rows([])
            return
        state = self.state_filter.currentData()
        listings = self._services.listings
        self._runner.submit(lambda: listings.list(**filters, state=state), on_done=self._show_rows)

    def _show_rows(self, rows: list[ListingView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(LISTING_ROLE).id == selected.id:
                    self.table.selectRow(row)
                    break
        self._show_selected()

    def selected(self) -> ListingView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(LISTING_ROLE) if rows else None

    def select_listing(self, listing_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(LISTING_ROLE).id == listing_id:
                self.table.selectRow(row)
                return

    def _show_selected(self) -> None:
        view = self.selected()
        self._update_buttons(view)
        if view is None:
            self.details_title.setText(self.tr("Choose a listing to see its checks."))
            self.findings_text.clear()
            self.category_edit.clear()
            self.pickup_edit.clear()
            return
        self.details_title.setText("")
        self.findings_text.setHtml(explain(view))
        self.category_edit.setText(view.category_id)
        self.pickup_edit.setText(view.pickup_point_code)

    def _update_buttons(self, view: ListingView | None) -> None:
        allowed = TRANSITIONS[view.state] if view else frozenset()
        self._child(QPushButton, "recheckButton").setEnabled(
            view is not None and view.state in (S.DRAFT, S.READY, S.QUEUED)
        )
        self._child(QPushButton, "queueButton").setEnabled(
            view is not None and view.state is S.READY
        )
        for name, target in ACTION_BUTTONS.items():
            self._child(QPushButton, name).setEnabled(target in allowed)
        self._child(QPushButton, "applyValuesButton").setEnabled(view is not None)

    # -- actions -------------------------------------------------------------------------

    def _act(self, work: Callable[..., Any], *args: Any) -> None:
        view = self.selected()
        if view is None:
            return
        self._runner.submit(
            work,
            view.id,
            *args,
            on_done=self._after_action,
            on_error=self._action_failed,
            write=True,
        )

    def move_selected(self, target: ListingState) -> None:
        reason = ""
        if target is S.REJECTED:
            answer = self.ask_reason()
            if not answer or not answer.strip():
                return
            reason = answer
        self._act(self._services.listings.transition, target, reason)

    def _apply_values(self) -> None:
        view = self.selected()
        if view is None:
            return
        category, pickup = self.category_edit.text(), self.pickup_edit.text()
        self._runner.submit(
            lambda: self._services.listings.set_marketplace_values(
                view.id, category_id=category, pickup_point_code=pickup
            ),
            on_done=self._after_action,
            on_error=self._action_failed,
            write=True,
        )

    def queue_all_ready(self) -> None:
        filters = self._filters()
        if filters["business_id"] is None and filters["drive_id"] is None:
            return
        self._runner.submit(
            lambda: self._services.listings.queue_all_ready(**filters),
            on_done=self._after_queue_all,
            on_error=self._action_failed,
            write=True,
        )

    def _after_queue_all(self, summary: Any) -> None:
        text = self.tr("Queued for sync: {queued}.").format(queued=summary.queued)
        if summary.back_to_draft:
            text += " " + self.tr("Back to draft because a check now fails: {count}.").format(
                count=summary.back_to_draft
            )
        self.status_label.setText(text)
        self.refresh()
        self.changed.emit()

    def _after_action(self, _view: object) -> None:
        self.status_label.clear()
        self.refresh()
        self.changed.emit()

    def _action_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Not done: {error}").format(error=exc))
        self.refresh()

    def _ask_reason(self) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("rejectReasonDialog")
        dialog.setWindowTitle(self.tr("Listing rejected"))
        dialog.setLabelText(self.tr("Why did the marketplace reject it? (copy its message)"))
        dialog.setOkButtonText(self.tr("Save reason"))
        dialog.setCancelButtonText(translate("Dialogs", "Cancel"))
        return dialog.textValue() if dialog.exec() else None

    def export_business(self) -> None:
        if self._business_id is None:
            return
        target = self._services.export_root
        self._export(lambda: self._services.exports.export_business(self._business_id, target))

    def export_drive(self) -> None:
        if self._drive_id is None:
            return
        drive_id, label, target = self._drive_id, self._drive_label, self._services.export_root
        self._export(lambda: self._services.exports.export_drive(drive_id, label, target))

    def _export(self, work: Callable[[], list[Any]]) -> None:
        self.status_label.setText(self.tr("Exporting…"))
        self._runner.submit(work, on_done=self._exported, on_error=self._action_failed)

    def _exported(self, results: list[Any]) -> None:
        if not results:
            self.status_label.setText(self.tr("Nothing to export: add products first."))
            return
        parts = [
            self.tr("{marketplace}: {rows} product(s), {skipped} left out").format(
                marketplace=self._services.listings.profiles[r.marketplace_id].name,
                rows=r.rows,
                skipped=len(r.skipped),
            )
            for r in results
        ]
        folder = results[0].workbook.parent.parent
        self.status_label.setText(
            self.tr("Exported to {folder}.").format(folder=folder) + " " + "; ".join(parts)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self._fill_filters()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
            self._show_selected()
        super().changeEvent(event)
