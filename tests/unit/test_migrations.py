"""Schema migrations: fresh files, old files with data, newer files, files that are not databases.

Old databases are built by running the real Alembic revisions up to an old one (not by
hand-written DDL), then filled with raw SQL the way an older build would have left them.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.storage.engine import create_sqlite_engine
from golonline_desktop.storage.migrate import (
    NewerSchemaError,
    NotADatabaseError,
    _config,
    check_not_newer,
    current_revision,
    head_revision,
)
from golonline_desktop.storage.models import Base

FTS_PREFIX = "business_search"  # FTS5 virtual table and its shadow tables: not in the models


def _alembic(path: Path, action: Callable[[Config, str], None], revision: str) -> None:
    """Run an Alembic command on ``path`` exactly the way ``storage.migrate`` does."""
    engine = create_sqlite_engine(path)
    try:
        config = _config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            action(config, revision)
    finally:
        engine.dispose()


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    conn.close()
    return {name for (name,) in rows}


OFFICE_ID = "01900000-0000-7000-8000-000000000001"
OFFICER_ID = "01900000-0000-7000-8000-000000000002"
OLD_BUSINESSES = [
    (
        "01900000-0000-7000-8000-0000000000b1",
        "Keripik Tempe Mbak Ani",
        "Ani Lestari",
        "3174015505900001",
        "+6281234567890",
    ),
    (
        "01900000-0000-7000-8000-0000000000b2",
        "Batik Tulis Sekar Jagad",
        "Siti Aminah",
        "3174014101850002",
        None,
    ),
]
STAMP = "2025-06-01T08:00:00.000000Z"


def _fill_old_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO office (id, code, name, region_code, created_at) VALUES (?,?,?,?,?)",
            (OFFICE_ID, "LOKAL", "Kantor Lokal", None, STAMP),
        )
        conn.execute(
            "INSERT INTO officer (id, office_id, name, nip, role, created_at) VALUES (?,?,?,?,?,?)",
            (OFFICER_ID, OFFICE_ID, "Petugas Lama", None, "supervisor", STAMP),
        )
        for business_id, name, owner, nik, phone in OLD_BUSINESSES:
            conn.execute(
                "INSERT INTO business (id, business_name, owner_name, nik, phone, village_code,"
                " consent_text_version, consent_at, created_by, created_at, updated_by,"
                " updated_at, version, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    business_id,
                    name,
                    owner,
                    nik,
                    phone,
                    "31.74.01.1001",
                    "2025-01",
                    STAMP,
                    OFFICER_ID,
                    STAMP,
                    OFFICER_ID,
                    STAMP,
                    3,
                    0,
                ),
            )
    conn.close()


@pytest.fixture
def old_database(data_paths: DataPaths) -> Path:
    _alembic(data_paths.database, command.upgrade, "0001")
    assert current_revision(data_paths.database) == "0001"
    _fill_old_database(data_paths.database)
    return data_paths.database


def test_fresh_file_goes_to_head_without_backup(data_paths: DataPaths, clock, regions) -> None:
    app = open_app(data_paths, clock, regions)
    try:
        assert app.migration.from_revision is None
        assert app.migration.to_revision == head_revision()
        assert app.migration.backup is None
    finally:
        app.close()
    assert current_revision(data_paths.database) == head_revision()
    assert list(data_paths.backups.iterdir()) == []


def test_reopening_at_head_takes_no_backup(data_paths: DataPaths, clock, regions) -> None:
    open_app(data_paths, clock, regions).close()
    app = open_app(data_paths, clock, regions)
    try:
        assert not app.migration.changed
        assert app.migration.backup is None
    finally:
        app.close()
    assert list(data_paths.backups.iterdir()) == []


def test_old_schema_with_data_upgrades_through_open_app(
    old_database: Path, data_paths: DataPaths, clock, regions
) -> None:
    app = open_app(data_paths, clock, regions)
    try:
        assert app.migration.from_revision == "0001"
        assert app.migration.to_revision == head_revision()
        # The existing officer is reused, not a second local identity.
        assert app.actor.officer_id == OFFICER_ID
        for business_id, name, owner, nik, phone in OLD_BUSINESSES:
            record = app.registration.get(business_id)
            assert (record.fields.business_name, record.fields.owner_name) == (name, owner)
            assert (record.fields.nik, record.fields.phone, record.version) == (nik, phone, 3)
        with app.store.read() as session:
            conn = session.connection().connection.dbapi_connection
            assert conn is not None

            def search(term: str) -> list[str]:
                rows = conn.execute(
                    "SELECT b.id FROM business_search s JOIN business b ON b.rowid = s.rowid"
                    " WHERE business_search MATCH ? ORDER BY b.id",
                    (term,),
                ).fetchall()
                return [r[0] for r in rows]

            assert search('"Tempe"') == [OLD_BUSINESSES[0][0]]
            assert search('"Aminah"') == [OLD_BUSINESSES[1][0]]
            assert search('"081234567890"') == [OLD_BUSINESSES[0][0]]  # typed local form
            assert search('"3174014101"') == [OLD_BUSINESSES[1][0]]
    finally:
        app.close()

    backup = app.migration.backup
    assert backup is not None and backup.parent == data_paths.backups
    assert [p.name for p in data_paths.backups.iterdir()] == [backup.name]
    assert re.search(r"20261127-\d{6}", backup.name), backup.name  # the clock's date
    assert "0001" in backup.name
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        ids = [r[0] for r in conn.execute("SELECT id FROM business ORDER BY id")]
        assert ids == [b[0] for b in OLD_BUSINESSES]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert FTS_PREFIX not in tables  # the backup is the old schema, untouched
    conn.close()


def test_new_rows_after_the_upgrade_are_searchable_too(
    old_database: Path, data_paths: DataPaths, clock, regions
) -> None:
    from tests.factories import business_input

    app = open_app(data_paths, clock, regions)
    try:
        outcome = app.registration.register(business_input(7, business_name="Sambal Roa Opa"))
        assert outcome.saved, outcome
        with app.store.read() as session:
            found = (
                session.connection()
                .exec_driver_sql(
                    "SELECT count(*) FROM business_search WHERE business_search MATCH '\"Roa Opa\"'"
                )
                .scalar()
            )
        assert found == 1
    finally:
        app.close()


def _make_newer(data_paths: DataPaths, clock, regions) -> Path:
    open_app(data_paths, clock, regions).close()
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.close()
    return data_paths.database


def test_newer_schema_is_refused_and_left_untouched(data_paths: DataPaths, clock, regions) -> None:
    database = _make_newer(data_paths, clock, regions)
    assert _siblings(database) == [database.name]  # closed cleanly: no -wal, no -shm
    before = _sha256(database)
    with pytest.raises(NewerSchemaError) as info:
        open_app(data_paths, clock, regions)
    assert info.value.revision == "f00dfeed9999"
    assert _sha256(database) == before
    # Looking at the revision must not leave -wal/-shm files beside the database either.
    assert _siblings(database) == [database.name]
    assert list(data_paths.backups.iterdir()) == []


def test_newer_revision_still_in_the_wal_is_seen(data_paths: DataPaths, clock, regions) -> None:
    """A crash can leave the last commits only in the -wal file: they must not be ignored."""
    open_app(data_paths, clock, regions).close()
    holder = sqlite3.connect(data_paths.database, isolation_level=None)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
        assert (data_paths.database.parent / (data_paths.database.name + "-wal")).exists()
        with pytest.raises(NewerSchemaError):
            check_not_newer(data_paths.database)
        with pytest.raises(NewerSchemaError):
            open_app(data_paths, clock, regions)
    finally:
        holder.close()


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 64,  # random-looking binary, not starting with the SQLite header
        b"nama,nik\nWarung Bu Sri,3174015505900001\n" * 200,  # a CSV saved by mistake
        b"SQLite format 3\x00" + b"\xff" * 4080,  # the right magic, garbage after it
    ],
    ids=["binary", "text", "bad-header"],
)
def test_not_a_database_is_refused_and_left_untouched(
    data_paths: DataPaths, clock, regions, content: bytes
) -> None:
    database = data_paths.database
    database.write_bytes(content)
    before = _sha256(database)
    with pytest.raises(NotADatabaseError):
        open_app(data_paths, clock, regions)
    assert _sha256(database) == before
    assert _siblings(database) == [database.name]


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch.sqlite3"
    revisions = _revisions_oldest_first()
    assert revisions[-1] == head_revision()
    previous = "base"
    for revision in revisions:
        _alembic(scratch, command.upgrade, revision)
        tables_up = _tables(scratch)
        assert current_revision(scratch) == revision
        _alembic(scratch, command.downgrade, previous)
        assert current_revision(scratch) == (None if previous == "base" else previous)
        _alembic(scratch, command.upgrade, revision)
        assert _tables(scratch) == tables_up
        previous = revision
    _alembic(scratch, command.downgrade, "base")
    assert _tables(scratch) == {"alembic_version"}
    _alembic(scratch, command.upgrade, "head")
    assert current_revision(scratch) == head_revision()
    with sqlite3.connect(scratch) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_search_index_is_rebuilt_from_rows_after_downgrade_and_upgrade(old_database: Path) -> None:
    _alembic(old_database, command.upgrade, "head")
    _alembic(old_database, command.downgrade, "0001")
    assert not any(t.startswith(FTS_PREFIX) for t in _tables(old_database))
    _alembic(old_database, command.upgrade, "head")
    with sqlite3.connect(old_database) as conn:
        hits = conn.execute(
            "SELECT count(*) FROM business_search WHERE business_search MATCH '\"Batik\"'"
        ).fetchone()
    conn.close()
    assert hits == (1,)


def _not_fts(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def _import_every_storage_module() -> None:
    """Models may live in several storage modules; each adds its tables to Base.metadata."""
    import golonline_desktop.storage as storage

    for module in pkgutil.iter_modules(storage.__path__, storage.__name__ + "."):
        if not module.name.endswith(".migrations"):
            importlib.import_module(module.name)


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: every model change came with its revision."""
    _import_every_storage_module()
    scratch = tmp_path / "compare.sqlite3"
    _alembic(scratch, command.upgrade, "head")
    engine = create_sqlite_engine(scratch)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_object": _not_fts}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_the_fast_revision_reader_agrees_with_alembic() -> None:
    """Start-up reads the revision files without Alembic; it must see what Alembic sees."""
    from alembic.script import ScriptDirectory

    from golonline_desktop.storage import migrate

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()


@pytest.mark.parametrize("sort_key", ["name", "owner", "nik", "updated"])
@pytest.mark.parametrize("descending", [False, True])
def test_browser_sorts_walk_an_index(app, sort_key: str, descending: bool) -> None:
    """Every page of the browser sorted by name, owner, NIK or last change reads its rows
    off an index (migration 0008; NIK's since 0001) — no scan of the table sorted in a
    temporary B-tree — and a later page starts where the previous one ended (an index
    range, not a walk from the first row)."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from golonline_desktop.services.business_query import (
        BrowserQuery,
        BusinessQueryService,
        RowPosition,
        SortKey,
    )

    service = BusinessQueryService(app.store, app.regions)
    query = BrowserQuery(sort_key=SortKey(sort_key), descending=descending)
    value = {"updated": STAMP, "nik": "3174015505900001"}.get(sort_key, "Keripik")
    for after in (None, RowPosition(value, 1234)):
        stmt = service.page_statement(query, after, 50)
        sql = str(
            stmt.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True})
        )
        with app.store.read() as session:
            plan = [row[3] for row in session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql)]  # fmt: skip
        assert not any("TEMP B-TREE" in step for step in plan), plan
        assert any("USING INDEX ix_business_" in step for step in plan), plan
        if after is not None:
            assert any(step.startswith("SEARCH business USING INDEX") for step in plan), plan
