"""Push (exactly-once apply) and pull (the office's change feed).

Push, per item, inside one transaction per batch and one SAVEPOINT per item:

1. ``INSERT ... ON CONFLICT DO NOTHING`` the idempotency key (office, entity, id, version)
   with the payload hash. Nothing inserted: the key exists, so the same hash is a replay
   (the original answer again) and a different hash is a conflict.
2. Move the record forward with a compare-and-set: insert-if-absent for base version 0,
   ``UPDATE ... WHERE version = base_version`` otherwise. No row changed means someone
   else's edit got there first: roll the savepoint back and answer conflict.
3. Append to the change log, which other devices of the office pull.

``bulk.apply_bulk`` does the same for a whole batch in a few statements when it can; this
module's per-item path is the fallback that explains every refusal.

Every push first updates its office's row, which holds that row's lock until commit:
change-log sequence numbers of one office are then handed out in commit order, so a
reader never sees seq 11 before an uncommitted seq 10 and its cursor skips nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, case, insert, select, update

from golonline_desktop.domain.business import RegionChecks
from golonline_desktop.wire import (
    Change,
    ItemResult,
    ItemStatus,
    Operation,
    ServerChange,
    sha256_hex,
)

from . import certificates
from . import models as m
from .accounts import Device, lock_office
from .bulk import apply_bulk
from .db import insert_ignore, utcnow
from .validation import Checked, Rejection, check_entity, check_envelope


def _result(change: Change, status: ItemStatus, **extra: object) -> ItemResult:
    return ItemResult(
        entity=change.entity,
        entity_id=change.entity_id,
        version=change.version,
        status=status,
        **extra,  # type: ignore[arg-type]
    )


def _rejected(change: Change, rejection: Rejection) -> ItemResult:
    return _result(change, ItemStatus.REJECTED, code=rejection.code, message=rejection.message)


def apply_push(
    conn: Connection,
    device: Device,
    changes: list[Change],
    *,
    today: date,
    regions: RegionChecks | None,
) -> list[ItemResult]:
    """Apply a batch in the caller's transaction; one result per change, in order."""
    now = utcnow()
    lock_office(conn, device.office_id, now)
    insert_key = insert_ignore(m.applied_change, conn.dialect.name)
    insert_record = insert_ignore(m.record, conn.dialect.name)
    results: list[ItemResult | None] = [None] * len(changes)
    accepted: list[tuple[int, Checked]] = []
    for position, change in enumerate(changes):
        checked = check_envelope(change)
        if isinstance(checked, Rejection):
            results[position] = _rejected(change, checked)
            continue
        rejection = check_entity(checked, today=today, regions=regions)
        if rejection is None and change.entity == certificates.ENTITY:
            rejection = certificates.check_push(conn, device, checked)
        if rejection is not None:
            # A replay of a change accepted under older rules is still a replay.
            replay = _replay(conn, device.office_id, change)
            results[position] = replay if replay is not None else _rejected(change, rejection)
            continue
        accepted.append((position, checked))
    fast = apply_bulk(conn, device, [c for _, c in accepted], now)
    for index, (position, checked) in enumerate(accepted):
        if fast is not None:
            results[position] = fast[index]
        else:
            results[position] = _apply_one(conn, device, checked, now, insert_key, insert_record)
    certificates.store_applied(
        conn,
        device,
        [c for _, c in accepted],
        {i: r for i, (p, _) in enumerate(accepted) if (r := results[p]) is not None},
        now,
    )
    return [r for r in results if r is not None]


def _key(office_id: str, change: Change):
    t = m.applied_change.c
    return (
        (t.office_id == office_id)
        & (t.entity == change.entity)
        & (t.entity_id == change.entity_id)
        & (t.version == change.version)
    )


def _replay(conn: Connection, office_id: str, change: Change) -> ItemResult | None:
    row = conn.execute(
        select(m.applied_change.c.payload_hash, m.applied_change.c.server_version).where(
            _key(office_id, change)
        )
    ).first()
    if row is None or row.payload_hash != change.payload_hash:
        return None
    return _result(change, ItemStatus.REPLAYED, server_version=row.server_version)


def _current(conn: Connection, change: Change):
    return conn.execute(
        select(m.record.c.office_id, m.record.c.version).where(
            m.record.c.entity == change.entity, m.record.c.entity_id == change.entity_id
        )
    ).first()


def _refused(conn: Connection, device: Device, change: Change) -> ItemResult:
    """Why the compare-and-set failed: another office's record, or a newer edit."""
    current = _current(conn, change)
    if current is not None and current.office_id != device.office_id:
        return _result(
            change,
            ItemStatus.REJECTED,
            code="office.forbidden",
            message="This record belongs to another office.",
        )
    return _result(
        change,
        ItemStatus.CONFLICT,
        server_version=current.version if current is not None else 0,
        code="version.stale",
        message="The server holds a different version of this record.",
    )


def _apply_one(
    conn: Connection,
    device: Device,
    checked: Checked,
    now: datetime,
    insert_key,
    insert_record,
) -> ItemResult:
    change = checked.change
    savepoint = conn.begin_nested()
    try:
        inserted = conn.execute(
            insert_key.values(
                office_id=device.office_id,
                entity=change.entity,
                entity_id=change.entity_id,
                version=change.version,
                payload_hash=change.payload_hash,
                device_id=device.id,
                status=ItemStatus.APPLIED.value,
                server_version=change.version,
                applied_at=now,
            ).returning(m.applied_change.c.version)
        ).first()
        if inserted is None:
            savepoint.rollback()
            replay = _replay(conn, device.office_id, change)
            if replay is not None:
                return replay
            if (refusal := _refused(conn, device, change)).status is ItemStatus.REJECTED:
                return refusal
            return refusal.model_copy(update={"code": "version.exists"})
        if not _move_record(conn, device.office_id, device.id, change, now, insert_record):
            savepoint.rollback()
            return _refused(conn, device, change)
        _log(conn, device.office_id, device.id, change, now)
        savepoint.commit()
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    return _result(change, ItemStatus.APPLIED, server_version=change.version)


def _move_record(
    conn: Connection,
    office_id: str,
    device_id: str | None,
    change: Change,
    now: datetime,
    insert_record,
) -> bool:
    values = {
        "office_id": office_id,
        "version": change.version,
        "operation": change.operation.value,
        "payload": change.payload,
        "payload_hash": change.payload_hash,
        "device_id": device_id,
        "updated_at": now,
    }
    if change.base_version == 0:
        row = conn.execute(
            insert_record.values(
                entity=change.entity, entity_id=change.entity_id, **values
            ).returning(m.record.c.version)
        ).first()
        return row is not None
    r = m.record.c
    done = conn.execute(
        update(m.record)
        .where(
            r.entity == change.entity,
            r.entity_id == change.entity_id,
            r.office_id == office_id,
            r.version == change.base_version,
        )
        .values(**values)
    )
    return done.rowcount == 1


def _log(
    conn: Connection, office_id: str, device_id: str | None, change: Change, now: datetime
) -> None:
    conn.execute(
        insert(m.change_log).values(
            office_id=office_id,
            entity=change.entity,
            entity_id=change.entity_id,
            version=change.version,
            operation=change.operation.value,
            payload=change.payload,
            source_device_id=device_id,
            created_at=now,
        )
    )


@dataclass(frozen=True)
class ChangesPage:
    changes: list[ServerChange]
    next_cursor: int
    more: bool


def changes_since(conn: Connection, device: Device, since: int, limit: int) -> ChangesPage:
    """The office's changes after ``since``, without the ones this device pushed itself.

    The cursor advances over the device's own changes too (they are scanned, not
    returned), so a page may be empty while ``more`` is true.
    """
    t = m.change_log.c
    # The device's own rows are only scanned: their payloads stay in the database.
    payload = case((t.source_device_id == device.id, None), else_=t.payload).label("payload")
    rows = conn.execute(
        select(t.seq, t.entity, t.entity_id, t.version, t.operation, payload, t.source_device_id)
        .where(t.office_id == device.office_id, t.seq > since)
        .order_by(t.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        ServerChange(
            entity=r.entity,
            entity_id=r.entity_id,
            version=r.version,
            operation=Operation(r.operation),
            payload=r.payload,
        )
        for r in rows
        if r.source_device_id != device.id
    ]
    return ChangesPage(changes, rows[-1].seq if rows else since, more)


class CentralEditError(Exception):
    pass


def central_edit(
    conn: Connection,
    office_id: str,
    entity: str,
    entity_id: str,
    payload: str,
    operation: Operation = Operation.UPSERT,
) -> int:
    """An edit made at the centre (not by a device): the next version of the record.

    Goes through the same key and compare-and-set as a push, so a device that edited the
    same version meanwhile gets a conflict, not a silent overwrite.
    """
    now = utcnow()
    lock_office(conn, office_id, now)
    current = conn.execute(
        select(m.record.c.office_id, m.record.c.version).where(
            m.record.c.entity == entity, m.record.c.entity_id == entity_id
        )
    ).first()
    if current is not None and current.office_id != office_id:
        raise CentralEditError("this record belongs to another office")
    base = current.version if current is not None else 0
    change = Change(
        entity=entity,
        entity_id=entity_id,
        version=base + 1,
        base_version=base,
        operation=operation,
        payload=payload,
        payload_hash=sha256_hex(payload.encode("utf-8")),
    )
    conn.execute(
        insert(m.applied_change).values(
            office_id=office_id,
            entity=entity,
            entity_id=entity_id,
            version=change.version,
            payload_hash=change.payload_hash,
            device_id=None,
            status=ItemStatus.APPLIED.value,
            server_version=change.version,
            applied_at=now,
        )
    )
    if not _move_record(
        conn, office_id, None, change, now, insert_ignore(m.record, conn.dialect.name)
    ):
        raise CentralEditError("the record changed meanwhile; try again")
    _log(conn, office_id, None, change, now)
    return change.version
