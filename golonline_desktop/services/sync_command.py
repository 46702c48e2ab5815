"""``golonline-desktop sync [--watch]`` and ``enroll``: the engine wired for the command line.

Exit codes of ``sync`` (stable, for scripts and support):

* 0 — everything pushed and pulled;
* 1 — the pass finished but records need the officer (quarantined or in conflict);
* 5 — the server could not be reached (or failed); nothing was lost, run again later;
* 6 — this laptop is not enrolled, or the server no longer accepts its token;
* 130 — stopped by the user (Ctrl+C).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TextIO

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from golonline_desktop.storage.photo_store import PhotoStore

from .app import App
from .enrollment import EnrolledDevice, Enrollment, enroll_device, load_enrollment
from .revocation import is_revoked, revocation_hook
from .sync_blobs import BlobSource, FileBlobSource
from .sync_engine import SleepFunction, SyncEngine, wait_or_cancel
from .sync_progress import FailureKind, Stage, SyncProgress, SyncResult
from .sync_status import read_sync_status
from .sync_transport import HttpTransport, SyncTransport

EXIT_OK = 0
EXIT_NEEDS_OFFICER = 1
EXIT_UNREACHABLE = 5
EXIT_NOT_ENROLLED = 6
EXIT_CANCELLED = 130


def photo_blobs(app: App) -> BlobSource:
    """Photos referenced by records (``*sha256`` fields or a ``blobs`` list) from the store."""
    return FileBlobSource(PhotoStore(app.paths.photos).path_for)


def build_engine(
    app: App,
    device: EnrolledDevice,
    *,
    server_url: str | None = None,
    transport: SyncTransport | None = None,
    blobs: BlobSource | None = None,
    on_progress: Callable[[SyncProgress], None] | None = None,
    **options: int,
) -> SyncEngine:
    """The engine for this data folder; a ``device_revoked`` refusal locks and wipes it."""
    url = server_url or device.enrollment.server_url
    return SyncEngine(
        app.store,
        transport or HttpTransport(url, device.secrets.device_token),
        blobs or photo_blobs(app),
        app.clock,
        on_progress=on_progress,
        on_not_authorized=revocation_hook(app.store, app.paths, app.clock),
        **options,
    )


def exit_code(result: SyncResult, needs_officer: bool) -> int:
    if result.cancelled:
        return EXIT_CANCELLED
    if result.failure is FailureKind.NOT_AUTHORIZED:
        return EXIT_NOT_ENROLLED
    if result.failure is FailureKind.UNAVAILABLE:
        return EXIT_UNREACHABLE
    return EXIT_NEEDS_OFFICER if needs_officer else EXIT_OK


STAGE_NAMES = {
    Stage.PREPARE: QT_TRANSLATE_NOOP("Cli", "preparing"),
    Stage.BLOBS: QT_TRANSLATE_NOOP("Cli", "photos"),
    Stage.PUSH: QT_TRANSLATE_NOOP("Cli", "sending"),
    Stage.PULL: QT_TRANSLATE_NOOP("Cli", "receiving"),
    Stage.DONE: QT_TRANSLATE_NOOP("Cli", "done"),
}
COUNT_NAMES = {
    "applied": QT_TRANSLATE_NOOP("Cli", "{n} applied"),
    "replayed": QT_TRANSLATE_NOOP("Cli", "{n} already on the server"),
    "conflicts": QT_TRANSLATE_NOOP("Cli", "{n} in conflict"),
    "rejected": QT_TRANSLATE_NOOP("Cli", "{n} refused"),
    "blobs_uploaded": QT_TRANSLATE_NOOP("Cli", "{n} photos uploaded"),
    "bytes_up": QT_TRANSLATE_NOOP("Cli", "{n} bytes sent"),
    "pulled": QT_TRANSLATE_NOOP("Cli", "{n} received"),
    "pull_applied": QT_TRANSLATE_NOOP("Cli", "{n} received and applied"),
    "pull_conflicts": QT_TRANSLATE_NOOP("Cli", "{n} received in conflict"),
    "remaining": QT_TRANSLATE_NOOP("Cli", "{n} still to send"),
}


def _say(translate: Translate, template: str, **params: object) -> str:
    return translate("Cli", template).format(**params)


def _progress_printer(out: TextIO, translate: Translate) -> Callable[[SyncProgress], None]:
    last: list[tuple[Stage, int]] = []

    def show(progress: SyncProgress) -> None:
        key = (progress.stage, progress.records_done)
        if last and last[-1] == key and progress.stage is not Stage.BLOBS:
            return
        last[:] = [key]
        line = _say(
            translate,
            QT_TRANSLATE_NOOP("Cli", "{stage}: {done}/{total} records, {sent}/{size} bytes"),
            stage=translate("Cli", STAGE_NAMES.get(progress.stage, progress.stage.value)),
            done=progress.records_done,
            total=progress.records_total,
            sent=progress.bytes_done,
            size=progress.bytes_total,
        )
        if progress.eta_seconds:
            line += _say(
                translate,
                QT_TRANSLATE_NOOP("Cli", ", about {seconds} s left"),
                seconds=f"{progress.eta_seconds:.0f}",
            )
        out.write(line + "\n")

    return show


def _summary(result: SyncResult, translate: Translate) -> str:
    parts = [
        _say(translate, COUNT_NAMES.get(k, k + " {n}"), n=v)
        for k, v in result.counts().items()
        if v
    ]
    text = ", ".join(parts) or translate("Cli", QT_TRANSLATE_NOOP("Cli", "nothing to do"))
    if result.error:
        text += f" — {result.error}"
    return _say(translate, QT_TRANSLATE_NOOP("Cli", "sync: {summary}"), summary=text)


def run_sync(
    app: App,
    *,
    watch: bool,
    server_url: str | None,
    out: TextIO,
    cancel: threading.Event | None = None,
    sleep: SleepFunction = wait_or_cancel,
    engine_options: dict[str, int] | None = None,
    translate: Translate = untranslated,
) -> int:
    """One pass (or, with ``watch``, passes until cancelled); lines in the officer's language."""
    t = translate
    if is_revoked(app.paths) is not None:
        out.write(
            _say(
                t,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The office revoked this laptop: it no longer syncs. Ask your supervisor.",
                ),
            )
            + "\n"
        )
        return EXIT_NOT_ENROLLED
    device = load_enrollment(app.store, app.paths.root)
    if device is None:
        out.write(
            _say(
                t,
                QT_TRANSLATE_NOOP(
                    "Cli", "This laptop is not enrolled: run `golonline-desktop enroll` first."
                ),
            )
            + "\n"
        )
        return EXIT_NOT_ENROLLED
    cancel = cancel or threading.Event()
    engine = build_engine(
        app,
        device,
        server_url=server_url,
        on_progress=_progress_printer(out, t),
        **(engine_options or {}),
    )
    try:
        if watch:
            result = engine.run_forever(
                cancel, sleep, on_result=lambda r: out.write(_summary(r, t) + "\n")
            )
        else:
            result = engine.run_once(cancel)
            out.write(_summary(result, t) + "\n")
    except KeyboardInterrupt:
        cancel.set()
        return EXIT_CANCELLED
    finally:
        engine.close()
    status = read_sync_status(app.store, log_limit=0)
    for item in status.quarantined:
        out.write(
            _say(
                t,
                QT_TRANSLATE_NOOP("Cli", "refused: {entity} {id} v{version}: {message}"),
                entity=item.entity,
                id=item.entity_id,
                version=item.version,
                message=item.message,
            )
            + "\n"
        )
    for conflict in status.conflicts:
        out.write(
            _say(
                t,
                QT_TRANSLATE_NOOP("Cli", "conflict: {entity} {id}: {message}"),
                entity=conflict.entity,
                id=conflict.entity_id,
                message=conflict.message,
            )
            + "\n"
        )
    return exit_code(result, bool(status.quarantined or status.conflicts))


def enroll(app: App, server_url: str, username: str, password: str, device_name: str) -> Enrollment:
    """Enroll this data folder's laptop; raises ``sync_transport`` errors on failure."""
    return enroll_device(
        app.store,
        app.paths.root,
        app.clock,
        server_url=server_url,
        username=username,
        password=password,
        device_name=device_name,
    )
