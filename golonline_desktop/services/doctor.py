"""A health report on a data folder, for support calls: ``golonline-desktop doctor``.

The doctor only looks. It opens the database read-only through SQLite's URI ``mode=ro``
(never through ``Store``, whose connections set the journal mode), so it neither creates a
missing database nor migrates an old one, and it can examine a database written by a
newer version that the application itself refuses to open.

It also re-hashes every file of the photo store against its name and looks for photos a
live product names that are not on disk. The one thing that changes anything,
``doctor --collect-photos``, is not here: it goes through the application's store
(``services.photo_blobs.collect_photos``) before the report is made.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from golonline_desktop.domain.findings import Finding, error, warning
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.paths import DataPaths
from golonline_desktop.storage.audit import CHAIN_QUERY, ChainReport, check_rows
from golonline_desktop.storage.migrate import head_revision, known_revisions
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry, RegistrationDrive
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.photo_store import SHA256_PATTERN, PhotoStore
from golonline_desktop.storage.product_models import Product, ProductPhoto

INTEGRITY_MESSAGES = 20


class SchemaState(StrEnum):
    MISSING = "missing"  # no database file yet
    EMPTY = "empty"  # a database without our schema
    CURRENT = "current"
    OLDER = "older"  # upgraded (after a backup) the next time the application opens it
    NEWER = "newer"  # written by a newer version: this one refuses it
    NOT_A_DATABASE = "not_a_database"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int


@dataclass(frozen=True)
class DoctorReport:
    data_dir: Path
    data_dir_exists: bool
    database: Path
    database_bytes: int | None
    wal_bytes: int | None
    schema: SchemaState
    revision: str | None
    head_revision: str
    journal_mode: str | None = None
    integrity: tuple[str, ...] = ()  # ("ok",) for a sound database
    counts: dict[str, int] = field(default_factory=dict)
    outbox: dict[str, int] = field(default_factory=dict)
    backups: tuple[BackupInfo, ...] = ()
    audit_chain: ChainReport | None = None  # None: the schema has no chain (older revision)
    photo_files: int | None = None  # files in the photo store; None without a data folder
    damaged_photos: tuple[str, ...] = ()  # bytes do not hash to the name, or misplaced
    missing_photos: tuple[str, ...] = ()  # named by a live product, not in the store
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


def _size(path: Path) -> int | None:
    return path.stat().st_size if path.is_file() else None


def _backups(paths: DataPaths) -> tuple[BackupInfo, ...]:
    if not paths.backups.is_dir():
        return ()
    files = sorted(p for p in paths.backups.iterdir() if p.is_file())
    return tuple(BackupInfo(p, p.stat().st_size) for p in files)


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _count(connection: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]] | None:
    """Rows of a count query, or None when the table is missing (an old or foreign schema)."""
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return None


def _counts(connection: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    counts: dict[str, int] = {}
    rows = _count(
        connection, f"SELECT deleted, COUNT(*) FROM {Business.__tablename__} GROUP BY deleted"
    )
    if rows is not None:
        by_flag = {bool(flag): int(n) for flag, n in rows}
        counts["businesses_live"] = by_flag.get(False, 0)
        counts["businesses_deleted"] = by_flag.get(True, 0)
    rows = _count(
        connection, f"SELECT COUNT(*) FROM {RegistrationDrive.__tablename__} WHERE NOT deleted"
    )
    if rows is not None:
        counts["drives"] = int(rows[0][0])
    rows = _count(connection, f"SELECT COUNT(*) FROM {AuditEvent.__tablename__}")
    if rows is not None:
        counts["audit_events"] = int(rows[0][0])
    outbox_rows = _count(
        connection, f"SELECT state, COUNT(*) FROM {OutboxEntry.__tablename__} GROUP BY state"
    )
    outbox = {str(state): int(n) for state, n in outbox_rows or ()}
    return counts, outbox


def _audit_chain(connection: sqlite3.Connection) -> ChainReport | None:
    """The hash chain of the audit log, or None before the schema had one."""
    try:
        rows = connection.execute(CHAIN_QUERY)
    except sqlite3.OperationalError:
        return None
    return check_rows(rows)


def _revision(connection: sqlite3.Connection) -> str | None:
    rows = _count(connection, "SELECT version_num FROM alembic_version")
    return str(rows[0][0]) if rows else None


def _live_photo_hashes(connection: sqlite3.Connection) -> list[str]:
    rows = _count(
        connection,
        f"SELECT DISTINCT pp.sha256 FROM {ProductPhoto.__tablename__} pp "
        f"JOIN {Product.__tablename__} p ON p.id = pp.product_id WHERE NOT p.deleted",
    )
    return [str(r[0]) for r in rows or ()]


def _photo_findings(report: dict[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    if report["damaged_photos"]:
        findings.append(
            error(
                "doctor.photo_damaged",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{count} photo files are damaged (their content does not match their "
                    "name), first {name}. Add those photos to their products again.",
                ),
                count=len(report["damaged_photos"]),
                name=report["damaged_photos"][0],
            )
        )
    if report["missing_photos"]:
        findings.append(
            error(
                "doctor.photo_missing",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{count} photos of products are missing from the photo store, first "
                    "{name}. Add those photos to their products again.",
                ),
                count=len(report["missing_photos"]),
                name=report["missing_photos"][0],
            )
        )
    return findings


def run_doctor(paths: DataPaths) -> DoctorReport:
    """Look at the data folder and its database without changing anything."""
    head = head_revision()
    base = {
        "data_dir": paths.root,
        "data_dir_exists": paths.root.is_dir(),
        "database": paths.database,
        "database_bytes": _size(paths.database),
        "wal_bytes": _size(paths.database.with_name(paths.database.name + "-wal")),
        "head_revision": head,
        "backups": _backups(paths),
    }
    if not paths.root.is_dir():
        finding = warning(
            "doctor.no_data_dir",
            QT_TRANSLATE_NOOP(
                "Finding",
                "The data folder {folder} does not exist yet; the application creates it "
                "when it first starts.",
            ),
            folder=str(paths.root),
        )
        return DoctorReport(**base, schema=SchemaState.MISSING, revision=None, findings=(finding,))
    photos = PhotoStore(paths.photos)
    base["photo_files"] = sum(1 for _ in photos.iter_shas())
    base["damaged_photos"] = tuple(photos.verify_all())
    if not paths.database.is_file():
        finding = warning(
            "doctor.no_database",
            QT_TRANSLATE_NOOP(
                "Finding",
                "There is no database in {folder} yet; the application creates it when it "
                "first starts.",
            ),
            folder=str(paths.root),
        )
        return DoctorReport(
            **base,
            schema=SchemaState.MISSING,
            revision=None,
            findings=(finding, *_photo_findings({**base, "missing_photos": ()})),
        )
    try:
        with _read_only(paths.database) as connection:
            journal_mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0])
            revision = _revision(connection)
            integrity = tuple(
                str(r[0])
                for r in connection.execute(f"PRAGMA integrity_check({INTEGRITY_MESSAGES})")
            )
            counts, outbox = _counts(connection)
            chain = _audit_chain(connection)
            live_photos = _live_photo_hashes(connection)
    except sqlite3.DatabaseError as exc:
        finding = error(
            "doctor.not_a_database",
            QT_TRANSLATE_NOOP(
                "Finding", "{file} is not a database this application can read ({reason})."
            ),
            file=str(paths.database),
            reason=str(exc),
        )
        return DoctorReport(
            **base,
            schema=SchemaState.NOT_A_DATABASE,
            revision=None,
            findings=(finding, *_photo_findings({**base, "missing_photos": ()})),
        )
    schema = _schema_state(revision, head)
    base["missing_photos"] = tuple(
        sha for sha in live_photos if not (SHA256_PATTERN.match(sha) and photos.has(sha))
    )
    findings = _findings(schema, revision, head, journal_mode, integrity, outbox)
    findings.extend(_photo_findings(base))
    if chain is not None and not chain.ok:
        findings.append(
            error(
                "doctor.audit_chain",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The audit log was altered outside the application: {count} entries do "
                    "not match the chain (first at entry {first}). Copy the data folder and "
                    "report it to your supervisor.",
                ),
                count=chain.broken_count,
                first=chain.first_broken,
            )
        )
    return DoctorReport(
        **base,
        schema=schema,
        revision=revision,
        journal_mode=journal_mode,
        integrity=integrity,
        counts=counts,
        outbox=outbox,
        audit_chain=chain,
        findings=tuple(findings),
    )


def _schema_state(revision: str | None, head: str) -> SchemaState:
    if revision is None:
        return SchemaState.EMPTY
    if revision == head:
        return SchemaState.CURRENT
    if revision in known_revisions():
        return SchemaState.OLDER
    return SchemaState.NEWER


def _findings(
    schema: SchemaState,
    revision: str | None,
    head: str,
    journal_mode: str,
    integrity: tuple[str, ...],
    outbox: dict[str, int],
) -> list[Finding]:
    findings: list[Finding] = []
    if schema is SchemaState.NEWER:
        findings.append(
            error(
                "doctor.newer_schema",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The database was written by a newer version of the application (schema "
                    "{revision}). Install that version; this one will not open the database.",
                ),
                revision=revision,
            )
        )
    elif schema is SchemaState.OLDER:
        findings.append(
            warning(
                "doctor.older_schema",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The database has schema {revision}; it is backed up and upgraded to "
                    "{head} the next time the application opens it.",
                ),
                revision=revision,
                head=head,
            )
        )
    if integrity != ("ok",):
        findings.append(
            error(
                "doctor.integrity",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The database is damaged ({details}). Do not delete anything: copy the "
                    "data folder and contact support; the backups folder holds older copies.",
                ),
                details="; ".join(integrity[:3]),
            )
        )
    if journal_mode.lower() != "wal" and schema is not SchemaState.EMPTY:
        findings.append(
            warning(
                "doctor.journal_mode",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "The database uses the {mode} journal instead of WAL; the application "
                    "switches it back when it opens the database.",
                ),
                mode=journal_mode,
            )
        )
    stuck = outbox.get(OutboxState.QUARANTINED.value, 0) + outbox.get(OutboxState.CONFLICT.value, 0)
    if stuck:
        findings.append(
            warning(
                "doctor.outbox_attention",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{count} changes were refused by the server and wait for the officer "
                    "(quarantined or in conflict).",
                ),
                count=stuck,
            )
        )
    return findings
