"""A business's history: who changed what, when (read from the audit log).

Only field *names* are shown: the audit log never stores the values (they may be
personal data), and a supervisor reading the history needs who and when, not the NIK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.services.business_query import HistoryEntry

from .i18n import translate
from .ui_loader import load_form_translatable

ACTION_LABELS: dict[str, str] = {
    "business.create": QT_TRANSLATE_NOOP("HistoryDialog", "Registered"),
    "business.update": QT_TRANSLATE_NOOP("HistoryDialog", "Edited"),
    "business.delete": QT_TRANSLATE_NOOP("HistoryDialog", "Deleted"),
    "business.restore": QT_TRANSLATE_NOOP("HistoryDialog", "Restored"),
    "sync.pull_apply": QT_TRANSLATE_NOOP("HistoryDialog", "Changed at the central office"),
}
FIELD_LABELS: dict[str, str] = {
    "business_name": QT_TRANSLATE_NOOP("HistoryDialog", "business name"),
    "owner_name": QT_TRANSLATE_NOOP("HistoryDialog", "owner"),
    "nik": QT_TRANSLATE_NOOP("HistoryDialog", "NIK"),
    "owner_birth_date": QT_TRANSLATE_NOOP("HistoryDialog", "birth date"),
    "owner_sex": QT_TRANSLATE_NOOP("HistoryDialog", "sex"),
    "phone": QT_TRANSLATE_NOOP("HistoryDialog", "phone"),
    "email": QT_TRANSLATE_NOOP("HistoryDialog", "email"),
    "nib": QT_TRANSLATE_NOOP("HistoryDialog", "NIB"),
    "npwp": QT_TRANSLATE_NOOP("HistoryDialog", "NPWP"),
    "nitku": QT_TRANSLATE_NOOP("HistoryDialog", "NITKU"),
    "kbli_code": QT_TRANSLATE_NOOP("HistoryDialog", "KBLI"),
    "kbli_version": QT_TRANSLATE_NOOP("HistoryDialog", "KBLI version"),
    "sector": QT_TRANSLATE_NOOP("HistoryDialog", "sector"),
    "address_line": QT_TRANSLATE_NOOP("HistoryDialog", "address"),
    "village_code": QT_TRANSLATE_NOOP("HistoryDialog", "village"),
    "postal_code": QT_TRANSLATE_NOOP("HistoryDialog", "postal code"),
    "capital_rupiah": QT_TRANSLATE_NOOP("HistoryDialog", "capital"),
    "annual_sales_rupiah": QT_TRANSLATE_NOOP("HistoryDialog", "annual sales"),
    "scale": QT_TRANSLATE_NOOP("HistoryDialog", "scale"),
    "employees": QT_TRANSLATE_NOOP("HistoryDialog", "employees"),
    "consent_text_version": QT_TRANSLATE_NOOP("HistoryDialog", "consent"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
    QT_TRANSLATE_NOOP("HistoryDialog", "What"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Fields changed"),
)


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return translate("HistoryDialog", source) if source else action


def changed_label(fields: tuple[str, ...]) -> str:
    return ", ".join(
        translate("HistoryDialog", FIELD_LABELS[f]) if f in FIELD_LABELS else f for f in fields
    )


class HistoryDialog:
    """Shows the entries of one business; ``dialog`` is the QDialog from the form."""

    def __init__(
        self, business_name: str, entries: list[HistoryEntry], parent: QWidget | None = None
    ) -> None:
        form, self._translator = load_form_translatable("history_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.table: QTableWidget = form.findChild(QTableWidget, "historyTable")
        self.title: QLabel = form.findChild(QLabel, "historyTitle")
        self.empty: QLabel = form.findChild(QLabel, "historyEmpty")
        close: QPushButton = form.findChild(QPushButton, "closeButton")
        close.clicked.connect(form.accept)
        self.title.setText(business_name)
        self._fill(entries)

    def _fill(self, entries: list[HistoryEntry]) -> None:
        table = self.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([translate("HistoryDialog", c) for c in COLUMNS])
        table.setRowCount(len(entries))
        unknown = translate("HistoryDialog", "(unknown officer)")
        for row, entry in enumerate(reversed(entries)):  # newest first
            values = (
                entry.at.astimezone().strftime("%d-%m-%Y %H:%M"),
                entry.officer_name or unknown,
                action_label(entry.action),
                changed_label(entry.changed),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        self.empty.setVisible(not entries)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (tests and screen readers' summaries)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def exec(self) -> int:
        return self.dialog.exec()
