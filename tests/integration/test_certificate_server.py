"""A certificate from issue to a phone's scan: PDF -> QR -> URL -> the running server's page.

The laptop issues one certificate before it is enrolled (provisional device code) and one
after; sync pushes both; the server checks each signature against the key registered at
enrollment; the page the QR opens says SAH, a tampered signature TIDAK SAH, and after a
revoke and a sync, DICABUT. A second laptop of the office then pulls the device keys and
the certificates and checks the same codes offline (``sync_pull``, ``verify_url``).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import zxingcpp
from PIL import Image

from golonline_desktop.domain.certificate import CertificateNumber, canonical_bytes, mask_nik
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.certificate_signing import DeviceKey, Verdict, b64url_encode
from golonline_desktop.services.certificates import CertificateService, IssuedCertificate
from golonline_desktop.services.sync_command import EXIT_OK, enroll, run_sync
from golonline_desktop.storage.device_secrets import read_secrets, secrets_path
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from tests.factories import business_input
from tests.integration.sync_helpers import PASSWORD, enroll_app, register_many

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftoppm"], capture_output=True).returncode != 0,
    reason="poppler-utils (pdftoppm) is not installed",
)


def _qr_url(pdf: bytes, folder: Path) -> str:
    """Rasterise the page like a phone camera would see it and decode the QR."""
    source = folder / "cert.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(source),
                    str(folder / "page")], check=True)  # fmt: skip
    [found] = zxingcpp.read_barcodes(Image.open(folder / "page.png"))
    return found.text


def _page(url: str) -> tuple[int, str, str]:
    answer = httpx.get(url, timeout=10)
    status = answer.text.split('data-status="', 1)[1].split('"', 1)[0]
    return answer.status_code, status, answer.text


def _sync(app: Any) -> None:
    out = io.StringIO()
    assert run_sync(app, watch=False, server_url=None, out=out) == EXIT_OK, out.getvalue()


def test_scan_sync_verify_tamper_revoke(app, server_factory, tmp_path: Path) -> None:
    server = server_factory()
    service = CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root,
                                 base_url=lambda: server.base_url)  # fmt: skip
    first_business, second_business = register_many(app, 1, 2)
    offline: IssuedCertificate = service.issue(first_business)  # before enrollment
    assert CertificateNumber.parse(offline.number).device_code.startswith("L")

    enroll_app(app, server, office="JKT01")
    enrolled = service.issue(second_business)
    assert CertificateNumber.parse(enrolled.number).office_code == "JKT01"

    url = _qr_url(service.render_pdf([offline.id]).pdf, tmp_path)
    assert url == offline.verify_url and url.startswith(server.base_url + "/v/")
    code, status, _ = _page(url)
    assert (code, status) == (404, "not_found")  # not synced yet: the page says so

    _sync(app)
    code, status, html = _page(url)
    assert (code, status) == (200, "valid"), html
    assert "SAH" in html and "Keripik Singkong Bu Sri 1" in html
    nik = business_input(1).nik
    assert nik not in html and mask_nik(nik) not in html and "Sri Rahayu" not in html
    assert _page(enrolled.verify_url)[1] == "valid"

    tampered = url[:-4] + ("AAAA" if not url.endswith("AAAA") else "BBBB")
    code, status, html = _page(tampered)
    assert (code, status) == (200, "invalid") and "TIDAK SAH" in html

    api = httpx.get(f"{server.api_url}/certificates/{offline.number}", timeout=10).json()
    assert api["status"] == "valid" and api["business_name"] == "Keripik Singkong Bu Sri 1"
    assert "nik" not in json.dumps(api).lower()

    replacement = service.revoke_and_reissue(offline.id, "Nama usaha salah")
    _sync(app)
    code, status, html = _page(url)
    assert (code, status) == (200, "revoked") and replacement.number in html
    assert _page(replacement.verify_url)[1] == "valid"
    missing = httpx.get(f"{server.api_url}/certificates/GO-XX01-ABC234-2026-000009", timeout=10)
    assert missing.status_code == 404 and missing.json()["code"] == "certificate.not_found"

    # Another laptop of the office learns the keys and certificates at its pull, offline after.
    second = open_app(DataPaths(tmp_path / "second").ensure(), app.clock, app.regions)
    try:
        server.create_officer("JKT01", "budi", PASSWORD)
        enroll(second, server.base_url, "budi", PASSWORD, "laptop-kedua")
        checker = CertificateService(second.store, second.clock, second.actor, second.regions,
                                     second.paths.root)  # fmt: skip
        assert checker.verify_url(url)[0] is Verdict.UNKNOWN_DEVICE
        _sync(second)
        verdict, view = checker.verify_url(url)  # numbered before enrollment: provisional code
        assert verdict is Verdict.VALID and view is not None and not view.issued_here
        assert view.revoked and view.replaced_by == replacement.number
        assert checker.verify_url(tampered)[0] is Verdict.BAD_SIGNATURE
        verdict, view = checker.verify_url(enrolled.verify_url)
        assert verdict is Verdict.VALID and view is not None and not view.device_revoked
        first = read_secrets(secrets_path(app.paths.root))
        assert first is not None
        server.revoke(first.device_id)
        _sync(second)
        verdict, view = checker.verify_url(enrolled.verify_url)
        assert verdict is Verdict.VALID and view is not None and view.device_revoked
    finally:
        second.close()


def _push_certificate(server: Any, token: str, payload: dict[str, Any]) -> dict[str, Any]:
    text = canonical_json(payload)
    change = {"entity": "certificate", "entity_id": payload["id"], "version": 1,
              "base_version": 0, "operation": "upsert", "payload": text,
              "payload_hash": payload_hash(text)}  # fmt: skip
    with server.client(token) as client:
        answer = client.post("/push", json={"changes": [change]})
    answer.raise_for_status()
    return answer.json()["results"][0]


def test_server_refuses_certificates_the_device_did_not_sign(app, server_factory) -> None:
    server = server_factory()
    enroll_app(app, server, office="JKT02")
    service = CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root,
                                 base_url=lambda: server.base_url)  # fmt: skip
    [business_id] = register_many(app, 1, 1)
    _sync(app)
    issued = service.issue(business_id)
    cert = service.certificate_data(issued.id)
    secrets = read_secrets(secrets_path(app.paths.root))
    assert secrets is not None
    base = {"id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "version": 1,
            "business_id": business_id, "certificate": json.loads(canonical_bytes(cert)),
            "revoked": False}  # fmt: skip

    stranger = DeviceKey.generate()
    forged = _push_certificate(
        server, secrets.device_token, {**base, "signature": b64url_encode(stranger.sign(cert))}
    )
    assert (forged["status"], forged["code"]) == ("rejected", "certificate.bad_signature")

    other_number = {**base["certificate"], "number": "GO-JKT02-ZZZ999-2026-000001"}
    wrong = _push_certificate(
        server, secrets.device_token, {**base, "certificate": other_number,
                                       "signature": b64url_encode(stranger.sign(cert))},
    )  # fmt: skip
    assert wrong["code"] == "certificate.wrong_device"

    _sync(app)  # the genuine one goes through
    twin = _push_certificate(
        server, secrets.device_token,
        {**base, "signature": b64url_encode(DeviceKey.from_private_bytes(
            secrets.private_key).sign(cert))},
    )  # fmt: skip
    assert twin["code"] == "certificate.number_taken"  # same number, another record id
