"""Officer passwords (scrypt, stdlib) and device tokens (random, stored as SHA-256 only).

A device token is 32 random bytes: guessing is hopeless, so a fast hash is enough and
lets every request find its device by an indexed equality lookup. Passwords are
low-entropy, so they get a memory-hard hash.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_DEVICE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=_unb64(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(_unb64(digest)),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, _unb64(digest))


def new_device_token() -> str:
    return _b64(secrets.token_bytes(32))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_device_code(length: int = 6) -> str:
    return "".join(secrets.choice(_DEVICE_CODE_ALPHABET) for _ in range(length))


def decode_public_key(text: str) -> bytes | None:
    """The 32 raw bytes of an Ed25519 public key in base64url without padding, or None."""
    if not text or "=" in text or len(text) != 43:
        return None
    try:
        raw = _unb64(text)
    except ValueError:
        return None
    if len(raw) != 32 or _b64(raw) != text:
        return None
    return raw
