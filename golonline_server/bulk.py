"""The fast path of a push: a whole batch in a handful of statements.

Round trips, not the database, bound a per-item apply (five statements per record with
its SAVEPOINT). When every checked change in a batch touches a different record — the
usual case — the keys go in with one multi-row ``INSERT ... ON CONFLICT DO NOTHING
RETURNING``, new records with another, edits with one compare-and-set ``UPDATE`` each, and
the change log with one multi-row insert, all under a single SAVEPOINT. The same unique
keys decide as in the per-item path. If any compare-and-set fails, the SAVEPOINT is
rolled back and the caller applies the batch item by item, which explains each refusal.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert, select, tuple_, update

from golonline_desktop.wire import ItemResult, ItemStatus

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
    office = device.office_id
    dialect = conn.dialect.name
    k = m.applied_change.c
    inserted_rows = conn.execute(
        insert_ignore(m.applied_change, dialect).returning(k.entity, k.entity_id, k.version),
        [
            {
                "office_id": office,
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
    inserted = {(r.entity, r.entity_id, r.version) for r in inserted_rows}
    fresh = [
        i for i, c in enumerate(items)
        if (c.change.entity, c.change.entity_id, c.change.version) in inserted
    ]  # fmt: skip
    fresh_set = set(fresh)
    seen = [i for i in range(len(items)) if i not in fresh_set]

    def values(c: Checked) -> dict[str, object]:
        return {
            "office_id": office,
            "version": c.change.version,
            "operation": c.change.operation.value,
            "payload": c.change.payload,
            "payload_hash": c.change.payload_hash,
            "device_id": device.id,
            "updated_at": now,
        }

    new = [items[i] for i in fresh if items[i].change.base_version == 0]
    if new:
        r = m.record.c
        created = conn.execute(
            insert_ignore(m.record, dialect).returning(r.entity_id),
            [{"entity": c.change.entity, "entity_id": c.change.entity_id, **values(c)}
             for c in new],
        ).all()  # fmt: skip
        if len(created) != len(new):
            raise _FallbackError
    for i in fresh:
        c = items[i]
        if c.change.base_version == 0:
            continue
        r = m.record.c
        done = conn.execute(
            update(m.record)
            .where(
                r.entity == c.change.entity,
                r.entity_id == c.change.entity_id,
                r.office_id == office,
                r.version == c.change.base_version,
            )
            .values(**values(c))
        )
        if done.rowcount != 1:
            raise _FallbackError
    if fresh:
        conn.execute(
            insert(m.change_log),
            [
                {
                    "office_id": office,
                    "entity": items[i].change.entity,
                    "entity_id": items[i].change.entity_id,
                    "version": items[i].change.version,
                    "operation": items[i].change.operation.value,
                    "payload": items[i].change.payload,
                    "source_device_id": device.id,
                    "created_at": now,
                }
                for i in fresh
            ],
        )
    results: dict[int, ItemResult] = {
        i: _result(items[i], ItemStatus.APPLIED, server_version=items[i].change.version)
        for i in fresh
    }
    if seen:
        results.update(_answer_seen(conn, device, items, seen))
    return results


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
