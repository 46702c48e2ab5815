"""Registration drives: the officer picks or creates one at the start of the day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.text import clean_text
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import RegistrationDrive
from golonline_desktop.storage.outbox import Operation, record_change

from .actor import Actor

ENTITY = "registration_drive"


@dataclass(frozen=True)
class Drive:
    id: str
    name: str
    drive_date: date
    region_code: str


class DriveService:
    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    def create(self, name: str, drive_date: date, region_code: str) -> Drive:
        name = clean_text(name)
        if not name or not region_code:
            raise ValueError("a drive needs a name and a place")
        now = self._clock.now()
        with self._store.write() as session:
            row = RegistrationDrive(
                id=new_id(),
                office_id=self._actor.office_id,
                officer_id=self._actor.officer_id,
                name=name[:200],
                drive_date=drive_date,
                region_code=region_code,
                created_at=now,
                updated_at=now,
                version=1,
                deleted=False,
            )
            session.add(row)
            session.flush()
            record_change(
                session,
                entity=ENTITY,
                entity_id=row.id,
                version=1,
                operation=Operation.UPSERT,
                payload={
                    "id": row.id,
                    "office_id": row.office_id,
                    "officer_id": row.officer_id,
                    "name": row.name,
                    "drive_date": row.drive_date,
                    "region_code": row.region_code,
                    "version": 1,
                    "deleted": False,
                },
                at=now,
            )
            record_audit(
                session,
                at=now,
                officer_id=self._actor.officer_id,
                action="drive.create",
                entity=ENTITY,
                entity_id=row.id,
            )
            return Drive(row.id, row.name, row.drive_date, row.region_code)

    def list(self) -> list[Drive]:
        with self._store.read() as session:
            rows = session.scalars(
                select(RegistrationDrive)
                .where(RegistrationDrive.deleted.is_(False))
                .order_by(RegistrationDrive.drive_date.desc(), RegistrationDrive.name)
            )
            return [Drive(r.id, r.name, r.drive_date, r.region_code) for r in rows]
