"""KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) business classification codes.

A business line is a 5-digit KBLI code; the same code can mean different things in the
2020 and 2025 editions, so the version is always stored beside it. The code list itself
is not bundled yet, so only the shape is checked here.
"""

from __future__ import annotations

from .findings import CheckResult, error
from .i18n import QT_TRANSLATE_NOOP
from .numbers import strip_separators

KBLI_VERSIONS: tuple[str, ...] = ("2020", "2025")
DEFAULT_KBLI_VERSION = "2020"
KBLI_LENGTH = 5


def check_kbli(code: str, version: str = DEFAULT_KBLI_VERSION) -> CheckResult[str]:
    """Check a 5-digit KBLI code of a known edition; the value is the 5 digits."""
    if str(version).strip() not in KBLI_VERSIONS:
        return CheckResult(
            None,
            (
                error(
                    "kbli.version",
                    QT_TRANSLATE_NOOP(
                        "Finding", "KBLI edition {version} is unknown; choose {versions}."
                    ),
                    version=str(version),
                    versions=" / ".join(KBLI_VERSIONS),
                ),
            ),
        )
    digits = strip_separators(code)
    if not digits:
        return CheckResult(
            None,
            (error("kbli.empty", QT_TRANSLATE_NOOP("Finding", "Type the KBLI code (5 digits).")),),
        )
    if not digits.isdigit() or len(digits) != KBLI_LENGTH:
        return CheckResult(
            None,
            (
                error(
                    "kbli.format",
                    QT_TRANSLATE_NOOP(
                        "Finding", "A KBLI code has 5 digits, e.g. 10792; {typed} was typed."
                    ),
                    typed=(code or "").strip(),
                ),
            ),
        )
    if digits.startswith("00"):
        return CheckResult(
            None,
            (
                error(
                    "kbli.division",
                    QT_TRANSLATE_NOOP(
                        "Finding", "KBLI codes start with a division 01-99; {typed} was typed."
                    ),
                    typed=digits,
                ),
            ),
        )
    return CheckResult(digits)
