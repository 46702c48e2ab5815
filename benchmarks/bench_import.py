#!/usr/bin/env python3
"""Import 100,000 businesses from CSV, next to the floor of a bare bulk insert.

    .venv/bin/python benchmarks/bench_import.py [--rows 100000]

Measured in the same run, on fresh data folders:

* ``dry_run``: read + convert + validate every row + duplicate lookups (no writes);
* ``import_file``: the same, plus one write transaction with the businesses, their
  outbox entries and audit events (what an officer's import really costs);
* floor A: SQLAlchemy Core ``insert(business)`` of the same business rows (read back from
  the imported database) into a fresh migrated database, one transaction;
* floor B: floor A plus the same outbox and audit rows (the least any import that keeps
  the outbox guarantee must write).

Prints seconds, rows/s and the import's ratio to each floor, and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.business_import import BusinessImportService  # noqa: E402
from golonline_desktop.services.import_columns import HEADERS  # noqa: E402
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry  # noqa: E402
from golonline_desktop.storage.region_directory import RegionDirectory  # noqa: E402

VILLAGE = "31.74.01.1001"  # Kel. Tebet Timur; NIK prefix 317401 is Kec. Tebet


def generate(path: Path, rows: int) -> None:
    """Valid, distinct rows: NIK serials wrap every 9,999, so the birth date moves on."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            born = date(1970, 1, 1) + timedelta(days=i // 9999)
            nik = (
                f"317401{born.day + 40:02d}{born.month:02d}{born.year % 100:02d}{i % 9999 + 1:04d}"
            )
            values = {
                "Nama Usaha": f"Keripik Singkong {i}",
                "Nama Pemilik": "Sri Rahayu",
                "NIK": nik,
                "Tanggal Lahir": born.strftime("%d-%m-%Y"),
                "Jenis Kelamin": "P",
                "No HP": f"0812{i:08d}",
                "Email": f"sri{i}@example.co.id",
                "KBLI": "10794",
                "Versi KBLI": "2020",
                "Sektor": "Makanan ringan",
                "Alamat": f"Jl. Tebet Barat Dalam No. {i % 200 + 1}",
                "Kode Wilayah Desa": VILLAGE,
                "Kode Pos": "12810",
                "Modal Usaha": "Rp15.000.000",
                "Omzet Tahunan": "Rp120.000.000",
                "Jumlah Karyawan": "2",
                "Persetujuan": "Ya",
            }
            writer.writerow(values.get(h, "") for h in HEADERS)


def rows_of(app: object, model: type) -> list[dict[str, object]]:
    with app.store.read() as session:  # type: ignore[attr-defined]
        table = model.__table__  # type: ignore[attr-defined]
        return [dict(r._mapping) for r in session.execute(select(table))]


def floor(folder: Path, regions: RegionDirectory, tables: list[tuple[type, list]]) -> float:
    app = open_app(DataPaths(folder).ensure(), regions=regions)
    officer = app.actor.officer_id  # the rows must point at this database's officer
    for model, rows in tables:
        for row in rows:
            if model is Business:
                row.update(created_by=officer, updated_by=officer, drive_id=None)
            elif model is AuditEvent:
                row["officer_id"] = officer
    try:
        start = time.perf_counter()
        with app.store.engine.begin() as connection:
            for model, rows in tables:
                connection.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
        return time.perf_counter() - start
    finally:
        app.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    regions = RegionDirectory.open()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        base = Path(scratch)
        source = base / "umkm.csv"
        generate(source, args.rows)
        size_mb = source.stat().st_size / 1024 / 1024
        app = open_app(DataPaths(base / "import").ensure(), regions=regions)
        service = BusinessImportService(app.store, app.clock, app.actor, app.registration.validate)
        start = time.perf_counter()
        dry = service.dry_run(source)
        dry_seconds = time.perf_counter() - start
        start = time.perf_counter()
        report = service.import_file(source)
        import_seconds = time.perf_counter() - start
        assert report.ok and report.rows_imported == args.rows, report.problems[:5]
        businesses = rows_of(app, Business)
        outbox = [r for r in rows_of(app, OutboxEntry) if r["entity"] == "business"]
        audits = [r for r in rows_of(app, AuditEvent) if r["action"] == "business.create"]
        app.close()
        for row in outbox:
            row.pop("seq")
        for row in audits:
            row.pop("id")
        floor_a = floor(base / "floor_a", regions, [(Business, businesses)])
        floor_b = floor(
            base / "floor_b",
            regions,
            [(Business, businesses), (OutboxEntry, outbox), (AuditEvent, audits)],
        )
    n = args.rows
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows: {n:,}  CSV: {size_mb:.1f} MiB  (dry run valid rows: {dry.rows_valid:,})")
    print(f"dry_run     {dry_seconds:7.2f} s  {n / dry_seconds:9,.0f} rows/s")
    print(f"import_file {import_seconds:7.2f} s  {n / import_seconds:9,.0f} rows/s")
    print(
        f"floor A: Core insert business            {floor_a:7.2f} s  {n / floor_a:9,.0f} rows/s"
        f"  import/floor = {import_seconds / floor_a:.1f}x"
    )
    print(
        f"floor B: Core insert business+outbox+audit {floor_b:5.2f} s  {n / floor_b:9,.0f} rows/s"
        f"  import/floor = {import_seconds / floor_b:.1f}x"
    )
    print(f"peak RSS of the whole run: {peak_mib:,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
