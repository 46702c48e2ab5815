"""The sync server end to end: a real subprocess on 127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json

from golonline_desktop.domain.ids import new_id
from golonline_desktop.wire import (
    MAX_CHUNK_BYTES,
    MAX_PUSH_BYTES,
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    ChangesResponse,
    ItemStatus,
    PushResponse,
)

from .conftest import RunningServer
from .sync_payloads import business_change, change, push_body, replace_change, with_payload

PASSWORD = "correct horse battery"


def _push(client, changes) -> PushResponse:
    answer = client.post("/push", json=push_body(changes))
    assert answer.status_code == 200, answer.text
    return PushResponse.model_validate(answer.json())


def _pull_all(client) -> list:
    found, cursor = [], "0"
    while True:
        page = ChangesResponse.model_validate(
            client.get("/changes", params={"since": cursor, "limit": 3}).json()
        )
        found.extend(page.changes)
        cursor = page.next_cursor
        if not page.more:
            return found


def test_push_is_idempotent_and_conflicts_are_surfaced(server: RunningServer) -> None:
    first = server.office_with_device("JKT")
    server.create_officer("JKT", "budi", PASSWORD)
    second = server.enroll("budi", PASSWORD, "second laptop")
    batch = [business_change(n) for n in range(5)]
    edit = business_change(7, batch[0].entity_id, version=2, business_name="Warung Baru")
    with server.client(first.token) as a, server.client(second.token) as b:
        applied = _push(a, [*batch, edit])
        assert [r.status for r in applied.results] == [ItemStatus.APPLIED] * 6
        assert [r.server_version for r in applied.results] == [1, 1, 1, 1, 1, 2]

        # A replay of the whole batch (a lost response) gives the same answers again.
        replayed = _push(a, [*batch, edit])
        assert [r.status for r in replayed.results] == [ItemStatus.REPLAYED] * 6
        assert [r.server_version for r in replayed.results] == [1, 1, 1, 1, 1, 2]

        # Another laptop edited version 1 -> 2 too: a conflict, never an overwrite.
        rival = business_change(7, batch[0].entity_id, version=2, business_name="Toko Lain")
        stale = business_change(3, batch[1].entity_id, version=3)  # base 2, server has 1
        fresh = business_change(9)
        answer = _push(b, [rival, stale, fresh])
        assert [r.status for r in answer.results] == [
            ItemStatus.CONFLICT,
            ItemStatus.CONFLICT,
            ItemStatus.APPLIED,
        ]
        assert answer.results[0].server_version == 2
        assert answer.results[1].server_version == 1

        # The other laptop pulls the first one's records, and the held version is A's edit.
        pulled = _pull_all(b)
        business = {(c.entity_id, c.version): c for c in pulled if c.entity == "business"}
        assert set(business) == {(c.entity_id, c.version) for c in [*batch, edit]}
        assert json.loads(business[(edit.entity_id, 2)].payload)["business_name"] == "Warung Baru"
        # A device never gets back what it pushed itself, but sees the other's push.
        pulled_by_a = [c for c in _pull_all(a) if c.entity == "business"]
        assert [c.entity_id for c in pulled_by_a] == [fresh.entity_id]


def test_invalid_items_are_rejected_without_blocking_the_batch(server: RunningServer) -> None:
    device = server.office_with_device("BDG")
    good = business_change(1)
    bad_nik = business_change(2, nik="1234")
    bad_hash = replace_change(business_change(3), payload_hash="0" * 64)
    not_json = change("photo", new_id(), 1, {"a": 1})
    not_json = replace_change(
        not_json, payload="[1, 2]", payload_hash=hashlib.sha256(b"[1, 2]").hexdigest()
    )
    opaque = change("product", new_id(), 1, {"title": "Keripik", "price": 15000})
    with server.client(device.token) as client:
        answer = _push(client, [bad_nik, good, bad_hash, not_json, opaque])
        statuses = [r.status for r in answer.results]
        assert statuses == [
            ItemStatus.REJECTED,
            ItemStatus.APPLIED,
            ItemStatus.REJECTED,
            ItemStatus.REJECTED,
            ItemStatus.APPLIED,
        ]
        assert answer.results[0].code.startswith("nik.")
        assert answer.results[2].code == "payload.hash_mismatch"
        assert answer.results[3].code == "payload.not_object"
        # A rejected key stays free: the corrected record is applied under it.
        fixed = with_payload(bad_nik, nik=json.loads(good.payload)["nik"][:-1] + "9")
        assert _push(client, [fixed]).results[0].status is ItemStatus.APPLIED


def test_offices_are_isolated_and_revoked_devices_refused(server: RunningServer) -> None:
    jakarta = server.office_with_device("JKT")
    bandung = server.office_with_device("BDG")
    record = business_change(1)
    with server.client(jakarta.token) as a, server.client(bandung.token) as b:
        assert _push(a, [record]).results[0].status is ItemStatus.APPLIED
        # Bandung cannot write Jakarta's record, neither as a new one nor as an edit.
        takeover = _push(
            b,
            [
                with_payload(record, business_name="X"),
                business_change(2, record.entity_id, version=2),
            ],
        )
        assert [r.code for r in takeover.results] == ["office.forbidden"] * 2
        assert [c for c in _pull_all(b) if c.entity == "business"] == []

        server.revoke(jakarta.device_id)
        refused = a.get("/changes")
        assert refused.status_code == 403
        assert refused.json()["code"] == "device_revoked"
        assert a.post("/push", json=push_body([business_change(3)])).json()["code"] == (
            "device_revoked"
        )
        # Bandung is unaffected; an unknown token is a 401.
        assert b.get("/changes").status_code == 200
    with server.client("not-a-token") as nobody:
        answer = nobody.get("/changes")
        assert answer.status_code == 401 and answer.json()["code"] == "unauthorized"
    devices = server.admin("list-devices", "--office", "JKT")
    assert [d["revoked_at"] is not None for d in devices] == [True]


def test_blob_upload_resumes_and_verifies(server: RunningServer) -> None:
    device = server.office_with_device("SBY")
    data = bytes(range(256)) * 5000  # 1.28 MB: two chunks
    digest = hashlib.sha256(data).hexdigest()
    with server.client(device.token) as client:

        def put(offset: int, chunk: bytes, total: int = len(data), sha: str = digest):
            return client.put(
                f"/blobs/{sha}",
                content=chunk,
                headers={
                    UPLOAD_OFFSET_HEADER: str(offset),
                    UPLOAD_LENGTH_HEADER: str(total),
                    "Content-Type": "application/octet-stream",
                },
            )

        query = {"blobs": [{"sha256": digest, "size": len(data)}]}
        assert client.post("/blobs/missing", json=query).json()["blobs"] == [
            {"sha256": digest, "have_bytes": 0, "complete": False}
        ]
        first = put(0, data[:MAX_CHUNK_BYTES])
        assert first.json() == {"sha256": digest, "received": MAX_CHUNK_BYTES, "complete": False}
        assert client.post("/blobs/missing", json=query).json()["blobs"][0]["have_bytes"] == (
            MAX_CHUNK_BYTES
        )
        wrong = put(0, data[:10])
        assert wrong.status_code == 409
        assert (
            wrong.json()["code"] == "offset_mismatch" and wrong.json()["offset"] == MAX_CHUNK_BYTES
        )
        done = put(MAX_CHUNK_BYTES, data[MAX_CHUNK_BYTES:])
        assert done.json()["complete"] is True
        assert client.post("/blobs/missing", json=query).json()["blobs"] == []
        stored = server.blob_dir / "objects" / digest[:2] / digest[2:4] / digest
        assert stored.read_bytes() == data

        # Bytes that do not match the name are refused and never become visible.
        liar = hashlib.sha256(b"something else").hexdigest()
        refused = put(0, b"not that", total=8, sha=liar)
        assert refused.status_code == 422 and refused.json()["code"] == "hash_mismatch"
        assert client.post("/blobs/missing", json={"blobs": [{"sha256": liar, "size": 8}]}).json()[
            "blobs"
        ] == [{"sha256": liar, "have_bytes": 0, "complete": False}]
        too_big = put(0, b"x" * (MAX_CHUNK_BYTES + 1), total=MAX_CHUNK_BYTES + 1, sha=liar)
        assert too_big.status_code == 413 and too_big.json()["code"] == "too_large"


def test_limits_and_malformed_requests(server: RunningServer) -> None:
    device = server.office_with_device("MDN")
    with server.client(device.token) as client:
        huge = client.post(
            "/push",
            content=b"{" + b" " * MAX_PUSH_BYTES + b"}",
            headers={"Content-Type": "application/json"},
        )
        assert huge.status_code == 413 and huge.json()["code"] == "too_large"
        too_many = client.post("/push", json=push_body([business_change(n) for n in range(501)]))
        assert too_many.status_code == 422 and too_many.json()["code"] == "invalid_request"
        assert "changes" in too_many.json()["message"]
        garbage = client.post(
            "/push", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert garbage.status_code == 422 and garbage.json()["code"] == "invalid_request"
        cursor = client.get("/changes", params={"since": "abc"})
        assert cursor.status_code == 422 and cursor.json()["code"] == "invalid_cursor"
    with server.client() as anonymous:
        bad_login = anonymous.post(
            "/enroll",
            json={
                "username": "officer-mdn",
                "password": "wrong password",
                "device_name": "x",
                "public_key": "A" * 43,
            },
        )
        schema = anonymous.get("/openapi.json").json()
    assert bad_login.status_code == 401 and bad_login.json()["code"] == "invalid_credentials"
    assert {"/api/v1/push", "/api/v1/changes", "/api/v1/enroll", "/api/v1/health"} <= set(
        schema["paths"]
    )
