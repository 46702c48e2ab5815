"""Checks a pushed change must pass before it is stored: the envelope, then the entity.

The server re-runs the app's own domain rules on known entities (a laptop with an old or
tampered build must not put bad records into the central database). Unknown entities are
kept as opaque JSON objects for now, with only the envelope checked. Warnings are not
refusals: the officer already confirmed them on the laptop.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from golonline_desktop.domain.business import (
    ANONYMISED_NAME,
    ANONYMISED_NIK,
    BusinessInput,
    RegionChecks,
    validate_business,
)
from golonline_desktop.domain.sex import Sex
from golonline_desktop.wire import MAX_PAYLOAD_BYTES, Change, Operation, sha256_hex

ENTITY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
RESERVED_ENTITIES = frozenset({"device"})  # written by the server only
MAX_DRIVE_NAME = 200


@dataclass(frozen=True)
class Rejection:
    code: str
    message: str


@dataclass(frozen=True)
class Checked:
    """A change that passed: its parsed payload, ready to store."""

    change: Change
    payload: dict[str, Any]


def indonesian_today() -> date:
    """The latest calendar date anywhere in Indonesia (WIT, UTC+9).

    A laptop in Papua may already be on tomorrow: judging its dates by UTC would reject
    a birth date or drive typed as "today".
    """
    return (datetime.now(UTC) + timedelta(hours=9)).date()


class _BadInputError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.rejection = Rejection(code, message)


def check_envelope(change: Change) -> Checked | Rejection:
    """Hash, JSON object, ids and versions agree: a change that fails is never replayable."""
    try:
        return Checked(change, _envelope(change))
    except _BadInputError as bad:
        return bad.rejection


def check_entity(
    checked: Checked, *, today: date, regions: RegionChecks | None
) -> Rejection | None:
    """The app's domain rules for the entities the server knows; tombstones pass."""
    check = ENTITY_CHECKS.get(checked.change.entity)
    if check is None or checked.change.operation is Operation.DELETE:
        return None
    try:
        check(checked.payload, today, regions)
    except _BadInputError as bad:
        return bad.rejection
    return None


def _envelope(change: Change) -> dict[str, Any]:
    if not ENTITY_PATTERN.match(change.entity) or change.entity in RESERVED_ENTITIES:
        raise _BadInputError("envelope.entity", f"Entity name {change.entity!r} is not allowed.")
    if change.version <= change.base_version:
        raise _BadInputError(
            "envelope.version", "The version must be greater than the base version."
        )
    try:
        raw = change.payload.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _BadInputError("payload.encoding", "The payload is not valid UTF-8 text.") from exc
    if len(raw) > MAX_PAYLOAD_BYTES:
        raise _BadInputError(
            "payload.too_large", f"The payload is larger than {MAX_PAYLOAD_BYTES} bytes."
        )
    if sha256_hex(raw) != change.payload_hash:
        raise _BadInputError(
            "payload.hash_mismatch", "The payload does not match its SHA-256 hash."
        )
    try:
        payload = json.loads(change.payload)
    except ValueError as exc:
        raise _BadInputError("payload.not_json", f"The payload is not valid JSON: {exc}.") from exc
    if not isinstance(payload, dict):
        raise _BadInputError("payload.not_object", "The payload must be a JSON object.")
    if "id" in payload and payload["id"] != change.entity_id:
        raise _BadInputError(
            "payload.id_mismatch", "The payload's id differs from the change's entity_id."
        )
    if "version" in payload and payload["version"] != change.version:
        raise _BadInputError(
            "payload.version_mismatch", "The payload's version differs from the change's."
        )
    return payload


def _text(payload: Mapping[str, Any], name: str) -> str:
    value = payload.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _BadInputError("payload.type", f"Field {name} must be text.")
    return value


def _date(payload: Mapping[str, Any], name: str) -> date | None:
    value = payload.get(name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise _BadInputError("payload.type", f"Field {name} must be a date (YYYY-MM-DD).") from exc


def _number(payload: Mapping[str, Any], name: str) -> int | None:
    value = payload.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise _BadInputError("payload.type", f"Field {name} must be a whole number.")
    return value


def _anonymised(payload: Mapping[str, Any]) -> None:
    """An owner's anonymisation (a data subject request): the personal fields are markers
    or empty, so the owner checks cannot apply; anything else personal left is refused."""
    if _text(payload, "nik") != ANONYMISED_NIK or _text(payload, "owner_name") != ANONYMISED_NAME:
        raise _BadInputError("payload.anonymised", "An anonymised record still holds the owner.")
    for name in ("owner_birth_date", "phone", "email", "address_line"):
        if payload.get(name) not in (None, ""):
            raise _BadInputError("payload.anonymised", f"An anonymised record still holds {name}.")


def _business(payload: Mapping[str, Any], today: date, regions: RegionChecks | None) -> None:
    if payload.get("anonymised") is True:
        _anonymised(payload)
        return
    sex_text = _text(payload, "owner_sex")
    try:
        sex = Sex(sex_text) if sex_text else None
    except ValueError as exc:
        raise _BadInputError("payload.type", "Field owner_sex must be L or P.") from exc
    data = BusinessInput(
        business_name=_text(payload, "business_name"),
        owner_name=_text(payload, "owner_name"),
        nik=_text(payload, "nik"),
        owner_birth_date=_date(payload, "owner_birth_date"),
        owner_sex=sex,
        phone=_text(payload, "phone"),
        email=_text(payload, "email"),
        nib=_text(payload, "nib"),
        npwp=_text(payload, "npwp"),
        nitku=_text(payload, "nitku"),
        kbli_code=_text(payload, "kbli_code"),
        kbli_version=_text(payload, "kbli_version") or "2020",
        sector=_text(payload, "sector"),
        address_line=_text(payload, "address_line"),
        village_code=_text(payload, "village_code"),
        postal_code=_text(payload, "postal_code"),
        capital=_number(payload, "capital_rupiah"),
        annual_sales=_number(payload, "annual_sales_rupiah"),
        employees=_number(payload, "employees"),
        consent_text_version=_text(payload, "consent_text_version"),
    )
    validation = validate_business(data, today=today, regions=regions)
    if not validation.ok:
        errors = validation.errors
        message = "; ".join(f"{f.field or '-'}: {f.render()}" for f in errors)
        raise _BadInputError(errors[0].code, message)


def _drive(payload: Mapping[str, Any], _today: date, regions: RegionChecks | None) -> None:
    name = _text(payload, "name").strip()
    if not name or len(name) > MAX_DRIVE_NAME:
        raise _BadInputError(
            "drive.name", f"A drive needs a name of 1 to {MAX_DRIVE_NAME} characters."
        )
    if _date(payload, "drive_date") is None:
        raise _BadInputError("drive.date", "A drive needs a date.")
    region = _text(payload, "region_code").strip()
    if not region:
        raise _BadInputError("drive.region", "A drive needs a region code.")
    if regions is not None and not regions.is_valid_now(region):
        raise _BadInputError("drive.region", f"Region code {region} is not a current region code.")


ENTITY_CHECKS: dict[str, Callable[[Mapping[str, Any], date, RegionChecks | None], None]] = {
    "business": _business,
    "registration_drive": _drive,
}
