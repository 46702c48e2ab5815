"""A longer SIGKILL campaign than the test suite's: N kills per database (default 1,000).

Run: .venv/bin/python -m benchmarks.fault_campaign_sync [--kills 1000] [--db sqlite|postgresql|both]
Prints kills, records, blobs, time, and whether the server holds every record exactly
once and every blob identical by hash (it exits 1 otherwise).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from tests.integration.conftest import RunningServer, start_postgres, stop_postgres
from tests.integration.kill_campaign import run_campaign
from tests.integration.sync_helpers import enroll_app


def campaign(database: str, kills: int, work: Path, seed: int) -> bool:
    cluster = start_postgres() if database == "postgresql" else None
    (work / "server").mkdir(parents=True)
    url = cluster.create_database() if cluster else f"sqlite:///{work / 'server' / 'db.sqlite3'}"
    server = RunningServer(url, work / "server").start()
    app = open_app(DataPaths(work / "data"), SystemClock())
    try:
        enroll_app(app, server)
        report = run_campaign(app, server, work, kills=kills, seed=seed)
    finally:
        app.close()
        server.stop()
        if cluster:
            stop_postgres(cluster)
    once = all(c == (1, 1) for c in report.server_records.values())
    whole = all(found == sha for sha, found in report.blob_hashes.items())
    done = report.outbox_states == {"done": report.records}
    print(
        f"{database}: {report.kills} kills ({report.completed_runs} passes finished first), "
        f"{report.records} records, {report.blobs} blobs, {report.seconds:.0f} s; "
        f"final pass applied {report.final_applied}, replayed {report.final_replayed}; "
        f"exactly once: {once}; blobs identical: {whole}; outbox all done: {done}"
    )
    return once and whole and done and len(report.server_records) == report.records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    databases = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    ok = True
    for database in databases:
        with tempfile.TemporaryDirectory() as folder:
            ok &= campaign(database, args.kills, Path(folder), args.seed)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
