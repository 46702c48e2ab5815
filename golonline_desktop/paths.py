"""Every folder the application writes to, decided in one place.

Pure Python (no Qt) so the headless CLI and the GUI agree on the same data folder. The
default is the per-user data folder of the platform (the same place Qt's
``QStandardPaths.AppDataLocation`` names); it is overridden, in this order, by an explicit
``--data-dir``, the ``GOLONLINE_DATA_DIR`` environment variable, or a portable install
(a file ``portable.txt`` beside the executable, for a USB stick).

Layout of a data folder::

    golonline.sqlite3      the local store (SQLite, WAL)
    golonline.sqlite3-wal  its write-ahead log (transient)
    backups/               copies taken before each schema migration
    photos/                content-addressed photo store
    exports/               default target of exports
    logs/                  rotating application logs
    settings.ini           preferences and window state
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import APP_NAME, ORG_NAME

ENV_DATA_DIR = "GOLONLINE_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
DATABASE_NAME = "golonline.sqlite3"


def default_data_root() -> Path:
    """The platform's per-user data folder for this application."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def portable_root() -> Path | None:
    """The data folder of a portable install, when the marker file sits beside the program."""
    exe_dir = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None
    if exe_dir and (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / "data"
    return None


def resolve_data_root(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return portable_root() or default_data_root()


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> DataPaths:
        return cls(resolve_data_root(explicit))

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.photos, self.exports, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self
