"""The HTTP side of sync: one keep-alive httpx client speaking the wire contract.

The engine only sees the ``SyncTransport`` protocol and a few typed exceptions, so tests
drive it with an in-process fake and the engine never parses HTTP. Everything that means
"try again later" (no route, reset, timeout, 5xx, 429) is ``ServerUnavailableError``; a wrong
or revoked token is ``NotAuthorizedError``; a request the server refuses as such is
``RequestRejectedError`` with the server's code and message; an upload at the wrong offset is
``OffsetMismatchError`` carrying the offset the server holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from golonline_desktop import wire

T = TypeVar("T", bound=BaseModel)

# Refusals that pass by themselves: another upload of the same blob still holds it (e.g. the
# connection of a killed client the server has not noticed yet).
TRANSIENT_CODES = frozenset({"upload_busy"})
HASH_MISMATCH_CODES = frozenset({"hash_mismatch", "blob.hash_mismatch"})

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
PACK_ANSWER_BYTES_PER_SECOND = 256 * 1024  # extra wait for a pack's answer: 1 s per 256 KiB


class TransportError(Exception):
    """Base of every failure the transport reports."""


class ServerUnavailableError(TransportError):
    """Cannot reach the server now, or it failed: retry with backoff."""


class ServerBusyError(ServerUnavailableError):
    """The server is still busy with the same upload (``upload_busy``): ask again shortly."""


class EndpointMissingError(ServerUnavailableError):
    """404/405: the server has no such route (an older server, e.g. without blob packs)."""


class NotAuthorizedError(TransportError):
    """The device token is missing, wrong or revoked: enroll again.

    ``code`` is the server's error code when it sent one: ``DEVICE_REVOKED`` means the
    office revoked this laptop (``services.revocation`` then locks it and wipes synced data).
    """

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


DEVICE_REVOKED = "device_revoked"


class RequestRejectedError(TransportError):
    """The server refused the request itself (4xx): retrying it unchanged cannot help."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class OffsetMismatchError(TransportError):
    """An upload chunk started at an offset the server does not hold; resume from ``offset``."""

    def __init__(self, offset: int) -> None:
        super().__init__(f"server holds {offset} bytes")
        self.offset = offset


class SyncTransport(Protocol):
    def push(self, request: wire.PushRequest) -> wire.PushResponse: ...

    def blobs_missing(self, request: wire.BlobsMissingRequest) -> wire.BlobsMissingResponse: ...

    def upload(self, sha256: str, offset: int, length: int, data: bytes) -> wire.UploadResponse:
        """Send ``data`` as bytes ``offset..offset+len(data)`` of a blob of ``length`` bytes."""
        ...

    def create_pack(self, request: wire.PackCreateRequest) -> wire.PackStatus:
        """Start the upload of several blobs (or find the open one for the same manifest)."""
        ...

    def pack_status(self, pack_id: str) -> wire.PackStatus: ...

    def upload_pack(
        self, pack_id: str, offset: int, length: int, body: Iterable[bytes]
    ) -> wire.PackStatus:
        """Stream ``length`` bytes of the pack from ``offset`` on, in one request."""
        ...

    def changes(self, since: str | None, limit: int) -> wire.ChangesResponse: ...

    def close(self) -> None: ...


class HttpTransport:
    """``SyncTransport`` over HTTP/1.1 with keep-alive; safe to share between threads."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        client: httpx.Client | None = None,
    ) -> None:
        headers = {"User-Agent": "golonline-desktop"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = client or httpx.Client(
            base_url=base_url.rstrip("/") + wire.API_PREFIX,
            headers=headers,
            timeout=timeout,
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=4),
        )
        self.requests = 0  # for "HTTP requests per record" figures

    # -- wire operations -------------------------------------------------------------------

    def health(self) -> wire.Health:
        return self._call("GET", "/health", wire.Health)

    def enroll(self, request: wire.EnrollRequest) -> wire.EnrollResponse:
        return self._call("POST", "/enroll", wire.EnrollResponse, body=request)

    def push(self, request: wire.PushRequest) -> wire.PushResponse:
        return self._call("POST", "/push", wire.PushResponse, body=request)

    def blobs_missing(self, request: wire.BlobsMissingRequest) -> wire.BlobsMissingResponse:
        return self._call("POST", "/blobs/missing", wire.BlobsMissingResponse, body=request)

    def upload(self, sha256: str, offset: int, length: int, data: bytes) -> wire.UploadResponse:
        headers = {
            wire.UPLOAD_OFFSET_HEADER: str(offset),
            wire.UPLOAD_LENGTH_HEADER: str(length),
            "Content-Type": "application/octet-stream",
        }
        return self._call(
            "PUT", f"/blobs/{sha256}", wire.UploadResponse, content=data, headers=headers
        )

    def create_pack(self, request: wire.PackCreateRequest) -> wire.PackStatus:
        return self._call("POST", "/blobs/packs", wire.PackStatus, body=request)

    def pack_status(self, pack_id: str) -> wire.PackStatus:
        return self._call("GET", f"/blobs/packs/{pack_id}", wire.PackStatus)

    def upload_pack(
        self, pack_id: str, offset: int, length: int, body: Iterable[bytes]
    ) -> wire.PackStatus:
        headers = {
            wire.UPLOAD_OFFSET_HEADER: str(offset),
            # Declared, so the body goes framed by length rather than chunked.
            "Content-Length": str(length),
            "Content-Type": "application/octet-stream",
        }
        # The answer comes after the bytes still queued on the link have drained and the
        # server has checked every blob: allow more than the usual read wait.
        timeout = self._client.timeout
        wait = (timeout.read or 60.0) + length / PACK_ANSWER_BYTES_PER_SECOND
        return self._call(
            "PATCH",
            f"/blobs/packs/{pack_id}",
            wire.PackStatus,
            content=body,
            headers=headers,
            timeout=httpx.Timeout(
                connect=timeout.connect, read=wait, write=timeout.write, pool=timeout.pool
            ),
        )

    def changes(self, since: str | None, limit: int) -> wire.ChangesResponse:
        params: dict[str, str | int] = {"limit": limit}
        if since:
            params["since"] = since
        return self._call("GET", "/changes", wire.ChangesResponse, params=params)

    def close(self) -> None:
        self._client.close()

    # -- plumbing --------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[T],
        *,
        body: BaseModel | None = None,
        content: bytes | Iterable[bytes] | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, str | int] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> T:
        if body is not None:
            content = body.model_dump_json().encode("utf-8")
            headers = {**(headers or {}), "Content-Type": "application/json"}
        self.requests += 1
        try:
            response = self._client.request(
                method,
                path,
                content=content,
                headers=headers,
                params=params,
                timeout=timeout or httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.TransportError as exc:  # connect, read/write timeouts, resets, protocol
            raise ServerUnavailableError(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code >= 400:
            raise _error_for(response)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            # A proxy or a half-upgraded server answered something else: try again later.
            raise ServerUnavailableError(f"unexpected answer to {method} {path}") from exc


def _error_for(response: httpx.Response) -> TransportError:
    status = response.status_code
    try:
        error = wire.ErrorBody.model_validate_json(response.content)
    except ValidationError:
        error = None
    if status in (401, 403):
        if error is None:
            return NotAuthorizedError(f"HTTP {status}")
        return NotAuthorizedError(error.message, error.code)
    # 404/405: a wrong URL or a server without this API yet; nothing to blame on the data.
    if status in (404, 405):
        return EndpointMissingError(f"HTTP {status}")
    if status >= 500 or status in (408, 425, 429):
        return ServerUnavailableError(f"HTTP {status}")
    if error is None:
        return RequestRejectedError(status, f"http.{status}", response.text[:500])
    if error.offset is not None:
        return OffsetMismatchError(error.offset)
    if error.code in TRANSIENT_CODES:
        return ServerBusyError(f"HTTP {status} {error.code}")
    return RequestRejectedError(status, error.code, error.message)
