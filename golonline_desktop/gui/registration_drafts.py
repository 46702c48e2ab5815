"""The registration form's autosave: what was typed becomes a draft row at once.

DESIGN.md: nothing typed is lost. A draft write starts as soon as the form changes and
no draft write is in flight. Changes made while one is in flight are coalesced into a
single next write, started the moment the current one finishes and taking the form's
content as it is then. So at most one draft write is in flight (the writer queue never
grows with typing speed), and the last change is always written: a killed process loses
at most what was typed during the one write in flight. (It used to wait for a 300 ms
pause in typing; a kill in that pause lost it.)

A form that matches what is saved (nothing typed, or every change undone) writes a
deletion instead, so no stale draft is offered back later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from golonline_desktop.services.drafts import DraftService

from .registration_fields import DRAFT_KIND
from .runner import Runner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DraftState:
    """What the form holds right now, as the draft should be."""

    entity_id: str
    base_version: int | None  # None: a business not saved yet
    content: dict[str, Any] | None  # None: nothing unsaved, the draft goes


class RegistrationDrafts(QObject):
    """Writes the form's draft on the runner's single writer, coalescing while one runs."""

    def __init__(
        self,
        drafts: DraftService,
        runner: Runner,
        state: Callable[[], DraftState | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._runner = runner
        self._state = state  # None: no form open
        self._in_flight = False
        self._pending = False

    @property
    def busy(self) -> bool:
        """A draft write is running (a change now is written right after it)."""
        return self._in_flight

    @property
    def pending(self) -> bool:
        """A change is waiting for the write in flight to finish."""
        return self._pending

    def changed(self) -> None:
        """The form changed: write it now, or right after the write in flight."""
        if self._in_flight:
            self._pending = True
        else:
            self._start()

    def write_now(self) -> None:
        """Write on this thread and wait (the application is closing)."""
        self._pending = False
        state = self._state()
        if state is None:
            return
        if state.content is None:
            self._drafts.discard(DRAFT_KIND, state.entity_id)
        else:
            self._drafts.save(DRAFT_KIND, state.entity_id, state.base_version, state.content)

    def discard(self, entity_id: str) -> None:
        """Drop the draft (saved or thrown away); a change waiting to be written goes too.

        Queued behind the write in flight on the single writer, so it cannot be undone by it.
        """
        self._pending = False
        self._runner.submit(
            self._drafts.discard, DRAFT_KIND, entity_id, on_error=self._log_failure, write=True
        )

    def _start(self) -> None:
        self._pending = False
        state = self._state()
        if state is None:
            return
        self._in_flight = True
        if state.content is None:
            self._runner.submit(
                self._drafts.discard,
                DRAFT_KIND,
                state.entity_id,
                on_done=self._finished,
                on_error=self._failed,
                write=True,
            )
        else:
            self._runner.submit(
                self._drafts.save,
                DRAFT_KIND,
                state.entity_id,
                state.base_version,
                state.content,
                on_done=self._finished,
                on_error=self._failed,
                write=True,
            )

    def _finished(self, _result: object = None) -> None:
        self._in_flight = False
        if self._pending:
            self._start()

    def _failed(self, exc: BaseException) -> None:
        self._log_failure(exc)
        self._finished()  # the next change (or the one waiting) tries again

    @staticmethod
    def _log_failure(exc: BaseException) -> None:
        log.error("draft not saved", exc_info=(type(exc), exc, exc.__traceback__))
