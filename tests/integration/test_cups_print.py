"""Printing end to end through a real CUPS queue whose "printer" writes PDFs (cups-pdf).

The session starts ``cupsd`` when it is not running (as root: CI and these machines) and
adds a ``GoOnlinePDF`` queue; it removes the queue, and stops the daemon it started, at
the end. The printed file is read back: its text (vector path) and its QR (raster path).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from golonline_desktop.gui.print_service import PrintMethod, choose_method, print_pdf
from golonline_desktop.services.certificates import CertificateService
from tests.factories import business_input

QUEUE = "GoOnlinePDF"
PPD_DIR = Path("/usr/share/ppd/cups-pdf")
CONF = Path("/etc/cups/cups-pdf.conf")
WAIT_S = 30.0


def _missing() -> str | None:
    if os.geteuid() != 0:
        return "needs root to start cupsd and add a queue"
    for tool in ("/usr/sbin/cupsd", "lpadmin", "lpstat", "lp", "pdftoppm"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (cups-daemon cups-client poppler-utils)"
    if not list(PPD_DIR.glob("*.ppd")):
        return "printer-driver-cups-pdf is not installed"
    return None


def _output_dir() -> Path:
    """Where cups-pdf writes root's jobs: its ``Out`` setting, ${HOME} expanded."""
    out = "/var/spool/cups-pdf/${USER}"
    if CONF.exists():
        for line in CONF.read_text().splitlines():
            match = re.match(r"^\s*Out\s+(\S+)", line)
            if match:
                out = match.group(1)
    user = pwd.getpwuid(0)
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def _scheduler_running() -> bool:
    return b"is running" in subprocess.run(["lpstat", "-r"], capture_output=True).stdout


@pytest.fixture(scope="module")
def cups_queue() -> Iterator[Path]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        started = subprocess.Popen(["/usr/sbin/cupsd", "-f"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 15
        while not _scheduler_running() and time.monotonic() < deadline:
            time.sleep(0.1)
    ppd = sorted(PPD_DIR.glob("*opt.ppd")) or sorted(PPD_DIR.glob("*.ppd"))
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd[0])],
                   check=True, capture_output=True)  # fmt: skip
    try:
        yield _output_dir()
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)
        if started is not None:
            started.terminate()
            started.wait(timeout=15)


def _wait_for_new_pdf(folder: Path, before: set[Path]) -> Path:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        new = set(folder.glob("*.pdf")) - before if folder.exists() else set()
        for path in new:
            try:
                pypdf.PdfReader(path)  # complete, not still being written
                return path
            except Exception:
                pass
        time.sleep(0.2)
    raise AssertionError(f"no PDF appeared in {folder} within {WAIT_S} s")


def _certificate(app) -> tuple[CertificateService, str, str]:
    outcome = app.registration.register(business_input(7), confirm_warnings=True,
                                        duplicate_reason="uji")  # fmt: skip
    service = CertificateService(app.store, app.clock, app.actor, app.regions, app.paths.root,
                                 base_url=lambda: "https://verifikasi.example.id")  # fmt: skip
    issued = service.issue(outcome.business_id)
    return service, issued.id, issued.number


def test_print_to_a_cups_queue_keeps_text(cups_queue: Path, qapp: QApplication, app) -> None:
    service, cert_id, number = _certificate(app)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    assert choose_method(printer) is PrintMethod.CUPS
    before = set(cups_queue.glob("*.pdf")) if cups_queue.exists() else set()
    job = print_pdf(printer, service.render_pdf([cert_id]).pdf, f"Sertifikat {number}")
    assert job.startswith(QUEUE + "-")
    printed = _wait_for_new_pdf(cups_queue, before)
    text = pypdf.PdfReader(printed).pages[0].extract_text()
    assert number in text and "Keripik Singkong Bu Sri 7" in text
    printed.unlink()


def test_raster_path_prints_a_scannable_qr(
    cups_queue: Path,
    qapp: QApplication,
    app,
    tmp_path: Path,
) -> None:
    service, cert_id, number = _certificate(app)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    before = set(cups_queue.glob("*.pdf")) if cups_queue.exists() else set()
    print_pdf(printer, service.render_pdf([cert_id]).pdf, f"Sertifikat {number}",
              PrintMethod.RASTER)  # fmt: skip
    printed = _wait_for_new_pdf(cups_queue, before)
    assert len(pypdf.PdfReader(printed).pages) == 1
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(printed),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    [code] = zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))
    assert f"/v/{number}?s=" in code.text
    printed.unlink()
