"""A business that may exist already: open it, save anyway (with a reason), or go back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.storage.businesses import DuplicateCandidate

from .i18n import translate
from .ui_loader import load_form_translatable

REASON_TEXTS: dict[str, str] = {
    "nik": QT_TRANSLATE_NOOP("DuplicateDialog", "same NIK"),
    "nib": QT_TRANSLATE_NOOP("DuplicateDialog", "same NIB"),
    "phone": QT_TRANSLATE_NOOP("DuplicateDialog", "same phone"),
    "similar_name": QT_TRANSLATE_NOOP("DuplicateDialog", "similar name in the same village"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("DuplicateDialog", "Business"),
    QT_TRANSLATE_NOOP("DuplicateDialog", "Owner"),
    QT_TRANSLATE_NOOP("DuplicateDialog", "Village"),
    QT_TRANSLATE_NOOP("DuplicateDialog", "Why it may be the same"),
)


class DuplicateAction(Enum):
    OPEN = "open"
    SAVE_ANYWAY = "save_anyway"
    BACK = "back"


@dataclass(frozen=True)
class DuplicateChoice:
    action: DuplicateAction
    business_id: str | None = None  # OPEN: the record to open
    reason: str = ""  # SAVE_ANYWAY: recorded with the new record


class DuplicateDialog(QObject):
    """Lists the candidates; the buttons say what happens next."""

    def __init__(
        self,
        candidates: Sequence[DuplicateCandidate],
        village_label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("duplicate_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._candidates = list(candidates)
        self._village_label = village_label
        self.table: QTableWidget = form.findChild(QTableWidget, "duplicateTable")
        self.reason_edit: QLineEdit = form.findChild(QLineEdit, "duplicateReasonEdit")
        self.open_button: QPushButton = form.findChild(QPushButton, "duplicateOpenButton")
        self.save_button: QPushButton = form.findChild(QPushButton, "duplicateSaveButton")
        self.back_button: QPushButton = form.findChild(QPushButton, "duplicateBackButton")
        self._choice = DuplicateChoice(DuplicateAction.BACK)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save_anyway)
        self.back_button.clicked.connect(form.reject)
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.reason_edit.returnPressed.connect(self._save_anyway)
        self.table.itemActivated.connect(lambda _item: self._open())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        form.installEventFilter(self)
        self._apply_texts()
        if self._candidates:
            self.table.selectRow(0)
        self._update_buttons()

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        self.table.setColumnCount(len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("DuplicateDialog", h) for h in HEADERS])
        self.table.setRowCount(len(self._candidates))
        for row, candidate in enumerate(self._candidates):
            reasons = ", ".join(
                translate("DuplicateDialog", REASON_TEXTS.get(r, r)) for r in candidate.reasons
            )
            values = (
                candidate.business_name,
                candidate.owner_name,
                self._village_label(candidate.village_code or ""),
                reasons,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            self.table.item(row, 2).setToolTip(values[2])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # long: elided, tooltip
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        return False

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.reason_edit.text().strip()))
        self.open_button.setEnabled(self.table.currentRow() >= 0)

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._candidates):
            self._choice = DuplicateChoice(DuplicateAction.OPEN, self._candidates[row].business_id)
            self.dialog.accept()

    def _save_anyway(self) -> None:
        reason = self.reason_edit.text().strip()
        if reason:
            self._choice = DuplicateChoice(DuplicateAction.SAVE_ANYWAY, reason=reason)
            self.dialog.accept()

    def ask(self) -> DuplicateChoice:
        self._choice = DuplicateChoice(DuplicateAction.BACK)
        self.table.setFocus()
        self.dialog.exec()
        self.dialog.deleteLater()
        return self._choice
