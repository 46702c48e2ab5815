"""Cleaning free text typed or imported by officers (names, addresses)."""

from __future__ import annotations

import unicodedata

from .findings import Finding, error
from .i18n import QT_TRANSLATE_NOOP


def clean_text(value: object) -> str:
    """NFC-normalised, control characters removed, runs of white space folded to one space.

    Imported cells and pasted text carry tabs, line breaks, zero-width and bidi control
    characters; none of them belong in a name, and some can spoof how a name looks.
    """
    if value is None:
        return ""
    text = str(value)
    if text.isascii() and text.isprintable():
        # Printable ASCII is already NFC, and its only white space is the plain space.
        return " ".join(text.split())
    text = unicodedata.normalize("NFC", text)
    kept = [
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    ]
    return " ".join("".join(kept).split())


def check_text(
    value: object, field: str, *, required: bool, max_length: int, min_length: int = 0
) -> tuple[str, list[Finding]]:
    text = clean_text(value)
    findings: list[Finding] = []
    if not text:
        if required:
            findings.append(
                error(
                    "text.required", QT_TRANSLATE_NOOP("Finding", "This field is required."), field
                )
            )
        return text, findings
    if len(text) > max_length:
        findings.append(
            error(
                "text.too_long",
                QT_TRANSLATE_NOOP("Finding", "Too long: at most {max} characters, {count} typed."),
                field,
                max=max_length,
                count=len(text),
            )
        )
    elif len(text) < min_length:
        findings.append(
            error(
                "text.too_short",
                QT_TRANSLATE_NOOP("Finding", "Too short: at least {min} characters."),
                field,
                min=min_length,
            )
        )
    return text, findings
