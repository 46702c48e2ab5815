"""How ``gui.app.run`` starts the real application: revocation, login, window, lock, quit."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.gui import app as gui_app
from golonline_desktop.gui import dialogs
from golonline_desktop.gui.login import Session
from golonline_desktop.paths import DataPaths
from tests.accounts_factory import set_up_office


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def capture(box) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(dialogs, "_exec", capture)
    return texts


def test_a_revoked_laptop_says_so_and_opens_nothing(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from golonline_desktop.gui.revoked_dialog import RevokedDialog

    paths = DataPaths(tmp_path / "data").ensure()
    (paths.root / "REVOKED.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(gui_app, "authenticate", lambda *a, **k: pytest.fail("no login"))
    shown: list[str] = []
    monkeypatch.setattr(RevokedDialog, "ask", lambda self: shown.append(self.dialog.windowTitle()))

    assert gui_app.run(str(paths.root), smoke=False, language="en") == gui_app.EXIT_REVOKED
    assert shown == ["This laptop was revoked"]
    assert not paths.database.exists()


def test_closing_the_login_opens_nothing(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data")
    monkeypatch.setattr(gui_app, "authenticate", lambda *a, **k: None)

    assert gui_app.run(str(paths.root), smoke=False, language="en") == gui_app.EXIT_OK
    assert not paths.database.exists()


def test_a_logged_in_officer_gets_the_window_with_sync_certificates_products_and_lock(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    setup = set_up_office(paths, SystemClock(), office_code="JKP01")
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
        seen["products before"] = window.findChild(QWidget, "productsSection") is not None
        pages.setCurrentWidget(pages.findChild(QWidget, "productsPage"))
        seen["products"] = window.findChild(QWidget, "productsSection") is not None
        seen["products note hidden"] = window.findChild(QWidget, "productsNote").isHidden()
        seen["officer"] = started.services.actor.name
        seen["officers button"] = not window.findChild(QWidget, "manageOfficersButton").isHidden()
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
        "products before": False,  # built when first opened, like certificates
        "products": True,
        "products note hidden": True,
        "officer": "Sri Wahyuni",
        "officers button": True,  # a supervisor manages officers from Pengaturan
        "locked": True,
    }


SHOWN_BEFORE_OPENING = """
import sys
from golonline_desktop.gui import app, main_window

shown = main_window.MainWindow.show

def show_and_tell(self):
    shown(self)
    loaded = sorted(m for m in ("sqlalchemy", "httpx", "pydantic") if m in sys.modules)
    print("shown:", self.window.isVisible(), self.summary, "loaded:", loaded, flush=True)

main_window.MainWindow.show = show_and_tell
sys.exit(app.run(sys.argv[1], True, "id"))
"""


def test_the_window_is_shown_with_its_figures_before_the_services_are_loaded(
    tmp_path: Path, clock, regions
) -> None:
    from golonline_desktop.services.app import open_app
    from tests.factories import business_input

    paths = DataPaths(tmp_path / "data").ensure()
    services = open_app(paths, clock, regions)
    assert services.registration.register(business_input(1)).saved
    services.close()

    result = subprocess.run(
        [sys.executable, "-c", SHOWN_BEFORE_OPENING, str(paths.root)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "shown: True Figures(businesses=1, outbox_pending=1, outbox_attention=0) loaded: []"
    )
    assert lines[1] == "smoke shown: the window with its figures"
    assert lines[2].startswith("smoke ok: schema ") and ", 1 businesses, 1 pending" in lines[2]


def test_the_window_answers_while_the_data_folder_opens(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The open waits for a timer of the GUI thread: it only ends if the window's loop runs."""
    from PySide6.QtCore import QTimer

    paths = DataPaths(tmp_path / "data").ensure()
    answered = threading.Event()
    real_open = gui_app.open_data_folder

    def slow_open(*args):
        on_gui_thread = answered.wait(timeout=20)
        seen["answered during the open"] = on_gui_thread
        return real_open(*args)

    seen: dict[str, object] = {}
    monkeypatch.setattr(gui_app, "open_data_folder", slow_open)
    QTimer.singleShot(50, answered.set)

    assert gui_app.run(str(paths.root), smoke=True, language="en") == gui_app.EXIT_OK
    assert seen == {"answered during the open": True}


def test_closing_the_window_while_the_data_folder_opens_quits_cleanly(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    setup = set_up_office(paths, SystemClock(), office_code="JKP01")
    session = Session(officer_id=setup.actor.officer_id, data_key=setup.data_key, entry=None)
    monkeypatch.setattr(gui_app, "authenticate", lambda *a, **k: session)
    monkeypatch.setattr(gui_app, "_exec", lambda *a: pytest.fail("no event loop after a close"))
    from PySide6.QtCore import QTimer

    from golonline_desktop.gui.main_window import MainWindow

    real_open, real_show = gui_app.open_data_folder, MainWindow.show
    closed = threading.Event()

    def show_then_close(self: MainWindow) -> None:  # the officer closes the shown window
        real_show(self)
        QTimer.singleShot(0, lambda: (self.window.close(), closed.set()))

    def open_after_the_close(*args):
        assert closed.wait(timeout=20)
        return real_open(*args)

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    monkeypatch.setattr(gui_app, "open_data_folder", open_after_the_close)
    assert gui_app.run(str(paths.root), smoke=False, language="en") == gui_app.EXIT_OK
