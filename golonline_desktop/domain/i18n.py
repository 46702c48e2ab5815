"""Translation markers usable below the GUI layer.

The domain cannot import Qt, yet its messages must reach Qt's translation tools.
``pyside6-lupdate`` recognises calls named ``QT_TRANSLATE_NOOP`` by name, so this plain
function marks a string for extraction and returns it unchanged; the GUI (or the CLI)
translates it later with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""``translate(context, source_text) -> text`` in the officer's language."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


def untranslated(context: str, text: str) -> str:
    """The identity translator: source text (English) as written."""
    return text
