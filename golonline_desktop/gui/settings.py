"""Every setting declared once, with its type and default, over one INI file.

Preferences (``prefs/``: what the officer chose) are kept apart from window state
(``state/``: where windows were), so "reset the layout" can never lose a preference. The
file lives in the data folder (``DataPaths.settings``): a portable install keeps its
settings on the stick and tests, which use temp data folders, never touch the real home.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type


LANGUAGE: Setting[str] = Setting("prefs/language", DEFAULT_LANGUAGE, str)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "state/main_window/geometry", QByteArray(), QByteArray
)
WINDOW_STATE: Setting[QByteArray] = Setting("state/main_window/state", QByteArray(), QByteArray)
WINDOW_PAGE: Setting[int] = Setting("state/main_window/page", 0, int)

ALL_SETTINGS: tuple[Setting[object], ...] = (LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, WINDOW_PAGE)  # type: ignore[assignment]


class AppSettings:
    """Typed access to the settings file; unknown or damaged values read as the default."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        if not self._qsettings.contains(setting.key):
            return setting.default
        raw = self._qsettings.value(setting.key)
        if isinstance(raw, setting.kind):
            return raw  # type: ignore[return-value]
        try:
            return setting.kind(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.kind):
            raise TypeError(f"{setting.key} takes {setting.kind.__name__}, not {type(value)}")
        self._qsettings.setValue(setting.key, value)

    def reset_window_state(self) -> None:
        self._qsettings.remove("state")

    def sync(self) -> bool:
        """Write pending changes; False when the file cannot be written (read-only stick)."""
        self._qsettings.sync()
        return self._qsettings.status() == QSettings.Status.NoError
