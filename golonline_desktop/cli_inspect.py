"""``validate`` and ``doctor``: the CLI commands that explain rather than change.

``validate`` runs one of the registration checks on a value and explains it (the parts of
a NIK, where its prefix was registered); ``doctor`` prints ``services.doctor``'s report.
Neither opens the application's database for writing, except ``doctor --collect-photos``,
which first deletes the photo files nothing needs (``services.photo_blobs``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from golonline_desktop.cli import (
    EXIT_DATA_FOLDER,
    EXIT_OK,
    EXIT_PROBLEMS,
    Console,
    UsageError,
    size_text,
)
from golonline_desktop.domain.findings import CheckResult
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from golonline_desktop.services.doctor import DoctorReport
    from golonline_desktop.storage.region_directory import RegionDirectory


def _checked(args: argparse.Namespace, console: Console, today: date) -> CheckResult[object]:
    from golonline_desktop.domain.contact import check_email
    from golonline_desktop.domain.kbli import check_kbli
    from golonline_desktop.domain.money import parse_rupiah
    from golonline_desktop.domain.nib import check_nib
    from golonline_desktop.domain.nik import check_nik
    from golonline_desktop.domain.npwp import check_nitku, check_npwp
    from golonline_desktop.domain.phone import check_phone
    from golonline_desktop.domain.sex import Sex

    value: str = args.value
    if args.kind == "nik":
        birth = None
        if args.birth_date:
            from golonline_desktop.services.import_cells import parse_date_text

            birth = parse_date_text(args.birth_date.strip())
            if birth is None:
                raise UsageError(
                    console.text(
                        QT_TRANSLATE_NOOP(
                            "Cli", "--birth-date {value} is not a date (YYYY-MM-DD)."
                        ),
                        value=args.birth_date,
                    )
                )
        sex = Sex(args.sex) if args.sex else None
        return check_nik(value, birth_date=birth, sex=sex, today=today, prefixes=args.regions)
    checks: dict[str, Callable[[], CheckResult[object]]] = {
        "npwp": lambda: check_npwp(value, today=today),
        "nitku": lambda: check_nitku(value, today=today),
        "nib": lambda: check_nib(value),
        "phone": lambda: check_phone(value),
        "email": lambda: check_email(value),
        "kbli": lambda: check_kbli(value, args.kbli_version),
        "rupiah": lambda: parse_rupiah(value),
    }
    return checks[args.kind]()


def _explain_nik(nik: str, regions: RegionDirectory | None, console: Console, today: date) -> None:
    from golonline_desktop.domain.nik import parse_nik

    try:
        parts = parse_nik(nik, today)
    except ValueError:
        return
    console.say(
        QT_TRANSLATE_NOOP("Cli", "Birth date: {date}"), date=parts.birth_date.strftime("%d-%m-%Y")
    )
    console.say(
        QT_TRANSLATE_NOOP("Cli", "Sex: {sex}"), sex=console.translate("Sex", parts.sex.label)
    )
    path = regions.full_path(parts.district_code) if regions is not None else None
    last_seen = regions.last_seen(parts.district_code) if regions is not None else None
    if path:
        console.say(
            QT_TRANSLATE_NOOP("Cli", "First registered in: {code} {path}"),
            code=parts.district_code,
            path=path,
        )
    elif last_seen:
        console.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "First registered in: kecamatan {code} (a former code, last listed in {year})",
            ),
            code=parts.district_code,
            year=last_seen,
        )
    else:
        console.say(
            QT_TRANSLATE_NOOP("Cli", "First registered in: {code} (unknown kecamatan)"),
            code=parts.district_code,
        )
    console.say(QT_TRANSLATE_NOOP("Cli", "Serial number: {serial}"), serial=parts.serial)


def run_validate(args: argparse.Namespace, console: Console) -> int:
    from golonline_desktop.domain.money import format_rupiah
    from golonline_desktop.domain.phone import format_phone_display

    today = date.today()
    args.regions = _regions() if args.kind == "nik" else None
    try:
        result = _checked(args, console, today)
        if result.value is None:
            console.say(QT_TRANSLATE_NOOP("Cli", "Not valid."))
        else:
            console.say(QT_TRANSLATE_NOOP("Cli", "Stored as: {value}"), value=result.value)
            if args.kind == "nik":
                _explain_nik(str(result.value), args.regions, console, today)
            elif args.kind == "phone":
                console.say(
                    QT_TRANSLATE_NOOP("Cli", "Shown as: {value}"),
                    value=format_phone_display(str(result.value)),
                )
            elif args.kind == "rupiah" and isinstance(result.value, int):
                console.say(
                    QT_TRANSLATE_NOOP("Cli", "Shown as: {value}"), value=format_rupiah(result.value)
                )
    finally:
        if args.regions is not None:
            args.regions.close()
    for finding in result.findings:
        console.show_finding(finding)
    if result.ok and not result.findings:
        console.say(QT_TRANSLATE_NOOP("Cli", "Valid."))
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def _regions() -> RegionDirectory | None:
    from golonline_desktop.storage.region_directory import RegionDirectory

    try:
        return RegionDirectory.open()
    except (FileNotFoundError, RuntimeError):
        return None


def _print_doctor(report: DoctorReport, console: Console) -> None:
    say = console.say
    say(QT_TRANSLATE_NOOP("Cli", "Data folder: {folder}"), folder=str(report.data_dir))
    if report.database_bytes is None:
        say(QT_TRANSLATE_NOOP("Cli", "Database: none yet ({file})"), file=str(report.database))
    else:
        say(
            QT_TRANSLATE_NOOP("Cli", "Database: {file} ({size})"),
            file=str(report.database),
            size=size_text(console, report.database_bytes),
        )
    if report.wal_bytes is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "Write-ahead log: {size}"),
            size=size_text(console, report.wal_bytes),
        )
    if report.revision is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "Schema: {revision} (this version knows up to {head})"),
            revision=report.revision,
            head=report.head_revision,
        )
    if report.journal_mode is not None:
        say(QT_TRANSLATE_NOOP("Cli", "Journal mode: {mode}"), mode=report.journal_mode)
    if report.integrity:
        say(
            QT_TRANSLATE_NOOP("Cli", "Integrity check: {result}"),
            result="; ".join(report.integrity),
        )
    counts = report.counts
    if "businesses_live" in counts:
        say(
            QT_TRANSLATE_NOOP("Cli", "Businesses: {live} live, {deleted} deleted"),
            live=counts["businesses_live"],
            deleted=counts["businesses_deleted"],
        )
    if "drives" in counts:
        say(QT_TRANSLATE_NOOP("Cli", "Registration drives: {count}"), count=counts["drives"])
    if "audit_events" in counts:
        say(QT_TRANSLATE_NOOP("Cli", "Audit events: {count}"), count=counts["audit_events"])
    if report.revision is not None:
        states = ", ".join(f"{state} {n}" for state, n in sorted(report.outbox.items()))
        say(QT_TRANSLATE_NOOP("Cli", "Outbox: {states}"), states=states or "0")
    if report.photo_files is not None:
        say(
            QT_TRANSLATE_NOOP("Cli", "Photo files: {count} ({damaged} damaged, {missing} missing)"),
            count=report.photo_files,
            damaged=len(report.damaged_photos),
            missing=len(report.missing_photos),
        )
    say(QT_TRANSLATE_NOOP("Cli", "Backups: {count}"), count=len(report.backups))
    for backup in report.backups:
        say("  {name} ({size})", name=backup.path.name, size=size_text(console, backup.size_bytes))
    for finding in report.findings:
        console.show_finding(finding)


def _collect_photos(args: argparse.Namespace, console: Console) -> None:
    from datetime import timedelta

    from golonline_desktop.cli import _open_app
    from golonline_desktop.services.photo_blobs import DEFAULT_PHOTO_GRACE, collect_photos
    from golonline_desktop.storage.photo_store import PhotoStore

    if args.grace_days is None:
        args.grace_days = DEFAULT_PHOTO_GRACE.days
    if args.grace_days < 0:
        raise UsageError(console.text(QT_TRANSLATE_NOOP("Cli", "--grace-days cannot be negative.")))
    app = _open_app(args.paths, console, args)
    try:
        done = collect_photos(
            app.store, PhotoStore(app.paths.photos), app.clock, timedelta(days=args.grace_days)
        )
    finally:
        app.close()
    console.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Photo files removed: {removed} of {stored}. Kept: {live} used by products, "
            "{drafts} by unsaved drafts, {unsent} by changes not yet synced, {young} younger "
            "than {days} days.",
        ),
        removed=len(done.removed),
        stored=done.stored,
        live=done.kept_live,
        drafts=done.kept_draft,
        unsent=done.kept_unsent,
        young=done.kept_young,
        days=args.grace_days,
    )


def run_doctor_command(args: argparse.Namespace, console: Console) -> int:
    from golonline_desktop.services.doctor import run_doctor

    if getattr(args, "collect_photos", False):
        _collect_photos(args, console)
    report = run_doctor(args.paths)
    _print_doctor(report, console)
    return EXIT_OK if report.ok else EXIT_DATA_FOLDER
