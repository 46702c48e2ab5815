"""A data folder set up as the first-run wizard does: office, first supervisor, encryption."""

from __future__ import annotations

from golonline_desktop.domain.clock import Clock, SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.setup import SetupResult, first_run_setup
from golonline_desktop.storage.vault import KdfParams

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)  # the tests' Argon2id cost
PASSWORD = "sandi-rahasia-1"


def set_up_office(
    paths: DataPaths,
    clock: Clock | None = None,
    *,
    office_code: str = "JKS01",
    username: str = "sri",
    password: str = PASSWORD,
) -> SetupResult:
    """Supervisor Sri Wahyuni (``sri``) of a Jakarta office, the database encrypted."""
    return first_run_setup(
        paths,
        clock or SystemClock(),
        office_code=office_code,
        office_name="Dinas KUKM Jakarta Selatan",
        office_region=None,
        supervisor_name="Sri Wahyuni",
        supervisor_nip="",
        username=username,
        password=password,
        language="id",
        kdf=FAST,
    )
