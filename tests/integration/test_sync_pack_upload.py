"""Blob packs against the real server (SQLite and PostgreSQL): many blobs in one request.

The raw protocol first (a pack lands byte for byte; a blob whose bytes do not match its
hash is rejected and nothing of it is stored; a finished pack replayed changes nothing;
offsets and owners are checked), then the engine through the fault proxy with the pack
request cut in the middle: it resumes from the server's durable offset and sends again
less than one durability step (256 KiB).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from golonline_desktop import wire
from golonline_desktop.services.app import App
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.sync_command import build_engine
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_transport import HttpTransport
from tests.fault_proxy import FaultProxy
from tests.integration.conftest import RunningServer
from tests.integration.sync_helpers import (
    TestBlobs,
    enroll_app,
    register_many,
    server_blob_hashes,
    server_records,
)


def blob(size: int, seed: int) -> tuple[str, bytes]:
    data = random.Random(seed).randbytes(size)
    return hashlib.sha256(data).hexdigest(), data


def stored_path(server: RunningServer, sha: str) -> Path:
    return server.blob_dir / "objects" / sha[:2] / sha[2:4] / sha


def create(client: httpx.Client, blobs: list[tuple[str, int]]) -> httpx.Response:
    body = {
        "blobs": [{"sha256": sha, "size": size} for sha, size in blobs],
        "total_bytes": sum(size for _, size in blobs),
    }
    return client.post("/blobs/packs", json=body)


def patch(client: httpx.Client, pack_id: str, offset: int, data: bytes) -> httpx.Response:
    return client.patch(
        f"/blobs/packs/{pack_id}",
        content=data,
        headers={
            wire.UPLOAD_OFFSET_HEADER: str(offset),
            "Content-Type": "application/octet-stream",
        },
    )


def test_a_pack_of_several_blobs_lands_byte_for_byte_in_one_request(
    server: RunningServer,
) -> None:
    device = server.office_with_device("PCK")
    parts = [blob(size, n) for n, size in enumerate([300_000, 1, 700_000, 64 * 1024])]
    with server.client(device.token) as client:
        made = create(client, [(sha, len(data)) for sha, data in parts])
        assert made.status_code == 201, made.text
        status = wire.PackStatus.model_validate_json(made.content)
        assert (status.received, status.complete) == (0, False)
        answer = patch(client, status.pack_id, 0, b"".join(data for _, data in parts))
        assert answer.status_code == 200, answer.text
        done = wire.PackStatus.model_validate_json(answer.content)
        assert done.complete and done.received == done.total_bytes == 1_000_000 + 64 * 1024 + 1
        assert done.stored == [sha for sha, _ in parts] and done.rejected == []
        query = {"blobs": [{"sha256": sha, "size": len(data)} for sha, data in parts]}
        assert client.post("/blobs/missing", json=query).json()["blobs"] == []
    for sha, data in parts:
        assert stored_path(server, sha).read_bytes() == data
    assert list((server.blob_dir / "incoming").iterdir()) == []  # the partial file is gone


def test_a_blob_with_a_wrong_hash_is_rejected_and_nothing_of_it_is_stored(
    server: RunningServer,
) -> None:
    device = server.office_with_device("PCW")
    good_sha, good = blob(200_000, 1)
    liar_sha, _ = blob(100_000, 2)
    impostor = random.Random(3).randbytes(100_000)  # the right size, other bytes
    with server.client(device.token) as client:
        made = create(client, [(good_sha, len(good)), (liar_sha, len(impostor))]).json()
        answer = patch(client, made["pack_id"], 0, good + impostor).json()
        assert answer["complete"] and answer["stored"] == [good_sha]
        assert answer["rejected"] == [liar_sha]
        missing = client.post(
            "/blobs/missing", json={"blobs": [{"sha256": liar_sha, "size": 100_000}]}
        ).json()["blobs"]
        assert missing == [{"sha256": liar_sha, "have_bytes": 0, "complete": False}]
    assert stored_path(server, good_sha).read_bytes() == good
    assert not stored_path(server, liar_sha).exists()
    leftovers = [p.name for p in (server.blob_dir / "partial").iterdir()]
    assert leftovers == []  # no temporary copy of the impostor either


def test_replaying_a_completed_pack_changes_nothing(server: RunningServer) -> None:
    device = server.office_with_device("PCR")
    parts = [blob(150_000, 10), blob(20_000, 11)]
    body = b"".join(data for _, data in parts)
    with server.client(device.token) as client:
        made = create(client, [(sha, len(data)) for sha, data in parts]).json()
        first = patch(client, made["pack_id"], 0, body)
        stamps = [stored_path(server, sha).stat().st_mtime_ns for sha, _ in parts]
        again = patch(client, made["pack_id"], 0, body)  # the answer was lost: sent again
        assert again.status_code == 200
        assert again.json() == first.json()
        status = client.get(f"/blobs/packs/{made['pack_id']}").json()
        assert status == first.json()
        # The same manifest later is a new pack (a finished one is never reopened).
        fresh = create(client, [(sha, len(data)) for sha, data in parts]).json()
        assert fresh["pack_id"] != made["pack_id"] and fresh["received"] == 0
        assert patch(client, fresh["pack_id"], 0, body).json()["stored"] == first.json()["stored"]
    assert [stored_path(server, sha).stat().st_mtime_ns for sha, _ in parts] == stamps
    for sha, data in parts:
        assert stored_path(server, sha).read_bytes() == data


def test_offsets_owners_and_sizes_are_checked(server: RunningServer) -> None:
    device = server.office_with_device("PCO")
    other = server.office_with_device("PCX", username="officer-other")
    sha, data = blob(30_000, 20)
    with server.client(device.token) as client:
        made = create(client, [(sha, len(data))]).json()
        pack_id = made["pack_id"]
        part = patch(client, pack_id, 0, data[:10_000]).json()
        assert (part["received"], part["complete"]) == (10_000, False)
        # Creating the same manifest again finds the open pack and its durable offset.
        again = create(client, [(sha, len(data))]).json()
        assert (again["pack_id"], again["received"]) == (pack_id, 10_000)
        assert client.get(f"/blobs/packs/{pack_id}").json()["received"] == 10_000
        wrong = patch(client, pack_id, 0, data[:10])
        assert wrong.status_code == 409 and wrong.json()["offset"] == 10_000
        too_long = patch(client, pack_id, 10_000, data[10_000:] + b"extra")
        assert too_long.status_code == 400 and too_long.json()["code"] == "length_exceeded"
        bad_total = client.post(
            "/blobs/packs", json={"blobs": [{"sha256": sha, "size": 5}], "total_bytes": 6}
        )
        assert bad_total.status_code == 422
        twice = create(client, [(sha, 5), (sha, 5)])
        assert twice.status_code == 422 and twice.json()["code"] == "invalid_manifest"
        rest = patch(client, pack_id, 10_000, data[10_000:]).json()
        assert rest["complete"] and rest["stored"] == [sha]
    with server.client(other.token) as stranger:
        assert stranger.get(f"/blobs/packs/{pack_id}").status_code == 410
        assert patch(stranger, pack_id, 0, b"x").status_code == 410
    assert stored_path(server, sha).read_bytes() == data


# -- the engine through a cut link --------------------------------------------------------


@pytest.fixture
def proxy(server: Any) -> Iterator[FaultProxy]:
    with FaultProxy(server.port) as running:
        yield running


@pytest.fixture
def engine_via() -> Iterator[Callable[..., SyncEngine]]:
    made: list[SyncEngine] = []

    def make(app: App, url: str, **options: Any) -> SyncEngine:
        device = load_enrollment(app.store, app.paths.root)
        assert device is not None
        transport = HttpTransport(url, device.secrets.device_token)
        made.append(build_engine(app, device, transport=transport, **options))
        return made[-1]

    yield make
    for engine in made:
        engine.close()


def test_a_cut_mid_pack_resumes_from_the_durable_offset_and_resends_under_one_step(
    app: App, server: Any, proxy: FaultProxy, tmp_path: Path, engine_via: Callable[..., SyncEngine]
) -> None:
    enroll_app(app, server)
    ids = register_many(app, 0, 4)
    blobs = TestBlobs(tmp_path / "photos")
    for n, record in enumerate(ids):
        for k in range(3):
            blobs.add(record, 100_000 + k, n * 3 + k)
    total = sum(100_000 + k for _ in ids for k in range(3))
    # The pack request is cut 700,000 bytes in (between two durability steps).
    proxy.reset_request_body(after=700_000, match="PATCH")
    result = engine_via(app, proxy.url, blobs=blobs.source()).run_once()
    assert result.ok and result.applied == 4, result
    assert proxy.counters.resets == 1
    lines = proxy.counters.request_lines
    # The cut one, then the rest; one more when the server saved more of the cut request
    # after answering the offset (it says so with 409 and the new offset: no bytes lost).
    assert 2 <= sum(line.startswith("PATCH") for line in lines) <= 3, lines
    assert sum(line.startswith("GET /api/v1/blobs/packs/") for line in lines) >= 1
    assert not any(line.startswith("PUT") for line in lines)
    resent = proxy.counters.body_bytes_up["PATCH"] - total
    assert 0 <= resent < wire.PACK_DURABLE_BYTES, resent
    hashes = server_blob_hashes(server.blob_dir, blobs.all())
    assert all(found == sha for sha, found in hashes.items())
    held = server_records(server.database_url)
    assert set(held) == set(ids) and all(c == (1, 1) for c in held.values())


def test_a_client_gone_mid_pack_is_resumed_by_the_next_pass(
    app: App, server: Any, proxy: FaultProxy, tmp_path: Path, engine_via: Callable[..., SyncEngine]
) -> None:
    """The pass ends at the cut (the link stays down for the status query); the next pass
    creates the same manifest, finds the server's session and sends only the rest."""
    enroll_app(app, server)
    ids = register_many(app, 0, 2)
    blobs = TestBlobs(tmp_path / "photos")
    for n, record in enumerate(ids):
        blobs.add(record, 400_000, n)
    proxy.reset_request_body(after=500_000, match="PATCH")
    proxy.answer_status(503, match="GET /api/v1/blobs/packs/")
    sync = engine_via(app, proxy.url, blobs=blobs.source())
    first = sync.run_once()
    assert first.failure is not None and first.applied == 0
    second = sync.run_once()
    assert second.ok and second.applied == 2, second
    resent = proxy.counters.body_bytes_up["PATCH"] - 800_000
    assert 0 <= resent < wire.PACK_DURABLE_BYTES, resent
    creates = [
        line for line in proxy.counters.request_lines if line.startswith("POST /api/v1/blobs/packs")
    ]
    assert len(creates) == 2
    hashes = server_blob_hashes(server.blob_dir, blobs.all())
    assert all(found == sha for sha, found in hashes.items())
