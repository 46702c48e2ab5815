#!/usr/bin/env python3
"""Screenshots of the server's public verification page, as a phone shows it.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_verify_page.py

Writes docs/screenshots/verify_page_{valid,revoked,invalid,not_found}.png at a phone's
viewport (412x860 CSS px). The HTML is ``golonline_server.verify_page.render_page``, the
function the running server answers ``GET /v/{number}`` with (the integration test
``test_certificate_server.py`` fetches those pages from a real server); here it is fed
a sample certificate for each verdict and drawn by Chromium (QtWebEngine), so the
picture is what a browser makes of the page's CSS — not an approximation by Qt's
rich-text engine.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # root in a container
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from golonline_desktop.domain.certificate import (  # noqa: E402
    CertificateData,
    CertificateNumber,
    mask_nik,
)
from golonline_server.certificates import StoredCertificate  # noqa: E402
from golonline_server.verify_page import Status, Verdict, render_page  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
VIEWPORT = (412, 860)
NUMBER = CertificateNumber("JKT01", "A7K2Q9", 2026, 42)


def sample(revoked: bool = False) -> StoredCertificate:
    cert = CertificateData(
        number=NUMBER,
        issued_on=date(2026, 11, 27),
        business_name="Keripik Tempe Sanan Bu Ṭāhirah",
        owner_name="Ṭāhirah Nur Aini",
        nik_masked=mask_nik("3573015508900001"),
        nib="1234567890123",
        kbli_code="10794",
        kbli_title="Industri Makanan Ringan",
        sector="Makanan ringan",
        region_code="35.73.02.1004",
        region_path=("Kel. Purwantoro", "Kec. Blimbing", "Kota Malang", "Prov. Jawa Timur"),
        marketplaces=("Shopee", "Tokopedia"),
        drive_name="Pendampingan UMKM Go Online Blimbing",
        office_name="Diskominfo Kota Malang",
        officer_name="Rr. Sekar Ayu Wulandari",
        officer_nip="198501012010012001",
        place="Kota Malang",
    )
    return StoredCertificate(
        cert=cert,
        signature="contoh",
        revoked=revoked,
        revoked_at=datetime(2026, 11, 28, 9, 15) if revoked else None,
        replaced_by=CertificateNumber("JKT01", "A7K2Q9", 2026, 57).format() if revoked else None,
        device_public_key=None,
        device_code="A7K2Q9",
    )


def pages() -> dict[str, str]:
    number = NUMBER.format()
    return {
        "valid": render_page(number, Verdict(Status.VALID, sample())),
        "revoked": render_page(number, Verdict(Status.REVOKED, sample(revoked=True))),
        "invalid": render_page(number, Verdict(Status.INVALID, sample())),
        "not_found": render_page("GO-JKT01-A7K2Q9-2026-000999", Verdict(Status.NOT_FOUND, None)),
    }


def shoot(view: QWebEngineView, html: str, target: Path) -> None:
    loop = QEventLoop()
    view.loadFinished.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    view.setHtml(html)
    loop.exec()
    view.loadFinished.disconnect(loop.quit)
    QTimer.singleShot(400, loop.quit)  # the first paint after the load
    loop.exec()
    if not view.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    print(target.relative_to(ROOT))


def main() -> int:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    view = QWebEngineView()
    view.resize(*VIEWPORT)
    view.show()
    for name, html in pages().items():
        shoot(view, html, OUT / f"verify_page_{name}.png")
    view.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
