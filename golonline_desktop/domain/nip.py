"""NIP (Nomor Induk Pegawai): the 18-digit civil-servant number of an officer (PP 11/2017).

Layout ``YYYYMMDD YYYYMM S NNN``: the birth date, the month of appointment (TMT CPNS), the
sex (1 man, 2 woman) and a serial from 001 among those sharing the rest. There is no check
digit, so a typo that keeps the shape passes; what can be checked is that the dates are
real and plausible. An appointment before the officer's 18th birthday (the minimum age
for a CPNS) or in the future is only a warning: records of old appointments are messy and
the officer's SK in hand wins over our rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .findings import CheckResult, Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP
from .numbers import strip_separators
from .sex import Sex

NIP_LENGTH = 18
MIN_APPOINTMENT_AGE = 18
EARLIEST_YEAR = 1900
SEX_DIGITS: dict[str, Sex] = {"1": Sex.MALE, "2": Sex.FEMALE}


@dataclass(frozen=True)
class NipParts:
    birth_date: date
    appointment: tuple[int, int]  # (year, month) of the TMT CPNS
    sex: Sex
    serial: str  # "001"


def _date(digits: str) -> date | None:
    try:
        found = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return found if found.year >= EARLIEST_YEAR else None


def _month(digits: str) -> tuple[int, int] | None:
    year, month = int(digits[:4]), int(digits[4:6])
    return (year, month) if year >= EARLIEST_YEAR and 1 <= month <= 12 else None


def parse_nip(raw: str) -> NipParts:
    """Split a NIP; ValueError when its shape, dates, sex digit or serial are impossible."""
    digits = strip_separators(raw)
    if len(digits) != NIP_LENGTH or not digits.isdigit():
        raise ValueError("a NIP has 18 digits")
    born, appointed = _date(digits[:8]), _month(digits[8:14])
    if born is None or appointed is None:
        raise ValueError("no real date in the NIP")
    if digits[14] not in SEX_DIGITS or digits[15:] == "000":
        raise ValueError("bad sex digit or serial")
    return NipParts(born, appointed, SEX_DIGITS[digits[14]], digits[15:])


def _one(finding: Finding) -> CheckResult[str]:
    return CheckResult(None, (finding,))


def check_nip(
    raw: str,
    *,
    today: date | None = None,
    birth_date: date | None = None,
    sex: Sex | None = None,
) -> CheckResult[str]:
    """Check a NIP as typed; the value is the 18 digits.

    Errors: wrong length, non-digits, impossible birth date or appointment month, birth
    date in the future, appointment before birth, sex digit not 1 or 2, serial 000.
    Warnings: appointed before 18 or in the future, and a birth date or sex differing from
    what was typed for the officer.
    """
    today = today or date.today()
    digits = strip_separators(raw)
    if not digits:
        return _one(error("nip.empty", QT_TRANSLATE_NOOP("Finding", "Type the NIP (18 digits).")))
    if not digits.isdigit():
        return _one(
            error("nip.not_digits", QT_TRANSLATE_NOOP("Finding", "NIP may only contain digits."))
        )
    if len(digits) != NIP_LENGTH:
        return _one(
            error(
                "nip.length",
                QT_TRANSLATE_NOOP("Finding", "NIP must have 18 digits; {count} were typed."),
                count=len(digits),
            )
        )
    findings: list[Finding] = []
    born = _date(digits[:8])
    if born is None or born > today:
        findings.append(
            error(
                "nip.birth_date",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The first eight digits of the NIP ({digits}) are not a real birth date "
                    "(YYYYMMDD).",
                ),
                digits=digits[:8],
            )
        )
        born = None
    appointed = _month(digits[8:14])
    if appointed is None:
        findings.append(
            error(
                "nip.appointment",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Digits 9 to 14 of the NIP ({digits}) are not a real month of "
                    "appointment (YYYYMM).",
                ),
                digits=digits[8:14],
            )
        )
    if digits[14] not in SEX_DIGITS:
        findings.append(
            error(
                "nip.sex_digit",
                QT_TRANSLATE_NOOP(
                    "Finding", "Digit 15 of the NIP must be 1 (man) or 2 (woman), not {digit}."
                ),
                digit=digits[14],
            )
        )
    if digits[15:] == "000":
        findings.append(
            error(
                "nip.serial",
                QT_TRANSLATE_NOOP("Finding", "The last three digits of a NIP cannot be 000."),
            )
        )
    if born is not None and appointed is not None:
        findings.extend(_appointment_findings(born, appointed, today))
    findings.extend(_typed_findings(digits, born, birth_date, sex))
    ok = not any(f.is_error for f in findings)
    return CheckResult(digits if ok else None, tuple(findings))


def _appointment_findings(born: date, appointed: tuple[int, int], today: date) -> list[Finding]:
    shown = f"{appointed[1]:02d}-{appointed[0]}"
    if appointed < (born.year, born.month):
        return [
            error(
                "nip.appointed_before_birth",
                QT_TRANSLATE_NOOP(
                    "Finding", "The NIP gives an appointment ({month}) before the birth date."
                ),
                month=shown,
            )
        ]
    found: list[Finding] = []
    if appointed < (born.year + MIN_APPOINTMENT_AGE, born.month):
        found.append(
            warning(
                "nip.appointed_young",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The NIP gives an appointment ({month}) before the officer's 18th "
                    "birthday. Check the NIP on the SK.",
                ),
                month=shown,
            )
        )
    if appointed > (today.year, today.month):
        found.append(
            warning(
                "nip.appointed_future",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The NIP gives an appointment ({month}) in the future. Check the NIP.",
                ),
                month=shown,
            )
        )
    return found


def _typed_findings(
    digits: str, born: date | None, birth_date: date | None, sex: Sex | None
) -> list[Finding]:
    found: list[Finding] = []
    if born is not None and birth_date is not None and born != birth_date:
        found.append(
            warning(
                "nip.birth_date_mismatch",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The NIP gives the birth date {nip_date}, but {typed_date} was typed.",
                ),
                nip_date=born.strftime("%d-%m-%Y"),
                typed_date=birth_date.strftime("%d-%m-%Y"),
            )
        )
    nip_sex = SEX_DIGITS.get(digits[14])
    if nip_sex is not None and sex is not None and Sex(sex) is not nip_sex:
        found.append(
            warning(
                "nip.sex_mismatch",
                QT_TRANSLATE_NOOP(
                    "Finding", "Digit 15 of the NIP does not match the sex typed for the officer."
                ),
            )
        )
    return found
