"""NPWP (tax number) and NITKU (tax number of a business place).

Since 2024 the NPWP has 16 digits: a resident's NIK, or ``0`` followed by the old 15-digit
NPWP for entities and others. The old form ``XX.XXX.XXX.X-XXX.XXX`` is still printed on
many cards; its 9th digit is a Luhn (mod 10) check digit over the first eight, so
``luhn_ok(digits[:9])`` holds for every genuine old NPWP (e.g. 01.312.166.0-091.000).
We always store the 16-digit form, so an old number is stored as ``"0" + old``.

NITKU (Nomor Identitas Tempat Kegiatan Usaha) = 16-digit NPWP + 6-digit place number
(``000000`` for the head office).
"""

from __future__ import annotations

from datetime import date

from .findings import CheckResult, Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP
from .nik import parse_nik
from .numbers import strip_separators

OLD_LENGTH = 15
NPWP_LENGTH = 16
NITKU_LENGTH = 22


def luhn_ok(digits: str) -> bool:
    """True when the last digit is the Luhn check digit of the ones before it."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def format_old_npwp(old: str) -> str:
    """``013121660091000`` -> ``01.312.166.0-091.000`` (the form printed on old cards)."""
    return f"{old[0:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:15]}"


def _bad_check_digit(old: str) -> Finding:
    return error(
        "npwp.check_digit",
        QT_TRANSLATE_NOOP(
            "Finding",
            "The NPWP {npwp} is not valid: one of its first nine digits is mistyped. "
            "Check it against the card.",
        ),
        npwp=format_old_npwp(old),
    )


def check_npwp(raw: str, *, today: date | None = None) -> CheckResult[str]:
    """Check an NPWP of 15 or 16 digits; the value is always the 16-digit form.

    A 16-digit number starting with 0 holds an old NPWP, whose check digit is verified. Any
    other 16-digit number must be a NIK; one whose birth date part is impossible gets a
    warning, not an error (the tax office, not us, is the authority on NPWP).
    """
    digits = strip_separators(raw)
    if not digits:
        return CheckResult(
            None,
            (error("npwp.empty", QT_TRANSLATE_NOOP("Finding", "Type the NPWP (16 digits).")),),
        )
    if not digits.isdigit():
        return CheckResult(
            None,
            (
                error(
                    "npwp.not_digits", QT_TRANSLATE_NOOP("Finding", "NPWP may only contain digits.")
                ),
            ),
        )
    if len(digits) == OLD_LENGTH:
        if not luhn_ok(digits[:9]):
            return CheckResult(None, (_bad_check_digit(digits),))
        return CheckResult("0" + digits)
    if len(digits) != NPWP_LENGTH:
        return CheckResult(
            None,
            (
                error(
                    "npwp.length",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "NPWP must have 16 digits (or 15 on an old card); {count} were typed.",
                    ),
                    count=len(digits),
                ),
            ),
        )
    if digits.startswith("0"):
        if not luhn_ok(digits[1:10]):
            return CheckResult(None, (_bad_check_digit(digits[1:]),))
        return CheckResult(digits)
    try:
        parse_nik(digits, today or date.today())
    except ValueError:
        return CheckResult(
            digits,
            (
                warning(
                    "npwp.not_nik",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "This 16-digit NPWP does not start with 0, so it should be the "
                        "owner's NIK, but it does not look like a NIK. Check it.",
                    ),
                ),
            ),
        )
    return CheckResult(digits)


def check_nitku(raw: str, *, today: date | None = None) -> CheckResult[str]:
    """Check a 22-digit NITKU: a valid 16-digit NPWP followed by a 6-digit place number."""
    digits = strip_separators(raw)
    if not digits:
        return CheckResult(
            None,
            (error("nitku.empty", QT_TRANSLATE_NOOP("Finding", "Type the NITKU (22 digits).")),),
        )
    if not digits.isdigit():
        return CheckResult(
            None,
            (
                error(
                    "nitku.not_digits",
                    QT_TRANSLATE_NOOP("Finding", "NITKU may only contain digits."),
                ),
            ),
        )
    if len(digits) != NITKU_LENGTH:
        return CheckResult(
            None,
            (
                error(
                    "nitku.length",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "NITKU must have 22 digits (the 16-digit NPWP and 6 more); "
                        "{count} were typed.",
                    ),
                    count=len(digits),
                ),
            ),
        )
    npwp = check_npwp(digits[:NPWP_LENGTH], today=today)
    if not npwp.ok:
        return CheckResult(
            None,
            (
                error(
                    "nitku.npwp",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "The first 16 digits of the NITKU are not a valid NPWP. Check it.",
                    ),
                ),
            ),
        )
    return CheckResult(digits, npwp.findings)
