"""Progress, results and the retry schedule of sync: plain values the GUI and CLI show.

Kept free of I/O so the Sinkronisasi screen can render them on the GUI thread and tests
can check the arithmetic (ETA, backoff bounds) without a server.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum


class Stage(StrEnum):
    PREPARE = "prepare"
    BLOBS = "blobs"
    PUSH = "push"
    PULL = "pull"
    DONE = "done"


class FailureKind(StrEnum):
    UNAVAILABLE = "unavailable"  # network, timeout, 5xx: retried with backoff
    NOT_AUTHORIZED = "not_authorized"  # token refused: enroll again


@dataclass(frozen=True)
class SyncProgress:
    stage: Stage
    records_done: int
    records_total: int
    bytes_done: int
    bytes_total: int
    bytes_per_second: float | None
    eta_seconds: float | None


@dataclass
class SyncResult:
    """What one pass did. ``failure`` is set when the pass stopped early."""

    applied: int = 0
    replayed: int = 0
    conflicts: int = 0
    rejected: int = 0
    blobs_uploaded: int = 0
    bytes_up: int = 0
    pulled: int = 0
    pull_applied: int = 0
    pull_conflicts: int = 0
    remaining: int = 0  # pushable entries still pending when the pass ended
    cancelled: bool = False
    failure: FailureKind | None = None
    error: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failure is None and not self.cancelled

    @property
    def needs_officer(self) -> bool:
        return bool(self.conflicts or self.rejected or self.pull_conflicts)

    def counts(self) -> dict[str, int]:
        return {
            "applied": self.applied,
            "replayed": self.replayed,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "blobs_uploaded": self.blobs_uploaded,
            "bytes_up": self.bytes_up,
            "pulled": self.pulled,
            "pull_applied": self.pull_applied,
            "pull_conflicts": self.pull_conflicts,
            "remaining": self.remaining,
        }


class ThroughputMeter:
    """Bytes per second over a sliding window, so the ETA follows the link as it changes."""

    def __init__(self, window_seconds: float = 10.0) -> None:
        self._window = window_seconds
        self._samples: deque[tuple[float, int]] = deque()
        self._total = 0

    def add(self, at: float, nbytes: int) -> None:
        self._total += nbytes
        self._samples.append((at, self._total))
        while len(self._samples) > 2 and at - self._samples[1][0] >= self._window:
            self._samples.popleft()

    def start(self, at: float) -> None:
        self._samples.clear()
        self._total = 0
        self._samples.append((at, 0))

    def rate(self) -> float | None:
        if len(self._samples) < 2:
            return None
        (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
        if t1 <= t0 or b1 <= b0:
            return None
        return (b1 - b0) / (t1 - t0)

    def eta(self, remaining_bytes: int) -> float | None:
        rate = self.rate()
        if remaining_bytes <= 0:
            return 0.0
        return remaining_bytes / rate if rate else None


class Backoff:
    """Exponential backoff with full jitter: a delay drawn from [0, min(cap, base * 2**n)].

    Full jitter spreads a whole office's laptops (that all lost the link at the same
    moment) over the window instead of having them knock together.
    """

    def __init__(
        self, base: float = 2.0, cap: float = 600.0, rng: random.Random | None = None
    ) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def ceiling(self) -> float:
        return min(self.cap, self.base * 2 ** min(self.failures, 32))

    def next_delay(self) -> float:
        delay = self._rng.uniform(0, self.ceiling())
        self.failures += 1
        return delay

    def reset(self) -> None:
        self.failures = 0
