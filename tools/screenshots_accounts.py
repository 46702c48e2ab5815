#!/usr/bin/env python3
"""Screenshots of the first-run wizard, the login dialog and the lock screen (issue 7).

Needs a real X server (offscreen rendering differs from what officers see):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_accounts.py

Writes docs/screenshots/wizard_{language,office,supervisor,recovery}_{id,en}.png,
login_{id,en}.png (after wrong passwords: message and countdown) and login_lock_{id,en}.png
(the main window at 1366x768, locked) and revoked_{notice,login,decide}_{id,en}.png (a
revoked laptop's supervisor handover), from temporary data folders.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402
from shots import OUT, SIZE, save, settle  # noqa: E402

from golonline_desktop.domain.clock import FixedClock  # noqa: E402
from golonline_desktop.gui.app import build_main_window, qt_application  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.lock import LockController  # noqa: E402
from golonline_desktop.gui.login import LoginDialog  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.gui.setup_wizard import (  # noqa: E402
    OFFICE,
    RECOVERY,
    SUPERVISOR,
    SetupWizard,
)
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.accounts import AccountService, LoginPolicy  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.setup import first_run_setup, inspect_folder  # noqa: E402
from golonline_desktop.storage.region_directory import RegionDirectory  # noqa: E402
from golonline_desktop.storage.vault import KdfParams, KeyVault  # noqa: E402
from tests.factories import business_input  # noqa: E402

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)  # the picture, not the cost
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def wizard_shots(language: str, regions: RegionDirectory) -> None:
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "data").ensure()
        clock = FixedClock(NOW)
        plain = open_app(paths, clock, regions)
        for n in range(3):
            data = business_input(n, business_name=f"Usaha Contoh {n}", owner_name=f"Ibu {n}")
            plain.registration.register(data, confirm_warnings=True, duplicate_reason="contoh")
        plain.close()
        settings = AppSettings(paths.settings)
        wizard = SetupWizard(paths, settings, clock, inspect_folder(paths), regions, kdf=FAST)
        wizard.dialog.show()
        save(wizard.dialog, f"wizard_language_{language}.png")
        wizard.office_code_edit.setText("JKS01")
        wizard.next()
        wizard.office_name_edit.setText("Dinas KUKM Kota Administrasi Jakarta Selatan")
        wizard.choose_region("31.74")
        assert wizard.pages.currentIndex() == OFFICE
        save(wizard.dialog, f"wizard_office_{language}.png")
        wizard.next()
        assert wizard.pages.currentIndex() == SUPERVISOR
        for edit, text in (
            (wizard.name_edit, "Sri Wahyuni"),
            (wizard.nip_edit, "198705122010012003"),
            (wizard.username_edit, "sri"),
            (wizard.password_edit, "sandi-rahasia-1"),
            (wizard.password_again_edit, "sandi-rahasia-2"),
        ):
            edit.setText(text)
        wizard.next()  # the two passwords differ: the message shows
        save(wizard.dialog, f"wizard_supervisor_{language}.png")
        wizard.password_again_edit.setText("sandi-rahasia-1")
        wizard.next()
        wizard.next()  # set up
        assert wizard.pages.currentIndex() == RECOVERY
        save(wizard.dialog, f"wizard_recovery_{language}.png")
        wizard.recovery_check.setChecked(True)
        wizard.dialog.accept()
        wizard.dialog.deleteLater()
        settle()


def login_shots(language: str, regions: RegionDirectory) -> None:
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "data").ensure()
        clock = FixedClock(NOW)
        created = first_run_setup(
            paths, clock, office_code="JKS01", office_name="Dinas KUKM Jakarta Selatan",
            office_region="31.74", supervisor_name="Sri Wahyuni", supervisor_nip="",
            username="sri", password="sandi-rahasia-1", language=language, kdf=FAST,
        )  # fmt: skip
        vault = KeyVault.in_folder(paths.root, FAST)
        accounts = AccountService(vault, clock, LoginPolicy(free_attempts=2))
        dialog = LoginDialog(accounts, vault, username="sri")
        dialog.dialog.show()
        for wrong in ("salah-1", "salah-2", "salah-3"):
            dialog.password_edit.setText(wrong)
            dialog.submit()
        save(dialog.dialog, f"login_{language}.png")
        dialog.show_page(1)
        save(dialog.dialog, f"login_forgot_{language}.png")
        dialog.timer.stop()
        dialog.dialog.deleteLater()

        app = open_app(
            paths, clock, regions, key=created.data_key, officer_id=created.actor.officer_id
        )
        try:
            settings = AppSettings(paths.settings)
            window = build_main_window(app, settings, SyncRunner())
            window.show()
            window.window.resize(*SIZE)
            lock = LockController(
                window.window, accounts, clock, settings, officer_id=created.actor.officer_id,
                username="sri", officer_name="Sri Wahyuni", timer=QTimer(),
            )  # fmt: skip
            lock.lock()
            save(window.window, f"login_lock_{language}.png")
            window.window.close()
            window.window.deleteLater()
            settle()
        finally:
            app.close()


def revoked_shots(language: str, regions: RegionDirectory) -> None:
    """The revoked laptop's dialog: the notice, the supervisor's login, the decision."""
    from golonline_desktop.gui.revoked_dialog import RevokedDialog
    from golonline_desktop.services.revocation import RevocationService

    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "data").ensure()
        clock = FixedClock(NOW)
        created = first_run_setup(
            paths, clock, office_code="JKS01", office_name="Dinas KUKM Jakarta Selatan",
            office_region="31.74", supervisor_name="Sri Wahyuni", supervisor_nip="",
            username="sri", password="sandi-rahasia-1", language=language, kdf=FAST,
        )  # fmt: skip
        app = open_app(
            paths, clock, regions, key=created.data_key, officer_id=created.actor.officer_id
        )
        try:
            for n in range(3):
                app.registration.register(business_input(n), duplicate_reason="foto")
            RevocationService(app.store, app.paths, app.clock).handle_revocation("revoked")
        finally:
            app.close()
        dialog = RevokedDialog(paths, clock, kdf=FAST)
        dialog.dialog.show()
        save(dialog.dialog, f"revoked_notice_{language}.png")
        dialog.dialog.findChild(QWidget, "supervisorButton").click()
        dialog.username_edit.setText("sri")
        save(dialog.dialog, f"revoked_login_{language}.png")
        dialog.password_edit.setText("sandi-rahasia-1")
        dialog.log_in()
        dialog.file_edit.setText("/media/usb/serah-terima-2026-11-27.golonline")
        save(dialog.dialog, f"revoked_decide_{language}.png")
        dialog.dialog.reject()
        dialog.dialog.deleteLater()
        settle()


def main() -> int:
    keyring.set_keyring(fail.Keyring())  # never the real keyring of whoever runs this
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    regions = RegionDirectory.open()
    for language in ("id", "en"):
        install_language(qt_app, language)
        wizard_shots(language, regions)
        login_shots(language, regions)
        revoked_shots(language, regions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
