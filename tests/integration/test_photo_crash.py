"""Kill a photo-importing process at random moments; the store must stay consistent.

The child prints each hash only after the store call returned, so every printed hash
must be present afterwards, and nothing under a final name may be partial.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from golonline_desktop.storage.photo_store import TEMP_PREFIX, PhotoStore

CHILD = Path(__file__).with_name("photo_import_child.py")
KILLS = int(os.environ.get("GOLONLINE_PHOTO_CRASH_KILLS", "30"))


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_store_survives_random_sigkill(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    store = PhotoStore(root)
    rng = random.Random(20260601)
    reported_photos: set[str] = set()
    reported_raw: set[str] = set()
    leftovers: set[Path] = set()
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(root), str(kill)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.01, 0.35))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        for line in child.stdout.read().splitlines():
            kind, _, sha = line.partition(" ")
            if len(sha) == 64:  # a line cut by the kill is not a report
                (reported_photos if kind == "photo" else reported_raw).add(sha)
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        leftovers.update(root.rglob(f"{TEMP_PREFIX}*"))

    assert store.verify_all() == []
    for sha in reported_photos | reported_raw:
        assert store.has(sha) and store.verify(sha), sha
    for sha in reported_photos:
        assert store.has_thumbnail(sha), sha
    assert reported_photos and reported_raw, "the child never completed an import"
    stored = set(store.iter_shas())
    assert reported_photos | reported_raw <= stored

    # Crash leftovers are temp files only; cleaning them leaves every photo intact.
    store.clean_temp_files(datetime.now() + timedelta(hours=2), timedelta(hours=1))
    assert not list(root.rglob(f"{TEMP_PREFIX}*"))
    assert set(store.iter_shas()) == stored and store.verify_all() == []
    print(
        f"{KILLS} kills, {len(stored)} files, {len(reported_photos | reported_raw)} reported, "
        f"kills that left a temp file: {len(leftovers)}"
    )
