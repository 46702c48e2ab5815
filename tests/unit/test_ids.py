"""Record ids: UUIDv7, time-ordered, never colliding (records are made offline on many laptops)."""

from __future__ import annotations

import itertools
import threading
import time
import uuid

import pytest

from golonline_desktop.domain import ids as ids_module
from golonline_desktop.domain.ids import new_id, uuid7


@pytest.fixture(autouse=True)
def _restore_generator_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that stamp ids in the future must not push later ids (other tests) ahead."""
    monkeypatch.setattr(ids_module, "_last_ms", ids_module._last_ms)
    monkeypatch.setattr(ids_module, "_seq", ids_module._seq)


def _ms_of(value: uuid.UUID) -> int:
    return value.int >> 80


def test_version_and_variant() -> None:
    for _ in range(200):
        value = uuid7()
        assert value.version == 7
        assert value.variant == uuid.RFC_4122


def test_timestamp_is_the_current_unix_millisecond() -> None:
    before = int(time.time() * 1000)
    value = uuid7()
    after = int(time.time() * 1000)
    # The generator may borrow a millisecond or two when its counter overflows.
    assert before <= _ms_of(value) <= after + 2


def test_strictly_increasing_within_one_millisecond() -> None:
    """Far more ids than the 12-bit counter holds, all stamped with the same millisecond."""
    frozen_ms = int(time.time() * 1000) + 10_000  # ahead of anything made so far
    ids = [uuid7(now_ms=frozen_ms) for _ in range(10_000)]
    assert all(a < b for a, b in itertools.pairwise(ids))
    assert all(v.version == 7 and v.variant == uuid.RFC_4122 for v in ids)
    # Text order is creation order too (what the database and the server sort by).
    texts = [str(v) for v in ids]
    assert texts == sorted(texts)
    assert len(set(texts)) == len(texts)


def test_increasing_even_when_the_clock_steps_back() -> None:
    later = uuid7(now_ms=int(time.time() * 1000) + 20_000)
    earlier_clock = uuid7(now_ms=int(time.time() * 1000) - 60_000)
    assert earlier_clock > later


def test_tight_loop_on_the_real_clock_is_strictly_increasing() -> None:
    ids = [uuid7() for _ in range(20_000)]
    assert all(a < b for a, b in itertools.pairwise(ids))


def test_unique_across_threads() -> None:
    per_thread = 5_000
    results: list[list[uuid.UUID]] = []
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        mine = [uuid7() for _ in range(per_thread)]
        results.append(mine)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [v for mine in results for v in mine]
    assert len(everything) == 8 * per_thread
    assert len(set(everything)) == len(everything)
    for mine in results:  # each thread still sees a strictly increasing sequence
        assert all(a < b for a, b in itertools.pairwise(mine))


def test_new_id_is_the_canonical_string() -> None:
    text = new_id()
    assert len(text) == 36
    assert str(uuid.UUID(text)) == text
    assert uuid.UUID(text).version == 7
