"""The conversation around saving a registration: warnings, duplicates, stale versions.

Saving runs on the runner's single writer; whatever the service answers (saved, needs a
reason because of possible duplicates, changed elsewhere, refused) comes back here on the
GUI thread and turns into the next question for the officer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from golonline_desktop.domain.business import BusinessInput
from golonline_desktop.domain.findings import Finding
from golonline_desktop.services.registration import (
    RegistrationService,
    SaveOutcome,
    SaveStatus,
)
from golonline_desktop.storage.region_directory import RegionDirectory

from . import dialogs
from .duplicate_dialog import DuplicateAction, DuplicateDialog
from .i18n import translate
from .runner import Runner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SaveRequest:
    entity_id: str
    base_version: int | None  # None: a new business
    drive_id: str | None
    data: BusinessInput


def confirm_warnings(parent: QWidget, warnings: Sequence[Finding]) -> bool:
    """Warnings do not block: the officer confirms them with the owner, then saves."""
    lines = "\n".join("• " + w.render(translate) for w in warnings)
    text = translate("RegistrationForm", "Please check with the owner:\n\n{lines}\n\nSave anyway?")
    answer = dialogs.ask(
        parent,
        translate("RegistrationForm", "Check before saving"),
        text.format(lines=lines),
        (dialogs.Choice.YES, dialogs.Choice.NO),
        dialogs.Choice.NO,
    )
    return answer is dialogs.Choice.YES


class SaveConversation(QObject):
    """Saves one request and handles the answer.

    Signals:
        saved(str): the business was saved (its id).
        open_requested(str): the officer chose to open an existing record instead.
        went_back(): the officer went back to the form (nothing saved).
        refused(object): the service found errors (a list of findings); nothing saved.
    """

    saved = Signal(str)
    open_requested = Signal(str)
    went_back = Signal()
    refused = Signal(object)

    def __init__(
        self,
        registration: RegistrationService,
        regions: RegionDirectory,
        runner: Runner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._registration = registration
        self._regions = regions
        self._runner = runner
        self._parent = parent
        self._request: SaveRequest | None = None

    @property
    def busy(self) -> bool:
        return self._request is not None

    def start(self, request: SaveRequest, reason: str | None = None) -> None:
        self._request = request
        service = self._registration
        if request.base_version is None:
            self._runner.submit(
                lambda: service.register(
                    request.data,
                    drive_id=request.drive_id,
                    confirm_warnings=True,
                    duplicate_reason=reason,
                    business_id=request.entity_id,
                ),
                on_done=self._answered,
                on_error=self._failed,
                write=True,
            )
        else:
            version = request.base_version
            self._runner.submit(
                lambda: service.update(
                    request.entity_id,
                    request.data,
                    expected_version=version,
                    confirm_warnings=True,
                    duplicate_reason=reason,
                ),
                on_done=self._answered,
                on_error=self._failed,
                write=True,
            )

    def _answered(self, outcome: SaveOutcome) -> None:
        request, self._request = self._request, None
        assert request is not None
        if outcome.saved:
            self.saved.emit(outcome.business_id or request.entity_id)
        elif outcome.duplicates:
            choice = DuplicateDialog(outcome.duplicates, self._village_label, self._parent).ask()
            if choice.action is DuplicateAction.SAVE_ANYWAY:
                self.start(request, reason=choice.reason)
            elif choice.action is DuplicateAction.OPEN and choice.business_id:
                self.open_requested.emit(choice.business_id)
            else:
                self.went_back.emit()
        elif outcome.status is SaveStatus.STALE:
            dialogs.show_error(
                self._parent,
                translate("RegistrationForm", "Not saved"),
                translate(
                    "RegistrationForm",
                    "This business was changed elsewhere meanwhile (now version {version}). "
                    "Your changes are kept as a draft; open the business again to see the "
                    "newer version.",
                ).format(version=outcome.version),
            )
            self.went_back.emit()
        else:
            self.refused.emit(list(outcome.findings))

    def _failed(self, exc: BaseException) -> None:
        self._request = None
        log.error("save failed", exc_info=(type(exc), exc, exc.__traceback__))
        dialogs.show_error(
            self._parent,
            translate("RegistrationForm", "Not saved"),
            translate(
                "RegistrationForm",
                "The business could not be saved: {reason}. What you typed is kept as a draft.",
            ).format(reason=str(exc) or type(exc).__name__),
        )
        self.went_back.emit()

    def _village_label(self, code: str) -> str:
        return (self._regions.full_path(code) or code) if code else ""
