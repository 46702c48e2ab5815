#!/usr/bin/env python3
"""Screenshots of the main window at 1366x768, in Bahasa Indonesia and English.

Needs a real X server (offscreen rendering differs from what officers see):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

Writes docs/screenshots/main_window_{id,en}.png (home page) and
main_window_settings_{id,en}.png, from a temporary data folder holding a few
registered businesses, so every figure on screen is real.
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

from PySide6.QtCore import QCoreApplication  # noqa: E402

from golonline_desktop.gui.app import build_main_window, qt_application  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.main_window import Page  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from tests.factories import business_input  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
NAMES = (
    "Keripik Singkong Bu Sri",
    "Batik Tulis Lestari",
    "Kopi Gayo Pak Darmo",
    "Sambal Roa Mama Ince",
    "Tenun Ikat Sumba Indah",
)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def main() -> int:
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "Data Petugas").ensure()
        app = open_app(paths)
        try:
            for n, name in enumerate(NAMES):
                data = replace(business_input(n), business_name=name)
                outcome = app.registration.register(data, confirm_warnings=True)
                assert outcome.saved, outcome
            for language in ("id", "en"):
                install_language(qt_app, language)
                window = build_main_window(app, AppSettings(paths.settings), SyncRunner())
                window.show()
                window.window.resize(*SIZE)
                for page, suffix in ((Page.HOME, ""), (Page.SETTINGS, "_settings")):
                    window.navigation.setCurrentRow(page)
                    settle()
                    target = OUT / f"main_window{suffix}_{language}.png"
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
