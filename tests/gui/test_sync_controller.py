"""SyncController against the real server process (SQLite): passes, offline, backoff, probe."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import settings as keys
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.sync_controller import SyncController, probe_server
from golonline_desktop.gui.sync_light import SyncLight
from golonline_desktop.services.app import App
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.sync_progress import FailureKind, SyncProgress, SyncResult
from tests.integration.conftest import server_factory  # noqa: F401 - the real server fixture
from tests.integration.sync_helpers import enroll_app, register_many

PASS_TIMEOUT_MS = 20_000


@pytest.fixture
def server(server_factory: Any) -> Any:  # noqa: F811 - the fixture imported above
    return server_factory()


@pytest.fixture
def settings(app: App) -> AppSettings:
    return AppSettings(app.paths.settings)


@pytest.fixture
def controller(qtbot: QtBot, app: App, settings: AppSettings) -> Iterator[SyncController]:
    made = SyncController(app, settings, SyncRunner(), use_network_information=False)
    made.refresh_status()
    yield made
    made.shutdown()


def sync_now(qtbot: QtBot, controller: SyncController) -> SyncResult:
    with qtbot.waitSignal(controller.finished, timeout=PASS_TIMEOUT_MS) as blocker:
        controller.sync_now()
    result = blocker.args[0]
    assert isinstance(result, SyncResult)
    return result


def test_sync_now_sends_everything_with_progress_and_the_light_turns_ok(
    qtbot: QtBot, app: App, server: Any, controller: SyncController
) -> None:
    enroll_app(app, server)
    register_many(app, 0, 3)
    controller.refresh_status()
    assert controller.light is SyncLight.IDLE and controller.status.pending == 3
    seen: list[SyncProgress] = []
    lights: list[SyncLight] = []
    controller.progress.connect(seen.append)
    controller.state_changed.connect(lights.append)
    result = sync_now(qtbot, controller)
    assert result.ok and result.applied == 3
    assert controller.status.counts == {"done": 3}
    assert controller.status.last_success_at is not None
    assert lights[0] is SyncLight.SYNCING and controller.light is SyncLight.OK
    assert seen and seen[-1].records_done == 3 and seen[-1].records_total == 3
    assert not controller.retry_pending  # nothing left: no retry scheduled


def test_a_stopped_server_shows_offline_loses_nothing_and_backs_off(
    qtbot: QtBot, app: App, server: Any, controller: SyncController
) -> None:
    enroll_app(app, server)
    register_many(app, 0, 2)
    server.stop()
    result = sync_now(qtbot, controller)
    assert result.failure is FailureKind.UNAVAILABLE
    assert controller.light is SyncLight.OFFLINE
    assert controller.status.counts == {"pending": 2}
    # The engine's backoff (full jitter, capped) scheduled the next automatic try.
    assert controller.retry_pending and 0 <= controller.retry_in_ms <= 4_000
    # The network "comes back": a probe first, then the pass.
    server.start()
    with qtbot.waitSignal(controller.finished, timeout=PASS_TIMEOUT_MS) as blocker:
        controller.on_reachability_changed(QNetworkInformation.Reachability.Online)
    assert blocker.args[0].ok and blocker.args[0].applied == 2
    assert controller.light is SyncLight.OK and controller.status.counts == {"done": 2}


def test_an_automatic_trigger_probes_first_and_runs_no_pass_when_unreachable(
    qtbot: QtBot, app: App, server: Any, controller: SyncController
) -> None:
    enroll_app(app, server)
    register_many(app, 0, 1)
    controller.refresh_status()
    assert probe_server(server.base_url)
    server.stop()
    assert not probe_server(server.base_url, timeout=1.0)
    finished: list[SyncResult] = []
    controller.finished.connect(finished.append)
    with qtbot.waitSignal(controller.state_changed, timeout=PASS_TIMEOUT_MS) as blocker:
        controller.sync_when_reachable()
        assert controller.light is SyncLight.SYNCING
    qtbot.waitUntil(lambda: not controller.running, timeout=PASS_TIMEOUT_MS)
    assert blocker.args[0] is SyncLight.SYNCING
    assert controller.light is SyncLight.OFFLINE and finished == []
    assert controller.status.last_attempt_at is None  # no pass was even started
    assert controller.retry_pending
    controller.on_reachability_changed(QNetworkInformation.Reachability.Disconnected)
    assert controller.light is SyncLight.OFFLINE


def test_a_laptop_not_enrolled_or_revoked_asks_for_enrollment(
    qtbot: QtBot, app: App, server: Any, controller: SyncController
) -> None:
    assert controller.light is SyncLight.NOT_ENROLLED
    result = sync_now(qtbot, controller)
    assert result.failure is FailureKind.NOT_AUTHORIZED
    enroll_app(app, server)
    register_many(app, 0, 1)
    controller.enrolled()
    qtbot.waitUntil(lambda: not controller.running, timeout=PASS_TIMEOUT_MS)
    device = load_enrollment(app.store, app.paths.root)
    assert device is not None
    server.revoke(device.enrollment.device_id)
    register_many(app, 1, 1)
    result = sync_now(qtbot, controller)
    assert result.failure is FailureKind.NOT_AUTHORIZED
    assert controller.light is SyncLight.NOT_ENROLLED
    assert controller.status.pending == 1 and not controller.retry_pending


def test_sync_now_during_a_pass_runs_one_more_pass_after_it(
    qtbot: QtBot, app: App, server: Any, controller: SyncController
) -> None:
    enroll_app(app, server)
    register_many(app, 0, 2)
    results: list[SyncResult] = []
    controller.finished.connect(results.append)
    controller.sync_now()
    register_many(app, 2, 1)  # saved while the first pass may still run
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running and len(results) >= 1, timeout=PASS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: controller.status.counts == {"done": 3}, timeout=PASS_TIMEOUT_MS)
    assert sum(r.applied for r in results) == 3


def test_sync_settings_persist_and_drive_the_timer(app: App, controller: SyncController) -> None:
    settings = controller.settings
    assert settings.get(keys.AUTO_SYNC) is True and settings.get(keys.SYNC_INTERVAL_MINUTES) == 5
    assert controller.interval_ms == 5 * 60_000 and controller.timer_active
    settings.set(keys.AUTO_SYNC, False)
    settings.set(keys.SYNC_INTERVAL_MINUTES, 15)
    settings.set(keys.SERVER_URL, "http://192.0.2.10:8000")
    settings.sync()
    controller.apply_settings()
    assert controller.interval_ms == 15 * 60_000 and not controller.timer_active
    again = AppSettings(app.paths.settings)  # the INI stores "false": it must read False
    assert again.get(keys.AUTO_SYNC) is False
    assert again.get(keys.SYNC_INTERVAL_MINUTES) == 15
    assert controller.server_url == "http://192.0.2.10:8000"
