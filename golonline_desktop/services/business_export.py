"""Export live businesses to CSV or XLSX, in the import template's columns.

The headers are exactly the import template's (``import_columns.COLUMNS``), so an export
can be corrected in Excel and imported again. Personal data rules (UU 27/2022): the NIK
is masked (``3174********0001``) unless the officer asks for it in full, which only a
supervisor may; every export is recorded in the audit log.

Spreadsheet formula injection: a cell whose text starts with ``= + - @``, a tab or a CR
is run as a formula by Excel and LibreOffice. In CSV such text gets a leading apostrophe
(the importer takes it off again); in XLSX it is written as a string cell with the
``quotePrefix`` style, which Excel shows as text and never evaluates.

Rows are streamed from the database in chunks and written to a temporary file beside the
target, which replaces the target only when complete: a crash never leaves half a file
under the name the officer chose.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import Row, select

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.money import format_rupiah
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.domain.phone import format_phone_display
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Business, RegistrationDrive

from .actor import Actor
from .business_import import DriveNotFoundError
from .import_columns import COLUMNS, CellKind
from .permissions import Permission, require
from .registration import ENTITY
from .spreadsheet_safety import is_formula_like, neutralise_csv, write_atomically

FETCH_CHUNK = 1_000
DATE_FORMAT = "%d-%m-%Y"
XLSX_DATE_FORMAT = "DD-MM-YYYY"
XLSX_AMOUNT_FORMAT = "#,##0"
CONSENT_GIVEN, CONSENT_MISSING = "Ya", "Tidak"

_SOURCE = {  # template field -> business column, where the names differ
    "capital": "capital_rupiah",
    "annual_sales": "annual_sales_rupiah",
    "consent": "consent_text_version",
}
_SELECTED = [getattr(Business, _SOURCE.get(c.field, c.field)) for c in COLUMNS]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        return cls.XLSX if path.suffix.lower() == ".xlsx" else cls.CSV


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    rows: int
    nik_masked: bool


def _plain_values(row: Row[Any], unmask: bool) -> list[object]:
    """One business in template column order, with typed values (dates, ints)."""
    out: list[object] = []
    for column, value in zip(COLUMNS, row, strict=True):
        if column.kind is CellKind.CONSENT:
            out.append(CONSENT_GIVEN if value else CONSENT_MISSING)
        elif value is None or value == "":
            out.append(None)
        elif column.field == "nik":
            out.append(value if unmask else mask_nik(value))
        elif column.field == "phone":
            out.append(format_phone_display(value))
        else:
            out.append(value)
    return out


def _csv_cell(value: object, kind: CellKind) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    if kind is CellKind.AMOUNT and isinstance(value, int):
        return format_rupiah(value)
    return neutralise_csv(str(value))


def _xlsx_cell(sheet: WriteOnlyWorksheet, value: object, kind: CellKind) -> object:
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"  # never "f", whatever the text starts with
        if is_formula_like(value):
            cell.quotePrefix = True
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = XLSX_DATE_FORMAT
        return cell
    if kind is CellKind.AMOUNT and isinstance(value, int):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = XLSX_AMOUNT_FORMAT
        return cell
    return value


class BusinessExportService:
    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    def export(
        self,
        target: Path,
        *,
        fmt: ExportFormat | str | None = None,
        drive_id: str | None = None,
        unmask: bool = False,
        delimiter: str = ",",
    ) -> ExportResult:
        """Write the live businesses (of one drive, or all) to ``target``."""
        target = Path(target)
        if unmask:
            require(self._actor, Permission.EXPORT_UNMASKED_NIK)
        kind = ExportFormat(fmt) if fmt else ExportFormat.for_path(target)
        with self._store.read() as session:
            if drive_id is not None:
                drive = session.get(RegistrationDrive, drive_id)
                if drive is None or drive.deleted:
                    raise DriveNotFoundError(drive_id)
            stmt = select(*_SELECTED).where(Business.deleted.is_(False))
            if drive_id is not None:
                stmt = stmt.where(Business.drive_id == drive_id)
            stmt = stmt.order_by(Business.created_at, Business.id)
            result = session.execute(stmt.execution_options(yield_per=FETCH_CHUNK))
            rows = (_plain_values(row, unmask) for row in result)
            if kind is ExportFormat.CSV:
                count = write_atomically(target, lambda tmp: _write_csv(tmp, rows, delimiter))
            else:
                count = write_atomically(target, lambda tmp: _write_xlsx(tmp, rows))
        with self._store.write() as session:
            record_audit(
                session,
                at=self._clock.now(),
                officer_id=self._actor.officer_id,
                action="business.export",
                entity=ENTITY,
                details={
                    "file": target.name,
                    "format": kind.value,
                    "rows": count,
                    "drive_id": drive_id,
                    "nik_unmasked": unmask,
                },
            )
        return ExportResult(target, kind, count, not unmask)


def _write_csv(path: Path, rows: Iterator[list[object]], delimiter: str) -> int:
    kinds = [c.kind for c in COLUMNS]
    count = 0
    # UTF-8 with a BOM: Excel then reads the names' accents correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(c.header for c in COLUMNS)
        for values in rows:
            writer.writerow(_csv_cell(v, k) for v, k in zip(values, kinds, strict=True))
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[list[object]]) -> int:
    kinds = [c.kind for c in COLUMNS]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(column.header) + 4)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for values in rows:
            sheet.append([_xlsx_cell(sheet, v, k) for v, k in zip(values, kinds, strict=True)])
            count += 1
    except BaseException:
        _discard(sheet)
        raise
    workbook.save(path)
    return count


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Finish and delete the half-written sheet openpyxl keeps in a temporary file."""
    # WORKAROUND: openpyxl has no public "abandon"; without this its row generator is
    # collected later with its file closed, and the temporary file stays behind.
    with contextlib.suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.cleanup()
