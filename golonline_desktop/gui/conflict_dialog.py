"""A sync conflict side by side: this laptop's version or the server's, or decide later.

The dialog only shows ``ConflictDetails`` (read by ``SyncController.conflict_details``)
and says which button the officer pressed; the controller runs the choice through the
runner. It stays open until the choice is stored, so a refusal (e.g. a petugas asked to
delete) is shown where the officer is looking.

Signals:
    chosen(object): the officer picked a ``Resolution``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.services.sync_conflicts import ConflictDetails, Resolution

from .i18n import translate
from .sync_texts import field_label, value_text
from .ui_loader import load_form_translatable

HEADERS = (
    QT_TRANSLATE_NOOP("ConflictDialog", "Field"),
    QT_TRANSLATE_NOOP("ConflictDialog", "This laptop"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Server"),
)


class ConflictDialog(QObject):
    """Wraps the ``ConflictDialog`` form; ``dialog`` is the QDialog (window-modal)."""

    chosen = Signal(object)

    def __init__(self, details: ConflictDetails, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("conflict_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self.setParent(form)  # deleted with the dialog (WA_DeleteOnClose)
        self.details = details
        self._title = title
        self._error = ""
        self._busy = False
        self.title_label: QLabel = form.findChild(QLabel, "conflictTitle")
        self.note: QLabel = form.findChild(QLabel, "conflictNote")
        self.table: QTableWidget = form.findChild(QTableWidget, "conflictTable")
        self.keep_button: QPushButton = form.findChild(QPushButton, "conflictKeepLocalButton")
        self.server_button: QPushButton = form.findChild(QPushButton, "conflictTakeServerButton")
        self.cancel_button: QPushButton = form.findChild(QPushButton, "conflictCancelButton")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keep_button.clicked.connect(lambda: self._choose(Resolution.KEEP_LOCAL))
        self.server_button.clicked.connect(lambda: self._choose(Resolution.TAKE_SERVER))
        self.cancel_button.clicked.connect(form.reject)
        form.installEventFilter(self)
        self._apply_texts()

    # -- showing ---------------------------------------------------------------------------

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        details = self.details
        versions = translate(
            "ConflictDialog", "this laptop: version {local} · server: version {server}"
        ).format(
            local=details.local_version,
            server=details.server_version if details.server_version is not None else "?",
        )
        self.title_label.setText(f"<b>{self._escape(self._title)}</b><br>{versions}")
        self.table.setColumnCount(len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("ConflictDialog", h) for h in HEADERS])
        self.table.setRowCount(len(details.differences))
        for row, diff in enumerate(details.differences):
            cells = (
                field_label(diff.field),
                value_text(diff.field, diff.local),
                value_text(diff.field, diff.server),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEnabled(bool(details.differences))
        self.note.setText(self._note_text())
        self._update_buttons()

    @staticmethod
    def _escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def _note_text(self) -> str:
        details = self.details
        lines = []
        if self._error:
            lines.append(self._error)
        if details.needs_supervisor:
            lines.append(
                translate(
                    "ConflictDialog",
                    "One version deletes this record and the other keeps it: only a "
                    "supervisor may decide.",
                )
            )
        if details.why_not_server:
            lines.append(translate("SyncConflicts", details.why_not_server))
        elif not details.differences:
            lines.append(
                translate(
                    "ConflictDialog", "The two versions hold the same data; either choice keeps it."
                )
            )
        if details.nik_masked and any(d.field == "nik" for d in details.differences):
            lines.append(translate("ConflictDialog", "NIKs are shown masked for your role."))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        self.keep_button.setEnabled(self.details.can_keep_local and not self._busy)
        self.server_button.setEnabled(self.details.can_take_server and not self._busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        return False

    # -- the officer's choice --------------------------------------------------------------

    def _choose(self, resolution: Resolution) -> None:
        self._busy = True
        self._error = ""
        self._update_buttons()
        self.chosen.emit(resolution)

    def done(self) -> None:
        """The choice is stored: close."""
        self._busy = False
        self.dialog.accept()

    def failed(self, message: str) -> None:
        """The choice was refused or failed: say why and let the officer choose again."""
        self._busy = False
        self._error = message
        self.note.setText(self._note_text())
        self._update_buttons()

    def open(self) -> None:
        self.dialog.open()
        self.dialog.activateWindow()
        first = self.keep_button if self.keep_button.isEnabled() else self.cancel_button
        first.setFocus()
