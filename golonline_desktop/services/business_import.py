"""Import businesses from a CSV or XLSX file filled in from the column template.

``dry_run`` reports every bad row (its number as the spreadsheet shows it, the column and a
translatable finding) and changes nothing. ``import_file`` saves every valid row in ONE
write transaction, so a crash or power cut leaves the whole file imported or none of it.

Rows go through the registration checks (``RegistrationService.validate``) and are written
with the same outbox entries and audit events as a form save: one ``business.create``
event and one pending outbox entry per business, plus one ``business.import`` event for
the file. Imports never save duplicates: a NIK, NIB, phone number or business name (in
the same village) already registered, or already on an earlier row of the file, is an
error for that row; the officer registers such a business with the form, which asks for a
reason.

Speed: the file is read and checked before the write transaction starts (the GUI can keep
saving meanwhile); inside it, duplicates are looked up in chunks of the file's own values
(not one query per row, and not the whole table) and rows are written with bulk inserts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import insert
from sqlalchemy.orm import Session

from golonline_desktop.domain.business import BusinessFields, BusinessInput, Validation
from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.findings import Finding, Severity, error
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.ids import new_id
from golonline_desktop.storage.audit import AuditEventData, audit_rows, record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry, RegistrationDrive
from golonline_desktop.storage.outbox import Operation, OutboxState, canonical_json, payload_hash

from .actor import Actor
from .import_cells import convert_cell
from .import_columns import COLUMNS, ImportColumn, column_for_header
from .import_duplicates import DuplicateKeys, find_registered
from .registration import ENTITY, business_payload
from .spreadsheet_reader import Sheet, SheetRow, SpreadsheetError, open_sheet

IMPORTED_CONSENT_VERSION = "impor"
"""Consent text version stored for imported rows: the owner signed a paper form."""
MAX_DATA_ROWS = 200_000
INSERT_CHUNK = 1_000
HEADER_SEARCH_ROWS = 10
PROGRESS_EVERY = 1_000

_FIELD_NAMES = BusinessFields.field_names()

Validator = Callable[[BusinessInput], Validation]
Progress = Callable[[int], None]


class DriveNotFoundError(LookupError):
    """The registration drive asked for does not exist (or was deleted)."""


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet shows it
    column: str | None  # the header as written in the file
    finding: Finding

    @property
    def is_error(self) -> bool:
        return self.finding.is_error


@dataclass(frozen=True)
class ImportReport:
    file: Path
    dry_run: bool
    rows_read: int = 0  # non-empty rows below the header
    rows_valid: int = 0  # rows that pass every check (and would be / were saved)
    rows_imported: int = 0
    problems: tuple[RowProblem, ...] = ()  # row errors and warnings, in row order
    file_findings: tuple[Finding, ...] = ()  # about the file as a whole
    unknown_columns: tuple[str, ...] = ()

    @property
    def file_errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.file_findings if f.is_error)

    @property
    def row_errors(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems if p.is_error}))

    @property
    def ok(self) -> bool:
        return not self.file_errors and not self.row_errors


@dataclass
class _Candidate:
    row: int
    fields: BusinessFields
    warnings: tuple[str, ...]


@dataclass
class _Scan:
    rows_read: int = 0
    candidates: list[_Candidate] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    file_findings: list[Finding] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as in the file
    positions: dict[str, int] = field(default_factory=dict)  # header -> column index

    @property
    def failed(self) -> bool:
        return any(f.is_error for f in self.file_findings)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _file_error(code: str, message: str, **params: object) -> Finding:
    return error(code, message, **params)


def _map_header(values: Sequence[object], scan: _Scan) -> list[tuple[int, ImportColumn]] | None:
    """The columns this header row names, or None when it does not look like a header."""
    found = [(i, column_for_header(v)) for i, v in enumerate(values) if not _blank(v)]
    if sum(1 for _, c in found if c is not None) < 2:
        return None
    mapping: list[tuple[int, ImportColumn]] = []
    for index, column in found:
        text = str(values[index]).strip()
        if column is None:
            scan.unknown_columns.append(text)
            scan.file_findings.append(
                Finding(
                    "import.unknown_column",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "Finding", "The column {column} is not in the template and was ignored."
                    ),
                    params={"column": text},
                )
            )
        elif column.field in scan.headers:
            scan.file_findings.append(
                _file_error(
                    "import.duplicate_column",
                    QT_TRANSLATE_NOOP("Finding", "The column {column} appears twice."),
                    column=text,
                )
            )
        else:
            scan.headers[column.field] = text
            scan.positions[text] = index
            mapping.append((index, column))
    missing = [c.header for c in _required_columns() if c.field not in scan.headers]
    if missing:
        scan.file_findings.append(
            _file_error(
                "import.missing_columns",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Required columns are missing: {columns}. Start from the import template.",
                ),
                columns=", ".join(missing),
            )
        )
    return mapping


def _required_columns() -> list[ImportColumn]:
    return [c for c in COLUMNS if c.required]


class BusinessImportService:
    """Checks and imports files of businesses; one instance per data folder."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        validate: Validator,
        *,
        consent_text_version: str = IMPORTED_CONSENT_VERSION,
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._validate = validate
        self._consent_version = consent_text_version

    def dry_run(
        self, path: Path, *, drive_id: str | None = None, progress: Progress | None = None
    ) -> ImportReport:
        """Every problem the import would meet; nothing is written."""
        path = Path(path)
        scan = self._scan(path, progress)
        with self._store.read() as session:
            self._check_drive(session, drive_id)
            if not scan.failed:
                self._drop_registered(session, scan)
        return self._report(path, scan, dry_run=True, imported=0)

    def import_file(
        self, path: Path, *, drive_id: str | None = None, progress: Progress | None = None
    ) -> ImportReport:
        """Save every valid row in one transaction; bad rows are reported, not saved."""
        path = Path(path)
        scan = self._scan(path, progress)
        imported = 0
        if not scan.failed:
            digest = _sha256(path)
            with self._store.write() as session:
                self._check_drive(session, drive_id)
                self._drop_registered(session, scan)
                if scan.candidates:
                    imported = self._write(session, scan.candidates, drive_id, path, digest)
        elif drive_id is not None:
            with self._store.read() as session:
                self._check_drive(session, drive_id)
        return self._report(path, scan, dry_run=False, imported=imported)

    # -- reading and checking -------------------------------------------------------------

    def _scan(self, path: Path, progress: Progress | None) -> _Scan:
        scan = _Scan()
        try:
            with open_sheet(path) as sheet:
                scan.file_findings.extend(sheet.warnings)
                self._scan_sheet(sheet, scan, progress)
        except SpreadsheetError as exc:
            scan.file_findings.append(exc.finding)
        if scan.failed:
            scan.candidates.clear()
        elif scan.rows_read == 0:
            scan.file_findings.append(
                Finding(
                    "import.no_rows",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("Finding", "The file has no rows of data below the header."),
                )
            )
        return scan

    def _scan_sheet(self, sheet: Sheet, scan: _Scan, progress: Progress | None) -> None:
        rows = sheet.rows
        mapping = self._find_header(rows, scan)
        if mapping is None or scan.failed:
            return
        today = self._clock.today()
        seen = DuplicateKeys()
        for row in rows:
            if all(_blank(v) for v in row.values):
                continue
            scan.rows_read += 1
            if scan.rows_read > MAX_DATA_ROWS:
                scan.file_findings.append(
                    _file_error(
                        "import.too_many_rows",
                        QT_TRANSLATE_NOOP(
                            "Finding",
                            "The file has more than {max} rows. Split it into smaller files.",
                        ),
                        max=MAX_DATA_ROWS,
                    )
                )
                return
            candidate = self._check_row(row, mapping, scan, today)
            if candidate is not None:
                duplicates = seen.claim(candidate.row, candidate.fields)
                scan.problems.extend(
                    RowProblem(row.number, scan.headers.get(f.field or ""), f) for f in duplicates
                )
                if not duplicates:
                    scan.candidates.append(candidate)
            if progress is not None and scan.rows_read % PROGRESS_EVERY == 0:
                progress(scan.rows_read)

    def _find_header(
        self, rows: Iterator[SheetRow], scan: _Scan
    ) -> list[tuple[int, ImportColumn]] | None:
        for row in rows:
            mapping = _map_header(row.values, scan)
            if mapping is not None:
                return mapping
            if row.number >= HEADER_SEARCH_ROWS:
                break
        scan.file_findings.append(
            _file_error(
                "import.no_header",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "No header row found: the first row must hold the column names of the "
                    "template (Nama Usaha, Nama Pemilik, NIK, ...).",
                ),
            )
        )
        return None

    def _check_row(
        self, row: SheetRow, mapping: list[tuple[int, ImportColumn]], scan: _Scan, today: date
    ) -> _Candidate | None:
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []
        bad_fields: set[str] = set()
        for index, column in mapping:
            raw = row.values[index] if index < len(row.values) else None
            value, finding = convert_cell(column, raw, today)
            if finding is not None:
                problems.append(RowProblem(row.number, scan.headers[column.field], finding))
                bad_fields.add(column.field)
            elif value is not None:
                values[column.field] = value
        consent = values.pop("consent", None)
        values["consent_text_version"] = self._consent_version if consent else None
        if "*" in str(values.get("nik", "")):
            problems.append(
                RowProblem(
                    row.number,
                    scan.headers["nik"],
                    error(
                        "import.nik_masked",
                        QT_TRANSLATE_NOOP(
                            "Finding",
                            "The NIK is masked (****). Export with the full NIK, or type it "
                            "from the card.",
                        ),
                        "nik",
                    ),
                )
            )
            bad_fields.add("nik")
        validation = self._validate(BusinessInput(**values))
        for finding in validation.findings:
            if finding.field not in bad_fields:
                problems.append(
                    RowProblem(row.number, scan.headers.get(finding.field or ""), finding)
                )
        scan.problems.extend(problems)
        if not validation.ok or any(p.is_error for p in problems):
            return None
        assert validation.fields is not None
        return _Candidate(row.number, validation.fields, tuple(f.code for f in validation.warnings))

    def _check_drive(self, session: Session, drive_id: str | None) -> None:
        if drive_id is None:
            return
        drive = session.get(RegistrationDrive, drive_id)
        if drive is None or drive.deleted:
            raise DriveNotFoundError(drive_id)

    def _drop_registered(self, session: Session, scan: _Scan) -> None:
        """Turn rows whose NIK, NIB, phone or name is already registered into row errors."""
        found = find_registered(session, [(c.row, c.fields) for c in scan.candidates])
        if not found:
            return
        for candidate in scan.candidates:
            for finding in found.get(candidate.row, ()):
                scan.problems.append(
                    RowProblem(candidate.row, scan.headers.get(finding.field or ""), finding)
                )
        scan.candidates = [c for c in scan.candidates if c.row not in found]

    @staticmethod
    def _report(path: Path, scan: _Scan, *, dry_run: bool, imported: int) -> ImportReport:
        last = len(scan.positions)
        problems = sorted(
            scan.problems, key=lambda p: (p.row, scan.positions.get(p.column or "", last))
        )
        return ImportReport(
            file=path,
            dry_run=dry_run,
            rows_read=scan.rows_read,
            rows_valid=len(scan.candidates),
            rows_imported=imported,
            problems=tuple(problems),
            file_findings=tuple(scan.file_findings),
            unknown_columns=tuple(scan.unknown_columns),
        )

    # -- writing ----------------------------------------------------------------------------

    def _write(
        self,
        session: Session,
        candidates: list[_Candidate],
        drive_id: str | None,
        path: Path,
        digest: str,
    ) -> int:
        now = self._clock.now()
        officer = self._actor.officer_id
        summary = record_audit(
            session,
            at=now,
            officer_id=officer,
            action="business.import",
            details={
                "file": path.name,
                "sha256": digest,
                "rows": len(candidates),
                "drive_id": drive_id,
            },
        )
        session.flush()
        for start in range(0, len(candidates), INSERT_CHUNK):
            chunk = candidates[start : start + INSERT_CHUNK]
            rows = [
                _business_row(c.fields, drive_id=drive_id, officer_id=officer, now=now)
                for c in chunk
            ]
            # Built after the previous chunk is inserted: each event chains onto the last.
            audits = audit_rows(
                session,
                [
                    _create_event(
                        now,
                        officer,
                        row["id"],
                        {
                            "version": 1,
                            "import_event": summary.id,
                            "row": c.row,
                            **({"warnings": list(c.warnings)} if c.warnings else {}),
                        },
                    )
                    for c, row in zip(chunk, rows, strict=True)
                ],
            )
            _insert_chunk(session, rows, [_outbox_row(row, now) for row in rows], audits)
        return len(candidates)


def _business_row(
    fields: BusinessFields, *, drive_id: str | None, officer_id: str, now: datetime
) -> dict[str, Any]:
    """The same columns ``RegistrationService.register`` sets on a new business."""
    return {
        "id": new_id(),
        "drive_id": drive_id,
        **{name: getattr(fields, name) for name in _FIELD_NAMES},  # asdict() deep-copies
        "consent_at": now,
        "duplicate_reason": None,
        "created_by": officer_id,
        "created_at": now,
        "updated_by": officer_id,
        "updated_at": now,
        "version": 1,
        "deleted": False,
        "deleted_at": None,
    }


def _outbox_row(business: dict[str, Any], at: datetime) -> dict[str, Any]:
    """What ``storage.outbox.record_change`` writes, as a row for a bulk insert."""
    # business_payload only reads attributes, so a plain namespace stands in for the ORM row.
    text = canonical_json(business_payload(cast(Business, SimpleNamespace(**business))))
    return {
        "entity": ENTITY,
        "entity_id": business["id"],
        "version": business["version"],
        "base_version": business["version"] - 1,
        "operation": Operation.UPSERT.value,
        "payload": text,
        "payload_hash": payload_hash(text),
        "state": OutboxState.PENDING.value,
        "attempts": 0,
        "created_at": at,
    }


def _create_event(
    at: datetime, officer_id: str, business_id: str, details: dict[str, Any]
) -> AuditEventData:
    """The ``business.create`` event a form save writes, for ``audit_rows``."""
    return AuditEventData(at, officer_id, "business.create", ENTITY, business_id, details)


def _insert_chunk(
    session: Session,
    businesses: list[dict[str, Any]],
    outbox: list[dict[str, Any]],
    audits: list[dict[str, Any]],
) -> None:
    session.execute(insert(Business), businesses)
    session.execute(insert(OutboxEntry), outbox)
    session.execute(insert(AuditEvent), audits)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
