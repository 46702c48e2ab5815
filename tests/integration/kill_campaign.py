"""SIGKILL the sync client at random moments, keep adding work, then check exactly-once.

Used by ``test_sync_kills.py`` (>= 100 kills) and ``benchmarks/fault_campaign_sync.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from golonline_desktop.services.app import App
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_transport import HttpTransport
from tests.integration.sync_child import blob_source
from tests.integration.sync_helpers import (
    TestBlobs,
    register_many,
    server_blob_hashes,
    server_records,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CampaignReport:
    kills: int
    completed_runs: int
    records: int
    blobs: int
    seconds: float
    final_applied: int
    final_replayed: int
    server_records: dict[str, tuple[int, int]]
    blob_hashes: dict[str, str | None]
    outbox_states: dict[str, int]


class Zygote:
    def __init__(self, data_dir: Path, blob_dir: Path, map_file: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.sync_child",
             str(data_dir), str(blob_dir), str(map_file)],
            cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip

    def _line(self, prefix: str) -> int:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith(prefix):
            raise RuntimeError(f"sync child said {line!r}")
        return int(line.split()[1])

    def run(self, kill_after: float) -> bool:
        """One child pass; True when it was killed while still running."""
        assert self.process.stdin is not None
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        pid = self._line("pid ")
        time.sleep(kill_after)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        status = self._line("exit ")
        return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


def run_campaign(
    app: App, server: Any, work_dir: Path, *, kills: int, seed: int, max_delay: float = 0.25
) -> CampaignReport:
    rng = random.Random(seed)
    blobs = TestBlobs(work_dir / "blobs")
    map_file = work_dir / "blob_map.json"
    ids: list[str] = []
    zygote = Zygote(app.paths.root, blobs.folder, map_file)
    started = time.monotonic()
    killed = completed = 0
    try:
        while killed < kills:
            new = register_many(app, len(ids), rng.randint(1, 4))
            ids += new
            if rng.random() < 0.4:
                blobs.add(new[0], rng.randint(10_000, 90_000), rng.randrange(1 << 30))
                temp = map_file.with_suffix(".tmp")
                temp.write_text(json.dumps(blobs.by_record))
                temp.replace(map_file)
            if zygote.run(rng.uniform(0.0, max_delay)):
                killed += 1
            else:
                completed += 1
    finally:
        zygote.close()
    device = load_enrollment(app.store, app.paths.root)
    assert device is not None
    transport = HttpTransport(server.base_url, device.secrets.device_token)
    with SyncEngine(app.store, transport, blob_source(blobs.folder, map_file), app.clock) as engine:
        final = engine.run_once()
    assert final.ok, final
    with app.store.read() as session:
        from sqlalchemy import func, select

        from golonline_desktop.storage.models import OutboxEntry

        states = dict(session.execute(
            select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)
        ).all())  # fmt: skip
    held = server_records(server.database_url)
    return CampaignReport(
        kills=killed,
        completed_runs=completed,
        records=len(ids),
        blobs=len(blobs.all()),
        seconds=time.monotonic() - started,
        final_applied=final.applied,
        final_replayed=final.replayed,
        server_records={i: held.get(i, (0, 0)) for i in ids} | held,
        blob_hashes=server_blob_hashes(server.blob_dir, blobs.all()),
        outbox_states=states,
    )
