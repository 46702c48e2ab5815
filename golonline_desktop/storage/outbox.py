"""The transactional outbox: a change and its outbox row are written by the same session.

Callers pass the session of the write transaction that changes the record; nothing here
commits. The payload is canonical JSON (sorted keys, no spaces, UTF-8) so its SHA-256 is
the same on every machine and the server can tell a replay from a conflicting edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import OutboxEntry


class OutboxState(StrEnum):
    PENDING = "pending"  # waiting to be pushed
    DONE = "done"  # the server confirmed it (applied or replayed)
    QUARANTINED = "quarantined"  # the server rejected it; the officer must act
    CONFLICT = "conflict"  # the server holds a different edit of the same version
    SUPERSEDED = "superseded"  # a quarantined/conflicting version the officer replaced


class Operation(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def canonical_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    )


def payload_hash(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_change(
    session: Session,
    *,
    entity: str,
    entity_id: str,
    version: int,
    operation: Operation,
    payload: Mapping[str, Any],
    at: datetime,
) -> OutboxEntry:
    text = canonical_json(payload)
    entry = OutboxEntry(
        entity=entity,
        entity_id=entity_id,
        version=version,
        base_version=version - 1,
        operation=operation.value,
        payload=text,
        payload_hash=payload_hash(text),
        state=OutboxState.PENDING.value,
        attempts=0,
        created_at=at,
    )
    session.add(entry)
    return entry


def count_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state))
    return {state: count for state, count in rows}


def pending(session: Session, limit: int = 500) -> list[OutboxEntry]:
    """The oldest pending entries, in the order they must reach the server."""
    stmt = (
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.PENDING.value)
        .order_by(OutboxEntry.seq)
        .limit(limit)
    )
    return list(session.scalars(stmt))
