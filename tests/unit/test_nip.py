"""NIP checks: 18 digits, real dates, plausible appointment, sex digit, serial."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from golonline_desktop.domain.findings import Severity
from golonline_desktop.domain.nip import check_nip, parse_nip
from golonline_desktop.domain.sex import Sex

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("198503302010121002", "198503302010121002"),
        ("19850330 201012 1 002", "198503302010121002"),  # as printed on an SK
        ("19920229.201903.2.001", "199202292019032001"),  # a real 29 February
        ("196001011985031001", "196001011985031001"),
    ],
)
def test_valid_nips(raw: str, digits: str) -> None:
    result = check_nip(raw, today=TODAY)
    assert result.ok and result.value == digits and result.findings == ()


def test_parts() -> None:
    parts = parse_nip("19920229 201903 2 001")
    assert parts.birth_date == date(1992, 2, 29)
    assert parts.appointment == (2019, 3)
    assert parts.sex is Sex.FEMALE and parts.serial == "001"
    with pytest.raises(ValueError):
        parse_nip("199302292019032001")  # 1993 is not a leap year


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "nip.empty"),
        ("19850330201012100X", "nip.not_digits"),
        ("19850330201012100", "nip.length"),
        ("1985033020101210021", "nip.length"),
        ("198513302010121002", "nip.birth_date"),  # month 13
        ("198502302010121002", "nip.birth_date"),  # 30 February
        ("203001012050011001", "nip.birth_date"),  # born after today
        ("185001011985031001", "nip.birth_date"),  # before 1900
        ("198503302010001002", "nip.appointment"),  # month 00
        ("198503302010131002", "nip.appointment"),
        ("198503302010123002", "nip.sex_digit"),
        ("198503302010120002", "nip.sex_digit"),
        ("198503302010121000", "nip.serial"),
        ("198503301980011002", "nip.appointed_before_birth"),
    ],
)
def test_errors(raw: str, code: str) -> None:
    result = check_nip(raw, today=TODAY)
    assert not result.ok and result.value is None
    assert code in result.codes()
    assert all(f.severity is Severity.ERROR for f in result.findings if f.code == code)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("198503302000011002", "nip.appointed_young"),  # appointed at 14
        ("198503302003021002", "nip.appointed_young"),  # one month before turning 18
        ("198503302027011002", "nip.appointed_future"),
    ],
)
def test_warnings_keep_the_value(raw: str, code: str) -> None:
    result = check_nip(raw, today=TODAY)
    assert result.ok and result.value == raw
    assert result.codes() == {code}
    assert result.warnings[0].render()  # placeholders all filled


def test_appointed_in_the_month_of_the_18th_birthday_is_fine() -> None:
    assert check_nip("198503302003031002", today=TODAY).findings == ()


def test_typed_birth_date_and_sex_are_compared() -> None:
    raw = "198503302010121002"
    assert check_nip(raw, today=TODAY, birth_date=date(1985, 3, 30), sex=Sex.MALE).findings == ()
    result = check_nip(raw, today=TODAY, birth_date=date(1985, 3, 31), sex=Sex.FEMALE)
    assert result.ok and result.codes() == {"nip.birth_date_mismatch", "nip.sex_mismatch"}
    assert "30-03-1985" in result.findings[0].render()


@given(
    born=st.dates(min_value=date(1940, 1, 1), max_value=date(2000, 12, 31)),
    years_after=st.integers(min_value=18, max_value=40),
    sex=st.sampled_from(["1", "2"]),
    serial=st.integers(min_value=1, max_value=999),
)
def test_any_plausible_nip_passes_and_parses_back(
    born: date, years_after: int, sex: str, serial: int
) -> None:
    year = min(born.year + years_after, TODAY.year - 1)
    raw = f"{born:%Y%m%d}{year}{born.month:02d}{sex}{serial:03d}"
    result = check_nip(raw, today=TODAY)
    assert result.ok and result.findings == (), result.findings
    parts = parse_nip(raw)
    assert parts.birth_date == born and parts.appointment == (year, born.month)
