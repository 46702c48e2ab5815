"""Ed25519 signatures on certificates, and the verification URL printed as a QR code.

Each laptop holds one Ed25519 key (stored in the OS keyring by a later issue; here keys
are plain bytes). It signs ``canonical_bytes(cert)``; the public key is registered with
the central server when the device is enrolled, and the app keeps the public keys of
devices it knows so certificates can be checked with no connection.

The QR holds ``<base>/v/<number>?s=<signature>``: the number names the certificate (and,
through its device code, the key); the signature is 64 bytes in unpadded base64url (86
characters), so the whole URL stays near 130 characters, a version 8 QR code that a
cheap phone reads from a small print. Ed25519 signatures are deterministic: the same
certificate signed by the same key gives the same URL, so reprints are identical.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs, quote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from golonline_desktop.domain.certificate import (
    CertificateData,
    CertificateNumber,
    canonical_bytes,
)

SIGNATURE_LENGTH = 64
KEY_LENGTH = 32
VERIFY_PATH = "/v/"


class DeviceKey:
    """One device's signing key. Never printed, logged or synced; only its public half is."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, raw: bytes) -> DeviceKey:
        """From the 32-byte raw seed (what the keyring stores)."""
        if len(raw) != KEY_LENGTH:
            raise ValueError(f"an Ed25519 private key has {KEY_LENGTH} bytes, got {len(raw)}")
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    def private_bytes(self) -> bytes:
        """The 32-byte raw seed, for the keyring."""
        return self._key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )

    def public_key_bytes(self) -> bytes:
        """The 32-byte raw public key, registered with the server at enrolment."""
        return self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def sign(self, cert: CertificateData) -> bytes:
        return sign(cert, self)

    def __repr__(self) -> str:  # never show key material
        return f"DeviceKey(public={b64url_encode(self.public_key_bytes())})"


def sign(cert: CertificateData, key: DeviceKey) -> bytes:
    """The 64-byte Ed25519 signature over ``canonical_bytes(cert)``."""
    return key._key.sign(canonical_bytes(cert))


def verify(cert: CertificateData, signature: bytes, public_key: bytes) -> bool:
    """True only if ``signature`` is this key's signature of exactly these fields."""
    if len(signature) != SIGNATURE_LENGTH or len(public_key) != KEY_LENGTH:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, canonical_bytes(cert))
    except (InvalidSignature, ValueError):
        return False
    return True


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Unpadded base64url; raises ValueError on any character outside the alphabet."""
    if any(ch not in _B64URL_ALPHABET for ch in text):
        raise ValueError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error as exc:
        raise ValueError("not base64url") from exc


_B64URL_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def verification_url(base_url: str, cert_id: CertificateNumber | str, signature: bytes) -> str:
    """``https://example.id/v/GO-JKP01-LAP07-2026-000123?s=<86 chars>``."""
    if len(signature) != SIGNATURE_LENGTH:
        raise ValueError("an Ed25519 signature has 64 bytes")
    number = cert_id if isinstance(cert_id, CertificateNumber) else CertificateNumber.parse(cert_id)
    base = base_url.rstrip("/")
    if urlsplit(base).scheme not in {"http", "https"}:
        raise ValueError(f"base URL must be http(s): {base_url!r}")
    return f"{base}{VERIFY_PATH}{quote(number.format())}?s={b64url_encode(signature)}"


@dataclass(frozen=True)
class VerificationLink:
    base_url: str
    number: CertificateNumber
    signature: bytes


def parse_verification_url(url: str) -> VerificationLink:
    """Split a scanned URL into base, number and signature; ValueError if it is not one."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError("not an http(s) URL")
    head, sep, tail = parts.path.rpartition(VERIFY_PATH)
    if not sep or "/" in tail:
        raise ValueError("not a certificate verification URL")
    number = CertificateNumber.parse(tail)
    values = parse_qs(parts.query, keep_blank_values=True).get("s", [])
    if len(values) != 1:
        raise ValueError("verification URL must carry exactly one signature")
    signature = b64url_decode(values[0])
    if len(signature) != SIGNATURE_LENGTH:
        raise ValueError("signature has the wrong length")
    return VerificationLink(f"{parts.scheme}://{parts.netloc}{head}", number, signature)


class Verdict(StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"  # not one of our URLs
    NUMBER_MISMATCH = "number_mismatch"  # the URL names another certificate
    UNKNOWN_DEVICE = "unknown_device"  # no public key for the device: ask the server
    BAD_SIGNATURE = "bad_signature"  # forged or altered


class OfflineVerifier:
    """Checks a scanned certificate against the public keys of devices this app knows.

    Keys are looked up by the device code inside the certificate number, so a signature
    can only vouch for numbers of its own device.
    """

    def __init__(self, device_keys: Mapping[str, bytes]) -> None:
        self._keys = dict(device_keys)

    def check(self, cert: CertificateData, url: str) -> Verdict:
        try:
            link = parse_verification_url(url)
        except ValueError:
            return Verdict.MALFORMED
        if link.number != cert.number:
            return Verdict.NUMBER_MISMATCH
        key = self._keys.get(cert.number.device_code)
        if key is None:
            return Verdict.UNKNOWN_DEVICE
        return Verdict.VALID if verify(cert, link.signature, key) else Verdict.BAD_SIGNATURE
