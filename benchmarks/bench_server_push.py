"""Push throughput of the sync server on PostgreSQL, next to a do-nothing FastAPI floor.

10,000 business records in batches of 500 over loopback (httpx, keep-alive), three runs
each (fresh record ids every run); the floor is the same request bodies POSTed to a
trivial FastAPI endpoint that reads the body and answers ``{}``, measured in the same run.
PostgreSQL runs durable (fsync on) in a throwaway cluster.

    cd /work/main && .venv/bin/python benchmarks/bench_server_push.py [--records N] [--fast-pg]
        [--workers N]

``--workers`` runs the server with N uvicorn processes (GOLONLINE_WORKERS); one client
pushes one batch at a time, as a laptop does, so more processes only help many laptops.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.integration.conftest import (  # noqa: E402
    RunningServer,
    _server_env,
    free_port,
    start_postgres,
    stop_postgres,
)
from tests.integration.sync_payloads import business_change  # noqa: E402

BATCH = 500
RUNS = 3

SINK_APP = """
import sys, uvicorn
from fastapi import FastAPI, Request
app = FastAPI()
@app.post("/sink")
async def sink(request: Request) -> dict:
    await request.body()
    return {}
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def bodies(records: int, run: int) -> list[bytes]:
    changes = [business_change(run * records + n) for n in range(records)]
    return [
        json.dumps(
            {"changes": [c.model_dump(mode="json") for c in changes[i : i + BATCH]]}
        ).encode()
        for i in range(0, records, BATCH)
    ]


def timed_posts(client: httpx.Client, url: str, payloads: list[bytes]) -> float:
    start = time.perf_counter()
    for body in payloads:
        answer = client.post(url, content=body, headers={"Content-Type": "application/json"})
        answer.raise_for_status()
        if url.endswith("/push"):
            statuses = {r["status"] for r in answer.json()["results"]}
            assert statuses == {"applied"}, statuses
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--fast-pg", action="store_true", help="fsync off (test cluster)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    os.environ["GOLONLINE_WORKERS"] = str(args.workers)  # inherited by the server process

    cluster = start_postgres(durable=not args.fast_pg)
    sink_port = free_port()
    sink = subprocess.Popen(
        [sys.executable, "-c", SINK_APP, str(sink_port)], env=_server_env(), cwd=REPO
    )
    server = RunningServer(cluster.create_database(), Path(tempfile.mkdtemp(prefix="bench-")))
    try:
        server.start()
        device = server.office_with_device("BENCH")
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{sink_port}/docs", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        server_rates, floor_rates = [], []
        with server.client(device.token) as api, httpx.Client(timeout=60) as plain:
            timed_posts(api, "/push", bodies(BATCH, 99))  # warm-up: connections, caches
            for run in range(RUNS):
                payloads = bodies(args.records, run)
                floor = timed_posts(plain, f"http://127.0.0.1:{sink_port}/sink", payloads)
                push = timed_posts(api, "/push", payloads)
                floor_rates.append(args.records / floor)
                server_rates.append(args.records / push)
                print(
                    f"run {run + 1}: push {args.records / push:8.0f} records/s   "
                    f"floor {args.records / floor:8.0f} records/s"
                )
        pg = "fsync off" if args.fast_pg else "durable (fsync on)"
        print(
            f"\n{args.records} business records, batches of {BATCH}, PostgreSQL {pg}, "
            f"{args.workers} server worker(s)"
        )
        print(f"server push : {statistics.median(server_rates):8.0f} records/s (median of {RUNS})")
        print(
            f"floor       : {statistics.median(floor_rates):8.0f} records/s "
            "(same bodies, do-nothing FastAPI endpoint)"
        )
    finally:
        server.stop()
        sink.terminate()
        sink.wait(10)
        stop_postgres(cluster)


if __name__ == "__main__":
    main()
