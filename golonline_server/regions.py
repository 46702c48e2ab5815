"""The server's own reader of the bundled region file (stdlib sqlite3, read-only).

The desktop's ``storage.region_directory`` is out of bounds for the server (layering), and
the two questions the business checks ask are two indexed lookups.
"""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

from golonline_desktop.domain.regions import normalise_code


class RegionFile:
    """Answers ``domain.business.RegionChecks`` from ``regions.sqlite3``."""

    def __init__(self, path: Path) -> None:
        if not Path(path).is_file():
            raise FileNotFoundError(f"region data not found: {path}")
        uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
        self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.is_valid_now = lru_cache(maxsize=65536)(self._is_valid_now)
        self.is_known_kecamatan = lru_cache(maxsize=16384)(self._is_known_kecamatan)

    def _exists(self, sql: str, code: str) -> bool:
        with self._lock:
            return self._con.execute(sql, (code,)).fetchone() is not None

    def _is_valid_now(self, code: str) -> bool:
        normalised = normalise_code(code)
        return normalised is not None and self._exists(
            "SELECT 1 FROM region WHERE code = ?", normalised
        )

    def _is_known_kecamatan(self, code: str) -> bool:
        normalised = normalise_code(code)
        if normalised is None or normalised.count(".") != 2:
            return False
        return self._exists("SELECT 1 FROM region_history WHERE code = ?", normalised)

    def close(self) -> None:
        with self._lock:
            self._con.close()
