#!/usr/bin/env python3
"""Screenshots of the supervisor's officers and audit log dialogs (issue 7).

Needs a real X server (offscreen rendering differs from what officers see):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_administration.py

Writes docs/screenshots/officers_{list,add,password}_{id,en}.png and
audit_log_{id,en}.png (after a hand-edited event: the verify message names it), each
dialog at the size it opens with over the main window on a 1366x768 screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402
from shots import OUT, SIZE, save, settle  # noqa: E402
from sqlalchemy import text  # noqa: E402

from golonline_desktop.domain.clock import FixedClock  # noqa: E402
from golonline_desktop.gui.administration import install_administration  # noqa: E402
from golonline_desktop.gui.app import build_main_window, qt_application  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.login import Session  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.accounts import AccountService  # noqa: E402
from golonline_desktop.services.actor import Role  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.officers import NewOfficer, OfficerService  # noqa: E402
from golonline_desktop.services.setup import first_run_setup  # noqa: E402
from golonline_desktop.storage.region_directory import RegionDirectory  # noqa: E402
from golonline_desktop.storage.vault import KdfParams, KeyVault  # noqa: E402
from tests.factories import business_input  # noqa: E402

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)  # the picture, not the cost
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
OFFICERS = (
    ("Budi Santoso", "199003152015031002", "budi", Role.PETUGAS),
    ("Rina Marlina Kusumawardhani", "199207222019032001", "rina", Role.PETUGAS),
    ("Agus Hermawan", "198511302010011004", "agus", Role.SUPERVISOR),
    ("Dewi Lestari", "", "dewi", Role.PETUGAS),
)


def shots(language: str, regions: RegionDirectory) -> None:
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "data").ensure()
        clock = FixedClock(NOW - timedelta(days=3))
        created = first_run_setup(
            paths, clock, office_code="JKS01", office_name="Dinas KUKM Jakarta Selatan",
            office_region="31.74", supervisor_name="Sri Wahyuni", supervisor_nip="",
            username="sri", password="sandi-rahasia-1", language=language, kdf=FAST,
        )  # fmt: skip
        app = open_app(
            paths, clock, regions, key=created.data_key, officer_id=created.actor.officer_id
        )
        try:
            vault = KeyVault.in_folder(paths.root, FAST)
            officers = OfficerService(
                app.store, clock, app.actor, vault, created.data_key, AccountService(vault, clock)
            )
            ids = []
            for name, nip, username, role in OFFICERS:
                clock.advance(timedelta(minutes=7))
                data = NewOfficer(name, nip, username, role, "sandi-awal-1")
                outcome = officers.add_officer(data, confirm_warnings=True)
                ids.append(outcome.officer_id)
            for n in range(12):
                clock.advance(timedelta(minutes=23))
                data = business_input(n, business_name=f"Usaha Contoh {n}", owner_name=f"Ibu {n}")
                app.registration.register(data, confirm_warnings=True, duplicate_reason="contoh")
            clock.advance(timedelta(hours=20))
            officers.reset_password(ids[0], "sandi-baru-12")
            officers.deactivate(ids[3])
            with app.store.write() as session:  # someone edits the file behind the app's back
                session.execute(text("UPDATE audit_event SET action = 'x.view' WHERE id = 9"))

            settings = AppSettings(paths.settings)
            window = build_main_window(app, settings, SyncRunner())
            window.show()
            window.window.resize(*SIZE)
            session = Session(created.actor.officer_id, created.data_key, None)
            admin = install_administration(window, app, SyncRunner(), session, kdf=FAST)
            window.navigation.setCurrentRow(window.pages.count() - 1)
            save(window.window, f"officers_settings_{language}.png")

            dialog = admin.open_officers()
            dialog.select_officer(ids[1])
            save(dialog.dialog, f"officers_list_{language}.png")
            dialog.show_add()
            dialog.name_edit.setText("Yohanes Pratama")
            dialog.nip_edit.setText("19901315201503100")
            dialog.username_edit.setText("yohanes")
            dialog.password_edit.setText("sandi-awal-1")
            dialog.password_again_edit.setText("sandi-awal-1")
            dialog.save_officer()
            save(dialog.dialog, f"officers_add_{language}.png")
            dialog.pages.setCurrentIndex(0)
            dialog.select_officer(ids[0])
            dialog.reset_button.click()
            dialog.new_edit.setText("sandi-baru-1")
            dialog.again_edit.setText("sandi-baru-2")
            dialog.save_password()
            save(dialog.dialog, f"officers_password_{language}.png")
            dialog.dialog.reject()

            audit = admin.open_audit_log()
            audit.verify()
            save(audit.dialog, f"audit_log_{language}.png")
            audit.dialog.reject()
            window.window.close()
            window.window.deleteLater()
            settle()
        finally:
            app.close()


def main() -> int:
    keyring.set_keyring(fail.Keyring())  # never the real keyring of whoever runs this
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    regions = RegionDirectory.open()
    for language in ("id", "en"):
        install_language(qt_app, language)
        shots(language, regions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
