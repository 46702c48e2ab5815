"""The statements of the bulk apply on PostgreSQL: one binary array per column.

A multi-row ``VALUES`` list of 500 rows has 4,500 placeholders, and turning that text into
a query cost more than the database took to run it. Here every statement has the same few
parameters whatever the batch size (psycopg prepares it after a few pushes), each column
travels as one array in PostgreSQL's binary format (``%(name)b``: no quoting or escaping
of the payloads, which a text array or a JSON document needs on both sides — half the
time per statement here), and ``unnest`` turns the arrays back into rows.

The keys and compare-and-sets are those of the portable statements in ``bulk``:
``ON CONFLICT DO NOTHING`` on the idempotency key and on the record, and an ``UPDATE``
that only moves a record of this office still at its base version.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from golonline_desktop.wire import Change, ItemStatus

# Driver-level SQL (psycopg placeholders): %(name)s for scalars, %(name)b for arrays.
_INSERT_KEYS = """
INSERT INTO applied_change
    (office_id, entity, entity_id, version, payload_hash, device_id, status,
     server_version, applied_at)
SELECT %(office)s, k.entity, k.entity_id, k.version, k.payload_hash, %(device)s, %(status)s,
       k.version, %(now)s
FROM unnest(CAST(%(entity)b AS text[]), CAST(%(entity_id)b AS text[]),
            CAST(%(version)b AS bigint[]), CAST(%(payload_hash)b AS text[]))
     AS k(entity, entity_id, version, payload_hash)
ON CONFLICT DO NOTHING
RETURNING entity, entity_id, version
"""

_INSERT_RECORDS = """
INSERT INTO record
    (entity, entity_id, office_id, version, operation, payload, payload_hash, device_id,
     updated_at)
SELECT r.entity, r.entity_id, %(office)s, r.version, r.operation, r.payload, r.payload_hash,
       %(device)s, %(now)s
FROM unnest(CAST(%(entity)b AS text[]), CAST(%(entity_id)b AS text[]),
            CAST(%(version)b AS bigint[]), CAST(%(operation)b AS text[]),
            CAST(%(payload)b AS text[]), CAST(%(payload_hash)b AS text[]))
     AS r(entity, entity_id, version, operation, payload, payload_hash)
ON CONFLICT DO NOTHING
RETURNING entity_id
"""

_UPDATE_RECORDS = """
UPDATE record AS r
SET office_id = %(office)s, version = v.version, operation = v.operation,
    payload = v.payload, payload_hash = v.payload_hash, device_id = %(device)s,
    updated_at = %(now)s
FROM unnest(CAST(%(entity)b AS text[]), CAST(%(entity_id)b AS text[]),
            CAST(%(base_version)b AS bigint[]), CAST(%(version)b AS bigint[]),
            CAST(%(operation)b AS text[]), CAST(%(payload)b AS text[]),
            CAST(%(payload_hash)b AS text[]))
     AS v(entity, entity_id, base_version, version, operation, payload, payload_hash)
WHERE r.entity = v.entity AND r.entity_id = v.entity_id
  AND r.office_id = %(office)s AND r.version = v.base_version
RETURNING r.entity_id
"""

# WITH ORDINALITY ... ORDER BY: the log's seq follows the batch order, as the pull expects.
_APPEND_LOG = """
INSERT INTO change_log
    (office_id, entity, entity_id, version, operation, payload, source_device_id, created_at)
SELECT %(office)s, l.entity, l.entity_id, l.version, l.operation, l.payload, %(device)s,
       %(now)s
FROM unnest(CAST(%(entity)b AS text[]), CAST(%(entity_id)b AS text[]),
            CAST(%(version)b AS bigint[]), CAST(%(operation)b AS text[]),
            CAST(%(payload)b AS text[]))
     WITH ORDINALITY AS l(entity, entity_id, version, operation, payload, position)
ORDER BY l.position
"""


def _columns(changes: list[Change], *names: str) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in names}
    for change in changes:
        for name, values in columns.items():
            value = getattr(change, name)
            values.append(value.value if name == "operation" else value)
    return columns


_RECORD = ("entity", "entity_id", "version", "operation", "payload", "payload_hash")


def _params(office_id: str, device_id: str, now: datetime) -> dict[str, Any]:
    return {"office": office_id, "device": device_id, "now": now}


def insert_keys(
    conn: Connection, office_id: str, device_id: str, changes: list[Change], now: datetime
) -> set[tuple[str, str, int]]:
    """Insert the idempotency keys; returns the keys this statement inserted."""
    if not changes:
        return set()
    params = _params(office_id, device_id, now)
    params["status"] = ItemStatus.APPLIED.value
    params.update(_columns(changes, "entity", "entity_id", "version", "payload_hash"))
    rows = conn.exec_driver_sql(_INSERT_KEYS, params)
    return {(r.entity, r.entity_id, r.version) for r in rows}


def insert_records(
    conn: Connection, office_id: str, device_id: str, changes: list[Change], now: datetime
) -> int:
    """Create records that do not exist yet; returns how many were created."""
    if not changes:
        return 0
    params = {**_params(office_id, device_id, now), **_columns(changes, *_RECORD)}
    return len(conn.exec_driver_sql(_INSERT_RECORDS, params).all())


def update_records(
    conn: Connection, office_id: str, device_id: str, changes: list[Change], now: datetime
) -> int:
    """Compare-and-set each record from its base version; returns how many moved.

    The changes name distinct records, so each joins at most one row.
    """
    if not changes:
        return 0
    params = _params(office_id, device_id, now)
    params.update(_columns(changes, "base_version", *_RECORD))
    return len(conn.exec_driver_sql(_UPDATE_RECORDS, params).all())


def append_log(
    conn: Connection, office_id: str, device_id: str, changes: list[Change], now: datetime
) -> None:
    """Append the applied changes to the office's change log, in batch order."""
    if not changes:
        return
    params = _params(office_id, device_id, now)
    params.update(_columns(changes, "entity", "entity_id", "version", "operation", "payload"))
    conn.exec_driver_sql(_APPEND_LOG, params)
