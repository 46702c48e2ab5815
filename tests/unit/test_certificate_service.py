"""CertificateService on a real data folder: numbers, signatures, outbox, audit, reprints."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from golonline_desktop.domain.certificate import CertificateNumber
from golonline_desktop.domain.device_code import (
    is_provisional_device_code,
    provisional_device_code,
)
from golonline_desktop.services.certificate_facts import CertificateRefusedError
from golonline_desktop.services.certificate_signing import (
    DeviceKey,
    Verdict,
    b64url_decode,
    parse_verification_url,
    verify,
)
from golonline_desktop.services.certificates import CertificateService
from golonline_desktop.services.device_identity import device_key
from golonline_desktop.services.enrollment import enroll_device
from golonline_desktop.storage.audit import history
from golonline_desktop.storage.certificate_models import Certificate, CertificateCounter
from golonline_desktop.storage.device_secrets import read_secrets, secrets_path
from golonline_desktop.storage.models import AuditEvent, OutboxEntry
from golonline_desktop.wire import EnrollRequest, EnrollResponse
from tests.factories import business_input


def _service(app) -> CertificateService:
    return CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root)


def _register(app, n: int) -> str:
    outcome = app.registration.register(business_input(n), confirm_warnings=True,
                                        duplicate_reason="uji")  # fmt: skip
    assert outcome.saved and outcome.business_id
    return outcome.business_id


@dataclass(frozen=True)
class _Entry:
    version: int
    payload: str


def _outbox(app, entity_id: str) -> list[_Entry]:
    with app.store.read() as session:
        rows = session.execute(
            select(OutboxEntry.version, OutboxEntry.payload)
            .where(OutboxEntry.entity == "certificate", OutboxEntry.entity_id == entity_id)
            .order_by(OutboxEntry.version)
        )
        return [_Entry(v, p) for v, p in rows]


def test_provisional_code_is_derived_from_the_key_and_never_a_server_code() -> None:
    key = DeviceKey.generate()
    code = provisional_device_code(key.public_key_bytes())
    assert code == provisional_device_code(key.public_key_bytes())
    assert is_provisional_device_code(code) and len(code) == 8 and code[0] == "L"
    assert not is_provisional_device_code("LABCDE")  # server codes have 6 characters
    other = provisional_device_code(DeviceKey.generate().public_key_bytes())
    assert other != code
    with pytest.raises(ValueError):
        provisional_device_code(b"short")


def test_device_key_is_made_once_and_kept(tmp_path: Path) -> None:
    results: list[bytes] = []

    def make() -> None:
        results.append(device_key(tmp_path).public_key_bytes())

    threads = [threading.Thread(target=make) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
    assert device_key(tmp_path).public_key_bytes() == results[0]
    assert (secrets_path(tmp_path).stat().st_mode & 0o777) == 0o600


def test_issue_signs_numbers_and_logs_in_one_transaction(app) -> None:
    service = _service(app)
    business_id = _register(app, 1)
    issued = service.issue(business_id)
    number = CertificateNumber.parse(issued.number)
    key = device_key(app.paths.root)
    assert number.office_code == "LOKAL"
    assert number.device_code == provisional_device_code(key.public_key_bytes())
    assert (number.year, number.sequence) == (2026, 1)

    cert = service.certificate_data(issued.id)
    assert cert.business_name == "Keripik Singkong Bu Sri 1"
    assert cert.nik_masked.startswith("3174") and "*" in cert.nik_masked
    assert cert.region_path[0] == "Kel. Tebet Timur" and cert.place == "Jakarta Selatan"
    link = parse_verification_url(issued.verify_url)
    assert link.number == number and verify(cert, link.signature, key.public_key_bytes())

    [entry] = _outbox(app, issued.id)
    payload = json.loads(entry.payload)
    assert payload["certificate"]["number"] == issued.number
    assert payload["revoked"] is False and payload["business_id"] == business_id
    assert verify(cert, b64url_decode(payload["signature"]), key.public_key_bytes())
    assert "3174015" not in entry.payload  # the full NIK never leaves in a certificate
    with app.store.read() as session:
        actions = [e.action for e in history(session, "certificate", issued.id)]
    assert actions == ["certificate.issue"]


def test_numbers_count_up_and_a_second_issue_is_refused(app) -> None:
    service = _service(app)
    first = service.issue(_register(app, 1))
    second_business = _register(app, 2)
    second = service.issue(second_business)
    assert CertificateNumber.parse(second.number).sequence == 2
    with pytest.raises(CertificateRefusedError) as refused:
        service.issue(second_business)
    assert refused.value.findings[0].code == "certificate.exists"
    assert first.number in {v.number for v in service.list()}


def test_a_failed_issue_spends_no_number(app) -> None:
    service = _service(app)
    bad = _register(app, 1)
    with app.store.write() as session:
        from golonline_desktop.storage.models import Business

        session.get(Business, bad).kbli_code = None
    with pytest.raises(CertificateRefusedError) as refused:
        service.issue(bad)
    assert refused.value.findings[0].code == "certificate.kbli_missing"
    issued = service.issue(_register(app, 2))
    assert CertificateNumber.parse(issued.number).sequence == 1


def test_counter_never_goes_below_stored_numbers(app) -> None:
    service = _service(app)
    service.issue(_register(app, 1))
    service.issue(_register(app, 2))
    with app.store.write() as session:  # a counter lost (e.g. an old backup's row)
        for row in session.scalars(select(CertificateCounter)):
            row.last_sequence = 0
    third = service.issue(_register(app, 3))
    assert CertificateNumber.parse(third.number).sequence == 3


def test_prints_are_counted_marked_and_audited(app) -> None:
    service = _service(app)
    issued = service.issue(_register(app, 1))
    first = service.render_pdf([issued.id])
    assert first.pages == ((issued.id, issued.number, 0),)
    assert b"Cetak ulang" not in first.pdf
    assert service.record_output([issued.id], channel="print", target="Kantor") == [0]
    again = service.reprint(issued.id)
    assert again.startswith(b"%PDF")
    assert service.get(issued.id).print_count == 2
    assert service.render_pdf([issued.id]).pages[0][2] == 2
    with app.store.read() as session:
        events = [(e.action, e.details) for e in history(session, "certificate", issued.id)]
    assert [action for action, _ in events] == [
        "certificate.issue",
        "certificate.print",
        "certificate.reprint",
    ]
    assert json.loads(events[2][1])["reprint"] == 1
    assert len(_outbox(app, issued.id)) == 1  # prints are local: nothing to sync


def test_revoke_and_reissue(app) -> None:
    service = _service(app)
    business_id = _register(app, 1)
    old = service.issue(business_id)
    with pytest.raises(CertificateRefusedError):
        service.revoke_and_reissue(old.id, "   ")
    new = service.revoke_and_reissue(old.id, "Nama usaha salah ketik")
    assert new.number != old.number and CertificateNumber.parse(new.number).sequence == 2
    views = {v.id: v for v in service.list()}
    assert views[old.id].revoked and views[old.id].replaced_by == new.number
    assert not views[new.id].revoked
    assert service.active_for(business_id).id == new.id  # type: ignore[union-attr]
    old_entries = _outbox(app, old.id)
    assert [e.version for e in old_entries] == [1, 2]
    payload = json.loads(old_entries[1].payload)
    assert payload["revoked"] is True and payload["replaced_by"] == new.number
    assert json.loads(_outbox(app, new.id)[0].payload)["replaces"] == old.number
    with pytest.raises(CertificateRefusedError):
        service.revoke_and_reissue(old.id, "lagi")
    with app.store.read() as session:
        actions = session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "certificate")).all()  # fmt: skip
    assert actions.count("certificate.revoke") == 1


def test_offline_verification(app) -> None:
    service = _service(app)
    issued = service.issue(_register(app, 1))
    verdict, view = service.verify_url(issued.verify_url)
    assert verdict is Verdict.VALID and view is not None and view.number == issued.number
    forged = issued.verify_url[:-3] + ("AAA" if not issued.verify_url.endswith("AAA") else "BBB")
    assert service.verify_url(forged)[0] is Verdict.BAD_SIGNATURE
    assert service.verify_url("https://x.example/nope")[0] is Verdict.MALFORMED


class _FakeEnroller:
    def __init__(self) -> None:
        self.requests: list[EnrollRequest] = []

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        self.requests.append(request)
        return EnrollResponse(device_id="d-1", device_code="ABC234", device_token="t",
                              office_code="JKT01", officer_name="Sri")  # fmt: skip

    def close(self) -> None:
        pass


def test_enrollment_keeps_the_key_and_switches_to_server_codes(app) -> None:
    service = _service(app)
    before = service.issue(_register(app, 1))
    key = device_key(app.paths.root)
    enroller = _FakeEnroller()
    enroll_device(
        app.store, app.paths.root, app.clock, server_url="http://127.0.0.1:1",
        username="sri", password="pw", device_name="laptop", connect=lambda _url: enroller,
    )  # fmt: skip
    sent = b64url_decode(enroller.requests[0].public_key)
    assert sent == key.public_key_bytes()
    secrets = read_secrets(secrets_path(app.paths.root))
    assert secrets is not None and secrets.device_id == "d-1"
    assert secrets.private_key == key.private_bytes()
    after = service.issue(_register(app, 2))
    number = CertificateNumber.parse(after.number)
    assert (number.office_code, number.device_code, number.sequence) == ("JKT01", "ABC234", 1)
    assert after.verify_url.startswith("http://127.0.0.1:1/v/")
    verdict, _ = service.verify_url(before.verify_url)  # the provisional one still checks
    assert verdict is Verdict.VALID


def test_issue_date_comes_from_the_clock(app) -> None:
    app.clock.advance(datetime(2027, 1, 2, tzinfo=UTC) - app.clock.now())
    issued = _service(app).issue(_register(app, 1))
    assert CertificateNumber.parse(issued.number).year == 2027
    with app.store.read() as session:
        issued_on = session.scalar(select(Certificate.issued_on).where(Certificate.id == issued.id))
    assert issued_on is not None and issued_on.isoformat() == "2027-01-02"
