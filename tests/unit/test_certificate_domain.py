"""Certificate number, printable fields, canonical form and Indonesian dates."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import date

import pytest

from golonline_desktop.domain.certificate import (
    CANONICAL_FIELDS,
    CANONICAL_VERSION,
    CertificateData,
    CertificateNumber,
    canonical_bytes,
    check_certificate_number,
    from_canonical_bytes,
    indonesian_long_date,
    is_masked_nik,
    mask_nik,
)
from golonline_desktop.domain.dates import (
    INDONESIAN_MONTHS,
    indonesian_long_date_with_weekday,
    indonesian_month_name,
)

FULL_NIK = "3174015508900001"


def make_cert(**overrides: object) -> CertificateData:
    values: dict[str, object] = {
        "number": CertificateNumber("JKP01", "LAP07", 2026, 123),
        "issued_on": date(2026, 11, 27),
        "business_name": "Warung Sido Mampir",
        "owner_name": "Ṭāhir Şükrü Nguyễn",
        "nik_masked": mask_nik(FULL_NIK),
        "nib": "1234567890123",
        "kbli_code": "56103",
        "kbli_title": "Kedai Makanan",
        "sector": "Kuliner",
        "region_code": "31.71.06.1001",
        "region_path": ("Kel. Menteng", "Kec. Menteng", "Kota Jakarta Pusat", "Prov. DKI Jakarta"),
        "marketplaces": ("Tokopedia", "Shopee"),
        "drive_name": "Pendampingan UMKM Menteng",
        "office_name": "Diskominfotik DKI Jakarta",
        "officer_name": "Budi Santoso",
        "officer_nip": "198501012010011001",
        "place": "Jakarta Pusat",
    }
    values.update(overrides)
    return CertificateData(**values)  # type: ignore[arg-type]


# -- number ------------------------------------------------------------------------------


def test_number_formats_with_zero_padded_sequence_and_parses_back() -> None:
    number = CertificateNumber("JKP01", "LAP07", 2026, 123)
    assert number.format() == "GO-JKP01-LAP07-2026-000123"
    assert str(number) == number.format()
    assert CertificateNumber.parse(number.format()) == number


def test_number_parse_forgives_case_and_spaces() -> None:
    assert CertificateNumber.parse("  go-jkp01-lap07-2026-000009 ") == CertificateNumber(
        "JKP01", "LAP07", 2026, 9
    )


@pytest.mark.parametrize(
    "text",
    [
        "GO-JKP01-LAP07-2026-123",  # sequence not 6 digits
        "XX-JKP01-LAP07-2026-000123",  # wrong prefix
        "GO-JKP-01-LAP07-2026-000123",  # hyphen inside a code
        "GO-J-LAP07-2026-000123",  # office code too short
        "GO-JKP01-LAP07-2026-000000",  # sequence 0
        "GO-JKP01-LAP07-26-000123",  # two-digit year
        "",
    ],
)
def test_number_parse_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        CertificateNumber.parse(text)
    result = check_certificate_number(text)
    assert result.value is None
    assert result.codes() == {"certificate.number.format"}
    assert "GO-OFFICE-DEVICE-YEAR-NNNNNN" in result.errors[0].render()


@pytest.mark.parametrize(
    "args",
    [
        ("jkp01", "LAP07", 2026, 1),
        ("JKP01", "LAP-7", 2026, 1),
        ("JKP01", "LAP07", 1999, 1),
        ("JKP01", "LAP07", 2026, 1_000_000),
    ],
)
def test_number_construction_validates(args: tuple[str, str, int, int]) -> None:
    with pytest.raises(ValueError):
        CertificateNumber(*args)


def test_next_number_counts_up_within_device_and_year() -> None:
    number = CertificateNumber("JKP01", "LAP07", 2026, 41)
    assert number.next().format() == "GO-JKP01-LAP07-2026-000042"
    assert check_certificate_number("GO-JKP01-LAP07-2026-000042").value == number.next()


# -- dates -------------------------------------------------------------------------------


def test_indonesian_long_date() -> None:
    assert indonesian_long_date(date(2026, 11, 27)) == "27 November 2026"
    assert indonesian_long_date(date(2025, 1, 1)) == "1 Januari 2025"
    assert indonesian_long_date(date(2024, 8, 17)) == "17 Agustus 2024"
    assert indonesian_long_date_with_weekday(date(2026, 11, 27)) == "Jumat, 27 November 2026"


def test_all_month_names() -> None:
    assert [indonesian_month_name(m) for m in range(1, 13)] == list(INDONESIAN_MONTHS)
    assert INDONESIAN_MONTHS[2] == "Maret" and INDONESIAN_MONTHS[4] == "Mei"
    with pytest.raises(ValueError):
        indonesian_month_name(13)


# -- NIK masking -------------------------------------------------------------------------


def test_mask_nik_hides_birth_date_and_kecamatan() -> None:
    masked = mask_nik("3174 0155 0890 0001")
    assert masked == "3174********0001"
    assert is_masked_nik(masked)
    assert "550890" not in masked
    with pytest.raises(ValueError):
        mask_nik("12345")


def test_certificate_refuses_a_full_nik() -> None:
    with pytest.raises(ValueError, match="nik_masked"):
        make_cert(nik_masked=FULL_NIK)


def test_certificate_refuses_a_mask_that_shows_the_birth_date() -> None:
    with pytest.raises(ValueError, match="nik_masked"):
        make_cert(nik_masked="317401550890****")


def test_certificate_accepts_other_mask_characters_as_stars() -> None:
    assert make_cert(nik_masked="3174••••••••0001").nik_masked == "3174********0001"


# -- fields ------------------------------------------------------------------------------


def test_fields_are_cleaned_and_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Ṭāhir  Şükrü\tNguyễn ")
    cert = make_cert(owner_name=decomposed, marketplaces=(" Shopee ", "Lazada"))
    assert cert.owner_name == "Ṭāhir Şükrü Nguyễn"
    assert cert.marketplaces == ("Shopee", "Lazada")


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"business_name": "  "}, "business_name is empty"),
        ({"officer_name": ""}, "officer_name is empty"),
        ({"region_path": ()}, "region_path is empty"),
        ({"kbli_code": "5610"}, "kbli_code"),
        ({"nib": "12345"}, "nib must be 13 digits"),
        ({"officer_nip": "1985"}, "officer_nip must be 18 digits"),
        ({"marketplaces": ("Shopee", "Shopee")}, "marketplaces repeat"),
        ({"issued_on": date(2027, 1, 2)}, "year differs"),
    ],
)
def test_invalid_certificates_are_refused(overrides: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        make_cert(**overrides)


def test_optional_nib_and_nip() -> None:
    cert = make_cert(nib=None, officer_nip=None)
    assert cert.nib is None and cert.officer_nip is None
    assert make_cert(nib="").nib is None


def test_display_helpers() -> None:
    cert = make_cert()
    assert cert.number_text == "GO-JKP01-LAP07-2026-000123"
    assert cert.issued_on_text == "27 November 2026"
    assert cert.region_text == ("Kel. Menteng, Kec. Menteng, Kota Jakarta Pusat, Prov. DKI Jakarta")


# -- canonical form ----------------------------------------------------------------------

GOLDEN = (
    '{"business_name":"Warung Sido Mampir","drive_name":"Pendampingan UMKM Menteng",'
    '"issued_on":"2026-11-27","kbli_code":"56103","kbli_title":"Kedai Makanan",'
    '"marketplaces":["Shopee","Tokopedia"],"nib":"1234567890123",'
    '"nik_masked":"3174********0001","number":"GO-JKP01-LAP07-2026-000123",'
    '"office_name":"Diskominfotik DKI Jakarta","officer_name":"Budi Santoso",'
    '"officer_nip":"198501012010011001","owner_name":"Ṭāhir Şükrü Nguyễn",'
    '"place":"Jakarta Pusat","programme_name":"UMKM Go Online",'
    '"programme_owner":"Kementerian Komunikasi dan Digital Republik Indonesia",'
    '"region_code":"31.71.06.1001","region_path":["Kel. Menteng","Kec. Menteng",'
    '"Kota Jakarta Pusat","Prov. DKI Jakarta"],"sector":"Kuliner","v":"GOCERT/1"}'
)


def test_canonical_bytes_match_the_documented_format() -> None:
    # Changing this string invalidates every signature already printed: bump the version.
    assert canonical_bytes(make_cert()) == GOLDEN.encode("utf-8")


def test_canonical_keys_are_the_documented_list() -> None:
    data = json.loads(canonical_bytes(make_cert()))
    assert set(data) == set(CANONICAL_FIELDS)
    assert data["v"] == CANONICAL_VERSION


def test_canonical_ignores_marketplace_order_and_unicode_composition() -> None:
    a = make_cert(marketplaces=("Shopee", "Tokopedia"))
    b = make_cert(
        marketplaces=("Tokopedia", "Shopee"),
        owner_name=unicodedata.normalize("NFD", "Ṭāhir Şükrü Nguyễn"),
    )
    assert canonical_bytes(a) == canonical_bytes(b)


@pytest.mark.parametrize(
    "change",
    [
        {"business_name": "Warung Sido Mampir 2"},
        {"owner_name": "Tahir Sukru Nguyen"},
        {"nik_masked": "3174********0002"},
        {"nib": None},
        {"kbli_code": "56101"},
        {"sector": "Fesyen"},
        {"region_path": ("Kel. Gondangdia", "Kec. Menteng")},
        {"marketplaces": ("Shopee",)},
        {"issued_on": date(2026, 11, 28)},
        {"number": CertificateNumber("JKP01", "LAP07", 2026, 124)},
        {"officer_nip": None},
        {"programme_owner": "Kementerian Komunikasi dan Informatika"},
    ],
)
def test_every_printed_field_changes_the_canonical_bytes(change: dict[str, object]) -> None:
    base = make_cert()
    assert canonical_bytes(dataclasses.replace(base, **change)) != canonical_bytes(base)


def test_canonical_round_trip() -> None:
    cert = make_cert(nib=None)
    data = canonical_bytes(cert)
    again = from_canonical_bytes(data)
    assert canonical_bytes(again) == data
    assert again.owner_name == cert.owner_name and again.nib is None


def test_from_canonical_rejects_other_versions_and_keys() -> None:
    data = json.loads(canonical_bytes(make_cert()))
    with pytest.raises(ValueError):
        from_canonical_bytes(json.dumps({**data, "v": "GOCERT/2"}).encode())
    with pytest.raises(ValueError):
        from_canonical_bytes(json.dumps({**data, "extra": 1}).encode())
    with pytest.raises(ValueError, match="nik_masked"):
        from_canonical_bytes(json.dumps({**data, "nik_masked": FULL_NIK}).encode())
