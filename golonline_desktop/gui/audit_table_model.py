"""The audit log viewer's table: events fetched from SQL a page at a time, newest first.

The log can hold 100,000s of events; the model holds only the pages scrolled past, asked
for through ``canFetchMore``/``fetchMore`` (each page continues below the last event
held: ``AuditLogService.page(before_id=...)``), on the background runner. A new filter
replaces the rows in one reset when its first page arrives. Results of an older filter
that arrive late are dropped (each query carries a generation number).

Events named by a failed chain check are shown in red with a mark, so the supervisor
sees which rows to look at.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.services.audit_view import AuditFilter, AuditLogService, AuditRow

from .i18n import translate
from .runner import Runner

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "AuditLog"
BROKEN_MARK = "✖ "
_BROKEN = QColor("#b3261e")

ENTITY_LABELS: dict[str, str] = {
    "business": QT_TRANSLATE_NOOP("AuditLog", "UMKM"),
    "registration_drive": QT_TRANSLATE_NOOP("AuditLog", "Registration drive"),
    "product": QT_TRANSLATE_NOOP("AuditLog", "Product"),
    "listing": QT_TRANSLATE_NOOP("AuditLog", "Listing"),
    "certificate": QT_TRANSLATE_NOOP("AuditLog", "Certificate"),
    "office": QT_TRANSLATE_NOOP("AuditLog", "Office"),
    "officer": QT_TRANSLATE_NOOP("AuditLog", "Officer"),
    "device": QT_TRANSLATE_NOOP("AuditLog", "Laptop"),
    "audit_event": QT_TRANSLATE_NOOP("AuditLog", "Audit log"),
}
# The verb after the dot of an action code ("business.create" -> "create").
VERB_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditLog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLog", "Edited"),
    "delete": QT_TRANSLATE_NOOP("AuditLog", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditLog", "Restored"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditLog", "Imported"),
    "anonymise": QT_TRANSLATE_NOOP("AuditLog", "Anonymised"),
    "issue": QT_TRANSLATE_NOOP("AuditLog", "Issued"),
    "print": QT_TRANSLATE_NOOP("AuditLog", "Printed"),
    "reprint": QT_TRANSLATE_NOOP("AuditLog", "Printed again"),
    "revoke": QT_TRANSLATE_NOOP("AuditLog", "Revoked"),
    "revoked": QT_TRANSLATE_NOOP("AuditLog", "Revoked by the server"),
    "pull_apply": QT_TRANSLATE_NOOP("AuditLog", "Changed at the central office"),
    "pull_create": QT_TRANSLATE_NOOP("AuditLog", "Received from the central office"),
    "conflict_keep_local": QT_TRANSLATE_NOOP("AuditLog", "Conflict: this laptop's version kept"),
    "conflict_take_server": QT_TRANSLATE_NOOP("AuditLog", "Conflict: the server's version taken"),
    "first_supervisor": QT_TRANSLATE_NOOP("AuditLog", "First supervisor set up"),
    "local_identity": QT_TRANSLATE_NOOP("AuditLog", "Laptop set up"),
    "reset_password": QT_TRANSLATE_NOOP("AuditLog", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("AuditLog", "Password changed"),
    "deactivate": QT_TRANSLATE_NOOP("AuditLog", "Deactivated"),
    "reactivate": QT_TRANSLATE_NOOP("AuditLog", "Reactivated"),
    "ready": QT_TRANSLATE_NOOP("AuditLog", "Marked ready"),
    "queued": QT_TRANSLATE_NOOP("AuditLog", "Queued"),
    "submitted": QT_TRANSLATE_NOOP("AuditLog", "Submitted"),
    "live": QT_TRANSLATE_NOOP("AuditLog", "Live"),
    "rejected": QT_TRANSLATE_NOOP("AuditLog", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("AuditLog", "Withdrawn"),
    "draft": QT_TRANSLATE_NOOP("AuditLog", "Back to draft"),
}


def entity_label(entity: str | None) -> str:
    if not entity:
        return ""
    source = ENTITY_LABELS.get(entity)
    return translate(CONTEXT, source) if source else entity


def action_label(action: str) -> str:
    """The action in the officer's language; an unknown code is shown as it is stored."""
    verb = action.rsplit(".", 1)[-1]
    source = VERB_LABELS.get(verb)
    return translate(CONTEXT, source) if source else action


def when_text(row: AuditRow) -> str:
    if row.at is None:
        return row.at_text  # edited by hand into something that is not a time
    return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class AuditTableModel(QAbstractTableModel):
    """Audit events matching an ``AuditFilter``, newest first, loaded lazily.

    Signals:
        loaded(int): the first page of a filter is shown; the argument is how many
            events match it.
        failed(object): a query failed (the exception).
    """

    COL_NO, COL_WHEN, COL_OFFICER, COL_ACTION, COL_ENTITY, COL_RECORD = range(6)
    COLUMN_COUNT = 6
    IdRole = Qt.ItemDataRole.UserRole + 1
    BrokenRole = Qt.ItemDataRole.UserRole + 2
    PAGE = 200

    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLog", "No."),
        QT_TRANSLATE_NOOP("AuditLog", "When"),
        QT_TRANSLATE_NOOP("AuditLog", "Officer"),
        QT_TRANSLATE_NOOP("AuditLog", "Action"),
        QT_TRANSLATE_NOOP("AuditLog", "Record type"),
        QT_TRANSLATE_NOOP("AuditLog", "Record ID"),
    )

    loaded = Signal(int)
    failed = Signal(object)

    def __init__(
        self, service: AuditLogService, runner: Runner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._rows: list[AuditRow] = []
        self._filter = AuditFilter()
        self._generation = 0
        self._exhausted = True
        self._fetching = False
        self._broken: frozenset[int] = frozenset()
        self.total = 0

    # -- queries ---------------------------------------------------------------------------

    @property
    def current_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, wanted: AuditFilter) -> None:
        """Show the events matching ``wanted`` (the first page arrives from the runner)."""
        self._filter = wanted
        self._generation += 1
        generation = self._generation
        self._fetching = True
        service, limit = self._service, self.PAGE

        def first() -> tuple[list[AuditRow], int]:
            return service.page(wanted, limit=limit), service.count(wanted)

        self._runner.submit(
            first,
            on_done=lambda result: self._show_first(generation, *result),
            on_error=self._query_failed,
        )

    def _show_first(self, generation: int, rows: list[AuditRow], total: int) -> None:
        if generation != self._generation:
            return
        # Still "fetching" while the reset is announced: a slot that asks for more meanwhile
        # (a view, a model tester) must wait until the reset is over.
        self.beginResetModel()
        self._rows = rows
        self.total = total
        self._exhausted = len(rows) < self.PAGE
        self.endResetModel()
        self._fetching = False
        self.loaded.emit(total)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or not self._rows:
            return
        self._fetching = True
        generation = self._generation
        wanted, before, limit = self._filter, self._rows[-1].id, self.PAGE
        self._runner.submit(
            lambda: self._service.page(wanted, before_id=before, limit=limit),
            on_done=lambda rows: self._append(generation, rows),
            on_error=self._query_failed,
        )

    def _append(self, generation: int, rows: list[AuditRow]) -> None:
        if generation != self._generation:
            return
        self._exhausted = len(rows) < self.PAGE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._fetching = False

    def _query_failed(self, exc: BaseException) -> None:
        self._fetching = False
        self._exhausted = True
        self.failed.emit(exc)

    def mark_broken(self, ids: frozenset[int]) -> None:
        """Show these events as failing the chain check (an empty set clears the marks)."""
        self._broken = ids
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )

    def row_of(self, event_id: int) -> int:
        """The table row showing ``event_id``, or -1 when it is not loaded (yet)."""
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), -1)

    def audit_row(self, row: int) -> AuditRow:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )

    # -- the model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return translate(CONTEXT, self.HEADERS[section])
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
        broken = row.id in self._broken
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, broken)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, broken)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_BROKEN) if broken else None
        if role == self.IdRole:
            return row.id
        if role == self.BrokenRole:
            return broken
        return None

    def _display(self, row: AuditRow, column: int, broken: bool) -> str | None:
        if column == self.COL_NO:
            return (BROKEN_MARK if broken else "") + str(row.id)
        if column == self.COL_WHEN:
            return when_text(row)
        if column == self.COL_OFFICER:
            if row.officer_name:
                return row.officer_name
            if row.officer_id:
                return translate("AuditLog", "(unknown officer)")
            return translate("AuditLog", "(system)")
        if column == self.COL_ACTION:
            return action_label(row.action)
        if column == self.COL_ENTITY:
            return entity_label(row.entity)
        if column == self.COL_RECORD:
            return row.entity_id or ""
        return None

    def _tooltip(self, row: AuditRow, broken: bool) -> str:
        lines = [row.action]
        if row.details:
            try:
                details = json.loads(row.details)
                lines.extend(f"{k}: {v}" for k, v in sorted(details.items()))
            except (ValueError, AttributeError):
                lines.append(row.details)
        if broken:
            lines.append(
                translate(
                    "AuditLog",
                    "This event does not match the chain: it was changed, or the one before "
                    "it was removed.",
                )
            )
        return "\n".join(lines)
