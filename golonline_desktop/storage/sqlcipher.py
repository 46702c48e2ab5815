"""Low-level access to SQLCipher-encrypted database files (issue 7: a laptop can be lost).

The database is encrypted with SQLCipher 4 (``sqlcipher3-wheels``: SQLCipher 4.12 over
SQLite 3.51, with FTS5 and the trigram tokenizer the business search needs; the
``sqlcipher3-binary`` wheel used before runs CPU-bound SQL ~2x slower) under a random
256-bit data key. The key is given in SQLCipher's raw form ``x'<64 hex>'`` so opening a
connection costs no key derivation: the slow, password-based step happens once, in the key
vault (``storage.vault``), not on every pooled connection.

Per connection: ``cipher_memory_security`` OFF (before the key) and ``temp_store`` MEMORY.
Memory security only wipes memory SQLite frees (anyone who can read this process's memory
can read the key too); when ON it costs ~8x on every search (0.20 -> 1.7 ms measured) and
cannot be switched off again in the same process, so it is set OFF explicitly rather than
trusting the build's default (SQLCipher 4.0-4.4 shipped it ON). SQLCipher's build notes
require temporary storage in memory (``SQLITE_TEMP_STORE=2``): temporary tables and sort
spills written to a temp file would not be protected like the database, so the pragma
keeps them in memory whatever the build says. HMAC page integrity stays on (the SQLCipher
4 default); page size, KDF and HMAC settings are the defaults, so the file opens with any
SQLCipher 4.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseKeyError(RuntimeError):
    """The database cannot be read with the key given (wrong key, or not encrypted with it)."""


def key_literal(key: bytes) -> str:
    """The raw-key form SQLCipher takes in ``PRAGMA key`` and ``ATTACH ... KEY``."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key is {KEY_BYTES} bytes, got {len(key)}")
    return f"\"x'{key.hex()}'\""


def apply_key(dbapi_connection: Any, key: bytes, schema: str | None = None) -> None:
    """Key a fresh connection and prove the key opens the file (SQLCipher checks lazily)."""
    prefix = f"{schema}." if schema else ""
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher would print its own errors to stderr on a wrong key; we raise instead.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute("PRAGMA cipher_memory_security = OFF")
        cursor.execute(f"PRAGMA {prefix}key = {key_literal(key)}")
        cursor.execute("PRAGMA temp_store = MEMORY")
        try:
            cursor.execute(f"SELECT count(*) FROM {prefix}sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise DatabaseKeyError(
                "the database could not be opened with this key (wrong key, or the file is "
                "damaged or not encrypted)"
            ) from exc
    finally:
        cursor.close()


def connect(path: Path | str, key: bytes | None, *, uri: bool = False) -> Any:
    """A DB-API connection to ``path`` (a ``file:`` URI when ``uri``), keyed when ``key``."""
    conn = sqlcipher.connect(str(path), uri=uri)
    if key is not None:
        try:
            apply_key(conn, key)
        except BaseException:
            conn.close()
            raise
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts with the plain SQLite header (an unencrypted database)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def is_encrypted(path: Path) -> bool:
    """True when ``path`` holds data but not a plain SQLite header (SQLCipher pages look random)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    return size > 0 and not is_plain_sqlite(path)
