"""Child process for test_draft_recovery: the real app, typing into the form, then waiting.

    python -m tests.integration.draft_child DATA_DIR

Opens the data folder, shows the main window offscreen, starts a new registration and
types into it with key clicks, waits until the autosaved draft holds everything typed,
prints ``TYPED <draft id>`` and keeps running until it is killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest

from golonline_desktop.gui import settings as keys
from golonline_desktop.gui.app import build_main_window, qt_application
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.runner import TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app

TYPED = {
    "owner_name": "Sri Rahayu",
    "nik": "3174015505900001",
    "business_name": "Keripik Singkong Bu Sri",
    "capital": "15000000",
}


def main(folder: str) -> int:
    qt_app = qt_application()
    install_language(qt_app, "id")
    services = open_app(DataPaths(Path(folder)).ensure())
    drive = services.drives.create("Pendataan Tebet", services.clock.today(), "31.74.01")
    settings = AppSettings(services.paths.settings)
    settings.set(keys.CURRENT_DRIVE_ID, drive.id)
    settings.set(keys.CURRENT_DRIVE_DAY, str(services.clock.today()))
    settings.sync()
    runner = TaskRunner()
    window = build_main_window(services, settings, runner)
    window.show()
    window.new_registration()
    section = window.businesses
    assert section is not None and section.form_open
    form = section.form
    for key, text in TYPED.items():
        QTest.keyClicks(form.edits[key], text)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        draft = section.drafts.get("business", form.entity_id)
        if draft is not None and draft.content.get("business_name") == TYPED["business_name"]:
            print(f"TYPED {form.entity_id}", flush=True)
            return qt_app.exec()  # until killed
        time.sleep(0.01)
    print("draft never written", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
