"""The sync client killed with SIGKILL at random points, at least 100 times per database.

Between kills the officer keeps registering (and photos keep arriving), so every kill
lands on real work: building a batch, uploading a chunk, waiting for a push answer,
marking entries done, saving the pull cursor. Afterwards one clean pass must leave the
server holding every record exactly once and every blob identical by hash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from golonline_desktop.services.app import App
from tests.integration.kill_campaign import run_campaign
from tests.integration.sync_helpers import enroll_app

KILLS = 100


@pytest.mark.slow
def test_sigkill_at_random_points_loses_and_duplicates_nothing(
    app: App, server: Any, tmp_path: Path
) -> None:
    enroll_app(app, server)
    report = run_campaign(app, server, tmp_path, kills=KILLS, seed=20261128)
    assert report.kills >= KILLS
    assert report.outbox_states == {"done": report.records}
    assert len(report.server_records) == report.records
    assert all(counts == (1, 1) for counts in report.server_records.values())
    assert report.blobs > 0
    assert all(found == sha for sha, found in report.blob_hashes.items())
