"""NIB (Nomor Induk Berusaha): the 13-digit business licence number issued by OSS.

The NIB has no check digit, so only its shape can be checked here.
"""

from __future__ import annotations

from .findings import CheckResult, error
from .i18n import QT_TRANSLATE_NOOP
from .numbers import strip_separators

NIB_LENGTH = 13


def check_nib(raw: str) -> CheckResult[str]:
    digits = strip_separators(raw)
    if not digits:
        return CheckResult(
            None, (error("nib.empty", QT_TRANSLATE_NOOP("Finding", "Type the NIB (13 digits).")),)
        )
    if not digits.isdigit():
        return CheckResult(
            None,
            (
                error(
                    "nib.not_digits",
                    QT_TRANSLATE_NOOP("Finding", "NIB may only contain digits."),
                ),
            ),
        )
    if len(digits) != NIB_LENGTH:
        return CheckResult(
            None,
            (
                error(
                    "nib.length",
                    QT_TRANSLATE_NOOP("Finding", "NIB must have 13 digits; {count} were typed."),
                    count=len(digits),
                ),
            ),
        )
    if set(digits) == {"0"}:
        return CheckResult(
            None,
            (error("nib.zero", QT_TRANSLATE_NOOP("Finding", "NIB cannot be all zeros.")),),
        )
    return CheckResult(digits)
