"""What sync's codes mean to an officer, in the officer's language.

The engine and the server speak English with stable codes (``blob.missing``,
``version.stale``, a domain check's ``nik.length``...). The screen shows the text from
these tables, translated through Qt, and keeps the server's own words as the detail a
supervisor or support can read.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QLocale

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.money import format_rupiah
from golonline_desktop.services.permissions import PermissionDeniedError
from golonline_desktop.services.sync_conflicts import ConflictChoiceError
from golonline_desktop.services.sync_progress import SyncProgress, SyncResult
from golonline_desktop.services.sync_status import ConflictItem, LogLine, QuarantinedItem

from .i18n import format_count, indonesian_long_date, translate

CONTEXT = "SyncTexts"

DATA_MISTAKE = QT_TRANSLATE_NOOP(
    "SyncTexts",
    "The server found a mistake in this record's data. Open the record, correct it, "
    "then press Send again.",
)

REASONS: dict[str, str] = {
    "blob.missing": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "A photo of this record is missing on this laptop. Add the photo again, then press "
        "Send again.",
    ),
    "blob.corrupt": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "A photo of this record is damaged on this laptop. Take or choose the photo again, "
        "then press Send again.",
    ),
    "sync.payload_invalid": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "This record cannot be sent as it is (too large or malformed). Open it, correct it, "
        "then press Send again.",
    ),
    "server.rejected": QT_TRANSLATE_NOOP("SyncTexts", "The server refused this record."),
    "office.forbidden": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "This record belongs to another office: the server does not take it from this laptop. "
        "Ask your supervisor.",
    ),
    "version.stale": QT_TRANSLATE_NOOP(
        "SyncTexts", "Someone else changed this record on the server first."
    ),
    "version.exists": QT_TRANSLATE_NOOP(
        "SyncTexts", "Someone else changed this record on the server first."
    ),
    "sync.conflict": QT_TRANSLATE_NOOP(
        "SyncTexts", "Someone else changed this record on the server first."
    ),
}

REASON_PREFIXES: dict[str, str] = {
    "payload.": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server could not read this record (it was damaged on this laptop or on the way). "
        "Press Send again; if it is refused again, call support.",
    ),
    "envelope.": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The server could not read this record (it was damaged on this laptop or on the way). "
        "Press Send again; if it is refused again, call support.",
    ),
    "drive.": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The registration drive of this record is incomplete (name, date or place). Complete "
        "the drive, then press Send again.",
    ),
    "http.": QT_TRANSLATE_NOOP("SyncTexts", "The server refused this record."),
}

ENTITIES: dict[str, str] = {
    "business": QT_TRANSLATE_NOOP("SyncTexts", "Business"),
    "registration_drive": QT_TRANSLATE_NOOP("SyncTexts", "Registration drive"),
}

LOG_TEXTS: dict[str, str] = {
    "sync.done": QT_TRANSLATE_NOOP("SyncTexts", "Sync finished."),
    "sync.cancelled": QT_TRANSLATE_NOOP("SyncTexts", "Sync was stopped."),
    "sync.not_authorized": QT_TRANSLATE_NOOP(
        "SyncTexts", "The server refused this laptop: enroll it again."
    ),
    "sync.unavailable": QT_TRANSLATE_NOOP(
        "SyncTexts", "The server could not be reached. Everything is kept and sent later."
    ),
    "sync.enrolled": QT_TRANSLATE_NOOP("SyncTexts", "This laptop was enrolled with the server."),
    "sync.retry": QT_TRANSLATE_NOOP("SyncTexts", "A record was queued to be sent again."),
    "sync.pull_unknown": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "A record changed on the server was not added to this laptop: its officer or "
        "registration drive is not on this laptop.",
    ),
    "sync.conflict_keep_local": QT_TRANSLATE_NOOP(
        "SyncTexts", "Conflict decided: this laptop's version is sent again."
    ),
    "sync.conflict_take_server": QT_TRANSLATE_NOOP(
        "SyncTexts", "Conflict decided: the server's version was taken."
    ),
}
DONE_WITH_ATTENTION = QT_TRANSLATE_NOOP(
    "SyncTexts", "Sync finished; some records need your attention."
)

COUNT_TEXTS: dict[str, str] = {
    "applied": QT_TRANSLATE_NOOP("SyncTexts", "sent {n}"),
    "replayed": QT_TRANSLATE_NOOP("SyncTexts", "already on the server {n}"),
    "rejected": QT_TRANSLATE_NOOP("SyncTexts", "refused {n}"),
    "conflicts": QT_TRANSLATE_NOOP("SyncTexts", "conflicts {n}"),
    "blobs_uploaded": QT_TRANSLATE_NOOP("SyncTexts", "photos {n}"),
    "pull_applied": QT_TRANSLATE_NOOP("SyncTexts", "received {n}"),
    "pull_conflicts": QT_TRANSLATE_NOOP("SyncTexts", "conflicts from the server {n}"),
    "remaining": QT_TRANSLATE_NOOP("SyncTexts", "still waiting {n}"),
}


def reason_text(code: str) -> str:
    """The officer's explanation of a quarantine code (the server's message is the detail)."""
    source = REASONS.get(code)
    if source is None:
        source = next((t for p, t in REASON_PREFIXES.items() if code.startswith(p)), DATA_MISTAKE)
    return translate(CONTEXT, source)


def entity_text(entity: str) -> str:
    source = ENTITIES.get(entity)
    return translate(CONTEXT, source) if source else entity


def record_title(entity: str, entity_id: str, name: str | None) -> str:
    return f"{entity_text(entity)} “{name}”" if name else f"{entity_text(entity)} {entity_id[:8]}"


def quarantine_line(item: QuarantinedItem, name: str | None) -> str:
    detail = translate("SyncTexts", "Server's words: {code} — {message}").format(
        code=item.code, message=item.message
    )
    return f"{record_title(item.entity, item.entity_id, name)}\n{reason_text(item.code)}\n{detail}"


def conflict_line(item: ConflictItem, name: str | None) -> str:
    if item.source == "pull":
        what = translate(
            "SyncTexts",
            "A change made on another laptop arrived while your own edit was not sent yet.",
        )
    else:
        what = translate(
            "SyncTexts", "Your edit (version {local}) was not taken: the server has another one."
        ).format(local=item.local_version)
    when = when_text(item.detected_at)
    return f"{record_title(item.entity, item.entity_id, name)} — {when}\n{what}"


def counts_text(counts: dict[str, int]) -> str:
    parts = [
        translate(CONTEXT, source).format(n=format_count(counts[key]))
        for key, source in COUNT_TEXTS.items()
        if counts.get(key)
    ]
    return ", ".join(parts)


def log_line(line: LogLine) -> str:
    source = LOG_TEXTS.get(line.code)
    if line.code == "sync.done" and line.level == "warning":
        source = DONE_WITH_ATTENTION
    text = translate(CONTEXT, source) if source else line.message
    counts = counts_text(line.counts)
    return f"{when_text(line.at)}  {text}" + (f" ({counts})" if counts else "")


def result_text(result: SyncResult) -> str:
    """One line about the pass that just ended."""
    if result.cancelled:
        return translate("SyncTexts", "Sync was stopped. Nothing sent so far is lost.")
    counts = counts_text(result.counts()) or translate("SyncTexts", "nothing new")
    if result.failure is None:
        return translate("SyncTexts", "Last pass: {counts}.").format(counts=counts)
    return translate("SyncTexts", "Last pass stopped early: {counts}.").format(counts=counts)


def when_text(at: datetime | None) -> str:
    if at is None:
        return translate("SyncTexts", "never")
    local = at.astimezone() if at.tzinfo else at
    return f"{indonesian_long_date(local.date())} {local:%H.%M}"


def duration_text(seconds: float) -> str:
    if seconds < 60:
        return translate("SyncTexts", "{n} s").format(n=max(1, round(seconds)))
    if seconds < 3600:
        return translate("SyncTexts", "{n} min").format(n=round(seconds / 60))
    return translate("SyncTexts", "{h} h {m} min").format(
        h=int(seconds // 3600), m=round(seconds % 3600 / 60)
    )


def progress_text(progress: SyncProgress) -> str:
    locale = QLocale()
    text = translate(
        "SyncTexts", "{done} of {total} records · {bytes_done} of {bytes_total}"
    ).format(
        done=format_count(progress.records_done),
        total=format_count(progress.records_total),
        bytes_done=locale.formattedDataSize(progress.bytes_done),
        bytes_total=locale.formattedDataSize(progress.bytes_total),
    )
    if progress.eta_seconds:
        text += " · " + translate("SyncTexts", "about {time} left").format(
            time=duration_text(progress.eta_seconds)
        )
    return text


# The fields of a record as the conflict dialog names them.
FIELD_LABELS: dict[str, str] = {
    "business_name": QT_TRANSLATE_NOOP("SyncTexts", "Business name"),
    "owner_name": QT_TRANSLATE_NOOP("SyncTexts", "Owner name"),
    "nik": QT_TRANSLATE_NOOP("SyncTexts", "NIK"),
    "owner_birth_date": QT_TRANSLATE_NOOP("SyncTexts", "Owner's birth date"),
    "owner_sex": QT_TRANSLATE_NOOP("SyncTexts", "Owner's sex"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "Phone"),
    "email": QT_TRANSLATE_NOOP("SyncTexts", "E-mail"),
    "nib": QT_TRANSLATE_NOOP("SyncTexts", "NIB"),
    "npwp": QT_TRANSLATE_NOOP("SyncTexts", "NPWP"),
    "nitku": QT_TRANSLATE_NOOP("SyncTexts", "NITKU"),
    "kbli_code": QT_TRANSLATE_NOOP("SyncTexts", "KBLI code"),
    "kbli_version": QT_TRANSLATE_NOOP("SyncTexts", "KBLI version"),
    "sector": QT_TRANSLATE_NOOP("SyncTexts", "Sector"),
    "address_line": QT_TRANSLATE_NOOP("SyncTexts", "Address"),
    "village_code": QT_TRANSLATE_NOOP("SyncTexts", "Village code"),
    "postal_code": QT_TRANSLATE_NOOP("SyncTexts", "Postal code"),
    "capital_rupiah": QT_TRANSLATE_NOOP("SyncTexts", "Capital"),
    "annual_sales_rupiah": QT_TRANSLATE_NOOP("SyncTexts", "Annual sales"),
    "scale": QT_TRANSLATE_NOOP("SyncTexts", "Scale"),
    "employees": QT_TRANSLATE_NOOP("SyncTexts", "Employees"),
    "consent_text_version": QT_TRANSLATE_NOOP("SyncTexts", "Consent text version"),
    "duplicate_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for a possible duplicate"),
    "drive_id": QT_TRANSLATE_NOOP("SyncTexts", "Registration drive"),
    "deleted": QT_TRANSLATE_NOOP("SyncTexts", "Deleted"),
    "name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "drive_date": QT_TRANSLATE_NOOP("SyncTexts", "Date"),
    "region_code": QT_TRANSLATE_NOOP("SyncTexts", "Region code"),
    "officer_id": QT_TRANSLATE_NOOP("SyncTexts", "Officer"),
    "office_id": QT_TRANSLATE_NOOP("SyncTexts", "Office"),
}
_RUPIAH_FIELDS = frozenset({"capital_rupiah", "annual_sales_rupiah"})
_DATE_FIELDS = frozenset({"owner_birth_date", "drive_date"})
EMPTY_VALUE = "—"


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return translate(CONTEXT, source) if source else field


def value_text(field: str, value: Any) -> str:
    """A field's value as the conflict dialog shows it (empty shown as a dash)."""
    if value is None or value == "":
        return EMPTY_VALUE
    if isinstance(value, bool):
        return translate("SyncTexts", "yes") if value else translate("SyncTexts", "no")
    if field in _RUPIAH_FIELDS and isinstance(value, int):
        return format_rupiah(value)
    if field in _DATE_FIELDS and isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return value
    return str(value)


def choice_error_text(exc: BaseException) -> str:
    """Why a conflict choice was refused, in the officer's language."""
    if isinstance(exc, PermissionDeniedError):
        return translate("Permission", exc.message)
    if isinstance(exc, ConflictChoiceError):
        return translate("SyncConflicts", exc.message)
    return translate("SyncTexts", "The choice could not be saved: {error}").format(error=exc)
