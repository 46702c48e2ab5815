"""Translations: Bahasa Indonesia by default, English as the source language.

Source strings in the code are English. ``resources/translations/golonline_<lang>.qm`` are
compiled from the ``.ts`` files that ``tools/update_translations.py`` keeps up to date.
Qt ships no Indonesian translation of its own dialogs (no ``qtbase_id.qm``), so the
buttons of our message boxes are translated by ``gui.dialogs``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from golonline_desktop.domain.dates import indonesian_long_date as _indonesian_long_date
from golonline_desktop.resources import resource_path

from .settings import DEFAULT_LANGUAGE

LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
"""Language code -> its name written in that language (how a picker must show it)."""

_LOCALES = {"id": "id_ID", "en": "en_GB"}
_TRANSLATOR_NAME = "golonline_translator"
_LANGUAGE_PROPERTY = "golonline_language"


def available_languages() -> dict[str, str]:
    return dict(LANGUAGES)


def normalise_language(language: str | None) -> str:
    """A supported language code; anything else falls back to Bahasa Indonesia."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"golonline_{language}.qm"))


def load_translator(language: str, parent: QObject | None = None) -> QTranslator | None:
    """The translator for ``language``, or None when its ``.qm`` is missing or unreadable."""
    translator = QTranslator(parent)
    if translator.load(translation_file(normalise_language(language))):
        return translator
    if parent is not None:
        translator.deleteLater()
    return None


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the application's language; widgets receive a LanguageChange event.

    Returns False when the translation could not be loaded (the source text, English,
    stays in use). The translator is a child of ``app``, which keeps it alive for as long
    as it is installed.
    """
    language = normalise_language(language)
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setObjectName("")
        old.deleteLater()
    app.setProperty(_LANGUAGE_PROPERTY, language)
    QLocale.setDefault(QLocale(_LOCALES[language]))
    translator = load_translator(language, app)
    if translator is None:
        return False
    translator.setObjectName(_TRANSLATOR_NAME)
    return QCoreApplication.installTranslator(translator)


def current_language(app: QCoreApplication) -> str | None:
    """The language last installed with ``install_language`` (None before the first)."""
    language = app.property(_LANGUAGE_PROPERTY)
    return language if isinstance(language, str) else None


def translate(context: str, text: str) -> str:
    """``text`` in the current language; the English source when no translation exists."""
    return QCoreApplication.translate(context, text)


def indonesian_long_date(value: date) -> str:
    """``date(2026, 11, 27)`` -> ``"27 November 2026"`` (the form official documents use)."""
    return _indonesian_long_date(value)


def format_count(value: int) -> str:
    """A whole number with the thousands separator of the current language (1.234 / 1,234)."""
    return QLocale().toString(value)
