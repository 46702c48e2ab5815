"""The Sertifikat section as an officer uses it: issue, preview, save, print, stop, reprint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import businesses_section
from golonline_desktop.gui.app import build_main_window
from golonline_desktop.gui.certificate_page import CertificatePage, install_certificates
from golonline_desktop.gui.certificate_settings_row import install_verification_row
from golonline_desktop.gui.certificate_table_model import (
    COL_BUSINESS,
    COL_ISSUED,
    COL_NUMBER,
    COL_PRINTS,
    COL_STATUS,
)
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.main_window import MainWindow
from golonline_desktop.gui.print_service import PrintMethod
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import unnamed_widgets
from golonline_desktop.services.app import App
from golonline_desktop.services.certificate_settings import ENV_VERIFY_BASE_URL
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


def _cell(page: CertificatePage, row: int, column: int) -> str:
    """The text a row shows in a column, in the order the list shows rows."""
    return page.table.model().index(row, column).data() or ""


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
    assert page.table.model().rowCount() == 3
    assert not page.buttons["printAllButton"].isEnabled()


def test_issue_preview_save_and_reprint(
    page: CertificatePage, app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    _select(page, 0, 1)
    assert page.buttons["issueButton"].isEnabled()
    page.buttons["issueButton"].click()
    numbers = [_cell(page, r, 1) for r in range(2)]
    assert all(n.startswith("GO-LOKAL-L") for n in numbers)
    assert _cell(page, 2, 1) == "—"
    _select(page, 0, 1)
    assert page.document.pageCount() == 2  # the preview shows both certificates
    assert "2 page" in page.preview_caption.text()

    target = tmp_path / "saved.pdf"
    page.choose_pdf_path = lambda: str(target)
    page.buttons["savePdfButton"].click()
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 2 and numbers[0] in reader.pages[0].extract_text()
    assert [_cell(page, r, 3) for r in range(2)] == ["1", "1"]

    _select(page, 0)
    page.choose_printer = _to_file(tmp_path / "printed.pdf")
    page.buttons["printButton"].click()
    assert page.batch is not None
    qtbot.waitUntil(lambda: not page.batch.running, timeout=10000)  # type: ignore[union-attr]
    assert _cell(page, 0, 3) == "2"
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
    counts = [_cell(page, r, 3) for r in range(3)]
    assert counts == ["1", "0", "0"]
    assert len(pypdf.PdfReader(tmp_path / "batch.pdf").pages) == 1


def test_revoke_and_reissue_from_the_page(page: CertificatePage) -> None:
    _select(page, 0)
    page.buttons["issueButton"].click()
    old = _cell(page, 0, 1)
    _select(page, 0)
    page.ask_reason = lambda number: f"Salah nama ({number})"
    page.buttons["revokeButton"].click()
    new = _cell(page, 0, 1)
    assert new != old and new.endswith("-000002")
    revoked = [v for v in page.service.list() if v.number == old]
    assert revoked[0].revoked and revoked[0].replaced_by == new


def test_model_passes_qtmodeltester(qtmodeltester: Any, page: CertificatePage) -> None:
    _select(page, 0)
    page.buttons["issueButton"].click()
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.proxy, force_py=True)
    row = page.model.rows()[0]
    tip = page.model.index(0, COL_BUSINESS).data(Qt.ItemDataRole.ToolTipRole)
    assert row.business_name in tip and row.owner_name in tip


def test_business_column_takes_the_room_and_widths_are_remembered(
    page: CertificatePage, app: App, qtbot: QtBot
) -> None:
    root = page.widget.window()
    root.resize(1366, 768)
    root.findChild(QListWidget, "navigationList").setCurrentRow(3)  # Sertifikat
    qtbot.waitExposed(root)
    qtbot.waitUntil(lambda: page.table.isVisible())
    header = page.table.horizontalHeader()
    assert header.sectionResizeMode(COL_BUSINESS) == QHeaderView.ResizeMode.Stretch
    others = [header.sectionSize(c) for c in (COL_NUMBER, COL_ISSUED, COL_PRINTS, COL_STATUS)]
    # the name takes what the other columns leave, and that is room for a name (was 40 px)
    assert header.sectionSize(COL_BUSINESS) + sum(others) == page.table.viewport().width()
    assert header.sectionSize(COL_BUSINESS) >= 150
    # the number column shows a whole number without eliding
    number = "GO-JKP01-LAP07-2026-000001"
    assert header.sectionSize(COL_NUMBER) > page.table.fontMetrics().horizontalAdvance(number)

    header.resizeSection(COL_STATUS, 211)  # what dragging the section edge does
    header.sortIndicatorChanged.emit(COL_PRINTS, Qt.SortOrder.DescendingOrder)
    again = CertificatePage(page.service, SyncRunner(), None, None, AppSettings(app.paths.settings))
    assert again.table.horizontalHeader().sectionSize(COL_STATUS) == 211
    assert again.table.horizontalHeader().sectionResizeMode(COL_BUSINESS) == (
        QHeaderView.ResizeMode.Stretch
    )
    again.widget.deleteLater()


def test_clicking_a_header_sorts_and_selection_follows_the_business(
    page: CertificatePage, qtbot: QtBot
) -> None:
    _select(page, 2)
    page.buttons["issueButton"].click()  # only the third business gets a certificate
    issued = page.selected_rows()[0]
    assert issued.certificate is not None
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_PRINTS) + header.sectionSize(COL_PRINTS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == COL_PRINTS
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _cell(page, 0, COL_PRINTS) == "0" and _cell(page, 2, COL_PRINTS) == ""
    # the selection is kept on the same business, wherever it sorted to
    assert page.selected_business_ids() == [issued.business_id]
    rect = page.table.visualRect(page.proxy.index(1, COL_BUSINESS))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_rows()[0].business_name == _cell(page, 1, COL_BUSINESS)


def test_settings_show_where_the_qr_points_read_only(
    page: CertificatePage,
    app: App,
    qapp: QApplication,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VERIFY_BASE_URL, raising=False)
    root = page.widget.window()
    row = install_verification_row(root, app.store)
    assert row is not None
    value = root.findChild(QLabel, "settingsVerifyUrlValue")
    assert value is row.value and value.accessibleName()
    assert value.text() == "https://goonline.invalid" and "not a real address" in row.note.text()
    assert not value.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
    monkeypatch.setenv(ENV_VERIFY_BASE_URL, "https://verifikasi.example.id")
    root.findChild(QListWidget, "navigationList").setCurrentRow(5)  # Pengaturan: read again
    assert value.text() == "https://verifikasi.example.id"
    install_language(qapp, "id")  # widgets get the LanguageChange as a posted event
    label = root.findChild(QLabel, "settingsVerifyUrlLabel")
    qtbot.waitUntil(lambda: label.text() == "Verifikasi sertifikat:")
    assert "Diatur lewat GOLONLINE_VERIFY_BASE_URL" in row.note.text()
    # the certificates page follows the language too (its drive list is built in code)
    qtbot.waitUntil(lambda: page.drive_combo.itemText(0) == "Semua kegiatan")
    assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "Usaha"
