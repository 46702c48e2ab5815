"""The certificates screen's list: one row per business, with its current certificate.

A drive has tens to a few hundred businesses, so the rows (plain ``BusinessCertificate``
values from ``CertificateService.businesses``) are held whole and sorted by a
``QSortFilterProxyModel`` on ``SORT_ROLE``: dates and counts sort as values, not text.
The full business and owner names and the long status explanation are tooltips, so the
columns can stay narrow on a 1366×768 screen.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.services.certificates import BusinessCertificate

from .i18n import translate

AnyIndex = QModelIndex | QPersistentModelIndex

COL_BUSINESS, COL_NUMBER, COL_ISSUED, COL_PRINTS, COL_STATUS = range(5)
COLUMN_COUNT = 5
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the row's BusinessCertificate
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # a value that sorts (date, int, casefolded)

CONTEXT = "CertificateTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("CertificateTableModel", "Business"),
    QT_TRANSLATE_NOOP("CertificateTableModel", "Certificate number"),
    QT_TRANSLATE_NOOP("CertificateTableModel", "Issued"),
    QT_TRANSLATE_NOOP("CertificateTableModel", "Prints"),
    QT_TRANSLATE_NOOP("CertificateTableModel", "Status"),
)
NOT_ISSUED = QT_TRANSLATE_NOOP("CertificateTableModel", "Not issued")
ISSUED = QT_TRANSLATE_NOOP("CertificateTableModel", "Issued")
ISSUED_LOCAL = QT_TRANSLATE_NOOP("CertificateTableModel", "Issued (local code)")
ISSUED_LOCAL_TIP = QT_TRANSLATE_NOOP(
    "CertificateTableModel",
    "Issued before enrollment: the number carries this laptop's local code. It stays valid.",
)
BUSINESS_TIP = QT_TRANSLATE_NOOP("CertificateTableModel", "{business}\nOwner: {owner}")
NO_NUMBER = "—"

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CertificateTableModel(QAbstractTableModel):
    """Rows of the certificates screen; ``set_rows`` replaces them in one reset."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BusinessCertificate] = []

    # -- data ------------------------------------------------------------------------------

    def set_rows(self, rows: list[BusinessCertificate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and status texts are translated when asked for: ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows(self) -> list[BusinessCertificate]:
        return list(self._rows)

    def row_of(self, business_id: str) -> int:
        """The source row of a business, or -1."""
        for index, row in enumerate(self._rows):
            if row.business_id == business_id:
                return index
        return -1

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            if 0 <= section < COLUMN_COUNT:
                return translate(CONTEXT, HEADERS[section])
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _ALIGN and column == COL_PRINTS:
            return int(_RIGHT.value)
        return None

    # -- per column ------------------------------------------------------------------------

    @staticmethod
    def _display(row: BusinessCertificate, column: int) -> str:
        cert = row.certificate
        if column == COL_BUSINESS:
            return row.business_name
        if column == COL_STATUS:
            return _status(row)
        if cert is None:
            return NO_NUMBER if column == COL_NUMBER else ""
        if column == COL_NUMBER:
            return cert.number
        if column == COL_ISSUED:
            return f"{cert.issued_on:%d-%m-%Y}"
        return str(cert.print_count)

    @staticmethod
    def _sort_key(row: BusinessCertificate, column: int) -> Any:
        cert = row.certificate
        if column == COL_BUSINESS:
            return row.business_name.casefold()
        if column == COL_NUMBER:
            return cert.number if cert else ""
        if column == COL_ISSUED:
            return cert.issued_on.toordinal() if cert else date.min.toordinal()
        if column == COL_PRINTS:
            return cert.print_count if cert else -1
        return _status(row)

    @staticmethod
    def _tooltip(row: BusinessCertificate, column: int) -> str | None:
        if column == COL_BUSINESS:
            return translate(CONTEXT, BUSINESS_TIP).format(
                business=row.business_name, owner=row.owner_name
            )
        if column == COL_STATUS and row.certificate is not None and row.certificate.provisional:
            return translate(CONTEXT, ISSUED_LOCAL_TIP)
        if column == COL_NUMBER and row.certificate is not None:
            return row.certificate.number
        return None


def _status(row: BusinessCertificate) -> str:
    cert = row.certificate
    if cert is None:
        return translate(CONTEXT, NOT_ISSUED)
    return translate(CONTEXT, ISSUED_LOCAL if cert.provisional else ISSUED)


def sorting_proxy(
    model: CertificateTableModel, parent: QObject | None = None
) -> QSortFilterProxyModel:
    """The proxy the view shows: sorts on ``SORT_ROLE``, never filters."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
