"""NPWP (15 and 16 digits) and NITKU (22 digits)."""

from __future__ import annotations

from datetime import date

import pytest

from golonline_desktop.domain.findings import Severity
from golonline_desktop.domain.npwp import check_nitku, check_npwp, format_old_npwp, luhn_ok

TODAY = date(2026, 11, 27)

# Old 15-digit NPWPs whose 9th digit is the Luhn check digit of the first eight.
GOOD_OLD = [
    "01.312.166.0-091.000",
    "016090524017000",
    "013000666091000",
    "02.183.241.5-000.000",
    "48.903.841.4-722.000",
    "01 312 166 0 091 000",
]


@pytest.mark.parametrize("raw", GOOD_OLD)
def test_old_npwp_is_stored_as_sixteen_digits(raw: str) -> None:
    digits = "".join(c for c in raw if c.isdigit())
    result = check_npwp(raw, today=TODAY)
    assert result.ok and result.findings == ()
    assert result.value == "0" + digits
    assert len(result.value) == 16


@pytest.mark.parametrize(
    "raw",
    [
        "216090524017001",
        "012345678901234",
        "01.312.166.1-091.000",  # check digit changed
        "01.312.167.0-091.000",  # a serial digit changed
        "10.312.166.0-091.000",  # first two digits swapped
    ],
)
def test_old_npwp_with_a_wrong_check_digit_is_an_error(raw: str) -> None:
    result = check_npwp(raw, today=TODAY)
    assert result.value is None
    (finding,) = result.findings
    assert finding.code == "npwp.check_digit"
    assert finding.severity is Severity.ERROR
    assert format_old_npwp("".join(c for c in raw if c.isdigit())) in finding.render()


@pytest.mark.parametrize("position", range(9))
def test_every_single_mistyped_digit_among_the_first_nine_is_caught(position: int) -> None:
    good = "013121660091000"
    for replacement in "0123456789":
        if replacement == good[position]:
            continue
        typo = good[:position] + replacement + good[position + 1 :]
        assert check_npwp(typo).codes() == {"npwp.check_digit"}, typo


def test_last_six_digits_are_not_covered_by_the_check_digit() -> None:
    assert check_npwp("013121660092001").ok


@pytest.mark.parametrize(
    "raw",
    ["0013121660091000", "0016090524017000", "0.01.312.166.0-091.000", "0021832415000000"],
)
def test_sixteen_digit_entity_npwp_is_checked_through_the_old_number(raw: str) -> None:
    result = check_npwp(raw, today=TODAY)
    assert result.ok and result.findings == ()
    assert result.value == "".join(c for c in raw if c.isdigit())


def test_sixteen_digit_entity_npwp_with_a_wrong_check_digit_is_an_error() -> None:
    assert check_npwp("0013121661091000").codes() == {"npwp.check_digit"}
    assert check_npwp("0216090524017001").codes() == {"npwp.check_digit"}


@pytest.mark.parametrize("nik", ["3174011203850001", "9404015708880123", "6571014101990003"])
def test_sixteen_digit_resident_npwp_is_the_nik(nik: str) -> None:
    result = check_npwp(nik, today=TODAY)
    assert result.ok and result.findings == ()
    assert result.value == nik


@pytest.mark.parametrize("raw", ["3174013202850001", "3174011203850000", "9999999999999999"])
def test_sixteen_digits_that_are_not_a_nik_only_warn(raw: str) -> None:
    result = check_npwp(raw, today=TODAY)
    assert result.ok
    assert result.value == raw
    assert result.codes() == {"npwp.not_nik"}
    assert result.findings[0].severity is Severity.WARNING


@pytest.mark.parametrize(
    ("raw", "count"), [("01312166009100", 14), ("00131216600910001", 17), ("123", 3)]
)
def test_other_lengths_are_errors(raw: str, count: int) -> None:
    result = check_npwp(raw)
    assert result.codes() == {"npwp.length"}
    assert str(count) in result.findings[0].render()


def test_letters_and_empty() -> None:
    assert check_npwp("01.312.166.O-091.000").codes() == {"npwp.not_digits"}
    assert check_npwp("").codes() == {"npwp.empty"}
    assert check_npwp(" - ").codes() == {"npwp.empty"}


def test_luhn_known_values() -> None:
    assert luhn_ok("79927398713")
    assert not luhn_ok("79927398710")
    assert luhn_ok("0")


def test_format_old_npwp() -> None:
    assert format_old_npwp("013121660091000") == "01.312.166.0-091.000"


# -- NITKU -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "0013121660091000000000",
        "0013121660091000000001",
        "3174011203850001000000",
        "0013 1216 6009 1000 000000",
    ],
)
def test_nitku_is_npwp_plus_six_digits(raw: str) -> None:
    result = check_nitku(raw, today=TODAY)
    assert result.ok and result.findings == ()
    assert result.value == raw.replace(" ", "")
    assert len(result.value) == 22


def test_nitku_with_a_bad_npwp_part_is_an_error() -> None:
    assert check_nitku("0013121661091000000000").codes() == {"nitku.npwp"}


def test_nitku_passes_on_npwp_warnings() -> None:
    result = check_nitku("3174013202850001000000", today=TODAY)
    assert result.ok and result.codes() == {"npwp.not_nik"}


@pytest.mark.parametrize(
    ("raw", "count"),
    [("0013121660091000", 16), ("013121660091000000000", 21), ("00131216600910000000001", 23)],
)
def test_nitku_length(raw: str, count: int) -> None:
    result = check_nitku(raw)
    assert result.codes() == {"nitku.length"}
    assert f"{count} were typed" in result.findings[0].render()


def test_nitku_letters_and_empty() -> None:
    assert check_nitku("001312166009100000000A").codes() == {"nitku.not_digits"}
    assert check_nitku("").codes() == {"nitku.empty"}
