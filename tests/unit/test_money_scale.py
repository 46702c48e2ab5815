"""Rupiah parsing/formatting and the PP 7/2021 MSME scale."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from golonline_desktop.domain.money import MAX_RUPIAH, format_rupiah, parse_rupiah
from golonline_desktop.domain.scale import (
    SCALE_LABELS,
    MsmeScale,
    derive_scale,
    scale_from_capital,
    scale_from_sales,
)

# -- parse ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rp1.500.000", 1_500_000),
        ("Rp 1.500.000", 1_500_000),
        ("Rp. 1.500.000", 1_500_000),
        ("rp1.500.000", 1_500_000),
        ("RP 1.500.000", 1_500_000),
        ("IDR 1.500.000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("1500000", 1_500_000),
        ("1,500,000", 1_500_000),
        ("Rp1.500.000,00", 1_500_000),
        ("Rp1.500.000,-", 1_500_000),
        ("1,500,000.00", 1_500_000),
        ("1500000,00", 1_500_000),
        ("  Rp 250.000  ", 250_000),
        ("Rp\u00a0250.000", 250_000),
        ("0", 0),
        ("Rp0", 0),
        ("500", 500),
        ("1.000", 1_000),
        ("1,000", 1_000),
        ("10.000.000.000", 10_000_000_000),
        ("1.000.000.000.000.000", MAX_RUPIAH),
    ],
)
def test_accepted_forms(text: str, amount: int) -> None:
    result = parse_rupiah(text)
    assert result.ok and result.findings == ()
    assert result.value == amount


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "money.empty"),
        ("   ", "money.empty"),
        ("-5", "money.negative"),
        ("-Rp1.500", "money.negative"),
        ("Rp-1.500", "money.negative"),
        ("(1.000)", "money.negative"),
        ("1.5", "money.decimals"),
        ("1.000,50", "money.decimals"),
        ("1,500,000.50", "money.decimals"),
        ("1,50,000", "money.format"),
        ("1.50.000", "money.format"),
        ("1.500,000", "money.format"),  # two kinds of thousands separator
        ("1.000.00", "money.format"),
        ("1.0000", "money.format"),
        ("abc", "money.format"),
        ("Rp", "money.format"),
        ("1,5 juta", "money.format"),
        ("1.000.000.000.000.001", "money.too_large"),
        ("99999999999999999999", "money.too_large"),
    ],
)
def test_rejected_forms(text: str, code: str) -> None:
    result = parse_rupiah(text)
    assert result.value is None
    assert result.codes() == {code}
    result.findings[0].render()  # every placeholder is filled


def test_format_error_names_the_text() -> None:
    assert "abc" in parse_rupiah("abc").findings[0].render()


# -- format -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "Rp0"),
        (7, "Rp7"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (1_500_000, "Rp1.500.000"),
        (10_000_000_000, "Rp10.000.000.000"),
        (-1_500, "-Rp1.500"),
    ],
)
def test_format(amount: int, text: str) -> None:
    assert format_rupiah(amount) == text


@given(st.integers(min_value=0, max_value=10**13))
def test_format_then_parse_is_identity(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount)).value == amount


@given(st.integers(min_value=0, max_value=10**13))
def test_plain_digits_and_comma_groups_parse(amount: int) -> None:
    assert parse_rupiah(str(amount)).value == amount
    assert parse_rupiah(f"{amount:,}").value == amount


# -- scale ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("capital", "scale"),
    [
        (0, MsmeScale.MIKRO),
        (50_000_000, MsmeScale.MIKRO),
        (1_000_000_000, MsmeScale.MIKRO),
        (1_000_000_001, MsmeScale.KECIL),
        (5_000_000_000, MsmeScale.KECIL),
        (5_000_000_001, MsmeScale.MENENGAH),
        (10_000_000_000, MsmeScale.MENENGAH),
        (10_000_000_001, MsmeScale.BESAR),
    ],
)
def test_scale_from_capital(capital: int, scale: MsmeScale) -> None:
    assert scale_from_capital(capital) is scale


@pytest.mark.parametrize(
    ("sales", "scale"),
    [
        (0, MsmeScale.MIKRO),
        (2_000_000_000, MsmeScale.MIKRO),
        (2_000_000_001, MsmeScale.KECIL),
        (15_000_000_000, MsmeScale.KECIL),
        (15_000_000_001, MsmeScale.MENENGAH),
        (50_000_000_000, MsmeScale.MENENGAH),
        (50_000_000_001, MsmeScale.BESAR),
    ],
)
def test_scale_from_sales(sales: int, scale: MsmeScale) -> None:
    assert scale_from_sales(sales) is scale


def test_negative_amounts_have_no_scale() -> None:
    with pytest.raises(ValueError):
        scale_from_capital(-1)
    with pytest.raises(ValueError):
        scale_from_sales(-1)


def test_derive_scale_uses_capital_first_then_sales() -> None:
    # Capital says mikro, sales would say kecil: capital wins when known.
    assert derive_scale(500_000_000, 3_000_000_000) is MsmeScale.MIKRO
    assert derive_scale(None, 3_000_000_000) is MsmeScale.KECIL
    assert derive_scale(6_000_000_000, None) is MsmeScale.MENENGAH
    assert derive_scale(0, None) is MsmeScale.MIKRO
    assert derive_scale(None, 0) is MsmeScale.MIKRO
    assert derive_scale(None, None) is None


def test_only_besar_is_not_umkm_and_every_scale_has_a_label() -> None:
    assert [s.is_umkm for s in MsmeScale] == [True, True, True, False]
    assert set(SCALE_LABELS) == set(MsmeScale)
    assert MsmeScale.MIKRO.label == "Micro"
    assert MsmeScale("kecil") is MsmeScale.KECIL
