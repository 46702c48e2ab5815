"""Rupiah amounts: whole rupiah as ``int``, written ``Rp1.500.000``.

What ``parse_rupiah`` accepts, and why:

* an optional ``Rp``, ``Rp.`` or ``IDR`` in front, with or without a space (any case);
* plain digits (``1500000``) or digits grouped by threes with dots (the Indonesian way,
  ``1.500.000``) or commas (``1,500,000``, as spreadsheets export it); one kind of
  separator per number, and every group after the first exactly three digits, so an
  ambiguous ``1.5`` or ``1,50,000`` is rejected rather than guessed;
* zero cents written as ``,00``/``.00``/``,-`` at the end (``Rp1.500.000,00``), which
  receipts print; non-zero cents are an error because the rupiah has no usable cents.

Negative amounts and amounts above Rp1.000.000.000.000.000 (10^15, far beyond any UMKM)
are errors.
"""

from __future__ import annotations

import re

from .findings import CheckResult, error
from .i18n import QT_TRANSLATE_NOOP

MAX_RUPIAH = 10**15
_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_ZERO_CENTS = re.compile(r"(?:[.,]0{1,2}|,-)$")
_CENTS = re.compile(r"[.,]\d{1,2}$")
_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")


def _format_error(text: str) -> CheckResult[int]:
    return CheckResult(
        None,
        (
            error(
                "money.format",
                QT_TRANSLATE_NOOP(
                    "Finding", "{text} is not an amount in rupiah. Type it like 1.500.000."
                ),
                text=text,
            ),
        ),
    )


def parse_rupiah(text: str) -> CheckResult[int]:
    """Parse an amount typed by an officer or read from a spreadsheet cell."""
    original = (text or "").strip()
    body = re.sub(r"\s+", "", original)
    if not body:
        return CheckResult(
            None,
            (error("money.empty", QT_TRANSLATE_NOOP("Finding", "Type the amount in rupiah.")),),
        )
    negative = body.startswith("-") or body.startswith("(")
    body = body.lstrip("-(").rstrip(")")
    body = _PREFIX.sub("", body)
    negative = negative or body.startswith("-")
    body = body.lstrip("-")
    if negative:
        return CheckResult(
            None,
            (
                error(
                    "money.negative",
                    QT_TRANSLATE_NOOP("Finding", "The amount cannot be negative."),
                ),
            ),
        )
    # A 3-digit tail after a single separator is a thousands group, never cents.
    zero_cents = _ZERO_CENTS.search(body)
    if zero_cents and not _GROUPED.match(body):
        body = body[: zero_cents.start()]
        if zero_cents.group()[0] in body:  # "1.000.00": the same mark cannot do both jobs
            return _format_error(original)
    elif _CENTS.search(body) and not _GROUPED.match(body):
        return CheckResult(
            None,
            (
                error(
                    "money.decimals",
                    QT_TRANSLATE_NOOP(
                        "Finding", "Type whole rupiah without cents, e.g. 1.500.000."
                    ),
                ),
            ),
        )
    if body.isascii() and body.isdigit():
        amount = int(body)
    elif _GROUPED.match(body):
        amount = int(re.sub(r"[.,]", "", body))
    else:
        return _format_error(original)
    if amount > MAX_RUPIAH:
        return CheckResult(
            None,
            (
                error(
                    "money.too_large",
                    QT_TRANSLATE_NOOP(
                        "Finding", "{text} is too large for an amount in rupiah. Check the zeros."
                    ),
                    text=original,
                ),
            ),
        )
    return CheckResult(amount)


def format_rupiah(amount: int) -> str:
    """``1500000`` -> ``Rp1.500.000`` (no space, dots between thousands, no decimals)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")
