"""The owner and business sections of ``ui/registration_form.ui``: its widgets, found once
by name, and what they hold as the form's content (a plain dict, as a draft stores it).

No behaviour of its own beyond showing and reading values: when a change counts, what it
triggers (checks, drafts) and saving are the form's (``registration_form``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from golonline_desktop.domain.money import parse_rupiah
from golonline_desktop.domain.scale import derive_scale
from golonline_desktop.domain.sex import Sex
from golonline_desktop.storage.region_directory import RegionDirectory

from .consent_dialog import CONSENT_VERSION
from .field_messages import FieldMessages
from .i18n import translate
from .region_picker import RegionPicker
from .registration_fields import KBLI_VERSIONS, OTHER_FIELDS, TEXT_FIELDS
from .rupiah_edit import RupiahFormatting

PICKER_COMBOS = ("provinceCombo", "regencyCombo", "districtCombo", "villageCombo")


class RegistrationSections:
    """The form's widgets and the content they show."""

    def __init__(self, form: QWidget, regions: RegionDirectory, owner: QObject) -> None:
        self.form = form
        self.edits: dict[str, QLineEdit] = {
            f.key: self.find(QLineEdit, f.edit) for f in TEXT_FIELDS
        }
        self.messages: dict[str, QLabel] = {
            f.key: self.find(QLabel, f.message) for f in TEXT_FIELDS
        }
        self.messages.update({k: self.find(QLabel, m) for k, (m, _w) in OTHER_FIELDS.items()})
        self.sex_combo: QComboBox = self.find(QComboBox, "sexCombo")
        self.kbli_version_combo: QComboBox = self.find(QComboBox, "kbliVersionCombo")
        self.consent_check: QCheckBox = self.find(QCheckBox, "consentCheck")
        self.consent_show_button: QPushButton = self.find(QPushButton, "consentShowButton")
        self.findings_list: QListWidget = self.find(QListWidget, "findingsList")
        self.save_button: QPushButton = self.find(QPushButton, "saveButton")
        self.close_button: QPushButton = self.find(QPushButton, "closeButton")
        self.picker = RegionPicker(
            regions,
            tuple(self.picker_combos()),
            self.find(QLineEdit, "regionSearchEdit"),
            owner,  # type: ignore[arg-type]
        )
        fields: dict[str, QWidget] = dict(self.edits)
        fields.update({k: self.find(QWidget, w) for k, (_m, w) in OTHER_FIELDS.items()})
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

    def find(self, kind: type, name: str) -> Any:
        widget = self.form.findChild(kind, name)
        if widget is None:
            raise LookupError(f"registration_form.ui has no {kind.__name__} named {name!r}")
        return widget

    def picker_combos(self) -> list[QComboBox]:
        return [self.find(QComboBox, n) for n in PICKER_COMBOS]

    # -- texts ----------------------------------------------------------------------------

    def apply_texts(self, *, editing: bool) -> None:
        """The texts the .ui does not hold, in the current language (keeps the choices)."""
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
        self.find(QLabel, "consentVersionValue").setText(
            translate(
                "RegistrationForm",
                "Show the consent text (version {version}) to the owner before ticking the box.",
            ).format(version=CONSENT_VERSION)
        )
        title = (
            translate("RegistrationForm", "Edit registration")
            if editing
            else translate("RegistrationForm", "New registration")
        )
        self.find(QLabel, "formTitle").setText(title)

    def show_scale(self) -> None:
        """The MSME scale the amounts typed give, and from which of them."""
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
        self.find(QLabel, "scaleValue").setText(text)

    # -- content --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as shown (consent: the version shown when the box is ticked)."""
        content: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        content["owner_sex"] = self.sex_combo.currentData() or ""
        content["kbli_version"] = self.kbli_version_combo.currentText()
        content["village_code"] = self.picker.village_code()
        content["consent"] = CONSENT_VERSION if self.consent_check.isChecked() else ""
        return content

    def show_values(self, content: dict[str, Any]) -> None:
        """Show ``content`` (missing keys: empty). Change signals fire; the caller decides."""
        for key, edit in self.edits.items():
            edit.setText(str(content.get(key) or ""))
        self.sex_combo.setCurrentIndex(
            max(self.sex_combo.findData(content.get("owner_sex") or ""), 0)
        )
        version = str(content.get("kbli_version") or KBLI_VERSIONS[0])
        self.kbli_version_combo.setCurrentIndex(max(self.kbli_version_combo.findText(version), 0))
        self.picker.set_code(str(content.get("village_code") or ""))
        self.consent_check.blockSignals(True)
        self.consent_check.setChecked(bool(content.get("consent")))
        self.consent_check.blockSignals(False)
