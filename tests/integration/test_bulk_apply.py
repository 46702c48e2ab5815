"""The bulk apply of a push (``golonline_server.bulk``) in-process, on SQLite and PostgreSQL.

The HTTP tests show the answers; these pin down what the fast path itself must keep:
it takes batches of distinct records (new ones and edits), gives the same answers as the
per-item path for replays, stale edits and other offices' records, and logs the changes
in batch order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, select

from golonline_desktop.wire import Change, ItemStatus
from golonline_server import accounts
from golonline_server import models as m
from golonline_server.bulk import apply_bulk
from golonline_server.db import make_engine
from golonline_server.migrate import upgrade
from golonline_server.sync import apply_push
from golonline_server.validation import Checked, check_envelope

from .conftest import PostgresCluster, new_public_key
from .sync_payloads import business_change

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
        url = cluster.create_database()
    engine = make_engine(url)
    upgrade(engine)
    yield engine
    engine.dispose()


def device(engine: Engine, code: str) -> accounts.Device:
    with engine.begin() as conn:
        accounts.create_office(conn, code, f"Office {code}")
        accounts.create_officer(conn, code, f"officer-{code}", "Officer", "correct horse")
        _key, public = new_public_key()
        return accounts.enroll_device(
            conn, f"officer-{code}", "correct horse", "laptop", public
        ).device


def push(engine: Engine, dev: accounts.Device, changes: list[Change]) -> list:
    with engine.begin() as conn:
        return apply_push(conn, dev, changes, today=TODAY, regions=None)


def checked(changes: list[Change]) -> list[Checked]:
    found = [check_envelope(c) for c in changes]
    assert all(isinstance(c, Checked) for c in found)
    return found  # type: ignore[return-value]


def bulk(engine: Engine, dev: accounts.Device, changes: list[Change]):
    with engine.begin() as conn:
        return apply_bulk(conn, dev, checked(changes), NOW)


def logged(conn: Connection, dev: accounts.Device) -> list[tuple[str, int]]:
    t = m.change_log.c
    rows = conn.execute(
        select(t.entity_id, t.version)
        .where(t.office_id == dev.office_id, t.entity == "business")
        .order_by(t.seq)
    )
    return [(r.entity_id, r.version) for r in rows]


def held(engine: Engine, entity_id: str) -> tuple[int, str]:
    with engine.connect() as conn:
        row = conn.execute(
            select(m.record.c.version, m.record.c.payload).where(m.record.c.entity_id == entity_id)
        ).one()
    return row.version, json.loads(row.payload)["business_name"]


def test_new_records_and_edits_go_through_the_bulk_path_in_order(engine: Engine) -> None:
    dev = device(engine, "JKT")
    first = [business_change(n) for n in range(30)]
    results = bulk(engine, dev, first)
    assert results is not None
    assert [results[i].status for i in range(30)] == [ItemStatus.APPLIED] * 30
    edits = [
        business_change(100 + n, c.entity_id, version=2, business_name=f"Toko Baru {n}")
        for n, c in enumerate(first[:10])
    ]
    results = bulk(engine, dev, [*edits, business_change(200)])
    assert results is not None  # edits of distinct records need no per-item fallback
    assert {r.status for r in results.values()} == {ItemStatus.APPLIED}
    assert [results[i].server_version for i in range(11)] == [2] * 10 + [1]
    assert held(engine, first[3].entity_id) == (2, "Toko Baru 3")
    assert held(engine, first[20].entity_id)[0] == 1
    with engine.connect() as conn:
        log = logged(conn, dev)
    expected = [(c.entity_id, c.version) for c in first + edits]
    assert log[: len(expected)] == expected


def test_replays_and_conflicts_answer_as_the_per_item_path(engine: Engine) -> None:
    dev = device(engine, "BDG")
    batch = [business_change(n) for n in range(5)]
    assert {r.status for r in push(engine, dev, batch)} == {ItemStatus.APPLIED}

    replay = bulk(engine, dev, batch)
    assert replay is not None
    assert [replay[i].status for i in range(5)] == [ItemStatus.REPLAYED] * 5
    assert [replay[i].server_version for i in range(5)] == [1] * 5

    rival = business_change(50, batch[0].entity_id, version=1)  # same key, other payload
    answer = push(engine, dev, [rival, business_change(51)])
    assert [r.status for r in answer] == [ItemStatus.CONFLICT, ItemStatus.APPLIED]
    assert answer[0].code == "version.exists"
    assert held(engine, batch[0].entity_id)[0] == 1


def test_a_stale_edit_falls_back_and_leaves_nothing_half_done(engine: Engine) -> None:
    dev = device(engine, "SBY")
    batch = [business_change(n) for n in range(4)]
    push(engine, dev, batch)
    good = business_change(60, batch[0].entity_id, version=2, business_name="Warung Baru")
    stale = business_change(61, batch[1].entity_id, version=3)  # base 2, server holds 1
    assert bulk(engine, dev, [good, stale]) is None  # compare-and-set failed: rolled back
    assert held(engine, batch[0].entity_id)[0] == 1
    with engine.connect() as conn:
        assert len(logged(conn, dev)) == 4

    answer = push(engine, dev, [good, stale])
    assert [r.status for r in answer] == [ItemStatus.APPLIED, ItemStatus.CONFLICT]
    assert answer[1].code == "version.stale" and answer[1].server_version == 1
    assert held(engine, batch[0].entity_id) == (2, "Warung Baru")
    # The refused key stays free: the same edit rebased on version 1 goes in.
    rebased = business_change(61, batch[1].entity_id, version=2)
    assert push(engine, dev, [rebased])[0].status is ItemStatus.APPLIED


def test_another_offices_record_is_refused(engine: Engine) -> None:
    mine, theirs = device(engine, "MDN"), device(engine, "PLG")
    record = business_change(1)
    push(engine, theirs, [record])
    takeover = business_change(2, record.entity_id, version=2)
    answer = push(engine, mine, [takeover, business_change(3)])
    assert [r.status for r in answer] == [ItemStatus.REJECTED, ItemStatus.APPLIED]
    assert answer[0].code == "office.forbidden"
    assert held(engine, record.entity_id)[0] == 1
