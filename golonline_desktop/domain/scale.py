"""MSME scale (skala usaha) under PP 7/2021, article 35.

Limits (inclusive): capital excluding land and buildings up to Rp1 billion (mikro),
Rp5 billion (kecil), Rp10 billion (menengah); or annual sales up to Rp2 billion,
Rp15 billion, Rp50 billion. Above both: a large business, outside the UMKM programme.

``derive_scale`` uses capital when it is known and sales only otherwise. PP 7/2021 applies
the capital criterion to businesses when they are set up and sales to running businesses
that cannot state their capital; the registration form asks for capital first, and using
one criterion at a time keeps the answer explainable to the owner.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP

CAPITAL_LIMITS = (1_000_000_000, 5_000_000_000, 10_000_000_000)
SALES_LIMITS = (2_000_000_000, 15_000_000_000, 50_000_000_000)


class MsmeScale(StrEnum):
    MIKRO = "mikro"
    KECIL = "kecil"
    MENENGAH = "menengah"
    BESAR = "besar"  # not an UMKM

    @property
    def is_umkm(self) -> bool:
        return self is not MsmeScale.BESAR

    @property
    def label(self) -> str:
        """English source text; translate in the ``MsmeScale`` context."""
        return SCALE_LABELS[self]


SCALE_LABELS: dict[MsmeScale, str] = {
    MsmeScale.MIKRO: QT_TRANSLATE_NOOP("MsmeScale", "Micro"),
    MsmeScale.KECIL: QT_TRANSLATE_NOOP("MsmeScale", "Small"),
    MsmeScale.MENENGAH: QT_TRANSLATE_NOOP("MsmeScale", "Medium"),
    MsmeScale.BESAR: QT_TRANSLATE_NOOP("MsmeScale", "Large (not an UMKM)"),
}

_ORDER = (MsmeScale.MIKRO, MsmeScale.KECIL, MsmeScale.MENENGAH)


def _by_limits(amount: int, limits: tuple[int, int, int]) -> MsmeScale:
    if amount < 0:
        raise ValueError("an amount cannot be negative")
    for scale, limit in zip(_ORDER, limits, strict=True):
        if amount <= limit:
            return scale
    return MsmeScale.BESAR


def scale_from_capital(capital_rupiah: int) -> MsmeScale:
    return _by_limits(capital_rupiah, CAPITAL_LIMITS)


def scale_from_sales(annual_sales: int) -> MsmeScale:
    return _by_limits(annual_sales, SALES_LIMITS)


def derive_scale(capital: int | None, sales: int | None) -> MsmeScale | None:
    """Capital first when known, else sales; None when neither is known."""
    if capital is not None:
        return scale_from_capital(capital)
    if sales is not None:
        return scale_from_sales(sales)
    return None
