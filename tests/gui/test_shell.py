"""The application shell: window, navigation, figures, language, geometry, runner, errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import dialogs
from golonline_desktop.gui import settings as keys
from golonline_desktop.gui.app import EXIT_CANNOT_OPEN, build_main_window, run
from golonline_desktop.gui.i18n import (
    available_languages,
    current_language,
    indonesian_long_date,
    install_language,
)
from golonline_desktop.gui.main_window import MainWindow, Page
from golonline_desktop.gui.runner import Runner, SyncRunner, TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named, unnamed_widgets
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from tests.factories import business_input

ROOT = Path(__file__).resolve().parents[2]
DISTINCT_NAMES = ("Keripik Singkong Bu Sri", "Batik Tulis Lestari", "Kopi Gayo Pak Darmo")


def make_window(app: App, runner: Runner) -> MainWindow:
    return build_main_window(app, AppSettings(app.paths.settings), runner)  # type: ignore[arg-type]


@pytest.fixture
def shell(qtbot: QtBot, qapp: QApplication, app: App) -> Iterator[MainWindow]:
    install_language(qapp, "id")
    window = make_window(app, SyncRunner())
    qtbot.addWidget(window.window)
    window.show()
    qtbot.waitExposed(window.window)
    yield window
    install_language(qapp, "id")


def switch_language(qtbot: QtBot, qapp: QApplication, window: MainWindow, language: str) -> None:
    """Install a language and wait for the window to show it (LanguageChange is posted)."""
    install_language(qapp, language)
    first = {"id": "Beranda", "en": "Home"}[language]
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == first, timeout=2000)


def label_text(window: MainWindow, name: str) -> str:
    label = window.window.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_fresh_folder_opens_on_home_with_real_figures(shell: MainWindow, app: App) -> None:
    assert shell.window.isVisible()
    assert shell.current_page().objectName() == "homePage"
    assert nav_texts(shell) == [
        "Beranda",
        "UMKM",
        "Produk & Listing",
        "Sertifikat",
        "Sinkronisasi",
        "Pengaturan",
    ]
    assert label_text(shell, "homeBusinessesValue") == "0"
    assert label_text(shell, "homePendingValue") == "0"
    assert shell.status_labels["officerStatus"].text() == f"Petugas: {app.actor.name}"
    assert shell.status_labels["schemaStatus"].text() == f"Skema {app.migration.to_revision}"
    assert shell.status_labels["dataFolderStatus"].toolTip() == str(app.paths.root)
    assert label_text(shell, "settingsDataFolderValue") == str(app.paths.root)


def test_keyboard_changes_pages(shell: MainWindow, qtbot: QtBot) -> None:
    shell.navigation.setFocus()
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Down)
    assert shell.current_page().objectName() == "businessesPage"
    qtbot.keyClick(shell.navigation, Qt.Key.Key_End)
    assert shell.current_page().objectName() == "settingsPage"
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Up)
    assert shell.current_page().objectName() == "syncPage"
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Home)
    assert shell.current_page().objectName() == "homePage"


def test_figures_follow_registrations(shell: MainWindow, app: App, qtbot: QtBot) -> None:
    for n, name in enumerate(DISTINCT_NAMES[:2]):
        assert app.registration.register(business_input(n, business_name=name)).saved
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Down)  # changing section counts again
    assert label_text(shell, "homeBusinessesValue") == "2"
    assert label_text(shell, "homePendingValue") == "2"
    assert label_text(shell, "businessesCountValue") == "UMKM tersimpan di laptop ini: 2"
    assert shell.status_labels["countsStatus"].text() == "2 UMKM · 2 menunggu dikirim"


def test_figures_arrive_from_the_background_runner(
    qtbot: QtBot, qapp: QApplication, app: App
) -> None:
    install_language(qapp, "en")
    assert app.registration.register(business_input(7)).saved
    runner = TaskRunner()
    window = make_window(app, runner)
    qtbot.addWidget(window.window)
    try:
        with qtbot.waitSignal(window.summary_shown, timeout=5000) as blocker:
            window.show()
        assert blocker.args[0].businesses == 1
        assert window.status_labels["countsStatus"].text() == "1 businesses · 1 waiting to be sent"
    finally:
        runner.shutdown()
        install_language(qapp, "id")


def test_language_switch_retranslates_live_and_is_remembered(
    shell: MainWindow, app: App, qapp: QApplication, qtbot: QtBot
) -> None:
    combo = shell.language_combo
    assert combo.currentData() == "id"
    assert [combo.itemText(i) for i in range(combo.count())] == list(available_languages().values())
    with qtbot.waitSignal(shell.language_changed):
        combo.setCurrentIndex(combo.findData("en"))
    assert current_language(qapp) == "en"
    qtbot.waitUntil(lambda: nav_texts(shell)[0] == "Home", timeout=2000)
    assert nav_texts(shell)[0] == "Home"
    assert label_text(shell, "homeTitle") == "Home"
    assert shell.status_labels["officerStatus"].text() == f"Officer: {app.actor.name}"
    assert shell.navigation.accessibleName() == "Sections"
    assert AppSettings(app.paths.settings).get(keys.LANGUAGE) == "en"

    combo.setCurrentIndex(combo.findData("id"))
    qtbot.waitUntil(lambda: nav_texts(shell)[0] == "Beranda", timeout=2000)
    assert shell.navigation.accessibleName() == "Bagian"


def test_window_geometry_and_page_are_restored(qtbot: QtBot, app: App) -> None:
    first = make_window(app, SyncRunner())
    qtbot.addWidget(first.window)
    first.show()
    size = (790, 540)  # not the default, within the 800x600 offscreen screen
    first.window.resize(*size)
    assert (first.window.width(), first.window.height()) == size
    first.navigation.setCurrentRow(Page.SYNC)
    first.window.close()  # saves
    settings = AppSettings(app.paths.settings)
    assert not settings.get(keys.WINDOW_GEOMETRY).isEmpty()
    assert settings.get(keys.WINDOW_PAGE) == Page.SYNC

    second = make_window(app, SyncRunner())
    qtbot.addWidget(second.window)
    second.show()
    assert (second.window.width(), second.window.height()) == size
    assert second.current_page().objectName() == "syncPage"


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_interactive_widget_is_named(
    shell: MainWindow, qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    switch_language(qtbot, qapp, shell, language)
    assert_named(shell.window)
    for label in shell.status_labels.values():
        assert label.objectName() and label.accessibleName()


def test_unnamed_widgets_are_reported(shell: MainWindow) -> None:
    page = shell.pages.widget(Page.PRODUCTS)
    QPushButton("Anonymous", page)
    named = QPushButton("Named", page)
    named.setObjectName("namedButton")
    problems = unnamed_widgets(shell.window)
    assert len(problems) == 2
    assert "Anonymous" in problems[0] and "namedButton" in problems[1]


@pytest.mark.parametrize("language", ["id", "en"])
def test_fits_a_1366x768_screen(
    shell: MainWindow, qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    switch_language(qtbot, qapp, shell, language)
    for page in range(shell.pages.count()):
        shell.navigation.setCurrentRow(page)
        shell.window.resize(1, 1)  # the layout keeps the window at its real minimum
        smallest = shell.window.size()
        # 768 minus a taskbar and a title bar: about 700 pixels for the window.
        assert smallest.width() <= 1366 and smallest.height() <= 700, (page, smallest)
    shell.window.resize(1366, 700)
    assert (shell.window.width(), shell.window.height()) == (1366, 700)


def test_settings_are_typed_and_state_is_kept_apart(data_paths: DataPaths) -> None:
    settings = AppSettings(data_paths.settings)
    assert settings.get(keys.LANGUAGE) == "id"
    assert settings.get(keys.WINDOW_PAGE) == 0
    settings.set(keys.LANGUAGE, "en")
    settings.set(keys.WINDOW_PAGE, 4)
    with pytest.raises(TypeError):
        settings.set(keys.WINDOW_PAGE, "4")  # type: ignore[arg-type]
    assert settings.sync()
    text = data_paths.settings.read_text()
    assert "[prefs]" in text and "[state]" in text
    reread = AppSettings(data_paths.settings)
    assert reread.get(keys.WINDOW_PAGE) == 4  # an int again, not the INI's "4"
    reread.reset_window_state()
    assert reread.get(keys.WINDOW_PAGE) == 0
    assert reread.get(keys.LANGUAGE) == "en"


def test_long_dates_are_indonesian() -> None:
    assert indonesian_long_date(date(2026, 11, 27)) == "27 November 2026"
    assert indonesian_long_date(date(2027, 1, 5)) == "5 Januari 2027"


# -- message boxes --------------------------------------------------------------------


def test_message_buttons_speak_the_officers_language(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language(qapp, "id")
    box = dialogs.build_message_box(
        None,
        QMessageBox.Icon.Question,
        "t",
        "x",
        (dialogs.Choice.YES, dialogs.Choice.NO, dialogs.Choice.CANCEL),
    )
    qtbot.addWidget(box)
    texts = {b.objectName(): b.text() for b in box.buttons()}
    assert texts == {
        "messageBox_yes": "&Ya",
        "messageBox_no": "&Tidak",
        "messageBox_cancel": "Batal",
    }
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)

    def click_no(shown: QMessageBox) -> int:
        qtbot.addWidget(shown)
        shown.button(QMessageBox.StandardButton.No).click()
        return 0

    monkeypatch.setattr(dialogs, "_exec", click_no)
    assert dialogs.ask(None, "t", "x") is dialogs.Choice.NO


# -- background runner ----------------------------------------------------------------


def test_runner_works_off_the_gui_thread_and_answers_on_it(
    qtbot: QtBot, qapp: QApplication
) -> None:
    runner = TaskRunner()
    gui_thread = qapp.thread()
    seen: dict[str, object] = {}

    def work(x: int) -> int:
        seen["work_thread"] = QThread.currentThread()
        return x * 2

    def fail() -> None:
        raise ValueError("boom")

    def done(value: int) -> None:
        seen["value"], seen["done_thread"] = value, QThread.currentThread()

    def error(exc: BaseException) -> None:
        seen["error"], seen["error_thread"] = exc, QThread.currentThread()

    try:
        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.submit(work, 21, on_done=done)
            runner.submit(fail, on_error=error)
        assert seen["value"] == 42
        assert seen["work_thread"] is not gui_thread
        assert seen["done_thread"] is gui_thread
        assert isinstance(seen["error"], ValueError)
        assert seen["error_thread"] is gui_thread
        assert runner.pending == 0
    finally:
        runner.shutdown()


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    threads: list[object] = []
    results: list[int] = []

    def write(n: int) -> int:
        threads.append(QThread.currentThread())
        return n

    try:
        with qtbot.waitSignal(runner.idle, timeout=5000):
            for n in range(20):
                runner.submit(write, n, on_done=results.append, write=True)
        assert results == list(range(20))
        assert len(set(map(id, threads))) == 1
    finally:
        runner.shutdown()


def test_sync_runner_runs_inline() -> None:
    runner = SyncRunner()
    calls: list[object] = []
    runner.submit(lambda x: x + 1, 1, on_done=calls.append)
    runner.submit(lambda: 1 / 0, on_error=calls.append)
    assert calls[0] == 2
    assert isinstance(calls[1], ZeroDivisionError)
    assert runner.wait_for_done()


# -- data folders that cannot be opened -----------------------------------------------


def newer_schema_folder(root: Path, clock: object, regions: object) -> DataPaths:
    paths = DataPaths(root).ensure()
    open_app(paths, clock, regions).close()  # type: ignore[arg-type]
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()  # now, not when collected: closing checkpoints the WAL into the file
    return paths


def test_newer_schema_shows_a_clear_message(
    tmp_path: Path,
    clock: object,
    regions: object,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = newer_schema_folder(tmp_path / "newer", clock, regions)
    before = paths.database.read_bytes()
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(dialogs, "_exec", capture)
    assert run(str(paths.root), smoke=False, language="id") == EXIT_CANNOT_OPEN
    assert len(shown) == 1
    assert "versi yang lebih baru" in shown[0].text()
    assert "9999_from_the_future" in shown[0].text()
    assert [b.text() for b in shown[0].buttons()] == ["OK"]
    assert paths.database.read_bytes() == before  # untouched
    for box in shown:
        box.deleteLater()


def smoke(data_dir: Path | None, language: str = "id") -> subprocess.CompletedProcess[str]:
    code = textwrap.dedent(
        f"""
        import sys
        from golonline_desktop.gui.app import run
        sys.exit(run({str(data_dir) if data_dir else None!r}, True, {language!r}))
        """
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_smoke_mode_on_a_fresh_folder(tmp_path: Path) -> None:
    result = smoke(tmp_path / "fresh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke ok: schema ")
    assert ", 0 businesses, 0 pending" in result.stdout
    assert (tmp_path / "fresh" / "settings.ini").exists()


def test_smoke_mode_reports_unusable_folders_without_a_traceback(
    tmp_path: Path, clock: object, regions: object
) -> None:
    newer = newer_schema_folder(tmp_path / "newer", clock, regions)
    result = smoke(newer.root, language="en")
    assert result.returncode == EXIT_CANNOT_OPEN
    assert "newer version of GoOnline Desktop" in result.stderr
    assert "Traceback" not in result.stderr

    damaged = DataPaths(tmp_path / "damaged").ensure()
    damaged.database.write_bytes(b"this is not sqlite" * 100)
    result = smoke(damaged.root, language="id")
    assert result.returncode == EXIT_CANNOT_OPEN
    assert "rusak atau bukan basis data" in result.stderr
    assert "Traceback" not in result.stderr
