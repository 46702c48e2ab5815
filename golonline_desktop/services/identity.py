"""The office and officer this laptop works for.

Until officer accounts exist (first-run wizard, logins), a fresh data folder gets one
local office and one officer so every change is attributed from the first save on.
"""

from __future__ import annotations

from sqlalchemy import select

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.ids import new_id
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Office, Officer

from .actor import Actor, Role

LOCAL_OFFICE_CODE = "LOKAL"
DEFAULT_OFFICER_NAME = "Petugas Lapangan"


def ensure_local_actor(store: Store, clock: Clock) -> Actor:
    """The first officer of the first office, creating both on a fresh database."""
    with store.write() as session:
        officer = session.scalars(select(Officer).order_by(Officer.created_at).limit(1)).first()
        if officer is not None:
            return Actor(officer.id, officer.office_id, officer.name, Role(officer.role))
        now = clock.now()
        office = Office(id=new_id(), code=LOCAL_OFFICE_CODE, name="Kantor Lokal", created_at=now)
        officer = Officer(
            id=new_id(),
            office_id=office.id,
            name=DEFAULT_OFFICER_NAME,
            role=Role.SUPERVISOR.value,
            created_at=now,
        )
        session.add_all([office, officer])
        session.flush()
        record_audit(
            session,
            at=now,
            officer_id=officer.id,
            action="setup.local_identity",
            entity="office",
            entity_id=office.id,
        )
        return Actor(officer.id, office.id, officer.name, Role.SUPERVISOR)
