"""The MSME browser's table: rows fetched from SQL a chunk at a time, sorted by SQL.

Why no ``QSortFilterProxyModel``: a proxy sorts and filters rows the model already
holds, so it would need all 100,000 businesses in memory before showing the first one.
Here the query (search, filters, sort) goes to ``BusinessQueryService``; the model holds
only the rows scrolled past so far, fetched ``CHUNK`` at a time through
``canFetchMore``/``fetchMore``, each chunk continuing after the last row held (keyset
paging: the 500th chunk costs what the first does). A new query replaces the rows in
one reset when its first chunk arrives, so the table never flashes empty while typing.

Memory stays flat however far the officer scrolls: rows are kept in pages of ``chunk``
rows and at most ``max_pages`` of them are held; the least recently shown page is dropped
and fetched again (after the position of the previous page's last row, which is kept for
every page) when it is scrolled back into view. A 50-row page costs ~1-2 ms to fetch.

A keystroke in the search box costs one first page, so the first page is as small as a
tall screen needs (``CHUNK``) and comes with no count beyond it: "50+" when more match
(``count_cap``). Counting further reads every match (20-45 ms for a search matching all
100,000; even counting to 1,000 cost 2-7 ms, more than the page), so the exact count is
asked for once the officer stops typing for ``COUNT_DELAY_MS``.

Painting is the other half of a keystroke: the view asks the model about every visible
cell, and each call into Python costs about as much as drawing the cell's text. So
``index`` and ``multiData`` (all the roles a delegate paints with, in one call) are
overridden, and ``flags`` is not (Qt's own answer is the one needed): two calls per
cell instead of ten. Rows have one fixed height (``BusinessBrowserPage``), so a reset
measures nothing.

Every query runs on the background runner. While one is running, only the newest of the
queries asked meanwhile is kept and runs next ("latest wins"): typing quickly never
queues a backlog of stale searches, and a result arriving for an old query is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.scale import MsmeScale
from golonline_desktop.services.business_query import (
    BrowserQuery,
    BusinessQueryService,
    BusinessRow,
    FirstPage,
    RowPosition,
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
# Roles as plain ints: the view passes ints, and comparing an int with an enum member
# costs more than the comparison itself (data() runs for every painted cell).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_STYLE_ROLES = frozenset({_FONT, _FOREGROUND})
_ATTENTION_STATES = frozenset({"quarantined", "conflict"})


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
            businesses match, or ``count_cap`` when more do (``total_exact`` False).
        counted(int): the exact count of the current query is known (after ``loaded``
            when that count was capped, or when the last row was fetched).
        failed(str): a query failed (the message is for the log; the table keeps the
            rows it had).
    """

    COL_NAME, COL_OWNER, COL_NIK, COL_PHONE, COL_VILLAGE = range(5)
    COL_SCALE, COL_SECTOR, COL_SYNC, COL_UPDATED = range(5, 9)
    COLUMN_COUNT = 9

    IdRole = int(Qt.ItemDataRole.UserRole.value) + 1
    RowRole = IdRole + 1
    DeletedRole = IdRole + 2
    SyncStateRole = IdRole + 3

    CHUNK = 50  # a tall screen shows ~40 rows; the first page costs ~1 ms, 100 rows ~2 ms
    MAX_PAGES = 48  # 2,400 rows held at most: a few screens around the viewport
    COUNT_DELAY_MS = 300  # a pause in typing before the exact count is asked for

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

    _ROLES = frozenset(
        {_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, IdRole, RowRole, DeletedRole, SyncStateRole}
    )

    loaded = Signal(int)
    counted = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        service: BusinessQueryService,
        runner: Runner,
        parent: QObject | None = None,
        *,
        chunk: int = CHUNK,
        max_pages: int = MAX_PAGES,
        count_cap: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self.chunk = chunk
        self._max_pages = max(2, max_pages)
        # Counted with the first page; more shows as "cap+". By default the first page
        # itself: counting further costs more than the page (see the module docstring).
        self.count_cap = chunk if count_cap is None else count_cap
        self._query = BrowserQuery()
        self._pages: OrderedDict[int, list[BusinessRow]] = OrderedDict()  # least recent first
        self._ends: list[RowPosition] = []  # the last row's position of every page seen
        self._row_count = 0  # rows seen so far (held or dropped)
        self._total = 0
        self._exact = True
        self._generation = 0  # bumped by every new query; older results are dropped
        self._busy = False  # a first-chunk query is running
        self._waiting: BrowserQuery | None = None  # the newest query asked meanwhile
        self._fetching = False
        self._refetching: set[int] = set()  # dropped pages being fetched again
        self._in_data = False
        self._last_page = -1  # the page row_at read last (it stays held while it is)
        self._last_rows: list[BusinessRow] = []
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(self.COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_exactly)

    # -- the query ----------------------------------------------------------------------

    @property
    def query(self) -> BrowserQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many businesses match (``count_cap`` when more do and ``total_exact`` is False)."""
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._exact

    @property
    def pages_held(self) -> int:
        return len(self._pages)

    def set_query(self, query: BrowserQuery) -> None:
        """Show the businesses matching ``query`` (the current rows stay until then)."""
        self._query = query
        self._generation += 1
        self._count_timer.stop()
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
            self.chunk,
            self.count_cap,
            on_done=lambda result: self._first_chunk(generation, result),
            on_error=self._query_failed,
        )

    def _first_chunk(self, generation: int, result: FirstPage) -> None:
        self._busy = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        if generation != self._generation:
            return
        self.beginResetModel()
        self._last_page = -1
        self._pages.clear()
        self._ends.clear()
        self._refetching.clear()
        self._row_count = 0
        self._add_page(result.rows)
        self._total, self._exact = result.count, result.exact
        self.endResetModel()
        self.loaded.emit(self._total)
        if not self._exact:
            self._count_timer.start()

    def _query_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._fetching = False
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        self.failed.emit(f"{type(exc).__name__}: {exc}")

    def _side_query_failed(self, exc: BaseException, page: int | None = None) -> None:
        """A count or a page fetched again failed: the rows shown stay as they are."""
        self._refetching.discard(page if page is not None else -1)
        self.failed.emit(f"{type(exc).__name__}: {exc}")

    def _count_exactly(self) -> None:
        generation = self._generation
        self._runner.submit(
            self._service.count,
            self._query,
            on_done=lambda total: self._got_count(generation, total),
            on_error=self._side_query_failed,
        )

    def _got_count(self, generation: int, total: int) -> None:
        if generation != self._generation or self._busy:
            return
        self._set_exact_total(max(total, self._row_count))

    def _set_exact_total(self, total: int) -> None:
        changed = (total, True) != (self._total, self._exact)
        self._total, self._exact = total, True
        if changed:
            self.counted.emit(total)

    # -- pages ------------------------------------------------------------------------------

    def _add_page(self, rows: list[BusinessRow]) -> None:
        """Append the next page (the caller emits the insert or reset)."""
        if not rows:
            return
        page = len(self._ends)
        self._ends.append(rows[-1].position())
        self._row_count += len(rows)
        self._pages[page] = rows
        self._evict(keep=page)

    def _evict(self, keep: int) -> None:
        self._last_page = -1
        while len(self._pages) > self._max_pages:
            oldest = next(iter(self._pages))
            if oldest == keep:
                self._pages.move_to_end(oldest)
                continue
            del self._pages[oldest]

    def _page_rows(self, page: int) -> list[BusinessRow] | None:
        """The rows of ``page``, fetching it again if it was dropped (None until then)."""
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if page in self._refetching or not 0 <= page < len(self._ends):
            return None
        self._refetching.add(page)
        generation = self._generation
        self._runner.submit(
            self._service.page_after,
            self._query,
            self._ends[page - 1] if page > 0 else None,
            self.chunk,
            on_done=lambda rows: self._refetched(generation, page, rows),
            on_error=lambda exc: self._side_query_failed(exc, page),
        )
        return self._pages.get(page)  # already there when the runner ran it inline

    def _refetched(self, generation: int, page: int, rows: list[BusinessRow]) -> None:
        self._refetching.discard(page)
        if generation != self._generation:
            return
        expected = min(self.chunk, self._row_count - page * self.chunk)
        if len(rows) != expected or rows[-1].position() != self._ends[page]:
            # The rows changed under us (a write elsewhere): start again, outside data().
            QTimer.singleShot(0, self, self.refresh)
            return
        self._pages[page] = rows
        self._evict(keep=page)
        if not self._in_data:
            first = page * self.chunk
            last = first + len(rows) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))

    # -- lazy fetching --------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._busy:
            return False
        return not self._exact or self._row_count < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        self._fetching = True
        generation = self._generation
        last = self._ends[-1] if self._ends else None
        self._runner.submit(
            self._service.page_after,
            self._query,
            last,
            self.chunk,
            on_done=lambda rows: self._more(generation, rows),
            on_error=self._query_failed,
        )

    def _more(self, generation: int, rows: list[BusinessRow]) -> None:
        if generation != self._generation:
            self._fetching = False
            return
        if rows:
            # Still "fetching" while the insert is announced: a slot that asks for more
            # meanwhile (a view, a model tester) must not fetch this page a second time.
            first = self._row_count
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._add_page(rows)
            self.endInsertRows()
        self._fetching = False
        if len(rows) < self.chunk:  # the last page: every match has been seen
            self._set_exact_total(self._row_count)
        elif self._exact and self._row_count > self._total:
            self._total = self._row_count  # rows were added meanwhile

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._row_count

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

    # ``flags`` is not overridden: QAbstractTableModel's own answer (enabled, selectable,
    # no children) is what this table needs, and a Python override costs a call per cell.

    def index(
        self,
        row: int,
        column: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # The view asks for every cell it paints; the inherited version calls rowCount and
        # columnCount (two calls into Python) to check the position, this is one.
        if parent.isValid() or not (0 <= row < self._row_count and 0 <= column < self.COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid():
            return None  # most roles a view asks for (the view asks ~1,000 times a paint)
        row = self.row_at(index.row())
        if row is None:
            return None
        return self._value(row, index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803
        """Every role a delegate paints with, in one call instead of one ``data`` per role.

        ``QStyledItemDelegate`` asks for seven roles per cell through this; each call into
        Python costs about as much as painting the cell's text. The span is reused from
        cell to cell, so every role is set (or cleared), never left as it was.
        """
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            for role_data in roleDataSpan:
                role_data.clearData()
            return
        column = index.column()
        # Font and colour are plain on almost every cell: cleared without asking _value.
        styled = row.deleted or (column == self.COL_SYNC and row.sync_state in _ATTENTION_STATES)
        roles = self._ROLES
        for role_data in roleDataSpan:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._display(row, column))
            elif role in roles and (styled or role not in _STYLE_ROLES):
                role_data.setData(self._value(row, column, role))
            else:
                role_data.clearData()

    def _value(self, row: BusinessRow, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _TOOLTIP and column == self.COL_VILLAGE:
            return row.village_code
        if role == _FONT and row.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == _FOREGROUND:
            if row.deleted:
                return QBrush(QColor(Qt.GlobalColor.gray))
            if column == self.COL_SYNC and row.sync_state in _ATTENTION_STATES:
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
        """The row, or None while its page is being fetched again (or out of range)."""
        if not 0 <= row < self._row_count:
            return None
        page, offset = divmod(row, self.chunk)
        if page == self._last_page:  # a paint asks ~40 times per row of the same page
            return self._last_rows[offset] if offset < len(self._last_rows) else None
        self._in_data = True
        try:
            rows = self._page_rows(page)
        finally:
            self._in_data = False
        if rows is None:
            return None
        self._last_page, self._last_rows = page, rows
        return rows[offset] if offset < len(rows) else None

    def sort_column(self) -> int:
        """The column of the current sort key (-1 for registration order)."""
        for column, key in self.SORT_KEYS.items():
            if key is self._query.sort_key:
                return column
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._row_count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._row_count - 1, self.COLUMN_COUNT - 1)
            )
