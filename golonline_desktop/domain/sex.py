"""Sex as recorded on the Indonesian KTP: L (laki-laki) or P (perempuan)."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"

    @property
    def label(self) -> str:
        """English source text; translate in the ``Sex`` context."""
        return SEX_LABELS[self]


SEX_LABELS: dict[Sex, str] = {
    Sex.MALE: QT_TRANSLATE_NOOP("Sex", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "Female"),
}
