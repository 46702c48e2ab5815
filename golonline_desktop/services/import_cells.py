"""One spreadsheet cell turned into a value for ``BusinessInput``, or a finding for that cell.

Spreadsheets change what was typed: Excel keeps only 15 significant digits of a number
(a 16-digit NIK stored as a number has lost its last digit), drops leading zeros (KBLI
``01111`` becomes ``1111``), turns text into dates and writes big numbers in scientific
notation into CSV files. ``convert_cell`` turns each of those into a clear finding for
that cell instead of a wrong value.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time

from openpyxl.utils.datetime import from_excel

from golonline_desktop.domain.findings import Finding, error
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.regions import normalise_code
from golonline_desktop.domain.sex import Sex

from .import_columns import FORMULA_TRIGGERS, CellKind, ImportColumn

MAX_CELL_CHARS = 1_000
EXCEL_MAX_DIGITS = 15

EXCEL_ERRORS = frozenset(
    {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)
CONSENT_YES = frozenset({"ya", "y", "yes", "1", "true", "benar", "setuju", "v", "x", "✓", "√"})
CONSENT_NO = frozenset({"tidak", "t", "no", "n", "0", "false", "belum", "tidak setuju", "-"})
_SEX_WORDS = {
    "l": Sex.MALE,
    "lk": Sex.MALE,
    "laki-laki": Sex.MALE,
    "laki laki": Sex.MALE,
    "lakilaki": Sex.MALE,
    "pria": Sex.MALE,
    "p": Sex.FEMALE,
    "pr": Sex.FEMALE,
    "perempuan": Sex.FEMALE,
    "wanita": Sex.FEMALE,
}
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?$")
_EARLIEST_BIRTH = date(1900, 1, 1)


# -- findings about single cells ------------------------------------------------------------


def _cell_error(code: str, message: str, column: ImportColumn, **params: object) -> Finding:
    return error(code, message, column.field, column=column.header, **params)


def _too_long(column: ImportColumn, length: int) -> Finding:
    return _cell_error(
        "import.cell_too_long",
        QT_TRANSLATE_NOOP("Finding", "The cell has {count} characters; at most {max} are read."),
        column,
        count=length,
        max=MAX_CELL_CHARS,
    )


def _formula(column: ImportColumn) -> Finding:
    return _cell_error(
        "import.formula",
        QT_TRANSLATE_NOOP(
            "Finding",
            "The cell holds a formula, which is never imported. Copy the column and paste "
            "it back as values only.",
        ),
        column,
    )


def _wrong_type(column: ImportColumn, shown: str) -> Finding:
    return _cell_error(
        "import.cell_type",
        QT_TRANSLATE_NOOP(
            "Finding",
            "The spreadsheet stored {value} here, which cannot be a {column}. Format the "
            "column as Text and type the value again.",
        ),
        column,
        value=shown,
    )


def _lost_digits(column: ImportColumn, shown: str) -> Finding:
    return _cell_error(
        "import.number_precision",
        QT_TRANSLATE_NOOP(
            "Finding",
            "The {column} is stored as a number ({value}): spreadsheets keep only 15 digits "
            "of a number, so its last digits may be wrong. Format the column as Text and "
            "type the {column} again from the card.",
        ),
        column,
        value=shown,
    )


def _not_whole(column: ImportColumn, shown: str) -> Finding:
    return _cell_error(
        "import.not_whole",
        QT_TRANSLATE_NOOP("Finding", "{value} is not a whole number."),
        column,
        value=shown,
    )


# -- cell conversion ----------------------------------------------------------------------

Converted = tuple[object, Finding | None]


def _number_text(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def unescape_formula_guard(text: str, *, digits_too: bool = False) -> str:
    """Undo the apostrophe our exports put before formula-like text (and Excel users type)."""
    if (
        len(text) > 1
        and text[0] == "'"
        and (text[1] in FORMULA_TRIGGERS or (digits_too and text[1].isdigit()))
    ):
        return text[1:]
    return text


def parse_date_text(text: str) -> date | None:
    """DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY or YYYY-MM-DD (a time after it is ignored)."""
    match = _DATE_DMY.match(text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        match = _DATE_YMD.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return None


def _check_birth_date(column: ImportColumn, day: date, today: date) -> Converted:
    if day > today or day < _EARLIEST_BIRTH:
        return None, _cell_error(
            "import.date_range",
            QT_TRANSLATE_NOOP("Finding", "{date} cannot be a birth date: check the year."),
            column,
            date=day.strftime("%d-%m-%Y"),
        )
    return day, None


def _bad_date(column: ImportColumn, shown: str) -> Finding:
    return _cell_error(
        "import.date_format",
        QT_TRANSLATE_NOOP(
            "Finding", "{value} is not a date. Write it as DD-MM-YYYY, e.g. 15-05-1990."
        ),
        column,
        value=shown,
    )


def _convert_text(column: ImportColumn, text: str, today: date) -> Converted:
    kind = column.kind
    if kind is CellKind.DATE:
        day = parse_date_text(text)
        return (
            (None, _bad_date(column, text))
            if day is None
            else _check_birth_date(column, day, today)
        )
    if kind is CellKind.SEX:
        sex = _SEX_WORDS.get(" ".join(text.casefold().split()))
        if sex is None:
            return None, _cell_error(
                "import.sex",
                QT_TRANSLATE_NOOP("Finding", "Write L (male) or P (female); {value} was found."),
                column,
                value=text,
            )
        return sex, None
    if kind is CellKind.CONSENT:
        return _consent(column, text.casefold())
    if kind in (CellKind.IDENTIFIER, CellKind.REGION) and _SCIENTIFIC.match(text):
        return None, _lost_digits(column, text)
    if kind is CellKind.REGION:
        return _village(column, text)
    return text, None


def _village(column: ImportColumn, text: str) -> Converted:
    code = normalise_code(text)
    if code is None or code.count(".") != 3:
        return None, _cell_error(
            "import.village_code",
            QT_TRANSLATE_NOOP(
                "Finding",
                "{value} is not the code of a village: write the 10-digit code of the "
                "desa/kelurahan, e.g. 31.74.01.1001.",
            ),
            column,
            value=text,
        )
    return code, None


def _consent(column: ImportColumn, answer: str) -> Converted:
    if answer in CONSENT_YES:
        return True, None
    if answer in CONSENT_NO:
        return False, None
    return None, _cell_error(
        "import.consent_value",
        QT_TRANSLATE_NOOP("Finding", "Write Ya or Tidak; {value} is not understood."),
        column,
        value=answer,
    )


def _convert_number(column: ImportColumn, value: int | float, today: date) -> Converted:
    if isinstance(value, float) and not math.isfinite(value):
        return None, _wrong_type(column, str(value))
    kind = column.kind
    shown = _number_text(value)
    whole = float(value).is_integer()
    if kind is CellKind.CONSENT:
        return _consent(column, shown)
    if kind is CellKind.DATE:
        try:
            day = from_excel(value).date() if value > 0 else None
        except (OverflowError, ValueError):
            day = None
        return (
            (None, _bad_date(column, shown))
            if day is None
            else _check_birth_date(column, day, today)
        )
    if kind in (CellKind.IDENTIFIER, CellKind.REGION):
        if not whole or value < 0:
            return None, _wrong_type(column, shown)
        if len(shown) > EXCEL_MAX_DIGITS:
            return None, _lost_digits(column, shown)
        if column.pad_digits:
            shown = shown.zfill(column.pad_digits)
        return _village(column, shown) if kind is CellKind.REGION else (shown, None)
    if kind in (CellKind.AMOUNT, CellKind.COUNT):
        return (int(value), None) if whole else (None, _not_whole(column, shown))
    if kind is CellKind.SEX:
        return None, _wrong_type(column, shown)
    return shown, None  # TEXT: "2020" as KBLI version, a house number as a name...


def convert_cell(column: ImportColumn, value: object, today: date) -> Converted:
    """One cell as read from CSV (always text) or XLSX (typed): the value, or a finding.

    ``None`` with no finding means the cell is empty.
    """
    if value is None:
        return None, None
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            return None, _too_long(column, len(value))
        text = unescape_formula_guard(
            value.strip(), digits_too=column.kind in (CellKind.IDENTIFIER, CellKind.REGION)
        )
        if not text:
            return None, None
        if text.startswith("="):
            return None, _formula(column)
        if text in EXCEL_ERRORS:
            return None, _cell_error(
                "import.cell_error",
                QT_TRANSLATE_NOOP(
                    "Finding", "The cell shows the spreadsheet error {value}: fix it in the file."
                ),
                column,
                value=text,
            )
        return _convert_text(column, text, today)
    if isinstance(value, bool):
        if column.kind is CellKind.CONSENT:
            return value, None
        return None, _wrong_type(column, str(value).upper())
    if isinstance(value, int | float):
        return _convert_number(column, value, today)
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        if column.kind is CellKind.DATE:
            return _check_birth_date(column, day, today)
        return None, _wrong_type(column, day.strftime("%d-%m-%Y"))
    if isinstance(value, time):
        return None, _wrong_type(column, value.isoformat())
    # openpyxl's ArrayFormula / DataTableFormula: a formula in another shape.
    return None, _formula(column)
