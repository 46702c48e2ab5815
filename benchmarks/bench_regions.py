"""Region directory lookups against floors measured in the same run.

Usage::

    python benchmarks/bench_regions.py [--rounds N]

Prints median and p95 per call (microseconds) for get, children, full_path, search and
is_known_kecamatan, next to two floors: a Python dict lookup and a raw ``SELECT`` by
primary key on the same read-only connection settings. Codes and queries are fixed
samples spread over the country, so runs are comparable.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from golonline_desktop.storage.region_directory import RegionDirectory, default_path

SEARCHES = ["sukamaju", "tebet", "jakarta", "kota band", "regapu'u", "sari", "su", "b", "317401"]


def measure(fn: Callable[[object], object], args: Sequence[object], rounds: int) -> list[float]:
    timings: list[float] = []
    for _ in range(rounds):
        for arg in args:
            start = time.perf_counter_ns()
            fn(arg)
            timings.append((time.perf_counter_ns() - start) / 1000)
    return timings


def report(name: str, timings: list[float]) -> None:
    timings.sort()
    median = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{name:<38} median {median:9.1f} us   p95 {p95:9.1f} us   (n={len(timings)})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    path = default_path()

    start = time.perf_counter()
    directory = RegionDirectory.open(path)
    print(f"open: {(time.perf_counter() - start) * 1000:.2f} ms  ({path.stat().st_size >> 10} KiB)")

    raw = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    all_codes = [row[0] for row in raw.execute("SELECT code FROM region ORDER BY code")]
    rng = random.Random(20251127)
    sample = rng.sample(all_codes, 200)
    villages = [c for c in all_codes if c.count(".") == 3]
    village_sample = rng.sample(villages, 200)
    parents = [*[c for c in sample if c.count(".") < 3][:50], "32", "35", "33"]
    kecamatan = [c for c in all_codes if c.count(".") == 2]
    prefix_sample = [*rng.sample(kecamatan, 100), "91.01.01", "92.01.01", "31.74.99"]
    as_dict = {c: c for c in all_codes}

    print("-- floors")
    report("dict lookup", measure(as_dict.get, sample, args.rounds))
    report(
        "raw SELECT by code (own connection)",
        measure(
            lambda c: raw.execute(
                "SELECT code, name, level FROM region WHERE code = ?", (c,)
            ).fetchone(),
            sample,
            args.rounds,
        ),
    )
    report(
        "raw LIKE '%sari%' scan, limit 50",
        measure(
            lambda q: raw.execute(
                "SELECT code FROM region WHERE name_norm LIKE ? LIMIT 50", (f"%{q}%",)
            ).fetchall(),
            ["sari"],
            args.rounds,
        ),
    )
    report(
        "raw LIKE '%regapu%' scan (rare: whole table)",
        measure(
            lambda q: raw.execute(
                "SELECT code FROM region WHERE name_norm LIKE ? LIMIT 50", (f"%{q}%",)
            ).fetchall(),
            ["regapu"],
            args.rounds,
        ),
    )
    print("-- RegionDirectory")
    report("get", measure(directory.get, sample, args.rounds))
    report(
        "children (province/regency/kecamatan)", measure(directory.children, parents, args.rounds)
    )
    report("full_path (village)", measure(directory.full_path, village_sample, args.rounds))
    report("is_known_kecamatan", measure(directory.is_known_kecamatan, prefix_sample, args.rounds))
    report("search (limit 50, mixed queries)", measure(directory.search, SEARCHES, args.rounds))
    for query in SEARCHES:
        report(f"  search {query!r}", measure(directory.search, [query], args.rounds * 5))
    raw.close()
    directory.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
