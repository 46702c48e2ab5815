"""The sync wire contract (API v1) shared by the desktop app and the central server.

Both sides import these models, so a change here is a change of protocol: add fields as
optional, never repurpose one, and bump ``API_VERSION`` for anything incompatible.

Protocol in short (docs/architecture.md has the whole story):

* ``POST /api/v1/enroll`` — officer credentials + the device's Ed25519 public key
  -> a device token (the server stores only its hash).
* ``POST /api/v1/push`` — a batch of outbox changes, applied in one transaction,
  idempotent per (entity, entity_id, version); per-item results.
* ``POST /api/v1/blobs/missing``, then a *pack*: ``POST /api/v1/blobs/packs`` (a manifest
  of many blobs) and one streaming ``PATCH /api/v1/blobs/packs/{pack_id}`` with
  ``Upload-Offset`` carrying their bytes back to back; ``GET`` on the pack gives the
  durable offset to resume from after a cut. The server verifies each blob's SHA-256.
* ``PUT /api/v1/blobs/{sha256}`` with ``Upload-Offset`` / ``Upload-Length`` — one chunk of
  one blob (the first protocol; kept for older clients and servers without packs).
* ``GET /api/v1/changes?since=<cursor>&limit=<n>`` — server-side changes, paged.
* ``GET /api/v1/health``.

Every request but health and enroll carries ``Authorization: Bearer <device token>``.
Errors come back as ``ErrorBody`` with a stable ``code``.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

API_VERSION = "v1"
API_PREFIX = "/api/v1"
UPLOAD_OFFSET_HEADER = "Upload-Offset"
UPLOAD_LENGTH_HEADER = "Upload-Length"

MAX_PUSH_ITEMS = 500
MAX_PUSH_BYTES = 4 * 1024 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024
MAX_BLOB_BYTES = 20 * 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
MAX_PACK_BYTES = 64 * 1024 * 1024  # one pack request; a blob (<= MAX_BLOB_BYTES) always fits
MAX_PACK_BLOBS = 1000
PACK_DURABLE_BYTES = 256 * 1024  # the server makes a pack's progress durable at least this often

SHA256_PATTERN = r"^[0-9a-f]{64}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Operation(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class ItemStatus(StrEnum):
    APPLIED = "applied"  # first time the server saw this (entity, id, version)
    REPLAYED = "replayed"  # seen before with the identical payload: same answer again
    CONFLICT = "conflict"  # same key, different payload, or the base version is stale
    REJECTED = "rejected"  # the payload fails validation: quarantine, do not retry as is


class EnrollRequest(_Model):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=200)
    device_name: str = Field(min_length=1, max_length=100)
    public_key: str = Field(description="Ed25519 public key, 32 bytes, base64url without padding")


class EnrollResponse(_Model):
    device_id: str
    device_code: str = Field(description="short code printed in certificate numbers")
    device_token: str
    office_code: str
    officer_name: str


class Change(_Model):
    """One outbox entry. ``payload`` is the canonical JSON text the client hashed."""

    entity: str = Field(min_length=1, max_length=40)
    entity_id: str = Field(pattern=UUID_PATTERN)
    version: int = Field(ge=1)
    base_version: int = Field(ge=0)
    operation: Operation
    payload: str = Field(max_length=MAX_PAYLOAD_BYTES)
    payload_hash: str = Field(pattern=SHA256_PATTERN)


class PushRequest(_Model):
    changes: list[Change] = Field(min_length=1, max_length=MAX_PUSH_ITEMS)


class ItemResult(_Model):
    entity: str
    entity_id: str
    version: int
    status: ItemStatus
    server_version: int | None = None
    code: str | None = None
    message: str | None = None


class PushResponse(_Model):
    results: list[ItemResult]


class BlobQuery(_Model):
    sha256: str = Field(pattern=SHA256_PATTERN)
    size: int = Field(ge=0, le=MAX_BLOB_BYTES)


class BlobsMissingRequest(_Model):
    blobs: list[BlobQuery] = Field(max_length=1000)


class BlobState(_Model):
    sha256: str
    have_bytes: int = Field(description="bytes the server already holds of this blob")
    complete: bool


class BlobsMissingResponse(_Model):
    blobs: list[BlobState] = Field(description="only the blobs the server lacks in full")


class UploadResponse(_Model):
    sha256: str
    received: int
    complete: bool


class ServerChange(_Model):
    entity: str
    entity_id: str
    version: int
    operation: Operation
    payload: str


class ChangesResponse(_Model):
    changes: list[ServerChange]
    next_cursor: str
    more: bool


class Health(_Model):
    status: str
    api_version: str = API_VERSION
    server_time: str


class ErrorBody(_Model):
    code: str
    message: str
    offset: int | None = Field(default=None, description="for upload offset mismatches")


class PackBlob(_Model):
    sha256: str = Field(pattern=SHA256_PATTERN)
    size: int = Field(ge=0, le=MAX_BLOB_BYTES)


class PackCreateRequest(_Model):
    """A pack's manifest: its blobs in the order their bytes follow one another."""

    blobs: list[PackBlob] = Field(min_length=1, max_length=MAX_PACK_BLOBS)
    total_bytes: int = Field(ge=0, le=MAX_PACK_BYTES, description="the sum of the sizes")


class PackStatus(_Model):
    pack_id: str
    total_bytes: int
    received: int = Field(description="bytes the server holds durably: resume from here")
    complete: bool = Field(description="every byte arrived and every blob was judged")
    stored: list[str] = Field(default=[], description="blobs now held (when complete)")
    rejected: list[str] = Field(
        default=[], description="blobs whose bytes do not match their SHA-256 (not stored)"
    )
    expires_at: str = Field(description="an unfinished pack is forgotten after this time")
