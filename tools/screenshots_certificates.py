#!/usr/bin/env python3
"""Screenshots of the certificates screen at 1366x768, in Bahasa Indonesia and English.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_certificates.py

Writes docs/screenshots/certificates_{id,en}.png: the main window on the Sertifikat
section, from a temporary data folder with eight registered businesses (long and short
names, one Chinese shop name), five of them with certificates (one printed twice), the
first selected so the preview shows it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtTest import QTest  # noqa: E402
from shots import OUT, SIZE, settle  # noqa: E402

from golonline_desktop.gui.app import build_main_window, qt_application  # noqa: E402
from golonline_desktop.gui.certificate_page import install_certificates  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.main_window import Page  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.certificates import CertificateService  # noqa: E402
from tests.factories import business_input  # noqa: E402

BUSINESSES = (
    ("Keripik Tempe Sanan Bu Ṭāhirah", "Ṭāhirah Nur Aini"),
    ("Batik Tulis Sekar Jagad Ndalem Mbok Sri Rahayu Ngudi Mulyo Kulon Progo", "Sri Rahayu"),
    ("Toko Kue 王记饼家", "Wang Li Hua"),
    ("Warung Gudeg Yu Djum", "Djumilah"),
    ("Kerajinan Rotan Lestari Cirebon", "Ahmad Fauzi"),
    ("Sambal Roa Oma Manado", "Maria Wenas"),
    ("Kopi Gayo Aceh Tengah Koperasi Ketiara", "Rahmah"),
    ("Es Dawet Ayu Banjarnegara", "Slamet Riyadi"),
)


def main() -> int:
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "Data Petugas").ensure()
        app = open_app(paths)
        try:
            ids = []
            for n, (name, owner) in enumerate(BUSINESSES):
                data = replace(business_input(n), business_name=name, owner_name=owner)
                outcome = app.registration.register(
                    data, confirm_warnings=True, duplicate_reason="contoh"
                )
                ids.append(outcome.business_id)
            service = CertificateService(
                app.store, app.clock, app.actor, app.regions, app.paths.root
            )
            certificates = [service.issue(business_id) for business_id in ids[:5]]
            service.record_output([certificates[0].id], channel="pdf", target="contoh.pdf")
            service.record_output([certificates[0].id], channel="pdf", target="contoh.pdf")
            for language in ("id", "en"):
                install_language(qt_app, language)
                settings = AppSettings(paths.settings)
                window = build_main_window(app, settings, SyncRunner())  # type: ignore[arg-type]
                window.show()
                window.window.resize(*SIZE)
                page = install_certificates(window, app, settings)
                window.navigation.setCurrentRow(Page.CERTIFICATES)
                settle()
                page.table.selectRow(0)
                for _ in range(20):  # QPdfView renders the page in the background
                    QTest.qWait(100)
                target = OUT / f"certificates_{language}.png"
                if not window.window.grab().save(str(target)):
                    raise OSError(f"cannot write {target}")
                print(target.relative_to(ROOT))
                window.window.close()
                window.window.deleteLater()
                settle()
        finally:
            app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
