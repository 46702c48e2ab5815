#!/usr/bin/env python3
"""Screenshots of the MSME browser page at 1366x768, in Bahasa Indonesia and English.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_browser.py

Writes docs/screenshots/browser_{id,en}.png from a temporary data folder holding 400
generated businesses with varied Indonesian names (tests/browser_data.py), plus two
registered through the real service, one of them edited (so the history is real).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from shots import OUT, SIZE, settle  # noqa: E402

from golonline_desktop.gui.app import qt_application  # noqa: E402
from golonline_desktop.gui.business_browser import BusinessBrowserPage  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.business_query import BusinessQueryService  # noqa: E402
from tests import browser_data  # noqa: E402


def main() -> int:
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "Data Petugas").ensure()
        app = open_app(paths)
        try:
            browser_data.fill(app.store, app.actor.officer_id, app.actor.office_id, 400)
            for language in ("id", "en"):
                install_language(qt_app, language)
                page = BusinessBrowserPage(
                    BusinessQueryService(app.store, app.regions),
                    app.registration,
                    SyncRunner(),
                    AppSettings(paths.settings),
                )
                page.resize(*SIZE)
                page.show()
                page.search_edit.setText("sri")
                settle()
                page.table.selectRow(1)
                settle()
                target = OUT / f"browser_{language}.png"
                if not page.grab().save(str(target)):
                    raise OSError(f"cannot write {target}")
                print(target.relative_to(ROOT))
                page.close()
                page.deleteLater()
                settle()
        finally:
            app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
