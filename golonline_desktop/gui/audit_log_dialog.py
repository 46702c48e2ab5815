"""The supervisor's audit log viewer: filters, a lazily fetched table, verify, CSV export.

The table (``AuditTableModel``) pages events from SQL; the filters (officer, record type,
date range) go to ``AuditLogService`` as one ``AuditFilter``. "Verify chain" walks the
whole hash chain on the runner and says in the officer's language whether it holds or
which event is the first that does not. The export writes the events the filters select.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from golonline_desktop.domain.clock import Clock, SystemClock
from golonline_desktop.services.audit_view import (
    CSV_HEADERS,
    AuditFilter,
    AuditLogService,
    ChainCheck,
    OfficerChoice,
)
from golonline_desktop.services.permissions import PermissionDeniedError

from .audit_table_model import AuditTableModel, action_label, entity_label, when_text
from .i18n import format_count, translate
from .runner import Runner
from .ui_loader import load_form_translatable

DEFAULT_DAYS = 30
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b5e20;"


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this laptop's clock, as an aware datetime."""
    return datetime(day.year, day.month, day.day).astimezone()


def explain(exc: BaseException) -> str:
    if isinstance(exc, PermissionDeniedError):
        return translate("Permission", exc.message)
    if isinstance(exc, OSError):
        return translate("AuditLog", "The file could not be written: {reason}").format(
            reason=exc.strerror or str(exc)
        )
    return translate("AuditLog", "The audit log could not be read: {reason}").format(
        reason=str(exc) or type(exc).__name__
    )


class AuditLogDialog(QObject):
    """Wires ``ui/audit_log_dialog.ui`` to an ``AuditLogService``."""

    def __init__(
        self,
        service: AuditLogService,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        export_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("audit_log_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._service = service
        self._runner = runner
        self._export_folder = export_folder
        self.last_check: ChainCheck | None = None
        find = form.findChild
        self.table: QTableView = find(QTableView, "auditTable")
        self.officer_combo: QComboBox = find(QComboBox, "auditOfficerCombo")
        self.entity_combo: QComboBox = find(QComboBox, "auditEntityCombo")
        self.date_check: QCheckBox = find(QCheckBox, "auditDateCheck")
        self.from_edit: QDateEdit = find(QDateEdit, "auditFromEdit")
        self.to_edit: QDateEdit = find(QDateEdit, "auditToEdit")
        self.count_label: QLabel = find(QLabel, "auditCountLabel")
        self.verify_result: QLabel = find(QLabel, "auditVerifyResult")
        self.verify_button: QPushButton = find(QPushButton, "auditVerifyButton")
        self.export_button: QPushButton = find(QPushButton, "auditExportButton")
        self.close_button: QPushButton = find(QPushButton, "auditCloseButton")

        self.model = AuditTableModel(service, runner, self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # ids elide at the end instead of breaking at dashes
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 150, 180, 190, 150)):
            self.table.setColumnWidth(column, width)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(lambda exc: self._say(explain(exc)))

        today = (clock or SystemClock()).now().astimezone().date()
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        start = today - timedelta(days=DEFAULT_DAYS)
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self._dates_enabled(False)
        self.officer_combo.addItem(translate("AuditLog", "All officers"), None)
        self.entity_combo.addItem(translate("AuditLog", "All record types"), None)

        self.officer_combo.currentIndexChanged.connect(self.apply_filter)
        self.entity_combo.currentIndexChanged.connect(self.apply_filter)
        self.date_check.toggled.connect(self._dates_toggled)
        self.from_edit.dateChanged.connect(self.apply_filter)
        self.to_edit.dateChanged.connect(self.apply_filter)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(form.accept)
        runner.submit(
            lambda: (service.officers(), service.entities()),
            on_done=self._fill_choices,
            on_error=lambda exc: self._say(explain(exc)),
        )
        self.apply_filter()

    # -- filters ---------------------------------------------------------------------------

    def _fill_choices(self, choices: tuple[list[OfficerChoice], list[str]]) -> None:
        officers, entities = choices
        for combo in (self.officer_combo, self.entity_combo):
            combo.blockSignals(True)
        try:
            for officer in officers:
                self.officer_combo.addItem(officer.name, officer.id)
            for entity in sorted(entities, key=entity_label):
                self.entity_combo.addItem(entity_label(entity), entity)
        finally:
            for combo in (self.officer_combo, self.entity_combo):
                combo.blockSignals(False)

    def _dates_enabled(self, enabled: bool) -> None:
        self.from_edit.setEnabled(enabled)
        self.to_edit.setEnabled(enabled)

    def _dates_toggled(self, checked: bool) -> None:
        self._dates_enabled(checked)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.date_check.isChecked():
            first = self.from_edit.date().toPython()
            last = self.to_edit.date().toPython()
            since = local_day_start(first)
            until = local_day_start(last + timedelta(days=1))
        return AuditFilter(
            officer_id=self.officer_combo.currentData(),
            since=since,
            until=until,
            entity=self.entity_combo.currentData(),
        )

    def apply_filter(self, *_args: Any) -> None:
        self.count_label.setText(translate("AuditLog", "Reading…"))
        self.model.set_filter(self.current_filter())

    def _show_count(self, total: int) -> None:
        self.count_label.setText(
            translate("AuditLog", "Events shown: {count}").format(count=format_count(total))
        )

    # -- verify and export -----------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._say(translate("AuditLog", "Checking every event…"), done=True)

        def done(check: ChainCheck) -> None:
            self.verify_button.setEnabled(True)
            self.show_check(check)

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self._say(explain(exc))

        self._runner.submit(self._service.verify, on_done=done, on_error=failed)

    def show_check(self, check: ChainCheck) -> None:
        self.last_check = check
        report = check.report
        self.model.mark_broken(frozenset(report.broken_ids))
        if check.ok:
            self._say(
                translate(
                    "AuditLog",
                    "✔ The audit log is intact: {count} events checked, none changed or removed.",
                ).format(count=format_count(report.checked)),
                done=True,
            )
            return
        first = check.first_broken
        if first is not None:
            where = translate("AuditLog", "No. {number} ({when}, {action})").format(
                number=first.id, when=when_text(first), action=action_label(first.action)
            )
        else:
            where = translate("AuditLog", "No. {number}").format(number=report.first_broken)
        self._say(
            translate(
                "AuditLog",
                "✖ The audit log was changed outside GoOnline Desktop. First event that does "
                "not match: {event}. Events that do not match: {count} of {checked}. Tell "
                "your office; keep this laptop as it is.",
            ).format(
                event=where,
                count=format_count(report.broken_count),
                checked=format_count(report.checked),
            )
        )
        row = self.model.row_of(report.first_broken or -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def ask_export_path(self) -> str | None:
        """The file to write (tests replace this)."""
        start = str((self._export_folder or Path.home()) / "log-audit.csv")
        path, _ = QFileDialog.getSaveFileName(
            self.dialog, translate("AuditLog", "Export the audit log"), start, "CSV (*.csv)"
        )
        return path or None

    def export(self) -> None:
        path = self.ask_export_path()
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        wanted = self.current_filter()
        headers = [translate("AuditExport", h) for h in CSV_HEADERS]
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self._say(
                translate("AuditLog", "Saved {count} events to {file}.").format(
                    count=format_count(count), file=str(target)
                ),
                done=True,
            )

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._say(explain(exc))

        self._runner.submit(
            lambda: self._service.export_csv(target, wanted, headers=headers),
            on_done=done,
            on_error=failed,
            write=True,
        )

    # -- plumbing --------------------------------------------------------------------------

    def _say(self, text: str, done: bool = False) -> None:
        self.verify_result.setStyleSheet(DONE_STYLE if done else ERROR_STYLE)
        self.verify_result.setText(text)

    def shown_rows(self) -> list[list[str]]:
        """What the table shows (tests, screen reader summaries)."""
        model = self.model
        return [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]

    def exec(self) -> int:
        return self.dialog.exec()
