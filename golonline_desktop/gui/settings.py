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
WINDOW_SPLITTER: Setting[QByteArray] = Setting(
    "state/main_window/splitter", QByteArray(), QByteArray
)
# The registration drive new registrations belong to, and the day it was chosen: a new
# day asks again. Not under state/, so "reset the layout" keeps it.
CURRENT_DRIVE_ID: Setting[str] = Setting("session/drive_id", "", str)
CURRENT_DRIVE_DAY: Setting[str] = Setting("session/drive_day", "", str)
BROWSER_HEADER: Setting[QByteArray] = Setting(
    "state/business_browser/header", QByteArray(), QByteArray
)  # column widths, order and sort of the MSME browser
CERTIFICATE_HEADER: Setting[QByteArray] = Setting(
    "state/certificates/header", QByteArray(), QByteArray
)  # column widths and sort of the certificates list
# Sync (issue 5): the server this laptop sends to (editable when its address moves),
# whether to send by itself, and how often to try while nothing else prompts a pass.
SERVER_URL: Setting[str] = Setting("prefs/sync/server_url", "", str)
AUTO_SYNC: Setting[bool] = Setting("prefs/sync/auto", True, bool)
SYNC_INTERVAL_MINUTES: Setting[int] = Setting("prefs/sync/interval_minutes", 5, int)
# Issue 7: lock the window after this many minutes without a key press or click (0: never).
LOCK_IDLE_MINUTES: Setting[int] = Setting("prefs/security/lock_idle_minutes", 10, int)

ALL_SETTINGS: tuple[Setting[object], ...] = (  # type: ignore[assignment]
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_PAGE,
    BROWSER_HEADER,
    CERTIFICATE_HEADER,
    WINDOW_SPLITTER,
    CURRENT_DRIVE_ID,
    CURRENT_DRIVE_DAY,
    SERVER_URL,
    AUTO_SYNC,
    SYNC_INTERVAL_MINUTES,
    LOCK_IDLE_MINUTES,
)


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
        if setting.kind is bool and isinstance(raw, str):
            # An INI file stores booleans as text: bool("false") would be True.
            return raw.strip().lower() in ("true", "1", "yes")  # type: ignore[return-value]
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
