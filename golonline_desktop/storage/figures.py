"""The home screen's figures, counted in plain SQL on a DB-API connection to the store.

One query, two callers: ``services.overview`` counts through the open store, and the
start-up counts on a read-only connection of its own before SQLAlchemy is even imported,
so the window shows real figures at once (``gui/app.py``). The outbox states are spelled
here as stored; ``tests/unit/test_figures.py`` checks them against ``OutboxState``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .migrate import current_revision, head_revision, read_only

# Live businesses as all rows minus the tombstones: both counts read small indexes
# (migration 0009), where "WHERE deleted = 0" would read the whole table.
FIGURES_SQL = """
SELECT
    (SELECT count(*) FROM business) - (SELECT count(*) FROM business WHERE deleted = 1),
    (SELECT count(*) FROM outbox WHERE state = 'pending'),
    (SELECT count(*) FROM outbox WHERE state IN ('quarantined', 'conflict'))
"""


@dataclass(frozen=True)
class Figures:
    businesses: int  # live (not deleted) businesses
    outbox_pending: int  # changes waiting to be sent
    outbox_attention: int  # changes the server refused (quarantined or in conflict)


def count_figures(connection: Any) -> Figures:
    """The figures, on any DB-API connection to a store at the current schema."""
    cursor = connection.cursor()
    try:
        cursor.execute(FIGURES_SQL)
        businesses, pending, attention = cursor.fetchone()
    finally:
        cursor.close()
    return Figures(int(businesses), int(pending), int(attention))


def figures_before_opening(database: Path, key: bytes | None = None) -> Figures | None:
    """The figures read straight from the file, writing nothing; None when they can't be yet.

    None when there is no database, when its schema is not the current one (a migration
    is due: the figures come once the store is opened and migrated), or when the file
    cannot be read (opening the store then explains why).
    """
    try:
        if current_revision(database, key) != head_revision():
            return None
        with read_only(database, key) as connection:
            return count_figures(connection)
    except Exception:
        return None
