"""Time to save one registration, next to the floor: a raw one-row INSERT + COMMIT.

Both run in the same process, on files in one temp folder, with the same durability
settings (WAL, synchronous FULL), interleaved one by one so machine noise hits both alike.

    .venv/bin/python benchmarks/bench_save.py [--saves 1000] [--village-size 0] [--profile]

``--village-size N`` first fills the village with N businesses (the duplicate check looks
at every business of the village); ``--profile`` runs the saves under cProfile and prints
where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from golonline_desktop.domain.business import BusinessInput
from golonline_desktop.domain.sex import Sex
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app

VILLAGE = "31.74.01.1001"  # Kel. Tebet Timur, Kec. Tebet (NIK prefix 317401)
WORDS = [
    "keripik",
    "tempe",
    "batik",
    "sambal",
    "kopi",
    "tahu",
    "jahit",
    "madu",
    "bengkel",
    "kue",
    "roti",
    "bakso",
    "soto",
    "sate",
    "rendang",
    "gudeg",
    "tenun",
    "anyaman",
    "gerabah",
    "ukiran",
    "sablon",
    "laundry",
    "salon",
    "cetak",
    "servis",
]


def business(n: int) -> BusinessInput:
    """The n-th distinct valid business: unique NIK, phone and a name unlike the others."""
    birth = date(1970 + (n // 9999) % 30, 1 + n % 12, 1 + n % 28)
    serial = n % 9999 + 1
    nik = f"317401{birth.day + 40:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    token = "".join(chr(97 + b % 26) for b in hashlib.sha256(str(n).encode()).digest()[:12])
    name = f"{WORDS[n % len(WORDS)].title()} {token.title()}"
    return BusinessInput(
        business_name=name,
        owner_name="Sri Rahayu",
        nik=nik,
        owner_birth_date=birth,
        owner_sex=Sex.FEMALE,
        phone=f"0813{n:08d}",
        email=f"pemilik{n}@example.co.id",
        kbli_code="10794",
        sector="Makanan ringan",
        address_line=f"Jl. Tebet Barat Dalam No. {n % 200 + 1}",
        village_code=VILLAGE,
        postal_code="12810",
        capital="Rp15.000.000",
        annual_sales="Rp120.000.000",
        employees="2",
        consent_text_version="2026-11",
    )


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, payload TEXT NOT NULL)")
    return conn


def raw_insert(conn: sqlite3.Connection, n: int, payload: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO t (id, payload) VALUES (?, ?)", (f"row-{n}", payload))
    conn.execute("COMMIT")


def summary(label: str, samples_ms: list[float]) -> tuple[float, float]:
    ordered = sorted(samples_ms)
    median = statistics.median(ordered)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"{label:<44} median {median:7.3f} ms   p95 {p95:7.3f} ms")
    return median, p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--village-size", type=int, default=0)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-save-") as tmp:
        folder = Path(tmp)
        app = open_app(DataPaths(folder / "data"))
        raw = raw_connection(folder / "floor.sqlite3")
        payload = json.dumps({"business_name": "x" * 40, "nik": "3" * 16, "pad": "y" * 900})
        offset = 100_000
        for n in range(args.village_size):  # pre-fill, not timed
            app.registration.register(business(offset + n), duplicate_reason="prefill")
        for n in range(20):  # warm-up: caches, statement compilation
            assert app.registration.register(business(n)).saved
            raw_insert(raw, -n - 1, payload)

        saves: list[float] = []
        floor: list[float] = []
        cpu: list[float] = []  # CPU time of the save: what is left when fsync is free
        unsaved = 0
        profiler = cProfile.Profile() if args.profile else None
        for n in range(20, 20 + args.saves):
            data = business(n)
            t0 = time.perf_counter()
            raw_insert(raw, n, payload)
            t1 = time.perf_counter()
            c1 = time.process_time()
            if profiler:
                profiler.enable()
            outcome = app.registration.register(data)
            if profiler:
                profiler.disable()
            t2 = time.perf_counter()
            cpu.append((time.process_time() - c1) * 1000)
            if not outcome.saved:  # a chance look-alike name: still a full save attempt
                unsaved += 1
            floor.append((t1 - t0) * 1000)
            saves.append((t2 - t1) * 1000)
        raw.close()
        app.close()

    print(
        f"{args.saves} saves ({unsaved} stopped as look-alike names), village pre-filled with"
        f" {args.village_size} businesses"
    )
    save_median, _ = summary("RegistrationService.register", saves)
    floor_median, _ = summary("floor: raw sqlite3 INSERT + COMMIT (same PRAGMAs)", floor)
    summary("register, CPU time only (no fsync wait)", cpu)
    print(f"ratio (median save / median floor): {save_median / floor_median:.1f}x")
    print(f"target: median save <= 3 ms -> {'met' if save_median <= 3 else 'NOT met'}")
    if profiler:
        stats = pstats.Stats(profiler).strip_dirs().sort_stats("cumulative")
        stats.print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
