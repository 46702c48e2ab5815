"""Shared by the sync integration tests, the kill campaign and the benchmarks."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from golonline_desktop.services.app import App
from golonline_desktop.services.sync_blobs import FileBlobSource
from golonline_desktop.services.sync_command import enroll
from tests.factories import business_input

PASSWORD = "correct horse battery"


def enroll_app(app: App, server: Any, office: str = "JKT01", username: str = "sri") -> None:
    """An office and officer on the server, then this app enrolled through its own code."""
    server.create_office(office)
    server.create_officer(office, username, PASSWORD)
    enroll(app, server.base_url, username, PASSWORD, "laptop-test")


def register_many(app: App, start: int, count: int) -> list[str]:
    ids = []
    for n in range(start, start + count):
        outcome = app.registration.register(
            business_input(n), confirm_warnings=True, duplicate_reason="uji"
        )
        assert outcome.saved and outcome.business_id, outcome
        ids.append(outcome.business_id)
    return ids


class TestBlobs:
    """Blob files named by hash, linked to records by a map (photos are another issue)."""

    __test__ = False

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.by_record: dict[str, list[str]] = {}

    def add(self, record_id: str, size: int, seed: int) -> str:
        data = random.Random(seed).randbytes(size)
        sha = hashlib.sha256(data).hexdigest()
        (self.folder / sha).write_bytes(data)
        self.by_record.setdefault(record_id, []).append(sha)
        return sha

    def source(self) -> FileBlobSource:
        return FileBlobSource(
            lambda sha: self.folder / sha, lambda item: self.by_record.get(item.entity_id, [])
        )

    def all(self) -> list[str]:
        return [sha for shas in self.by_record.values() for sha in shas]


def server_records(database_url: str) -> dict[str, tuple[int, int]]:
    """entity_id -> (record rows, change-log rows) in the server's database."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            records = conn.execute(
                text("SELECT entity_id, count(*) FROM record GROUP BY entity_id")
            ).all()
            logged = dict(
                conn.execute(
                    text("SELECT entity_id, count(*) FROM change_log GROUP BY entity_id")
                ).all()
            )
    finally:
        engine.dispose()
    return {entity_id: (n, logged.get(entity_id, 0)) for entity_id, n in records}


def server_blob_hashes(blob_dir: Path, shas: Iterable[str]) -> dict[str, str | None]:
    """The SHA-256 of each blob's bytes as the server stores them (None when absent)."""
    found: dict[str, str | None] = {}
    for sha in shas:
        path = blob_dir / "objects" / sha[:2] / sha[2:4] / sha
        found[sha] = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    return found
