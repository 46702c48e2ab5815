"""Schema migrations applied at start, after a consistent backup of the old file.

The application refuses a database written by a newer version (a revision this build does
not know) and leaves it untouched: opening it read-only to look, never writing.
"""

from __future__ import annotations

import ast
import functools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import sqlcipher

if TYPE_CHECKING:  # Alembic costs ~100 ms to import: only loaded when a migration is due
    from alembic.config import Config
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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the revision files without importing Alembic.

    Every start needs the known revisions and the head to decide whether to migrate;
    loading Alembic's script directory for that costs more than the rest of start-up's
    database work. The files are parsed, not executed.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(node.value)
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            graph[values["revision"]] = down if isinstance(down, str) else None  # type: ignore[index]
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def _connect(path: Path, query: str, key: bytes | None) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?{query}"  # percent-encoded: a folder may hold "#" or "?"
    if key is None:
        return sqlite3.connect(uri, uri=True)
    return sqlcipher.connect(uri, key, uri=True)  # type: ignore[no-any-return]


@contextmanager
def read_only(path: Path, key: bytes | None = None) -> Iterator[Any]:
    """A DB-API connection that reads ``path`` and writes nothing, not even -wal/-shm files.

    A read-only connection to a WAL database creates -wal and -shm files beside it and
    cannot remove them. With no -wal on disk the main file holds every commit, so it is
    read as immutable: nothing is created or locked. With a -wal, those files exist anyway.
    ``key`` opens a SQLCipher database (a wrong key raises ``sqlcipher.DatabaseKeyError``);
    a file that is not a database raises ``NotADatabaseError``.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "ro" if wal.exists() else "ro&immutable=1"
    try:
        conn = _connect(path, f"mode={mode}", key)
    except (sqlite3.Error, sqlcipher.sqlcipher.Error) as exc:
        raise NotADatabaseError(str(exc)) from exc
    try:
        yield conn
    except (sqlite3.DatabaseError, sqlcipher.sqlcipher.DatabaseError) as exc:
        raise NotADatabaseError(str(exc)) from exc
    finally:
        conn.close()


def current_revision(path: Path, key: bytes | None = None) -> str | None:
    """The schema revision stored in the file, read without writing anything."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with read_only(path, key) as conn:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return found[0] if found else None


def backup_database(
    path: Path, backups: Path, now: datetime, label: str, key: bytes | None = None
) -> Path:
    """A consistent copy made with SQLite's online backup API (safe while WAL is in use).

    With ``key`` the copy is encrypted under the same key: a backup never holds plain data
    that the database itself protects.
    """
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"{path.stem}-{now:%Y%m%d-%H%M%S}-{label}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"{path.stem}-{now:%Y%m%d-%H%M%S}-{label}-{n}.sqlite3"
    source = _connect(path, "mode=ro", key)
    try:
        dest = sqlite3.connect(target) if key is None else sqlcipher.connect(target, key)
    except BaseException:
        source.close()
        raise
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def check_not_newer(path: Path, key: bytes | None = None) -> str | None:
    revision = current_revision(path, key)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(path, revision)
    return revision


def upgrade(
    engine: Engine, path: Path, backups: Path, now: datetime, key: bytes | None = None
) -> MigrationReport:
    """Bring the database at ``path`` to the newest schema, backing it up first if it has data."""
    before = check_not_newer(path, key)
    head = head_revision()
    if before == head:
        return MigrationReport(before, head, None)
    backup = None
    if before is not None:
        backup = backup_database(path, backups, now, f"rev{before}", key)
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationReport(before, head, backup)
