"""Duplicates in an import: inside the file, and against businesses already registered.

The form finds duplicates one business at a time (``storage.businesses.find_duplicates``)
and lets the officer save anyway with a reason. An import cannot ask, so it refuses them,
using the same signals: the same NIK, NIB or phone number, or the same business name
(reduced by ``name_key``, which ignores words like "Warung" and "Bu") in the same village.
The form's fuzzy name match (``names_similar``) is not used: comparing every row with
every business of the village is quadratic.

Lookups against the database go in chunks of the file's values through the indexed
columns, so a 100,000-row file costs a few hundred queries, whatever the table's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from golonline_desktop.domain.business import BusinessFields
from golonline_desktop.domain.findings import Finding, error
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.storage.businesses import name_key
from golonline_desktop.storage.models import Business

LOOKUP_CHUNK = 500

_IN_FILE = {
    "nik": QT_TRANSLATE_NOOP(
        "Finding",
        "The same NIK is already on row {first_row}. An import saves each NIK once: "
        "register another business of the same owner with the form.",
    ),
    "nib": QT_TRANSLATE_NOOP("Finding", "The same NIB is already on row {first_row}."),
    "phone": QT_TRANSLATE_NOOP("Finding", "The same phone number is already on row {first_row}."),
    "name": QT_TRANSLATE_NOOP(
        "Finding",
        "A business with the same name in the same village is already on row {first_row}.",
    ),
}
_REGISTERED = {
    "nik": QT_TRANSLATE_NOOP(
        "Finding",
        "This NIK is already registered ({business}). Imports do not save duplicates: "
        "register another business of the same owner with the form.",
    ),
    "nib": QT_TRANSLATE_NOOP(
        "Finding",
        "This NIB is already registered ({business}). Imports do not save duplicates: "
        "check it with the form.",
    ),
    "phone": QT_TRANSLATE_NOOP(
        "Finding",
        "This phone number is already registered ({business}). Imports do not save "
        "duplicates: check it with the form.",
    ),
    "name": QT_TRANSLATE_NOOP(
        "Finding",
        "A business with the same name is already registered in this village ({business}). "
        "Imports do not save duplicates: check it with the form.",
    ),
}
_FIELD = {"nik": "nik", "nib": "nib", "phone": "phone", "name": "business_name"}


def _name_of(fields: BusinessFields) -> tuple[str, str]:
    key = name_key(fields.business_name) or fields.business_name.casefold().strip()
    return fields.village_code, key


def _keys(fields: BusinessFields) -> list[tuple[str, object]]:
    keys: list[tuple[str, object]] = [("nik", fields.nik)]
    if fields.nib:
        keys.append(("nib", fields.nib))
    if fields.phone:
        keys.append(("phone", fields.phone))
    keys.append(("name", _name_of(fields)))
    return keys


@dataclass
class DuplicateKeys:
    """The keys of the rows accepted so far, each with the row that claimed it first."""

    first_rows: dict[tuple[str, object], int] = field(default_factory=dict)

    def claim(self, row: int, fields: BusinessFields) -> list[Finding]:
        """Findings for the keys an earlier row holds; otherwise the row claims its keys."""
        keys = _keys(fields)
        found = [
            error(
                f"import.duplicate_{kind}",
                _IN_FILE[kind],
                _FIELD[kind],
                first_row=self.first_rows[(kind, key)],
            )
            for kind, key in keys
            if (kind, key) in self.first_rows
        ]
        if not found:
            for key in keys:
                self.first_rows[key] = row
        return found


def _chunks(values: Sequence[object], size: int = LOOKUP_CHUNK) -> Iterable[list[object]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def find_registered(
    session: Session, rows: Sequence[tuple[int, BusinessFields]]
) -> dict[int, list[Finding]]:
    """Row number -> findings, for rows whose keys a live business already has."""
    wanted: dict[tuple[str, object], int] = {}
    for row, fields in rows:
        for key in _keys(fields):
            wanted[key] = row
    found: dict[int, list[Finding]] = {}

    def hit(kind: str, key: object, business: str) -> None:
        row = wanted.get((kind, key))
        if row is not None and not any(
            f.code == f"import.registered_{kind}" for f in found.get(row, [])
        ):
            found.setdefault(row, []).append(
                error(
                    f"import.registered_{kind}", _REGISTERED[kind], _FIELD[kind], business=business
                )
            )

    live = Business.deleted.is_(False)
    for kind, column in (("nik", Business.nik), ("nib", Business.nib), ("phone", Business.phone)):
        values = [key for (k, key) in wanted if k == kind]
        for chunk in _chunks(values):
            stmt = select(column, Business.business_name).where(live, column.in_(chunk))
            for value, business in session.execute(stmt):
                hit(kind, value, business)
    villages = sorted({key[0] for (k, key) in wanted if k == "name"})  # type: ignore[index]
    for chunk in _chunks(villages):
        stmt = select(Business.village_code, Business.business_name).where(
            live, Business.village_code.in_(chunk)
        )
        for village, business in session.execute(stmt):
            key = name_key(business) or business.casefold().strip()
            hit("name", (village, key), business)
    return found
