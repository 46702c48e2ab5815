"""Files officers open in a spreadsheet: cells shown, never run, and written whole or not at all.

A cell whose text starts with ``= + - @``, a tab or a CR is run as a formula by Excel and
LibreOffice (OWASP "CSV injection"); in CSV such text gets a leading apostrophe. Exports
are written to a temporary file beside the target, flushed to disk and renamed over it, so
a crash never leaves half a file under the name the officer chose. Used by the business
export, the import problem report and the audit log export.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from .import_columns import FORMULA_TRIGGERS


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def neutralise_csv(text: str) -> str:
    """Text that a spreadsheet will show, never run: ``=1+1`` -> ``'=1+1``."""
    return "'" + text if is_formula_like(text) else text


def write_atomically(target: Path, write: Callable[[Path], int]) -> int:
    """``write(temporary)`` (returning a count), fsync, then rename over ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")
    try:
        count = write(temporary)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
