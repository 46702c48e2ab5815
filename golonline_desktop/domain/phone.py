"""Phone numbers, stored in E.164 (``+6281234567890``) and shown in national form.

``phonenumbers`` (Google's libphonenumber data) knows Indonesia's numbering plan, so a
number typed as ``0812-3456-7890``, ``+62 812 3456 7890`` or ``6281234567890`` ends up the
same. Marketplaces and WhatsApp need a mobile number, so a landline is a warning.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from .findings import CheckResult, Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP

REGION = "ID"
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


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
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return _invalid(text)
    if not phonenumbers.is_valid_number(number):
        return _invalid(text)
    findings: list[Finding] = []
    if phonenumbers.region_code_for_number(number) != REGION:
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
    elif phonenumbers.number_type(number) not in _MOBILE_TYPES:
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
