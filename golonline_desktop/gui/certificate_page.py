"""The Sertifikat section: issue, preview, print (one, a selection, a drive), revoke, check.

The widget only talks to ``CertificateService`` through the runner; rendering and the
database stay off the widgets. Printing goes through ``print_service``: the officer picks
any installed printer in the system print dialog, and a batch shows progress and can be
stopped between certificates. Every copy that reaches a printer or a file is counted by
the service (reprints are marked "Cetak ulang ke-N" and audited).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from golonline_desktop.services.certificate_facts import CertificateRefusedError
from golonline_desktop.services.certificate_signing import Verdict
from golonline_desktop.services.certificates import (
    BusinessCertificate,
    CertificateService,
    VerifiedCertificate,
)

from . import settings as keys
from .certificate_table_model import (
    COL_BUSINESS,
    COL_ISSUED,
    COL_NUMBER,
    COL_PRINTS,
    COL_STATUS,
    ROW_ROLE,
    CertificateTableModel,
    sorting_proxy,
)
from .i18n import translate
from .print_service import BatchPrint, BatchResult, PrintDocument, PrintMethod, choose_method
from .runner import SyncRunner
from .settings import AppSettings
from .ui_loader import load_form_translatable

ALL_DRIVES = ""
# Widths a column starts with, as sample text it must show (the header may be wider).
# The business name takes what is left: it stretches with the window.
COLUMN_SAMPLES = {
    COL_NUMBER: "GO-LOKAL-LQYBNP9C-2026-000001",  # before enrollment: the longest form
    COL_ISSUED: "27-11-2026",
    COL_PRINTS: "99",
    COL_STATUS: "Terbit (kode lokal)",
}
VALID_STYLE = "color: #1b5e20;"
INVALID_STYLE = "color: #b3261e;"


class CertificatePage(QObject):
    """Controller of ``ui/certificate_page.ui``.

    Signals:
        changed(): certificates were issued, printed or revoked (the list was reloaded).
    """

    changed = Signal()

    def __init__(
        self, service: CertificateService, runner: Any, drives: Any = None,
        parent: QWidget | None = None, settings: AppSettings | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = service
        self._runner = runner
        self._drives = drives
        self._settings = settings
        self.widget, self._translator = load_form_translatable("certificate_page.ui", parent)
        w = self.widget
        self.table: QTableView = w.findChild(QTableView, "certificateTable")
        self.model = CertificateTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.drive_combo: QComboBox = w.findChild(QComboBox, "driveCombo")
        self.message: QLabel = w.findChild(QLabel, "certificateMessage")
        self.counts: QLabel = w.findChild(QLabel, "certificateCounts")
        self.progress: QProgressBar = w.findChild(QProgressBar, "batchProgress")
        self.cancel_button: QPushButton = w.findChild(QPushButton, "cancelBatchButton")
        self.verify_edit: QLineEdit = w.findChild(QLineEdit, "verifyCodeEdit")
        self.verify_button: QPushButton = w.findChild(QPushButton, "verifyButton")
        self.verify_result: QLabel = w.findChild(QLabel, "verifyResult")
        self.buttons = {
            name: w.findChild(QPushButton, name)
            for name in ("issueButton", "printButton", "printAllButton", "savePdfButton",
                         "revokeButton")
        }  # fmt: skip
        self.preview_caption: QLabel = w.findChild(QLabel, "previewCaption")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.preview = QPdfView(w.findChild(QWidget, "previewHost"))
        self.preview.setObjectName("certificatePreview")
        self.preview.setAccessibleName(self.tr("Certificate preview"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        host_layout: QVBoxLayout = w.findChild(QWidget, "previewHost").layout()
        host_layout.addWidget(self.preview, 1)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # kept: see STACK-NOTES
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.batch: BatchPrint | None = None
        self.print_method: PrintMethod | None = None  # None: decided from the printer
        self.rows: list[BusinessCertificate] = []
        # Replaced in tests; each returns None when the officer cancels.
        self.choose_printer: Callable[[QPrinter], bool] = self._print_dialog
        self.choose_pdf_path: Callable[[], str | None] = self._pdf_dialog
        self.ask_reason: Callable[[str], str | None] = self._reason_dialog
        self._setup_table()
        splitter: QSplitter = w.findChild(QSplitter, "certificateSplitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        self.progress.hide()
        self.cancel_button.hide()
        b = self.buttons
        b["issueButton"].clicked.connect(self.issue_selected)
        b["printButton"].clicked.connect(self.print_selected)
        b["printAllButton"].clicked.connect(self.print_all)
        b["savePdfButton"].clicked.connect(self.save_selected_pdf)
        b["revokeButton"].clicked.connect(self.revoke_selected)
        self.cancel_button.clicked.connect(self.cancel_batch)
        # A handheld scanner types the URL and presses Enter.
        self.verify_edit.returnPressed.connect(self.verify_scanned)
        self.verify_button.clicked.connect(self.verify_scanned)
        self._verification: tuple[Verdict, VerifiedCertificate | None] | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.drive_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_drives()
        self._update_buttons()
        self.widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- list ------------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)  # row numbers: width the names need more
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        metrics = table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            fits = max(metrics.horizontalAdvance(sample) + 18, header.sectionSizeHint(column))
            header.resizeSection(column, fits)
        state = self._settings.get(keys.CERTIFICATE_HEADER) if self._settings else QByteArray()
        if not state.isEmpty():
            header.restoreState(state)
        # after restoreState, which also restores modes: these are not the officer's choice
        for column in COLUMN_SAMPLES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_BUSINESS, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        if state.isEmpty():
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        header.sectionResized.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)

    def _save_header(self, *_: object) -> None:
        if self._settings is not None:
            self._settings.set(keys.CERTIFICATE_HEADER, self.table.horizontalHeader().saveState())

    def _retranslate_headers(self) -> None:
        self.model.retranslate()

    def _fill_drives(self) -> None:
        chosen = self.drive_combo.currentData() or ALL_DRIVES
        self.drive_combo.blockSignals(True)
        self.drive_combo.clear()
        self.drive_combo.addItem(self.tr("All drives"), ALL_DRIVES)
        for drive in self._drives.list() if self._drives is not None else []:
            self.drive_combo.addItem(f"{drive.name} ({drive.drive_date:%d-%m-%Y})", drive.id)
        self.drive_combo.setCurrentIndex(max(0, self.drive_combo.findData(chosen)))
        self.drive_combo.blockSignals(False)

    def refresh(self) -> None:
        drive = self.drive_combo.currentData() or None
        self._runner.submit(self.service.businesses, drive, on_done=self._show_rows)

    def _show_rows(self, rows: list[BusinessCertificate]) -> None:
        selected = set(self.selected_business_ids())
        self.rows = rows
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(rows)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for index, row in enumerate(rows):
            if row.business_id in selected:
                selection.select(self.proxy.mapFromSource(self.model.index(index, 0)), flags)
        selection.blockSignals(False)
        issued = sum(1 for r in rows if r.certificate is not None)
        self.counts.setText(self.tr("{issued} of {total} businesses have a certificate").format(
            issued=issued, total=len(rows)))  # fmt: skip
        self._selection_changed()

    def selected_rows(self) -> list[BusinessCertificate]:
        """The selected businesses, top to bottom as the list shows them."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in indexes]

    def selected_business_ids(self) -> list[str]:
        return [r.business_id for r in self.selected_rows()]

    def selected_certificate_ids(self) -> list[str]:
        return [r.certificate.id for r in self.selected_rows() if r.certificate is not None]

    def _selection_changed(self) -> None:
        self._update_buttons()
        ids = self.selected_certificate_ids()
        if not ids:
            self._load_preview(None)
            return
        self._runner.submit(self.service.render_pdf, ids,
                            on_done=lambda batch: self._load_preview(batch.pdf))  # fmt: skip

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        busy = self.batch is not None and self.batch.running
        with_cert = [r for r in rows if r.certificate is not None]
        self.buttons["issueButton"].setEnabled(
            not busy and any(r.certificate is None for r in rows)
        )
        self.buttons["printButton"].setEnabled(not busy and bool(with_cert))
        self.buttons["savePdfButton"].setEnabled(not busy and bool(with_cert))
        self.buttons["revokeButton"].setEnabled(not busy and len(with_cert) == 1)
        self.buttons["printAllButton"].setEnabled(
            not busy and any(r.certificate is not None for r in self.rows)
        )

    # -- preview ---------------------------------------------------------------------------

    def _load_preview(self, pdf: bytes | None) -> None:
        self.document.close()
        self._buffer = None
        if pdf is None:
            self.preview_caption.setText(
                self.tr("Select a business with a certificate to see it here.")
            )
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.preview_caption.setText(
            self.tr("Preview: {pages} page(s), as they will print.").format(
                pages=self.document.pageCount())
        )  # fmt: skip

    # -- acts ------------------------------------------------------------------------------

    def issue_selected(self) -> None:
        ids = [r.business_id for r in self.selected_rows() if r.certificate is None]
        if ids:
            self._runner.submit(self._issue_all, ids, on_done=self._issued, write=True)

    def _issue_all(self, business_ids: Sequence[str]) -> tuple[list[str], list[str]]:
        numbers, problems = [], []
        for business_id in business_ids:
            try:
                numbers.append(self.service.issue(business_id).number)
            except CertificateRefusedError as refused:
                problems.extend(f.render(translate) for f in refused.findings)
        return numbers, problems

    def _issued(self, outcome: tuple[list[str], list[str]]) -> None:
        numbers, problems = outcome
        text = self.tr("Issued {count} certificate(s).").format(count=len(numbers))
        self._say(" ".join([text, *problems]))
        self._reload()

    def print_selected(self) -> None:
        self._print(self.selected_certificate_ids())

    def print_all(self) -> None:
        self._print([r.certificate.id for r in self.rows if r.certificate is not None])

    def _print(self, certificate_ids: list[str]) -> None:
        if not certificate_ids or not self.choose_printer(self.printer):
            return
        method = self.print_method or choose_method(self.printer)
        if method is PrintMethod.FILE:  # "print to file": one PDF
            whole = PrintDocument(
                ",".join(certificate_ids),
                self.tr("Certificates"),
                lambda: self.service.render_pdf(certificate_ids).pdf,
            )
            documents = [whole]
        else:
            documents = [self._document(cid) for cid in certificate_ids]
        self.batch = BatchPrint(self.printer, documents, method, parent=self)
        self.batch.printed.connect(self._count_print)
        self.batch.progress.connect(self._show_progress)
        self.batch.finished.connect(self._batch_finished)
        self.progress.setRange(0, len(documents))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.batch.start()
        self._update_buttons()

    def _document(self, certificate_id: str) -> PrintDocument:
        numbers = {r.certificate.id: r.certificate.number for r in self.rows if r.certificate}
        number = numbers.get(certificate_id, certificate_id)
        return PrintDocument(certificate_id, f"Sertifikat {number}",
                             lambda: self.service.render_pdf([certificate_id]).pdf)  # fmt: skip

    def _count_print(self, key: str, where: str) -> None:
        self.service.record_output(key.split(","), channel="print", target=where)

    def _show_progress(self, done: int, total: int, title: str) -> None:
        self.progress.setValue(done)
        self._say(self.tr("Printed {done} of {total}: {title}").format(done=done, total=total,
                                                                   title=title))  # fmt: skip

    def cancel_batch(self) -> None:
        if self.batch is not None:
            self.batch.cancel()

    def _batch_finished(self, result: BatchResult) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        text = self.tr("{printed} of {total} printed.").format(printed=len(result.printed),
                                                         total=result.total)  # fmt: skip
        if result.cancelled:
            text += " " + self.tr("Printing was stopped.")
        if result.failed:
            text += " " + self.tr("Not printed: {reason}").format(reason=result.failed[0][1])
        self._say(text)
        self._reload()

    def save_selected_pdf(self) -> None:
        ids = self.selected_certificate_ids()
        if not ids:
            return
        path = self.choose_pdf_path()
        if not path:
            return
        self._runner.submit(self._save, ids, path, on_done=self._saved, write=True)

    def _save(self, certificate_ids: list[str], path: str) -> str:
        batch = self.service.render_pdf(certificate_ids)
        with open(path, "wb") as out:
            out.write(batch.pdf)
        self.service.record_output(certificate_ids, channel="pdf", target=path)
        return path

    def _saved(self, path: str) -> None:
        self._say(self.tr("Saved {path}").format(path=path))
        self._reload()

    def revoke_selected(self) -> None:
        ids = self.selected_certificate_ids()
        if len(ids) != 1:
            return
        number = self.selected_rows()[0].certificate.number  # type: ignore[union-attr]
        reason = self.ask_reason(number)
        if not reason:
            return
        self._runner.submit(self._revoke, ids[0], reason, on_done=self._issued, write=True)

    def _revoke(self, certificate_id: str, reason: str) -> tuple[list[str], list[str]]:
        try:
            return [self.service.revoke_and_reissue(certificate_id, reason).number], []
        except CertificateRefusedError as refused:
            return [], [f.render(translate) for f in refused.findings]

    # -- checking a scanned code -----------------------------------------------------------

    def verify_scanned(self) -> None:
        """Check the scanned QR address offline: certificates of this laptop and of the
        office's other laptops learned at sync, with the keys of known devices."""
        text = self.verify_edit.text().strip()
        if not text:
            return
        self._runner.submit(self.service.verify_url, text, on_done=self._show_verification)

    def _show_verification(self, outcome: tuple[Verdict, VerifiedCertificate | None]) -> None:
        self._verification = outcome
        verdict, view = outcome
        good = verdict is Verdict.VALID and view is not None and not view.revoked
        self.verify_result.setStyleSheet(VALID_STYLE if good else INVALID_STYLE)
        self.verify_result.setText(self._verification_text(verdict, view))

    def _verification_text(self, verdict: Verdict, view: VerifiedCertificate | None) -> str:
        if verdict is Verdict.VALID and view is not None:
            return " ".join(self._valid_texts(view))
        if verdict is Verdict.BAD_SIGNATURE:
            return self.tr(
                "NOT VALID: the code does not match the certificate it names; "
                "it may be forged or altered."
            )
        if verdict is Verdict.NUMBER_MISMATCH:
            return self.tr("NOT VALID: the code names another certificate.")
        if verdict is Verdict.UNKNOWN_DEVICE:
            return self.tr(
                "Cannot check this certificate on this laptop: its issuing laptop is not "
                "known here yet. Sync, or open the code's address with a connection."
            )
        return self.tr("This is not the QR code of a GoOnline certificate.")

    def _valid_texts(self, view: VerifiedCertificate) -> list[str]:
        number = view.number
        if view.revoked and view.replaced_by:
            head = self.tr(
                "REVOKED: certificate {number} is no longer valid; it was replaced by "
                "{replacement}."
            ).format(number=number, replacement=view.replaced_by)
        elif view.revoked:
            head = self.tr("REVOKED: certificate {number} is no longer valid.")
            head = head.format(number=number)
        elif view.issued_here:
            head = self.tr("VALID: certificate {number}, issued on this laptop.")
            head = head.format(number=number)
        else:
            head = self.tr("VALID: certificate {number}, issued by another laptop of the office.")
            head = head.format(number=number)
        fields = self.tr("{business}, issued on {date} by {office} ({officer}); {region}.")
        texts = [
            head,
            fields.format(
                business=view.business_name,
                date=f"{view.issued_on:%d-%m-%Y}",
                office=view.office_name,
                officer=view.officer_name,
                region=view.region,
            ),
        ]
        if view.device_revoked:
            texts.append(
                self.tr(
                    "The laptop that issued it has since been revoked: ask the office "
                    "whether the certificate still stands."
                )
            )
        return texts

    # -- plumbing --------------------------------------------------------------------------

    def _reload(self) -> None:
        self.refresh()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _print_dialog(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self.widget)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def _pdf_dialog(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save certificates as PDF"),
                                              "sertifikat.pdf", "PDF (*.pdf)")  # fmt: skip
        return path or None

    def _reason_dialog(self, number: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.widget, self.tr("Revoke and reissue"),
            self.tr("Why is certificate {number} revoked? A new number is printed instead.").format(
                number=number),
        )  # fmt: skip
        return text if ok and text.strip() else None

    def retranslate(self) -> None:
        self._translator.retranslate()
        self._retranslate_headers()
        if self._verification is not None:
            self._show_verification(self._verification)
        self._fill_drives()
        self.refresh()


def install_certificates(main_window: Any, app: Any, settings: Any) -> CertificatePage:
    """Put the certificates screen into the main window's "Sertifikat" section."""
    root = getattr(main_window, "window", main_window)
    section: QWidget = root.findChild(QWidget, "certificatesPage")
    runner = getattr(main_window, "runner", None) or getattr(main_window, "_runner", None)
    service = CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root)
    page = CertificatePage(
        service, runner or SyncRunner(), getattr(app, "drives", None), section, settings
    )
    layout = section.layout()
    for name in ("certificatesNote", "certificatesSpacer"):
        child = section.findChild(QWidget, name)
        if child is not None:
            child.hide()
    for index in reversed(range(layout.count())):
        if layout.itemAt(index).spacerItem() is not None:
            layout.removeItem(layout.itemAt(index))
    layout.addWidget(page.widget, 1)
    page.refresh()
    return page
