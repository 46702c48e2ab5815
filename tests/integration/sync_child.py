"""A sync client to be killed: a pre-imported "zygote" that forks one sync pass per request.

Starting Python and importing SQLAlchemy, httpx and pydantic costs ~0.5 s; a kill
campaign of hundreds of SIGKILLs cannot afford that per kill. The zygote imports once,
then for every ``run`` line on stdin forks a child that opens the data folder, syncs
until nothing is pending and exits; the zygote prints ``pid <n>`` and later
``exit <status>`` (``status`` as from ``waitpid``). The child is a real, separate process:
the test kills it with SIGKILL at a random moment.

Usage: ``python -m tests.integration.sync_child DATA_DIR BLOB_DIR BLOB_MAP_JSON``
(blobs are files named by hash in BLOB_DIR; the map says which records reference them).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.sync_blobs import FileBlobSource
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_transport import HttpTransport
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.sync_state import PendingItem

CHILD_OPTIONS = {"batch_items": 3, "chunk_bytes": 16 * 1024, "upload_workers": 2}


def blob_source(blob_dir: Path, map_file: Path) -> FileBlobSource:
    def references(item: PendingItem) -> list[str]:
        mapping = json.loads(map_file.read_text()) if map_file.exists() else {}
        return mapping.get(item.entity_id, [])

    return FileBlobSource(lambda sha: blob_dir / sha, references)


def sync_until_done(data_dir: Path, blob_dir: Path, map_file: Path) -> int:
    paths = DataPaths(data_dir)
    store = Store.open(paths.database)
    device = load_enrollment(store, paths.root)
    if device is None:
        return 6
    transport = HttpTransport(device.enrollment.server_url, device.secrets.device_token)
    engine = SyncEngine(
        store, transport, blob_source(blob_dir, map_file), SystemClock(), **CHILD_OPTIONS
    )
    for _ in range(20):
        result = engine.run_once()
        if result.ok and result.remaining == 0:
            return 0
    return 5


def main() -> None:
    data_dir, blob_dir, map_file = (Path(a) for a in sys.argv[1:4])
    for line in sys.stdin:
        if line.strip() != "run":
            break
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = sync_until_done(data_dir, blob_dir, map_file)
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    main()
