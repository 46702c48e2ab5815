"""Encrypt an existing plain database in place (first setup after issue 7).

Order, so a crash at any point loses nothing: the plain file is checkpointed (its WAL
folded in) and backed up; ``sqlcipher_export`` writes an encrypted copy beside it; every
table's row count is compared; the copy is fsynced and renamed over the original. Only
then are the plain copies in ``backups/`` (this one and those taken before schema
migrations) encrypted too, so no plain copy of the personal data stays in the data folder.

Deleting a plain file does not scrub its blocks from an SSD; the report says so.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import sqlcipher
from .migrate import backup_database


class EncryptionCheckError(RuntimeError):
    """The encrypted copy does not hold what the plain database held; nothing was replaced."""


@dataclass(frozen=True)
class EncryptReport:
    tables: int
    rows: int
    backups_encrypted: int


def _table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def export_encrypted(source: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of the plain database ``source`` to the new file ``target``.

    Returns the row counts per table, checked equal on both sides.
    """
    conn = sqlcipher.connect(source, None)
    try:
        conn.isolation_level = None
        literal = sqlcipher.key_literal(key)
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {literal}", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
        before = _table_counts(conn)
    finally:
        conn.close()
    check = sqlcipher.connect(target, key)  # a fresh connection: what a later open will see
    try:
        after = _table_counts(check)
    finally:
        check.close()
    if before != after:
        target.unlink(missing_ok=True)
        raise EncryptionCheckError(f"row counts differ: {before} != {after}")
    _fsync_file(target)
    return after


def encrypt_in_place(path: Path, key: bytes, backups: Path, now: datetime) -> EncryptReport:
    """Replace the plain database at ``path`` by an encrypted one holding the same data."""
    if not sqlcipher.is_plain_sqlite(path):
        raise ValueError(f"{path} is not a plain SQLite database")
    plain = sqlite3.connect(path)
    try:  # fold the WAL into the main file so the export and the backup see every commit
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()
    backup_database(path, backups, now, "before-encryption")
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.encrypting")
    try:
        counts = export_encrypted(path, temp, key)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)  # the old plain file's; empty after the checkpoint
    _fsync_dir(path.parent)
    return EncryptReport(len(counts), sum(counts.values()), encrypt_plain_backups(backups, key))


def encrypt_plain_backups(backups: Path, key: bytes) -> int:
    """Encrypt every plain ``*.sqlite3`` backup under ``key``; returns how many were."""
    done = 0
    if not backups.is_dir():
        return done
    for backup in sorted(backups.glob("*.sqlite3")):
        if not sqlcipher.is_plain_sqlite(backup):
            continue
        temp = backup.with_name(f".{backup.name}.{uuid.uuid4().hex}.encrypting")
        try:
            export_encrypted(backup, temp, key)
            os.replace(temp, backup)
        finally:
            temp.unlink(missing_ok=True)
        done += 1
    _fsync_dir(backups)
    return done


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    _fsync_file(folder)
