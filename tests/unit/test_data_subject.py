"""Data subject requests: a person's data exported in full, or anonymised everywhere it syncs."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from golonline_desktop.domain.nik import check_nik
from golonline_desktop.services.actor import Actor, Role
from golonline_desktop.services.certificates import CertificateService
from golonline_desktop.services.data_subject import (
    ANONYMISED_NIK,
    REVOKE_REASON,
    DataSubjectService,
    NoSuchPersonError,
    export_file_name,
)
from golonline_desktop.services.drafts import DraftService
from golonline_desktop.services.permissions import PermissionDeniedError
from golonline_desktop.services.products import build_product_services
from golonline_desktop.storage.audit import verify_chain
from golonline_desktop.storage.certificate_models import Certificate
from golonline_desktop.storage.models import AuditEvent, Business, Draft, OutboxEntry
from tests.factories import business_input, nik_for
from tests.product_factories import photo_bytes, product_input


@dataclass(frozen=True)
class Person:
    nik: str
    businesses: tuple[str, ...]
    other: str  # a business of someone else
    certificate: str  # number
    photo: str  # sha256


def _register(app: Any, n: int, **overrides: object) -> str:
    outcome = app.registration.register(
        business_input(n, **overrides), confirm_warnings=True, duplicate_reason="uji"
    )
    assert outcome.saved and outcome.business_id
    return outcome.business_id


@pytest.fixture
def person(app: Any) -> Person:
    nik = nik_for(1)
    first = _register(app, 1)
    second = _register(app, 2, nik=nik, business_name="Warung Kopi Bu Sri")
    other = _register(app, 3)
    products = build_product_services(app)
    facts = products.pipeline.process_bytes(photo_bytes(1), "1.jpg").facts
    assert products.products.create(first, product_input(1, (facts,))).saved
    certificates = CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root)
    issued = certificates.issue(first)
    DraftService(app.store, app.clock, app.actor).save("business", second, 1, {"nik": nik})
    return Person(nik, (first, second), other, issued.number, facts.sha256)


def _service(app: Any, role: Role = Role.SUPERVISOR) -> DataSubjectService:
    actor = Actor(app.actor.officer_id, app.actor.office_id, app.actor.name, role)
    return DataSubjectService(app.store, app.clock, actor)


def _count(app: Any, model: type) -> int:
    with app.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_export_holds_everything_about_the_person(app: Any, person: Person) -> None:
    export = _service(app).export(person.nik.replace("1", "1 ", 1))  # spaces as typed

    assert set(export.business_ids) == set(person.businesses)
    data = json.loads(export.json_text)
    assert data["nik"] == person.nik
    by_id = {b["id"]: b for b in data["businesses"]}
    first = by_id[person.businesses[0]]
    assert first["nik"] == person.nik and first["owner_name"] == "Sri Rahayu"  # unmasked
    assert first["phone"] and first["email"] and first["owner_birth_date"] == "1990-05-15"
    assert [p["photos"] for p in first["products"]] == [[person.photo]]
    assert [c["number"] for c in first["certificates"]] == [person.certificate]
    actions = [h["action"] for h in first["history"]]
    assert "business.create" in actions and "product.create" in actions
    assert "certificate.issue" in actions
    assert by_id[person.businesses[1]]["business_name"] == "Warung Kopi Bu Sri"
    assert person.other not in by_id

    assert "Warung Kopi Bu Sri" in export.summary and person.nik in export.summary
    assert person.certificate in export.summary
    assert person.nik not in export_file_name(export)
    with app.store.read() as session:
        logged = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "subject.export")
        ).one()
    assert person.nik not in logged and json.loads(logged)["nik"] == "3174********0002"


def test_summary_is_translated(app: Any, person: Person) -> None:
    def shout(context: str, text: str) -> str:
        assert context == "DataSubject"
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).upper(), text)

    def broken(context: str, text: str) -> str:
        return text.replace("{", "{x")

    summary = _service(app).export(person.nik, shout).summary
    assert summary.startswith(f"PERSONAL DATA HELD ON THIS LAPTOP FOR NIK {person.nik}")
    assert "BUSINESS: Warung Kopi Bu Sri (REGISTERED " in summary
    fallback = _service(app).export(person.nik, broken).summary
    assert fallback.startswith(f"Personal data held on this laptop for NIK {person.nik}")


def test_a_petugas_is_refused_and_nothing_changes(app: Any, person: Person) -> None:
    service = _service(app, Role.PETUGAS)
    before = (_count(app, AuditEvent), _count(app, OutboxEntry))
    with pytest.raises(PermissionDeniedError):
        service.export(person.nik)
    with pytest.raises(PermissionDeniedError):
        service.anonymise(person.nik)
    assert (_count(app, AuditEvent), _count(app, OutboxEntry)) == before
    assert app.registration.get(person.businesses[0]).fields.nik == person.nik


def test_unknown_nik(app: Any, person: Person) -> None:
    with pytest.raises(NoSuchPersonError):
        _service(app).export(nik_for(77))
    with pytest.raises(NoSuchPersonError):
        _service(app).anonymise(ANONYMISED_NIK)  # the marker is nobody


def test_anonymise_erases_syncs_revokes_and_logs(app: Any, person: Person) -> None:
    versions = {b: app.registration.get(b).version for b in person.businesses}

    outcome = _service(app).anonymise(person.nik, request_note="surat 12/2026")

    assert set(outcome.business_ids) == set(person.businesses)
    assert outcome.revoked_certificates == (person.certificate,)
    with app.store.read() as session:
        for business_id in person.businesses:
            row = session.get(Business, business_id)
            assert row is not None and row.version == versions[business_id] + 1
            assert row.nik == ANONYMISED_NIK and row.owner_name == "(dianonimkan)"
            assert (row.owner_birth_date, row.owner_sex, row.phone) == (None, None, None)
            assert (row.email, row.address_line, row.duplicate_reason) == (None, None, None)
            assert row.business_name  # the business itself stays
            entry = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.entity_id == business_id)
                .order_by(OutboxEntry.version.desc())
            ).first()
            assert entry is not None and entry.state == "pending"
            payload = json.loads(entry.payload)
            assert payload["anonymised"] is True and payload["nik"] == ANONYMISED_NIK
            assert payload["version"] == row.version and payload["phone"] is None
            assert person.nik not in entry.payload
        other = session.get(Business, person.other)
        assert other is not None and other.nik == nik_for(3) and other.phone
        cert = session.scalars(select(Certificate)).one()
        assert cert.revoked and cert.revoke_reason == REVOKE_REASON and cert.version == 2
        cert_entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity_id == cert.id, OutboxEntry.version == 2)
        ).one()
        assert json.loads(cert_entry.payload)["revoked"] is True
        anonymised = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "business.anonymise")
        ).all()
        assert len(anonymised) == 2 and all(person.nik not in d for d in anonymised)
        assert json.loads(anonymised[0])["note"] == "surat 12/2026"
        assert session.scalar(select(func.count()).select_from(Draft)) == 0
        assert verify_chain(session).ok
    assert not check_nik(ANONYMISED_NIK).ok  # the marker can never pass as a NIK
    with pytest.raises(NoSuchPersonError):
        _service(app).export(person.nik)  # nothing is left under that NIK
