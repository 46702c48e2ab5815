"""Certificates of other laptops of the office, learned from the pull feed, verified offline.

A second data folder plays the other laptop: it issues certificates with the real
services, and the changes this laptop pulls are built from its outbox payloads, the way
the server passes them on (``golonline_server.sync.changes_since``). Device changes carry
what ``golonline_server.accounts._log_device`` puts in the feed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from golonline_desktop import wire
from golonline_desktop.domain.certificate import CertificateNumber, is_masked_nik, mask_nik
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.certificate_signing import Verdict, b64url_encode
from golonline_desktop.services.certificates import CertificateService, IssuedCertificate
from golonline_desktop.services.device_identity import device_key
from golonline_desktop.services.enrollment import enroll_device
from golonline_desktop.services.sync_pull import PullOutcome, apply_server_change
from golonline_desktop.storage.certificate_models import KnownDevice, PeerCertificate
from golonline_desktop.storage.models import OutboxEntry
from golonline_desktop.storage.sync_state import SyncLogEntry
from golonline_desktop.wire import EnrollRequest, EnrollResponse
from tests.factories import business_input

OTHER_DEVICE_ID = "0193a000-0000-7000-8000-00000000d002"
OTHER_CODE = "SEC234"


class _FakeEnroller:
    def __init__(self, device_id: str, device_code: str) -> None:
        self._answer = EnrollResponse(device_id=device_id, device_code=device_code,
                                      device_token="t", office_code="JKT01",
                                      officer_name="Sri")  # fmt: skip

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        return self._answer

    def close(self) -> None:
        pass


def _enroll(app: App, device_id: str, device_code: str) -> None:
    enroller = _FakeEnroller(device_id, device_code)
    enroll_device(
        app.store, app.paths.root, app.clock, server_url="http://127.0.0.1:1",
        username="sri", password="pw", device_name="laptop", connect=lambda _url: enroller,
    )  # fmt: skip


def _service(app: App) -> CertificateService:
    return CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root)


def _issue(app: App, n: int) -> IssuedCertificate:
    outcome = app.registration.register(business_input(n), confirm_warnings=True,
                                        duplicate_reason="uji")  # fmt: skip
    assert outcome.saved and outcome.business_id
    return _service(app).issue(outcome.business_id)


def _pulled(app: App, certificate_id: str, version: int | None = None) -> wire.ServerChange:
    """The change the server passes on: the other laptop's outbox payload, as pushed."""
    with app.store.read() as session:
        query = select(OutboxEntry).where(
            OutboxEntry.entity == "certificate", OutboxEntry.entity_id == certificate_id
        )
        entries = {e.version: (e.operation, e.payload) for e in session.scalars(query)}
    chosen = version if version is not None else max(entries)
    operation, payload = entries[chosen]
    return wire.ServerChange(entity="certificate", entity_id=certificate_id, version=chosen,
                             operation=wire.Operation(operation), payload=payload)  # fmt: skip


def _device_change(app: App, *, revoked: bool = False, code: str = OTHER_CODE,
                   device_id: str = OTHER_DEVICE_ID) -> wire.ServerChange:  # fmt: skip
    version = 2 if revoked else 1
    payload = {
        "id": device_id,
        "device_code": code,
        "name": "Laptop kedua",
        "officer_id": "0193a000-0000-7000-8000-0000000000f1",
        "public_key": b64url_encode(device_key(app.paths.root).public_key_bytes()),
        "revoked": revoked,
        "version": version,
    }
    return wire.ServerChange(
        entity="device", entity_id=device_id, version=version,
        operation=wire.Operation.DELETE if revoked else wire.Operation.UPSERT,
        payload=json.dumps(payload, sort_keys=True, separators=(",", ":")),
    )  # fmt: skip


def _apply(app: App, change: wire.ServerChange) -> str:
    with app.store.write() as session:
        return apply_server_change(session, change, app.clock.now())


@pytest.fixture
def other(tmp_path: Path, clock, regions) -> Iterator[App]:
    """The second laptop of the office, enrolled, with its own data folder and key."""
    second = open_app(DataPaths(tmp_path / "second").ensure(), clock, regions)
    _enroll(second, OTHER_DEVICE_ID, OTHER_CODE)
    yield second
    second.close()


def test_a_certificate_of_another_laptop_verifies_offline_once_its_key_is_known(
    app: App, other: App
) -> None:
    issued = _issue(other, 1)
    assert CertificateNumber.parse(issued.number).device_code == OTHER_CODE
    service = _service(app)
    assert service.verify_url(issued.verify_url) == (Verdict.UNKNOWN_DEVICE, None)

    assert _apply(app, _pulled(other, issued.id)) == PullOutcome.APPLIED
    # the certificate is known but not the key that signed it: only the server can tell
    assert service.verify_url(issued.verify_url) == (Verdict.UNKNOWN_DEVICE, None)

    assert _apply(app, _device_change(other)) == PullOutcome.APPLIED
    verdict, view = service.verify_url(issued.verify_url)
    assert verdict is Verdict.VALID and view is not None
    assert view.number == issued.number and not view.issued_here
    assert view.business_name == "Keripik Singkong Bu Sri 1"
    assert not view.revoked and not view.device_revoked
    assert view.region.startswith("Kel. Tebet Timur")

    tampered = issued.verify_url[:-3] + ("AAA" if not issued.verify_url.endswith("AAA") else "BBB")
    assert service.verify_url(tampered) == (Verdict.BAD_SIGNATURE, None)


def test_the_peer_certificate_keeps_the_signed_fields_with_a_masked_nik_only(
    app: App, other: App
) -> None:
    issued = _issue(other, 1)
    _apply(app, _pulled(other, issued.id))
    nik = business_input(1).nik
    with app.store.read() as session:
        row = session.get(PeerCertificate, issued.number)
        assert row is not None
        fields = json.loads(row.canonical)
        stored = " ".join(str(v) for v in (row.canonical, row.signature, row.replaced_by))
        assert row.certificate_id == issued.id and row.device_code == OTHER_CODE
    assert fields["nik_masked"] == mask_nik(nik) and is_masked_nik(fields["nik_masked"])
    assert nik not in stored and nik[:12] not in stored  # never the full NIK, nor its date


def test_an_unmasked_nik_in_a_pulled_certificate_is_refused(app: App, other: App) -> None:
    issued = _issue(other, 1)
    change = _pulled(other, issued.id)
    payload = json.loads(change.payload)
    payload["certificate"]["nik_masked"] = business_input(1).nik
    forged = change.model_copy(update={"payload": json.dumps(payload)})
    assert _apply(app, forged) == PullOutcome.UNKNOWN
    with app.store.read() as session:
        assert session.scalar(select(func.count()).select_from(PeerCertificate)) == 0
        logged = session.scalars(select(SyncLogEntry.message)).all()
    assert any("GOCERT/1" in m and issued.id in m for m in logged)


def test_a_revoked_certificate_and_a_revoked_device_show_as_such(app: App, other: App) -> None:
    issued = _issue(other, 1)
    _apply(app, _pulled(other, issued.id))
    _apply(app, _device_change(other))
    replacement = _service(other).revoke_and_reissue(issued.id, "nama usaha salah")

    assert _apply(app, _pulled(other, issued.id)) == PullOutcome.APPLIED  # version 2
    assert _apply(app, _pulled(other, issued.id, version=1)) == PullOutcome.SKIPPED
    service = _service(app)
    verdict, view = service.verify_url(issued.verify_url)
    assert verdict is Verdict.VALID and view is not None
    assert view.revoked and view.replaced_by == replacement.number

    assert _apply(app, _device_change(other, revoked=True)) == PullOutcome.APPLIED
    assert _apply(app, _device_change(other)) == PullOutcome.SKIPPED  # revocation is final
    with app.store.read() as session:
        known = session.get(KnownDevice, OTHER_CODE)
        assert known is not None and known.revoked and known.public_key
    _apply(app, _pulled(other, replacement.id))
    verdict, view = service.verify_url(replacement.verify_url)
    assert verdict is Verdict.VALID and view is not None  # the key still checks
    assert view.device_revoked and not view.revoked


def test_a_certificate_numbered_before_enrollment_checks_with_the_provisional_code(
    app: App, tmp_path: Path, clock, regions
) -> None:
    second = open_app(DataPaths(tmp_path / "third").ensure(), clock, regions)
    try:
        offline = _issue(second, 1)  # provisional device code, derived from the key
        _enroll(second, OTHER_DEVICE_ID, OTHER_CODE)
        _apply(app, _pulled(second, offline.id))
        _apply(app, _device_change(second))
    finally:
        second.close()
    verdict, view = _service(app).verify_url(offline.verify_url)
    assert CertificateNumber.parse(offline.number).device_code != OTHER_CODE
    assert verdict is Verdict.VALID and view is not None and view.number == offline.number


def test_this_laptops_own_device_and_certificates_are_skipped(app: App) -> None:
    issued = _issue(app, 1)
    _enroll(app, "0193a000-0000-7000-8000-00000000d001", "OWN234")
    own = _device_change(app, code="OWN234", device_id="0193a000-0000-7000-8000-00000000d001")
    assert _apply(app, own) == PullOutcome.SKIPPED
    assert _apply(app, _pulled(app, issued.id)) == PullOutcome.SKIPPED
    with app.store.read() as session:
        assert session.scalar(select(func.count()).select_from(KnownDevice)) == 0
        assert session.scalar(select(func.count()).select_from(PeerCertificate)) == 0
    verdict, view = _service(app).verify_url(issued.verify_url)
    assert verdict is Verdict.VALID and view is not None and view.issued_here
