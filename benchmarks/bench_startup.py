#!/usr/bin/env python3
"""Start-up time of the application shell with 100,000 businesses in the database.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--rows 100000]

Measures whole processes, offscreen, median of N runs, against a floor measured in the
same run: a bare QMainWindow shown and quit. Goal: <= 2.5x the floor. Three moments of
``--smoke`` (it prints a line at each):

- shown: the window is on screen with its figures (read straight from the database
  file) and answers input; the data folder is still opening behind it;
- ready: the data folder is open and every section is built (the UMKM browser and form,
  sync); the figures were counted again through the services;
- exit: the process has ended (interpreter teardown, which nobody waits for).
The 100k-business database is generated once (bulk Core inserts into the migrated
schema) and cached in the temp folder (golonline-bench/).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = Path(tempfile.gettempdir()) / "golonline-bench"  # outside the checkout

FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 720)
w.show()
app.processEvents()
print("floor ok")
"""

APP = """
import sys
from golonline_desktop.gui.app import run
sys.exit(run(sys.argv[1], True, "id"))
"""

FIRST_NAMES = ["Sri", "Siti", "Dewi", "Agus", "Budi", "Wayan", "Made", "Rina", "Yusuf", "Ani"]
LAST_NAMES = ["Rahayu", "Lestari", "Santoso", "Wijaya", "Hidayat", "Saputra", "Nugroho"]
TRADES = ["Keripik", "Batik", "Kopi", "Sambal", "Tenun", "Warung", "Kue", "Rendang", "Madu"]
PLACES = ["Bu Sri", "Lestari", "Pak Darmo", "Mama Ince", "Sumba", "Barokah", "Jaya", "Makmur"]


def build_database(folder: Path, rows: int) -> Path:
    """A migrated data folder holding ``rows`` businesses and their outbox entries."""
    from sqlalchemy import insert, select

    from golonline_desktop.domain.clock import FixedClock
    from golonline_desktop.domain.ids import new_id
    from golonline_desktop.paths import DataPaths
    from golonline_desktop.services.app import open_app
    from golonline_desktop.storage.models import Business, Officer, OutboxEntry

    marker = folder / f"ready-{rows}"
    if marker.exists():
        return folder
    paths = DataPaths(folder).ensure()
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    app = open_app(paths, FixedClock(now))
    rng = random.Random(2026)
    try:
        with app.store.write() as session:
            officer = session.scalar(select(Officer.id).limit(1))
            batch: list[dict[str, object]] = []
            outbox: list[dict[str, object]] = []
            for n in range(rows):
                birth = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 15000))
                female = rng.random() < 0.6
                day = birth.day + (40 if female else 0)
                at = now - timedelta(minutes=rows - n)
                business_id = new_id()
                batch.append(
                    dict(
                        id=business_id,
                        drive_id=None,
                        business_name=f"{rng.choice(TRADES)} {rng.choice(PLACES)} {n}",
                        owner_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                        nik=f"317401{day:02d}{birth.month:02d}{birth.year % 100:02d}"
                        f"{n % 9999 + 1:04d}",
                        owner_birth_date=birth,
                        owner_sex="P" if female else "L",
                        phone=f"+62812{n:08d}",
                        email=None,
                        nib=None,
                        npwp=None,
                        kbli_code="10794",
                        kbli_version="2020",
                        sector="Makanan ringan",
                        address_line=f"Jl. Tebet Barat Dalam No. {n % 200 + 1}",
                        village_code="31.74.01.1001",
                        postal_code="12810",
                        capital_rupiah=rng.randrange(1, 500) * 100_000,
                        annual_sales_rupiah=rng.randrange(1, 2000) * 100_000,
                        scale="mikro",
                        employees=rng.randrange(1, 10),
                        consent_text_version="2026-11",
                        consent_at=at,
                        created_by=officer,
                        created_at=at,
                        updated_by=officer,
                        updated_at=at,
                        version=1,
                        deleted=False,
                    )
                )
                outbox.append(
                    dict(
                        entity="business",
                        entity_id=business_id,
                        version=1,
                        base_version=0,
                        operation="upsert",
                        payload="{}",
                        payload_hash="0" * 64,
                        state="pending" if n % 3 else "done",
                        attempts=0,
                        created_at=at,
                    )
                )
            session.execute(insert(Business), batch)
            session.execute(insert(OutboxEntry), outbox)
    finally:
        app.close()
    marker.write_text("ok\n")
    return folder


def timed(code: str, *args: str) -> tuple[float, float, float]:
    """Seconds until the window was shown with figures, until ready, until the process exited.

    The bare window prints one line: for it "shown" and "ready" are the same moment.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    shown = ready = None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if shown is None and (" shown" in line or " ok" in line):
            shown = time.perf_counter() - start
        if ready is None and " ok" in line:
            ready = time.perf_counter() - start
    stderr = process.stderr.read() if process.stderr else ""
    code_ = process.wait()
    elapsed = time.perf_counter() - start
    if code_ != 0 or ready is None or shown is None:
        raise RuntimeError(f"run failed ({code_}): {''.join(lines)}{stderr}")
    return shown, ready, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()

    folder = CACHE / f"startup-{args.rows}"
    t0 = time.perf_counter()
    build_database(folder, args.rows)
    print(f"database with {args.rows:,} businesses ready in {time.perf_counter() - t0:.1f} s")
    timed(APP, str(folder))  # warm the page cache and any first-start work
    timed(FLOOR)
    floor, shell = [], []
    for _ in range(args.runs):  # interleaved so machine noise hits both alike
        floor.append(timed(FLOOR))
        shell.append(timed(APP, str(folder)))
    moments = (
        ("shown: window on screen with its figures, answering", 0, "(goal <= 2.5x)"),
        ("ready: data folder open, every section built", 1, ""),
        ("exit: whole process", 2, ""),
    )
    for label, index, goal in moments:
        f = statistics.median(t[index] for t in floor)
        s = statistics.median(t[index] for t in shell)
        print(f"-- {label}")
        print(f"floor  (bare QMainWindow shown):          {f * 1000:7.0f} ms")
        print(f"app    ({args.rows:,} businesses, --smoke): {s * 1000:7.0f} ms")
        print(f"ratio  {s / f:.2f}x {goal}, median of {args.runs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
