"""The bundled directory of Indonesian regions (Kemendagri 2025 + kecamatan codes since 2016).

The data is a read-only SQLite file built by ``tools/build_region_data.py``; it is opened
with the standard ``sqlite3`` module (no SQLAlchemy: there is nothing to map and it keeps
start-up cheap) in ``mode=ro&immutable=1``, so SQLite takes no locks and never writes,
even on a read-only install folder.

Thread-safety: one connection is shared by all threads (``check_same_thread=False``) and
every query runs under a lock. Queries take well under a millisecond, so a lock is simpler
than a connection per thread and never contends in practice; the file is immutable, so no
reader can ever see a half-written state.

Search is case- and accent-insensitive: names are indexed in the normalised form of
``domain.regions.normalise_for_search`` in an FTS5 trigram index (substring matches for
queries of three characters or more) plus a B-tree index for prefixes of shorter queries.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from golonline_desktop.domain.regions import (
    Region,
    RegionLevel,
    ancestor_codes,
    normalise_code,
    normalise_for_search,
    short_label,
)
from golonline_desktop.resources import resource_path

EXPECTED_SCHEMA_VERSION = "1"
_CODE_QUERY = re.compile(r"^[\d.\s]+$")
_COLUMNS = "code, name, level"


def default_path() -> Path:
    return resource_path("data", "regions.sqlite3")


def _row_to_region(row: tuple[str, str, int]) -> Region:
    return Region(row[0], row[1], RegionLevel(row[2]))


def _descendant_range(code: str) -> tuple[str, str]:
    """Bounds of every code below ``code``: "31.74." <= x < "31.74/" ('/' follows '.')."""
    return code + ".", code + "/"


class RegionDirectory:
    """Look up, list and search regions; also answers the NIK prefix question."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._con = connection
        self._lock = threading.Lock()
        self.path = path
        version = self._meta("schema_version")
        if version != EXPECTED_SCHEMA_VERSION:
            connection.close()
            raise RuntimeError(
                f"{path}: region data schema {version!r}, expected {EXPECTED_SCHEMA_VERSION!r};"
                " rebuild it with tools/build_region_data.py"
            )
        self._provinces: list[Region] | None = None

    @classmethod
    def open(cls, path: Path | None = None) -> RegionDirectory:
        """Open the bundled file (or ``path``) read-only; FileNotFoundError if it is missing."""
        target = Path(path) if path is not None else default_path()
        if not target.is_file():
            raise FileNotFoundError(f"region data not found: {target}")
        uri = target.resolve().as_uri() + "?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return cls(connection, target)

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> RegionDirectory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------

    def _all(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, tuple(params)).fetchall()

    def _one(self, sql: str, params: Iterable[object] = ()) -> tuple | None:
        with self._lock:
            return self._con.execute(sql, tuple(params)).fetchone()

    def _meta(self, key: str) -> str | None:
        try:
            row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    @property
    def current_year(self) -> int:
        return int(self._meta("current_year") or 0)

    # -- lookups --------------------------------------------------------------------------

    def provinces(self) -> list[Region]:
        if self._provinces is None:
            rows = self._all(f"SELECT {_COLUMNS} FROM region WHERE level = 1 ORDER BY code")
            self._provinces = [_row_to_region(r) for r in rows]
        return list(self._provinces)

    def children(self, code: str) -> list[Region]:
        """Regions directly below ``code``, in code order (empty for villages and unknowns)."""
        rows = self._all(
            f"SELECT {_COLUMNS} FROM region WHERE parent = ? ORDER BY code", (code.strip(),)
        )
        return [_row_to_region(r) for r in rows]

    def get(self, code: str) -> Region | None:
        """The current region with this code (dotted or plain digits), or None."""
        normalised = normalise_code(code)
        if normalised is None:
            return None
        row = self._one(f"SELECT {_COLUMNS} FROM region WHERE code = ?", (normalised,))
        return _row_to_region(row) if row else None

    def name(self, code: str) -> str | None:
        region = self.get(code)
        return region.name if region else None

    def full_path(self, code: str) -> str | None:
        """ "Desa X, Kec. Y, Kab. Z, Prov. W" for a current code; None if unknown."""
        normalised = normalise_code(code)
        if normalised is None:
            return None
        codes = ancestor_codes(normalised)
        marks = ",".join("?" * len(codes))
        rows = self._all(f"SELECT {_COLUMNS} FROM region WHERE code IN ({marks})", codes)
        if len(rows) != len(codes):
            return None
        regions = sorted((_row_to_region(r) for r in rows), key=lambda r: r.level, reverse=True)
        return ", ".join(short_label(r) for r in regions)

    def is_valid_now(self, code: str) -> bool:
        return self.get(code) is not None

    def is_known_historically(self, code: str) -> bool:
        """True for a current code or a province/regency/kecamatan code seen since 2016."""
        normalised = normalise_code(code)
        if normalised is None:
            return False
        if self._one("SELECT 1 FROM region_history WHERE code = ?", (normalised,)):
            return True
        return self.is_valid_now(normalised)

    def is_known_kecamatan(self, code: str) -> bool:
        """A kecamatan code in use now or at any time since 2016 (a valid NIK prefix)."""
        normalised = normalise_code(code)
        if normalised is None or normalised.count(".") != 2:
            return False
        return self._one("SELECT 1 FROM region_history WHERE code = ?", (normalised,)) is not None

    def last_seen(self, code: str) -> int | None:
        """The last year a province/regency/kecamatan code was listed (None if never)."""
        normalised = normalise_code(code)
        if normalised is None:
            return None
        row = self._one("SELECT last_seen FROM region_history WHERE code = ?", (normalised,))
        return int(row[0]) if row else None

    # -- search ---------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50, within: str | None = None) -> list[Region]:
        """Regions whose name contains ``text``, best first.

        Order: exact name, then names with a word starting with the text, then other
        substring matches; within each, larger regions (provinces) first, then by name. Digits and
        dots search by code prefix instead. ``within`` limits results to the descendants
        of that code. Queries shorter than three characters match name prefixes only
        (a substring of one or two letters matches half the country).
        """
        if limit <= 0:
            return []
        query = text.strip()
        if not query:
            return []
        bounds = _descendant_range(within.strip()) if within else None
        if _CODE_QUERY.match(query):
            return self._search_code(query, limit, bounds)
        needle = normalise_for_search(query)
        if not needle:
            return []
        scope, scope_params = (
            ("", ()) if bounds is None else ("AND r.code >= ? AND r.code < ?", bounds)
        )
        prefix_end = needle + "\U0010ffff"
        order = (
            "ORDER BY (r.name_norm = ?) DESC, (instr(' ' || r.name_norm, ?) > 0) DESC,"
            " r.level, r.name_norm, r.code LIMIT ?"
        )
        order_params = (needle, " " + needle, limit)
        if len(needle) >= 3:
            phrase = '"' + needle.replace('"', '""') + '"'
            sql = (
                f"SELECT r.code, r.name, r.level FROM region_search s"
                f" JOIN region r ON r.id = s.rowid"
                f" WHERE region_search MATCH ? {scope} {order}"
            )
            rows = self._all(sql, (phrase, *scope_params, *order_params))
        else:
            # One index range scan per level, stopping at the limit: a prefix of one letter
            # matches thousands of villages, which must not all be fetched and sorted.
            sql = (
                f"SELECT r.code, r.name, r.level FROM region r"
                f" WHERE r.level = ? AND r.name_norm >= ? AND r.name_norm < ? {scope}"
                f" ORDER BY r.name_norm, r.code LIMIT ?"
            )
            rows = []
            for level in RegionLevel:
                rows += self._all(
                    sql, (int(level), needle, prefix_end, *scope_params, limit - len(rows))
                )
                if len(rows) >= limit:
                    break
        return [_row_to_region(r) for r in rows]

    def _search_code(self, query: str, limit: int, bounds: tuple[str, str] | None) -> list[Region]:
        digits = re.sub(r"[\s.]+", "", query)
        groups = [digits[0:2], digits[2:4], digits[4:6], digits[6:10]]
        prefix = ".".join(g for g in groups if g)
        if len(digits) in (2, 4, 6) and query.rstrip().endswith("."):
            prefix += "."
        sql = f"SELECT {_COLUMNS} FROM region r WHERE r.code >= ? AND r.code < ?"
        params: list[object] = [prefix, prefix + "\x7f"]
        if bounds is not None:
            sql += " AND r.code >= ? AND r.code < ?"
            params.extend(bounds)
        sql += " ORDER BY r.code LIMIT ?"
        params.append(limit)
        return [_row_to_region(r) for r in self._all(sql, params)]
