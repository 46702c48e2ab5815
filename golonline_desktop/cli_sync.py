"""``golonline-desktop enroll`` and ``sync [--watch]``: the sync engine from the command line."""

from __future__ import annotations

import argparse
import socket
import sys
import threading
from collections.abc import Callable

from golonline_desktop.cli import EXIT_OK, Console, UsageError, _open_app, read_secret
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP

EXIT_SERVER = 5


def add_sync_parsers(
    commands: argparse._SubParsersAction, console: Console, options: Callable[..., None]
) -> None:
    t = console.text
    server_help = t(QT_TRANSLATE_NOOP("Cli", "address of the central server, e.g. https://..."))
    enroll = commands.add_parser(
        "enroll", help=t(QT_TRANSLATE_NOOP("Cli", "register this laptop with the central server"))
    )
    options(enroll, console, top=False)
    enroll.add_argument("--server", required=True, help=server_help)
    enroll.add_argument("--device-name", default=socket.gethostname()[:100])
    sync = commands.add_parser(
        "sync", help=t(QT_TRANSLATE_NOOP("Cli", "send and receive changes with the server"))
    )
    options(sync, console, top=False)
    sync.add_argument("--server", help=server_help)
    sync.add_argument(
        "--watch",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("Cli", "keep syncing until stopped (Ctrl+C)")),
    )


def run_enroll(args: argparse.Namespace, console: Console) -> int:
    """Enroll with the server as --user (the global option; the same account as the server's).

    With --password-stdin the lines are: the local password first when the data folder has
    officer accounts, then the server password.
    """
    from golonline_desktop.services.sync_command import enroll
    from golonline_desktop.services.sync_transport import TransportError

    if not getattr(args, "user", None):
        raise UsageError(console.text(QT_TRANSLATE_NOOP("Cli", "Give your username with --user.")))
    app = _open_app(args.paths, console, args)
    password = read_secret(args, console.text(QT_TRANSLATE_NOOP("Cli", "Server password: ")))
    if not password:
        app.close()
        raise UsageError(console.text(QT_TRANSLATE_NOOP("Cli", "A password is required.")))
    try:
        result = enroll(app, args.server, args.user, password, args.device_name)
    except TransportError as exc:
        console.complain(QT_TRANSLATE_NOOP("Cli", "Enrollment failed: {message}"), message=str(exc))
        return EXIT_SERVER
    finally:
        app.close()
    console.say(
        QT_TRANSLATE_NOOP("Cli", "Enrolled as device {device} of office {office}."),
        device=result.device_code,
        office=result.office_code,
    )
    return EXIT_OK


def run_sync_command(args: argparse.Namespace, console: Console) -> int:
    from golonline_desktop.services.sync_command import run_sync

    app = _open_app(args.paths, console, args)
    cancel = threading.Event()
    try:
        return run_sync(
            app,
            watch=args.watch,
            server_url=args.server,
            out=sys.stdout,
            cancel=cancel,
            translate=console.translate,
        )
    except KeyboardInterrupt:
        cancel.set()
        return 130
    finally:
        app.close()
