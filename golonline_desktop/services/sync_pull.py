"""Applying changes the server sends back (edits made centrally, e.g. by a supervisor).

A central edit is applied only to a record this laptop has and has not edited since its
last confirmed push; when the officer has an unconfirmed edit of the same record, the
central one is kept as a conflict for the officer to decide (``services.sync_conflicts``),
never silently overwritten either way. Echoes of our own pushes (version not newer than
ours, with no unconfirmed local edit) are skipped.

A business or drive this laptop does not have (made on another laptop or centrally) is
created from the payload, at the server's version and with no outbox entry (the server
has it already), when every foreign key resolves here: the officers (``created_by``,
``updated_by``, a drive's ``officer_id``), the office, and the drive. A foreign key may be
left empty only when the payload itself has none: emptying a drive link the server has
would be pushed back by the next local edit and cut the link there too. Otherwise the
change stays ``UNKNOWN`` and the reason goes to the sync log (``sync.pull_unknown``).
Times a payload lacks (a drive's ``created_at``/``updated_at``) become the time it was
received; any other required field missing also keeps the change ``UNKNOWN``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, select
from sqlalchemy.orm import Session

from golonline_desktop import wire
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.models import Base, Business, RegistrationDrive
from golonline_desktop.storage.sync_state import add_log, has_local_edit, record_conflict
from golonline_desktop.storage.types import UtcDateTime

APPLIED_MODELS: dict[str, type[Base]] = {
    "business": Business,
    "registration_drive": RegistrationDrive,
}
UNKNOWN_LOG_CODE = "sync.pull_unknown"
RECEIVED_AT_COLUMNS = frozenset({"created_at", "updated_at"})


class PullOutcome:
    APPLIED = "applied"
    SKIPPED = "skipped"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"


class _UnusableError(ValueError):
    """Why a payload cannot become a local record (English; goes to the sync log)."""


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


def _foreign_key_columns(model: type[Base]) -> list[Any]:
    return [c for c in model.__table__.columns if c.foreign_keys]  # type: ignore[attr-defined]


def resolves_locally(session: Session, column: Any, value: Any) -> bool:
    """Whether the row a foreign key ``column`` points to with ``value`` exists here."""
    target = next(iter(column.foreign_keys)).column
    return session.execute(select(target).where(target == value).limit(1)).first() is not None


def copy_payload(
    session: Session, model: type[Base], row: Any, payload: dict[str, Any]
) -> list[str]:
    """Copy a server payload onto an existing local row; returns the columns changed.

    Plain columns are copied; a foreign key only when its target exists on this laptop
    (an officer or drive unknown here keeps the local value). The version is the caller's.
    """
    changed = []
    for column in _copyable_columns(model):
        if column.name in payload:
            value = _convert(column, payload[column.name])
            if getattr(row, column.key) != value:
                setattr(row, column.key, value)
                changed.append(column.name)
    for column in _foreign_key_columns(model):
        value = payload.get(column.name)
        if column.name not in payload or getattr(row, column.key) == value:
            continue
        if value is None and not column.nullable:
            continue
        if value is None or resolves_locally(session, column, value):
            setattr(row, column.key, value)
            changed.append(column.name)
    return changed


def _new_row(session: Session, model: type[Base], change: wire.ServerChange, at: datetime) -> Base:
    """The local row for a record this laptop does not have, or ``_UnusableError`` saying why."""
    try:
        payload = json.loads(change.payload)
    except (TypeError, ValueError) as exc:
        raise _UnusableError("the payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise _UnusableError("the payload is not an object")
    if payload.get("id", change.entity_id) != change.entity_id:
        raise _UnusableError("the payload names another id")
    values: dict[str, Any] = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.primary_key:
            values[column.key] = change.entity_id
            continue
        if column.name == "version":
            values[column.key] = change.version
            continue
        try:
            value = _convert(column, payload.get(column.name))
        except (TypeError, ValueError) as exc:
            raise _UnusableError(f"{column.name} has an unreadable value") from exc
        if value is None and column.name in RECEIVED_AT_COLUMNS:
            value = at  # a drive's payload has no times: when it reached this laptop
        if value is None:
            if column.nullable or column.default is not None:
                continue  # empty, or the column's default (e.g. deleted = False)
            raise _UnusableError(f"{column.name} is missing")
        if column.foreign_keys and not resolves_locally(session, column, value):
            raise _UnusableError(f"{column.name} {value} is not on this laptop")
        values[column.key] = value
    if change.operation == wire.Operation.DELETE and "deleted" in model.__table__.columns:  # type: ignore[attr-defined]
        values["deleted"] = True
    return model(**values)


def _create(session: Session, model: type[Base], change: wire.ServerChange, at: datetime) -> str:
    try:
        row = _new_row(session, model, change, at)
    except _UnusableError as why:
        add_log(
            session,
            at=at,
            level="warning",
            code=UNKNOWN_LOG_CODE,
            message=(
                f"{change.entity} {change.entity_id} version {change.version} from the server "
                f"was not added to this laptop: {why}."
            ),
        )
        return PullOutcome.UNKNOWN
    session.add(row)
    session.flush()
    record_audit(
        session,
        at=at,
        officer_id=None,
        action="sync.pull_create",
        entity=change.entity,
        entity_id=change.entity_id,
        details={"version": change.version},
    )
    return PullOutcome.APPLIED


def apply_server_change(session: Session, change: wire.ServerChange, at: datetime) -> str:
    model = APPLIED_MODELS.get(change.entity)
    if model is None:
        return PullOutcome.UNKNOWN
    row = session.get(model, change.entity_id)
    if row is None:
        return _create(session, model, change, at)
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
    changed = copy_payload(session, model, row, payload)
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
