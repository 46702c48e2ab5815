"""Opening a data folder: the one place the services are wired together.

The GUI and the CLI both call ``open_app``; it checks the schema (refusing a newer one),
backs up and migrates, and hands back the services built on one store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from golonline_desktop.domain.clock import Clock, SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.migrate import MigrationReport, check_not_newer, upgrade
from golonline_desktop.storage.region_directory import RegionDirectory
from golonline_desktop.storage.secret_store import forget_data_key, remember_data_key

from .actor import Actor
from .drives import DriveService
from .identity import ensure_local_actor
from .overview import OverviewService
from .registration import RegistrationService

if TYPE_CHECKING:  # imported on first use: openpyxl costs start-up time
    from .business_export import BusinessExportService
    from .business_import import BusinessImportService


@dataclass
class App:
    paths: DataPaths
    clock: Clock
    store: Store
    regions: RegionDirectory
    actor: Actor
    migration: MigrationReport
    registration: RegistrationService = field(init=False)
    drives: DriveService = field(init=False)
    overview: OverviewService = field(init=False)

    def __post_init__(self) -> None:
        self.registration = RegistrationService(self.store, self.clock, self.actor, self.regions)
        self.drives = DriveService(self.store, self.clock, self.actor)
        self.overview = OverviewService(self.store)

    @cached_property
    def importer(self) -> BusinessImportService:
        from .business_import import BusinessImportService

        return BusinessImportService(self.store, self.clock, self.actor, self.registration.validate)

    @cached_property
    def exporter(self) -> BusinessExportService:
        from .business_export import BusinessExportService

        return BusinessExportService(self.store, self.clock, self.actor)

    def close(self) -> None:
        self.store.close()
        forget_data_key(self.paths.root)  # issue 7: the secret store may no longer use it


def open_store(
    paths: DataPaths, clock: Clock, key: bytes | None = None
) -> tuple[Store, MigrationReport]:
    """Open (creating or migrating) the database of a data folder.

    ``key`` is the data key of a SQLCipher-encrypted database (from ``storage.vault``);
    without it the database is plain SQLite.
    """
    paths.ensure()
    check_not_newer(paths.database, key)  # before anything could write to the file
    store = Store.open(paths.database, key)
    try:
        report = upgrade(store.engine, paths.database, paths.backups, clock.now(), key)
    except BaseException:
        store.close()
        raise
    return store, report


def open_app(
    paths: DataPaths,
    clock: Clock | None = None,
    regions: RegionDirectory | None = None,
    *,
    key: bytes | None = None,
    officer_id: str | None = None,
) -> App:
    """Open a data folder's services.

    ``officer_id`` (issue 7) is the logged-in officer (``LoginResult.officer_id``); every
    change is attributed to them. Without it (a folder never set up: tests, ``--smoke``)
    the folder's first officer acts, made on a fresh database (``ensure_local_actor``).
    """
    from .setup import resolve_actor  # setup imports open_store from here

    clock = clock or SystemClock()
    store, report = open_store(paths, clock, key)
    try:
        actor = resolve_actor(store, officer_id) if officer_id else ensure_local_actor(store, clock)
    except BaseException:
        store.close()
        raise
    if key is not None:  # device secrets of an encrypted folder need it (storage.secret_store)
        remember_data_key(paths.root, key)
    return App(paths, clock, store, regions or RegionDirectory.open(), actor, report)


def open_app_at(folder: Path, clock: Clock | None = None) -> App:
    return open_app(DataPaths(folder), clock)
