"""One small background runner: slow work off the GUI thread, results back on it.

WARNING: the work function runs on a worker thread. It must never touch a widget (or any
QObject living on the GUI thread): no ``label.setText`` and no dialogs inside it. Give it
plain values, let it call services, and update the screen in ``on_done``, which runs on
the GUI thread.

Two pools: reads and network go to a shared pool; database writes go to a pool of one
thread ("one writer"), so writes reach SQLite one at a time, in the order submitted.
``SyncRunner`` has the same interface and runs everything inline, for tests.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


def _log_error(exc: BaseException) -> None:
    log.error("background task failed", exc_info=(type(exc), exc, exc.__traceback__))


class Runner(Protocol):
    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        write: bool = False,
    ) -> None: ...

    def wait_for_done(self, msecs: int = -1) -> bool: ...

    def shutdown(self) -> None: ...


class _Task(QRunnable):
    def __init__(
        self, runner: TaskRunner, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...]
    ) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn
        self._args = args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # delivered to on_error; never lost in a thread
            self._runner._finished.emit(self._task_id, False, exc)
        else:
            self._runner._finished.emit(self._task_id, True, result)


class TaskRunner(QObject):
    """Runs functions on worker threads; callbacks run on the thread that owns the runner.

    Signals:
        _finished(int, bool, object): internal; emitted from a worker thread and delivered
            (queued) on the runner's thread, which calls the task's callbacks.
        idle(): every submitted task has finished and its callbacks have run.
    """

    _finished = Signal(int, bool, object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_readers: int = 2) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max_readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Tasks submitted whose callbacks have not run yet."""
        return len(self._callbacks)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        write: bool = False,
    ) -> None:
        """Run ``fn(*args)`` off the GUI thread (``write=True``: on the single writer)."""
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        pool = self._writer if write else self._readers
        pool.start(_Task(self, task_id, fn, args))

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        try:
            if ok:
                if on_done is not None:
                    on_done(payload)
            else:
                assert isinstance(payload, BaseException)
                (on_error or _log_error)(payload)
        finally:
            if not self._callbacks:
                self.idle.emit()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every task has run and its callbacks were delivered (start-up, tests).

        Returns False on timeout. Only call this from the runner's own thread.
        """
        ok = self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self)
        return ok and not self._callbacks

    def shutdown(self) -> None:
        """Wait for running work, then drop callbacks whose widgets may be gone."""
        self._readers.clear()
        self._writer.clear()
        self._readers.waitForDone()
        self._writer.waitForDone()
        self._callbacks.clear()


class SyncRunner:
    """The same interface, run inline on the caller's thread: deterministic tests."""

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        write: bool = False,
    ) -> None:
        try:
            result = fn(*args)
        except Exception as exc:
            (on_error or _log_error)(exc)
        else:
            if on_done is not None:
                on_done(result)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return True

    def shutdown(self) -> None:
        return None
