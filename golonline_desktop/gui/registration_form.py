"""The registration form: one business and its owner, checked as the officer types.

Layout in ``ui/registration_form.ui``, rules in ``domain`` (through
``RegistrationService.validate``); this module only connects them. Around it:
``registration_fields`` (which widget holds which field, the content as a dict),
``registration_sections`` (the owner and business sections' widgets and values),
``draft_writer`` (every change autosaved as a draft, at once or right after the
write in flight), ``registration_keyboard`` (Enter moves on, Ctrl+S, Esc) and
``registration_saving`` (the conversation after Ctrl+S: warnings, duplicates).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from golonline_desktop.domain.business import Validation
from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.ids import new_id
from golonline_desktop.services.drafts import DraftRecord, DraftService
from golonline_desktop.services.registration import (
    BusinessRecord,
    RegistrationService,
)
from golonline_desktop.storage.region_directory import RegionDirectory

from . import dialogs
from .consent_dialog import ConsentDialog
from .draft_writer import DraftSnapshot, DraftWriter
from .field_messages import STYLE
from .i18n import translate
from .registration_fields import (
    DRAFT_KIND,
    content_from_fields,
    empty_content,
    to_input,
)
from .registration_keyboard import EnterMovesOn, focus_after_pick, install_shortcuts
from .registration_saving import SaveConversation, SaveRequest, confirm_warnings
from .registration_sections import RegistrationSections
from .runner import Runner
from .ui_loader import load_form_translatable


class RegistrationForm(QObject):
    """Wires the form to the registration and draft services.

    Signals:
        saved(str): a business was saved (its id); the form is closed.
        closed(): the officer left the form (saved or discarded).
        open_requested(str): the officer chose to open an existing record (its id).
        validated(object): a ``Validation`` was checked and is shown.
    """

    saved = Signal(str)
    closed = Signal()
    open_requested = Signal(str)
    validated = Signal(object)

    def __init__(
        self,
        *,
        registration: RegistrationService,
        drafts: DraftService,
        regions: RegionDirectory,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registration = registration
        form, self._translator = load_form_translatable("registration_form.ui", parent)
        self.widget: QWidget = form
        form.setStyleSheet(STYLE)
        self.sections = RegistrationSections(form, regions, self)
        # Shortcuts to the widgets the businesses section and the tests use.
        self.edits = self.sections.edits
        self.messages = self.sections.messages
        self.sex_combo = self.sections.sex_combo
        self.kbli_version_combo = self.sections.kbli_version_combo
        self.consent_check = self.sections.consent_check
        self.findings_list = self.sections.findings_list
        self.save_button = self.sections.save_button
        self.close_button = self.sections.close_button
        self.picker = self.sections.picker
        self.messages_view = self.sections.messages_view
        self._entity_id = ""
        self._base_version: int | None = None
        self._drive_id: str | None = None
        self._baseline: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._consent_shown = False
        self._loading = False
        self.saving = SaveConversation(registration, regions, runner, form)
        self.saving.saved.connect(self._after_saved)
        self.saving.open_requested.connect(self._after_open_requested)
        self.saving.went_back.connect(self._after_went_back)
        self.saving.refused.connect(self._after_refused)
        self.drafts = DraftWriter(drafts, runner, DRAFT_KIND, self._draft_state, self)
        self._enter = EnterMovesOn(self)
        self._connect()
        form.installEventFilter(self)
        self._apply_texts()

    def _find(self, kind: type, name: str) -> Any:
        return self.sections.find(kind, name)

    def _connect(self) -> None:
        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _t, key=key: self._on_changed(key))
        self.sex_combo.currentIndexChanged.connect(lambda _i: self._on_changed("owner_sex"))
        self.kbli_version_combo.currentIndexChanged.connect(
            lambda _i: self._on_changed("kbli_code")
        )
        self.picker.changed.connect(lambda _c: self._on_changed("village_code"))
        self.picker.picked.connect(
            lambda level: focus_after_pick(level, self.picker_combos(), self.edits["address_line"])
        )
        self._enter.watch([*self.edits.values(), self.sex_combo, self.kbli_version_combo])
        self.consent_check.toggled.connect(self._on_consent_toggled)
        self.sections.consent_show_button.clicked.connect(self.show_consent)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        install_shortcuts(self.widget, self.save, self.request_close)

    # -- texts ----------------------------------------------------------------------------

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        self.sections.apply_texts(editing=self._base_version is not None)
        if self._entity_id:
            self.validate_and_show()

    def picker_combos(self) -> list[QComboBox]:
        return self.sections.picker_combos()

    def set_drive_text(self, text: str) -> None:
        self._find(QLabel, "formDriveValue").setText(text)

    # -- opening --------------------------------------------------------------------------

    @property
    def entity_id(self) -> str:
        return self._entity_id

    def start_new(self, drive_id: str | None) -> None:
        self._open(new_id(), None, drive_id, empty_content(), consented=False)
        self._baseline = self.content()

    def start_edit(self, record: BusinessRecord) -> None:
        self._open(
            record.id,
            record.version,
            record.drive_id,
            content_from_fields(record.fields),
            consented=True,
        )
        self._baseline = self.content()

    def restore_draft(self, draft: DraftRecord) -> None:
        """Show a draft again; it stays "changed" so closing still asks before discarding."""
        content = {**empty_content(), **draft.content}
        self._open(
            draft.entity_id,
            draft.base_version,
            content.get("drive_id"),
            content,
            consented=bool(content.get("consent")),
        )
        self._baseline = {}
        self._touched = {k for k, v in content.items() if v}
        self.validate_and_show()

    def _open(
        self,
        entity_id: str,
        base_version: int | None,
        drive_id: str | None,
        content: dict[str, Any],
        *,
        consented: bool,
    ) -> None:
        self._entity_id, self._base_version, self._drive_id = entity_id, base_version, drive_id
        self._touched, self._show_all, self._consent_shown = set(), False, consented
        self.set_content(content)
        self._apply_texts()
        self.messages_view.show([])
        self.edits["owner_name"].setFocus()

    # -- content --------------------------------------------------------------------------

    def content(self) -> dict[str, Any]:
        content = self.sections.values()
        content["drive_id"] = self._drive_id
        return content

    def set_content(self, content: dict[str, Any]) -> None:
        self._loading = True  # what is shown is not a change made by the officer
        try:
            self.sections.show_values(content)
        finally:
            self._loading = False

    def is_dirty(self) -> bool:
        return bool(self._entity_id) and self.content() != self._baseline

    # -- validation -----------------------------------------------------------------------

    def _on_changed(self, key: str) -> None:
        if self._loading or not self._entity_id:
            return
        self._touched.add(key)
        self.validate_and_show()
        self.drafts.changed()

    def validate_and_show(self) -> tuple[Validation, list[Finding]]:
        data, own = to_input(self.content())
        validation = self._registration.validate(data)
        findings = own + [
            f for f in validation.findings if not (own and f.field == "owner_birth_date")
        ]
        shown = [
            f
            for f in findings
            if self._show_all
            or (f.field or "") in self._touched
            or (f.field == "kbli_code" and "kbli_code" in self._touched)
        ]
        self.messages_view.show(shown)
        self.sections.show_scale()
        self.validated.emit(validation)
        return validation, own

    # -- consent --------------------------------------------------------------------------

    def _on_consent_toggled(self, checked: bool) -> None:
        if checked and not self._consent_shown:
            agreed = ConsentDialog(self.widget).ask()
            self._consent_shown = agreed
            if not agreed:
                self.consent_check.blockSignals(True)
                self.consent_check.setChecked(False)
                self.consent_check.blockSignals(False)
            self._refocus(self.consent_check)
        self._on_changed("consent")

    def show_consent(self) -> None:
        agreed = ConsentDialog(self.widget).ask()
        self._consent_shown = self._consent_shown or agreed
        self.consent_check.setChecked(agreed)
        self._refocus(self.consent_check)

    def _refocus(self, widget: QWidget) -> None:
        """Back from a dialog: the form's window is active again and ``widget`` has focus."""
        self.widget.window().activateWindow()
        widget.setFocus()

    # -- language -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget and event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        return False

    # -- drafts ---------------------------------------------------------------------------

    def _draft_state(self) -> DraftSnapshot | None:
        if not self._entity_id:
            return None
        content = self.content()
        unsaved = content if content != self._baseline else None
        return DraftSnapshot(self._entity_id, self._base_version, unsaved)

    def flush_draft(self, *, wait: bool = False) -> None:
        """Make sure what is on screen is in the draft.

        Every change is already written (or waits for the write in flight, after which it
        is written without being asked); ``wait=True`` writes on this thread and returns
        once it is on disk, for closing the app.
        """
        if wait:
            self.drafts.write_now()
        elif not self.drafts.busy and not self.drafts.pending:
            self.drafts.changed()

    def _discard_draft(self) -> None:
        self.drafts.discard(self._entity_id)

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Check everything, ask about warnings, then save off the GUI thread."""
        if self.saving.busy or not self._entity_id:
            return
        self._show_all = True
        validation, own = self.validate_and_show()
        if own or not validation.ok:
            self._say(translate("RegistrationForm", "Fix the fields marked in red, then save."))
            self.messages_view.focus_first()
            return
        if validation.warnings and not confirm_warnings(self.widget, validation.warnings):
            return
        data, _own = to_input(self.content())
        self.flush_draft()
        self._say(translate("RegistrationForm", "Saving…"))
        self.saving.start(SaveRequest(self._entity_id, self._base_version, self._drive_id, data))

    def _after_saved(self, business_id: str) -> None:
        self._discard_draft()
        self._say(translate("RegistrationForm", "Saved."))
        self._entity_id = ""
        self.saved.emit(business_id)
        self.closed.emit()

    def _after_open_requested(self, business_id: str) -> None:
        self._say("")
        self.flush_draft()
        self.open_requested.emit(business_id)

    def _after_went_back(self) -> None:
        self._say("")
        self._refocus(self.edits["business_name"])

    def _after_refused(self, findings: list[Finding]) -> None:
        self.messages_view.show(findings)
        self._say(translate("RegistrationForm", "Fix the fields marked in red, then save."))

    def _say(self, text: str) -> None:
        self._find(QLabel, "saveStateValue").setText(text)

    # -- closing --------------------------------------------------------------------------

    def request_close(self) -> bool:
        """Leave the form; asks first when something typed would be thrown away."""
        if not self._entity_id:
            self.closed.emit()
            return True
        if self.is_dirty():
            answer = dialogs.ask(
                self.widget,
                translate("RegistrationForm", "Discard changes?"),
                translate("RegistrationForm", "Throw away what was typed in this registration?"),
                (dialogs.Choice.YES, dialogs.Choice.NO),
                dialogs.Choice.NO,
            )
            if answer is not dialogs.Choice.YES:
                return False
        self._discard_draft()
        self._entity_id = ""
        self.closed.emit()
        return True
