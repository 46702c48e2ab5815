#!/usr/bin/env python3
"""Screenshots of the Sinkronisasi page and the enrollment dialog, in both languages.

Needs a real X server (offscreen rendering differs from what officers see):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/sync_screenshots.py

Starts the real server on 127.0.0.1 with a temporary SQLite database, enrolls a
temporary data folder, registers a few businesses, sends them (one refused by the
server's checks) and writes docs/screenshots/sync_page_{id,en}.png and
sync_enroll_{id,en}.png at 1366x768: every figure on screen is real. Then a second laptop
of the office sends its own edit of a business this laptop edited too, a pass records the
conflict, and sync_conflict_{id,en}.png show the whole 1366x768 screen with the conflict
dialog open over the Sinkronisasi page, as a petugas sees it (NIK masked).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from golonline_desktop import wire  # noqa: E402
from golonline_desktop.gui.app import build_main_window, qt_application  # noqa: E402
from golonline_desktop.gui.enrollment_dialog import explain_enroll_error  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.main_window import Page  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.gui.sync_page import install_sync  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.actor import Role  # noqa: E402
from golonline_desktop.services.app import App, open_app  # noqa: E402
from golonline_desktop.services.sync_command import enroll  # noqa: E402
from golonline_desktop.services.sync_transport import NotAuthorizedError  # noqa: E402
from golonline_desktop.storage.models import OutboxEntry  # noqa: E402
from golonline_desktop.storage.outbox import canonical_json, payload_hash  # noqa: E402
from tests.factories import business_input, nik_for  # noqa: E402
from tests.integration.conftest import RunningServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
NAMES = ("Keripik Singkong Bu Sri", "Batik Tulis Lestari", "Kopi Gayo Pak Darmo")


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    target = OUT / name
    if not widget.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    print(target.relative_to(ROOT))


def save_screen(name: str) -> None:
    """The whole screen (the window and the dialog over it), as the officer sees it."""
    target = OUT / name
    if not QGuiApplication.primaryScreen().grabWindow(0).save(str(target)):
        raise OSError(f"cannot write {target}")
    print(target.relative_to(ROOT))


def make_conflict(app: App, server: RunningServer, password: str) -> None:
    """Laptop 2 sends its version 2 of "Batik Tulis Lestari"; this laptop edits its own."""
    with app.store.read() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.payload.contains(NAMES[1]))
        ).first()
        assert entry is not None
        record, v1 = entry.entity_id, json.loads(entry.payload)
    theirs = canonical_json(
        v1
        | {
            "owner_name": "Ratna Lestari Dewi",
            "nik": nik_for(41),
            "phone": "+6281398765432",
            "address_line": "Jl. Tebet Timur Dalam II No. 7",
            "version": 2,
        }
    )
    other = server.enroll("sri", password, "Laptop Tebet 5")
    change = wire.Change(entity="business", entity_id=record, version=2, base_version=1,
                         operation=wire.Operation.UPSERT, payload=theirs,
                         payload_hash=payload_hash(theirs))  # fmt: skip
    with server.client(other.token) as client:
        client.post("/push", content=wire.PushRequest(changes=[change]).model_dump_json(),
                    headers={"Content-Type": "application/json"}).raise_for_status()  # fmt: skip
    mine = replace(business_input(1), business_name=NAMES[1], owner_name="Ratna Lestari",
                   employees="4", address_line="Jl. Tebet Timur Dalam II No. 9")  # fmt: skip
    saved = app.registration.update(record, mine, expected_version=1, confirm_warnings=True)
    assert saved.saved, saved


def conflict_shots(qt_app: object, app: App, paths: DataPaths) -> None:
    app.actor = replace(app.actor, role=Role.PETUGAS)  # as a field officer sees it
    for language in ("id", "en"):
        install_language(qt_app, language)  # type: ignore[arg-type]
        settings = AppSettings(paths.settings)
        window = build_main_window(app, settings, SyncRunner())
        controller = install_sync(window, app, settings, runner=SyncRunner(), start=False)
        window.show()
        window.window.move(0, 0)
        window.window.resize(*SIZE)
        window.navigation.setCurrentRow(Page.SYNC)
        controller.refresh_status()
        if language == "id":
            done = []
            controller.finished.connect(done.append)
            controller.sync_now()
            while not done:
                settle(50)
        page = controller.page
        tabs = page.form.findChild(QWidget, "syncTabs")
        tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        page.conflict_list.setCurrentRow(0)
        page.resolve_button.click()
        settle(400)
        save_screen(f"sync_conflict_{language}.png")
        page.conflict_dialog.dialog.reject()
        controller.shutdown()
        window.window.close()
        window.window.deleteLater()
        settle()


def main() -> int:
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golonline-sync-shots-") as folder:
        server = RunningServer(f"sqlite:///{folder}/server.sqlite3", Path(folder))
        server.start()
        paths = DataPaths(Path(folder) / "Data Petugas").ensure()
        app = open_app(paths)
        try:
            server.create_office("JKT01")
            server.create_officer("JKT01", "sri", "correct horse battery", "Sri Wahyuni")
            enroll(app, server.base_url, "sri", "correct horse battery", "Laptop Tebet 2")
            for n, name in enumerate(NAMES):
                data = replace(business_input(n), business_name=name)
                assert app.registration.register(data, confirm_warnings=True).saved
            with app.store.write() as session:  # as an old build would have sent it
                entry = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).first()
                entry.payload = canonical_json(json.loads(entry.payload) | {"nik": "12345"})
                entry.payload_hash = payload_hash(entry.payload)
            for language in ("id", "en"):
                install_language(qt_app, language)
                settings = AppSettings(paths.settings)
                window = build_main_window(app, settings, SyncRunner())
                controller = install_sync(window, app, settings, runner=SyncRunner(), start=False)
                window.show()
                window.window.resize(*SIZE)
                window.navigation.setCurrentRow(Page.SYNC)
                controller.refresh_status()
                if language == "id":
                    done = []
                    controller.finished.connect(done.append)
                    controller.sync_now()
                    while not done:
                        settle(50)
                    data = replace(business_input(7), business_name="Sambal Roa Mama Ince")
                    app.registration.register(data, confirm_warnings=True)
                    controller.refresh_status()
                settle()
                save(window.window, f"sync_page_{language}.png")
                page = controller.page
                dialog = page.open_enrollment()
                dialog.username_edit.setText("sri")
                # The answer to a mistyped password, as the officer would see it.
                dialog.message.setText(explain_enroll_error(NotAuthorizedError("401"), ""))
                dialog.message.setVisible(True)
                settle()
                save(dialog.dialog, f"sync_enroll_{language}.png")
                dialog.dialog.reject()
                controller.shutdown()
                window.window.close()
                window.window.deleteLater()
                settle()
            make_conflict(app, server, "correct horse battery")
            conflict_shots(qt_app, app, paths)
        finally:
            app.close()
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
