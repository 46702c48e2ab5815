"""The onboarding certificate as data: its number, its printable fields, its canonical form.

A certificate is printed on the spot at a drive, often with no connection, and later
verified by anyone who scans its QR code. So:

* its number is unique without asking anybody: ``GO-<office>-<device>-<year>-<seq>``,
  where the device code is assigned once per laptop and the sequence counts per device
  and year;
* its fields are exactly what is printed, already cleaned, and the NIK is masked before
  it ever gets here (UU 27/2022: a lost certificate must not leak a full NIK);
* ``canonical_bytes`` is the one byte string the device key signs and the server checks.
  Changing what goes into it changes every signature, hence the version tag.

Canonical form ``GOCERT/1``: a JSON object, keys sorted, no insignificant white space,
UTF-8 (not ASCII-escaped), every string NFC-normalised with white space folded, dates as
ISO ``YYYY-MM-DD``, absent optional values as ``null``, marketplaces sorted (a set: the
order on paper is presentation). Keys (see ``CANONICAL_FIELDS``): ``v`` (the version tag),
``number``, ``issued_on``, ``business_name``, ``owner_name``, ``nik_masked``, ``nib``,
``kbli_code``, ``kbli_title``, ``sector``, ``region_code``, ``region_path`` (list, village
first), ``marketplaces``, ``drive_name``, ``office_name``, ``officer_name``, ``officer_nip``,
``place``, ``programme_name``, ``programme_owner``. Render options (a reprint mark) are not
part of it: a reprint carries the same signature.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from .dates import indonesian_long_date
from .findings import CheckResult, error
from .i18n import QT_TRANSLATE_NOOP
from .text import clean_text

__all__ = [
    "CANONICAL_FIELDS",
    "CANONICAL_VERSION",
    "DEFAULT_PROGRAMME_NAME",
    "DEFAULT_PROGRAMME_OWNER",
    "CertificateData",
    "CertificateNumber",
    "canonical_bytes",
    "check_certificate_number",
    "from_canonical_bytes",
    "indonesian_long_date",
    "is_masked_nik",
    "mask_nik",
]

CANONICAL_VERSION = "GOCERT/1"
DEFAULT_PROGRAMME_NAME = "UMKM Go Online"
# Kominfo became the Kementerian Komunikasi dan Digital (Komdigi) in October 2024.
DEFAULT_PROGRAMME_OWNER = "Kementerian Komunikasi dan Digital Republik Indonesia"

NUMBER_PREFIX = "GO"
_CODE_RE = re.compile(r"^[A-Z0-9]{2,8}$")
_NUMBER_RE = re.compile(
    r"^GO-(?P<office>[A-Z0-9]{2,8})-(?P<device>[A-Z0-9]{2,8})-(?P<year>\d{4})-(?P<seq>\d{6})$"
)
MAX_SEQUENCE = 999_999


@dataclass(frozen=True, order=True)
class CertificateNumber:
    """``GO-JKP01-LAP07-2026-000123``: office, device, year, per-device sequence.

    Two laptops never share a device code, and one laptop never reuses a sequence within
    a year, so numbers are unique with no coordination while offline.
    """

    office_code: str
    device_code: str
    year: int
    sequence: int

    def __post_init__(self) -> None:
        for name in ("office_code", "device_code"):
            value = getattr(self, name)
            if not isinstance(value, str) or not _CODE_RE.match(value):
                raise ValueError(f"{name} must be 2-8 capital letters or digits, got {value!r}")
        if not 2000 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")
        if not 1 <= self.sequence <= MAX_SEQUENCE:
            raise ValueError(f"sequence must be 1..{MAX_SEQUENCE}, got {self.sequence}")

    def format(self) -> str:
        return (
            f"{NUMBER_PREFIX}-{self.office_code}-{self.device_code}"
            f"-{self.year:04d}-{self.sequence:06d}"
        )

    def __str__(self) -> str:
        return self.format()

    @classmethod
    def parse(cls, text: str) -> CertificateNumber:
        """Read a number as printed (case and outer spaces forgiven); ValueError if not one."""
        match = _NUMBER_RE.match(text.strip().upper())
        if not match:
            raise ValueError(f"not a certificate number: {text!r}")
        return cls(match["office"], match["device"], int(match["year"]), int(match["seq"]))

    def next(self) -> CertificateNumber:
        """The following number of the same device and year."""
        return CertificateNumber(self.office_code, self.device_code, self.year, self.sequence + 1)


def check_certificate_number(text: str) -> CheckResult[CertificateNumber]:
    """A number typed by a person (e.g. on the verification screen), with a finding if bad."""
    try:
        return CheckResult(CertificateNumber.parse(text))
    except ValueError:
        return CheckResult(
            None,
            (
                error(
                    "certificate.number.format",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Not a certificate number: expected GO-OFFICE-DEVICE-YEAR-NNNNNN.",
                    ),
                    "number",
                ),
            ),
        )


_MASK_CHARS = "*•xX"
_BIRTH_DATE = slice(6, 12)


def is_masked_nik(text: str) -> bool:
    """16 characters of digits and ``*``, with at least the birth date (DDMMYY) hidden."""
    return (
        len(text) == 16
        and all(ch.isdigit() or ch == "*" for ch in text)
        and all(ch == "*" for ch in text[_BIRTH_DATE])
    )


def mask_nik(nik: str) -> str:
    """``"3174015508900001"`` -> ``"3174********0001"``: kabupaten/kota and serial only.

    Keeps enough for a person to recognise their own card, hides the kecamatan and the
    birth date (and thereby the sex).
    """
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) != 16:
        raise ValueError("a NIK has 16 digits")
    return digits[:4] + "*" * 8 + digits[12:]


def _normalise_masked_nik(text: str) -> str:
    text = "".join(text.split())
    return "".join("*" if ch in _MASK_CHARS else ch for ch in text)


@dataclass(frozen=True)
class CertificateData:
    """Every printable field of one certificate, cleaned; construction refuses bad data.

    Raising (not findings) is deliberate: the registration checks have already told the
    officer about bad input; reaching here with an unmasked NIK is a programming error
    that must never produce paper.
    """

    number: CertificateNumber
    issued_on: date
    business_name: str
    owner_name: str
    nik_masked: str
    kbli_code: str
    kbli_title: str
    sector: str
    region_code: str
    region_path: tuple[str, ...]  # village first: ("Kel. Menteng", "Kec. Menteng", ...)
    marketplaces: tuple[str, ...]  # as printed, in the officer's order
    drive_name: str
    office_name: str
    officer_name: str
    officer_nip: str | None  # 18 digits; None for officers who are not civil servants
    place: str  # where it is signed: "Jakarta Pusat, 27 November 2026"
    nib: str | None = None
    programme_name: str = DEFAULT_PROGRAMME_NAME
    programme_owner: str = DEFAULT_PROGRAMME_OWNER

    def __post_init__(self) -> None:
        problems: list[str] = []
        set_ = object.__setattr__
        if not isinstance(self.number, CertificateNumber):
            set_(self, "number", CertificateNumber.parse(str(self.number)))
        for name in _TEXT_FIELDS:
            value = clean_text(getattr(self, name))
            set_(self, name, value)
            if not value:
                problems.append(f"{name} is empty")
        set_(self, "region_path", tuple(clean_text(p) for p in self.region_path if clean_text(p)))
        set_(self, "marketplaces", tuple(clean_text(m) for m in self.marketplaces if clean_text(m)))
        if not self.region_path:
            problems.append("region_path is empty")
        if len(set(self.marketplaces)) != len(self.marketplaces):
            problems.append("marketplaces repeat")
        nik = _normalise_masked_nik(str(self.nik_masked))
        set_(self, "nik_masked", nik)
        if not is_masked_nik(nik):
            problems.append("nik_masked is not a masked NIK (birth date must be hidden)")
        if not re.fullmatch(r"\d{5}", self.kbli_code):
            problems.append("kbli_code must be 5 digits")
        for name, digits in (("nib", 13), ("officer_nip", 18)):
            value = getattr(self, name)
            if value is not None:
                value = "".join(str(value).split()) or None
            set_(self, name, value)
            if value is not None and not re.fullmatch(rf"\d{{{digits}}}", value):
                problems.append(f"{name} must be {digits} digits")
        if self.number.year != self.issued_on.year:
            problems.append("the number's year differs from the issue date's year")
        if problems:
            raise ValueError("invalid certificate: " + "; ".join(problems))

    @property
    def number_text(self) -> str:
        return self.number.format()

    @property
    def issued_on_text(self) -> str:
        """``"27 November 2026"``."""
        return indonesian_long_date(self.issued_on)

    @property
    def region_text(self) -> str:
        """``"Kel. Menteng, Kec. Menteng, Kota Jakarta Pusat, Prov. DKI Jakarta"``."""
        return ", ".join(self.region_path)


_TEXT_FIELDS = (
    "business_name",
    "owner_name",
    "kbli_title",
    "sector",
    "region_code",
    "drive_name",
    "office_name",
    "officer_name",
    "place",
    "programme_name",
    "programme_owner",
)

CANONICAL_FIELDS: tuple[str, ...] = (
    "v",
    "number",
    "issued_on",
    "business_name",
    "owner_name",
    "nik_masked",
    "nib",
    "kbli_code",
    "kbli_title",
    "sector",
    "region_code",
    "region_path",
    "marketplaces",
    "drive_name",
    "office_name",
    "officer_name",
    "officer_nip",
    "place",
    "programme_name",
    "programme_owner",
)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    return value


def canonical_dict(cert: CertificateData) -> dict[str, Any]:
    """The signed fields as plain JSON values (see the module docstring)."""
    values: dict[str, Any] = {"v": CANONICAL_VERSION}
    for f in fields(cert):
        values[f.name] = getattr(cert, f.name)
    values["number"] = cert.number.format()
    values["issued_on"] = cert.issued_on.isoformat()
    values["marketplaces"] = sorted(cert.marketplaces)
    assert set(values) == set(CANONICAL_FIELDS), "CANONICAL_FIELDS is out of date"
    return {k: _nfc(v) for k, v in values.items()}


def canonical_bytes(cert: CertificateData) -> bytes:
    """The exact bytes the device key signs; equal certificates give equal bytes."""
    return json.dumps(
        canonical_dict(cert), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def from_canonical_bytes(data: bytes) -> CertificateData:
    """Rebuild a certificate from its canonical bytes (e.g. sent to the server at sync).

    Marketplaces come back in canonical (sorted) order; everything signed is preserved, so
    ``canonical_bytes(from_canonical_bytes(b)) == b`` for any ``b`` this module produced.
    """
    values = json.loads(data.decode("utf-8"))
    if not isinstance(values, dict) or values.get("v") != CANONICAL_VERSION:
        raise ValueError("not a GOCERT/1 canonical certificate")
    if set(values) != set(CANONICAL_FIELDS):
        raise ValueError("canonical certificate has missing or unknown keys")
    del values["v"]
    values["number"] = CertificateNumber.parse(values["number"])
    values["issued_on"] = date.fromisoformat(values["issued_on"])
    values["region_path"] = tuple(values["region_path"])
    values["marketplaces"] = tuple(values["marketplaces"])
    return CertificateData(**values)
