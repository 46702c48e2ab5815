"""Cost of encryption at rest (issue 7): save and search, plain SQLite vs SQLCipher; login time.

Two data folders in one temp folder, one plain and one SQLCipher-encrypted (raw 256-bit key,
no KDF per connection), filled by the same saves through ``RegistrationService.register``,
interleaved one by one so machine noise hits both alike. Then the same search queries
(NIK digits, phone digits, a name word) through ``BusinessQueryService.first_page``,
interleaved too. Goal: encrypted ≤ 1.15 × plain for both medians.

Login: Argon2id with the vault's default parameters (``storage.vault.DEFAULT_KDF``),
``KeyVault.unlock`` timed, next to one AES-GCM unwrap alone (its floor). Goal ~0.5 s.

    .venv/bin/python benchmarks/bench_encryption.py [--saves 1000] [--searches 300] [--logins 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

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
from golonline_desktop.storage.region_directory import RegionDirectory
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


def bench_storage(folder: Path, saves: int, searches: int) -> None:
    regions = RegionDirectory.open()
    clock = SystemClock()
    plain = open_app(DataPaths(folder / "plain"), clock, regions)
    encrypted = open_app(DataPaths(folder / "encrypted"), clock, regions, key=KEY)
    try:
        save_times: dict[str, list[float]] = {"plain": [], "sqlcipher": []}
        for n in range(saves):
            save_times["plain"].append(_save(plain, n))
            save_times["sqlcipher"].append(_save(encrypted, n))
        queries = {
            "plain": BusinessQueryService(plain.store, regions),
            "sqlcipher": BusinessQueryService(encrypted.store, regions),
        }
        texts = []
        for i in range(searches):
            sample = business((i * 7919) % saves)
            texts.append(
                [sample.nik[-8:], sample.phone[-6:], sample.business_name.split()[1][:5]][i % 3]
            )
        search_times: dict[str, list[float]] = {"plain": [], "sqlcipher": []}
        for text in texts:
            search_times["plain"].append(_search(queries["plain"], text))
            search_times["sqlcipher"].append(_search(queries["sqlcipher"], text))
    finally:
        plain.close()
        encrypted.close()
    print(f"save ({saves} registrations, WAL + synchronous FULL)")
    for name, values in save_times.items():
        print(f"  {name:10s} {_ms(values)}")
    ratio = statistics.median(save_times["sqlcipher"]) / statistics.median(save_times["plain"])
    print(f"  sqlcipher / plain median: {ratio:.2f}  (goal <= 1.15)")
    print(f"search ({searches} queries over {saves} rows, first page of 50)")
    for name, values in search_times.items():
        print(f"  {name:10s} {_ms(values)}")
    ratio = statistics.median(search_times["sqlcipher"]) / statistics.median(search_times["plain"])
    print(f"  sqlcipher / plain median: {ratio:.2f}  (goal <= 1.15)")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--logins", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-encryption-") as scratch:
        folder = Path(scratch)
        bench_storage(folder, args.saves, args.searches)
        bench_login(folder, args.logins)


if __name__ == "__main__":
    main()
