"""Applying changes the server sends back (edits made centrally, e.g. by a supervisor).

A central edit is applied only to a record this laptop has and has not edited since its
last confirmed push; when the officer has an unconfirmed edit of the same record, the
central one is kept as a conflict for the officer to decide, never silently overwritten
either way. Records this laptop does not have are only logged for now (their officer
and drive rows may not exist here). Echoes of our own pushes (version not newer than
ours, with no unconfirmed local edit) are skipped.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date
from sqlalchemy.orm import Session

from golonline_desktop import wire
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.models import Base, Business, RegistrationDrive
from golonline_desktop.storage.sync_state import has_local_edit, record_conflict
from golonline_desktop.storage.types import UtcDateTime

APPLIED_MODELS: dict[str, type[Base]] = {
    "business": Business,
    "registration_drive": RegistrationDrive,
}


class PullOutcome:
    APPLIED = "applied"
    SKIPPED = "skipped"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"


def _convert(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(column.type, UtcDateTime) and isinstance(value, str):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def _copyable_columns(model: type[Base]) -> list[Any]:
    """Plain data columns: not the key, not the version, not foreign keys (see module doc)."""
    table = model.__table__
    return [
        c
        for c in table.columns  # type: ignore[attr-defined]
        if not c.primary_key and not c.foreign_keys and c.name != "version"
    ]


def apply_server_change(session: Session, change: wire.ServerChange, at: datetime) -> str:
    model = APPLIED_MODELS.get(change.entity)
    if model is None:
        return PullOutcome.UNKNOWN
    row = session.get(model, change.entity_id)
    if row is None:
        return PullOutcome.UNKNOWN
    local_version: int = row.version  # type: ignore[attr-defined]
    if change.version < local_version:
        return PullOutcome.SKIPPED
    # The server never sends our own changes back, so the same version number with an
    # unconfirmed local edit is another laptop's edit of the same base: a conflict.
    if has_local_edit(session, change.entity, change.entity_id):
        record_conflict(
            session,
            at=at,
            entity=change.entity,
            entity_id=change.entity_id,
            local_version=local_version,
            server_version=change.version,
            server_payload=change.payload,
            source="pull",
            message="Changed on the server while this laptop has an unsent edit.",
        )
        return PullOutcome.CONFLICT
    if change.version == local_version:
        return PullOutcome.SKIPPED
    payload: dict[str, Any] = json.loads(change.payload)
    changed = []
    for column in _copyable_columns(model):
        if column.name in payload:
            value = _convert(column, payload[column.name])
            if getattr(row, column.key) != value:
                setattr(row, column.key, value)
                changed.append(column.name)
    if change.operation == wire.Operation.DELETE and hasattr(row, "deleted"):
        row.deleted = True  # type: ignore[attr-defined]
    row.version = change.version  # type: ignore[attr-defined]
    record_audit(
        session,
        at=at,
        officer_id=None,
        action="sync.pull_apply",
        entity=change.entity,
        entity_id=change.entity_id,
        details={"version": change.version, "changed": sorted(changed)},
    )
    return PullOutcome.APPLIED
