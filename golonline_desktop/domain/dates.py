"""Dates written the Indonesian way, for certificates, letters and exports.

Official Indonesian documents write dates as "27 November 2026" (day without a leading
zero, the month's Indonesian name, four-digit year). ``strftime("%B")`` depends on the
process locale, which on an officer's laptop is anything at all, so the names live here.
"""

from __future__ import annotations

from datetime import date

INDONESIAN_MONTHS: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

INDONESIAN_WEEKDAYS: tuple[str, ...] = (
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
)
"""Monday first, matching ``date.weekday()``."""


def indonesian_month_name(month: int) -> str:
    """``1`` -> ``"Januari"``; raises ValueError outside 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month}")
    return INDONESIAN_MONTHS[month - 1]


def indonesian_long_date(value: date) -> str:
    """``date(2026, 11, 27)`` -> ``"27 November 2026"``."""
    return f"{value.day} {INDONESIAN_MONTHS[value.month - 1]} {value.year}"


def indonesian_long_date_with_weekday(value: date) -> str:
    """``date(2026, 11, 27)`` -> ``"Jumat, 27 November 2026"``."""
    return f"{INDONESIAN_WEEKDAYS[value.weekday()]}, {indonesian_long_date(value)}"
