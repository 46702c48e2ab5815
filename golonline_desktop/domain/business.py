"""A business registration: what the officer typed, and the checks that turn it into a record.

``BusinessInput`` holds values as typed (strings, or already-typed values from a form);
``validate_business`` returns the normalised ``BusinessFields`` plus every finding, each
tagged with the field it belongs to so a form can show it next to that field.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, Protocol

from .contact import check_email, check_postal_code
from .findings import Finding, error, has_errors, warning
from .i18n import QT_TRANSLATE_NOOP
from .kbli import check_kbli
from .money import parse_rupiah
from .nib import check_nib
from .nik import check_nik
from .npwp import check_nitku, check_npwp
from .phone import check_phone
from .regions import RegionLevel, level_of, normalise_code
from .scale import MsmeScale, derive_scale
from .sex import Sex
from .text import check_text

# What a business's personal fields become when its owner asks to be anonymised
# (UU 27/2022): not a NIK, so no check mistakes it for one.
ANONYMISED_NIK = "DIANONIMKAN"
ANONYMISED_NAME = "(dianonimkan)"

MAX_NAME = 200
MAX_ADDRESS = 500
MAX_SECTOR = 100
MAX_EMPLOYEES = 1_000_000


class RegionChecks(Protocol):
    """What the business checks need from the region directory."""

    def is_known_kecamatan(self, code: str) -> bool: ...

    def is_valid_now(self, code: str) -> bool: ...


@dataclass(frozen=True)
class BusinessInput:
    business_name: str = ""
    owner_name: str = ""
    nik: str = ""
    owner_birth_date: date | None = None
    owner_sex: Sex | None = None
    phone: str = ""
    email: str = ""
    nib: str = ""
    npwp: str = ""
    nitku: str = ""
    kbli_code: str = ""
    kbli_version: str = "2020"
    sector: str = ""
    address_line: str = ""
    village_code: str = ""
    postal_code: str = ""
    capital: str | int | None = None
    annual_sales: str | int | None = None
    employees: str | int | None = None
    consent_text_version: str | None = None


@dataclass(frozen=True)
class BusinessFields:
    """The normalised, checked values that are stored and synced."""

    business_name: str
    owner_name: str
    nik: str
    owner_birth_date: date | None
    owner_sex: str | None
    phone: str | None
    email: str | None
    nib: str | None
    npwp: str | None
    nitku: str | None
    kbli_code: str | None
    kbli_version: str | None
    sector: str | None
    address_line: str | None
    village_code: str
    postal_code: str | None
    capital_rupiah: int | None
    annual_sales_rupiah: int | None
    scale: str | None
    employees: int | None
    consent_text_version: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Validation:
    fields: BusinessFields | None
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.fields is not None and not has_errors(self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)


def _optional(raw: str, check: Any, name: str, findings: list[Finding], *args: Any) -> Any:
    if raw is None or not str(raw).strip():
        return None
    result = check(str(raw), *args)
    findings.extend(f.for_field(name) for f in result.findings)
    return result.value if result.ok else None


def _amount(raw: str | int | None, name: str, findings: list[Finding]) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    result = parse_rupiah(str(raw))
    findings.extend(f.for_field(name) for f in result.findings)
    return result.value if result.ok else None


def _employees(raw: str | int | None, findings: list[Finding]) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = str(raw).strip().replace(".", "")
    if not text.isdigit() or int(text) > MAX_EMPLOYEES:
        findings.append(
            error(
                "employees.invalid",
                QT_TRANSLATE_NOOP("Finding", "Employees must be a whole number, e.g. 3."),
                "employees",
            )
        )
        return None
    return int(text)


def validate_business(
    data: BusinessInput, *, today: date, regions: RegionChecks | None = None
) -> Validation:
    """Check every field; errors block saving, warnings ask the officer to confirm."""
    findings: list[Finding] = []

    def text(name: str, required: bool, max_length: int) -> str:
        value, found = check_text(
            getattr(data, name), name, required=required, max_length=max_length
        )
        findings.extend(found)
        return value

    business_name = text("business_name", True, MAX_NAME)
    owner_name = text("owner_name", True, MAX_NAME)
    sector = text("sector", False, MAX_SECTOR)
    address_line = text("address_line", False, MAX_ADDRESS)

    nik_result = check_nik(
        str(data.nik or ""),
        birth_date=data.owner_birth_date,
        sex=data.owner_sex,
        today=today,
        prefixes=regions,
    )
    findings.extend(f.for_field("nik") for f in nik_result.findings)

    phone = _optional(data.phone, check_phone, "phone", findings)
    email = _optional(data.email, check_email, "email", findings)
    nib = _optional(data.nib, check_nib, "nib", findings)
    npwp = _optional(data.npwp, check_npwp, "npwp", findings)
    nitku = _optional(data.nitku, check_nitku, "nitku", findings)
    postal_code = _optional(data.postal_code, check_postal_code, "postal_code", findings)
    kbli_code = _optional(data.kbli_code, check_kbli, "kbli_code", findings, data.kbli_version)

    village_code = normalise_code(data.village_code or "") or ""
    if not (data.village_code or "").strip():
        findings.append(
            error(
                "village.required",
                QT_TRANSLATE_NOOP("Finding", "Choose the village (desa/kelurahan)."),
                "village_code",
            )
        )
    elif not village_code or level_of(village_code) is not RegionLevel.VILLAGE:
        findings.append(
            error(
                "village.level",
                QT_TRANSLATE_NOOP(
                    "Finding", "Choose a village (desa/kelurahan), not a larger area."
                ),
                "village_code",
            )
        )
    elif regions is not None and not regions.is_valid_now(village_code):
        findings.append(
            error(
                "village.unknown",
                QT_TRANSLATE_NOOP("Finding", "Region code {region} is not a current village code."),
                "village_code",
                region=village_code,
            )
        )

    capital = _amount(data.capital, "capital", findings)
    sales = _amount(data.annual_sales, "annual_sales", findings)
    employees = _employees(data.employees, findings)
    scale = derive_scale(capital, sales)
    if scale is MsmeScale.BESAR:
        findings.append(
            warning(
                "scale.not_umkm",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Capital or sales are above the UMKM limits of PP 7/2021: "
                    "check the amounts before saving.",
                ),
                "capital" if capital is not None else "annual_sales",
            )
        )

    consent = (data.consent_text_version or "").strip()
    if not consent:
        findings.append(
            error(
                "consent.required",
                QT_TRANSLATE_NOOP(
                    "Finding", "The owner's consent to the processing of personal data is required."
                ),
                "consent",
            )
        )

    if has_errors(findings):
        return Validation(None, tuple(findings))
    assert nik_result.value is not None
    return Validation(
        BusinessFields(
            business_name=business_name,
            owner_name=owner_name,
            nik=nik_result.value,
            owner_birth_date=data.owner_birth_date,
            owner_sex=data.owner_sex.value if data.owner_sex else None,
            phone=phone,
            email=email,
            nib=nib,
            npwp=npwp,
            nitku=nitku,
            kbli_code=kbli_code,
            kbli_version=data.kbli_version if kbli_code else None,
            sector=sector or None,
            address_line=address_line or None,
            village_code=village_code,
            postal_code=postal_code,
            capital_rupiah=capital,
            annual_sales_rupiah=sales,
            scale=scale.value if scale else None,
            employees=employees,
            consent_text_version=consent,
        ),
        tuple(findings),
    )
