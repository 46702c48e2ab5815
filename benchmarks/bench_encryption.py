"""Cost of encryption at rest (issue 7): save and search, plain SQLite vs SQLCipher; login time.

Three data folders in one temp folder, filled by the same saves through
``RegistrationService.register``, interleaved one by one so machine noise hits all alike:

* ``plain``: the app's plain SQLite (Python's ``sqlite3``, the system library);
* ``build, no key``: a plain file opened through the SQLCipher build (``sqlcipher3``) without
  a key, which separates what that SQLite build costs by itself from what encryption adds;
* ``sqlcipher``: the encrypted database (raw 256-bit key, no KDF per connection).

Then the same search queries (NIK digits, phone digits, a name word) through
``BusinessQueryService.first_page``, interleaved too. Last, "search right after a save": the
pool first holds two connections (as after two threads once overlapped in the GUI), then
each search follows a save, the case where a connection's page cache may be cold. Goal:
sqlcipher ≤ 1.15 × plain for the save and search medians.

Login: Argon2id with the vault's default parameters (``storage.vault.DEFAULT_KDF``),
``KeyVault.unlock`` timed, next to one AES-GCM unwrap alone (its floor). Goal ~0.5 s.

    .venv/bin/python benchmarks/bench_encryption.py [--saves 1000] [--searches 300] [--logins 5]

``--pool-fifo`` hands pooled connections out oldest first (SQLAlchemy's default, what the
store did before ``storage.engine`` chose LIFO), to show what that order costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_save import business

from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.business_query import (
    BrowserQuery,
    BusinessQueryService,
)
from golonline_desktop.services.identity import ensure_local_actor
from golonline_desktop.storage.engine import Store, create_sqlite_engine
from golonline_desktop.storage.migrate import upgrade
from golonline_desktop.storage.region_directory import RegionDirectory
from golonline_desktop.storage.sqlcipher import sqlcipher as sqlcipher_dbapi
from golonline_desktop.storage.vault import DEFAULT_KDF, KeyVault

KEY = bytes(range(32))


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(values) * 1000:7.3f} ms   p95 {p95 * 1000:7.3f} ms"


def _save(app: App, n: int) -> float:
    start = time.perf_counter()
    outcome = app.registration.register(business(n), confirm_warnings=True, duplicate_reason="x")
    elapsed = time.perf_counter() - start
    assert outcome.saved, outcome
    return elapsed


def _search(query: BusinessQueryService, text: str) -> float:
    start = time.perf_counter()
    page = query.first_page(BrowserQuery(text=text), 50)
    elapsed = time.perf_counter() - start
    assert page is not None
    return elapsed


def _open_unkeyed_build(paths: DataPaths, clock: SystemClock, regions: RegionDirectory) -> App:
    """A plain data folder opened through the SQLCipher build, with no key."""
    paths.ensure()
    store = Store(create_sqlite_engine(paths.database, dbapi=sqlcipher_dbapi))
    report = upgrade(store.engine, paths.database, paths.backups, clock.now())
    return App(paths, clock, store, regions, ensure_local_actor(store, clock), report)


def _report(title: str, times: dict[str, list[float]]) -> None:
    print(title)
    for name, values in times.items():
        print(f"  {name:14s} {_ms(values)}")
    median = {name: statistics.median(values) for name, values in times.items()}
    ratio = median["sqlcipher"] / median["plain"]
    print(f"  sqlcipher / plain median: {ratio:.2f}  (goal <= 1.15)")
    if "build, no key" in median:
        build = median["build, no key"]
        print(
            f"    of which the SQLite build (no key / plain): {build / median['plain']:.2f}; "
            f"encryption (sqlcipher / no key): {median['sqlcipher'] / build:.2f}"
        )


def _texts(saves: int, searches: int) -> list[str]:
    texts = []
    for i in range(searches):
        sample = business((i * 7919) % saves)
        texts.append(
            [sample.nik[-8:], sample.phone[-6:], sample.business_name.split()[1][:5]][i % 3]
        )
    return texts


def bench_storage(folder: Path, saves: int, searches: int) -> None:
    regions = RegionDirectory.open()
    clock = SystemClock()
    apps = {
        "plain": open_app(DataPaths(folder / "plain"), clock, regions),
        "build, no key": _open_unkeyed_build(DataPaths(folder / "build"), clock, regions),
        "sqlcipher": open_app(DataPaths(folder / "encrypted"), clock, regions, key=KEY),
    }
    try:
        save_times: dict[str, list[float]] = {name: [] for name in apps}
        for n in range(saves):
            for name, app in apps.items():
                save_times[name].append(_save(app, n))
        queries = {name: BusinessQueryService(app.store, regions) for name, app in apps.items()}
        search_times: dict[str, list[float]] = {name: [] for name in apps}
        for text in _texts(saves, searches):
            for name, query in queries.items():
                search_times[name].append(_search(query, text))
        after_save: dict[str, list[float]] = {name: [] for name in apps}
        for name in after_save:  # two threads overlapped once: two connections in the pool
            first, second = apps[name].store.engine.connect(), apps[name].store.engine.connect()
            first.close()
            second.close()
        for i, text in enumerate(_texts(saves, searches)):
            for name in after_save:
                _save(apps[name], saves + i)
                after_save[name].append(_search(queries[name], text))
    finally:
        for app in apps.values():
            app.close()
    _report(f"save ({saves} registrations, WAL + synchronous FULL)", save_times)
    _report(f"search ({searches} queries over {saves} rows, first page of 50)", search_times)
    _report("search right after a save (two connections in the pool)", after_save)


def bench_login(folder: Path, logins: int) -> None:
    vault = KeyVault.in_folder(folder / "vault", DEFAULT_KDF)
    vault.create("officer-1", "sri", "kata-sandi-panjang")
    unlock_times = []
    for _ in range(logins):
        start = time.perf_counter()
        vault.unlock("sri", "kata-sandi-panjang")
        unlock_times.append(time.perf_counter() - start)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aes = AESGCM(KEY)
    sealed = aes.encrypt(b"\0" * 12, KEY, b"")
    start = time.perf_counter()
    for _ in range(1000):
        aes.decrypt(b"\0" * 12, sealed, b"")
    floor = (time.perf_counter() - start) / 1000
    kdf = DEFAULT_KDF
    print(
        f"login (Argon2id t={kdf.time_cost}, m={kdf.memory_kib // 1024} MiB, "
        f"p={kdf.parallelism}): median {statistics.median(unlock_times):.3f} s "
        f"(min {min(unlock_times):.3f}, max {max(unlock_times):.3f}); "
        f"floor AES-GCM unwrap alone {floor * 1e6:.1f} us"
    )


def _force_fifo_pool() -> None:
    from sqlalchemy import create_engine

    from golonline_desktop.storage import engine

    def fifo(*args: Any, **kwargs: Any) -> Any:
        return create_engine(*args, **{**kwargs, "pool_use_lifo": False})

    engine.create_engine = fifo  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--logins", type=int, default=5)
    parser.add_argument("--pool-fifo", action="store_true")
    args = parser.parse_args()
    if args.pool_fifo:
        _force_fifo_pool()
    with tempfile.TemporaryDirectory(prefix="bench-encryption-") as scratch:
        folder = Path(scratch)
        bench_storage(folder, args.saves, args.searches)
        if args.logins:
            bench_login(folder, args.logins)


if __name__ == "__main__":
    main()
