"""What the Sinkronisasi screen shows: counts, last success, items needing the officer, log.

One read of the database, returned as plain frozen values (no ORM rows), cheap enough to
refresh after every progress report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from golonline_desktop.domain.clock import Clock
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.outbox import OutboxState, count_by_state
from golonline_desktop.storage.sync_state import (
    DeviceEnrollment,
    SyncConflict,
    entries_in_states,
    open_conflicts,
    parse_error,
    read_checkpoint,
    recent_log,
)


@dataclass(frozen=True)
class QuarantinedItem:
    seq: int
    entity: str
    entity_id: str
    version: int
    code: str
    message: str
    attempts: int


@dataclass(frozen=True)
class ConflictItem:
    id: int
    entity: str
    entity_id: str
    local_version: int
    server_version: int | None
    server_payload: str | None
    source: str
    message: str | None
    detected_at: datetime


@dataclass(frozen=True)
class LogLine:
    at: datetime
    level: str
    code: str
    message: str
    counts: dict[str, int]


@dataclass(frozen=True)
class SyncStatus:
    counts: dict[str, int]  # outbox entries per state
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    server_url: str | None
    device_code: str | None
    quarantined: tuple[QuarantinedItem, ...]
    conflicts: tuple[ConflictItem, ...]
    log: tuple[LogLine, ...]

    @property
    def pending(self) -> int:
        return self.counts.get(OutboxState.PENDING.value, 0)

    @property
    def enrolled(self) -> bool:
        return self.server_url is not None


def read_sync_status(store: Store, *, log_limit: int = 50) -> SyncStatus:
    with store.read() as session:
        point = read_checkpoint(session)
        enrollment = session.scalars(select(DeviceEnrollment).limit(1)).first()
        quarantined = []
        for row in entries_in_states(session, [OutboxState.QUARANTINED.value]):
            code, message = parse_error(row.last_error)
            quarantined.append(
                QuarantinedItem(
                    row.seq, row.entity, row.entity_id, row.version, code, message, row.attempts
                )
            )
        conflicts = [
            ConflictItem(
                c.id,
                c.entity,
                c.entity_id,
                c.local_version,
                c.server_version,
                c.server_payload,
                c.source,
                c.message,
                c.detected_at,
            )
            for c in open_conflicts(session)
        ]
        log = [
            LogLine(e.at, e.level, e.code, e.message, json.loads(e.counts) if e.counts else {})
            for e in recent_log(session, log_limit)
        ]
        return SyncStatus(
            counts=count_by_state(session),
            last_success_at=point.last_success_at if point else None,
            last_attempt_at=point.last_attempt_at if point else None,
            server_url=enrollment.server_url if enrollment else None,
            device_code=enrollment.device_code if enrollment else None,
            quarantined=tuple(quarantined),
            conflicts=tuple(conflicts),
            log=tuple(log),
        )


def mark_conflict_resolved(store: Store, clock: Clock, conflict_id: int) -> None:
    """Take a conflict off the list without changing the record or the outbox.

    For scripts and support; the screen decides conflicts with ``services.sync_conflicts``
    (keep this laptop's version or take the server's), which also settles the outbox.
    """
    with store.write() as session:
        session.execute(
            update(SyncConflict)
            .where(SyncConflict.id == conflict_id)
            .values(resolved=True, resolved_at=clock.now())
        )
