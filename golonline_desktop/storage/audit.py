"""The append-only audit log: who did what, when. Written in the same transaction as the act."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import AuditEvent


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
    event = AuditEvent(
        at=at,
        officer_id=officer_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
        if details
        else None,
    )
    session.add(event)
    return event


def history(session: Session, entity: str, entity_id: str) -> list[AuditEvent]:
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id)
    )
    return list(session.scalars(stmt))
