"""The SQLite engine and the one place sessions are opened.

Durability settings (DESIGN.md: nothing typed is ever lost): WAL journal, ``synchronous=FULL``
so a commit survives a power cut, foreign keys on, and a busy timeout so a second process
(the CLI beside the GUI) waits instead of failing. Write transactions start with
``BEGIN IMMEDIATE`` so two writers queue up front instead of failing mid-transaction.

With a ``key`` the file is a SQLCipher database (``storage.sqlcipher``): the key is the
first statement on every new connection and is checked there, so a wrong key fails at
once with ``DatabaseKeyError`` instead of at some later query. Without a key the file is
plain SQLite, as before issue 7.

The pool hands out the most recently returned connection first (``pool_use_lifo``). Each
connection keeps its page cache across transactions until another connection writes; with
SQLCipher a page read again after that is decrypted and its HMAC checked again. With the
default FIFO order, once two threads have overlapped the pool holds two connections and
single-threaded work alternates between them, so every read after a save starts on a cold
cache: a search right after a save measured 1.48-1.50x plain with FIFO (encryption alone
1.20x) and 1.26-1.27x with LIFO (encryption alone 1.05x; the rest is the SQLite build of the
sqlcipher3 wheel), ``benchmarks/bench_encryption.py`` with and without ``--pool-fifo``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .sqlcipher import apply_key
from .sqlcipher import sqlcipher as sqlcipher_dbapi

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy (through the "begin" hook below) decide where transactions start,
    # instead of the sqlite3 module's implicit BEGIN before DML.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))


def create_sqlite_engine(
    path: Path, key: bytes | None = None, *, dbapi: ModuleType | None = None
) -> Engine:
    """An engine on the SQLite file at ``path`` (created if missing), SQLCipher with ``key``.

    ``dbapi`` overrides the DB-API module: the encryption benchmark opens a plain file with
    the SQLCipher build (no key) to tell the build's own cost from the encryption's.
    """
    if key is not None:
        # The plain pysqlite dialect over the sqlcipher3 module (same DB-API, same pool as
        # plain files). SQLAlchemy's sqlite+pysqlcipher dialect is not used: it always sends
        # its own ``PRAGMA key`` from the URL's password, and picks one connection per thread.
        dbapi = sqlcipher_dbapi
    options: dict[str, Any] = {"module": dbapi} if dbapi is not None else {}
    if str(path) != ":memory:":  # a memory database has one connection per thread, no queue
        options["pool_use_lifo"] = True
    engine = create_engine(f"sqlite:///{path}", future=True, **options)
    if key is not None:

        def _key(dbapi_connection: Any, _record: Any) -> None:
            apply_key(dbapi_connection, key)

        event.listen(engine, "connect", _key)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """Opens sessions on the local database. Repositories receive the sessions it opens."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(sqlite_begin="BEGIN IMMEDIATE"), expire_on_commit=False
        )

    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> Store:
        return cls(create_sqlite_engine(path, key))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
