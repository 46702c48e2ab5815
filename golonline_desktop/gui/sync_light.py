"""The sync light in the status bar: a coloured dot and a word, one click from the Sync page.

Colour is never the only sign: the text says the state, and the accessible name says it
to a screen reader. The widget is a flat button so the keyboard reaches it too.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QPushButton, QWidget

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP

from .i18n import translate

CONTEXT = "SyncLight"
DOT_SIZE = 12  # pixels


class SyncLight(StrEnum):
    """What the officer needs to know about sync, at a glance."""

    IDLE = "idle"  # enrolled, nothing sent yet in this session
    SYNCING = "syncing"
    OK = "ok"  # the last pass finished and nothing waits for the officer
    ATTENTION = "attention"  # records refused or in conflict: open the Sync page
    OFFLINE = "offline"  # the server cannot be reached; data is safe, sent later
    NOT_ENROLLED = "not_enrolled"  # enroll this laptop first (or again, if refused)


LIGHT_TEXTS: dict[SyncLight, str] = {
    SyncLight.IDLE: QT_TRANSLATE_NOOP("SyncLight", "Sync: waiting"),
    SyncLight.SYNCING: QT_TRANSLATE_NOOP("SyncLight", "Sync: sending…"),
    SyncLight.OK: QT_TRANSLATE_NOOP("SyncLight", "Sync: up to date"),
    SyncLight.ATTENTION: QT_TRANSLATE_NOOP("SyncLight", "Sync: needs attention"),
    SyncLight.OFFLINE: QT_TRANSLATE_NOOP("SyncLight", "Sync: server not reachable"),
    SyncLight.NOT_ENROLLED: QT_TRANSLATE_NOOP("SyncLight", "Sync: laptop not enrolled"),
}

LIGHT_COLOURS: dict[SyncLight, str] = {
    SyncLight.IDLE: "#8a8f98",
    SyncLight.SYNCING: "#1a73e8",
    SyncLight.OK: "#1e8e3e",
    SyncLight.ATTENTION: "#e37400",
    SyncLight.OFFLINE: "#b3261e",
    SyncLight.NOT_ENROLLED: "#5f6368",
}


def light_text(light: SyncLight) -> str:
    return translate(CONTEXT, LIGHT_TEXTS[light])


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(DOT_SIZE, DOT_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, DOT_SIZE - 2, DOT_SIZE - 2)
    painter.end()
    return QIcon(pixmap)


class SyncLightButton(QPushButton):
    """Shows a ``SyncLight``; ``clicked`` is the officer asking to see the Sync page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLight")
        self.setFlat(True)
        self.setIconSize(QSize(DOT_SIZE, DOT_SIZE))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._light = SyncLight.IDLE
        self.show_light(SyncLight.IDLE)

    @property
    def light(self) -> SyncLight:
        return self._light

    def show_light(self, light: SyncLight) -> None:
        self._light = light
        self.setIcon(_dot(LIGHT_COLOURS[light]))
        self._apply_texts()

    def _apply_texts(self) -> None:
        text = light_text(self._light)
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(translate("SyncLight", "Open the Sync page"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        super().changeEvent(event)
