"""The owner's consent to the processing of personal data (UU 27/2022), shown in full.

The text is a versioned resource (``resources/consent/consent_v<version>_<lang>.txt``);
the version the owner agreed to is stored with the business, so a later change of the
text never rewrites what an owner agreed to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from golonline_desktop.resources import resource_path

from .i18n import current_language, translate
from .ui_loader import load_form_translatable

CONSENT_VERSION = "2026-11"
CONSENT_LANGUAGES = ("id", "en")


def consent_text(language: str | None, version: str = CONSENT_VERSION) -> str:
    """The consent text in ``language`` (Indonesian when there is none in that language)."""
    language = language if language in CONSENT_LANGUAGES else "id"
    return resource_path("consent", f"consent_v{version}_{language}.txt").read_text(
        encoding="utf-8"
    )


def app_language() -> str | None:
    app = QCoreApplication.instance()
    return current_language(app) if app is not None else None


class ConsentDialog(QObject):
    """Shows the whole text; the officer records the owner's answer with one of two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("consent_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self.text_view = form.findChild(QPlainTextEdit, "consentTextView")
        self._version_label = form.findChild(QLabel, "consentVersionLabel")
        form.findChild(QPushButton, "consentAgreeButton").clicked.connect(form.accept)
        form.findChild(QPushButton, "consentDeclineButton").clicked.connect(form.reject)
        form.installEventFilter(self)
        self._apply_texts()

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        self.text_view.setPlainText(consent_text(app_language()))
        self._version_label.setText(
            translate(
                "ConsentDialog",
                "Read this text to the owner, or let the owner read it. Version {version}.",
            ).format(version=CONSENT_VERSION)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        return False

    def ask(self) -> bool:
        """True when the owner agreed."""
        self.text_view.setFocus()
        agreed = self.dialog.exec() == QDialog.DialogCode.Accepted
        self.dialog.deleteLater()
        return agreed
