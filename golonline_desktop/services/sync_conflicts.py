"""Deciding a sync conflict: keep this laptop's version or take the server's.

A conflict means the server holds another edit of a record this laptop changed too. The
officer sees the two versions field by field (``ConflictService.details``) and picks one;
each choice is one write transaction holding the record, its outbox entries, the
conflicts it settles and an audit event, like every other save.

* **Keep this laptop's version**: the local record becomes a new version on top of the
  server's (``version = server version + 1``, ``base_version = server version``; one more
  if the outbox already used that number), queued in the outbox. The record's unconfirmed
  entries (pending, quarantined, in conflict) are superseded: a payload is a whole
  snapshot and the new one carries everything.
* **Take the server's version**: the server's payload is copied onto the local record (as
  the pull does), its version becomes the server's, and the unconfirmed entries are
  superseded (the officer's unsent edits are dropped on purpose; entries numbered above
  the server's version, saved after the conflict, are deleted so the next edit can take
  their number, and the audit event lists them). Nothing is queued: the
  server has that version already. Only possible when the server's payload is known; a
  push conflict does not carry it, but the pull of the same pass usually records it as a
  second conflict of the same record, and both are settled together.

Every open conflict of the same record is settled by one choice (it is one decision).

Who may decide: every officer who may edit the record, which for businesses and drives is
every signed-in officer (petugas and supervisor alike). A choice that deletes or restores
the record (the two versions disagree on ``deleted``) needs ``DELETE_RECORD``, as
deleting and restoring do in ``RegistrationService``. NIKs in the comparison are masked
unless the role may see them in full (``EXPORT_UNMASKED_NIK``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Base, Business, OutboxEntry, RegistrationDrive
from golonline_desktop.storage.outbox import Operation, OutboxState, canonical_json, record_change
from golonline_desktop.storage.sync_state import (
    SyncConflict,
    add_log,
    highest_outbox_version,
    open_conflicts_of,
    resolve_conflicts,
    unconfirmed_entries,
)
from golonline_desktop.storage.versioning import next_version

from .actor import Actor
from .permissions import Permission, allowed, require
from .registration import business_payload
from .sync_pull import APPLIED_MODELS, copy_payload

# Bookkeeping every version differs in; the officer compares what was typed.
HIDDEN_FIELDS = frozenset(
    {"id", "version", "created_at", "created_by", "updated_at", "updated_by", "consent_at"}
)
MASKED = "nik"

NO_SERVER_PAYLOAD = QT_TRANSLATE_NOOP(
    "SyncConflicts",
    "The server's version of this record has not reached this laptop yet: only this "
    "laptop's version can be kept. Press Sync now first to fetch the server's version.",
)
NO_SERVER_VERSION = QT_TRANSLATE_NOOP(
    "SyncConflicts",
    "The server did not say which version it holds. Press Sync now, then decide again.",
)
NOT_APPLICABLE = QT_TRANSLATE_NOOP(
    "SyncConflicts",
    "The server's version of this kind of record cannot be taken on this laptop yet; "
    "keep this laptop's version.",
)
NOTHING_LOCAL = QT_TRANSLATE_NOOP(
    "SyncConflicts", "This laptop no longer holds its own version of this record."
)
ALREADY_DECIDED = QT_TRANSLATE_NOOP("SyncConflicts", "This conflict was already decided.")


class Resolution(StrEnum):
    KEEP_LOCAL = "keep_local"
    TAKE_SERVER = "take_server"


class ConflictChoiceError(ValueError):
    """The choice is not possible for this conflict. ``message`` is English source text
    (context "SyncConflicts") for the GUI to translate."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class FieldDifference:
    """One field the two versions disagree on (JSON values; NIK masked as allowed)."""

    field: str
    local: Any
    server: Any


@dataclass(frozen=True)
class ConflictDetails:
    conflict_id: int
    entity: str
    entity_id: str
    local_version: int
    server_version: int | None
    differences: tuple[FieldDifference, ...]
    server_known: bool  # the server's payload is on this laptop: it can be compared/taken
    can_keep_local: bool
    can_take_server: bool
    why_not_server: str | None  # English source text (context "SyncConflicts")
    needs_supervisor: bool  # the versions disagree on "deleted"
    nik_masked: bool


@dataclass(frozen=True)
class ResolutionOutcome:
    resolution: Resolution
    entity: str
    entity_id: str
    version: int
    settled: tuple[int, ...]  # conflict ids marked resolved
    superseded: tuple[int, ...]  # outbox seqs


@dataclass
class _Case:
    """Everything one decision needs, read inside its transaction."""

    conflict: SyncConflict
    conflicts: list[SyncConflict]
    entries: list[OutboxEntry]
    model: type[Base] | None
    row: Any
    server_version: int | None
    server_payload: dict[str, Any] | None
    local_payload: dict[str, Any] | None

    @property
    def deleted_differs(self) -> bool:
        if self.server_payload is None or self.local_payload is None:
            return False
        local = bool(self.local_payload.get("deleted"))
        return bool(self.server_payload.get("deleted")) != local

    @property
    def why_not_server(self) -> str | None:
        if self.model is None:
            return NOT_APPLICABLE
        if self.server_payload is None:
            return NO_SERVER_PAYLOAD
        if self.row is None:
            return NOTHING_LOCAL
        return None


def drive_payload(row: RegistrationDrive) -> dict[str, Any]:
    """As ``DriveService.create`` queues a drive."""
    return {
        "id": row.id,
        "office_id": row.office_id,
        "officer_id": row.officer_id,
        "name": row.name,
        "drive_date": row.drive_date,
        "region_code": row.region_code,
        "version": row.version,
        "deleted": row.deleted,
    }


def _row_payload(row: Any) -> dict[str, Any] | None:
    if isinstance(row, Business):
        return business_payload(row)
    if isinstance(row, RegistrationDrive):
        return drive_payload(row)
    return None


def _column_order(model: type[Base] | None) -> list[str]:
    """The record's columns in schema order (close to the form's order)."""
    if model is None:
        return []
    return [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]


def _as_json(payload: dict[str, Any]) -> dict[str, Any]:
    """Dates and times as the wire carries them, so both sides compare alike."""
    return json.loads(canonical_json(payload))  # type: ignore[no-any-return]


def _gather(session: Session, conflict_id: int) -> _Case:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise ConflictChoiceError(ALREADY_DECIDED)
    entity, entity_id = conflict.entity, conflict.entity_id
    conflicts = open_conflicts_of(session, entity, entity_id)
    known = [c.server_version for c in conflicts if c.server_version is not None]
    server_version = max(known) if known else None
    server_payload = None
    with_payload = [c for c in conflicts if c.server_payload and c.server_version is not None]
    if with_payload:
        newest = max(with_payload, key=lambda c: c.server_version or 0)
        if newest.server_version == server_version and newest.server_payload:
            loaded = json.loads(newest.server_payload)
            server_payload = loaded if isinstance(loaded, dict) else None
    entries = unconfirmed_entries(session, entity, entity_id)
    model = APPLIED_MODELS.get(entity)
    row = session.get(model, entity_id) if model is not None else None
    local = _row_payload(row) if row is not None else None
    if local is None and entries:
        local = json.loads(entries[-1].payload)
    return _Case(
        conflict,
        conflicts,
        entries,
        model,
        row,
        server_version,
        server_payload,
        _as_json(local) if local is not None else None,
    )


def differences(
    local: dict[str, Any] | None,
    server: dict[str, Any] | None,
    *,
    mask: bool,
    order: Sequence[str] = (),
) -> tuple[FieldDifference, ...]:
    """The fields the two payloads disagree on (``HIDDEN_FIELDS`` out): those named in
    ``order`` first, in that order (the record's columns, as the form has them), then the
    rest alphabetically."""
    if local is None or server is None:
        return ()
    found = []
    rank = {name: i for i, name in enumerate(order)}
    names = sorted(set(local) | set(server), key=lambda n: (rank.get(n, len(rank)), n))
    for name in names:
        if name in HIDDEN_FIELDS:
            continue
        mine, theirs = local.get(name), server.get(name)
        if mine == theirs:
            continue
        if name == MASKED and mask:
            mine = mask_nik(str(mine)) if mine else mine
            theirs = mask_nik(str(theirs)) if theirs else theirs
        found.append(FieldDifference(name, mine, theirs))
    return tuple(found)


class ConflictService:
    """Shows a conflict and carries out the officer's choice."""

    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    def details(self, conflict_id: int) -> ConflictDetails:
        mask = not allowed(self._actor, Permission.EXPORT_UNMASKED_NIK)
        with self._store.read() as session:
            case = _gather(session, conflict_id)
            why_not = case.why_not_server
            may = not case.deleted_differs or allowed(self._actor, Permission.DELETE_RECORD)
            return ConflictDetails(
                conflict_id=conflict_id,
                entity=case.conflict.entity,
                entity_id=case.conflict.entity_id,
                local_version=case.row.version
                if case.row is not None
                else case.conflict.local_version,
                server_version=case.server_version,
                differences=differences(
                    case.local_payload,
                    case.server_payload,
                    mask=mask,
                    order=_column_order(case.model),
                ),
                server_known=case.server_payload is not None,
                can_keep_local=may
                and case.server_version is not None
                and case.local_payload is not None,
                can_take_server=may and why_not is None,
                why_not_server=why_not,
                needs_supervisor=case.deleted_differs,
                nik_masked=mask,
            )

    def resolve(self, conflict_id: int, resolution: Resolution) -> ResolutionOutcome:
        if resolution is Resolution.KEEP_LOCAL:
            return self.keep_local(conflict_id)
        return self.take_server(conflict_id)

    def keep_local(self, conflict_id: int) -> ResolutionOutcome:
        """This laptop's version wins: queued again as the version after the server's."""
        now = self._clock.now()
        with self._store.write() as session:
            case = _gather(session, conflict_id)
            self._check(case)
            if case.server_version is None:
                raise ConflictChoiceError(NO_SERVER_VERSION)
            if case.local_payload is None:
                raise ConflictChoiceError(NOTHING_LOCAL)
            entity, entity_id = case.conflict.entity, case.conflict.entity_id
            base = case.server_version
            version = max(base, highest_outbox_version(session, entity, entity_id)) + 1
            superseded = self._supersede(case)
            payload, operation = self._new_local_version(session, case, version, now)
            entry = record_change(
                session,
                entity=entity,
                entity_id=entity_id,
                version=version,
                operation=operation,
                payload=payload,
                at=now,
            )
            entry.base_version = base
            return self._finish(
                session, case, Resolution.KEEP_LOCAL, version, superseded, now,
                {"version": version, "base_version": base},
            )  # fmt: skip

    def take_server(self, conflict_id: int) -> ResolutionOutcome:
        """The server's version wins: copied onto the local record; nothing is queued."""
        now = self._clock.now()
        with self._store.write() as session:
            case = _gather(session, conflict_id)
            self._check(case)
            why_not = case.why_not_server
            if why_not is not None:
                raise ConflictChoiceError(why_not)
            assert case.model is not None and case.server_payload is not None
            assert case.server_version is not None
            changed = copy_payload(session, case.model, case.row, case.server_payload)
            case.row.version = case.server_version
            superseded = self._supersede(case)
            # Unsent versions above the server's (saved after the conflict) would take the
            # numbers the next edits need ((entity, id, version) is unique): they go.
            dropped = [e for e in case.entries if e.version > case.server_version]
            for entry in dropped:
                session.delete(entry)
            return self._finish(
                session, case, Resolution.TAKE_SERVER, case.server_version,
                [s for s in superseded if s not in {e.seq for e in dropped}], now,
                {"version": case.server_version, "changed": sorted(changed),
                 "dropped_versions": [e.version for e in dropped]},
            )  # fmt: skip

    # -- helpers ---------------------------------------------------------------------------

    def _check(self, case: _Case) -> None:
        if case.deleted_differs:
            require(self._actor, Permission.DELETE_RECORD)

    @staticmethod
    def _supersede(case: _Case) -> list[int]:
        for entry in case.entries:
            entry.state = OutboxState.SUPERSEDED.value
        return [e.seq for e in case.entries]

    def _new_local_version(
        self, session: Session, case: _Case, version: int, now: Any
    ) -> tuple[dict[str, Any], Operation]:
        """Move the local record to ``version`` and return its payload and operation."""
        row = case.row
        if row is not None:
            row.version = version - 1
            if hasattr(row, "updated_by"):
                next_version(row, self._actor.officer_id, now)
            else:
                row.version = version
                row.updated_at = now
            payload = _row_payload(row)
            assert payload is not None
            deleted = bool(getattr(row, "deleted", False))
            return payload, Operation.DELETE if deleted else Operation.UPSERT
        # A record kind the pull does not apply (product, listing, ...): its newest
        # unconfirmed snapshot goes out again under the new version.
        newest = case.entries[-1]
        payload = json.loads(newest.payload)
        payload.update(
            {k: v for k, v in (("version", version), ("updated_at", now),
                               ("updated_by", self._actor.officer_id)) if k in payload}
        )  # fmt: skip
        table = Base.metadata.tables.get(case.conflict.entity)
        if table is not None and "version" in table.c and "id" in table.c:
            session.execute(
                update(table).where(table.c.id == case.conflict.entity_id).values(version=version)
            )
        return payload, Operation(newest.operation)

    def _finish(
        self,
        session: Session,
        case: _Case,
        resolution: Resolution,
        version: int,
        superseded: list[int],
        now: Any,
        details: dict[str, Any],
    ) -> ResolutionOutcome:
        entity, entity_id = case.conflict.entity, case.conflict.entity_id
        resolve_conflicts(session, case.conflicts, now)
        settled = tuple(c.id for c in case.conflicts)
        action = (
            "sync.conflict_keep_local"
            if resolution is Resolution.KEEP_LOCAL
            else "sync.conflict_take_server"
        )
        record_audit(
            session,
            at=now,
            officer_id=self._actor.officer_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details={
                **details,
                "server_version": case.server_version,
                "conflicts": list(settled),
                "superseded": superseded,
            },
        )
        add_log(
            session,
            at=now,
            level="info",
            code=action,
            message=f"{entity} {entity_id}: conflict decided ({resolution.value}), "
            f"now version {version}",
        )
        return ResolutionOutcome(resolution, entity, entity_id, version, settled, tuple(superseded))
