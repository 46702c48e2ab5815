"""Driving the registration screens like an officer: keys, modal dialogs, message boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import dialogs
from golonline_desktop.gui.app import build_main_window
from golonline_desktop.gui.main_window import MainWindow
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.services.app import App


def open_window(qtbot: QtBot, app: App) -> MainWindow:
    window = build_main_window(app, AppSettings(app.paths.settings), SyncRunner())  # type: ignore[arg-type]
    qtbot.addWidget(window.window)
    window.show()
    qtbot.waitExposed(window.window)
    window.window.activateWindow()  # shortcuts such as Ctrl+N need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window, timeout=2000)
    return window


def when_modal(name: str, act: Callable[[QWidget], None], timeout_ms: int = 5000) -> list[bool]:
    """Run ``act`` on the modal dialog ``name`` once it is open; the list says it ran."""
    done: list[bool] = []
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if (
            widget is not None
            and widget.objectName() == name
            and QApplication.activeWindow() is not widget
            and waited[0] < timeout_ms
        ):
            widget.activateWindow()  # offscreen activates windows late; wait for it
            waited[0] += 10
            QTimer.singleShot(10, poll)
        elif widget is not None and widget.objectName() == name:
            try:
                act(widget)
            except BaseException as exc:  # shown by the test, and the dialog must not hang
                done.append(exc)  # type: ignore[arg-type]
                if widget.isVisible():
                    widget.close()
                raise
            done.append(True)
        elif waited[0] < timeout_ms:
            waited[0] += 10
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return done


def answer_message_boxes(monkeypatch, answers: list[dialogs.Choice], asked: list[str]) -> None:
    """Message boxes get these answers in turn; their texts are recorded in ``asked``."""

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        choice = answers.pop(0)
        box.button(choice.value).click()
        return 0

    monkeypatch.setattr(dialogs, "_exec", fake_exec)


def type_and_enter(qtbot: QtBot, text: str) -> None:
    """Type into the focused widget, then Enter (which moves to the next field)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def pick_from_search(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type a region name, then take the first result of the popup with Down and Enter."""
    qtbot.keyClicks(edit, text)
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
