"""Logs never hold a NIK or a phone number, whatever the message, arguments or traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from golonline_desktop.logging_setup import RedactingFilter, redact, redacting_formatter

NIK = "3174015505900001"
PHONES = ["081234567890", "+6281234567890", "6281234567890", "0812-3456-7890", "0812 3456 7890"]


@pytest.mark.parametrize("phone", PHONES)
def test_phone_numbers_keep_only_last_digits(phone: str) -> None:
    out = redact(f"saved phone {phone} ok")
    assert "1234567" not in out.replace("-", "").replace(" ", "")
    assert out.endswith("890 ok") and out.startswith("saved phone *")


def test_nik_is_masked_other_numbers_stay() -> None:
    assert redact(f"nik={NIK};") == "nik=3174********0001;"
    # a 13-digit NIB, an id and a year are not personal: they stay readable for support
    assert redact("nib 1234567890123 rev 0006 year 2026") == "nib 1234567890123 rev 0006 year 2026"
    assert redact("17 digits 12345678901234567") == "17 digits 12345678901234567"


def test_log_file_holds_no_nik_or_phone(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(redacting_formatter())
    logger = logging.getLogger("golonline.test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("duplicate of %s phone %s", NIK, PHONES[1])
        try:
            raise ValueError(f"bad row {NIK} {PHONES[0]}")
        except ValueError:
            logger.exception("import failed")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "import failed" in text and "ValueError" in text
    assert NIK not in text and "1234567890" not in text and "81234567" not in text


def test_filter_rewrites_the_record_for_every_handler() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "nik %s", (NIK,), None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "nik 3174********0001"
