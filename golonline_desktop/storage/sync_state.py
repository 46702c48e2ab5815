"""What the sync engine remembers between passes, and its queries over the outbox.

Kept apart from ``models.py`` (the records officers type) because this is bookkeeping of
one laptop's conversation with the server: where the pull stopped, what happened (the log
the officer reads), conflicts waiting for a decision, and which server this device is
enrolled with. The device token and private key are *not* here: they live in a secrets
file (``storage.device_secrets``) until they move to the OS keyring.

Quarantine reasons are stored in ``outbox.last_error`` as JSON ``{"code", "message"}`` so
the screen can show a translated message and support can search by code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from .models import ID, Base, OutboxEntry
from .outbox import OutboxState
from .types import UtcDateTime

CHECKPOINT_KEY = "server"
# An older quarantined/conflicting version replaced by a newer one the officer saved and
# retried, or set aside by a conflict decision (``services.sync_conflicts``).
SUPERSEDED = OutboxState.SUPERSEDED.value
BLOCKING_STATES = (OutboxState.QUARANTINED.value, OutboxState.CONFLICT.value)


class SyncCheckpoint(Base):
    """One row per server: the pull cursor and when a pass last finished cleanly."""

    __tablename__ = "sync_checkpoint"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    pull_cursor: Mapped[str | None] = mapped_column(String(200))
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SyncLogEntry(Base):
    """A line of the sync log the officer (and support) reads."""

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    level: Mapped[str] = mapped_column(String(10))  # info | warning | error
    code: Mapped[str] = mapped_column(String(60))
    message: Mapped[str] = mapped_column(Text)
    counts: Mapped[str | None] = mapped_column(Text)  # JSON


class SyncConflict(Base):
    """The server holds a different edit of a record: the officer decides what wins."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime())
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    local_version: Mapped[int] = mapped_column(Integer)
    server_version: Mapped[int | None] = mapped_column(Integer)
    server_payload: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(10))  # "push" | "pull"
    message: Mapped[str | None] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class DeviceEnrollment(Base):
    """Which server this laptop is enrolled with (public facts only; no token, no key)."""

    __tablename__ = "device_enrollment"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_url: Mapped[str] = mapped_column(String(500))
    device_code: Mapped[str] = mapped_column(String(20))
    office_code: Mapped[str] = mapped_column(String(20))
    officer_name: Mapped[str] = mapped_column(String(200))
    device_name: Mapped[str] = mapped_column(String(100))
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime())


# --- checkpoint and log -------------------------------------------------------------------


def checkpoint(session: Session) -> SyncCheckpoint:
    row = session.get(SyncCheckpoint, CHECKPOINT_KEY)
    if row is None:
        row = SyncCheckpoint(key=CHECKPOINT_KEY)
        session.add(row)
        session.flush()
    return row


def read_checkpoint(session: Session) -> SyncCheckpoint | None:
    return session.get(SyncCheckpoint, CHECKPOINT_KEY)


def add_log(
    session: Session,
    *,
    at: datetime,
    level: str,
    code: str,
    message: str,
    counts: dict[str, Any] | None = None,
) -> None:
    session.add(
        SyncLogEntry(
            at=at,
            level=level,
            code=code,
            message=message,
            counts=json.dumps(counts, sort_keys=True) if counts else None,
        )
    )


def recent_log(session: Session, limit: int = 50) -> list[SyncLogEntry]:
    stmt = select(SyncLogEntry).order_by(SyncLogEntry.id.desc()).limit(limit)
    return list(session.scalars(stmt))


# --- outbox queries the sync engine needs ---------------------------------------------------


@dataclass(frozen=True)
class PendingItem:
    """An outbox entry as the engine handles it (no ORM object crosses a session)."""

    seq: int
    entity: str
    entity_id: str
    version: int
    base_version: int
    operation: str
    payload: str
    payload_hash: str

    @property
    def size(self) -> int:
        return len(self.payload.encode("utf-8"))


def _item(row: OutboxEntry) -> PendingItem:
    return PendingItem(
        row.seq,
        row.entity,
        row.entity_id,
        row.version,
        row.base_version,
        row.operation,
        row.payload,
        row.payload_hash,
    )


def _blocked_filter() -> Any:
    """Pending entries whose record has an older version waiting for the officer.

    Pushing version 3 while version 2 sits in quarantine would only earn a conflict, so
    later versions of that record wait; every other record keeps flowing.
    """
    older = OutboxEntry.__table__.alias("older")
    return (
        select(older.c.seq)
        .where(
            older.c.entity == OutboxEntry.entity,
            older.c.entity_id == OutboxEntry.entity_id,
            older.c.state.in_(BLOCKING_STATES),
            older.c.version < OutboxEntry.version,
        )
        .exists()
    )


def next_pending(
    session: Session, after_seq: int, max_items: int, max_bytes: int
) -> list[PendingItem]:
    """The next batch in push order, bounded by count and by payload bytes (at least one)."""
    stmt = (
        select(OutboxEntry)
        .where(
            OutboxEntry.state == OutboxState.PENDING.value,
            OutboxEntry.seq > after_seq,
            ~_blocked_filter(),
        )
        .order_by(OutboxEntry.seq)
        .limit(max_items)
    )
    batch: list[PendingItem] = []
    total = 0
    for row in session.scalars(stmt):
        item = _item(row)
        if batch and total + item.size > max_bytes:
            break
        batch.append(item)
        total += item.size
    return batch


def pending_totals(session: Session) -> tuple[int, int]:
    """How many pushable entries wait, and their payload bytes (for progress)."""
    stmt = select(func.count(), func.coalesce(func.sum(func.length(OutboxEntry.payload)), 0)).where(
        OutboxEntry.state == OutboxState.PENDING.value, ~_blocked_filter()
    )
    count, size = session.execute(stmt).one()
    return int(count), int(size)


def all_pending(session: Session) -> list[PendingItem]:
    stmt = (
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.PENDING.value, ~_blocked_filter())
        .order_by(OutboxEntry.seq)
    )
    return [_item(row) for row in session.scalars(stmt)]


def mark_done(session: Session, seqs: Iterable[int], at: datetime) -> None:
    seqs = list(seqs)
    if seqs:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.seq.in_(seqs))
            .values(
                state=OutboxState.DONE.value,
                sent_at=at,
                last_error=None,
                attempts=OutboxEntry.attempts + 1,
            )
        )


def set_state(session: Session, seq: int, state: str, code: str, message: str) -> None:
    session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.seq == seq)
        .values(
            state=state,
            attempts=OutboxEntry.attempts + 1,
            last_error=error_json(code, message),
        )
    )


def error_json(code: str, message: str) -> str:
    return json.dumps({"code": code, "message": message}, ensure_ascii=False, sort_keys=True)


def parse_error(text: str | None) -> tuple[str, str]:
    """``(code, message)`` from ``last_error``; plain text from older rows is kept readable."""
    if not text:
        return "", ""
    try:
        data = json.loads(text)
    except ValueError:
        return "", text
    if isinstance(data, dict):
        return str(data.get("code", "")), str(data.get("message", ""))
    return "", text


def entries_in_states(session: Session, states: Sequence[str]) -> list[OutboxEntry]:
    stmt = select(OutboxEntry).where(OutboxEntry.state.in_(states)).order_by(OutboxEntry.seq)
    return list(session.scalars(stmt))


def has_local_edit(session: Session, entity: str, entity_id: str) -> bool:
    """Whether the record has an unconfirmed local change (pending, quarantined, conflict)."""
    stmt = (
        select(OutboxEntry.seq)
        .where(
            OutboxEntry.entity == entity,
            OutboxEntry.entity_id == entity_id,
            OutboxEntry.state.in_([OutboxState.PENDING.value, *BLOCKING_STATES]),
        )
        .limit(1)
    )
    return session.scalar(stmt) is not None


def last_confirmed_version(session: Session, entity: str, entity_id: str) -> int:
    stmt = select(func.max(OutboxEntry.version)).where(
        OutboxEntry.entity == entity,
        OutboxEntry.entity_id == entity_id,
        OutboxEntry.state == OutboxState.DONE.value,
    )
    return int(session.scalar(stmt) or 0)


# --- conflicts ---------------------------------------------------------------------------------


def record_conflict(
    session: Session,
    *,
    at: datetime,
    entity: str,
    entity_id: str,
    local_version: int,
    server_version: int | None,
    server_payload: str | None,
    source: str,
    message: str | None,
) -> None:
    session.add(
        SyncConflict(
            detected_at=at,
            entity=entity,
            entity_id=entity_id,
            local_version=local_version,
            server_version=server_version,
            server_payload=server_payload,
            source=source,
            message=message,
            resolved=False,
        )
    )


def open_conflicts(session: Session) -> list[SyncConflict]:
    stmt = select(SyncConflict).where(SyncConflict.resolved.is_(False)).order_by(SyncConflict.id)
    return list(session.scalars(stmt))


def open_conflicts_of(session: Session, entity: str, entity_id: str) -> list[SyncConflict]:
    """The record's undecided conflicts (a push conflict and the pull that brought the
    server's payload are usually two rows about the same decision)."""
    stmt = (
        select(SyncConflict)
        .where(
            SyncConflict.entity == entity,
            SyncConflict.entity_id == entity_id,
            SyncConflict.resolved.is_(False),
        )
        .order_by(SyncConflict.id)
    )
    return list(session.scalars(stmt))


def unconfirmed_entries(session: Session, entity: str, entity_id: str) -> list[OutboxEntry]:
    """The record's entries the server has not confirmed (pending, quarantined, conflict)."""
    stmt = (
        select(OutboxEntry)
        .where(
            OutboxEntry.entity == entity,
            OutboxEntry.entity_id == entity_id,
            OutboxEntry.state.in_([OutboxState.PENDING.value, *BLOCKING_STATES]),
        )
        .order_by(OutboxEntry.version)
    )
    return list(session.scalars(stmt))


def highest_outbox_version(session: Session, entity: str, entity_id: str) -> int:
    """The highest version of the record in the outbox, in any state (0 when none)."""
    stmt = select(func.max(OutboxEntry.version)).where(
        OutboxEntry.entity == entity, OutboxEntry.entity_id == entity_id
    )
    return int(session.scalar(stmt) or 0)


def resolve_conflicts(session: Session, conflicts: Iterable[SyncConflict], at: datetime) -> None:
    for conflict in conflicts:
        conflict.resolved = True
        conflict.resolved_at = at
