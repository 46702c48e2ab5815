"""Phone numbers, stored in E.164 (``+6281234567890``) and shown in national form.

``phonenumbers`` (Google's libphonenumber data) knows Indonesia's numbering plan, so a
number typed as ``0812-3456-7890``, ``+62 812 3456 7890`` or ``6281234567890`` ends up the
same. Marketplaces and WhatsApp need a mobile number, so a landline is a warning.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType

from .findings import CheckResult, Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP

REGION = "ID"
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
# An Indonesian number already in E.164, as stored and synced. For exactly this shape
# phonenumbers.parse() takes calling code 62, strips no national prefix (ID's is "0") and
# keeps the digits as the national number; building that number directly skips the
# general parser, the costliest step of a server-side check (tests/unit/test_phone_fast.py
# compares both ways).
_INDONESIAN_E164 = re.compile(r"\+62([1-9][0-9]{1,16})")


def _parse(text: str) -> PhoneNumber:
    if match := _INDONESIAN_E164.fullmatch(text):
        return PhoneNumber(country_code=62, national_number=int(match.group(1)))
    return phonenumbers.parse(text, REGION)


def _invalid(raw: str) -> CheckResult[str]:
    return CheckResult(
        None,
        (
            error(
                "phone.invalid",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{phone} is not a valid phone number. Type it like 0812-3456-7890.",
                ),
                phone=raw.strip(),
            ),
        ),
    )


def check_phone(raw: str) -> CheckResult[str]:
    """Check a phone number; the value is its E.164 form."""
    text = (raw or "").strip()
    if not text:
        return CheckResult(
            None,
            (
                error(
                    "phone.empty",
                    QT_TRANSLATE_NOOP("Finding", "Type the phone number, e.g. 0812-3456-7890."),
                ),
            ),
        )
    try:
        number = _parse(text)
    except phonenumbers.NumberParseException:
        return _invalid(text)
    # For an Indonesian number is_valid_number() is number_type() != UNKNOWN (calling code
    # 62 has one region): classify once instead of matching the patterns twice.
    region = phonenumbers.region_code_for_number(number)
    if region == REGION:
        kind = phonenumbers.number_type(number)
        valid = kind != PhoneNumberType.UNKNOWN
    else:
        kind, valid = None, phonenumbers.is_valid_number(number)
    if not valid:
        return _invalid(text)
    findings: list[Finding] = []
    if region != REGION:
        findings.append(
            warning(
                "phone.foreign",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "This is not an Indonesian number. Marketplaces may need an Indonesian "
                    "mobile number.",
                ),
            )
        )
    elif kind not in _MOBILE_TYPES:
        findings.append(
            warning(
                "phone.not_mobile",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "This looks like a landline. A mobile number (08…) is needed for "
                    "WhatsApp and marketplace accounts.",
                ),
            )
        )
    return CheckResult(phonenumbers.format_number(number, PhoneNumberFormat.E164), tuple(findings))


def format_phone_display(e164: str) -> str:
    """``+6281234567890`` -> ``0812-3456-7890``; foreign numbers in international form.

    Anything that does not parse is returned unchanged, so a display never fails.
    """
    try:
        number = phonenumbers.parse(e164, REGION)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == REGION:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
