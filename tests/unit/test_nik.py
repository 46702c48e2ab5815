"""NIK checks: shape, birth date (women +40, leap years, century), serial, prefixes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from golonline_desktop.domain.findings import Severity
from golonline_desktop.domain.nik import check_nik, mask_nik, parse_nik
from golonline_desktop.domain.sex import Sex
from golonline_desktop.storage.region_directory import RegionDirectory

TODAY = date(2026, 11, 27)


class FakePrefixes:
    def __init__(self, codes: set[str]) -> None:
        self.codes = codes
        self.asked: list[str] = []

    def is_known_kecamatan(self, code: str) -> bool:
        self.asked.append(code)
        return code in self.codes


@pytest.fixture(scope="module")
def directory() -> RegionDirectory:
    with RegionDirectory.open() as opened:
        yield opened


def check(raw: str, **kwargs):
    kwargs.setdefault("today", TODAY)
    return check_nik(raw, **kwargs)


# -- shape ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "3174011203850001",
        "3174 0112 0385 0001",
        "31.74.01.120385.0001",
        "31-74-01-120385-0001",
        " 3174011203850001\n",
        "３１７４０１１２０３８５０００１",  # full-width digits pasted from a phone
    ],
)
def test_separators_and_spaces_are_removed(raw: str) -> None:
    result = check(raw)
    assert result.ok
    assert result.value == "3174011203850001"
    assert result.findings == ()


@pytest.mark.parametrize(
    ("raw", "count"),
    [("317401120385000", 15), ("31740112038500011", 17), ("3174", 4), ("1", 1)],
)
def test_wrong_length_is_an_error_that_counts_the_digits(raw: str, count: int) -> None:
    result = check(raw)
    assert not result.ok and result.value is None
    (finding,) = result.findings
    assert finding.code == "nik.length"
    assert finding.severity is Severity.ERROR
    assert finding.render() == f"NIK must have 16 digits; {count} were typed."


@pytest.mark.parametrize(
    "raw", ["31740112038500O1", "317401120385000a", "3174011203850001x", "٣١٧٤٠١١٢٠٣٨٥٠٠٠١"]
)
def test_letters_and_foreign_digits_are_rejected(raw: str) -> None:
    result = check(raw)
    assert result.codes() == {"nik.not_digits"}
    assert result.value is None


@pytest.mark.parametrize("raw", ["", "   ", "-.-"])
def test_empty_is_an_error(raw: str) -> None:
    assert check(raw).codes() == {"nik.empty"}


# -- birth date and sex -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("nik", "born", "sex"),
    [
        ("3174011203850001", date(1985, 3, 12), Sex.MALE),
        ("3174015203850002", date(1985, 3, 12), Sex.FEMALE),
        ("3174014101990003", date(1999, 1, 1), Sex.FEMALE),  # 41 = 1st, woman
        ("3174017112990004", date(1999, 12, 31), Sex.FEMALE),  # 71 = 31st, woman
        ("3174010101000001", date(2000, 1, 1), Sex.MALE),
        ("3174013112990001", date(1999, 12, 31), Sex.MALE),
        ("3174013101500001", date(1950, 1, 31), Sex.MALE),
        ("3174015708880001", date(1988, 8, 17), Sex.FEMALE),
    ],
)
def test_birth_date_and_sex_are_read(nik: str, born: date, sex: Sex) -> None:
    parts = parse_nik(nik, TODAY)
    assert parts.birth_date == born
    assert parts.sex is sex
    assert check(nik, birth_date=born, sex=sex).findings == ()


@pytest.mark.parametrize(
    "nik",
    [
        "3174010001850001",  # day 00
        "3174013201850001",  # day 32
        "3174014001850001",  # day 40: neither a man's nor a woman's day
        "3174017201850001",  # day 72
        "3174019901850001",  # day 99
        "3174011500850001",  # month 00
        "3174011513850001",  # month 13
        "3174013104850001",  # 31 April
        "3174017104850001",  # 31 April, woman
        "3174013002850001",  # 30 February
        "3174017002850001",  # 30 February, woman
    ],
)
def test_impossible_birth_dates_are_errors(nik: str) -> None:
    result = check(nik)
    assert "nik.birth_date" in result.codes()
    assert result.value is None
    with pytest.raises(ValueError):
        parse_nik(nik, TODAY)


@pytest.mark.parametrize(
    ("nik", "born"),
    [
        ("3174012902960001", date(1996, 2, 29)),
        ("3174016902960001", date(1996, 2, 29)),  # woman
        ("3174012902000001", date(2000, 2, 29)),  # 2000 is a leap year
        ("3174012902240001", date(2024, 2, 29)),
        ("3174012902880001", date(1988, 2, 29)),
    ],
)
def test_29_february_in_leap_years(nik: str, born: date) -> None:
    assert check(nik).ok
    assert parse_nik(nik, TODAY).birth_date == born


@pytest.mark.parametrize(
    "nik",
    [
        "3174012902970001",
        "3174016902970001",
        "3174012902230001",
        "3174012902010001",
        "3174012902250001",
    ],
)
def test_29_february_in_common_years_is_an_error(nik: str) -> None:
    assert check(nik).codes() == {"nik.birth_date"}


def test_29_february_2000_before_2000_falls_back_to_1900_which_is_not_leap() -> None:
    assert check("3174012902000001", today=date(1999, 6, 1)).codes() == {"nik.birth_date"}
    assert check("3174012902000001", today=date(2000, 2, 29)).ok


@pytest.mark.parametrize(
    ("nik", "today", "year"),
    [
        ("3174011505240001", TODAY, 2024),  # a baby born 2024 is not 1924
        ("3174011505260001", TODAY, 2026),
        ("3174012711260001", TODAY, 2026),  # born today
        ("3174012811260001", TODAY, 1926),  # tomorrow in 2026 would be the future
        ("3174011505270001", TODAY, 1927),
        ("3174011505990001", TODAY, 1999),
        ("3174011505000001", TODAY, 2000),
        ("3174011505240001", date(2023, 1, 1), 1924),
    ],
)
def test_century_is_the_latest_that_is_not_in_the_future(nik: str, today: date, year: int) -> None:
    assert parse_nik(nik, today).birth_date.year == year
    assert check(nik, today=today).ok


def test_serial_0000_is_an_error_and_0001_is_fine() -> None:
    assert check("3174011203850000").codes() == {"nik.serial"}
    assert check("3174011203850000").value is None
    assert check("3174011203850001").ok
    assert check("3174011203859999").ok
    with pytest.raises(ValueError):
        parse_nik("3174011203850000", TODAY)


def test_bad_date_and_bad_serial_are_both_reported() -> None:
    assert check("3174013202850000").codes() == {"nik.birth_date", "nik.serial"}


def test_typed_birth_date_that_differs_is_a_warning() -> None:
    result = check("3174011203850001", birth_date=date(1985, 3, 13))
    assert result.ok
    assert result.value == "3174011203850001"
    (finding,) = result.findings
    assert finding.code == "nik.birth_date_mismatch"
    assert finding.severity is Severity.WARNING
    assert "12-03-1985" in finding.render() and "13-03-1985" in finding.render()


@pytest.mark.parametrize("typed", [date(1986, 3, 12), date(1985, 4, 12), date(1985, 3, 1)])
def test_each_part_of_the_date_is_compared(typed: date) -> None:
    assert check("3174011203850001", birth_date=typed).codes() == {"nik.birth_date_mismatch"}


def test_a_centenarian_typed_with_the_right_century_is_not_a_mismatch() -> None:
    # 150524 reads as 2024 by default, but the NIK cannot tell the century.
    assert check("3174011505240001", birth_date=date(1924, 5, 15)).findings == ()


def test_woman_birth_date_is_compared_after_removing_40() -> None:
    assert check("3174015203850002", birth_date=date(1985, 3, 12), sex=Sex.FEMALE).findings == ()
    assert check("3174015203850002", birth_date=date(1985, 3, 52 - 40 + 1)).codes() == {
        "nik.birth_date_mismatch"
    }


@pytest.mark.parametrize(
    ("nik", "typed"),
    [("3174011203850001", Sex.FEMALE), ("3174015203850002", Sex.MALE)],
)
def test_sex_that_differs_is_a_warning(nik: str, typed: Sex) -> None:
    result = check(nik, sex=typed)
    assert result.ok and result.value == nik
    assert result.codes() == {"nik.sex_mismatch"}
    assert "40" in result.findings[0].render()


def test_sex_given_as_plain_letter_is_understood() -> None:
    assert check("3174015203850002", sex="P").findings == ()  # type: ignore[arg-type]
    assert check("3174015203850002", sex="L").codes() == {"nik.sex_mismatch"}  # type: ignore[arg-type]


def test_no_mismatch_warnings_when_the_date_is_impossible() -> None:
    result = check("3174013202850001", birth_date=date(1985, 2, 1), sex=Sex.FEMALE)
    assert result.codes() == {"nik.birth_date"}


# -- prefixes ---------------------------------------------------------------------------


def test_prefix_is_asked_as_a_dotted_kecamatan_code() -> None:
    prefixes = FakePrefixes({"31.74.01"})
    assert check("3174011203850001", prefixes=prefixes).findings == ()
    assert prefixes.asked == ["31.74.01"]


def test_unknown_prefix_is_a_warning_not_an_error() -> None:
    result = check("3174991203850001", prefixes=FakePrefixes({"31.74.01"}))
    assert result.ok
    assert result.value == "3174991203850001"
    (finding,) = result.findings
    assert finding.code == "nik.unknown_region"
    assert finding.severity is Severity.WARNING
    assert "317499" in finding.render()


def test_without_a_lookup_the_prefix_is_not_judged() -> None:
    assert check("9999991203850001").findings == ()


@pytest.mark.parametrize(
    "nik",
    [
        "6501011203850001",  # Kalimantan Utara, Bulungan, Tanjung Palas
        "6571014101990003",  # Kota Tarakan, Tarakan Barat, woman
        "9202031512000001",  # Papua Barat, Manokwari, Warmare
        "9301011506950001",  # Papua Selatan, Merauke (code since 2023)
        "9404015708880001",  # Papua Tengah, Mimika Baru, woman
        "9501012002010001",  # Papua Pegunungan, Wamena
        "9601010303030001",  # Papua Barat Daya, Makbon (code since 2025)
        "9671013112990001",  # Kota Sorong
        "9171014512800001",  # Kota Jayapura, woman
        "1101011203850001",  # Aceh
    ],
)
def test_real_nik_prefixes_of_new_and_outer_provinces_are_known(
    nik: str, directory: RegionDirectory
) -> None:
    result = check(nik, prefixes=directory)
    assert result.ok
    assert result.findings == ()


@pytest.mark.parametrize(
    "nik",
    [
        "9101011010700001",  # 91.01.01 Merauke, Papua until 2022 (now 93.01.01)
        "9104015503800001",  # 91.04.01 Nabire until 2022 (now 94.01.01)
        "9201010101800001",  # 92.01.01 Makbon, Papua Barat until 2023 (now 96.01.01)
        "9102010101700001",  # 91.02.01 Wamena until 2022
    ],
)
def test_retired_kecamatan_codes_are_still_valid_prefixes(
    nik: str, directory: RegionDirectory
) -> None:
    assert not directory.is_valid_now(nik[:2] + "." + nik[2:4] + "." + nik[4:6])
    assert check(nik, prefixes=directory).findings == ()


@pytest.mark.parametrize("nik", ["3174991203850001", "9999011203850001", "0001011203850001"])
def test_never_seen_prefixes_warn_with_the_real_directory(
    nik: str, directory: RegionDirectory
) -> None:
    assert check(nik, prefixes=directory).codes() == {"nik.unknown_region"}


# -- parse and mask ---------------------------------------------------------------------


def test_parse_returns_every_part() -> None:
    parts = parse_nik("9404015708880123", TODAY)
    assert parts.province_code == "94"
    assert parts.regency_code == "94.04"
    assert parts.district_code == "94.04.01"
    assert parts.birth_date == date(1988, 8, 17)
    assert parts.sex is Sex.FEMALE
    assert parts.serial == "0123"


@pytest.mark.parametrize("bad", ["", "123", "31740112038500011", "317401120385000x"])
def test_parse_rejects_bad_shapes(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_nik(bad, TODAY)


@pytest.mark.parametrize(
    ("nik", "masked"),
    [
        ("3174011203850001", "3174********0001"),
        ("3174 0112 0385 0001", "3174********0001"),
        ("9404015708880123", "9404********0123"),
        ("123456789", "1234*6789"),
        ("12345678", "********"),
        ("", ""),
    ],
)
def test_mask_shows_only_first_and_last_four(nik: str, masked: str) -> None:
    assert mask_nik(nik) == masked


@given(
    born=st.dates(min_value=date(1927, 11, 28), max_value=TODAY),
    sex=st.sampled_from(list(Sex)),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_any_real_birth_date_round_trips(born: date, sex: Sex, serial: int) -> None:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    nik = f"317401{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    result = check_nik(nik, birth_date=born, sex=sex, today=TODAY)
    assert result.ok and result.findings == ()
    parts = parse_nik(nik, TODAY)
    assert (parts.birth_date, parts.sex, int(parts.serial)) == (born, sex, serial)


def test_default_today_is_the_real_date() -> None:
    tomorrow = date.today() + timedelta(days=1)
    nik = f"317401{tomorrow.day:02d}{tomorrow.month:02d}{tomorrow.year % 100:02d}0001"
    # Tomorrow cannot be a birth date, so the NIK reads as a century earlier.
    assert check_nik(nik).ok
    assert parse_nik(nik, date.today()).birth_date.year == tomorrow.year - 100
