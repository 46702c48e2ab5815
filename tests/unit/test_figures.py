"""The home screen's figures: counted through the store, and straight from the file at start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import update

from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.overview import overview_before_opening
from golonline_desktop.storage.figures import FIGURES_SQL, Figures
from golonline_desktop.storage.models import OutboxEntry
from golonline_desktop.storage.outbox import OutboxState
from tests.factories import business_input

NAMES = ("Keripik Singkong Bu Sri", "Batik Tulis Lestari", "Kopi Gayo Pak Darmo")


def register_three_delete_one(app: App) -> None:
    ids = []
    for n, name in enumerate(NAMES):
        outcome = app.registration.register(business_input(n, business_name=name))
        assert outcome.saved
        ids.append(outcome.business_id)
    app.registration.delete(ids[0])
    with app.store.write() as session:  # one refused by the server, one in conflict
        for seq, state in ((1, OutboxState.QUARANTINED), (2, OutboxState.CONFLICT)):
            session.execute(
                update(OutboxEntry).where(OutboxEntry.seq == seq).values(state=state.value)
            )


def test_the_store_counts_live_businesses_waiting_and_refused_changes(app: App) -> None:
    register_three_delete_one(app)
    # 3 registrations + 1 tombstone in the outbox; 2 of them refused
    assert app.overview.summary() == Figures(businesses=2, outbox_pending=2, outbox_attention=2)


def test_the_file_read_at_start_gives_the_same_figures_and_writes_nothing(
    app: App, data_paths: DataPaths
) -> None:
    register_three_delete_one(app)
    expected = app.overview.summary()
    app.close()
    files = sorted(p.name for p in data_paths.root.iterdir())
    before = data_paths.database.read_bytes()

    assert overview_before_opening(data_paths) == expected
    assert sorted(p.name for p in data_paths.root.iterdir()) == files  # no -wal, no -shm
    assert data_paths.database.read_bytes() == before


def test_no_figures_at_start_when_they_cannot_be_read_yet(tmp_path: Path, clock, regions) -> None:
    missing = DataPaths(tmp_path / "missing")
    assert overview_before_opening(missing) is None  # first start: nothing to count

    damaged = DataPaths(tmp_path / "damaged").ensure()
    damaged.database.write_bytes(b"not a database" * 100)
    assert overview_before_opening(damaged) is None  # opening the store explains it

    older = DataPaths(tmp_path / "older").ensure()
    open_app(older, clock, regions).close()
    with sqlite3.connect(older.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    assert overview_before_opening(older) is None  # a migration is due first


def test_the_plain_sql_spells_the_outbox_states_as_stored() -> None:
    for state in (OutboxState.PENDING, OutboxState.QUARANTINED, OutboxState.CONFLICT):
        assert f"'{state.value}'" in FIGURES_SQL


def test_the_live_business_count_reads_indexes_not_the_table(app: App) -> None:
    with app.store.read() as session:
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + FIGURES_SQL)
        steps = [str(row[-1]) for row in plan if "business" in str(row[-1])]
    assert len(steps) == 2 and all("COVERING INDEX" in step for step in steps), steps
    assert any("ix_business_tombstones" in step for step in steps), steps
