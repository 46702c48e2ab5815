"""The Sertifikat section as an officer uses it: issue, preview, save, print, stop, reprint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import businesses_section
from golonline_desktop.gui.app import build_main_window
from golonline_desktop.gui.certificate_page import CertificatePage, install_certificates
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.main_window import MainWindow
from golonline_desktop.gui.print_service import PrintMethod
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import unnamed_widgets
from golonline_desktop.services.app import App
from golonline_desktop.storage.audit import history
from tests.factories import business_input


@pytest.fixture
def page(
    qtbot: QtBot, qapp: QApplication, app: App, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CertificatePage]:
    # The UMKM list is another section with its own tests: keep this window to ours.
    monkeypatch.setattr(businesses_section, "BROWSER_MODULE", "golonline_desktop.gui.absent")
    install_language(qapp, "en")
    for n in range(3):
        app.registration.register(business_input(n), confirm_warnings=True,
                                  duplicate_reason="uji")  # fmt: skip
    settings = AppSettings(app.paths.settings)
    window: MainWindow = build_main_window(app, settings, SyncRunner())  # type: ignore[arg-type]
    qtbot.addWidget(window.window)
    certificates = install_certificates(window, app, settings)
    window.show()
    yield certificates
    install_language(qapp, "id")


def _select(page: CertificatePage, *rows: int) -> None:
    page.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        page.table.selectionModel().select(page.table.model().index(row, 0), flags)


def _to_file(path: Path):
    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def test_page_sits_in_the_certificates_section(page: CertificatePage) -> None:
    section = page.widget.parentWidget()
    assert section is not None and section.objectName() == "certificatesPage"
    assert not section.findChild(QWidget, "certificatesNote").isVisible()
    assert unnamed_widgets(page.widget) == []
    assert page.table.rowCount() == 3
    assert not page.buttons["printAllButton"].isEnabled()


def test_issue_preview_save_and_reprint(
    page: CertificatePage, app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    _select(page, 0, 1)
    assert page.buttons["issueButton"].isEnabled()
    page.buttons["issueButton"].click()
    numbers = [page.table.item(r, 1).text() for r in range(2)]
    assert all(n.startswith("GO-LOKAL-L") for n in numbers)
    assert page.table.item(2, 1).text() == "—"
    _select(page, 0, 1)
    assert page.document.pageCount() == 2  # the preview shows both certificates
    assert "2 page" in page.preview_caption.text()

    target = tmp_path / "saved.pdf"
    page.choose_pdf_path = lambda: str(target)
    page.buttons["savePdfButton"].click()
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 2 and numbers[0] in reader.pages[0].extract_text()
    assert [page.table.item(r, 3).text() for r in range(2)] == ["1", "1"]

    _select(page, 0)
    page.choose_printer = _to_file(tmp_path / "printed.pdf")
    page.buttons["printButton"].click()
    assert page.batch is not None
    qtbot.waitUntil(lambda: not page.batch.running, timeout=10000)  # type: ignore[union-attr]
    assert page.table.item(0, 3).text() == "2"
    text = pypdf.PdfReader(tmp_path / "printed.pdf").pages[0].extract_text()
    assert "Cetak ulang ke-1" in text  # counted as the second copy: marked as a reprint
    with app.store.read() as session:
        cert_id = page.rows[0].certificate.id  # type: ignore[union-attr]
        actions = [e.action for e in history(session, "certificate", cert_id)]
    assert actions == ["certificate.issue", "certificate.print", "certificate.reprint"]


def test_batch_print_shows_progress_and_stops(
    page: CertificatePage, qtbot: QtBot, tmp_path: Path
) -> None:
    _select(page, 0, 1, 2)
    page.buttons["issueButton"].click()
    page.print_method = PrintMethod.RASTER
    page.choose_printer = _to_file(tmp_path / "batch.pdf")
    seen: list[int] = []

    def stop_after_first(done: int, _total: int, _title: str) -> None:
        seen.append(done)
        if done == 1:
            page.cancel_batch()

    page.buttons["printAllButton"].click()
    assert page.batch is not None
    page.batch.progress.connect(stop_after_first)
    assert page.progress.isVisibleTo(page.widget) and page.cancel_button.isVisibleTo(page.widget)
    with qtbot.waitSignal(page.batch.finished, timeout=20000) as finished:
        pass
    result = finished.args[0]
    assert result.cancelled and len(result.printed) == 1 and seen == [1]
    assert not page.progress.isVisibleTo(page.widget)
    assert "stopped" in page.message.text()
    counts = [page.table.item(r, 3).text() for r in range(3)]
    assert counts == ["1", "0", "0"]
    assert len(pypdf.PdfReader(tmp_path / "batch.pdf").pages) == 1


def test_revoke_and_reissue_from_the_page(page: CertificatePage) -> None:
    _select(page, 0)
    page.buttons["issueButton"].click()
    old = page.table.item(0, 1).text()
    _select(page, 0)
    page.ask_reason = lambda number: f"Salah nama ({number})"
    page.buttons["revokeButton"].click()
    new = page.table.item(0, 1).text()
    assert new != old and new.endswith("-000002")
    revoked = [v for v in page.service.list() if v.number == old]
    assert revoked[0].revoked and revoked[0].replaced_by == new
