"""The local store's durability settings and transaction boundaries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from golonline_desktop.storage.engine import BUSY_TIMEOUT_MS, Store
from golonline_desktop.storage.models import Base, Office, Officer
from golonline_desktop.storage.types import UtcDateTime

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    Base.metadata.create_all(opened.engine)
    yield opened
    opened.close()


def _pragmas(run: object) -> dict[str, object]:
    names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    return {name: run(text(f"PRAGMA {name}")).scalar() for name in names}  # type: ignore[operator]


EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit survives a power cut
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
}


def test_pragmas_on_every_pooled_connection(store: Store) -> None:
    # Hold several connections at once so the pool must open distinct DBAPI connections.
    connections = [store.engine.connect() for _ in range(4)]
    try:
        raw_ids = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw_ids) == 4
        for connection in connections:
            assert _pragmas(connection.execute) == EXPECTED
    finally:
        for connection in connections:
            connection.close()


def test_pragmas_in_read_and_write_sessions(store: Store) -> None:
    with store.read() as session:
        assert _pragmas(session.execute) == EXPECTED
    with store.write() as session:
        assert _pragmas(session.execute) == EXPECTED


def test_busy_timeout_is_long_enough_for_a_second_process() -> None:
    # The CLI beside the GUI must wait for the writer, not fail at once.
    assert BUSY_TIMEOUT_MS >= 5_000


def _office(code: str, at: datetime = NOW) -> Office:
    return Office(id=f"office-{code}", code=code, name=f"Kantor {code}", created_at=at)


def _office_codes(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Office.code).order_by(Office.code)))


def test_write_block_commits(store: Store) -> None:
    with store.write() as session:
        session.add(_office("A"))
    assert _office_codes(store) == ["A"]


def test_failing_write_block_rolls_back(store: Store) -> None:
    with store.write() as session:
        session.add(_office("A"))
    with pytest.raises(RuntimeError, match="boom"), store.write() as session:
        session.add(_office("B"))
        session.flush()  # the row reached the database inside the transaction
        session.execute(text("UPDATE office SET name = 'changed' WHERE code = 'A'"))
        raise RuntimeError("boom")
    assert _office_codes(store) == ["A"]
    with store.read() as session:
        assert session.scalar(select(Office.name)) == "Kantor A"


def test_constraint_failure_rolls_back_the_whole_block(store: Store) -> None:
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(_office("A"))
        session.flush()
        session.add(_office("A2"))
        session.flush()
        duplicate = _office("A")
        duplicate.id = "another-id"
        session.add(duplicate)  # code is unique
    assert _office_codes(store) == []


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(Officer(id="o1", office_id="no-such-office", name="X", created_at=NOW))
    with store.read() as session:
        assert session.scalar(select(Officer.id)) is None


def test_read_session_commits_nothing(store: Store) -> None:
    with store.read() as session:
        session.add(_office("R"))
        session.flush()
        assert session.scalar(select(Office.code)) == "R"
    assert _office_codes(store) == []


def test_write_session_takes_the_write_lock_at_begin(store: Store, db_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits up front instead of failing mid-transaction."""
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with store.write() as session:
            session.execute(select(Office.id)).all()  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the block ended
        other.execute("ROLLBACK")
        with store.read() as session:
            session.execute(select(Office.id)).all()
            other.execute("BEGIN IMMEDIATE")  # a reader does not block writers (WAL)
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_committed_data_survives_reopening(db_path: Path, store: Store) -> None:
    with store.write() as session:
        session.add(_office("P"))
    store.close()
    reopened = Store.open(db_path)
    try:
        assert _office_codes(reopened) == ["P"]
    finally:
        reopened.close()


# --- UtcDateTime -------------------------------------------------------------------------


def test_utc_datetime_round_trip_keeps_the_instant_in_utc(store: Store) -> None:
    jakarta = timezone(timedelta(hours=7))
    local = datetime(2026, 11, 27, 16, 30, 15, 123456, tzinfo=jakarta)
    with store.write() as session:
        session.add(_office("T", local))
    with store.read() as session:
        back = session.scalar(select(Office.created_at))
        stored = session.scalar(text("SELECT created_at FROM office"))
    assert back == local
    assert back.tzinfo is UTC
    assert back.hour == 9 and back.microsecond == 123456
    assert stored == "2026-11-27T09:30:15.123456Z"


def test_utc_datetime_text_sorts_in_time_order(store: Store) -> None:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    moments = [base + timedelta(microseconds=n * 999_983) for n in range(50)]
    with store.write() as session:
        for n, moment in enumerate(reversed(moments)):
            session.add(_office(f"S{n:02d}", moment))
    with store.read() as session:
        ordered = list(session.scalars(select(Office.created_at).order_by(Office.created_at)))
    assert ordered == moments


def test_utc_datetime_refuses_naive_values(store: Store) -> None:
    with pytest.raises(StatementError) as info, store.write() as session:
        session.add(_office("N", datetime(2026, 11, 27, 9, 30)))
    assert isinstance(info.value.orig, ValueError)
    assert "naive" in str(info.value.orig)
    assert _office_codes(store) == []


def test_utc_datetime_type_directly() -> None:
    column_type = UtcDateTime()
    dialect = None
    assert column_type.process_bind_param(None, dialect) is None  # type: ignore[arg-type]
    assert column_type.process_result_value(None, dialect) is None  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="naive"):
        column_type.process_bind_param(datetime(2026, 1, 1), dialect)  # type: ignore[arg-type]
    value = column_type.process_bind_param(NOW, dialect)  # type: ignore[arg-type]
    assert column_type.process_result_value(value, dialect) == NOW  # type: ignore[arg-type]
