"""The audit log as a supervisor reads it: filtered pages, the chain check, a CSV export.

The log grows with every save (100,000s of rows on a busy laptop), so rows are read a page
at a time, newest first, each page continuing below the last id shown (keyset paging:
page 500 costs what page 1 does), as plain tuples rather than ORM objects. Filters
(officer, time range, entity) become SQL ``WHERE`` clauses.

Only a supervisor may read or export the log (``Permission.VIEW_AUDIT_LOG``), checked here
so the CLI and any later caller are held to it too. An export is itself an audit event.

CSV cells that a spreadsheet would run as a formula (``= + - @``, tab, CR first) get a
leading apostrophe, as in ``business_export``; times are written in UTC (ISO 8601), so
the file means the same wherever it is opened.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.storage.audit import ChainReport, record_audit, verify_chain
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import AuditEvent, Officer

from .actor import Actor
from .permissions import Permission, require
from .spreadsheet_safety import neutralise_csv, write_atomically

PAGE_SIZE = 200
FETCH_CHUNK = 2_000
ENTITY = "audit_event"
STORED_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # storage.types.UtcDateTime

CSV_HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("AuditExport", "No."),
    QT_TRANSLATE_NOOP("AuditExport", "Time (UTC)"),
    QT_TRANSLATE_NOOP("AuditExport", "Officer"),
    QT_TRANSLATE_NOOP("AuditExport", "Officer ID"),
    QT_TRANSLATE_NOOP("AuditExport", "Action"),
    QT_TRANSLATE_NOOP("AuditExport", "Entity"),
    QT_TRANSLATE_NOOP("AuditExport", "Record ID"),
    QT_TRANSLATE_NOOP("AuditExport", "Details"),
)


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show. ``since`` is inclusive, ``until`` exclusive (aware datetimes)."""

    officer_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    entity: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime | None  # None when the stored text is not a timestamp (edited by hand)
    at_text: str
    officer_id: str | None
    officer_name: str | None
    action: str
    entity: str | None
    entity_id: str | None
    details: str | None


@dataclass(frozen=True)
class OfficerChoice:
    id: str
    name: str


@dataclass(frozen=True)
class ChainCheck:
    """``verify_chain``'s report, with the first broken event (when one is) to show."""

    report: ChainReport
    first_broken: AuditRow | None

    @property
    def ok(self) -> bool:
        return self.report.ok


def _parse_at(text: str | None) -> datetime | None:
    try:
        return datetime.strptime(text or "", STORED_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _utc_text(row: AuditRow) -> str:
    if row.at is None:
        return row.at_text
    return row.at.strftime("%Y-%m-%dT%H:%M:%SZ")


def _select() -> Select[Any]:
    return select(
        AuditEvent.id,
        type_coerce(AuditEvent.at, String),  # as stored: a row edited by hand still shows
        AuditEvent.officer_id,
        Officer.name,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_id,
        AuditEvent.details,
    ).outerjoin(Officer, Officer.id == AuditEvent.officer_id)


def _filtered(stmt: Select[Any], wanted: AuditFilter) -> Select[Any]:
    if wanted.officer_id is not None:
        stmt = stmt.where(AuditEvent.officer_id == wanted.officer_id)
    if wanted.since is not None:
        stmt = stmt.where(AuditEvent.at >= wanted.since)
    if wanted.until is not None:
        stmt = stmt.where(AuditEvent.at < wanted.until)
    if wanted.entity is not None:
        stmt = stmt.where(AuditEvent.entity == wanted.entity)
    return stmt


def _row(r: Any) -> AuditRow:
    return AuditRow(
        id=int(r[0]),
        at=_parse_at(r[1]),
        at_text=str(r[1] or ""),
        officer_id=r[2],
        officer_name=r[3],
        action=r[4],
        entity=r[5],
        entity_id=r[6],
        details=r[7],
    )


class AuditLogService:
    """Read, check and export the audit log; every method is for a supervisor only."""

    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    def _require(self) -> None:
        require(self._actor, Permission.VIEW_AUDIT_LOG)

    def page(
        self, wanted: AuditFilter, *, before_id: int | None = None, limit: int = PAGE_SIZE
    ) -> list[AuditRow]:
        """Up to ``limit`` matching events, newest first, older than ``before_id``."""
        self._require()
        stmt = _filtered(_select(), wanted)
        if before_id is not None:
            stmt = stmt.where(AuditEvent.id < before_id)
        stmt = stmt.order_by(AuditEvent.id.desc()).limit(limit)
        with self._store.read() as session:
            return [_row(r) for r in session.execute(stmt)]

    def count(self, wanted: AuditFilter) -> int:
        self._require()
        stmt = _filtered(select(func.count()).select_from(AuditEvent), wanted)
        with self._store.read() as session:
            return int(session.scalar(stmt) or 0)

    def officers(self) -> list[OfficerChoice]:
        """Officers to filter by: every officer known here, by name."""
        self._require()
        stmt = select(Officer.id, Officer.name).order_by(func.lower(Officer.name), Officer.id)
        with self._store.read() as session:
            return [OfficerChoice(r.id, r.name) for r in session.execute(stmt)]

    def entities(self) -> list[str]:
        """The kinds of record the log mentions (for the entity filter)."""
        self._require()
        stmt = (
            select(AuditEvent.entity)
            .distinct()
            .where(AuditEvent.entity.is_not(None))
            .order_by(AuditEvent.entity)
        )
        with self._store.read() as session:
            return [str(e) for e in session.scalars(stmt)]

    def verify(self) -> ChainCheck:
        """Walk the whole chain (streamed); name the first broken event if there is one."""
        self._require()
        with self._store.read() as session:
            report = verify_chain(session)
            first = None
            if report.first_broken is not None:
                found = session.execute(
                    _select().where(AuditEvent.id == report.first_broken)
                ).first()
                first = _row(found) if found is not None else None
        return ChainCheck(report, first)

    def export_csv(
        self,
        target: Path,
        wanted: AuditFilter,
        *,
        headers: Sequence[str] = CSV_HEADERS,
        delimiter: str = ",",
    ) -> int:
        """Write the matching events (oldest first) to ``target``; returns how many.

        ``headers``: the column titles in the officer's language (English by default).
        Written to a temporary file beside ``target`` and renamed when complete.
        """
        self._require()
        if len(headers) != len(CSV_HEADERS):
            raise ValueError(f"{len(CSV_HEADERS)} headers expected")
        target = Path(target)
        stmt = _filtered(_select(), wanted).order_by(AuditEvent.id)
        with self._store.read() as session:
            result = session.execute(stmt.execution_options(yield_per=FETCH_CHUNK))
            count = _write_csv_file(target, (_row(r) for r in result), headers, delimiter)
        with self._store.write() as session:
            self._log_export(session, target, wanted, count)
        return count

    def _log_export(self, session: Session, target: Path, wanted: AuditFilter, count: int) -> None:
        record_audit(
            session,
            at=self._clock.now(),
            officer_id=self._actor.officer_id,
            action="audit.export",
            entity=ENTITY,
            details={
                "file": target.name,
                "rows": count,
                "officer_id": wanted.officer_id,
                "since": wanted.since.isoformat() if wanted.since else None,
                "until": wanted.until.isoformat() if wanted.until else None,
                "entity": wanted.entity,
            },
        )


def _csv_values(row: AuditRow) -> list[str]:
    values = (
        str(row.id),
        _utc_text(row),
        row.officer_name or "",
        row.officer_id or "",
        row.action,
        row.entity or "",
        row.entity_id or "",
        row.details or "",
    )
    return [neutralise_csv(v) for v in values]


def _write_csv_file(
    target: Path, rows: Iterator[AuditRow], headers: Sequence[str], delimiter: str
) -> int:
    def write(path: Path) -> int:
        count = 0
        # UTF-8 with a BOM: Excel then reads the names' accents correctly.
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(neutralise_csv(h) for h in headers)
            for row in rows:
                writer.writerow(_csv_values(row))
                count += 1
        return count

    return write_atomically(target, write)
