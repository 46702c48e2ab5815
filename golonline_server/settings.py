"""Server settings: flags win over environment variables, which win over defaults.

Every process of a scaled-out deployment gets the same settings; nothing else is kept in
the process, so any instance can answer any request.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATABASE_URL = "GOLONLINE_DATABASE_URL"
ENV_BLOB_DIR = "GOLONLINE_BLOB_DIR"
ENV_HOST = "GOLONLINE_HOST"
ENV_PORT = "GOLONLINE_PORT"
ENV_REGIONS = "GOLONLINE_REGIONS_PATH"

DEFAULT_DATABASE_URL = "sqlite:///golonline-server.sqlite3"
DEFAULT_BLOB_DIR = "golonline-blobs"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8800


def normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever spelling the operator typed."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def default_regions_path() -> Path | None:
    """The region file of a source checkout or of the installed desktop package, if present."""
    import golonline_desktop

    here = Path(golonline_desktop.__file__).resolve().parent
    candidates = [
        here.parent / "resources" / "data" / "regions.sqlite3",
        Path(sys.prefix) / "share" / "golonline-desktop" / "resources" / "data" / "regions.sqlite3",
    ]
    return next((c for c in candidates if c.is_file()), None)


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    blob_dir: Path = Path(DEFAULT_BLOB_DIR)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    regions_path: Path | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "database_url", normalise_database_url(self.database_url))
        object.__setattr__(self, "blob_dir", Path(self.blob_dir))

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from the environment; ``overrides`` that are not None win (CLI flags)."""
        env = os.environ
        regions = env.get(ENV_REGIONS)
        values: dict[str, object] = {
            "database_url": env.get(ENV_DATABASE_URL, DEFAULT_DATABASE_URL),
            "blob_dir": Path(env.get(ENV_BLOB_DIR, DEFAULT_BLOB_DIR)),
            "host": env.get(ENV_HOST, DEFAULT_HOST),
            "port": int(env.get(ENV_PORT, DEFAULT_PORT)),
            "regions_path": Path(regions) if regions else default_regions_path(),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
