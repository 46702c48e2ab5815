"""Many realistic businesses, inserted fast with bulk Core inserts (tests, benchmark, screenshots).

Going through ``RegistrationService`` costs ~1 ms per business (checks, duplicate search,
outbox, audit): 100,000 would take minutes. A bulk ``insert()`` of plain rows takes
seconds, and the FTS triggers still fill ``business_search`` exactly as they would for
a normal save. Every business also gets the outbox row a real save writes, with a
sync state spread over pending / done / quarantined / conflict.

Rows are generated from a seeded ``random.Random``: the same ``n`` gives the same row, so
tests can compute what a search must find without reading the database.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Business, OutboxEntry, RegistrationDrive

KINDS = (
    "Warung Makan",
    "Toko Kelontong",
    "Keripik Singkong",
    "Batik Tulis",
    "Kopi Bubuk",
    "Sambal Roa",
    "Tenun Ikat",
    "Kerajinan Bambu",
    "Bakso",
    "Jamu Gendong",
    "Laundry",
    "Bengkel Motor",
    "Kue Basah",
    "Rendang Kemasan",
    "Anyaman Pandan",
    "Madu Hutan",
    "Dodol Garut",
    "Gerabah",
    "Songket",
    "Tahu Tempe",
    "Soto Ayam",
    "Es Cendol",
)
FIRST_NAMES = (
    "Sri",
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Wayan",
    "Made",
    "Nur",
    "Ahmad",
    "Rina",
    "Yusuf",
    "Ketut",
    "Putri",
    "Hendra",
    "Lestari",
    "Joko",
    "Fitri",
    "Andi",
    "Ratna",
    "Bayu",
)
LAST_NAMES = (
    "Rahayu",
    "Santoso",
    "Aminah",
    "Salim",
    "Wulandari",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Nasution",
    "Siregar",
    "Setiawan",
    "Pratama",
    "Handayani",
    "Gunawan",
    "Purba",
    "Lubis",
)
SECTORS = (
    "Makanan & minuman",
    "Fesyen",
    "Kerajinan",
    "Jasa",
    "Pertanian",
    "Kecantikan",
)
SCALES = ("mikro", "mikro", "mikro", "kecil", "menengah")
# Kel. Tebet Timur and neighbours (Jakarta Selatan), villages of Kota Bandung and of Sleman.
VILLAGES = (
    "31.74.01.1001",
    "31.74.01.1002",
    "31.74.01.1003",
    "31.74.02.1001",
    "32.73.01.1001",
    "32.73.01.1002",
    "34.04.01.2001",
    "34.04.01.2002",
)
SYNC_STATES = ("done",) * 16 + ("pending",) * 3 + ("quarantined", "conflict")
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Generated:
    """What was written, so tests know the expected answers."""

    businesses: list[dict[str, object]]
    sync_states: list[str]
    drive_ids: tuple[str, str]


def _nik(rng: random.Random, n: int, village: str) -> str:
    kecamatan = village[:8].replace(".", "")
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 40))
    day = birth.day + (40 if n % 2 else 0)
    return f"{kecamatan}{day:02d}{birth.month:02d}{birth.year % 100:02d}{n % 9999 + 1:04d}"


def business_row(n: int, officer_id: str, drive_ids: Sequence[str]) -> dict[str, object]:
    """The n-th business; its phone, NIB and business name are unique across n."""
    rng = random.Random(n)
    village = VILLAGES[rng.randrange(len(VILLAGES))]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    at = START + timedelta(minutes=n)
    return {
        "id": f"0190{n:08x}-0000-7000-8000-{n:012d}",
        "drive_id": drive_ids[n % len(drive_ids)],
        "business_name": f"{rng.choice(KINDS)} {first} {n}",
        "owner_name": f"{first} {last}",
        "nik": _nik(rng, n, village),
        "owner_birth_date": None,
        "owner_sex": "P" if n % 2 else "L",
        "phone": f"+62812{n:08d}",
        "email": None,
        "nib": f"91{n:011d}" if n % 3 == 0 else None,
        "npwp": None,
        "nitku": None,
        "kbli_code": None,
        "kbli_version": None,
        "sector": SECTORS[rng.randrange(len(SECTORS))],
        "address_line": f"Jl. Mawar No. {n % 300 + 1}",
        "village_code": village,
        "postal_code": None,
        "capital_rupiah": None,
        "annual_sales_rupiah": None,
        "scale": SCALES[rng.randrange(len(SCALES))],
        "employees": None,
        "consent_text_version": "2026-11",
        "consent_at": at,
        "duplicate_reason": None,
        "created_by": officer_id,
        "created_at": at,
        "updated_by": officer_id,
        "updated_at": at,
        "version": 1,
        "deleted": n % 97 == 0,
        "deleted_at": at if n % 97 == 0 else None,
    }


def _chunks(count: int, size: int) -> Iterator[range]:
    for start in range(0, count, size):
        yield range(start, min(count, start + size))


def fill(store: Store, officer_id: str, office_id: str, count: int) -> Generated:
    """Insert ``count`` businesses (and their outbox rows) in one transaction."""
    drives = (
        ("0190ffff-0000-7000-8000-000000000001", "Pelatihan UMKM Tebet"),
        ("0190ffff-0000-7000-8000-000000000002", "Jemput Bola Sleman"),
    )
    drive_ids = (drives[0][0], drives[1][0])
    businesses: list[dict[str, object]] = []
    states: list[str] = []
    with store.write() as session:
        connection = session.connection()  # Core: no ORM bookkeeping per row
        connection.execute(
            insert(RegistrationDrive.__table__),
            [
                {
                    "id": drive_id,
                    "office_id": office_id,
                    "officer_id": officer_id,
                    "name": name,
                    "drive_date": date(2026, 11, 2 + i),
                    "region_code": VILLAGES[0],
                    "created_at": START,
                    "updated_at": START,
                    "version": 1,
                    "deleted": False,
                }
                for i, (drive_id, name) in enumerate(drives)
            ],
        )
        for chunk in _chunks(count, 10_000):
            rows = [business_row(n, officer_id, drive_ids) for n in chunk]
            chunk_states = [SYNC_STATES[n % len(SYNC_STATES)] for n in chunk]
            connection.execute(insert(Business.__table__), rows)
            connection.execute(
                insert(OutboxEntry.__table__),
                [
                    {
                        "entity": "business",
                        "entity_id": row["id"],
                        "version": 1,
                        "base_version": 0,
                        "operation": "upsert",
                        "payload": "{}",
                        "payload_hash": "0" * 64,
                        "state": state,
                        "attempts": 0,
                        "created_at": row["created_at"],
                    }
                    for row, state in zip(rows, chunk_states, strict=True)
                ],
            )
            businesses.extend(rows)
            states.extend(chunk_states)
    return Generated(businesses, states, drive_ids)
