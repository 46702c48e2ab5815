"""NIB, phone numbers, e-mail, postal codes and KBLI codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from golonline_desktop.domain.contact import check_email, check_postal_code
from golonline_desktop.domain.findings import Severity
from golonline_desktop.domain.kbli import KBLI_VERSIONS, check_kbli
from golonline_desktop.domain.nib import check_nib
from golonline_desktop.domain.phone import check_phone, format_phone_display

# -- NIB --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("9120001234567", "9120001234567"),
        ("0220000123456", "0220000123456"),
        ("9120 0012 3456 7", "9120001234567"),
        ("912-000-123-4567", "9120001234567"),
    ],
)
def test_nib_has_thirteen_digits(raw: str, value: str) -> None:
    result = check_nib(raw)
    assert result.ok and result.value == value and result.findings == ()


@pytest.mark.parametrize(("raw", "count"), [("912000123456", 12), ("91200012345678", 14)])
def test_nib_length(raw: str, count: int) -> None:
    result = check_nib(raw)
    assert result.codes() == {"nib.length"}
    assert result.findings[0].render() == f"NIB must have 13 digits; {count} were typed."


def test_nib_other_errors() -> None:
    assert check_nib("912000123456X").codes() == {"nib.not_digits"}
    assert check_nib("").codes() == {"nib.empty"}
    assert check_nib("0000000000000").codes() == {"nib.zero"}


# -- phone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+62 812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "(0812) 3456 7890",
    ],
)
def test_mobile_numbers_become_e164(raw: str) -> None:
    result = check_phone(raw)
    assert result.ok and result.findings == ()
    assert result.value == "+6281234567890"


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("0811234567", "+62811234567"),  # 10 digits
        ("08571234567", "+628571234567"),  # 11 digits
        ("0895123456789", "+62895123456789"),  # 13 digits
        ("0881234567", "+62881234567"),
    ],
)
def test_mobile_lengths_from_10_to_13_digits(raw: str, e164: str) -> None:
    assert check_phone(raw).value == e164
    assert check_phone(raw).findings == ()


@pytest.mark.parametrize("raw", ["0215551234", "021 5551234", "(022) 4201234", "+62 21 5551234"])
def test_landline_is_accepted_with_a_warning(raw: str) -> None:
    result = check_phone(raw)
    assert result.ok and result.value is not None and result.value.startswith("+62")
    assert result.codes() == {"phone.not_mobile"}
    assert result.findings[0].severity is Severity.WARNING


def test_foreign_number_is_accepted_with_a_warning() -> None:
    result = check_phone("+65 6555 1234")
    assert result.value == "+6565551234"
    assert result.codes() == {"phone.foreign"}


@pytest.mark.parametrize("raw", ["0812345", "08123456789012", "abc", "12", "+62", "0000000000"])
def test_invalid_numbers_are_errors(raw: str) -> None:
    result = check_phone(raw)
    assert result.value is None
    assert result.codes() == {"phone.invalid"}
    assert raw in result.findings[0].render()


def test_empty_phone() -> None:
    assert check_phone("  ").codes() == {"phone.empty"}


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+6281234567890", "0812-3456-7890"),
        ("+62811234567", "0811-234-567"),
        ("+62215551234", "(021) 5551234"),
        ("+6565551234", "+65 6555 1234"),
        ("not a number", "not a number"),
    ],
)
def test_display_format(e164: str, shown: str) -> None:
    assert format_phone_display(e164) == shown


mobile_numbers = st.builds(
    lambda third, rest: "08" + third + rest,
    st.sampled_from("12356789"),
    st.text(alphabet="0123456789", min_size=7, max_size=10),
)


@given(mobile_numbers)
def test_mobile_round_trip(national: str) -> None:
    assert 10 <= len(national) <= 13
    first = check_phone(national)
    assert first.ok and first.findings == (), national
    assert first.value == "+62" + national[1:]
    shown = format_phone_display(first.value)
    assert shown.replace("-", "") == national
    assert check_phone(shown).value == first.value


# -- e-mail -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("siti@gmail.com", "siti@gmail.com"),
        ("  Siti.Aminah@Gmail.COM ", "Siti.Aminah@gmail.com"),
        ("toko_kue+promo@umkm.co.id", "toko_kue+promo@umkm.co.id"),
        ("a@b.id", "a@b.id"),
        ("budi@mail.desa-maju.id", "budi@mail.desa-maju.id"),
    ],
)
def test_valid_email(raw: str, value: str) -> None:
    result = check_email(raw)
    assert result.ok and result.value == value and result.findings == ()


@pytest.mark.parametrize(
    "raw",
    [
        "siti",
        "siti@",
        "@gmail.com",
        "siti@gmail",
        "siti@@gmail.com",
        "si ti@gmail.com",
        "siti@gmail..com",
        "siti.@gmail.com",
        "siti@-gmail.com",
        "siti@gmail.c",
        "siti@gmail.123",
        "sïti@gmail.com",
        "a" * 65 + "@gmail.com",
        "a@" + "b" * 250 + ".com",
    ],
)
def test_invalid_email(raw: str) -> None:
    result = check_email(raw)
    assert result.value is None and result.codes() == {"email.invalid"}


@pytest.mark.parametrize(
    ("raw", "suggestion"),
    [("siti@gmial.com", "siti@gmail.com"), ("budi@yahoo.con", "budi@yahoo.com")],
)
def test_common_domain_typos_warn(raw: str, suggestion: str) -> None:
    result = check_email(raw)
    assert result.ok and result.value == raw
    assert result.codes() == {"email.typo"}
    assert result.findings[0].render() == f"Did you mean {suggestion}?"


def test_empty_email() -> None:
    assert check_email("").codes() == {"email.empty"}


# -- postal code ------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["12810", "10110", "99976", " 40115 ", "40 115"])
def test_valid_postal_codes(raw: str) -> None:
    result = check_postal_code(raw)
    assert result.ok and result.value == raw.replace(" ", "").strip()


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1281", "postal_code.format"),
        ("128100", "postal_code.format"),
        ("12a10", "postal_code.format"),
        ("01281", "postal_code.range"),
        ("00000", "postal_code.range"),
        ("", "postal_code.empty"),
    ],
)
def test_invalid_postal_codes(raw: str, code: str) -> None:
    assert check_postal_code(raw).codes() == {code}


# -- KBLI -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", KBLI_VERSIONS)
@pytest.mark.parametrize("code", ["10792", "47911", "56103", "01111", "14111"])
def test_kbli_five_digits(code: str, version: str) -> None:
    result = check_kbli(code, version)
    assert result.ok and result.value == code


def test_kbli_versions_are_2020_and_2025() -> None:
    assert KBLI_VERSIONS == ("2020", "2025")
    assert check_kbli("10792", "2017").codes() == {"kbli.version"}
    assert check_kbli("10792", "").codes() == {"kbli.version"}


@pytest.mark.parametrize("code", ["1079", "107921", "1079A", "10.79"])
def test_kbli_shape(code: str) -> None:
    assert check_kbli(code, "2020").codes() == {"kbli.format"}


def test_kbli_division_and_empty() -> None:
    assert check_kbli("00123", "2020").codes() == {"kbli.division"}
    assert check_kbli("", "2025").codes() == {"kbli.empty"}
    assert check_kbli("10 792", "2025").value == "10792"
