"""The HTTP endpoints of API v1 (paths, models and headers from ``golonline_desktop.wire``)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, text

from golonline_desktop.wire import (
    MAX_BLOB_BYTES,
    MAX_CHUNK_BYTES,
    MAX_PACK_BYTES,
    MAX_PUSH_ITEMS,
    PACK_DURABLE_BYTES,
    SHA256_PATTERN,
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    UUID_PATTERN,
    BlobsMissingRequest,
    BlobsMissingResponse,
    BlobState,
    ChangesResponse,
    EnrollRequest,
    EnrollResponse,
    Health,
    PackCreateRequest,
    PackStatus,
    PushRequest,
    PushResponse,
    UploadResponse,
)

from . import accounts, blobs, uploads
from .errors import ApiError, error_responses
from .security import decode_public_key
from .sync import apply_push, changes_since
from .validation import indonesian_today

router = APIRouter()
_bearer = HTTPBearer(auto_error=False, description="device token from /enroll")
MAX_CURSOR = 2**63 - 1


def _engine(request: Request) -> Engine:
    return request.app.state.engine


def current_device(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> accounts.Device:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "unauthorized", "A device token is required (Authorization: Bearer).")
    with _engine(request).connect() as conn:
        device = accounts.device_for_token(conn, credentials.credentials)
    if device is None:
        raise ApiError(401, "unauthorized", "Unknown device token: enroll this device again.")
    if device.revoked:
        raise ApiError(403, "device_revoked", "This device has been revoked by the office.")
    return device


DeviceDep = Annotated[accounts.Device, Depends(current_device)]
AUTH_ERRORS = error_responses(401, 403, 413, 422)


@router.get("/health", response_model=Health, responses=error_responses(503))
def health(request: Request) -> Health:
    try:
        with _engine(request).connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any database failure means "not ready"
        raise ApiError(503, "unavailable", "The database is not reachable.") from exc
    return Health(status="ok", server_time=datetime.now(UTC).isoformat())


@router.post("/enroll", response_model=EnrollResponse, responses=error_responses(401, 413, 422))
def enroll(request: Request, body: EnrollRequest) -> EnrollResponse:
    if decode_public_key(body.public_key) is None:
        raise ApiError(
            422,
            "invalid_public_key",
            "public_key must be a 32-byte Ed25519 key in base64url without padding.",
        )
    try:
        with _engine(request).begin() as conn:
            enrolled = accounts.enroll_device(
                conn, body.username, body.password, body.device_name, body.public_key
            )
    except accounts.AccountError as exc:
        raise ApiError(401, exc.code, exc.message) from exc
    return EnrollResponse(
        device_id=enrolled.device.id,
        device_code=enrolled.device.device_code,
        device_token=enrolled.token,
        office_code=enrolled.device.office_code,
        officer_name=enrolled.device.officer_name,
    )


@router.post("/push", response_model=PushResponse, responses=AUTH_ERRORS)
def push(request: Request, body: PushRequest, device: DeviceDep) -> PushResponse:
    with _engine(request).begin() as conn:
        results = apply_push(
            conn,
            device,
            list(body.changes),
            today=indonesian_today(),
            regions=request.app.state.regions,
        )
    return PushResponse(results=results)


@router.get("/changes", response_model=ChangesResponse, responses=AUTH_ERRORS)
def changes(
    request: Request,
    device: DeviceDep,
    since: Annotated[str, Query(max_length=20, description="cursor from the last page")] = "0",
    limit: Annotated[int, Query(ge=1, le=MAX_PUSH_ITEMS)] = MAX_PUSH_ITEMS,
) -> ChangesResponse:
    cursor = since or "0"
    if not cursor.isascii() or not cursor.isdigit() or int(cursor) > MAX_CURSOR:
        raise ApiError(422, "invalid_cursor", "since must be a cursor returned by this server.")
    with _engine(request).connect() as conn:
        page = changes_since(conn, device, int(cursor), limit)
    return ChangesResponse(changes=page.changes, next_cursor=str(page.next_cursor), more=page.more)


@router.post("/blobs/missing", response_model=BlobsMissingResponse, responses=AUTH_ERRORS)
def blobs_missing(
    request: Request, body: BlobsMissingRequest, device: DeviceDep
) -> BlobsMissingResponse:
    store: blobs.BlobStore = request.app.state.blobs
    missing = []
    for query in body.blobs:
        progress = store.progress(query.sha256, query.size)
        if not progress.complete:
            missing.append(
                BlobState(sha256=query.sha256, have_bytes=progress.have_bytes, complete=False)
            )
    return BlobsMissingResponse(blobs=missing)


@router.put(
    "/blobs/{sha256}",
    response_model=UploadResponse,
    responses=error_responses(400, 401, 403, 409, 413, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {
                    "schema": {"type": "string", "format": "binary", "maxLength": MAX_CHUNK_BYTES}
                }
            },
        }
    },
)
async def upload_blob(
    request: Request,
    device: DeviceDep,
    sha256: Annotated[str, Path(pattern=SHA256_PATTERN)],
    upload_offset: Annotated[int, Header(alias=UPLOAD_OFFSET_HEADER, ge=0)],
    upload_length: Annotated[int, Header(alias=UPLOAD_LENGTH_HEADER, ge=0)],
) -> UploadResponse:
    if upload_length > MAX_BLOB_BYTES:
        raise ApiError(413, "too_large", f"A blob may have at most {MAX_BLOB_BYTES} bytes.")
    data = await request.body()
    if len(data) > MAX_CHUNK_BYTES:
        raise ApiError(413, "too_large", f"A chunk may have at most {MAX_CHUNK_BYTES} bytes.")
    store: blobs.BlobStore = request.app.state.blobs
    from starlette.concurrency import run_in_threadpool

    try:
        progress = await run_in_threadpool(
            store.write_chunk, sha256, upload_offset, upload_length, data
        )
    except blobs.OffsetMismatchError as exc:
        raise ApiError(
            409, "offset_mismatch", f"Resume the upload at byte {exc.expected}.", exc.expected
        ) from exc
    except blobs.UploadBusyError as exc:
        raise ApiError(409, "upload_busy", str(exc)) from exc
    except blobs.LengthExceededError as exc:
        raise ApiError(400, "length_exceeded", str(exc)) from exc
    except blobs.HashMismatchError as exc:
        raise ApiError(
            422, "hash_mismatch", "The uploaded bytes do not match the SHA-256: start again."
        ) from exc
    return UploadResponse(sha256=sha256, received=progress.have_bytes, complete=progress.complete)


# -- packs: many blobs in one resumable request (uploads.py) --------------------------------

PACK_ERRORS = error_responses(400, 401, 403, 408, 409, 410, 413, 422)
PACK_IDLE_SECONDS = 60.0  # a body that stops arriving releases the pack


def _pack_error(exc: uploads.PackError) -> ApiError:
    if isinstance(exc, uploads.PackGoneError):
        return ApiError(410, "upload_unknown", "No such upload (it may have expired): start anew.")
    if isinstance(exc, uploads.PackBusyError):
        return ApiError(409, "upload_busy", str(exc))
    return ApiError(422, "invalid_manifest", str(exc))


@router.post("/blobs/packs", status_code=201, response_model=PackStatus, responses=PACK_ERRORS)
def create_pack(request: Request, body: PackCreateRequest, device: DeviceDep) -> PackStatus:
    """Start (or find again, for the same manifest) the upload of several blobs at once."""
    spool: uploads.PackSpool = request.app.state.packs
    try:
        return spool.create(device.id, list(body.blobs), body.total_bytes).status()
    except uploads.PackError as exc:
        raise _pack_error(exc) from exc


@router.get("/blobs/packs/{pack_id}", response_model=PackStatus, responses=PACK_ERRORS)
def pack_status(
    request: Request, device: DeviceDep, pack_id: Annotated[str, Path(pattern=UUID_PATTERN)]
) -> PackStatus:
    """How many bytes of the pack the server holds durably: resume from ``received``.

    Asked right after a cut, the request that was cut may still be saving what it got:
    the answer waits for the pack's lock, so it is the offset that request left.
    """
    spool: uploads.PackSpool = request.app.state.packs
    try:
        writer = spool.open(pack_id, device.id)
    except uploads.PackError as exc:
        raise _pack_error(exc) from exc
    try:
        return writer.pack.status(writer.offset)
    finally:
        writer.close()


@router.patch(
    "/blobs/packs/{pack_id}",
    response_model=PackStatus,
    responses=PACK_ERRORS,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {
                    "schema": {"type": "string", "format": "binary", "maxLength": MAX_PACK_BYTES}
                }
            },
        }
    },
)
async def upload_pack(
    request: Request,
    device: DeviceDep,
    pack_id: Annotated[str, Path(pattern=UUID_PATTERN)],
    upload_offset: Annotated[int, Header(alias=UPLOAD_OFFSET_HEADER, ge=0)],
) -> PackStatus:
    """The pack's bytes from ``Upload-Offset`` on, streamed; stored durably as they arrive."""
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import ClientDisconnect

    spool: uploads.PackSpool = request.app.state.packs
    try:
        writer = await run_in_threadpool(spool.open, pack_id, device.id)
    except uploads.PackError as exc:
        raise _pack_error(exc) from exc
    try:
        if writer.pack.complete:
            return writer.pack.status()  # a replay: the same answer, nothing stored again
        if upload_offset != writer.offset:
            raise ApiError(
                409, "offset_mismatch", f"Resume at byte {writer.offset}.", writer.offset
            )
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and upload_offset + int(declared) > writer.total:
            raise ApiError(400, "length_exceeded", f"The pack has {writer.total} bytes.")
        buffered = bytearray()
        stream = request.stream().__aiter__()
        try:
            while True:
                try:
                    data = await asyncio.wait_for(anext(stream), PACK_IDLE_SECONDS)
                except StopAsyncIteration:
                    break
                if writer.offset + len(buffered) + len(data) > writer.total:
                    raise ApiError(400, "length_exceeded", f"The pack has {writer.total} bytes.")
                buffered += data
                if len(buffered) >= PACK_DURABLE_BYTES:
                    await run_in_threadpool(writer.append_durable, bytes(buffered))
                    buffered.clear()
        except (ClientDisconnect, TimeoutError) as exc:
            # Keep what arrived: the client resumes from here.
            await run_in_threadpool(writer.append_durable, bytes(buffered))
            if isinstance(exc, TimeoutError):
                raise ApiError(408, "upload_stalled", "The body stopped arriving.") from exc
            return writer.pack.status(writer.offset)  # nobody reads it
        await run_in_threadpool(writer.append_durable, bytes(buffered))
        if writer.offset < writer.total:
            return writer.pack.status(writer.offset)
        return (await run_in_threadpool(writer.finish)).status()
    finally:
        await run_in_threadpool(writer.close)
