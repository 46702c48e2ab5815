"""Rupiah amounts formatted while the officer types: ``15000000`` shows as ``Rp15.000.000``.

Attached to a plain ``QLineEdit`` from a .ui form rather than a subclass, so the layout
stays in Designer. Only text made of digits, dots, spaces and an ``Rp`` prefix is
reformatted; anything else (``1,5 juta``) is left exactly as typed so the validation
message can explain it, instead of the field silently changing the number.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from golonline_desktop.domain.money import format_rupiah

_FORMATTABLE = re.compile(r"^\s*(?:rp\.?)?\s*[\d.\s]*$", re.IGNORECASE)
MAX_DIGITS = 16  # Rp1.000.000.000.000.000 is already past any UMKM


def reformat(text: str, cursor: int) -> tuple[str, int]:
    """The formatted text and where the cursor goes (after the same number of digits)."""
    if not _FORMATTABLE.match(text):
        return text, cursor
    typed = re.sub(r"\D", "", text)
    if not typed:
        return text, cursor
    digits = (typed.lstrip("0") or "0")[:MAX_DIGITS]
    leading_zeros = len(typed) - len(typed.lstrip("0"))
    digits_before = len(re.sub(r"\D", "", text[:cursor])) - leading_zeros
    digits_before = max(0, min(len(digits), digits_before))
    formatted = format_rupiah(int(digits))
    if digits_before == 0:
        return formatted, 2  # just after "Rp"
    seen = 0
    for position, char in enumerate(formatted):
        if char.isdigit():
            seen += 1
            if seen == digits_before:
                return formatted, position + 1
    return formatted, len(formatted)


class RupiahFormatting(QObject):
    """Keeps a line edit's amount written as ``Rp1.500.000`` while it is edited."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        formatted, cursor = reformat(text, self._edit.cursorPosition())
        if formatted != text:
            self._edit.setText(formatted)  # setText does not emit textEdited again
            self._edit.setCursorPosition(cursor)
