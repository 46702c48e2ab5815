"""Versions of syncable records: every change is a new version by an officer at a time.

The version is the sync idempotency key (with the entity and id), so every service that
changes a record must move it the same way; deletes are tombstones, never row deletes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def next_version(row: Any, officer_id: str, at: datetime) -> int:
    """Mark ``row`` as a new version written by ``officer_id`` at ``at``; returns it."""
    row.version += 1
    row.updated_by = officer_id
    row.updated_at = at
    return row.version  # type: ignore[no-any-return]


def set_tombstone(row: Any, deleted: bool, officer_id: str, at: datetime) -> bool:
    """Delete (or undo the delete of) ``row`` as a new version; False if it already was."""
    if row.deleted == deleted:
        return False
    row.deleted = deleted
    row.deleted_at = at if deleted else None
    next_version(row, officer_id, at)
    return True
