"""Drafts: what the officer typed into a form and has not saved yet.

A form writes its content here on every change (debounced by the form), so a killed
process or a power cut loses at most the last few keystrokes. One row per (kind,
entity_id): saving again replaces it. The content is plain JSON of the fields as typed,
never validated, because an unfinished form is exactly what a draft is for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from golonline_desktop.domain.clock import Clock
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Draft

from .actor import Actor


@dataclass(frozen=True)
class DraftRecord:
    kind: str
    entity_id: str
    base_version: int | None  # version of the record being edited; None for a new one
    content: dict[str, Any]
    updated_at: datetime


def _record(row: Draft) -> DraftRecord:
    try:
        content = json.loads(row.content)
    except ValueError:
        content = {}
    return DraftRecord(
        row.kind,
        row.entity_id,
        row.base_version,
        content if isinstance(content, dict) else {},
        row.updated_at,
    )


class DraftService:
    """Save, find and drop drafts of the current officer."""

    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    def save(
        self, kind: str, entity_id: str, base_version: int | None, content: dict[str, Any]
    ) -> None:
        """Write (or replace) the draft in one small transaction."""
        text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
        now = self._clock.now()
        with self._store.write() as session:
            row = session.scalars(
                select(Draft).where(Draft.kind == kind, Draft.entity_id == entity_id)
            ).first()
            if row is None:
                session.add(
                    Draft(
                        kind=kind,
                        entity_id=entity_id,
                        base_version=base_version,
                        officer_id=self._actor.officer_id,
                        content=text,
                        updated_at=now,
                    )
                )
            else:
                row.base_version = base_version
                row.officer_id = self._actor.officer_id
                row.content = text
                row.updated_at = now

    def get(self, kind: str, entity_id: str) -> DraftRecord | None:
        with self._store.read() as session:
            row = session.scalars(
                select(Draft).where(Draft.kind == kind, Draft.entity_id == entity_id)
            ).first()
            return _record(row) if row is not None else None

    def latest(self, kind: str) -> DraftRecord | None:
        """The officer's most recently written draft of this kind (None when there is none)."""
        with self._store.read() as session:
            row = session.scalars(
                select(Draft)
                .where(Draft.kind == kind, Draft.officer_id == self._actor.officer_id)
                .order_by(Draft.updated_at.desc(), Draft.id.desc())
                .limit(1)
            ).first()
            return _record(row) if row is not None else None

    def discard(self, kind: str, entity_id: str) -> None:
        with self._store.write() as session:
            session.execute(delete(Draft).where(Draft.kind == kind, Draft.entity_id == entity_id))
