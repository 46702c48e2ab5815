"""Log redaction: no NIK or phone number reaches a log file (UU 27/2022, issue 7).

Logs are copied off laptops for support and are not encrypted, so whatever a message, an
argument or a traceback says, a 16-digit run (a NIK; also a 16-digit NPWP) is written as
``3174********0001`` and a phone number (``08…``, ``+628…``, ``628…``, with or without
spaces and dashes) keeps only its last three digits. Use ``RedactingFormatter`` on every
handler that writes somewhere lasting; ``RedactingFilter`` where only the message needs it.
"""

from __future__ import annotations

import logging
import re

# Not inside a longer run of digits: 16 digits exactly (a NIK or 16-digit NPWP).
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
# Indonesian numbers as typed or stored: 08…, +628…, 628…, 8–13 digits after the 8,
# separated by spaces, dots or dashes.
_PHONE = re.compile(r"(?<![\d+])(?:\+62|62|0)[ .\-]?8(?:[ .\-]?\d){7,12}(?!\d)")
_KEEP = 3


def _mask_phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "*" * (len(digits) - _KEEP) + digits[-_KEEP:]


def redact(text: str) -> str:
    """``text`` with NIK-like runs masked and phone numbers reduced to their last digits."""
    from golonline_desktop.domain.nik import mask_nik  # on first use: not on start-up's path

    text = _NIK.sub(lambda m: mask_nik(m.group(0)), text)
    return _PHONE.sub(_mask_phone, text)


class RedactingFilter(logging.Filter):
    """Redacts a record's message (with its arguments merged in) before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted line, tracebacks and stack included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redacting_formatter() -> RedactingFormatter:
    return RedactingFormatter(LOG_FORMAT)
