"""Rows of a CSV or XLSX file, streamed, with the file-level limits checked first.

Files come from Excel on officers' laptops and from other offices' systems, so the reader
accepts what Excel writes (UTF-8 with a BOM, Windows-1252 "CSV (Comma delimited)",
UTF-16 "Unicode Text", comma, semicolon or tab delimiters) and treats the file as hostile:
size, uncompressed size and column count are capped, and any parse failure becomes a
finding instead of a traceback.

XLSX files are opened with ``read_only=True`` (streamed, constant memory) and
``data_only=False``: a formula cell then reads as its formula text (``"=..."``), which the
importer rejects, instead of a cached result that may be stale or missing (files written
by scripts have none). Formulas are never evaluated either way.
"""

from __future__ import annotations

import codecs
import csv
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from golonline_desktop.domain.findings import Finding, error, warning
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # an XLSX is a zip: guard against zip bombs
MAX_COLUMNS = 100
GUIDE_SHEET = "Petunjuk"
_DELIMITERS = (";", ",", "\t")
_CHUNK = 1 << 20


class SpreadsheetError(Exception):
    """The file as a whole cannot be read; ``finding`` says why, for the officer."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.render())
        self.finding = finding


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it (1 = first row)
    values: tuple[object, ...]


@dataclass
class Sheet:
    rows: Iterator[SheetRow]
    warnings: list[Finding] = field(default_factory=list)


def _unreadable(reason: str) -> SpreadsheetError:
    return SpreadsheetError(
        error(
            "import.file_unreadable",
            QT_TRANSLATE_NOOP(
                "Finding",
                "The file could not be read ({reason}). Open it in Excel and save it again "
                "as .xlsx (Excel Workbook) or CSV UTF-8.",
            ),
            reason=reason,
        )
    )


def _too_large(size: int) -> SpreadsheetError:
    return SpreadsheetError(
        error(
            "import.file_too_large",
            QT_TRANSLATE_NOOP(
                "Finding",
                "The file is {size} MB; at most {max} MB can be imported at once. Split it "
                "into smaller files.",
            ),
            size=round(size / 1024 / 1024, 1),
            max=MAX_FILE_BYTES // 1024 // 1024,
        )
    )


def check_file(path: Path) -> str:
    """``"csv"`` or ``"xlsx"``, after checking the file exists and is not too large."""
    if not path.is_file():
        raise SpreadsheetError(
            error(
                "import.file_missing",
                QT_TRANSLATE_NOOP("Finding", "The file {file} does not exist."),
                file=str(path),
            )
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _too_large(size)
    with path.open("rb") as handle:
        magic = handle.read(4)
    suffix = path.suffix.lower()
    if magic.startswith(b"PK\x03\x04") and suffix not in (".csv", ".txt"):
        return "xlsx"
    if suffix in (".csv", ".txt") or (suffix == "" and b"\x00" not in magic[:2]):
        return "csv"
    raise SpreadsheetError(
        error(
            "import.file_format",
            QT_TRANSLATE_NOOP(
                "Finding",
                "Only .xlsx and .csv files can be imported. In Excel choose Save As and "
                "pick Excel Workbook (.xlsx) or CSV UTF-8.",
            ),
        )
    )


@contextmanager
def open_sheet(path: Path) -> Iterator[Sheet]:
    """The rows of the file's data sheet; SpreadsheetError when the file cannot be read."""
    kind = check_file(path)
    if kind == "csv":
        with _open_csv(path) as sheet:
            yield sheet
    else:
        with _open_xlsx(path) as sheet:
            yield sheet


# -- CSV ------------------------------------------------------------------------------------


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _csv_encoding(path: Path) -> tuple[str, Finding | None]:
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _decodes(path, "utf-16"):
            return "utf-16", None
        raise _unreadable("not text")
    if _decodes(path, "utf-8-sig"):
        return "utf-8-sig", None
    if _decodes(path, "cp1252"):
        return "cp1252", warning(
            "import.encoding_guessed",
            QT_TRANSLATE_NOOP(
                "Finding",
                "The file is not UTF-8 text; it was read as Windows text (cp1252). Check "
                "names with accents, or save the file from Excel as CSV UTF-8.",
            ),
        )
    raise _unreadable("not text")


def sniff_delimiter(first_line: str) -> str:
    """The delimiter used most in the header line: Indonesian Excel writes ``;``."""
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@contextmanager
def _open_csv(path: Path) -> Iterator[Sheet]:
    encoding, note = _csv_encoding(path)
    # A cell longer than csv's default limit (128 KiB) must become a cell error, not abort
    # the file; the file size limit bounds any cell anyway. Only ever raised, never lowered.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    with path.open("r", encoding=encoding, newline="") as handle:
        first = ""
        for line in handle:
            if line.strip():
                first = line
                break
        handle.seek(0)
        reader = csv.reader(handle, delimiter=sniff_delimiter(first))

        def rows() -> Iterator[SheetRow]:
            number = 0
            try:
                for number, record in enumerate(reader, start=1):
                    yield SheetRow(number, tuple(record[:MAX_COLUMNS]))
            except (csv.Error, UnicodeDecodeError) as exc:
                raise _unreadable(f"row {number + 1}: {exc}") from exc

        yield Sheet(rows(), [note] if note else [])


# -- XLSX -----------------------------------------------------------------------------------


@contextmanager
def _open_xlsx(path: Path) -> Iterator[Sheet]:
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise _unreadable(str(exc)) from exc
    if expanded > MAX_UNCOMPRESSED_BYTES:
        raise _too_large(expanded)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation extensions, missing
            # default styles); they do not matter for reading values.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(
                path, read_only=True, data_only=False, keep_links=False
            )
    except Exception as exc:  # openpyxl raises many kinds on hostile files
        raise _unreadable(f"{type(exc).__name__}: {exc}") from exc
    try:
        sheets = [ws for ws in workbook.worksheets if ws.title != GUIDE_SHEET]
        if not sheets:
            raise _unreadable("no worksheet")
        sheet = sheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read what is there

        def rows() -> Iterator[SheetRow]:
            number = 0
            try:
                for number, values in enumerate(
                    sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
                ):
                    yield SheetRow(number, tuple(values))
            except SpreadsheetError:
                raise
            except Exception as exc:  # a damaged sheet XML
                raise _unreadable(f"row {number + 1}: {type(exc).__name__}: {exc}") from exc

        yield Sheet(rows())
    finally:
        workbook.close()
