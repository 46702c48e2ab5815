"""Who is acting: every change is attributed to an officer of an office."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    PETUGAS = "petugas"  # field officer
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Actor:
    officer_id: str
    office_id: str
    name: str
    role: Role = Role.PETUGAS

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR
