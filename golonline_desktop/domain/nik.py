"""NIK (Nomor Induk Kependudukan): the 16-digit national identity number on the KTP.

Layout ``PP KK CC DDMMYY SSSS``: the kecamatan where the person was first registered
(``PP.KK.CC``), the birth date (day + 40 for women), and a serial from 0001. There is no
check digit. The kecamatan may have been renamed, split or moved to a new province since
(e.g. the Papua provinces 93-96 created in 2022), so a prefix is accepted when it was a
kecamatan code at any time; an unknown prefix or a birth date that differs from the one
typed is only a warning: the card in the officer's hand wins over our tables.

python-stdnum's ``stdnum.id.nik`` is deliberately not used: it rejects real NIKs from
provinces 65, 92 and 96.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .findings import CheckResult, Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP
from .numbers import strip_separators
from .regions import PrefixLookup, nik_prefix_to_code
from .sex import Sex

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40


@dataclass(frozen=True)
class NikParts:
    province_code: str  # "31"
    regency_code: str  # "31.74"
    district_code: str  # "31.74.01" (kecamatan of first registration)
    birth_date: date
    sex: Sex
    serial: str  # "0001"


def _birth_date(day: int, month: int, yy: int, today: date) -> date | None:
    """The latest real date DD-MM-(19|20)YY that is not after ``today``.

    Choosing the latest century that is not in the future makes a baby born in 2024
    "2024", not "1924"; 29 February is only accepted in a leap year of that century.
    """
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _split(nik: str) -> tuple[int, Sex, int, int]:
    day = int(nik[6:8])
    sex = Sex.MALE
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
        sex = Sex.FEMALE
    return day, sex, int(nik[8:10]), int(nik[10:12])


def parse_nik(nik: str, today: date) -> NikParts:
    """Split a NIK into its parts; ValueError when its shape, date or serial is impossible."""
    digits = strip_separators(nik)
    if len(digits) != NIK_LENGTH or not digits.isdigit():
        raise ValueError("a NIK has 16 digits")
    day, sex, month, yy = _split(digits)
    born = _birth_date(day, month, yy, today)
    if born is None:
        raise ValueError(f"no birth date in {digits[6:12]}")
    if digits[12:] == "0000":
        raise ValueError("serial 0000")
    district = nik_prefix_to_code(digits[:6])
    return NikParts(district[:2], district[:5], district, born, sex, digits[12:])


def mask_nik(nik: str) -> str:
    """Show only the first and last four digits: ``3174********0001``.

    Anything too short to keep 8 digits hidden is masked entirely.
    """
    digits = strip_separators(nik)
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def check_nik(
    raw: str,
    *,
    birth_date: date | None = None,
    sex: Sex | None = None,
    today: date | None = None,
    prefixes: PrefixLookup | None = None,
) -> CheckResult[str]:
    """Check a NIK as typed; the value is the 16 digits.

    Errors (cannot be a NIK): wrong length, non-digits, impossible birth date, serial 0000.
    Warnings (ask the officer to look at the card again): unknown kecamatan prefix, birth
    date or sex differing from what was typed. Birth dates are compared on day, month and
    the two-digit year, because the NIK itself does not say the century.
    """
    today = today or date.today()
    digits = strip_separators(raw)
    if not digits:
        return CheckResult(
            None,
            (error("nik.empty", QT_TRANSLATE_NOOP("Finding", "Type the NIK (16 digits).")),),
        )
    if not digits.isdigit():
        return CheckResult(
            None,
            (
                error(
                    "nik.not_digits",
                    QT_TRANSLATE_NOOP("Finding", "NIK may only contain digits."),
                ),
            ),
        )
    if len(digits) != NIK_LENGTH:
        return CheckResult(
            None,
            (
                error(
                    "nik.length",
                    QT_TRANSLATE_NOOP("Finding", "NIK must have 16 digits; {count} were typed."),
                    count=len(digits),
                ),
            ),
        )

    findings: list[Finding] = []
    day, nik_sex, month, yy = _split(digits)
    born = _birth_date(day, month, yy, today)
    if born is None:
        findings.append(
            error(
                "nik.birth_date",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Digits 7 to 12 of the NIK ({digits}) are not a real birth date. "
                    "Check the NIK on the card.",
                ),
                digits=digits[6:12],
            )
        )
    if digits[12:] == "0000":
        findings.append(
            error(
                "nik.serial",
                QT_TRANSLATE_NOOP(
                    "Finding", "The last four digits of a NIK cannot be 0000. Check the NIK."
                ),
            )
        )

    district = nik_prefix_to_code(digits[:6])
    if prefixes is not None and not prefixes.is_known_kecamatan(district):
        findings.append(
            warning(
                "nik.unknown_region",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The first six digits of the NIK ({prefix}) are not a known kecamatan "
                    "code. Check the NIK on the card.",
                ),
                prefix=digits[:6],
            )
        )

    if born is not None and birth_date is not None:
        same = (born.day, born.month, born.year % 100) == (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        )
        if not same:
            findings.append(
                warning(
                    "nik.birth_date_mismatch",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "The NIK gives the birth date {nik_date}, but {typed_date} was typed. "
                        "Check both against the card.",
                    ),
                    nik_date=_fmt(born),
                    typed_date=_fmt(birth_date),
                )
            )
    if born is not None and sex is not None and Sex(sex) is not nik_sex:
        if nik_sex is Sex.FEMALE:
            message = QT_TRANSLATE_NOOP(
                "Finding",
                "The NIK belongs to a woman (40 is added to the day of birth), "
                "but male was chosen. Check the NIK and the sex.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Finding",
                "The NIK belongs to a man (for women 40 is added to the day of birth), "
                "but female was chosen. Check the NIK and the sex.",
            )
        findings.append(warning("nik.sex_mismatch", message))
    has_error = any(f.is_error for f in findings)
    return CheckResult(None if has_error else digits, tuple(findings))
