"""The append-only audit log: who did what, when. Written in the same transaction as the act.

Every row is chained to the one before it (UU 27/2022 asks for a log that shows tampering):
``hash = sha256(prev_hash || canonical JSON of the row's fields)`` where ``prev_hash`` is
the ``hash`` of the row with the next lower id (``GENESIS`` for the first row). Editing a
row's fields changes its hash; deleting a row leaves the next row pointing at a hash that
is no longer there. Both are found by ``verify_chain`` (and the doctor).

The previous hash is read inside the caller's write transaction; ``Store.write`` starts
with ``BEGIN IMMEDIATE``, so two writers cannot both chain onto the same row. Ids are
given explicitly (previous id + 1) so the id is covered by the hash too.

Limits, on purpose: the chain is not keyed, so someone who edits the file *and* recomputes
every later hash is not detected, and removing the newest rows leaves a shorter chain that
is still valid. Both need the tool and the intent; the encrypted database (SQLCipher)
keeps the file itself out of reach of anyone without an officer's password.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import AuditEvent

GENESIS = "0" * 64
"""The ``prev_hash`` of the first row."""
MAX_BROKEN_LISTED = 1000
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # as storage.types.UtcDateTime stores it

CHAIN_COLUMNS = "id, at, officer_id, action, entity, entity_id, details, prev_hash, hash"
CHAIN_QUERY = f"SELECT {CHAIN_COLUMNS} FROM audit_event ORDER BY id"


@dataclass(frozen=True)
class AuditEventData:
    """One event to write with ``audit_rows`` (bulk inserts)."""

    at: datetime
    officer_id: str | None
    action: str
    entity: str | None = None
    entity_id: str | None = None
    details: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the chain. ``broken_ids`` lists at most ``MAX_BROKEN_LISTED``."""

    ok: bool
    checked: int
    broken_ids: tuple[int, ...] = ()
    broken_count: int = 0

    @property
    def first_broken(self) -> int | None:
        return self.broken_ids[0] if self.broken_ids else None


def stored_timestamp(at: datetime) -> str:
    if at.tzinfo is None:
        raise ValueError("naive datetime given to the audit log")
    return at.astimezone(UTC).strftime(_TIMESTAMP_FORMAT)


def details_json(details: Mapping[str, Any] | None) -> str | None:
    if not details:
        return None
    return json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)


def row_hash(
    prev_hash: str,
    *,
    id: int,
    at: str,
    officer_id: str | None,
    action: str,
    entity: str | None,
    entity_id: str | None,
    details: str | None,
) -> str:
    """The chain hash of one row, from its fields exactly as stored (``at`` as text)."""
    fields = {
        "id": id,
        "at": at,
        "officer_id": officer_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details": details,
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _tail(session: Session) -> tuple[int, str]:
    """Id and hash of the newest row (autoflushes rows added earlier in this transaction)."""
    found = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    if found is None:
        return 0, GENESIS
    return int(found[0]), str(found[1] or GENESIS)


def audit_rows(session: Session, events: Sequence[AuditEventData]) -> list[dict[str, Any]]:
    """Chained rows for ``session.execute(insert(AuditEvent), rows)``.

    Insert them before calling this (or ``record_audit``) again in the same transaction:
    the next rows chain onto the newest row in the table.
    """
    last_id, last_hash = _tail(session)
    rows: list[dict[str, Any]] = []
    for event in events:
        last_id += 1
        at_text = stored_timestamp(event.at)
        details = details_json(event.details)
        digest = row_hash(
            last_hash,
            id=last_id,
            at=at_text,
            officer_id=event.officer_id,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            details=details,
        )
        rows.append(
            {
                "id": last_id,
                "at": event.at,
                "officer_id": event.officer_id,
                "action": event.action,
                "entity": event.entity,
                "entity_id": event.entity_id,
                "details": details,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_hash = digest
    return rows


def record_audit(
    session: Session,
    *,
    at: datetime,
    officer_id: str | None,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Add one chained event to the caller's write transaction (flushed at once)."""
    (row,) = audit_rows(
        session, [AuditEventData(at, officer_id, action, entity, entity_id, details)]
    )
    event = AuditEvent(**row)
    session.add(event)
    session.flush()
    return event


def check_rows(rows: Iterable[Sequence[Any]]) -> ChainReport:
    """Walk rows of ``CHAIN_COLUMNS`` (``at`` as stored text) in id order.

    A row is broken when its own hash does not match its fields, or its ``prev_hash`` is
    not the previous row's hash (a row was deleted or the order changed). The walk goes on
    from the stored hash, so one edited row is flagged once, not with every row after it.
    """
    previous = GENESIS
    checked = 0
    broken: list[int] = []
    broken_count = 0
    for row in rows:
        row_id, at, officer_id, action, entity, entity_id, details, prev_hash, stored = row
        checked += 1
        expected = row_hash(
            previous,
            id=int(row_id),
            at=str(at),
            officer_id=officer_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=details,
        )
        if prev_hash != previous or stored != expected:
            broken_count += 1
            if len(broken) < MAX_BROKEN_LISTED:
                broken.append(int(row_id))
        previous = str(stored) if stored else GENESIS
    return ChainReport(
        ok=broken_count == 0, checked=checked, broken_ids=tuple(broken), broken_count=broken_count
    )


def verify_chain(session: Session) -> ChainReport:
    """Check every row of the audit log (streamed: the log may hold 100,000s of rows)."""
    result = session.connection().execution_options(yield_per=2000).execute(text(CHAIN_QUERY))
    return check_rows(result)


def history(session: Session, entity: str, entity_id: str) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    )
    return list(session.scalars(stmt))
