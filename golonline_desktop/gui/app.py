"""Start the desktop application: Qt, settings, language, data folder, main window.

This module only wires things together. Order matters: the translator is installed
before any widget exists, so even the message about a data folder that cannot be opened
is in the officer's language.

Shown first, opened behind: the window appears with figures read straight from the
database file (``services.overview.overview_before_opening``, plain SQL, no SQLAlchemy)
while the data folder is opened on a worker thread — importing the services and
SQLAlchemy, checking and migrating the schema. The sections that need the services are
built when it is open (``MainWindow.attach``); the window answers the whole time. This is
why the module imports the service layers only inside functions.
"""

from __future__ import annotations

import gc
import logging
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from golonline_desktop import APP_NAME, ORG_NAME, __version__
from golonline_desktop.domain.clock import SystemClock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.overview import overview_before_opening
from golonline_desktop.storage.migrate import NewerSchemaError, NotADatabaseError, head_revision

from . import dialogs
from . import settings as keys
from .i18n import install_language, normalise_language, translate
from .main_window import MainWindow
from .runner import TaskRunner
from .sections import install_sections
from .settings import AppSettings

if TYPE_CHECKING:
    from golonline_desktop.domain.clock import Clock
    from golonline_desktop.services.app import App

    from .lock import LockController
    from .login import Session

log = logging.getLogger(__name__)

LOG_FILE = "golonline.log"
EXIT_OK = 0
EXIT_SMOKE_FAILED = 1
EXIT_CANNOT_OPEN = 3
EXIT_REVOKED = 4
SMOKE_WAIT_MS = 15_000


class DataFolderError(Exception):
    """The data folder cannot be used; ``message`` is already in the officer's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def qt_application() -> QApplication:
    """The QApplication, created once with the application's names and High-DPI defaults."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(sys.argv[:1])


def explain_open_error(exc: BaseException, paths: DataPaths) -> str:
    """What went wrong opening the data folder, said for an officer (no traceback)."""
    if isinstance(exc, NewerSchemaError):
        return translate(
            "AppStart",
            "This data folder was last used by a newer version of GoOnline Desktop "
            "(database schema {revision}). Install that version, or a newer one, to open it. "
            "Nothing in its data was changed.\n\nFolder: {folder}",
        ).format(revision=exc.revision, folder=paths.root)
    from golonline_desktop.storage.sqlcipher import DatabaseKeyError

    if isinstance(exc, DatabaseKeyError):
        return translate(
            "AppStart",
            "The database in {folder} is encrypted and the key given does not open it. "
            "Start GoOnline Desktop normally and log in.",
        ).format(folder=paths.root)
    if isinstance(exc, NotADatabaseError):
        return translate(
            "AppStart",
            "The file {file} is damaged or is not a GoOnline Desktop database. Nothing in it "
            "was changed. Ask your supervisor for help; copies made before each update are "
            "in {backups}.",
        ).format(file=paths.database, backups=paths.backups)
    from sqlalchemy.exc import OperationalError  # loaded by then: the open raised it

    if isinstance(exc, PermissionError) or (
        isinstance(exc, OperationalError)
        and any(word in str(exc).lower() for word in ("readonly", "unable to open", "read-only"))
    ):
        return translate(
            "AppStart",
            "GoOnline Desktop cannot write to the data folder {folder}. Check that the folder "
            "(or the USB stick) is not read-only and that you may write there, then start again.",
        ).format(folder=paths.root)
    return translate(
        "AppStart",
        "GoOnline Desktop could not open the data folder {folder}.\n\nReason: {reason}",
    ).format(folder=paths.root, reason=str(exc) or type(exc).__name__)


def check_plain_folder(paths: DataPaths) -> str | None:
    """Why a not-yet-encrypted data folder cannot be used, before anyone is asked to log in.

    A database from a newer version, or a damaged file, must not send the officer through
    the first-run wizard (which would try to encrypt it). An encrypted folder (with a key
    vault) is checked after login, when its key is known.
    """
    from golonline_desktop.storage.migrate import check_not_newer
    from golonline_desktop.storage.vault import KeyVault

    if KeyVault.in_folder(paths.root).exists():
        return None
    try:
        check_not_newer(paths.database)
    except (NewerSchemaError, NotADatabaseError) as exc:
        return explain_open_error(exc, paths)
    return None


def open_data_folder(paths: DataPaths, session: Session | None = None) -> App:
    """The services on the data folder; with a session, its key and officer.

    Runs on a worker thread at start-up: it imports the service layers (SQLAlchemy and
    the rest, ~0.5 s) behind the shown window.
    """
    from golonline_desktop.services.app import open_app

    try:
        if session is None:
            return open_app(paths)
        return open_app(paths, key=session.data_key, officer_id=session.officer_id)
    except Exception as exc:
        log.exception("cannot open data folder %s", paths.root)
        raise DataFolderError(explain_open_error(exc, paths)) from exc


def build_main_window(services: App, settings: AppSettings, runner: TaskRunner) -> MainWindow:
    """The main window on an open data folder (tests, tools; the app opens it behind)."""
    return MainWindow(paths=services.paths, settings=settings, runner=runner, services=services)


def authenticate(paths: DataPaths, settings: AppSettings, clock: Clock) -> Session | None:
    """The first-run wizard or the login (``gui.login``); None when the officer quits."""
    from .login import authenticate as ask

    return ask(paths, settings, clock)


def is_laptop_revoked(paths: DataPaths) -> bool:
    """Whether the central server revoked this laptop (``services.revocation``)."""
    from golonline_desktop.services.revocation import is_revoked

    return is_revoked(paths) is not None


def run(data_dir: str | None, smoke: bool, language: str | None) -> int:
    """Run the desktop application; returns the process exit code.

    ``smoke=True`` opens the data folder (a fresh temporary one when none is given), shows
    the window, waits for its figures, prints one summary line and exits: a quick check
    that a build starts at all.
    """
    scratch = (
        tempfile.TemporaryDirectory(prefix="golonline-smoke-") if smoke and not data_dir else None
    )
    try:
        paths = DataPaths.resolve(scratch.name if scratch else data_dir)
        return _run(paths, smoke, language)
    finally:
        if scratch is not None:
            scratch.cleanup()


def configure_logging(paths: DataPaths) -> None:
    """Log to ``logs/golonline.log`` in the data folder (rotated), never to the console.

    Left alone when logging is already configured (tests, an embedding program).
    """
    root = logging.getLogger()
    if root.handlers:
        return
    from logging.handlers import RotatingFileHandler

    from golonline_desktop.logging_setup import redacting_formatter

    handler: logging.Handler
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            paths.logs / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(redacting_formatter())  # no NIK or phone number in a log
    except OSError:
        handler = logging.NullHandler()  # a read-only folder: the message box says it all
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _run(paths: DataPaths, smoke: bool, language: str | None) -> int:
    qt_app = qt_application()
    settings = AppSettings(paths.settings)
    chosen = normalise_language(language or settings.get(keys.LANGUAGE))
    install_language(qt_app, chosen)
    session: Session | None = None
    if not smoke:
        configure_logging(paths)  # the revoked laptop's dialog and the login may log
        if is_laptop_revoked(paths):
            from .revoked_dialog import RevokedDialog

            RevokedDialog(paths, SystemClock()).ask()  # a supervisor may hand over or erase
            return EXIT_REVOKED
        problem = check_plain_folder(paths)
        if problem is not None:
            dialogs.show_error(None, translate("AppStart", "Cannot open the data"), problem)
            return EXIT_CANNOT_OPEN
        # Smoke mode opens a folder without a key vault as it is: no one to log in.
        session = authenticate(paths, settings, SystemClock())
        if session is None:
            return EXIT_OK

    runner = TaskRunner()
    window = MainWindow(
        paths=paths, settings=settings, runner=runner, schema_revision=head_revision()
    )
    figures = overview_before_opening(paths, session.data_key if session else None)
    if figures is not None:
        window.show_summary(figures)
    window.show()
    if smoke and figures is not None:
        print("smoke shown: the window with its figures", flush=True)
    configure_logging(paths)  # (once) before the first step that logs: opening the folder
    try:
        services = _open_behind(runner, paths, session)
    except DataFolderError as problem:
        window.window.hide()
        if smoke:
            print(problem.message, file=sys.stderr)
        else:
            dialogs.show_error(None, translate("AppStart", "Cannot open the data"), problem.message)
        runner.shutdown()
        window.window.close()
        return EXIT_CANNOT_OPEN
    if not smoke and not window.window.isVisible():  # closed while it opened: quit
        runner.shutdown()
        services.close()
        return EXIT_OK
    window.attach(services)
    sync = install_sections(window, services, settings, runner, session, start_sync=not smoke)

    def shut_down() -> None:
        sync.shutdown()
        runner.shutdown()
        services.close()

    if smoke:
        try:
            return _smoke(window, runner, services)
        finally:
            window.window.close()
            shut_down()
    assert session is not None
    return _exec(qt_app, Started(window, services, shut_down, session, settings, runner))


def _open_behind(runner: TaskRunner, paths: DataPaths, session: Session | None) -> App:
    """Open the data folder on the writer thread while the shown window keeps answering."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(services: object) -> None:
        outcome["services"] = services
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    runner.submit(open_data_folder, paths, session, on_done=done, on_error=failed, write=True)
    if not outcome:  # a synchronous runner (tests) has answered already
        loop.exec()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        if isinstance(error, DataFolderError):
            raise error
        log.error("opening the data folder failed", exc_info=error)
        raise DataFolderError(explain_open_error(error, paths)) from error
    return outcome["services"]  # type: ignore[return-value]


def _exec(qt_app: QApplication, started: Started) -> int:
    """Show the window and run the event loop until the officer quits (tests replace it)."""
    qt_app.aboutToQuit.connect(started.close)
    started.show()
    # What start-up built lives as long as the window: keep it out of the collector's full
    # passes, which otherwise stall a keystroke now and then (25-110 ms at 100,000 rows).
    gc.freeze()
    return qt_app.exec()


class Started:
    """The running application after login: its window, lock and how to shut it down."""

    def __init__(
        self,
        window: MainWindow,
        services: App,
        shut_down: Callable[[], None],
        session: Session,
        settings: AppSettings,
        runner: TaskRunner,
    ) -> None:
        self.window = window
        self.services = services
        self.session = session
        self._settings = settings
        self._runner = runner
        self._shut_down = shut_down
        self._closed = False
        from golonline_desktop.services.accounts import AccountService
        from golonline_desktop.storage.vault import KeyVault

        from .lock import LockController

        self.lock: LockController = LockController(
            window.window,
            AccountService(KeyVault.in_folder(services.paths.root), services.clock),
            services.clock,
            settings,
            officer_id=session.officer_id,
            username=session.username,
            officer_name=services.actor.name,
        )

    def show(self) -> None:
        self.window.show()
        if self.session.enroll_requested:
            from .enrollment_dialog import EnrollmentDialog

            EnrollmentDialog(
                self.services, self._settings, self._runner, parent=self.window.window
            ).ask()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        QCoreApplication.instance().removeEventFilter(self.lock)
        self.lock.timer.stop()
        self.window.window.close()
        self._shut_down()


def _smoke(window: MainWindow, runner: TaskRunner, services: App) -> int:
    QCoreApplication.processEvents()
    if not runner.wait_for_done(SMOKE_WAIT_MS) or window.summary is None:
        print("smoke failed: the figures never arrived", file=sys.stderr)
        return EXIT_SMOKE_FAILED
    summary = window.summary
    print(
        f"smoke ok: schema {services.migration.to_revision}, "
        f"{summary.businesses} businesses, {summary.outbox_pending} pending, "
        f"data {Path(services.paths.root)}"
    )
    return EXIT_OK
