"""Schema migrations applied at start, after a consistent backup of the old file.

The application refuses a database written by a newer version (a revision this build does
not know) and leaves it untouched: opening it read-only to look, never writing.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerSchemaError(RuntimeError):
    """The database was written by a newer version of the application."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} has schema revision {revision}, unknown to this version")
        self.path = path
        self.revision = revision


class NotADatabaseError(RuntimeError):
    """The file exists but is not a SQLite database this application can read."""


@dataclass(frozen=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    # Loading the revision files costs ~7 ms each time; they do not change while we run.
    return ScriptDirectory.from_config(_config())


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the file, read without writing anything."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    # A read-only connection to a WAL database creates -wal and -shm files beside it and
    # cannot remove them. With no -wal on disk the main file holds every commit, so it is
    # read as immutable: nothing is created or locked. With a -wal, those files exist anyway.
    wal = path.with_name(path.name + "-wal")
    mode = "ro" if wal.exists() else "ro&immutable=1"
    try:
        conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabaseError(str(exc)) from exc
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(str(exc)) from exc
    finally:
        conn.close()


def backup_database(path: Path, backups: Path, now: datetime, label: str) -> Path:
    """A consistent copy made with SQLite's online backup API (safe while WAL is in use)."""
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"{path.stem}-{now:%Y%m%d-%H%M%S}-{label}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"{path.stem}-{now:%Y%m%d-%H%M%S}-{label}-{n}.sqlite3"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def check_not_newer(path: Path) -> str | None:
    revision = current_revision(path)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(path, revision)
    return revision


def upgrade(engine: Engine, path: Path, backups: Path, now: datetime) -> MigrationReport:
    """Bring the database at ``path`` to the newest schema, backing it up first if it has data."""
    before = check_not_newer(path)
    head = head_revision()
    if before == head:
        return MigrationReport(before, head, None)
    backup = None
    if before is not None:
        backup = backup_database(path, backups, now, f"rev{before}")
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationReport(before, head, backup)
