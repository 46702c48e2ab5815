"""Realistic test data: valid businesses in a real Jakarta village."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from golonline_desktop.domain.business import BusinessInput
from golonline_desktop.domain.sex import Sex

# 31.74.01 is Kec. Tebet, Kota Adm. Jakarta Selatan; 31.74.01.1001 is Kel. Tebet Timur.
# NIKs of people first registered in Tebet start with 317401.
VILLAGE = "31.74.01.1001"
NIK_PREFIX = "317401"
CONSENT_VERSION = "2026-11"


def nik_for(n: int, birth: date = date(1990, 5, 15), sex: Sex = Sex.FEMALE) -> str:
    day = birth.day + (40 if sex is Sex.FEMALE else 0)
    return f"{NIK_PREFIX}{day:02d}{birth.month:02d}{birth.year % 100:02d}{(n % 9999) + 1:04d}"


def business_input(n: int = 0, **overrides: object) -> BusinessInput:
    """The n-th distinct, valid business (distinct NIK, phone and name)."""
    birth = date(1990, 5, 15)
    data = BusinessInput(
        business_name=f"Keripik Singkong Bu Sri {n}",
        owner_name="Sri Rahayu",
        nik=nik_for(n, birth, Sex.FEMALE),
        owner_birth_date=birth,
        owner_sex=Sex.FEMALE,
        phone=f"0812{n:08d}",
        email=f"sri{n}@example.co.id",
        nib="",
        npwp="",
        kbli_code="10794",
        kbli_version="2020",
        sector="Makanan ringan",
        address_line=f"Jl. Tebet Barat Dalam No. {n % 200 + 1}",
        village_code=VILLAGE,
        postal_code="12810",
        capital="Rp15.000.000",
        annual_sales="Rp120.000.000",
        employees="2",
        consent_text_version=CONSENT_VERSION,
    )
    return replace(data, **overrides)  # type: ignore[arg-type]
