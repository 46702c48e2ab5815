"""Register, update and tombstone businesses: checks, duplicates, outbox and audit in one save.

Each save is one write transaction holding the record, its outbox entry and its audit
event, so a crash leaves either all three or none. Duplicates are looked for inside that
same transaction (``BEGIN IMMEDIATE`` serialises writers), so two saves cannot both miss
each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from golonline_desktop.domain.business import (
    BusinessFields,
    BusinessInput,
    RegionChecks,
    Validation,
    validate_business,
)
from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.ids import new_id
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.businesses import DuplicateCandidate, find_duplicates
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Business
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.versioning import next_version, set_tombstone

from .actor import Actor
from .permissions import Permission, require

ENTITY = "business"
SYNCED_COLUMNS = (*BusinessFields.field_names(), "drive_id", "duplicate_reason", "consent_at")


class SaveStatus(StrEnum):
    SAVED = "saved"
    INVALID = "invalid"  # errors: nothing saved
    NEEDS_CONFIRMATION = "needs_confirmation"  # warnings or duplicates: confirm to save
    STALE = "stale"  # someone saved a newer version meanwhile


@dataclass(frozen=True)
class SaveOutcome:
    status: SaveStatus
    business_id: str | None = None
    version: int | None = None
    findings: tuple[Finding, ...] = ()
    duplicates: tuple[DuplicateCandidate, ...] = ()

    @property
    def saved(self) -> bool:
        return self.status is SaveStatus.SAVED


@dataclass(frozen=True)
class BusinessRecord:
    """A stored business as the screens and exports see it (no ORM object escapes)."""

    id: str
    version: int
    deleted: bool
    drive_id: str | None
    fields: BusinessFields
    extra: dict[str, Any] = field(default_factory=dict)


class BusinessNotFoundError(LookupError):
    pass


def business_payload(row: Business) -> dict[str, Any]:
    payload = {name: getattr(row, name) for name in SYNCED_COLUMNS}
    payload.update(
        id=row.id,
        version=row.version,
        deleted=row.deleted,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )
    return payload


def to_record(row: Business) -> BusinessRecord:
    values = {name: getattr(row, name) for name in BusinessFields.field_names()}
    values["consent_text_version"] = values["consent_text_version"] or ""
    return BusinessRecord(
        id=row.id,
        version=row.version,
        deleted=row.deleted,
        drive_id=row.drive_id,
        fields=BusinessFields(**values),
        extra={
            "created_at": row.created_at,
            "updated_at": row.updated_at,
            "created_by": row.created_by,
            "updated_by": row.updated_by,
            "duplicate_reason": row.duplicate_reason,
            "consent_at": row.consent_at,
        },
    )


class RegistrationService:
    """The one way businesses are created, changed and deleted."""

    def __init__(
        self, store: Store, clock: Clock, actor: Actor, regions: RegionChecks | None
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._regions = regions

    def validate(self, data: BusinessInput) -> Validation:
        return validate_business(data, today=self._clock.today(), regions=self._regions)

    def duplicates(
        self, fields: BusinessFields, exclude_id: str | None = None
    ) -> list[DuplicateCandidate]:
        with self._store.read() as session:
            return self._duplicates(session, fields, exclude_id)

    def _duplicates(
        self, session: Session, fields: BusinessFields, exclude_id: str | None
    ) -> list[DuplicateCandidate]:
        return find_duplicates(
            session,
            nik=fields.nik,
            nib=fields.nib,
            phone=fields.phone,
            business_name=fields.business_name,
            village_code=fields.village_code,
            exclude_id=exclude_id,
        )

    def register(
        self,
        data: BusinessInput,
        *,
        drive_id: str | None = None,
        confirm_warnings: bool = False,
        duplicate_reason: str | None = None,
        business_id: str | None = None,
    ) -> SaveOutcome:
        """Save a new business. ``business_id`` lets a draft keep the id it was given."""
        validation = self.validate(data)
        if not validation.ok:
            return SaveOutcome(SaveStatus.INVALID, findings=validation.findings)
        assert validation.fields is not None
        if validation.warnings and not confirm_warnings:
            return SaveOutcome(SaveStatus.NEEDS_CONFIRMATION, findings=validation.findings)
        now = self._clock.now()
        with self._store.write() as session:
            dupes = self._duplicates(session, validation.fields, None)
            reason = (duplicate_reason or "").strip()
            if dupes and not reason:
                return SaveOutcome(
                    SaveStatus.NEEDS_CONFIRMATION,
                    findings=validation.findings,
                    duplicates=tuple(dupes),
                )
            row = Business(
                id=business_id or new_id(),
                drive_id=drive_id,
                **validation.fields.as_dict(),
                consent_at=now,
                duplicate_reason=reason or None,
                created_by=self._actor.officer_id,
                created_at=now,
                updated_by=self._actor.officer_id,
                updated_at=now,
                version=1,
                deleted=False,
            )
            session.add(row)
            self._log(session, row, "business.create", Operation.UPSERT, dupes, reason)
            return SaveOutcome(
                SaveStatus.SAVED, row.id, row.version, validation.findings, tuple(dupes)
            )

    def update(
        self,
        business_id: str,
        data: BusinessInput,
        *,
        expected_version: int,
        confirm_warnings: bool = False,
        duplicate_reason: str | None = None,
    ) -> SaveOutcome:
        validation = self.validate(data)
        if not validation.ok:
            return SaveOutcome(SaveStatus.INVALID, business_id, findings=validation.findings)
        assert validation.fields is not None
        if validation.warnings and not confirm_warnings:
            return SaveOutcome(
                SaveStatus.NEEDS_CONFIRMATION, business_id, findings=validation.findings
            )
        now = self._clock.now()
        with self._store.write() as session:
            row = self._get_row(session, business_id)
            if row.version != expected_version:
                return SaveOutcome(SaveStatus.STALE, business_id, row.version)
            dupes = self._duplicates(session, validation.fields, business_id)
            reason = (duplicate_reason or "").strip()
            if dupes and not reason:
                return SaveOutcome(
                    SaveStatus.NEEDS_CONFIRMATION,
                    business_id,
                    findings=validation.findings,
                    duplicates=tuple(dupes),
                )
            before = {k: getattr(row, k) for k in BusinessFields.field_names()}
            for name, value in validation.fields.as_dict().items():
                setattr(row, name, value)
            if reason:
                row.duplicate_reason = reason
            changed = {
                k: [before[k], v] for k, v in validation.fields.as_dict().items() if before[k] != v
            }
            next_version(row, self._actor.officer_id, now)
            self._log(session, row, "business.update", Operation.UPSERT, dupes, reason, changed)
            return SaveOutcome(
                SaveStatus.SAVED, row.id, row.version, validation.findings, tuple(dupes)
            )

    def delete(self, business_id: str) -> int:
        """Tombstone the business (it stays, marked deleted, and the deletion syncs).

        Supervisors only (``PermissionDeniedError`` otherwise).
        """
        require(self._actor, Permission.DELETE_RECORD)
        return self._set_deleted(business_id, True)

    def restore(self, business_id: str) -> int:
        """Undo a delete: a new version that is live again. Supervisors only."""
        require(self._actor, Permission.DELETE_RECORD)
        return self._set_deleted(business_id, False)

    def _set_deleted(self, business_id: str, deleted: bool) -> int:
        now = self._clock.now()
        with self._store.write() as session:
            row = self._get_row(session, business_id)
            if not set_tombstone(row, deleted, self._actor.officer_id, now):
                return row.version
            action = "business.delete" if deleted else "business.restore"
            operation = Operation.DELETE if deleted else Operation.UPSERT
            self._log(session, row, action, operation, (), "")
            return row.version

    def get(self, business_id: str) -> BusinessRecord:
        with self._store.read() as session:
            return to_record(self._get_row(session, business_id))

    @staticmethod
    def _get_row(session: Session, business_id: str) -> Business:
        row = session.get(Business, business_id)
        if row is None:
            raise BusinessNotFoundError(business_id)
        return row

    def _log(
        self,
        session: Session,
        row: Business,
        action: str,
        operation: Operation,
        dupes: Sequence[DuplicateCandidate],
        reason: str,
        changed: dict[str, Any] | None = None,
    ) -> None:
        session.flush()
        now = row.updated_at
        record_change(
            session,
            entity=ENTITY,
            entity_id=row.id,
            version=row.version,
            operation=operation,
            payload=business_payload(row),
            at=now,
        )
        details: dict[str, Any] = {"version": row.version}
        if dupes:
            details["duplicates"] = [d.business_id for d in dupes]
            details["duplicate_reason"] = reason
        if changed:
            # Field names only: values may be personal data and the log is not masked.
            details["changed"] = sorted(changed)
        record_audit(
            session,
            at=now,
            officer_id=self._actor.officer_id,
            action=action,
            entity=ENTITY,
            entity_id=row.id,
            details=details,
        )
