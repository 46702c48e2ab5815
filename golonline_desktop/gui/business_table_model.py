"""The MSME browser's table: rows fetched from SQL a chunk at a time, sorted by SQL.

Why no ``QSortFilterProxyModel``: a proxy sorts and filters rows the model already
holds, so it would need all 100,000 businesses in memory before showing the first one.
Here the query (search, filters, sort) goes to ``BusinessQueryService``; the model holds
only the rows scrolled past so far, fetched ``CHUNK`` at a time through
``canFetchMore``/``fetchMore``, each chunk continuing after the last row held (keyset
paging: the 500th chunk costs what the first does). A new query replaces the rows in
one reset when its first chunk arrives, so the table never flashes empty while typing.

Every query runs on the background runner. While one is running, only the newest of the
queries asked meanwhile is kept and runs next ("latest wins"): typing quickly never
queues a backlog of stale searches, and a result arriving for an old query is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.scale import MsmeScale
from golonline_desktop.services.business_query import (
    BrowserQuery,
    BusinessQueryService,
    BusinessRow,
    SortKey,
)

from .i18n import translate
from .runner import Runner

AnyIndex = QModelIndex | QPersistentModelIndex

SYNC_STATE_LABELS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("SyncState", "Waiting to sync"),
    "done": QT_TRANSLATE_NOOP("SyncState", "Synced"),
    "quarantined": QT_TRANSLATE_NOOP("SyncState", "Needs attention"),
    "conflict": QT_TRANSLATE_NOOP("SyncState", "Conflict"),
}
_ATTENTION = QColor("#b3261e")


def sync_state_label(state: str) -> str:
    return translate("SyncState", SYNC_STATE_LABELS.get(state, state))


def scale_label(scale: str) -> str:
    try:
        return translate("MsmeScale", MsmeScale(scale).label)
    except ValueError:
        return scale


class BusinessTableModel(QAbstractTableModel):
    """Businesses matching a ``BrowserQuery``, loaded lazily.

    Signals:
        loaded(int): the first chunk of a new query is shown; the argument is how many
            businesses match in all.
        failed(str): a query failed (the message is for the log; the table keeps the
            rows it had).
    """

    COL_NAME, COL_OWNER, COL_NIK, COL_PHONE, COL_VILLAGE = range(5)
    COL_SCALE, COL_SECTOR, COL_SYNC, COL_UPDATED = range(5, 9)
    COLUMN_COUNT = 9

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    DeletedRole = Qt.ItemDataRole.UserRole + 3
    SyncStateRole = Qt.ItemDataRole.UserRole + 4

    CHUNK = 200

    HEADERS = (
        QT_TRANSLATE_NOOP("BusinessTableModel", "Business"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Owner"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "NIK"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Phone"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Village"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Scale"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Sector"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Sync"),
        QT_TRANSLATE_NOOP("BusinessTableModel", "Updated"),
    )
    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        COL_NAME: SortKey.NAME,
        COL_OWNER: SortKey.OWNER,
        COL_NIK: SortKey.NIK,
        COL_PHONE: SortKey.PHONE,
        COL_VILLAGE: SortKey.VILLAGE,
        COL_SCALE: SortKey.SCALE,
        COL_SECTOR: SortKey.SECTOR,
        COL_UPDATED: SortKey.UPDATED,
    }  # COL_SYNC is not sortable: use the sync filter

    loaded = Signal(int)
    failed = Signal(str)

    def __init__(
        self, service: BusinessQueryService, runner: Runner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._query = BrowserQuery()
        self._rows: list[BusinessRow] = []
        self._total = 0
        self._generation = 0  # bumped by every new query; older results are dropped
        self._busy = False  # a first-chunk query is running
        self._waiting: BrowserQuery | None = None  # the newest query asked meanwhile
        self._fetching = False

    # -- the query ----------------------------------------------------------------------

    @property
    def query(self) -> BrowserQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many businesses match the query (rows held may be fewer)."""
        return self._total

    def set_query(self, query: BrowserQuery) -> None:
        """Show the businesses matching ``query`` (the current rows stay until then)."""
        self._query = query
        self._generation += 1
        if self._busy:
            self._waiting = query
            return
        self._start(query)

    def refresh(self) -> None:
        """Run the current query again (after a save, delete or sync)."""
        self.set_query(self._query)

    def _start(self, query: BrowserQuery) -> None:
        self._busy = True
        self._fetching = False
        generation = self._generation
        self._runner.submit(
            self._service.first_page,
            query,
            self.CHUNK,
            on_done=lambda result: self._first_chunk(generation, result),
            on_error=self._query_failed,
        )

    def _first_chunk(self, generation: int, result: tuple[int, list[BusinessRow]]) -> None:
        self._busy = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows = result
        self.endResetModel()
        self.loaded.emit(self._total)

    def _query_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._fetching = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        self.failed.emit(f"{type(exc).__name__}: {exc}")

    # -- lazy fetching --------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        self._fetching = True
        generation = self._generation
        last = self._rows[-1] if self._rows else None
        self._runner.submit(
            self._service.page_after,
            self._query,
            last,
            self.CHUNK,
            on_done=lambda rows: self._more(generation, rows),
            on_error=self._query_failed,
        )

    def _more(self, generation: int, rows: list[BusinessRow]) -> None:
        self._fetching = False
        if generation != self._generation or not rows:
            if not rows and generation == self._generation:
                self._total = len(self._rows)  # rows vanished meanwhile: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("BusinessTableModel", self.HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_VILLAGE:
            return row.village_code
        if role == Qt.ItemDataRole.FontRole and row.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.deleted:
                return QBrush(QColor(Qt.GlobalColor.gray))
            if column == self.COL_SYNC and row.sync_state in ("quarantined", "conflict"):
                return QBrush(_ATTENTION)
            return None
        if role == self.IdRole:
            return row.id
        if role == self.RowRole:
            return row
        if role == self.DeletedRole:
            return row.deleted
        if role == self.SyncStateRole:
            return row.sync_state
        return None

    def _display(self, row: BusinessRow, column: int) -> str | None:
        if column == self.COL_NAME:
            return row.business_name
        if column == self.COL_OWNER:
            return row.owner_name
        if column == self.COL_NIK:
            return row.nik_masked
        if column == self.COL_PHONE:
            return row.phone
        if column == self.COL_VILLAGE:
            return row.village_name
        if column == self.COL_SCALE:
            return scale_label(row.scale) if row.scale else ""
        if column == self.COL_SECTOR:
            return row.sector
        if column == self.COL_SYNC:
            return sync_state_label(row.sync_state)
        if column == self.COL_UPDATED:
            return row.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is a new SQL query; columns without a sort key keep the current order."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort_key, self._query.descending):
            self.set_query(replace(self._query, sort_key=key, descending=descending))

    def use_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the next query by ``column`` without running one now (restoring a view)."""
        key = self.SORT_KEYS.get(column)
        if key is not None:
            descending = order == Qt.SortOrder.DescendingOrder
            self._query = replace(self._query, sort_key=key, descending=descending)

    # -- helpers for the page -------------------------------------------------------------

    def row_at(self, row: int) -> BusinessRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sort_column(self) -> int:
        """The column of the current sort key (-1 for registration order)."""
        for column, key in self.SORT_KEYS.items():
            if key is self._query.sort_key:
                return column
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )
