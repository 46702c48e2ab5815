"""Only a supervisor may revoke (and reissue) a certificate; a refusal changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from golonline_desktop.services.actor import Actor, Role
from golonline_desktop.services.certificates import CertificateService
from golonline_desktop.services.permissions import Permission, PermissionDeniedError
from golonline_desktop.storage.models import AuditEvent
from tests.factories import business_input


def test_a_petugas_cannot_revoke(app: Any) -> None:
    outcome = app.registration.register(business_input(1), confirm_warnings=True)
    assert outcome.saved
    supervisor = CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root)
    issued = supervisor.issue(outcome.business_id)
    petugas = Actor(app.actor.officer_id, app.actor.office_id, "Petugas", Role.PETUGAS)
    service = CertificateService(app.store, app.clock, petugas, app.regions, app.paths.root)
    with app.store.read() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))

    with pytest.raises(PermissionDeniedError) as refused:
        service.revoke_and_reissue(issued.id, "Nama salah")

    assert refused.value.permission is Permission.REVOKE_CERTIFICATE
    assert not service.get(issued.id).revoked
    with app.store.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
    replacement = supervisor.revoke_and_reissue(issued.id, "Nama salah")
    assert replacement.number != issued.number
