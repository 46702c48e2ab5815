"""E-mail addresses and Indonesian postal codes."""

from __future__ import annotations

import re

from .findings import CheckResult, Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP
from .numbers import strip_separators

MAX_EMAIL = 254
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_TLD = re.compile(r"^[a-z]{2,63}$")

# Misspellings of the domains most owners use; a warning suggests the fix.
COMMON_TYPOS: dict[str, str] = {
    "gmial.com": "gmail.com",
    "gmai.com": "gmail.com",
    "gamil.com": "gmail.com",
    "gmail.co": "gmail.com",
    "gmail.co.id": "gmail.com",
    "gmail.con": "gmail.com",
    "gmal.com": "gmail.com",
    "yaho.com": "yahoo.com",
    "yahoo.con": "yahoo.com",
    "yahoo.co": "yahoo.com",
    "yahoo.id": "yahoo.co.id",
    "hotmail.co": "hotmail.com",
    "outlok.com": "outlook.com",
}


def _bad_email(text: str) -> CheckResult[str]:
    return CheckResult(
        None,
        (
            error(
                "email.invalid",
                QT_TRANSLATE_NOOP(
                    "Finding", "{email} is not a valid e-mail address, e.g. nama@gmail.com."
                ),
                email=text,
            ),
        ),
    )


def check_email(raw: str) -> CheckResult[str]:
    """Check the shape of an e-mail address; the value has its domain in lower case.

    Only the shape is checked (no network here): one @, a plain ASCII local part and a
    domain of at least two labels. Common misspelt domains get a warning.
    """
    text = (raw or "").strip()
    if not text:
        return CheckResult(
            None,
            (error("email.empty", QT_TRANSLATE_NOOP("Finding", "Type the e-mail address.")),),
        )
    if len(text) > MAX_EMAIL or text.count("@") != 1:
        return _bad_email(text)
    local, domain = text.split("@")
    domain = domain.lower().rstrip(".")
    labels = domain.split(".")
    if (
        len(local) > 64
        or not _LOCAL.match(local)
        or len(labels) < 2
        or not all(_LABEL.match(label) for label in labels)
        or not _TLD.match(labels[-1])
    ):
        return _bad_email(text)
    findings: list[Finding] = []
    suggestion = COMMON_TYPOS.get(domain)
    if suggestion:
        findings.append(
            warning(
                "email.typo",
                QT_TRANSLATE_NOOP("Finding", "Did you mean {suggestion}?"),
                suggestion=f"{local}@{suggestion}",
            )
        )
    return CheckResult(f"{local}@{domain}", tuple(findings))


def check_postal_code(raw: str) -> CheckResult[str]:
    """Indonesian postal codes (kode pos) have 5 digits and start with 1-9 (10110-99976)."""
    digits = strip_separators(raw)
    if not digits:
        return CheckResult(
            None,
            (
                error(
                    "postal_code.empty",
                    QT_TRANSLATE_NOOP("Finding", "Type the postal code (5 digits)."),
                ),
            ),
        )
    if not digits.isdigit() or len(digits) != 5:
        return CheckResult(
            None,
            (
                error(
                    "postal_code.format",
                    QT_TRANSLATE_NOOP(
                        "Finding", "A postal code has 5 digits, e.g. 12810; {typed} was typed."
                    ),
                    typed=(raw or "").strip(),
                ),
            ),
        )
    if digits[0] == "0" or int(digits) < 10000:
        return CheckResult(
            None,
            (
                error(
                    "postal_code.range",
                    QT_TRANSLATE_NOOP(
                        "Finding", "Indonesian postal codes do not start with 0; {typed} was typed."
                    ),
                    typed=digits,
                ),
            ),
        )
    return CheckResult(digits)
