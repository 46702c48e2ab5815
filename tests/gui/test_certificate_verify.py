"""Checking a scanned certificate code on the Sertifikat screen, offline, as an officer does.

The certificates come from a second laptop's data folder (real services), reach this
laptop as pulled changes, and the officer types (or a scanner types) the QR address.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from golonline_desktop.gui.certificate_page import CertificatePage
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.certificates import IssuedCertificate
from tests.unit.test_peer_certificates import (
    OTHER_CODE,
    OTHER_DEVICE_ID,
    _apply,
    _device_change,
    _enroll,
    _issue,
    _pulled,
    _service,
)


@pytest.fixture
def other(tmp_path: Path, clock, regions) -> Iterator[App]:
    second = open_app(DataPaths(tmp_path / "second").ensure(), clock, regions)
    _enroll(second, OTHER_DEVICE_ID, OTHER_CODE)
    yield second
    second.close()


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, app: App) -> CertificatePage:
    install_language(qapp, "en")
    certificates = CertificatePage(_service(app), SyncRunner())
    qtbot.addWidget(certificates.widget)
    certificates.widget.show()
    return certificates


def _scan(qtbot: QtBot, page: CertificatePage, url: str) -> str:
    """What a handheld scanner does: type the address and press Enter."""
    page.verify_edit.clear()
    qtbot.keyClicks(page.verify_edit, url)
    qtbot.keyClick(page.verify_edit, Qt.Key.Key_Return)
    return page.verify_result.text()


def _peer(app: App, other: App, n: int = 1) -> IssuedCertificate:
    issued = _issue(other, n)
    _apply(app, _pulled(other, issued.id))
    return issued


def test_the_widgets_have_names(page: CertificatePage) -> None:
    for widget in (page.verify_edit, page.verify_button, page.verify_result):
        assert widget.objectName() and widget.accessibleName()


def test_a_scan_of_another_laptops_certificate_says_valid_then_revoked(
    qtbot: QtBot, page: CertificatePage, app: App, other: App
) -> None:
    issued = _peer(app, other)
    text = _scan(qtbot, page, issued.verify_url)
    assert text.startswith("Cannot check this certificate on this laptop")

    _apply(app, _device_change(other))
    text = _scan(qtbot, page, issued.verify_url)
    assert text.startswith(f"VALID: certificate {issued.number}, issued by another laptop")
    assert "Keripik Singkong Bu Sri 1" in text and "27-11-2026" in text
    assert "3174" not in text  # no NIK, masked or not

    tampered = issued.verify_url[:-3] + ("AAA" if not issued.verify_url.endswith("AAA") else "BBB")
    assert _scan(qtbot, page, tampered).startswith("NOT VALID")
    assert _scan(qtbot, page, "https://contoh.id/bukan").startswith("This is not the QR code")

    replacement = _service(other).revoke_and_reissue(issued.id, "alamat salah")
    _apply(app, _pulled(other, issued.id))
    _apply(app, _device_change(other, revoked=True))
    page.verify_edit.setText(issued.verify_url)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    text = page.verify_result.text()
    assert text.startswith(f"REVOKED: certificate {issued.number}")
    assert replacement.number in text and "has since been revoked" in text


def test_the_verdict_is_in_the_officers_language(
    qtbot: QtBot, qapp: QApplication, page: CertificatePage, app: App, other: App
) -> None:
    issued = _peer(app, other)
    _apply(app, _device_change(other))
    _scan(qtbot, page, issued.verify_url)
    install_language(qapp, "id")  # switched while the verdict is on screen (a posted event)
    expected = f"SAH: sertifikat {issued.number}, diterbitkan oleh laptop lain"
    qtbot.waitUntil(lambda: page.verify_result.text().startswith(expected))
    assert page.verify_button.text() == "Periksa"
    own = _issue(app, 2)
    assert _scan(qtbot, page, own.verify_url).startswith(f"SAH: sertifikat {own.number}")
