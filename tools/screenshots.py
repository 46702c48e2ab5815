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

from PySide6.QtTest import QTest  # noqa: E402
from shots import OUT, SIZE, save, settle  # noqa: E402

from golonline_desktop.gui import settings as keys  # noqa: E402
from golonline_desktop.gui.app import build_main_window, qt_application  # noqa: E402
from golonline_desktop.gui.drive_dialog import DriveDialog  # noqa: E402
from golonline_desktop.gui.duplicate_dialog import DuplicateDialog  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.main_window import Page  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import App, open_app  # noqa: E402
from tests.factories import business_input  # noqa: E402

NAMES = (
    "Keripik Singkong Bu Sri",
    "Batik Tulis Lestari",
    "Kopi Gayo Pak Darmo",
    "Sambal Roa Mama Ince",
    "Tenun Ikat Sumba Indah",
)


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
                registration_shots(app, language)
        finally:
            app.close()
    return 0


def registration_shots(app: App, language: str) -> None:
    """registration_{empty,errors,duplicate,drive}_<language>.png (the form and its dialogs)."""
    settings = AppSettings(app.paths.settings)
    drive = app.drives.create("Pendataan UMKM Tebet Timur", app.clock.today(), "31.74.01.1001")
    settings.set(keys.CURRENT_DRIVE_ID, drive.id)
    settings.set(keys.CURRENT_DRIVE_DAY, str(app.clock.today()))
    window = build_main_window(app, settings, SyncRunner())
    window.show()
    window.window.resize(*SIZE)
    window.new_registration()
    section = window.businesses
    assert section is not None
    form = section.form
    save(window.window, f"registration_empty_{language}.png")
    for key, text in (
        ("owner_name", "Sri Rahayu"),
        ("nik", "31740155059"),
        ("owner_birth_date", "15-05-1990"),
        ("phone", "0812 3456"),
        ("capital", "15000000"),
    ):
        QTest.keyClicks(form.edits[key], text)  # typed, so amounts format as Rp
    form.save()  # errors: nothing is saved, every message shows
    save(window.window, f"registration_errors_{language}.png")
    fields = app.registration.validate(business_input(0)).fields
    assert fields is not None
    duplicates = DuplicateDialog(
        app.registration.duplicates(fields), lambda c: app.regions.full_path(c) or c, window.window
    )
    duplicates.dialog.show()
    save(duplicates.dialog, f"registration_duplicate_{language}.png")
    duplicates.dialog.close()
    drives = DriveDialog(
        app.drives, app.regions, SyncRunner(), app.clock.today(), drive.id, window.window
    )
    drives.dialog.show()
    save(drives.dialog, f"registration_drive_{language}.png")
    drives.dialog.close()
    entity_id = form.entity_id
    window.window.close()  # writes the draft of the unfinished form...
    window.window.deleteLater()
    settle()
    section.drafts.discard("business", entity_id)  # ...which the next window must not offer


if __name__ == "__main__":
    sys.exit(main())
