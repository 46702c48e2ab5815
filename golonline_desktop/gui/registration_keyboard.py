"""Keyboard behaviour of the registration form: Enter moves on, Ctrl+S saves, Esc leaves.

Officers at a drive type most fields on the keyboard alone (numbers often on the numeric
keypad, whose Enter is the natural "next"), so Enter in a field does what Tab does; the
tab order itself is the one in ``ui/registration_form.ui``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


class EnterMovesOn(QObject):
    """An event filter: plain Enter/Return in a watched widget moves focus on, as Tab does."""

    def watch(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
        ):
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(watched, tab)
            return True
        return False


def install_shortcuts(
    form: QWidget, save: Callable[[], object], leave: Callable[[], object]
) -> None:
    """Ctrl+S saves and Esc leaves, from any field of ``form`` (not from other screens)."""
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    QShortcut(QKeySequence.StandardKey.Save, form, save, context=context)
    QShortcut(QKeySequence(Qt.Key.Key_Escape), form, leave, context=context)


def focus_after_pick(level: int, combos: Sequence[QWidget], next_field: QWidget) -> None:
    """After a region picked by searching: its first empty level, or on past the address."""
    if level >= len(combos):
        next_field.setFocus()
    else:
        combos[level].setFocus()
