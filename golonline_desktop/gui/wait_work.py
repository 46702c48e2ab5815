"""Run one slow step (a password check, encrypting a database) without freezing the window.

Logging in costs ~0.5 s of Argon2id and a first setup may encrypt a large database; done on
the GUI thread, the window would stop repainting and the OS could call it "not
responding". Before the main window exists there is no ``TaskRunner`` yet, and the caller
needs the result before it can go on, so this runs the step on a plain thread and keeps
the Qt event loop turning until it is done. The caller disables its buttons meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QTimer

T = TypeVar("T")
POLL_MS = 15


def run_and_wait(work: Callable[[], T]) -> T:
    """``work()``'s result (or its exception), with the GUI responsive while it runs."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed back to the caller below
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="golonline-wait-work", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start()
    if thread.is_alive():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
