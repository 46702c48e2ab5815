"""Ed25519 device keys, signatures over canonical certificates, verification URLs."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from golonline_desktop.domain.certificate import CertificateData, CertificateNumber, mask_nik
from golonline_desktop.services.certificate_signing import (
    DeviceKey,
    OfflineVerifier,
    Verdict,
    b64url_decode,
    b64url_encode,
    parse_verification_url,
    sign,
    verification_url,
    verify,
)

BASE = "https://verifikasi.example.id"
# RFC 8032, section 7.1, test 1
RFC_SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")


def make_cert(**overrides: object) -> CertificateData:
    values: dict[str, object] = {
        "number": CertificateNumber("JKP01", "LAP07", 2026, 123),
        "issued_on": date(2026, 11, 27),
        "business_name": "Warung Sido Mampir",
        "owner_name": "Ṭāhir Şükrü Nguyễn",
        "nik_masked": mask_nik("3174015508900001"),
        "kbli_code": "56103",
        "kbli_title": "Kedai Makanan",
        "sector": "Kuliner",
        "region_code": "31.71.06.1001",
        "region_path": ("Kel. Menteng", "Kec. Menteng", "Kota Jakarta Pusat", "Prov. DKI Jakarta"),
        "marketplaces": ("Shopee",),
        "drive_name": "Pendampingan UMKM Menteng",
        "office_name": "Diskominfotik DKI Jakarta",
        "officer_name": "Budi Santoso",
        "officer_nip": "198501012010011001",
        "place": "Jakarta Pusat",
    }
    values.update(overrides)
    return CertificateData(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def key() -> DeviceKey:
    return DeviceKey.from_private_bytes(RFC_SEED)


def test_key_from_rfc8032_seed_has_the_published_public_key(key: DeviceKey) -> None:
    assert key.public_key_bytes() == RFC_PUBLIC
    assert key.private_bytes() == RFC_SEED


def test_generated_keys_differ_and_round_trip() -> None:
    a, b = DeviceKey.generate(), DeviceKey.generate()
    assert a.public_key_bytes() != b.public_key_bytes()
    again = DeviceKey.from_private_bytes(a.private_bytes())
    assert again.public_key_bytes() == a.public_key_bytes()


def test_private_key_length_is_checked() -> None:
    with pytest.raises(ValueError):
        DeviceKey.from_private_bytes(b"short")


def test_repr_shows_no_private_key(key: DeviceKey) -> None:
    text = repr(key)
    assert RFC_SEED.hex() not in text and b64url_encode(RFC_SEED) not in text
    assert b64url_encode(RFC_PUBLIC) in text


def test_signature_verifies_and_is_deterministic(key: DeviceKey) -> None:
    cert = make_cert()
    signature = sign(cert, key)
    assert len(signature) == 64
    assert key.sign(cert) == signature  # Ed25519 is deterministic: reprints are identical
    assert verify(cert, signature, key.public_key_bytes())


@pytest.mark.parametrize(
    "change",
    [
        {"business_name": "Warung Sido Mampir!"},
        {"owner_name": "Tahir Sukru Nguyen"},
        {"nik_masked": "3174********0002"},
        {"marketplaces": ("Shopee", "Tokopedia")},
        {"number": CertificateNumber("JKP01", "LAP07", 2026, 124)},
    ],
)
def test_tampered_field_fails(key: DeviceKey, change: dict[str, object]) -> None:
    cert = make_cert()
    signature = key.sign(cert)
    assert not verify(dataclasses.replace(cert, **change), signature, key.public_key_bytes())


def test_tampered_signature_wrong_key_and_bad_lengths_fail(key: DeviceKey) -> None:
    cert = make_cert()
    signature = key.sign(cert)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not verify(cert, flipped, key.public_key_bytes())
    assert not verify(cert, signature, DeviceKey.generate().public_key_bytes())
    assert not verify(cert, signature[:63], key.public_key_bytes())
    assert not verify(cert, signature, key.public_key_bytes()[:31])


def test_verification_url_is_short_and_round_trips(key: DeviceKey) -> None:
    cert = make_cert()
    signature = key.sign(cert)
    url = verification_url(BASE + "/", cert.number, signature)
    assert url == f"{BASE}/v/GO-JKP01-LAP07-2026-000123?s={b64url_encode(signature)}"
    assert len(url) < 150 and "=" not in url.split("?s=")[1]
    link = parse_verification_url(url)
    assert (link.base_url, link.number, link.signature) == (BASE, cert.number, signature)
    assert verification_url(BASE, "GO-JKP01-LAP07-2026-000123", signature) == url


def test_base_url_with_a_path_is_kept(key: DeviceKey) -> None:
    cert = make_cert()
    url = verification_url("https://example.id/umkm", cert.number, key.sign(cert))
    assert parse_verification_url(url).base_url == "https://example.id/umkm"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.id/v/GO-JKP01-LAP07-2026-000123?s=AAAA",
        "https://example.id/x/GO-JKP01-LAP07-2026-000123?s=" + "A" * 86,
        "https://example.id/v/GO-JKP01-LAP07-2026-000123",
        "https://example.id/v/GO-JKP01-LAP07-2026-000123?s=" + "A" * 85 + "!",
        "https://example.id/v/GO-JKP01-LAP07-2026-000123?s=" + "A" * 40,
        "https://example.id/v/NOT-A-NUMBER?s=" + "A" * 86,
        "https://example.id/v/GO-JKP01-LAP07-2026-000123?s=" + "A" * 86 + "&s=" + "A" * 86,
    ],
)
def test_parse_rejects_foreign_urls(url: str) -> None:
    with pytest.raises(ValueError):
        parse_verification_url(url)


def test_verification_url_rejects_bad_input(key: DeviceKey) -> None:
    with pytest.raises(ValueError):
        verification_url("verifikasi.example.id", make_cert().number, key.sign(make_cert()))
    with pytest.raises(ValueError):
        verification_url(BASE, make_cert().number, b"x" * 10)


def test_b64url_round_trip_and_alphabet() -> None:
    data = bytes(range(256))
    assert b64url_decode(b64url_encode(data)) == data
    with pytest.raises(ValueError):
        b64url_decode("ab+/")


def test_offline_verifier_verdicts(key: DeviceKey) -> None:
    cert = make_cert()
    url = verification_url(BASE, cert.number, key.sign(cert))
    verifier = OfflineVerifier({"LAP07": key.public_key_bytes()})
    assert verifier.check(cert, url) is Verdict.VALID
    altered = dataclasses.replace(cert, business_name="Toko Lain")
    assert verifier.check(altered, url) is Verdict.BAD_SIGNATURE
    other_number = dataclasses.replace(cert, number=cert.number.next())
    assert verifier.check(other_number, url) is Verdict.NUMBER_MISMATCH
    assert verifier.check(cert, "https://example.id/") is Verdict.MALFORMED
    assert OfflineVerifier({}).check(cert, url) is Verdict.UNKNOWN_DEVICE


def test_offline_verifier_uses_the_key_of_the_numbers_device(key: DeviceKey) -> None:
    # A key known for another device must not vouch for this device's numbers.
    cert = make_cert()
    url = verification_url(BASE, cert.number, key.sign(cert))
    verifier = OfflineVerifier({"LAP99": key.public_key_bytes()})
    assert verifier.check(cert, url) is Verdict.UNKNOWN_DEVICE
