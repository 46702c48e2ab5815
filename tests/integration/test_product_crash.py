"""Kill a process saving products with photos at random moments: database and photo
store must agree afterwards.

Every product the child reported (after ``create`` returned) must be there with its two
photo rows in order, its outbox entry and audit event; every photo any product row names
must be in the store and match its hash; the database must pass ``integrity_check``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.storage.photo_store import PhotoStore
from tests.factories import business_input

CHILD = Path(__file__).with_name("product_import_child.py")
KILLS = int(os.environ.get("GOLONLINE_PRODUCT_CRASH_KILLS", "15"))


def check(database: Path, store: PhotoStore, reported: dict[str, tuple[str, str]]) -> None:
    db = sqlite3.connect(database)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for product_id, shas in reported.items():
            rows = db.execute(
                "SELECT sha256 FROM product_photo WHERE product_id = ? ORDER BY position",
                (product_id,),
            ).fetchall()
            assert tuple(r[0] for r in rows) == shas, product_id
            assert (
                db.execute(
                    "SELECT count(*) FROM outbox WHERE entity = 'product' AND entity_id = ?",
                    (product_id,),
                ).fetchone()[0]
                == 1
            ), product_id
            assert (
                db.execute(
                    "SELECT count(*) FROM audit_event WHERE entity = 'product' AND entity_id = ?",
                    (product_id,),
                ).fetchone()[0]
                == 1
            ), product_id
        named = {r[0] for r in db.execute("SELECT DISTINCT sha256 FROM product_photo")}
        products = {r[0] for r in db.execute("SELECT id FROM product")}
        outboxed = {
            r[0] for r in db.execute("SELECT entity_id FROM outbox WHERE entity = 'product'")
        }
    finally:
        db.close()
    assert products == outboxed  # no product without its outbox entry, nor the reverse
    for sha in named:  # a committed row never points at a missing or partial photo
        assert store.has(sha) and store.verify(sha), sha


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_products_and_photos_survive_random_sigkill(tmp_path: Path, clock, regions) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    app = open_app(paths, clock, regions)
    saved = app.registration.register(business_input(1))
    assert saved.saved and saved.business_id is not None
    app.close()

    store = PhotoStore(paths.photos)
    rng = random.Random(20261128)
    reported: dict[str, tuple[str, str]] = {}
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(paths.root), saved.business_id, str(kill)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        for line in child.stdout.read().splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[0] == "product" and len(parts[3]) == 64:
                reported[parts[1]] = (parts[2], parts[3])
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
        check(paths.database, store, reported)

    assert reported, "the child never saved a product"
    assert store.verify_all() == []
    print(f"{KILLS} kills, {len(reported)} products reported and found with their photos")
