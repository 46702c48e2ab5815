"""The audit log's hash chain: every writer chains, tampering with the file is found."""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select

from golonline_desktop.paths import DataPaths
from golonline_desktop.services import business_import
from golonline_desktop.services.app import open_app
from golonline_desktop.services.business_import import BusinessImportService
from golonline_desktop.services.doctor import run_doctor
from golonline_desktop.storage.audit import (
    GENESIS,
    AuditEventData,
    audit_rows,
    record_audit,
    row_hash,
    verify_chain,
)
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.migrate import _config
from golonline_desktop.storage.models import AuditEvent
from tests.factories import business_input
from tests.unit.test_business_import import row_for, write_csv
from tests.unit.test_migrations import _alembic, _fill_old_database


def _register(app: Any, count: int, start: int = 1) -> None:
    for n in range(start, start + count):
        outcome = app.registration.register(
            business_input(n), confirm_warnings=True, duplicate_reason="uji"
        )
        assert outcome.saved


def _raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(sql, params)
    connection.close()


def _chain(app: Any) -> Any:
    with app.store.read() as session:
        return verify_chain(session)


def _ids(app: Any) -> list[int]:
    with app.store.read() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def test_each_event_points_at_the_one_before(app: Any) -> None:
    _register(app, 3)
    with app.store.read() as session:
        rows = list(
            session.execute(
                select(AuditEvent.id, AuditEvent.prev_hash, AuditEvent.hash).order_by(AuditEvent.id)
            )
        )
    assert len(rows) >= 4  # the local identity, then three registrations
    assert rows[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(rows):
        assert after.prev_hash == before.hash and after.id == before.id + 1
    report = _chain(app)
    assert report.ok and report.checked == len(rows) and report.first_broken is None


def test_events_of_one_transaction_chain_in_order(app: Any) -> None:
    with app.store.write() as session:
        first = record_audit(session, at=app.clock.now(), officer_id=None, action="a.one")
        second = record_audit(session, at=app.clock.now(), officer_id=None, action="a.two")
        assert second.prev_hash == first.hash
    assert _chain(app).ok


def test_editing_details_in_the_file_is_detected(app: Any) -> None:
    _register(app, 3)
    target = _ids(app)[2]
    app.store.close()
    _raw(
        app.paths.database,
        "UPDATE audit_event SET details = ? WHERE id = ?",
        (json.dumps({"version": 99}), target),
    )
    report = _chain(app)
    assert not report.ok and report.broken_ids == (target,) and report.first_broken == target

    doctor = run_doctor(app.paths)
    assert doctor.audit_chain is not None and doctor.audit_chain.broken_ids == (target,)
    codes = [f.code for f in doctor.findings if f.is_error]
    assert codes == ["doctor.audit_chain"]
    assert str(target) in doctor.findings[-1].render()


@pytest.mark.parametrize("column", ["action", "at", "officer_id", "entity_id"])
def test_editing_any_field_is_detected(app: Any, column: str) -> None:
    _register(app, 2)
    target = _ids(app)[1]
    value = "2020-01-01T00:00:00.000000Z" if column == "at" else "x"
    app.store.close()
    _raw(app.paths.database, f"UPDATE audit_event SET {column} = ? WHERE id = ?", (value, target))
    assert _chain(app).broken_ids == (target,)


def test_deleting_a_row_in_the_file_is_detected(app: Any) -> None:
    _register(app, 4)
    ids = _ids(app)
    app.store.close()
    _raw(app.paths.database, "DELETE FROM audit_event WHERE id = ?", (ids[2],))
    report = _chain(app)
    assert not report.ok and report.first_broken == ids[3]  # the row after the gap
    assert not run_doctor(app.paths).ok


def test_bulk_rows_chain_and_the_importer_uses_them(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(business_import, "INSERT_CHUNK", 2)  # several chunks in one file
    importer = BusinessImportService(app.store, app.clock, app.actor, app.registration.validate)
    path = write_csv(tmp_path / "umkm.csv", [row_for(n) for n in range(1, 6)])
    assert importer.import_file(path).rows_imported == 5
    _register(app, 1, start=20)  # a form save after the bulk insert chains on it
    report = _chain(app)
    assert report.ok and report.checked == len(_ids(app))
    with app.store.read() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions.count("business.create") == 6 and actions.count("business.import") == 1


def test_audit_rows_start_from_the_newest_row(app: Any) -> None:
    at = app.clock.now()
    with app.store.write() as session:
        tail = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        rows = audit_rows(
            session, [AuditEventData(at, None, "x.a"), AuditEventData(at, None, "x.b")]
        )
    assert rows[0]["prev_hash"] == tail.hash and rows[0]["id"] == tail.id + 1
    assert rows[1]["prev_hash"] == rows[0]["hash"] and rows[1]["id"] == tail.id + 2


def test_two_writers_never_chain_onto_the_same_row(app: Any) -> None:
    """Two stores on one file (the GUI and the CLI): BEGIN IMMEDIATE serialises them."""
    stores = [Store.open(app.paths.database) for _ in range(2)]
    errors: list[BaseException] = []

    def write(store: Store, name: str) -> None:
        try:
            for n in range(15):
                with store.write() as session:
                    at = app.clock.now() + timedelta(seconds=n)
                    record_audit(session, at=at, officer_id=None, action=f"{name}.{n}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, f"w{i}")) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    assert errors == []
    report = _chain(app)
    assert report.ok and report.checked >= 31


def test_the_migration_chains_existing_rows_like_record_audit(
    data_paths: DataPaths, clock: Any, regions: Any
) -> None:
    database = data_paths.database
    _alembic(database, command.upgrade, "0006")
    _fill_old_database(database)
    for n, details in enumerate([None, '{"version": 1}', '{"nama": "Śrī"}']):
        _raw(
            database,
            "INSERT INTO audit_event (at, officer_id, action, entity, entity_id, details)"
            " VALUES (?,?,?,?,?,?)",
            (f"2025-06-0{n + 1}T08:00:00.000000Z", None, f"old.{n}", "business", None, details),
        )
    app = open_app(data_paths, clock, regions)
    try:
        with app.store.read() as session:
            first = session.get(AuditEvent, 1)
            assert first is not None and first.prev_hash == GENESIS
            assert first.hash == row_hash(
                GENESIS,
                id=1,
                at="2025-06-01T08:00:00.000000Z",
                officer_id=None,
                action="old.0",
                entity="business",
                entity_id=None,
                details=None,
            )
        _register(app, 1)
        report = _chain(app)
        assert report.ok and report.checked == 4
    finally:
        app.close()


def test_downgrade_drops_the_chain_and_upgrade_rebuilds_it(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch.sqlite3"
    _alembic(scratch, command.upgrade, "head")
    _raw(
        scratch,
        "INSERT INTO audit_event (id, at, action, prev_hash, hash) VALUES (1, ?, 'x', ?, ?)",
        ("2025-06-01T08:00:00.000000Z", GENESIS, "0" * 64),  # a wrong hash
    )
    from alembic.script import ScriptDirectory

    # 0007 made the chain: downgrade to just before it, whatever came after
    before_chain = ScriptDirectory.from_config(_config()).get_revision("0007").down_revision
    _alembic(scratch, command.downgrade, str(before_chain))
    _alembic(scratch, command.upgrade, "head")
    store = Store.open(scratch)
    try:
        with store.read() as session:
            assert verify_chain(session).ok  # rebuilt from the rows as they are
    finally:
        store.close()
