"""Build ``resources/data/regions.sqlite3`` from the Kemendagri region CSVs.

Usage::

    python tools/build_region_data.py [--source DIR] [--output FILE]

The source folder holds ``wilayah_2025.csv`` (``kode,nama``: every current region) and
``kecamatan_codes_2016_2025.csv`` (``kode,nama,first_seen,last_seen``: every province,
regency and kecamatan code seen 2016-2025). The output is byte-for-byte the same for the
same input and SQLite version: rows go in sorted by code, nothing time-dependent is
stored, and the file is vacuumed at the end.

Schema (read by ``golonline_desktop.storage.region_directory``)::

    region(id INTEGER PRIMARY KEY, code TEXT UNIQUE, name, level, parent, name_norm)
    region_search   FTS5 trigram, contentless, rowid = region.id, over name_norm
    region_history(code TEXT PRIMARY KEY, name, level, first_seen, last_seen)
    meta(key TEXT PRIMARY KEY, value)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from golonline_desktop.domain.regions import (  # noqa: E402
    is_well_formed,
    level_of,
    normalise_for_search,
    parent_code,
)

SCHEMA_VERSION = "1"
CURRENT_FILE = "wilayah_2025.csv"
HISTORY_FILE = "kecamatan_codes_2016_2025.csv"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "wilayah"  # the workspace beside the repo
DEFAULT_OUTPUT = ROOT / "resources" / "data" / "regions.sqlite3"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE region (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    level INTEGER NOT NULL,
    parent TEXT,
    name_norm TEXT NOT NULL
);
CREATE INDEX region_parent ON region (parent, code);
CREATE INDEX region_level_name ON region (level, name_norm);
CREATE VIRTUAL TABLE region_search USING fts5 (
    name_norm, content='', columnsize=0, tokenize='trigram', detail='full'
);
CREATE TABLE region_history (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level INTEGER NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
) WITHOUT ROWID;
"""


def _read_csv(path: Path, columns: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != columns:
            raise SystemExit(f"{path.name}: expected columns {columns}, got {reader.fieldnames}")
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_current(path: Path) -> list[tuple[str, str]]:
    rows = _read_csv(path, ["kode", "nama"])
    seen: set[str] = set()
    result: list[tuple[str, str]] = []
    for row in rows:
        code, name = row["kode"], row["nama"]
        if not is_well_formed(code):
            raise SystemExit(f"{path.name}: malformed code {code!r}")
        if code in seen:
            raise SystemExit(f"{path.name}: duplicate code {code!r}")
        if not name:
            raise SystemExit(f"{path.name}: empty name for {code!r}")
        seen.add(code)
        result.append((code, name))
    for code, _ in result:
        parent = parent_code(code)
        if parent is not None and parent not in seen:
            raise SystemExit(f"{path.name}: {code} has no parent {parent}")
    return sorted(result)


def load_history(path: Path) -> list[tuple[str, str, int, int]]:
    rows = _read_csv(path, ["kode", "nama", "first_seen", "last_seen"])
    result: dict[str, tuple[str, str, int, int]] = {}
    for row in rows:
        code = row["kode"]
        if not is_well_formed(code) or level_of(code) > 3:
            raise SystemExit(f"{path.name}: unexpected code {code!r}")
        first, last = int(row["first_seen"]), int(row["last_seen"])
        if first > last or code in result:
            raise SystemExit(f"{path.name}: bad row for {code!r}")
        result[code] = (code, row["nama"], first, last)
    return [result[c] for c in sorted(result)]


def build(source: Path, output: Path) -> dict[str, int]:
    current_csv, history_csv = source / CURRENT_FILE, source / HISTORY_FILE
    current = load_current(current_csv)
    history = load_history(history_csv)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA page_size = 4096")
        con.execute("PRAGMA journal_mode = DELETE")
        con.executescript(SCHEMA)
        with con:
            con.executemany(
                "INSERT INTO region (id, code, name, level, parent, name_norm)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        i,
                        code,
                        name,
                        int(level_of(code)),
                        parent_code(code),
                        normalise_for_search(name),
                    )
                    for i, (code, name) in enumerate(current, start=1)
                ),
            )
            con.execute(
                "INSERT INTO region_search (rowid, name_norm) SELECT id, name_norm FROM region"
            )
            con.executemany(
                "INSERT INTO region_history VALUES (?, ?, ?, ?, ?)",
                ((c, n, int(level_of(c)), f, last) for c, n, f, last in history),
            )
            meta = {
                "schema_version": SCHEMA_VERSION,
                "current_source": CURRENT_FILE,
                "current_sha256": _sha256(current_csv),
                "current_year": str(max(last for *_, last in history)),
                "history_source": HISTORY_FILE,
                "history_sha256": _sha256(history_csv),
            }
            con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            con.execute("INSERT INTO region_search (region_search) VALUES ('optimize')")
        con.execute("VACUUM")
    finally:
        con.close()
    tmp.replace(output)
    counts: dict[str, int] = {}
    for code, _ in current:
        key = level_of(code).name.lower()
        counts[key] = counts.get(key, 0) + 1
    counts["history"] = len(history)
    counts["retired"] = sum(1 for *_, last in history if last < int(meta["current_year"]))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    counts = build(args.source, args.output)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size / 1024:.0f} KiB, sha256 {_sha256(args.output)[:16]}…)")
    print(", ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
