"""Requests of a data subject (UU 27/2022 arts. 7-8, 16): see one's data, have it erased.

A business owner may ask what this laptop holds about them, or ask that it be erased.
Both are found by the owner's NIK (an owner may have several businesses).

* ``export`` gives every business with that NIK in full (unmasked: the person asked for
  their own data), its products and photos' hashes, its certificates' numbers and states,
  and the audit history of all of these, as JSON plus a readable summary. Supervisors
  only (it shows full NIKs and the audit log).
* ``anonymise`` replaces the owner's personal fields (name, NIK, birth date, sex, phone,
  e-mail, address, NPWP/NITKU, which for a person hold the NIK, and the free-text
  duplicate reason) by markers, raises the version and queues the change for the server
  with ``anonymised: true``, so the central copy is erased too. The form drafts of those
  businesses are deleted. Supervisors only (``DELETE_RECORD``: it cannot be undone).

Certificates, by choice: every certificate of an anonymised business that is not yet
revoked is revoked (reason ``REVOKE_REASON``) and not reissued. A certificate is a signed
document: its signed fields (owner name, masked NIK) cannot be changed without breaking
the signature, and the programme must still be able to tell whether a number it sees on
paper was ever valid. Revoking makes the verification page say "revoked" instead of
showing the certificate as current; the signed text is kept, like any revoked number.
Product data and photos are kept: they describe goods, not the person.

The audit log holds no personal values (field names, ids and masked NIKs only), so it is
not touched; the anonymisation itself is logged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from golonline_desktop.domain.business import ANONYMISED_NAME, ANONYMISED_NIK
from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.domain.numbers import strip_separators
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.certificate_models import Certificate
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import AuditEvent, Business, Draft
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.product_models import Listing, Product, ProductPhoto
from golonline_desktop.storage.versioning import next_version

from .actor import Actor
from .permissions import Permission, require
from .registration import ENTITY, business_payload

"""Stored in place of the NIK: letters, so it can never pass as (or match) a real NIK."""
REVOKE_REASON = "Data pemilik dihapus atas permintaan pemilik (UU 27/2022)."
CONTEXT = "DataSubject"
PERSONAL_FIELDS = (
    "owner_name",
    "nik",
    "owner_birth_date",
    "owner_sex",
    "phone",
    "email",
    "address_line",
    "npwp",
    "nitku",
    "duplicate_reason",
)


class NoSuchPersonError(LookupError):
    """No business on this laptop has the NIK asked for."""


@dataclass(frozen=True)
class SubjectExport:
    """One person's data: ``json_text`` for the file, ``summary`` for the letter."""

    nik: str
    business_ids: tuple[str, ...]
    data: dict[str, Any]
    summary: str

    @property
    def json_text(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2, sort_keys=True, default=str)


@dataclass(frozen=True)
class AnonymiseOutcome:
    business_ids: tuple[str, ...]  # anonymised now
    revoked_certificates: tuple[str, ...]  # numbers
    already_anonymised: tuple[str, ...] = ()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: _plain(getattr(row, c.key)) for c in row.__table__.columns}


def is_anonymised(row: Business) -> bool:
    return row.nik == ANONYMISED_NIK


class DataSubjectService:
    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    # -- export ----------------------------------------------------------------------------

    def export(self, nik: str, translate: Translate = untranslated) -> SubjectExport:
        """Everything held about the owner of ``nik`` (``NoSuchPersonError`` when nothing)."""
        require(self._actor, Permission.EXPORT_UNMASKED_NIK)
        require(self._actor, Permission.VIEW_AUDIT_LOG)
        digits = strip_separators(nik)
        now = self._clock.now()
        with self._store.write() as session:
            businesses = self._businesses(session, digits)
            if not businesses:
                raise NoSuchPersonError(mask_nik(digits))
            data = {
                "nik": digits,
                "generated_at": _plain(now),
                "generated_by": self._actor.officer_id,
                "businesses": [self._business_data(session, b) for b in businesses],
            }
            ids = tuple(b.id for b in businesses)
            record_audit(
                session,
                at=now,
                officer_id=self._actor.officer_id,
                action="subject.export",
                details={"nik": mask_nik(digits), "businesses": list(ids)},
            )
        return SubjectExport(digits, ids, data, _summary(data, translate))

    def _business_data(self, session: Session, business: Business) -> dict[str, Any]:
        products = list(
            session.scalars(
                select(Product).where(Product.business_id == business.id).order_by(Product.sku)
            )
        )
        product_ids = [p.id for p in products]
        photos = _by_product(
            session.scalars(
                select(ProductPhoto)
                .where(ProductPhoto.product_id.in_(product_ids))
                .order_by(ProductPhoto.position)
            )
        )
        listings = _by_product(
            session.scalars(select(Listing).where(Listing.product_id.in_(product_ids)))
        )
        certificates = list(
            session.scalars(
                select(Certificate)
                .where(Certificate.business_id == business.id)
                .order_by(Certificate.created_at)
            )
        )
        entity_ids = [
            business.id,
            *product_ids,
            *(c.id for c in certificates),
            *(item.id for group in listings.values() for item in group),
        ]
        history = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id.in_(entity_ids)).order_by(AuditEvent.id)
        )
        return {
            **_columns(business),
            "products": [
                {
                    **_columns(p),
                    "photos": [ph.sha256 for ph in photos.get(p.id, [])],
                    "listings": [
                        {"marketplace": li.marketplace_id, "state": li.state}
                        for li in listings.get(p.id, [])
                    ],
                }
                for p in products
            ],
            "certificates": [
                {
                    "number": c.number,
                    "issued_on": c.issued_on.isoformat(),
                    "revoked": c.revoked,
                    "revoked_at": _plain(c.revoked_at),
                    "revoke_reason": c.revoke_reason,
                }
                for c in certificates
            ],
            "history": [
                {
                    "at": _plain(e.at),
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "officer_id": e.officer_id,
                    "details": json.loads(e.details) if e.details else None,
                }
                for e in history
            ],
        }

    # -- anonymise -------------------------------------------------------------------------

    def anonymise(self, nik: str, *, request_note: str = "") -> AnonymiseOutcome:
        """Erase the owner's personal fields from every business with ``nik``; syncs."""
        require(self._actor, Permission.DELETE_RECORD)
        digits = strip_separators(nik)
        now = self._clock.now()
        done: list[str] = []
        revoked: list[str] = []
        with self._store.write() as session:
            businesses = self._businesses(session, digits)
            if not businesses:
                raise NoSuchPersonError(mask_nik(digits))
            for business in businesses:
                self._anonymise_one(session, business, now, request_note)
                done.append(business.id)
                revoked.extend(self._revoke_certificates(session, business.id, now))
            session.execute(delete(Draft).where(Draft.kind == ENTITY, Draft.entity_id.in_(done)))
        return AnonymiseOutcome(tuple(done), tuple(revoked))

    def _anonymise_one(self, session: Session, row: Business, now: datetime, note: str) -> None:
        masked = mask_nik(row.nik)
        row.owner_name = ANONYMISED_NAME
        row.nik = ANONYMISED_NIK
        for name in PERSONAL_FIELDS[2:]:
            setattr(row, name, None)
        next_version(row, self._actor.officer_id, now)
        session.flush()
        record_change(
            session,
            entity=ENTITY,
            entity_id=row.id,
            version=row.version,
            operation=Operation.UPSERT,
            payload={**business_payload(row), "anonymised": True},
            at=now,
        )
        record_audit(
            session,
            at=now,
            officer_id=self._actor.officer_id,
            action="business.anonymise",
            entity=ENTITY,
            entity_id=row.id,
            details={
                "version": row.version,
                "nik": masked,
                "fields": list(PERSONAL_FIELDS),
                **({"note": note.strip()} if note.strip() else {}),
            },
        )

    def _revoke_certificates(self, session: Session, business_id: str, now: datetime) -> list[str]:
        from .certificates import ENTITY as CERTIFICATE
        from .certificates import certificate_payload

        numbers = []
        rows = session.scalars(
            select(Certificate).where(
                Certificate.business_id == business_id, Certificate.revoked.is_(False)
            )
        )
        for row in list(rows):
            row.revoked = True
            row.revoked_at = now
            row.revoke_reason = REVOKE_REASON
            next_version(row, self._actor.officer_id, now)
            session.flush()
            record_change(
                session,
                entity=CERTIFICATE,
                entity_id=row.id,
                version=row.version,
                operation=Operation.UPSERT,
                payload=certificate_payload(session, row),
                at=now,
            )
            record_audit(
                session,
                at=now,
                officer_id=self._actor.officer_id,
                action="certificate.revoke",
                entity=CERTIFICATE,
                entity_id=row.id,
                details={"version": row.version, "reason": REVOKE_REASON},
            )
            numbers.append(row.number)
        return numbers

    @staticmethod
    def _businesses(session: Session, digits: str) -> list[Business]:
        if not digits.isdigit():  # the marker, or garbage: never anyone's data
            return []
        return list(
            session.scalars(
                select(Business).where(Business.nik == digits).order_by(Business.created_at)
            )
        )


def _by_product(rows: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.product_id, []).append(row)
    return grouped


def _summary(data: dict[str, Any], translate: Translate) -> str:
    """A plain-text account for the person, in the officer's language."""

    def say(text: str, **params: object) -> str:
        try:
            return translate(CONTEXT, text).format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: use the source
            return text.format(**params)

    lines = [
        say(
            QT_TRANSLATE_NOOP("DataSubject", "Personal data held on this laptop for NIK {nik}"),
            nik=data["nik"],
        ),
        say(QT_TRANSLATE_NOOP("DataSubject", "Prepared at {at}"), at=data["generated_at"]),
        "",
    ]
    for item in data["businesses"]:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("DataSubject", "Business: {name} (registered {at})"),
                name=item["business_name"],
                at=item["created_at"],
            )
        )
        for label, key in (
            (QT_TRANSLATE_NOOP("DataSubject", "Owner name"), "owner_name"),
            (QT_TRANSLATE_NOOP("DataSubject", "Birth date"), "owner_birth_date"),
            (QT_TRANSLATE_NOOP("DataSubject", "Phone"), "phone"),
            (QT_TRANSLATE_NOOP("DataSubject", "E-mail"), "email"),
            (QT_TRANSLATE_NOOP("DataSubject", "Address"), "address_line"),
            (QT_TRANSLATE_NOOP("DataSubject", "NPWP"), "npwp"),
        ):
            if item.get(key):
                lines.append(f"  {translate(CONTEXT, label)}: {item[key]}")
        lines.append(
            "  "
            + say(
                QT_TRANSLATE_NOOP(
                    "DataSubject",
                    "{products} products, {certificates} certificates, {events} recorded actions",
                ),
                products=len(item["products"]),
                certificates=len(item["certificates"]),
                events=len(item["history"]),
            )
        )
        for cert in item["certificates"]:
            state = (
                QT_TRANSLATE_NOOP("DataSubject", "revoked")
                if cert["revoked"]
                else QT_TRANSLATE_NOOP("DataSubject", "valid")
            )
            lines.append(f"  {cert['number']} ({translate(CONTEXT, state)})")
        lines.append("")
    return "\n".join(lines)


def export_file_name(export: SubjectExport) -> str:
    """A file name that does not spell out the NIK (exports folders get copied around)."""
    return f"data-subjek-{mask_nik(export.nik).replace('*', 'x')}.json"


__all__ = [
    "ANONYMISED_NIK",
    "AnonymiseOutcome",
    "DataSubjectService",
    "NoSuchPersonError",
    "SubjectExport",
    "export_file_name",
    "is_anonymised",
]
