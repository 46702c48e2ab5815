"""Sync throughput and link use, each next to a floor measured in the same run.

1. Loopback, PostgreSQL: N registrations (default 10,000) synced by the engine, against a
   raw batched POST of the very same changes (batches of 500, one keep-alive client) to a
   fresh database of the same server: records/s for both.
2. Through the fault proxy at 1 Mbit/s up and down with 300 ms round trip, businesses with
   3 photos (~100 KB each, ~300 KB per business): link utilisation (bytes through the
   proxy upward / (rate x elapsed)) and HTTP requests per record, counting every request
   the pass makes through the proxy (missing-blob query, pack create, pack upload, push,
   pull). Photos go up in packs (many blobs in one streaming request); the default 150
   businesses are one push batch, so the figure is what a real backlog costs.
3. The same link, the pack request cut 1.5 durability steps (256 KiB each) in: bytes sent
   again after the engine resumed from the server's durable offset.

Run: .venv/bin/python -m benchmarks.bench_sync [--records 10000] [--businesses 150]
     [--runs 1] [--workers 1]
``--runs`` repeats the loopback measurement (fresh laptop and databases) and prints the
medians; ``--workers`` starts the servers with N uvicorn processes (GOLONLINE_WORKERS).
Needs Debian's PostgreSQL 15 binaries (as the integration tests do).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from golonline_desktop import wire
from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.domain.ids import new_id
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.registration import business_payload
from golonline_desktop.services.sync_blobs import NoBlobs
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_transport import HttpTransport
from golonline_desktop.storage.models import Business
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.sync_state import all_pending
from tests.factories import business_input
from tests.fault_proxy import FaultProxy
from tests.integration.conftest import RunningServer, start_postgres, stop_postgres
from tests.integration.sync_helpers import TestBlobs, enroll_app, register_many

RATE = 1_000_000 / 8  # 1 Mbit/s in bytes/s
ONE_WAY = 0.150


def bulk_register(app: App, count: int) -> None:
    """Registrations as the service saves them (validated fields, row, outbox entry), in one
    transaction and without the per-save duplicate search, so 10,000 take seconds."""
    now = app.clock.now()
    actor = app.actor.officer_id
    with app.store.write() as session:
        for n in range(count):
            fields = app.registration.validate(business_input(n)).fields
            assert fields is not None
            row = Business(
                id=new_id(), drive_id=None, **fields.as_dict(), consent_at=now,
                duplicate_reason=None, created_by=actor, created_at=now, updated_by=actor,
                updated_at=now, version=1, deleted=False,
            )  # fmt: skip
            session.add(row)
            record_change(
                session, entity="business", entity_id=row.id, version=1,
                operation=Operation.UPSERT, payload=business_payload(row), at=now,
            )  # fmt: skip
            if n % 1000 == 999:
                session.flush()


def start_server(cluster: object, workdir: Path) -> RunningServer:
    workdir.mkdir(parents=True, exist_ok=True)
    return RunningServer(cluster.create_database(), workdir).start()  # type: ignore[attr-defined]


def new_app(root: Path) -> App:
    return open_app(DataPaths(root / "data"), SystemClock())


def engine_for(app: App, url: str, blobs: object = None, **options: int) -> SyncEngine:
    device = load_enrollment(app.store, app.paths.root)
    assert device is not None
    transport = HttpTransport(url, device.secrets.device_token)
    return SyncEngine(app.store, transport, blobs or NoBlobs(), app.clock, **options)  # type: ignore[arg-type]


def loopback(cluster: object, work: Path, records: int) -> tuple[float, float]:
    """One measurement: (engine records/s, floor records/s)."""
    server = start_server(cluster, work / "srv1")
    floor_server = start_server(cluster, work / "srv2")
    try:
        app = new_app(work / "a")
        enroll_app(app, server)
        started = time.perf_counter()
        bulk_register(app, records)
        print(f"(registered {records} locally in {time.perf_counter() - started:.1f} s)")
        with app.store.read() as session:
            changes = [SyncEngine._change(item) for item in all_pending(session)]
        with engine_for(app, server.base_url) as engine:
            started = time.perf_counter()
            result = engine.run_once()
            engine_s = time.perf_counter() - started
        assert result.ok and result.applied == records, result
        enrolled = floor_server.office_with_device("FLOOR")
        with floor_server.client(enrolled.token) as client:
            started = time.perf_counter()
            for i in range(0, len(changes), wire.MAX_PUSH_ITEMS):
                body = wire.PushRequest(changes=changes[i : i + wire.MAX_PUSH_ITEMS])
                answer = client.post("/push", content=body.model_dump_json(),
                                     headers={"Content-Type": "application/json"})  # fmt: skip
                answer.raise_for_status()
            floor_s = time.perf_counter() - started
        print(f"loopback PostgreSQL, {records} registrations:")
        print(f"  engine (push + pull, state kept): {records / engine_s:,.0f} records/s "
              f"({engine_s:.2f} s)")  # fmt: skip
        print(f"  floor: raw batched POST, same payload: {records / floor_s:,.0f} records/s "
              f"({floor_s:.2f} s); engine/floor = {floor_s / engine_s:.0%}")  # fmt: skip
        app.close()
        return records / engine_s, records / floor_s
    finally:
        server.stop()
        floor_server.stop()


def kinds(lines: list[str]) -> str:
    """Requests by method and path (ids left out), e.g. ``1 POST /blobs/missing``."""
    counted: dict[str, int] = {}
    for line in lines:
        method, path = line.split(" ")[:2]
        path = path.split("?")[0].removeprefix(wire.API_PREFIX)
        if path.startswith("/blobs/packs/"):
            path = "/blobs/packs/{id}"
        elif path.startswith("/blobs/") and path not in ("/blobs/missing", "/blobs/packs"):
            path = "/blobs/{sha256}"
        counted[f"{method} {path}"] = counted.get(f"{method} {path}", 0) + 1
    return ", ".join(f"{n} {kind}" for kind, n in counted.items())


def thin_link(cluster: object, work: Path, businesses: int) -> None:
    server = start_server(cluster, work / "srv3")
    try:
        app = new_app(work / "b")
        enroll_app(app, server)
        ids = register_many(app, 0, businesses)
        blobs = TestBlobs(work / "photos")
        for n, record in enumerate(ids):
            for k in range(3):
                blobs.add(record, 100_000, n * 3 + k)
        with (
            FaultProxy(
                server.port,
                latency_up=ONE_WAY,
                latency_down=ONE_WAY,
                bandwidth_up=RATE,
                bandwidth_down=RATE,
            ) as proxy,  # fmt: skip
            engine_for(app, proxy.url, blobs.source()) as engine,
        ):
            started = time.perf_counter()
            result = engine.run_once()
            elapsed = time.perf_counter() - started
            counters = proxy.counters
        assert result.ok and result.applied == businesses, result
        payload = result.bytes_up
        print(f"1 Mbit/s, 300 ms RTT, {businesses} businesses x 3 photos of 100 KB:")
        print(f"  {elapsed:.1f} s; {counters.bytes_up:,} bytes up through the link; "
              f"utilisation {counters.bytes_up / (RATE * elapsed):.0%} "
              f"(blob bytes {payload:,}: {payload / (RATE * elapsed):.0%})")  # fmt: skip
        print(f"  floor: the blob bytes alone at line rate take {payload / RATE:.1f} s")
        print(f"  HTTP requests: {counters.requests} for {businesses} records = "
              f"{counters.requests / businesses:.3f} per record "
              f"({kinds(counters.request_lines)})")  # fmt: skip
        app.close()
    finally:
        server.stop()


def cut_upload(cluster: object, work: Path) -> None:
    server = start_server(cluster, work / "srv4")
    step = wire.PACK_DURABLE_BYTES
    try:
        app = new_app(work / "c")
        enroll_app(app, server)
        [record] = register_many(app, 0, 1)
        blobs = TestBlobs(work / "photos-c")
        for k in range(3):
            blobs.add(record, 300_000, 99 + k)
        size = 3 * 300_000
        with (
            FaultProxy(
                server.port,
                latency_up=ONE_WAY,
                latency_down=ONE_WAY,
                bandwidth_up=RATE,
                bandwidth_down=RATE,
            ) as proxy,  # fmt: skip
            engine_for(app, proxy.url, blobs.source()) as engine,
        ):
            proxy.reset_request_body(after=step + step // 2, match="PATCH")
            result = engine.run_once()
        assert result.ok and proxy.counters.resets == 1, result
        resent = proxy.counters.body_bytes_up["PATCH"] - size
        print(f"pack of 3 photos ({size:,} bytes) cut {step + step // 2:,} bytes in "
              f"(durability step {step:,}):")  # fmt: skip
        print(f"  bytes sent again: {resent:,} ({resent / step:.2f} step); floor 0; "
              f"requests {kinds(proxy.counters.request_lines)}")  # fmt: skip
        app.close()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--businesses", type=int, default=150)
    parser.add_argument("--only", choices=["loopback", "link", "cut"], default=None)
    parser.add_argument("--runs", type=int, default=1, help="loopback measurements")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    os.environ["GOLONLINE_WORKERS"] = str(args.workers)  # inherited by the server processes
    cluster = start_postgres()
    try:
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            if args.only in (None, "loopback"):
                rates = [
                    loopback(cluster, work / f"run{n}", args.records) for n in range(args.runs)
                ]
                if args.runs > 1:
                    engine = statistics.median(r[0] for r in rates)
                    floor = statistics.median(r[1] for r in rates)
                    print(f"median of {args.runs} ({args.workers} server worker(s)): engine "
                          f"{engine:,.0f} records/s, floor {floor:,.0f} records/s, "
                          f"engine/floor = {engine / floor:.0%}")  # fmt: skip
            if args.only in (None, "link"):
                thin_link(cluster, work, args.businesses)
            if args.only in (None, "cut"):
                cut_upload(cluster, work)
    finally:
        stop_postgres(cluster)


if __name__ == "__main__":
    main()
