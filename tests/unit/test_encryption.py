"""The database at rest: SQLCipher-encrypted, unreadable without the key, migrated losslessly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.business_query import BrowserQuery, BusinessQueryService
from golonline_desktop.storage import sqlcipher
from golonline_desktop.storage.encrypt import encrypt_in_place
from golonline_desktop.storage.migrate import (
    NotADatabaseError,
    backup_database,
    current_revision,
    head_revision,
)
from golonline_desktop.storage.sqlcipher import DatabaseKeyError
from tests.factories import business_input

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def _register(app: App, n: int) -> None:
    for i in range(n):
        outcome = app.registration.register(
            business_input(i), confirm_warnings=True, duplicate_reason="cabang lain"
        )
        assert outcome.saved, outcome


def _secrets_of(n: int) -> list[bytes]:
    """The byte strings that must never be readable on disk: NIK, phone (both forms), name."""
    data = business_input(n)
    local = data.phone
    return [
        data.nik.encode(),
        local.encode(),
        ("+62" + local[1:]).encode(),
        data.business_name.encode(),
    ]


def _disk_bytes(folder: Path) -> bytes:
    """Everything under the data folder, as a thief copying the disk would get it."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _live_ids(app: App) -> list[str]:
    with app.store.read() as session:
        from sqlalchemy import select

        from golonline_desktop.storage.models import Business

        return sorted(session.scalars(select(Business.id).where(Business.deleted.is_(False))))


def test_encrypted_file_holds_no_personal_data(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    try:
        _register(app, 3)
        # while open (the WAL holds the latest commits) and after closing
        assert not any(s in _disk_bytes(data_paths.root) for s in _secrets_of(1))
    finally:
        app.close()
    assert sqlcipher.is_encrypted(data_paths.database)
    disk = _disk_bytes(data_paths.root)
    for n in range(3):
        for secret in _secrets_of(n):
            assert secret not in disk


def test_plain_sqlite_cannot_open_a_copy(
    data_paths: DataPaths, clock: FixedClock, regions: object, tmp_path: Path
) -> None:
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    _register(app, 1)
    app.close()
    stolen = tmp_path / "stolen.sqlite3"
    shutil.copyfile(data_paths.database, stolen)
    conn = sqlite3.connect(stolen)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM business").fetchone()
    conn.close()


def test_wrong_key_is_refused_clearly_and_changes_nothing(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    _register(app, 2)
    app.close()
    before = data_paths.database.read_bytes()
    with pytest.raises(DatabaseKeyError, match="wrong key"):
        open_app(data_paths, clock, regions, key=OTHER_KEY)  # type: ignore[arg-type]
    assert data_paths.database.read_bytes() == before
    with pytest.raises(NotADatabaseError):  # no key at all: not readable as plain SQLite
        open_app(data_paths, clock, regions)  # type: ignore[arg-type]


def test_reopened_with_key_data_and_search_work(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    _register(app, 3)
    app.close()
    again = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    try:
        assert current_revision(data_paths.database, KEY) == head_revision()
        assert len(_live_ids(again)) == 3
        query = BusinessQueryService(again.store, again.regions)
        # FTS5 trigram inside the encrypted file: by NIK digits and by a word of the name
        assert query.count(BrowserQuery(text=business_input(1).nik)) == 1
        assert query.count(BrowserQuery(text="Singkong")) == 3
    finally:
        again.close()


def test_backup_of_encrypted_database_stays_encrypted(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    _register(app, 1)
    app.close()
    copy = backup_database(data_paths.database, data_paths.backups, clock.now(), "t", KEY)
    assert sqlcipher.is_encrypted(copy)
    assert current_revision(copy, KEY) == head_revision()


def test_plain_database_encrypted_in_place_loses_nothing(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    plain = open_app(data_paths, clock, regions)  # type: ignore[arg-type]
    _register(plain, 5)
    plain.registration.delete(_live_ids(plain)[0])
    before_ids = _live_ids(plain)
    before_record = plain.registration.get(before_ids[0])
    plain.close()
    # a plain backup from an earlier schema migration also holds personal data
    backup_database(data_paths.database, data_paths.backups, clock.now(), "rev0005")
    assert sqlcipher.is_plain_sqlite(data_paths.database)

    report = encrypt_in_place(data_paths.database, KEY, data_paths.backups, clock.now())

    assert report.rows > 5 and report.backups_encrypted == 2  # the old one + the new one
    assert sqlcipher.is_encrypted(data_paths.database)
    for backup in data_paths.backups.glob("*.sqlite3"):
        assert sqlcipher.is_encrypted(backup)
    disk = _disk_bytes(data_paths.root)
    assert not any(s in disk for n in range(5) for s in _secrets_of(n))
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    try:
        assert _live_ids(app) == before_ids
        assert app.registration.get(before_ids[0]) == before_record
        assert app.actor.officer_id == before_record.extra["created_by"]
        query = BusinessQueryService(app.store, app.regions)
        assert query.count(BrowserQuery(text=business_input(3).nik)) == 1
    finally:
        app.close()


def test_encrypting_an_encrypted_file_is_refused(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    open_app(data_paths, clock, regions, key=KEY).close()  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a plain"):
        encrypt_in_place(data_paths.database, KEY, data_paths.backups, clock.now())


def test_connections_keep_page_integrity_and_keep_temporary_data_in_memory(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    try:
        _register(app, 1)
        raw = app.store.engine.raw_connection()
        try:
            pragma = {
                name: raw.cursor().execute(f"PRAGMA {name}").fetchone()
                for name in (
                    "cipher_use_hmac",
                    "cipher_hmac_algorithm",
                    "cipher_memory_security",
                    "temp_store",
                )
            }
        finally:
            raw.close()
    finally:
        app.close()
    assert pragma["cipher_use_hmac"] == ("1",)  # every page read is authenticated
    assert pragma["cipher_hmac_algorithm"] == ("HMAC_SHA512",)
    assert pragma["cipher_memory_security"] == ("0",)  # ON costs ~8x per search
    assert pragma["temp_store"] == (2,)  # MEMORY: no unprotected temp file on disk
    disk = _disk_bytes(data_paths.root)
    assert KEY not in disk and KEY.hex().encode() not in disk  # the data key is never stored


def test_the_pool_hands_back_the_connection_whose_page_cache_is_warm(
    data_paths: DataPaths, clock: FixedClock, regions: object
) -> None:
    """After two threads once overlapped the pool holds two connections; a read after a
    save must get the connection the save used (its decrypted pages are still cached)."""
    app = open_app(data_paths, clock, regions, key=KEY)  # type: ignore[arg-type]
    try:
        first, second = app.store.engine.connect(), app.store.engine.connect()
        first.close()
        second.close()
        used = []
        for i in range(3):
            with app.store.write() as session:
                used.append(session.connection().connection.dbapi_connection)
            with app.store.read() as session:
                used.append(session.connection().connection.dbapi_connection)
            assert app.registration.register(
                business_input(i), confirm_warnings=True, duplicate_reason="cabang lain"
            ).saved
        assert all(conn is used[0] for conn in used)
    finally:
        app.close()
