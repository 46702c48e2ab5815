"""Pengaturan: the address certificates' QR codes point at, shown read-only.

It is not edited here on purpose: after enrollment it is the enrolled server's, and
before it the programme sets ``GOLONLINE_VERIFY_BASE_URL`` for the laptop (see
``services/certificate_settings.py`` and docs/architecture.md). The officer only needs
to see it, to tell a supervisor what a phone will open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from golonline_desktop.services.certificate_settings import (
    SOURCE_LABELS,
    VerificationBase,
    verification_base,
)
from golonline_desktop.storage.engine import Store

from .i18n import translate

CONTEXT = "CertificateSettings"


class VerificationRow(QObject):
    """One row of the settings form: label, URL and where the URL comes from."""

    def __init__(self, form: QFormLayout, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self.label = QLabel(parent)
        self.label.setObjectName("settingsVerifyUrlLabel")
        self.value = QLabel(parent)
        self.value.setObjectName("settingsVerifyUrlValue")
        self.value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setBuddy(self.value)
        form.addRow(self.label, self.value)
        # where the address comes from, under it, as the language row has its note
        self.note = QLabel(parent)
        self.note.setObjectName("settingsVerifyUrlNote")
        spacer = QLabel(parent)
        spacer.setObjectName("settingsVerifyUrlNoteSpacer")
        form.addRow(spacer, self.note)
        self._base: VerificationBase | None = None
        parent.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        """Read the address again (it changes when the laptop is enrolled)."""
        self._base = verification_base(self._store)
        self._apply_texts()

    def _apply_texts(self) -> None:
        self.label.setText(translate("CertificateSettings", "Certificate verification:"))
        self.label.setAccessibleName(
            translate("CertificateSettings", "Certificate verification address")
        )
        self.value.setAccessibleName(
            translate("CertificateSettings", "Certificate verification address")
        )
        self.note.setAccessibleName(
            translate(
                "CertificateSettings", "Where the certificate verification address comes from"
            )
        )
        if self._base is not None:
            self.value.setText(self._base.url)
            source = translate(CONTEXT, SOURCE_LABELS[self._base.source])
            self.note.setText(source[:1].upper() + source[1:] + ".")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._apply_texts()
        elif kind == QEvent.Type.Show:
            self.refresh()  # enrollment may have changed the address since
        return False


def install_verification_row(window: object, store: Store) -> VerificationRow | None:
    """Add the row to the main window's Pengaturan form (``settingsForm``)."""
    root = window if isinstance(window, QWidget) else getattr(window, "window", None)
    if not isinstance(root, QWidget):
        return None
    form_widget = root.findChild(QWidget, "settingsForm")
    if form_widget is None or not isinstance(form_widget.layout(), QFormLayout):
        return None
    return VerificationRow(form_widget.layout(), store, form_widget)
