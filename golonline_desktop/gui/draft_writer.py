"""A form's autosave: what was typed becomes a draft row at once, and none is lost.

DESIGN.md: nothing typed is lost. A draft write starts as soon as the form changes and no
draft write is in flight. Changes made while one is in flight are coalesced into a single
next write, started the moment the current one finishes and taking the form's content as
it is then. So at most one draft write is in flight (the writer queue never grows with
typing speed), and the last change is always written: a killed process loses at most
what was typed during the one write in flight.

A form that matches what is saved (nothing typed, or every change undone) writes a
deletion instead, so no stale draft is offered back later. Used by the registration form
(``registration_form.py``) and the product editor (``product_editor.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from golonline_desktop.services.drafts import DraftService

from .runner import Runner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DraftSnapshot:
    entity_id: str
    base_version: int | None  # None: a record not saved yet
    content: dict[str, Any] | None  # None: nothing unsaved, the draft goes


class DraftWriter(QObject):
    """Writes one form's draft on the runner's single writer, coalescing while busy."""

    def __init__(
        self,
        drafts: DraftService,
        runner: Runner,
        kind: str,
        snapshot: Callable[[], DraftSnapshot | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._runner = runner
        self._kind = kind
        self._snapshot = snapshot
        self._in_flight = 0
        self._again = False

    @property
    def busy(self) -> bool:
        """A draft write is running (a change now is written right after it)."""
        return self._in_flight > 0

    @property
    def pending(self) -> bool:
        """A change is waiting for the write in flight to finish."""
        return self._again

    def changed(self) -> None:
        """The form changed: write now, or right after the write in flight."""
        if self._in_flight:
            self._again = True
        else:
            self._start()

    def flush(self) -> None:
        """Before the form shows another record: queue the coalesced change now."""
        if self._again:
            self._start()

    def discard(self, entity_id: str) -> None:
        """Drop the draft (saved or thrown away); a coalesced change of it is dropped too."""
        self._again = False
        self._submit(self._drafts.discard, self._kind, entity_id)

    def write_now(self) -> None:
        """Write on this thread and wait (the application is closing)."""
        self._again = False
        snapshot = self._snapshot()
        if snapshot is None:
            return
        if snapshot.content is None:
            self._drafts.discard(self._kind, snapshot.entity_id)
        else:
            self._drafts.save(
                self._kind, snapshot.entity_id, snapshot.base_version, snapshot.content
            )

    def _start(self) -> None:
        self._again = False
        snapshot = self._snapshot()
        if snapshot is None:
            return
        if snapshot.content is None:
            self._submit(self._drafts.discard, self._kind, snapshot.entity_id)
        else:
            self._submit(
                self._drafts.save,
                self._kind,
                snapshot.entity_id,
                snapshot.base_version,
                snapshot.content,
            )

    def _submit(self, fn: Callable[..., Any], *args: Any) -> None:
        self._in_flight += 1
        self._runner.submit(fn, *args, on_done=self._finished, on_error=self._failed, write=True)

    def _finished(self, _result: object = None) -> None:
        self._in_flight -= 1
        if self._again and not self._in_flight:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        log.error("draft not saved", exc_info=(type(exc), exc, exc.__traceback__))
        self._finished()
