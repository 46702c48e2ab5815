"""The provisional device code a laptop prints in certificate numbers before enrollment.

Offline is the norm at a drive, so a laptop must be able to issue certificates before it
has ever reached the server. Its real device code is assigned at enrollment; until then
the code is derived from the device's own public key: ``L`` + 7 characters of
SHA-256(public key) in the server's read-aloud alphabet (no 0/O, 1/I).

* It is 8 characters long, server-assigned codes are 6, so the two never collide.
* The server recomputes it from the public key registered at enrollment, so a provisional
  number maps to exactly one device without any table: the enrollment *is* the mapping.
* 35 bits: among 100,000 devices the chance that any two share a code is about 15%, but
  a shared code alone never gives a shared number (office code, year and sequence must
  match too) and the server refuses a number already held by another certificate.
"""

from __future__ import annotations

import hashlib

PROVISIONAL_PREFIX = "L"
PROVISIONAL_LENGTH = 8
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols, 5 bits each
PUBLIC_KEY_LENGTH = 32


def provisional_device_code(public_key: bytes) -> str:
    """``"L" + 7`` read-aloud characters derived from the SHA-256 of the public key."""
    if len(public_key) != PUBLIC_KEY_LENGTH:
        raise ValueError(f"an Ed25519 public key has {PUBLIC_KEY_LENGTH} bytes")
    value = int.from_bytes(hashlib.sha256(public_key).digest()[:5], "big")  # 40 bits
    chars = []
    for _ in range(PROVISIONAL_LENGTH - 1):
        value, index = divmod(value, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return PROVISIONAL_PREFIX + "".join(chars)


def is_provisional_device_code(code: str) -> bool:
    return (
        len(code) == PROVISIONAL_LENGTH
        and code.startswith(PROVISIONAL_PREFIX)
        and all(ch in CODE_ALPHABET for ch in code)
    )
