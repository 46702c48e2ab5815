"""``create_app(settings)``: the FastAPI application, wired from settings and nothing else.

No state lives in the process beyond a connection pool and a read-only region file, so
any number of processes can serve the same PostgreSQL database and blob store.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from golonline_desktop.wire import (
    API_PREFIX,
    API_VERSION,
    MAX_CHUNK_BYTES,
    MAX_PACK_BYTES,
    MAX_PUSH_BYTES,
)

from . import errors
from .api import router
from .blobs import FilesystemBlobStore
from .db import make_engine
from .limits import BodyLimit
from .migrate import current_revision, head_revision
from .regions import RegionFile
from .settings import Settings
from .uploads import PackSpool
from .verify_page import api_router as certificate_api
from .verify_page import public_router as certificate_pages

log = logging.getLogger(__name__)

SMALL_BODY = 64 * 1024
BLOB_QUERY_BODY = 256 * 1024


class SchemaOutOfDateError(RuntimeError):
    pass


PACKS = f"{API_PREFIX}/blobs/packs"


def streams_body(method: str, path: str) -> bool:
    return method == "PATCH" and path.startswith(f"{PACKS}/")


def body_limit(method: str, path: str) -> int:
    if path == f"{API_PREFIX}/push":
        return MAX_PUSH_BYTES
    if streams_body(method, path):
        return MAX_PACK_BYTES
    if path == PACKS:
        return BLOB_QUERY_BODY
    if method == "PUT" and path.startswith(f"{API_PREFIX}/blobs/"):
        return MAX_CHUNK_BYTES
    if path == f"{API_PREFIX}/blobs/missing":
        return BLOB_QUERY_BODY
    return SMALL_BODY


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings.database_url)
    revision, head = current_revision(engine), head_revision()
    if revision != head:
        engine.dispose()
        raise SchemaOutOfDateError(
            f"database schema is at {revision}, this server needs {head}: "
            "run `golonline-server migrate` first"
        )
    regions = RegionFile(settings.regions_path) if settings.regions_path else None
    if regions is None:
        log.warning("no region data: region codes are not checked")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()
        if regions is not None:
            regions.close()

    app = FastAPI(
        title="GoOnline sync server",
        version=API_VERSION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.blobs = FilesystemBlobStore(settings.blob_dir)
    app.state.packs = PackSpool(engine, app.state.blobs, settings.blob_dir)
    app.state.regions = regions
    errors.install(app)
    app.include_router(router, prefix=API_PREFIX)
    app.include_router(certificate_api, prefix=API_PREFIX)
    app.include_router(certificate_pages)
    app.add_middleware(BodyLimit, limit_for=body_limit, streams=streams_body)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` with several workers (settings from the environment)."""
    return create_app(Settings.from_env())
