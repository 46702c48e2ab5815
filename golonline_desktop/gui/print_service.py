"""Printing PDFs through the printer the officer picked in the system print dialog.

Three ways out, chosen from the ``QPrinter`` the dialog filled in:

* "Print to file" (PDF output with a file name): the certificate PDF itself is written,
  vector and byte-exact.
* A CUPS queue (Linux, macOS; ``lp`` present): the PDF is handed to CUPS as is with the
  queue name, copies and title from the ``QPrinter``, so text stays text and the QR
  stays sharp on any printer CUPS can drive.
* Otherwise (Windows): each page is rendered by QtPdf at the printer's resolution (at
  most 300 dpi) and painted through ``QPainter`` on the ``QPrinter``.

``BatchPrint`` prints many documents one job each, on the GUI thread one step per event
loop turn (each step is a render and a hand-off, tens of milliseconds), so it reports
progress and can be cancelled between documents without threads touching widgets.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_RASTER_DPI = 300
LP_TIMEOUT_S = 60


class PrintError(RuntimeError):
    pass


class PrintMethod(StrEnum):
    FILE = "file"
    CUPS = "cups"
    RASTER = "raster"


def choose_method(printer: QPrinter) -> PrintMethod:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return PrintMethod.FILE
    if printer.printerName() and shutil.which("lp"):
        return PrintMethod.CUPS
    return PrintMethod.RASTER


def submit_to_cups(printer_name: str, pdf: bytes, title: str, copies: int = 1) -> str:
    """Hand a PDF to a CUPS queue; returns the job id (``"Queue-12"``)."""
    command = ["lp", "-d", printer_name, "-t", title, "-n", str(max(1, copies))]
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=LP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(str(exc)) from exc
    if done.returncode != 0:
        raise PrintError(done.stderr.decode(errors="replace").strip() or "lp failed")
    found = re.search(rb"request id is (\S+)", done.stdout)
    return found.group(1).decode() if found else ""


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Rasterise each page onto the printer (the path for systems without CUPS)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintError(f"cannot read the PDF: {document.error()}")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer refused the job")
    try:
        dpi = min(printer.resolution(), MAX_RASTER_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            target = QRectF(painter.viewport())
            scaled = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
        document.close()
    return document.pageCount()


def print_pdf(printer: QPrinter, pdf: bytes, title: str, method: PrintMethod | None = None) -> str:
    """Print one PDF the way ``printer`` says; returns where it went (job id or file)."""
    method = method or choose_method(printer)
    if method is PrintMethod.FILE:
        path = printer.outputFileName()
        with open(path, "wb") as out:
            out.write(pdf)
        return path
    if method is PrintMethod.CUPS:
        return submit_to_cups(printer.printerName(), pdf, title, printer.copyCount())
    printer.setDocName(title)
    paint_pdf(printer, pdf)
    return printer.printerName() or printer.outputFileName()


@dataclass(frozen=True)
class PrintDocument:
    """One job of a batch: rendered only when its turn comes."""

    key: str
    title: str
    render: Callable[[], bytes]


@dataclass
class BatchResult:
    printed: list[str] = field(default_factory=list)  # keys, in order
    failed: list[tuple[str, str]] = field(default_factory=list)  # (key, reason)
    cancelled: bool = False
    total: int = 0


class BatchPrint(QObject):
    """Prints documents one after another; progress, per-document results, cancel.

    Signals:
        progress(int, int, str): documents done, total, title of the one just done.
        printed(str, str): a document's key and where it went, right after it was accepted.
        finished(object): the ``BatchResult`` once everything ran or the batch was cancelled.
    """

    progress = Signal(int, int, str)
    printed = Signal(str, str)
    finished = Signal(object)

    def __init__(
        self,
        printer: QPrinter,
        documents: Sequence[PrintDocument],
        method: PrintMethod | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._printer = printer  # kept: Qt must not outlive its QPrinter
        self._documents = list(documents)
        self._method = method or choose_method(printer)
        self._index = 0
        self._cancel = False
        self._running = False
        self.result = BatchResult(total=len(self._documents))

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """Stop before the next document; ones already handed to the printer stay printed."""
        self._cancel = True

    def _step(self) -> None:
        if self._cancel or self._index >= len(self._documents):
            self._running = False
            self.result.cancelled = self._cancel and self._index < len(self._documents)
            self.finished.emit(self.result)
            return
        document = self._documents[self._index]
        self._index += 1
        try:
            where = print_pdf(self._printer, document.render(), document.title, self._method)
        except (PrintError, OSError, ValueError) as exc:
            self.result.failed.append((document.key, str(exc)))
        else:
            self.result.printed.append(document.key)
            self.printed.emit(document.key, where)
        self.progress.emit(self._index, len(self._documents), document.title)
        QTimer.singleShot(0, self._step)
