"""The quick paths of ``check_phone`` and ``clean_text`` give exactly the general answer.

``check_phone`` builds Indonesian E.164 numbers without ``phonenumbers.parse`` and
classifies a number once; ``clean_text`` skips Unicode work for printable ASCII. Each is
compared here with the straightforward implementation on generated input.
"""

from __future__ import annotations

import unicodedata

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from golonline_desktop.domain.phone import REGION, check_phone
from golonline_desktop.domain.text import clean_text

MOBILE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


def reference_phone(raw: str) -> tuple[str | None, set[str]]:
    """``check_phone`` as first written: parse, validate, then classify."""
    text = (raw or "").strip()
    if not text:
        return None, {"phone.empty"}
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return None, {"phone.invalid"}
    if not phonenumbers.is_valid_number(number):
        return None, {"phone.invalid"}
    codes = set()
    if phonenumbers.region_code_for_number(number) != REGION:
        codes.add("phone.foreign")
    elif phonenumbers.number_type(number) not in MOBILE:
        codes.add("phone.not_mobile")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164), codes


def reference_clean(value: object) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    kept = [
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    ]
    return " ".join("".join(kept).split())


def assert_same_phone(raw: str) -> None:
    result = check_phone(raw)
    assert (result.value, result.codes()) == reference_phone(raw), raw


digits = st.text(alphabet="0123456789", min_size=0, max_size=20)
prefixes = st.sampled_from(["+62", "+6", "+620", "62", "0", "+65", "+1", "+", "+62 ", "+٦٢"])


@settings(max_examples=400, deadline=None)
@given(prefix=prefixes, number=digits, tail=st.sampled_from(["", " ", "x12", "#", "٣"]))
@example(prefix="+62", number="81234567890", tail="")  # mobile
@example(prefix="+62", number="2150001234", tail="")  # Jakarta landline
@example(prefix="+62", number="8", tail="")  # too short
@example(prefix="+62", number="81234567890123456789", tail="")  # too long
@example(prefix="+62", number="0812345678", tail="")  # national prefix after +62
def test_phone_check_matches_the_general_parser(prefix: str, number: str, tail: str) -> None:
    assert_same_phone(prefix + number + tail)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_phone_check_matches_on_any_text(raw: str) -> None:
    assert_same_phone(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
@example("Keripik  Singkong\tBu Sri")
@example("Bu\u200b Sri\x00")
@example("Cafe\u0301 ~!@#")
def test_clean_text_matches_the_unicode_path(value: str) -> None:
    assert clean_text(value) == reference_clean(value)


def test_phone_check_matches_for_every_indonesian_prefix_and_length() -> None:
    for lead in range(100):
        for length in range(1, 19):
            nsn = (f"{lead:02d}" + "1234567890123456789")[:length]
            assert_same_phone("+62" + nsn)
