"""Message boxes whose buttons speak the officer's language.

Qt ships no Indonesian translation of its standard buttons (no ``qtbase_id.qm``), so a
plain ``QMessageBox.question`` shows "Yes"/"No" in an Indonesian window. Every message
box of the application goes through here, and the button texts are our own strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP

from .i18n import translate

CONTEXT = "Dialogs"

StandardButton = QMessageBox.StandardButton


class Choice(Enum):
    """The answer to a question, as the caller sees it."""

    YES = StandardButton.Yes
    NO = StandardButton.No
    OK = StandardButton.Ok
    CANCEL = StandardButton.Cancel
    SAVE = StandardButton.Save
    DISCARD = StandardButton.Discard
    CLOSE = StandardButton.Close


BUTTON_TEXTS: dict[Choice, str] = {
    Choice.YES: QT_TRANSLATE_NOOP("Dialogs", "&Yes"),
    Choice.NO: QT_TRANSLATE_NOOP("Dialogs", "&No"),
    Choice.OK: QT_TRANSLATE_NOOP("Dialogs", "OK"),
    Choice.CANCEL: QT_TRANSLATE_NOOP("Dialogs", "Cancel"),
    Choice.SAVE: QT_TRANSLATE_NOOP("Dialogs", "&Save"),
    Choice.DISCARD: QT_TRANSLATE_NOOP("Dialogs", "&Don't save"),
    Choice.CLOSE: QT_TRANSLATE_NOOP("Dialogs", "Close"),
}

_ESCAPE_ORDER = (Choice.CANCEL, Choice.NO, Choice.CLOSE, Choice.OK)


def build_message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Sequence[Choice],
    default: Choice | None = None,
) -> QMessageBox:
    """A message box with translated buttons, each findable by its object name."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    for choice in buttons:
        button = box.addButton(choice.value)
        label = translate(CONTEXT, BUTTON_TEXTS[choice])
        button.setText(label)
        button.setObjectName(f"messageBox_{choice.name.lower()}")
        button.setAccessibleName(label.replace("&", ""))
    if default is not None:
        box.setDefaultButton(default.value)
    for choice in _ESCAPE_ORDER:
        if choice in buttons:
            box.setEscapeButton(choice.value)
            break
    return box


def _exec(box: QMessageBox) -> int:
    """Run the box modally. Tests replace this to answer without a human."""
    return box.exec()


def _answer(box: QMessageBox, buttons: Sequence[Choice]) -> Choice:
    _exec(box)
    clicked = box.clickedButton()
    for choice in buttons:
        if clicked is not None and clicked is box.button(choice.value):
            return choice
    # Closed with the window's X or Escape without an escape button: the safest answer.
    return next((c for c in _ESCAPE_ORDER if c in buttons), buttons[-1])


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Sequence[Choice] = (Choice.YES, Choice.NO),
    default: Choice | None = None,
) -> Choice:
    """Ask a question and return the officer's choice."""
    box = build_message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
    return _answer(box, buttons)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = build_message_box(parent, QMessageBox.Icon.Information, title, text, (Choice.OK,))
    _answer(box, (Choice.OK,))


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = build_message_box(parent, QMessageBox.Icon.Critical, title, text, (Choice.OK,))
    _answer(box, (Choice.OK,))
