"""The product editor's autosave: every change becomes a draft row, and none is lost.

A draft write starts at once when none is in flight. Changes made while one is in flight
are coalesced into a single next write, which takes the form's content when it starts:
the last change is always written, and the writer queue never grows with typing speed
(the registration form debounces instead; here a photo added or moved is written at once).
A form that matches what is saved writes a deletion instead, so an undone change leaves
no draft behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from golonline_desktop.services.drafts import DraftService

from . import dialogs
from .i18n import translate
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
        return self._in_flight > 0

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
        if snapshot is not None and snapshot.content is not None:
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


def ask_to_continue(parent: QWidget, name: str, *, saved_before: bool) -> bool:
    """Offer an unsaved product back; True when the officer wants to continue it."""
    shown = name.strip() or translate("ProductDrafts", "no name typed yet")
    if saved_before:
        text = translate(
            "ProductDrafts",
            "Changes to the product {name} were not saved the last time. Continue them now?\n\n"
            "If you answer No, the saved product is shown and the changes stay kept until "
            "you change it again.",
        )
    else:
        text = translate(
            "ProductDrafts",
            "A new product was not saved the last time ({name}). Continue it now?\n\n"
            "If you answer No, it stays kept and is offered again later.",
        )
    answer = dialogs.ask(
        parent,
        translate("ProductDrafts", "Unsaved product"),
        text.format(name=shown),
        (dialogs.Choice.YES, dialogs.Choice.NO),
        dialogs.Choice.YES,
    )
    return answer is dialogs.Choice.YES


def ask_to_discard(parent: QWidget, name: str) -> bool:
    """Before unsaved changes are thrown away; True when the officer agrees."""
    shown = name.strip() or translate("ProductDrafts", "no name typed yet")
    answer = dialogs.ask(
        parent,
        translate("ProductDrafts", "Discard changes?"),
        translate("ProductDrafts", "Throw away what was typed in this product ({name})?").format(
            name=shown
        ),
        (dialogs.Choice.YES, dialogs.Choice.NO),
        dialogs.Choice.NO,
    )
    return answer is dialogs.Choice.YES
