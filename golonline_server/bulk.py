"""The fast path of a push: a whole batch in a handful of statements.

Round trips, not the database, bound a per-item apply (five statements per record with
its SAVEPOINT). When every checked change in a batch touches a different record — the
usual case — the keys go in with one multi-row ``INSERT ... ON CONFLICT DO NOTHING
RETURNING``, new records with another, edits with one compare-and-set ``UPDATE``, and
the change log with one multi-row insert, all under a single SAVEPOINT. The same unique
keys decide as in the per-item path. If any compare-and-set fails, the SAVEPOINT is
rolled back and the caller applies the batch item by item, which explains each refusal.

On PostgreSQL each statement takes one array per column and reads the rows back with
``unnest``: a multi-row ``VALUES`` list of 500 rows has 4,500 placeholders, and turning
that text into a query cost more than the database took to run it (``bulk_pg``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert, select, tuple_, update

from golonline_desktop.wire import ItemResult, ItemStatus

from . import bulk_pg
from . import models as m
from .accounts import Device
from .db import insert_ignore
from .validation import Checked


class _FallbackError(Exception):
    pass


def _key(office_id: str, c: Checked) -> tuple[str, str, str, int]:
    return (office_id, c.change.entity, c.change.entity_id, c.change.version)


def apply_bulk(
    conn: Connection, device: Device, items: list[Checked], now: datetime
) -> dict[int, ItemResult] | None:
    """Results by position in ``items``, or None when the batch needs the per-item path."""
    if not items:
        return {}
    records = {(c.change.entity, c.change.entity_id) for c in items}
    if len(records) != len(items):
        return None
    savepoint = conn.begin_nested()
    try:
        results = _apply(conn, device, items, now)
    except _FallbackError:
        savepoint.rollback()
        return None
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    savepoint.commit()
    return results


def _apply(
    conn: Connection, device: Device, items: list[Checked], now: datetime
) -> dict[int, ItemResult]:
    postgres = conn.dialect.name == "postgresql"
    changes = [c.change for c in items]
    if postgres:
        inserted = bulk_pg.insert_keys(conn, device.office_id, device.id, changes, now)
    else:
        inserted = _insert_keys(conn, device, items, now)
    fresh = [
        i for i, c in enumerate(changes) if (c.entity, c.entity_id, c.version) in inserted
    ]  # fmt: skip
    fresh_set = set(fresh)
    seen = [i for i in range(len(items)) if i not in fresh_set]
    new = [changes[i] for i in fresh if changes[i].base_version == 0]
    edits = [changes[i] for i in fresh if changes[i].base_version != 0]
    if postgres:
        created = bulk_pg.insert_records(conn, device.office_id, device.id, new, now)
        moved = bulk_pg.update_records(conn, device.office_id, device.id, edits, now)
    else:
        created = _insert_records(conn, device, [items[i] for i in fresh], now)
        moved = _update_records(conn, device, [items[i] for i in fresh], now)
    if created != len(new) or moved != len(edits):
        raise _FallbackError
    if postgres:
        bulk_pg.append_log(conn, device.office_id, device.id, [changes[i] for i in fresh], now)
    elif fresh:
        _append_log(conn, device, [items[i] for i in fresh], now)
    # Built without validation: every value comes from a change the wire model checked.
    results: dict[int, ItemResult] = {
        i: ItemResult.model_construct(
            entity=changes[i].entity,
            entity_id=changes[i].entity_id,
            version=changes[i].version,
            status=ItemStatus.APPLIED,
            server_version=changes[i].version,
        )
        for i in fresh
    }
    if seen:
        results.update(_answer_seen(conn, device, items, seen))
    return results


# -- portable statements (SQLite) ----------------------------------------------------------


def _insert_keys(
    conn: Connection, device: Device, items: list[Checked], now: datetime
) -> set[tuple[str, str, int]]:
    k = m.applied_change.c
    rows = conn.execute(
        insert_ignore(m.applied_change, conn.dialect.name).returning(
            k.entity, k.entity_id, k.version
        ),
        [
            {
                "office_id": device.office_id,
                "entity": c.change.entity,
                "entity_id": c.change.entity_id,
                "version": c.change.version,
                "payload_hash": c.change.payload_hash,
                "device_id": device.id,
                "status": ItemStatus.APPLIED.value,
                "server_version": c.change.version,
                "applied_at": now,
            }
            for c in items
        ],
    ).all()
    return {(r.entity, r.entity_id, r.version) for r in rows}


def _values(device: Device, c: Checked, now: datetime) -> dict[str, object]:
    return {
        "office_id": device.office_id,
        "version": c.change.version,
        "operation": c.change.operation.value,
        "payload": c.change.payload,
        "payload_hash": c.change.payload_hash,
        "device_id": device.id,
        "updated_at": now,
    }


def _insert_records(conn: Connection, device: Device, fresh: list[Checked], now: datetime) -> int:
    """New records (base version 0); returns how many were created."""
    new = [c for c in fresh if c.change.base_version == 0]
    if not new:
        return 0
    r = m.record.c
    created = conn.execute(
        insert_ignore(m.record, conn.dialect.name).returning(r.entity_id),
        [{"entity": c.change.entity, "entity_id": c.change.entity_id, **_values(device, c, now)}
         for c in new],
    ).all()  # fmt: skip
    return len(created)


def _update_records(conn: Connection, device: Device, fresh: list[Checked], now: datetime) -> int:
    """Compare-and-set edits; returns how many records moved forward."""
    r = m.record.c
    moved = 0
    for c in fresh:
        if c.change.base_version == 0:
            continue
        done = conn.execute(
            update(m.record)
            .where(
                r.entity == c.change.entity,
                r.entity_id == c.change.entity_id,
                r.office_id == device.office_id,
                r.version == c.change.base_version,
            )
            .values(**_values(device, c, now))
        )
        moved += done.rowcount
    return moved


def _append_log(conn: Connection, device: Device, fresh: list[Checked], now: datetime) -> None:
    conn.execute(
        insert(m.change_log),
        [
            {
                "office_id": device.office_id,
                "entity": c.change.entity,
                "entity_id": c.change.entity_id,
                "version": c.change.version,
                "operation": c.change.operation.value,
                "payload": c.change.payload,
                "source_device_id": device.id,
                "created_at": now,
            }
            for c in fresh
        ],
    )


# -- keys that already existed -------------------------------------------------------------


def _answer_seen(
    conn: Connection, device: Device, items: list[Checked], seen: list[int]
) -> dict[int, ItemResult]:
    """Keys that already existed: a replay (same hash) or a conflict (different hash)."""
    office = device.office_id
    k = m.applied_change.c
    stored = {
        (r.entity, r.entity_id, r.version): r
        for r in conn.execute(
            select(k.entity, k.entity_id, k.version, k.payload_hash, k.server_version).where(
                tuple_(k.office_id, k.entity, k.entity_id, k.version).in_(
                    [_key(office, items[i]) for i in seen]
                )
            )
        )
    }
    r = m.record.c
    current = {
        (row.entity, row.entity_id): row
        for row in conn.execute(
            select(r.entity, r.entity_id, r.office_id, r.version).where(
                tuple_(r.entity, r.entity_id).in_(
                    [(items[i].change.entity, items[i].change.entity_id) for i in seen]
                )
            )
        )
    }
    answers: dict[int, ItemResult] = {}
    for i in seen:
        c = items[i].change
        key_row = stored[(c.entity, c.entity_id, c.version)]
        if key_row.payload_hash == c.payload_hash:
            answers[i] = _result(
                items[i], ItemStatus.REPLAYED, server_version=key_row.server_version
            )
            continue
        record = current.get((c.entity, c.entity_id))
        if record is not None and record.office_id != office:
            answers[i] = _result(
                items[i], ItemStatus.REJECTED, code="office.forbidden",
                message="This record belongs to another office.",
            )  # fmt: skip
        else:
            answers[i] = _result(
                items[i], ItemStatus.CONFLICT,
                server_version=record.version if record is not None else 0,
                code="version.exists",
                message="The server holds a different version of this record.",
            )  # fmt: skip
    return answers


def _result(c: Checked, status: ItemStatus, **extra: object) -> ItemResult:
    return ItemResult(
        entity=c.change.entity,
        entity_id=c.change.entity_id,
        version=c.change.version,
        status=status,
        **extra,  # type: ignore[arg-type]
    )
