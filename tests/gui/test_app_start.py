"""How ``gui.app.run`` starts the real application: revocation, login, window, lock, quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.gui import app as gui_app
from golonline_desktop.gui import dialogs
from golonline_desktop.gui.login import Session
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.setup import first_run_setup
from golonline_desktop.storage.vault import KdfParams

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def capture(box) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(dialogs, "_exec", capture)
    return texts


def test_a_revoked_laptop_says_so_and_opens_nothing(
    qapp, tmp_path: Path, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    (paths.root / "REVOKED.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(gui_app, "authenticate", lambda *a, **k: pytest.fail("no login"))

    assert gui_app.run(str(paths.root), smoke=False, language="en") == gui_app.EXIT_REVOKED
    assert any("revoked" in text for text in shown_errors)
    assert not paths.database.exists()


def test_closing_the_login_opens_nothing(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data")
    monkeypatch.setattr(gui_app, "authenticate", lambda *a, **k: None)

    assert gui_app.run(str(paths.root), smoke=False, language="en") == gui_app.EXIT_OK
    assert not paths.database.exists()


def test_a_logged_in_officer_gets_the_window_with_sync_certificates_and_lock(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    setup = first_run_setup(
        paths,
        SystemClock(),
        office_code="JKP01",
        office_name="Dinas Kominfo Jakarta Pusat",
        office_region="31.71",
        supervisor_name="Sri Wahyuni",
        supervisor_nip="",
        username="sri",
        password="sandi-rahasia-1",
        language="id",
        kdf=FAST,
    )
    session = Session(officer_id=setup.actor.officer_id, data_key=setup.data_key, entry=None)
    monkeypatch.setattr(gui_app, "authenticate", lambda *a, **k: session)
    seen: dict[str, object] = {}

    def look_instead_of_the_event_loop(qt_app, started) -> int:
        started.show()
        window = started.window.window
        seen["shown"] = window.isVisible()
        seen["sync"] = window.findChild(QWidget, "syncLight") is not None
        seen["certificates before"] = window.findChild(QWidget, "CertificatePage") is not None
        pages = started.window.pages
        pages.setCurrentWidget(pages.findChild(QWidget, "certificatesPage"))
        seen["certificates"] = window.findChild(QWidget, "CertificatePage") is not None
        seen["officer"] = started.services.actor.name
        started.lock.lock()
        seen["locked"] = started.lock.is_locked
        started.close()
        return 0

    monkeypatch.setattr(gui_app, "_exec", look_instead_of_the_event_loop)
    assert gui_app.run(str(paths.root), smoke=False, language="en") == gui_app.EXIT_OK
    assert seen == {
        "shown": True,
        "sync": True,
        "certificates before": False,  # built when first opened, not at start-up
        "certificates": True,
        "officer": "Sri Wahyuni",
        "locked": True,
    }
