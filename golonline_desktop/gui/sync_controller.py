"""Runs sync in the background and tells the screen how it goes.

A pass of ``SyncEngine.run_once`` can take minutes on a 2G link, so it runs on a worker
thread the controller owns (not on the shared runner, whose two threads serve the
screens). One pass at a time: a trigger during a pass asks for one more pass after it.
Everything the worker learns comes back through queued signals, so the public signals are
always emitted on the GUI thread.

Triggers: the officer's "Sync now"; a timer (setting, 5 minutes by default); the network
coming back (``QNetworkInformation``, when a backend exists) or any automatic trigger, both
after a cheap probe of the server's ``/api/v1/health``; after a failure, the engine's own
backoff (full jitter, capped at 10 minutes) decides when to try again. It never gives up
while there is work.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from golonline_desktop.services.app import App
from golonline_desktop.services.enrollment import load_enrollment
from golonline_desktop.services.sync_command import build_engine
from golonline_desktop.services.sync_conflicts import (
    ConflictDetails,
    ConflictService,
    Resolution,
    ResolutionOutcome,
)
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_progress import FailureKind, Stage, SyncProgress, SyncResult
from golonline_desktop.services.sync_status import SyncStatus, read_sync_status
from golonline_desktop.services.sync_transport import HttpTransport, TransportError

from . import settings as keys
from .runner import Runner
from .settings import AppSettings
from .sync_light import SyncLight

log = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 3.0
PROGRESS_INTERVAL_SECONDS = 0.1  # at most ~10 progress signals a second reach the screen
MIN_RETRY_SECONDS = 1.0
NOT_ENROLLED_ERROR = "This laptop is not enrolled."
_REACHABLE = {
    QNetworkInformation.Reachability.Online,
    QNetworkInformation.Reachability.Site,  # a server in the office's own network
    QNetworkInformation.Reachability.Local,
}


@dataclass(frozen=True)
class _Job:
    probe_first: bool
    server_url: str  # the settings' URL; "" means the one enrolled with
    cancel: threading.Event


@dataclass(frozen=True)
class SyncView:
    """The status plus the names of the records it mentions (ids mean nothing to people)."""

    status: SyncStatus
    names: dict[str, str]


@dataclass(frozen=True)
class _Outcome:
    result: SyncResult | None  # None: the probe found the server unreachable, no pass ran
    view: SyncView
    retry_in: float | None  # seconds until the next automatic try (the engine's backoff)


def read_sync_view(app: App) -> SyncView:
    """One status read, with business names for refused and conflicting records."""
    status = read_sync_status(app.store)
    names: dict[str, str] = {}
    for item in (*status.quarantined, *status.conflicts):
        if item.entity == "business" and item.entity_id not in names:
            try:
                names[item.entity_id] = app.registration.get(item.entity_id).fields.business_name
            except LookupError:
                continue
    return SyncView(status, names)


def probe_server(url: str, timeout: float = PROBE_TIMEOUT_SECONDS) -> bool:
    """True when the server answers its health check within ``timeout`` seconds."""
    transport = HttpTransport(url, None, timeout=httpx.Timeout(timeout))
    try:
        transport.health()
    except (TransportError, httpx.HTTPError, ValueError):
        return False
    finally:
        transport.close()
    return True


class SyncController(QObject):
    """Owns the sync worker thread, its triggers and what the screen shows of it.

    Signals:
        state_changed(object): the light to show (a ``SyncLight``).
        progress(object): a ``SyncProgress`` of the pass running (throttled).
        finished(object): a pass ended (a ``SyncResult``; also when not enrolled).
        status_changed(object): fresh ``SyncStatus`` (counts, quarantine, conflicts, log).
        _from_worker(object), _progress_from_worker(object): internal, queued to the GUI.
    """

    state_changed = Signal(object)
    progress = Signal(object)
    finished = Signal(object)
    status_changed = Signal(object)
    _from_worker = Signal(object)
    _progress_from_worker = Signal(object)

    def __init__(
        self,
        app: App,
        settings: AppSettings,
        runner: Runner,
        parent: QObject | None = None,
        *,
        use_network_information: bool = True,
        probe_timeout: float = PROBE_TIMEOUT_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._runner = runner
        self._probe_timeout = probe_timeout
        self._status: SyncStatus | None = None
        self.record_names: dict[str, str] = {}
        self.page: QObject | None = None  # set by ``install_sync``
        self.light_button: QObject | None = None
        self._last_result: SyncResult | None = None
        self._offline = False
        self._refused = False  # the server refused the token: enroll again
        self._running = False
        self._again: bool | None = None  # a pass asked for during a pass (probe first?)
        self._light = SyncLight.IDLE
        self._cancel = threading.Event()
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None

        self._from_worker.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)
        self._progress_from_worker.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._interval = QTimer(self)
        self._interval.timeout.connect(self.sync_when_reachable)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_when_reachable)
        self.network: QNetworkInformation | None = None
        if use_network_information:
            self._watch_network()
        self.apply_settings()

    # -- what the screen reads ------------------------------------------------------------

    @property
    def app(self) -> App:
        return self._app

    @property
    def settings(self) -> AppSettings:
        return self._settings

    @property
    def runner(self) -> Runner:
        return self._runner

    @property
    def light(self) -> SyncLight:
        return self._light

    @property
    def status(self) -> SyncStatus | None:
        return self._status

    @property
    def last_result(self) -> SyncResult | None:
        return self._last_result

    @property
    def running(self) -> bool:
        return self._running

    @property
    def interval_ms(self) -> int:
        return self._interval.interval()

    @property
    def timer_active(self) -> bool:
        """The regular automatic try is on (the setting)."""
        return self._interval.isActive()

    @property
    def retry_pending(self) -> bool:
        """An automatic retry (backoff) is scheduled."""
        return self._retry.isActive()

    @property
    def retry_in_ms(self) -> int:
        return self._retry.remainingTime() if self._retry.isActive() else -1

    @property
    def server_url(self) -> str:
        """Where sync goes: the settings' URL, else the one this laptop enrolled with."""
        chosen = self._settings.get(keys.SERVER_URL).strip()
        if chosen:
            return chosen
        return (self._status.server_url if self._status else None) or ""

    # -- triggers -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the status, then (automatic sync on) try a first pass if the server answers."""
        self.refresh_status(then_sync=self._settings.get(keys.AUTO_SYNC))

    @Slot()
    def sync_now(self) -> None:
        """The officer pressed "Sync now": a pass at once, without a probe first."""
        self._submit(probe_first=False)

    @Slot()
    def sync_when_reachable(self) -> None:
        """An automatic trigger: probe the server's health, then run a pass if it answers."""
        if self._status is not None and not self._status.enrolled:
            return
        self._submit(probe_first=True)

    @Slot()
    def cancel(self) -> None:
        """Stop the pass running between two requests; nothing already sent is lost."""
        self._again = None
        self._cancel.set()

    def on_reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """The system says the network came or went (also called by tests)."""
        if reachability in _REACHABLE:
            if self._settings.get(keys.AUTO_SYNC):
                self.sync_when_reachable()
        elif reachability == QNetworkInformation.Reachability.Disconnected:
            self._offline = True
            self._show_light()

    def apply_settings(self) -> None:
        """Take the automatic-sync settings into account (after the officer changed them)."""
        minutes = max(1, self._settings.get(keys.SYNC_INTERVAL_MINUTES))
        self._interval.setInterval(minutes * 60_000)
        if self._settings.get(keys.AUTO_SYNC):
            self._interval.start()
        else:
            self._interval.stop()
            self._retry.stop()

    def refresh_status(self, then_sync: bool = False) -> None:
        """Read the status again (off the GUI thread) and show it."""

        def shown(view: SyncView) -> None:
            self._set_view(view)
            if then_sync and view.status.enrolled:
                self.sync_when_reachable()

        self._runner.submit(read_sync_view, self._app, on_done=shown)

    # -- the officer's fixes --------------------------------------------------------------

    def retry_record(self, entity: str, entity_id: str) -> None:
        """Queue a quarantined record again (after the officer fixed it), then sync."""

        def requeue() -> int:
            engine = SyncEngine(self._app.store, _NoTransport(), _NoBlobSource(), self._app.clock)
            return engine.retry_quarantined(entity, entity_id)

        self._runner.submit(requeue, on_done=lambda _n: self._after_fix(sync=True), write=True)

    def conflict_service(self) -> ConflictService:
        """The conflict decisions, acting as the officer signed in now."""
        return ConflictService(self._app.store, self._app.clock, self._app.actor)

    def conflict_details(
        self,
        conflict_id: int,
        on_done: Callable[[ConflictDetails], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read the two versions of a conflicting record (off the GUI thread)."""
        self._runner.submit(
            self.conflict_service().details, conflict_id, on_done=on_done, on_error=on_error
        )

    def resolve_conflict(
        self,
        conflict_id: int,
        resolution: Resolution,
        on_done: Callable[[ResolutionOutcome], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Store the officer's choice (one write), then show the new status.

        Keeping this laptop's version queues a new version: a pass follows at once
        (automatic sync on), as after "Send again".
        """

        def stored(outcome: ResolutionOutcome) -> None:
            if on_done is not None:
                on_done(outcome)
            keep = outcome.resolution is Resolution.KEEP_LOCAL
            self._after_fix(sync=keep and bool(self._settings.get(keys.AUTO_SYNC)))

        def refused(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            self.refresh_status()  # e.g. decided meanwhile in another window

        self._runner.submit(
            self.conflict_service().resolve,
            conflict_id,
            resolution,
            on_done=stored,
            on_error=refused,
            write=True,
        )

    def enrolled(self) -> None:
        """A new enrollment was saved: forget old refusals and sync with it."""
        self._refused = False
        self._offline = False
        self.refresh_status(then_sync=True)

    def _after_fix(self, sync: bool) -> None:
        if sync:
            self.sync_now()
        else:
            self.refresh_status()

    # -- the worker -----------------------------------------------------------------------

    def _submit(self, probe_first: bool) -> None:
        if self._running:
            # One pass at a time; "sync now" during a pass means one more pass after it.
            if self._again is None or not probe_first:
                self._again = probe_first
            return
        self._running = True
        self._retry.stop()
        self._cancel = threading.Event()
        job = _Job(probe_first, self._settings.get(keys.SERVER_URL), self._cancel)
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._work, name="golonline-sync", daemon=True)
            self._thread.start()
        self._jobs.put(job)
        self._show_light()

    def _work(self) -> None:
        """The worker thread: one job after another until ``shutdown``; touches no widget."""
        engine: SyncEngine | None = None
        engine_key: tuple[str, str] | None = None
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                cancel = job.cancel
                try:
                    device = load_enrollment(self._app.store, self._app.paths.root)
                    if device is None:
                        result = SyncResult(failure=FailureKind.NOT_AUTHORIZED)
                        result.error = NOT_ENROLLED_ERROR
                        self._deliver(result, None)
                        continue
                    url = job.server_url.strip() or device.enrollment.server_url
                    key = (device.enrollment.device_id, url)
                    if engine is None or engine_key != key:
                        if engine is not None:
                            engine.close()
                        engine = build_engine(
                            self._app, device, server_url=url, on_progress=self._throttled()
                        )
                        engine_key = key
                    if job.probe_first and not probe_server(url, self._probe_timeout):
                        self._deliver(None, engine.backoff.next_delay())
                        continue
                    result = engine.run_once(cancel)
                    if result.failure is FailureKind.UNAVAILABLE:
                        retry_in: float | None = engine.backoff.next_delay()
                    else:
                        engine.backoff.reset()
                        retry_in = 0.0 if result.ok and result.remaining else None
                    self._deliver(result, retry_in)
                except Exception as exc:  # never let the worker die: report and go on
                    log.exception("sync pass failed")
                    failed = SyncResult(failure=FailureKind.UNAVAILABLE, error=str(exc))
                    self._deliver(failed, engine.backoff.next_delay() if engine else None)
        finally:
            if engine is not None:
                engine.close()

    def _deliver(self, result: SyncResult | None, retry_in: float | None) -> None:
        try:
            view = read_sync_view(self._app)
        except Exception:  # the data folder is closing; the GUI keeps the old figures
            log.exception("cannot read the sync status")
            view = SyncView(self._status or _EMPTY_STATUS, dict(self.record_names))
        self._from_worker.emit(_Outcome(result, view, retry_in))

    def _throttled(self):
        last: list[float | Stage] = [0.0, Stage.PREPARE]

        def report(progress: SyncProgress) -> None:
            now = time.monotonic()
            if (
                progress.stage is Stage.DONE
                or progress.stage is not last[1]
                or now - float(last[0]) >= PROGRESS_INTERVAL_SECONDS
            ):
                last[:] = [now, progress.stage]
                self._progress_from_worker.emit(progress)

        return report

    @Slot(object)
    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress.emit(progress)

    @Slot(object)
    def _on_outcome(self, outcome: _Outcome) -> None:
        self._running = False
        result = outcome.result
        if result is None:  # probe failed
            self._offline = True
        else:
            self._last_result = result
            self._offline = result.failure is FailureKind.UNAVAILABLE
            self._refused = result.failure is FailureKind.NOT_AUTHORIZED
        again, self._again = self._again, None
        retry_in = outcome.retry_in if self._settings.get(keys.AUTO_SYNC) else None
        if again is None and retry_in:  # scheduled first, so the screen can show when
            self._retry.start(int(max(MIN_RETRY_SECONDS, retry_in) * 1000))
        self._set_view(outcome.view)
        if result is not None:
            self.finished.emit(result)
        if again is not None:
            self._submit(probe_first=again)
        elif retry_in == 0.0:
            self.sync_now()  # more was saved during the pass: send it now

    def _set_view(self, view: SyncView) -> None:
        self._status = view.status
        self.record_names = view.names
        self.status_changed.emit(view.status)
        self._show_light()

    def _show_light(self) -> None:
        light = self._compute_light()
        if light != self._light:
            self._light = light
            self.state_changed.emit(light)

    def _compute_light(self) -> SyncLight:
        status = self._status
        if self._running:
            return SyncLight.SYNCING
        if status is None:
            return SyncLight.IDLE
        if not status.enrolled or self._refused:
            return SyncLight.NOT_ENROLLED
        if self._offline:
            return SyncLight.OFFLINE
        if status.quarantined or status.conflicts:
            return SyncLight.ATTENTION
        last = self._last_result
        if status.pending == 0 and (last.ok if last else status.last_success_at is not None):
            return SyncLight.OK
        return SyncLight.IDLE

    # -- network information and shutting down ---------------------------------------------

    def _watch_network(self) -> None:
        try:
            if QNetworkInformation.instance() is None:
                QNetworkInformation.loadDefaultBackend()
            self.network = QNetworkInformation.instance()
        except RuntimeError:  # no backend on this platform (e.g. a bare container)
            self.network = None
        if self.network is not None:
            self.network.reachabilityChanged.connect(self.on_reachability_changed)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Stop the pass between two requests and end the worker thread (at quit)."""
        self._interval.stop()
        self._retry.stop()
        self._again = None
        self._cancel.set()
        if self.network is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.network.reachabilityChanged.disconnect(self.on_reachability_changed)
            self.network = None
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout)
            self._thread = None


class _NoTransport:
    """Retrying a record only touches the outbox: any network call here is a bug."""

    def __getattr__(self, name: str):
        if name == "close":
            return lambda: None
        raise RuntimeError(f"retry_quarantined must not call the server ({name})")


class _NoBlobSource:
    def blobs_for(self, items: object) -> dict[int, list[object]]:
        return {}


_EMPTY_STATUS = SyncStatus({}, None, None, None, None, (), (), ())
