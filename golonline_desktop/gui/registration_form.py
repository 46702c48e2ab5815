"""The registration form: one business and its owner, checked as the officer types.

Layout in ``ui/registration_form.ui``, rules in ``domain`` (through
``RegistrationService.validate``); this module only connects them. What the officer typed
is autosaved as a draft (debounced, flushed when focus moves and on close), so a killed
process loses at most the last fraction of a second of typing.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from golonline_desktop.domain.business import Validation
from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.money import parse_rupiah
from golonline_desktop.domain.scale import derive_scale
from golonline_desktop.domain.sex import Sex
from golonline_desktop.services.drafts import DraftRecord, DraftService
from golonline_desktop.services.registration import (
    BusinessRecord,
    RegistrationService,
)
from golonline_desktop.storage.region_directory import RegionDirectory

from . import dialogs
from .consent_dialog import CONSENT_VERSION, ConsentDialog
from .field_messages import STYLE, FieldMessages
from .i18n import translate
from .region_picker import RegionPicker
from .registration_fields import (
    DRAFT_KIND,
    KBLI_VERSIONS,
    OTHER_FIELDS,
    TEXT_FIELDS,
    content_from_fields,
    empty_content,
    to_input,
)
from .registration_saving import SaveConversation, SaveRequest, confirm_warnings
from .runner import Runner
from .rupiah_edit import RupiahFormatting
from .ui_loader import load_form_translatable

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 300


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
        self._drafts = drafts
        self._regions = regions
        self._runner = runner
        form, self._translator = load_form_translatable("registration_form.ui", parent)
        self.widget: QWidget = form
        form.setStyleSheet(STYLE)
        self.edits = {f.key: self._find(QLineEdit, f.edit) for f in TEXT_FIELDS}
        self.messages = {f.key: self._find(QLabel, f.message) for f in TEXT_FIELDS}
        self.messages.update({k: self._find(QLabel, m) for k, (m, _w) in OTHER_FIELDS.items()})
        self.sex_combo = self._find(QComboBox, "sexCombo")
        self.kbli_version_combo = self._find(QComboBox, "kbliVersionCombo")
        self.consent_check = self._find(QCheckBox, "consentCheck")
        self.findings_list = self._find(QListWidget, "findingsList")
        self.save_button = self._find(QPushButton, "saveButton")
        self.close_button = self._find(QPushButton, "closeButton")
        combos = tuple(
            self._find(QComboBox, n)
            for n in ("provinceCombo", "regencyCombo", "districtCombo", "villageCombo")
        )
        self.picker = RegionPicker(
            regions,
            combos,
            self._find(QLineEdit, "regionSearchEdit"),
            self,  # type: ignore[arg-type]
        )
        fields: dict[str, QWidget] = dict(self.edits)
        fields.update({k: self._find(QWidget, w) for k, (_m, w) in OTHER_FIELDS.items()})
        captions = {}
        for key, widget in fields.items():
            base = widget.objectName().removesuffix("Edit").removesuffix("Combo")
            label = form.findChild(QLabel, base.removesuffix("Version") + "Label")
            if label is not None:
                captions[key] = label
        self.messages_view = FieldMessages(self.messages, fields, self.findings_list, captions)
        for key in ("capital", "annual_sales"):
            RupiahFormatting(self.edits[key])
        self.kbli_version_combo.addItems(list(KBLI_VERSIONS))
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
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._connect()
        form.installEventFilter(self)
        self._apply_texts()

    def _find(self, kind: type, name: str) -> Any:
        widget = self.widget.findChild(kind, name)
        if widget is None:
            raise LookupError(f"registration_form.ui has no {kind.__name__} named {name!r}")
        return widget

    def _connect(self) -> None:
        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _t, key=key: self._on_changed(key))
            edit.installEventFilter(self)
        self.sex_combo.currentIndexChanged.connect(lambda _i: self._on_changed("owner_sex"))
        self.kbli_version_combo.currentIndexChanged.connect(
            lambda _i: self._on_changed("kbli_code")
        )
        self.picker.changed.connect(lambda _c: self._on_changed("village_code"))
        self.picker.picked.connect(self._after_search_pick)
        for combo in (self.sex_combo, self.kbli_version_combo):
            combo.installEventFilter(self)
        self.consent_check.toggled.connect(self._on_consent_toggled)
        self._find(QPushButton, "consentShowButton").clicked.connect(self.show_consent)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.request_close)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self.widget, self.save, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.widget, self.request_close, context=context)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- texts ----------------------------------------------------------------------------

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        current = self.sex_combo.currentData()
        self.sex_combo.blockSignals(True)
        self.sex_combo.clear()
        self.sex_combo.addItem("", "")
        for sex in Sex:
            self.sex_combo.addItem(translate("Sex", sex.label), sex.value)
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(current or ""), 0))
        self.sex_combo.blockSignals(False)
        for combo in self.picker_combos():
            if combo.lineEdit() is not None:
                combo.lineEdit().setPlaceholderText(translate("RegistrationForm", "Type to filter"))
        self._find(QLabel, "consentVersionValue").setText(
            translate(
                "RegistrationForm",
                "Show the consent text (version {version}) to the owner before ticking the box.",
            ).format(version=CONSENT_VERSION)
        )
        title = (
            translate("RegistrationForm", "New registration")
            if self._base_version is None
            else translate("RegistrationForm", "Edit registration")
        )
        self._find(QLabel, "formTitle").setText(title)
        if self._entity_id:
            self.validate_and_show()

    def picker_combos(self) -> list[QComboBox]:
        return [
            self._find(QComboBox, n)
            for n in ("provinceCombo", "regencyCombo", "districtCombo", "villageCombo")
        ]

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
        content: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        content["owner_sex"] = self.sex_combo.currentData() or ""
        content["kbli_version"] = self.kbli_version_combo.currentText()
        content["village_code"] = self.picker.village_code()
        content["consent"] = CONSENT_VERSION if self.consent_check.isChecked() else ""
        if not self.consent_check.isChecked() and self._base_version is not None:
            content["consent"] = ""
        content["drive_id"] = self._drive_id
        return content

    def set_content(self, content: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, edit in self.edits.items():
                edit.setText(str(content.get(key) or ""))
            self.sex_combo.setCurrentIndex(
                max(self.sex_combo.findData(content.get("owner_sex") or ""), 0)
            )
            version = str(content.get("kbli_version") or KBLI_VERSIONS[0])
            self.kbli_version_combo.setCurrentIndex(
                max(self.kbli_version_combo.findText(version), 0)
            )
            self.picker.set_code(str(content.get("village_code") or ""))
            self.consent_check.blockSignals(True)
            self.consent_check.setChecked(bool(content.get("consent")))
            self.consent_check.blockSignals(False)
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
        self._draft_timer.start()

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
        self._show_scale()
        self.validated.emit(validation)
        return validation, own

    def _show_scale(self) -> None:
        amounts = []
        for key in ("capital", "annual_sales"):
            result = (
                parse_rupiah(self.edits[key].text()) if self.edits[key].text().strip() else None
            )
            amounts.append(result.value if result is not None and result.ok else None)
        scale = derive_scale(amounts[0], amounts[1])
        text = ""
        if scale is not None:
            basis = (
                translate("RegistrationForm", "from capital")
                if amounts[0] is not None
                else translate("RegistrationForm", "from annual sales")
            )
            text = f"{translate('MsmeScale', scale.label)} ({basis})"
        self._find(QLabel, "scaleValue").setText(text)

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

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget:
            if event.type() == QEvent.Type.LanguageChange:
                self._apply_texts()
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._move_on(watched)
            return True
        return False

    def _move_on(self, watched: QObject) -> None:
        """Enter moves to the next field, as Tab does."""
        if isinstance(watched, QWidget):
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(watched, tab)

    def _after_search_pick(self, level: int) -> None:
        if level == 4:
            self.edits["address_line"].setFocus()
        else:
            self.picker_combos()[level].setFocus()

    # -- drafts ---------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._draft_timer.isActive():
            self.flush_draft()

    def flush_draft(self, *, wait: bool = False) -> None:
        """Write the draft now (``wait=True``: on this thread, for closing the app)."""
        self._draft_timer.stop()
        if not self._entity_id or not self.is_dirty():
            return
        args = (DRAFT_KIND, self._entity_id, self._base_version, self.content())
        if wait:
            self._drafts.save(*args)
        else:
            self._runner.submit(self._drafts.save, *args, on_error=self._draft_failed, write=True)

    def _draft_failed(self, exc: BaseException) -> None:
        log.error("draft not saved", exc_info=(type(exc), exc, exc.__traceback__))

    def _discard_draft(self) -> None:
        self._runner.submit(self._drafts.discard, DRAFT_KIND, self._entity_id, write=True)

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
        self._draft_timer.stop()
        self._discard_draft()
        self._entity_id = ""
        self.closed.emit()
        return True
