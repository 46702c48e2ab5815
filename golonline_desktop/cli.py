"""The ``golonline-desktop`` command: the GUI by default, headless commands for scripting.

    golonline-desktop [--data-dir DIR] [--language id|en] [gui] [--smoke]
    golonline-desktop import FILE [--dry-run] [--drive ID] [--report PROBLEMS.csv]
    golonline-desktop export FILE [--format csv|xlsx] [--drive ID] [--unmask]
    golonline-desktop validate nik|npwp|nitku|nib|phone|email|kbli|rupiah VALUE
    golonline-desktop doctor [--collect-photos [--grace-days N]]

Messages are in the officer's language (Bahasa Indonesia unless ``--language en``): source
strings are English, marked with ``QT_TRANSLATE_NOOP("Cli", ...)`` so ``pyside6-lupdate``
extracts them, and translated through the GUI's Qt translator when it can be loaded.

Exit codes: 0 done; 1 the file or value has errors (valid rows of an import are still
imported); 2 usage error; 3 data folder problem (newer schema, not a database, damaged);
4 unexpected error (the traceback goes to the log, never to the officer's screen).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from golonline_desktop.paths import DataPaths

if TYPE_CHECKING:
    from golonline_desktop.services.app import App
    from golonline_desktop.services.business_import import ImportReport

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_DATA_FOLDER = 3
EXIT_UNEXPECTED = 4
DEFAULT_LANGUAGE = "id"
ERROR_LOG = "cli-errors.log"
VALIDATE_KINDS = ("nik", "npwp", "nitku", "nib", "phone", "email", "kbli", "rupiah")


class UsageError(Exception):
    """The command cannot be done as asked (exit 2); the message is already translated."""


class DataFolderError(Exception):
    """The data folder cannot be used (exit 3); the message is already translated."""


def load_translate(language: str) -> Translate:
    """The officer's language through the GUI's Qt translator; English source text without it."""
    try:
        from golonline_desktop.gui.i18n import load_translator
    except ImportError:  # a build without Qt: the English source text
        return untranslated
    translator = load_translator(language)
    if translator is None:
        return untranslated

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


class Console:
    """Where the CLI writes, in the officer's language."""

    def __init__(self, translate: Translate, out: TextIO, err: TextIO) -> None:
        self.translate = translate
        self._out = out
        self._err = err

    def text(self, template: str, **params: object) -> str:
        translated = self.translate("Cli", template)
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)

    def say(self, template: str, **params: object) -> None:
        print(self.text(template, **params), file=self._out)

    def complain(self, template: str, **params: object) -> None:
        print(self.text(template, **params), file=self._err)

    def finding(self, finding: Finding) -> str:
        return finding.render(self.translate)

    def show_finding(self, finding: Finding, *, to_err: bool = False) -> None:
        if finding.is_error:
            template = QT_TRANSLATE_NOOP("Cli", "Error: {message}")
        else:
            template = QT_TRANSLATE_NOOP("Cli", "Warning: {message}")
        (self.complain if to_err else self.say)(template, message=self.finding(finding))


def size_text(console: Console, size: int | None) -> str:
    if size is None:
        return "-"
    if size < 1024 * 1024:
        return console.text(QT_TRANSLATE_NOOP("Cli", "{size} KB"), size=max(1, size // 1024))
    megabytes = f"{size / 1024 / 1024:.1f}"
    if console.translate("Cli", "{size} MB") != "{size} MB":  # Indonesian: decimal comma
        megabytes = megabytes.replace(".", ",")
    return console.text(QT_TRANSLATE_NOOP("Cli", "{size} MB"), size=megabytes)


# -- arguments ------------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, console: Console, top: bool) -> None:
    # On subcommands too, so "import --data-dir X f.csv" works; SUPPRESS keeps the value
    # given before the subcommand when it is not repeated after it.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        default=default,
        help=console.text(QT_TRANSLATE_NOOP("Cli", "data folder (default: the user's folder)")),
    )
    parser.add_argument(
        "--language",
        choices=("id", "en"),
        default=default,
        help=console.text(QT_TRANSLATE_NOOP("Cli", "language of messages (default: id)")),
    )
    parser.add_argument(
        "--user",
        default=default,
        help=console.text(
            QT_TRANSLATE_NOOP("Cli", "your username (a data folder set up with accounts)")
        ),
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        default=default if top else argparse.SUPPRESS,
        help=console.text(
            QT_TRANSLATE_NOOP(
                "Cli", "read the password (then any other secret asked) from standard input"
            )
        ),
    )


def build_parser(console: Console) -> argparse.ArgumentParser:
    t = console.text
    parser = argparse.ArgumentParser(
        prog="golonline-desktop",
        description=t(QT_TRANSLATE_NOOP("Cli", "GoOnline Desktop: UMKM registration drives.")),
    )
    _global_options(parser, console, top=True)
    smoke_help = t(QT_TRANSLATE_NOOP("Cli", "start, show the window and exit (a build check)"))
    parser.add_argument("--smoke", action="store_true", help=smoke_help)
    commands = parser.add_subparsers(dest="command")

    gui = commands.add_parser("gui", help=t(QT_TRANSLATE_NOOP("Cli", "start the application")))
    _global_options(gui, console, top=False)
    gui.add_argument("--smoke", action="store_true", default=argparse.SUPPRESS, help=smoke_help)

    drive_help = t(QT_TRANSLATE_NOOP("Cli", "id of a registration drive"))
    imp = commands.add_parser(
        "import", help=t(QT_TRANSLATE_NOOP("Cli", "import businesses from .xlsx or .csv"))
    )
    _global_options(imp, console, top=False)
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "check the file and report problems; save nothing")),
    )
    imp.add_argument("--drive", help=drive_help)
    imp.add_argument(
        "--report",
        type=Path,
        help=t(QT_TRANSLATE_NOOP("Cli", "also write the problems to this CSV file")),
    )

    exp = commands.add_parser(
        "export", help=t(QT_TRANSLATE_NOOP("Cli", "export businesses to .xlsx or .csv"))
    )
    _global_options(exp, console, top=False)
    exp.add_argument("file", type=Path)
    exp.add_argument("--format", choices=("csv", "xlsx"))
    exp.add_argument("--drive", help=drive_help)
    exp.add_argument(
        "--unmask",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "export full NIKs (supervisors only)")),
    )

    val = commands.add_parser(
        "validate", help=t(QT_TRANSLATE_NOOP("Cli", "check one number or value and explain it"))
    )
    _global_options(val, console, top=False)
    val.add_argument("kind", choices=VALIDATE_KINDS)
    val.add_argument("value")
    val.add_argument("--birth-date", help="YYYY-MM-DD")
    val.add_argument("--sex", choices=("L", "P"))
    val.add_argument("--kbli-version", default="2020", choices=("2020", "2025"))

    doctor = commands.add_parser(
        "doctor", help=t(QT_TRANSLATE_NOOP("Cli", "check the data folder and its database"))
    )
    _global_options(doctor, console, top=False)
    doctor.add_argument(
        "--collect-photos",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "Cli",
                "first delete photo files no product, draft or unsent change needs "
                "(only those older than the grace period)",
            )
        ),
    )
    doctor.add_argument(
        "--grace-days",
        type=int,
        help=t(QT_TRANSLATE_NOOP("Cli", "grace period in days for --collect-photos (default 7)")),
    )

    from golonline_desktop.cli_sync import add_sync_parsers

    add_sync_parsers(commands, console, _global_options)
    from golonline_desktop.cli_handover import add_handover_parsers

    add_handover_parsers(commands, console, _global_options)
    return parser


def _language_of(argv: Sequence[str]) -> str:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--language", choices=("id", "en"))
    known, _ = pre.parse_known_args(argv)
    return known.language or DEFAULT_LANGUAGE


# -- running --------------------------------------------------------------------------------


def _log_unexpected(paths: DataPaths | None) -> Path:
    folder = paths.logs if paths is not None and paths.root.is_dir() else None
    if folder is None:
        folder = Path(tempfile.gettempdir())
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / ERROR_LOG
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
        handle.write(traceback.format_exc())
    return log


# -- commands -------------------------------------------------------------------------------


def read_secret(args: argparse.Namespace | None, prompt: str) -> str:
    """The next secret: a line of standard input with --password-stdin, else asked."""
    if args is not None and getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(prompt)


def _login(
    paths: DataPaths, console: Console, args: argparse.Namespace | None
) -> tuple[bytes, str]:
    """(data key, officer id) of the officer named by --user, for an encrypted data folder."""
    from golonline_desktop.domain.clock import SystemClock
    from golonline_desktop.services.accounts import (
        AccountService,
        LoginThrottledError,
        OfficerDeactivatedError,
    )
    from golonline_desktop.storage.vault import KeyVault, VaultError

    username = getattr(args, "user", None) if args is not None else None
    if not username:
        raise UsageError(
            console.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "This data folder is protected by officer accounts: give --user NAME "
                    "(the password is asked, or read with --password-stdin).",
                )
            )
        )
    password = read_secret(args, console.text(QT_TRANSLATE_NOOP("Cli", "Password: ")))
    accounts = AccountService(KeyVault.in_folder(paths.root), SystemClock())
    try:
        result = accounts.login(username, password)
    except LoginThrottledError as exc:
        raise UsageError(
            console.text(
                QT_TRANSLATE_NOOP("Cli", "Too many wrong passwords: try again in {seconds} s."),
                seconds=int(exc.wait.total_seconds()) + 1,
            )
        ) from exc
    except OfficerDeactivatedError as exc:
        raise UsageError(console.translate("Accounts", exc.message)) from exc
    except VaultError as exc:
        raise UsageError(
            console.text(QT_TRANSLATE_NOOP("Cli", "Wrong username or password."))
        ) from exc
    return result.data_key, result.officer_id


def _open_app(paths: DataPaths, console: Console, args: argparse.Namespace | None = None) -> App:
    """The services on the data folder; expected failures become DataFolderError (exit 3).

    A folder set up with officer accounts (a key vault) is opened as the officer --user
    names, after their password: the database is encrypted with a key only a password opens.
    """
    from sqlalchemy.exc import DatabaseError

    from golonline_desktop.services.app import open_app
    from golonline_desktop.storage.migrate import NewerSchemaError, NotADatabaseError
    from golonline_desktop.storage.vault import KeyVault

    key = officer_id = None
    if KeyVault.in_folder(paths.root).exists():
        key, officer_id = _login(paths, console, args)
    try:
        return open_app(paths, key=key, officer_id=officer_id)
    except NewerSchemaError as exc:
        raise DataFolderError(
            console.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The database {file} was written by a newer version of GoOnline Desktop "
                    "(schema {revision}). Install that version; nothing was changed.",
                ),
                file=str(exc.path),
                revision=exc.revision,
            )
        ) from exc
    except (NotADatabaseError, DatabaseError) as exc:
        raise DataFolderError(
            console.text(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{file} is not a GoOnline Desktop database ({reason}). Check --data-dir; "
                    "nothing was changed.",
                ),
                file=str(paths.database),
                reason=str(exc).splitlines()[0],
            )
        ) from exc
    except OSError as exc:
        raise DataFolderError(
            console.text(
                QT_TRANSLATE_NOOP("Cli", "The data folder {folder} cannot be used: {reason}"),
                folder=str(paths.root),
                reason=exc.strerror or str(exc),
            )
        ) from exc


def _unknown_drive(console: Console, drive: str) -> UsageError:
    return UsageError(
        console.text(
            QT_TRANSLATE_NOOP("Cli", "There is no registration drive {drive}."), drive=drive
        )
    )


def _print_import(report: ImportReport, console: Console) -> None:
    for finding in report.file_findings:
        console.show_finding(finding)
    for problem in report.problems:
        message = console.finding(problem.finding)
        if problem.column is None:
            console.say(
                QT_TRANSLATE_NOOP("Cli", "Row {row}: {message}"), row=problem.row, message=message
            )
        elif problem.is_error:
            console.say(
                QT_TRANSLATE_NOOP("Cli", "Row {row}, column {column}: {message}"),
                row=problem.row,
                column=problem.column,
                message=message,
            )
        else:
            console.say(
                QT_TRANSLATE_NOOP("Cli", "Row {row}, column {column} (warning): {message}"),
                row=problem.row,
                column=problem.column,
                message=message,
            )
    counts = {
        "file": report.file.name,
        "read": report.rows_read,
        "valid": report.rows_valid,
        "bad": len(report.bad_rows),
        "imported": report.rows_imported,
    }
    if report.file_errors:
        console.say(QT_TRANSLATE_NOOP("Cli", "Nothing was imported from {file}."), **counts)
    elif report.dry_run:
        console.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Checked {file}: {read} rows, {valid} can be imported, {bad} have errors. "
                "Nothing was saved (dry run).",
            ),
            **counts,
        )
    else:
        console.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Imported {imported} of {read} rows from {file}; {bad} rows have errors and "
                "were not imported.",
            ),
            **counts,
        )


def run_import(args: argparse.Namespace, console: Console) -> int:
    from golonline_desktop.services.business_import import DriveNotFoundError
    from golonline_desktop.services.import_report import write_problem_report

    if not args.file.is_file():
        raise UsageError(
            console.text(
                QT_TRANSLATE_NOOP("Cli", "The file {file} does not exist."), file=str(args.file)
            )
        )
    app = _open_app(args.paths, console, args)
    try:
        service = app.importer
        run = service.dry_run if args.dry_run else service.import_file
        try:
            report = run(args.file, drive_id=args.drive)
        except DriveNotFoundError as exc:
            raise _unknown_drive(console, args.drive) from exc
    finally:
        app.close()
    _print_import(report, console)
    if args.report is not None:
        write_problem_report(report, args.report, console.translate)
        console.say(
            QT_TRANSLATE_NOOP("Cli", "The problems were written to {file}."), file=str(args.report)
        )
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def run_export(args: argparse.Namespace, console: Console) -> int:
    from golonline_desktop.services.business_import import DriveNotFoundError

    app = _open_app(args.paths, console, args)
    try:
        if args.unmask and not app.actor.is_supervisor:
            raise UsageError(
                console.text(QT_TRANSLATE_NOOP("Cli", "Only a supervisor may export full NIKs."))
            )
        service = app.exporter
        try:
            result = service.export(
                args.file, fmt=args.format, drive_id=args.drive, unmask=args.unmask
            )
        except DriveNotFoundError as exc:
            raise _unknown_drive(console, args.drive) from exc
        except OSError as exc:
            raise UsageError(
                console.text(
                    QT_TRANSLATE_NOOP("Cli", "Could not write {file}: {reason}"),
                    file=str(args.file),
                    reason=exc.strerror or str(exc),
                )
            ) from exc
    finally:
        app.close()
    console.say(
        QT_TRANSLATE_NOOP("Cli", "Exported {rows} businesses to {file}."),
        rows=result.rows,
        file=str(result.path),
    )
    if result.nik_masked:
        console.say(
            QT_TRANSLATE_NOOP(
                "Cli", "NIKs are masked; a supervisor can export them in full with --unmask."
            )
        )
    else:
        console.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The file holds full NIKs: personal data. Keep it safe and delete it after use.",
            )
        )
    return EXIT_OK


def _commands() -> dict[str, Callable[[argparse.Namespace, Console], int]]:
    from golonline_desktop.cli_handover import run_handover
    from golonline_desktop.cli_inspect import run_doctor_command, run_validate
    from golonline_desktop.cli_sync import run_enroll, run_sync_command

    return {
        "handover": run_handover,
        "enroll": run_enroll,
        "sync": run_sync_command,
        "import": run_import,
        "export": run_export,
        "validate": run_validate,
        "doctor": run_doctor_command,
    }


def main(
    argv: list[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code (the ``golonline-desktop`` entry point)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    console = Console(load_translate(_language_of(args_list)), out or sys.stdout, err or sys.stderr)
    parser = build_parser(console)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help (0) or a usage error (2, already printed)
        return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
    if args.command in (None, "gui"):
        from golonline_desktop.gui.app import run

        return run(data_dir=args.data_dir, smoke=args.smoke, language=args.language)
    paths: DataPaths | None = None
    try:
        paths = DataPaths.resolve(args.data_dir)
        args.paths = paths
        return _commands()[args.command](args, console)
    except UsageError as exc:
        console.complain(QT_TRANSLATE_NOOP("Cli", "Error: {message}"), message=str(exc))
        return EXIT_USAGE
    except DataFolderError as exc:
        console.complain(QT_TRANSLATE_NOOP("Cli", "Error: {message}"), message=str(exc))
        return EXIT_DATA_FOLDER
    except KeyboardInterrupt:
        console.complain(QT_TRANSLATE_NOOP("Cli", "Interrupted."))
        return EXIT_UNEXPECTED
    except Exception as exc:
        log = _log_unexpected(paths)
        console.complain(
            QT_TRANSLATE_NOOP(
                "Cli", "Unexpected error: {message}. The details were written to {log}."
            ),
            message=f"{type(exc).__name__}: {exc}",
            log=str(log),
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
