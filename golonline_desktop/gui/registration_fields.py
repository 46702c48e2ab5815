"""Which widget of ``ui/registration_form.ui`` holds which field, and the form's content.

The content of the form is a plain dict of what was typed (what a draft stores); it turns
into a ``BusinessInput`` for validation and saving. Keeping this apart from the widget
code lets the draft round-trip be checked without a screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from golonline_desktop.domain.business import BusinessFields, BusinessInput
from golonline_desktop.domain.findings import Finding, error
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.money import format_rupiah
from golonline_desktop.domain.sex import Sex

DRAFT_KIND = "business"


@dataclass(frozen=True)
class TextField:
    key: str  # BusinessInput attribute, also the finding's field name
    edit: str  # QLineEdit objectName
    message: str  # QLabel objectName for its findings


TEXT_FIELDS: tuple[TextField, ...] = (
    TextField("owner_name", "ownerNameEdit", "ownerNameMessage"),
    TextField("nik", "nikEdit", "nikMessage"),
    TextField("owner_birth_date", "birthDateEdit", "birthDateMessage"),
    TextField("phone", "phoneEdit", "phoneMessage"),
    TextField("email", "emailEdit", "emailMessage"),
    TextField("address_line", "addressEdit", "addressMessage"),
    TextField("postal_code", "postalCodeEdit", "postalCodeMessage"),
    TextField("business_name", "businessNameEdit", "businessNameMessage"),
    TextField("sector", "sectorEdit", "sectorMessage"),
    TextField("kbli_code", "kbliEdit", "kbliMessage"),
    TextField("nib", "nibEdit", "nibMessage"),
    TextField("npwp", "npwpEdit", "npwpMessage"),
    TextField("nitku", "nitkuEdit", "nitkuMessage"),
    TextField("capital", "capitalEdit", "capitalMessage"),
    TextField("annual_sales", "salesEdit", "salesMessage"),
    TextField("employees", "employeesEdit", "employeesMessage"),
)

# Findings of fields that are not line edits: where their message goes, which widget to focus.
OTHER_FIELDS: dict[str, tuple[str, str]] = {
    "owner_sex": ("sexMessage", "sexCombo"),
    "kbli_version": ("kbliMessage", "kbliVersionCombo"),
    "village_code": ("villageMessage", "villageCombo"),
    "consent": ("consentMessage", "consentCheck"),
}

KBLI_VERSIONS = ("2020", "2025")
_DATE = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")


def parse_birth_date(text: str) -> tuple[date | None, Finding | None]:
    """``15-05-1990`` (or with / or .) or ``15051990`` -> a date; an error when it is none."""
    text = text.strip()
    if not text:
        return None, None
    match = _DATE.match(text)
    if match is None and text.isdigit() and len(text) == 8:
        match = _DATE.match(f"{text[:2]}-{text[2:4]}-{text[4:]}")
    if match is not None:
        try:
            return date(int(match[3]), int(match[2]), int(match[1])), None
        except ValueError:
            pass
    return None, error(
        "birth_date.format",
        QT_TRANSLATE_NOOP("Finding", "Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990."),
        "owner_birth_date",
    )


def format_birth_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def empty_content() -> dict[str, Any]:
    content: dict[str, Any] = {f.key: "" for f in TEXT_FIELDS}
    content.update(owner_sex="", kbli_version=KBLI_VERSIONS[0], village_code="", consent="")
    return content


def to_input(content: dict[str, Any]) -> tuple[BusinessInput, list[Finding]]:
    """The ``BusinessInput`` for the typed content, plus findings only the form can make."""
    birth, problem = parse_birth_date(str(content.get("owner_birth_date") or ""))
    sex = content.get("owner_sex") or ""
    data = BusinessInput(
        **{
            f.key: str(content.get(f.key) or "") for f in TEXT_FIELDS if f.key != "owner_birth_date"
        },
        owner_birth_date=birth,
        owner_sex=Sex(sex) if sex in {s.value for s in Sex} else None,
        kbli_version=str(content.get("kbli_version") or KBLI_VERSIONS[0]),
        village_code=str(content.get("village_code") or ""),
        consent_text_version=str(content.get("consent") or "") or None,
    )
    return data, [problem] if problem else []


def content_from_fields(fields: BusinessFields) -> dict[str, Any]:
    """The form content showing a stored business (amounts written as Rp1.500.000)."""
    content = empty_content()
    for f in TEXT_FIELDS:
        value = getattr(fields, f.key, None)
        if value is not None:
            content[f.key] = str(value)
    content["owner_birth_date"] = format_birth_date(fields.owner_birth_date)
    content["capital"] = (
        format_rupiah(fields.capital_rupiah) if fields.capital_rupiah is not None else ""
    )
    content["annual_sales"] = (
        format_rupiah(fields.annual_sales_rupiah) if fields.annual_sales_rupiah is not None else ""
    )
    content["employees"] = str(fields.employees) if fields.employees is not None else ""
    content["owner_sex"] = fields.owner_sex or ""
    content["kbli_version"] = fields.kbli_version or KBLI_VERSIONS[0]
    content["village_code"] = fields.village_code
    content["consent"] = fields.consent_text_version or ""
    return content
