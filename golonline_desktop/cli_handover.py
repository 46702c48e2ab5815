"""``golonline-desktop handover export|import|erase``: a revoked laptop's unsent work.

See ``services/handover.py``. A supervisor runs ``export`` on the revoked laptop (its
password opens the encrypted database, then a passphrase protects the file), ``import``
on another laptop of the same office, whose next sync sends the changes; or ``erase``.
With --password-stdin the secrets are read one a line: the password, then the passphrase.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from golonline_desktop.cli import EXIT_OK, Console, UsageError, _open_app, read_secret
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP


def add_handover_parsers(
    commands: argparse._SubParsersAction, console: Console, options: Callable[..., None]
) -> None:
    t = console.text
    handover = commands.add_parser(
        "handover",
        help=t(QT_TRANSLATE_NOOP("Cli", "hand over or erase a revoked laptop's unsent work")),
    )
    actions = handover.add_subparsers(dest="action", required=True)
    for name, text in (
        ("export", QT_TRANSLATE_NOOP("Cli", "write the unsent changes to an encrypted file")),
        ("import", QT_TRANSLATE_NOOP("Cli", "queue a handover file's changes on this laptop")),
        ("erase", QT_TRANSLATE_NOOP("Cli", "remove this revoked laptop's data")),
    ):
        action = actions.add_parser(name, help=t(text))
        options(action, console, top=False)
        if name != "erase":
            action.add_argument("file", type=Path)
        else:
            action.add_argument(
                "--yes",
                action="store_true",
                help=t(QT_TRANSLATE_NOOP("Cli", "confirm: the data cannot be brought back")),
            )


def run_handover(args: argparse.Namespace, console: Console) -> int:
    from golonline_desktop.services.handover import (
        HandoverError,
        erase_data_folder,
        export_handover,
        import_handover,
    )
    from golonline_desktop.services.permissions import PermissionDeniedError

    if args.action == "erase" and not args.yes:
        raise UsageError(
            console.text(
                QT_TRANSLATE_NOOP(
                    "Cli", "Erasing cannot be undone: run it again with --yes to confirm."
                )
            )
        )
    app = _open_app(args.paths, console, args)
    try:
        if args.action == "erase":
            app.close()
            removed = erase_data_folder(app.paths, app.actor, app.clock.now())
            console.say(
                QT_TRANSLATE_NOOP("Cli", "Erased {count} items of {folder}."),
                count=len(removed),
                folder=str(app.paths.root),
            )
            return EXIT_OK
        passphrase = read_secret(
            args, console.text(QT_TRANSLATE_NOOP("Cli", "Passphrase of the handover file: "))
        )
        if args.action == "export":
            summary = export_handover(app, args.file, passphrase)
            console.say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Wrote {changes} unsent changes and {photos} photos to {file}."
                ),
                changes=summary.changes,
                photos=summary.photos,
                file=str(args.file),
            )
        else:
            summary = import_handover(app, args.file, passphrase)
            console.say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Queued {changes} changes and {photos} photos to be sent; {skipped} were "
                    "already here.",
                ),
                changes=summary.changes,
                photos=summary.photos,
                skipped=summary.skipped,
            )
    except HandoverError as exc:
        raise UsageError(console.translate("Handover", exc.message).format(**exc.params)) from exc
    except PermissionDeniedError as exc:
        raise UsageError(console.translate("Permission", exc.message)) from exc
    except OSError as exc:
        raise UsageError(
            console.text(
                QT_TRANSLATE_NOOP("Cli", "Could not use {file}: {reason}"),
                file=str(getattr(args, "file", app.paths.root)),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        app.close()
    return EXIT_OK
