"""Certificates to PDF with reportlab: A4 landscape, embedded fonts, one QR per page.

Why it is built this way:

* Fonts are Noto TTFs from ``resources/fonts`` (embedded and subset), never base-14
  Helvetica, so names such as "Ṭāhir Şükrü Nguyễn" print; Chinese shop names fall back
  to Droid Sans Fallback glyph by glyph (see ``certificate_text``).
* The QR code is ~90% of a page's cost if drawn through ``QrCodeWidget`` (its
  ``getBounds()`` encodes a second time). Here it is encoded once into a module matrix
  and written as one filled path of run-length rectangles.
* The static artwork (borders, guilloche band, watermark) is a form XObject defined once
  per PDF and referenced by every page, so a 500-page batch stays small and fast.
* Output is byte-identical for identical input (``invariant=1``: fixed dates and ids).
* A reprint carries the same signature and QR; only the "Cetak ulang ke-N" mark differs.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reportlab import rl_config
from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from golonline_desktop.domain.certificate import CertificateData
from golonline_desktop.services.certificate_artwork import (
    ACCENT_COLOUR,
    BACKGROUND_FORM,
    CENTRE_X,
    INK,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY_COLOUR,
    REPRINT_COLOUR,
    define_background,
)
from golonline_desktop.services.certificate_text import FontSet, fit, register_fonts

QR_SIZE = 96.0


@dataclass(frozen=True)
class CertificatePrint:
    """One page to print: the certificate, its verification URL and the reprint count."""

    cert: CertificateData
    signature_url: str
    reprint: int = 0


PrintItem = CertificatePrint | tuple[CertificateData, str] | tuple[CertificateData, str, int]


def _as_print(item: PrintItem) -> CertificatePrint:
    if isinstance(item, CertificatePrint):
        return item
    return CertificatePrint(*item)


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR module matrix (error correction M), encoded exactly once."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(QR8bitByte(data))
    code.make()
    return [list(row) for row in code.modules]


def qr_path_ops(matrix: Sequence[Sequence[bool]], x: float, y: float, size: float) -> str:
    """PDF operators filling the dark modules as one path of horizontal runs.

    (x, y) is the bottom-left of the symbol without quiet zone. The path is written in
    module units under one ``cm`` (small integers: a third of the bytes), and runs of
    dark modules are one rectangle each, so there are no hairline gaps between modules.
    """
    count = len(matrix)
    module = size / count
    ops = [f"q 0 0 0 rg {module:.5f} 0 0 {module:.5f} {x:.3f} {y:.3f} cm"]
    for row_index, row in enumerate(matrix):
        bottom = count - 1 - row_index
        col = 0
        while col < count:
            if row[col]:
                start = col
                while col < count and row[col]:
                    col += 1
                ops.append(f"{start} {bottom} {col - start} 1 re")
            else:
                col += 1
    ops.append("f Q")
    return "\n".join(ops)


_a85_lock = threading.Lock()


@contextmanager
def _without_ascii85() -> Iterator[None]:
    """Save streams Flate-only: reportlab's pure-Python ASCII85 took ~40% of a file's time.

    reportlab reads ``rl_config.useA85`` while it formats each stream at ``save()``;
    ASCII85 only makes the PDF 25% larger and 7-bit clean, which nothing needs today.
    """
    with _a85_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


class CertificateRenderer:
    """Draws certificates. Cheap to create; fonts are registered once per process."""

    def __init__(self, fonts_dir: Path | None = None) -> None:
        self._fonts: FontSet = register_fonts(fonts_dir)

    @property
    def fonts(self) -> FontSet:
        return self._fonts

    def render(self, cert: CertificateData, signature_url: str, *, reprint: int = 0) -> bytes:
        """One certificate as a one-page PDF."""
        return self.render_many([CertificatePrint(cert, signature_url, reprint)])

    def render_many(self, items: Iterable[PrintItem]) -> bytes:
        """Many certificates as one PDF, a page each, for printing a drive's batch."""
        buffer = io.BytesIO()
        # initialFontName: otherwise reportlab puts an unused, unembedded Helvetica in every PDF
        canvas = Canvas(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            invariant=1,
            pageCompression=1,
            initialFontName=self._fonts.font("sans"),
        )
        canvas.setCreator("GoOnline Desktop")
        canvas.setProducer("GoOnline Desktop (reportlab)")
        pages = 0
        for item in items:
            page = _as_print(item)
            if pages == 0:
                canvas.setTitle(f"Sertifikat {page.cert.number_text}")
                canvas.setAuthor(page.cert.office_name)
                canvas.setSubject("Sertifikat Pendaftaran UMKM Go Online")
            if not canvas.hasForm(BACKGROUND_FORM):
                define_background(canvas)
            self._draw_page(canvas, page)
            canvas.showPage()
            pages += 1
        if pages == 0:
            raise ValueError("nothing to render")
        with _without_ascii85():
            canvas.save()
        return buffer.getvalue()

    def render_to_files(self, items: Iterable[PrintItem], folder: Path) -> list[Path]:
        """One PDF per certificate, named by its number; written atomically (temp + rename)."""
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for item in items:
            page = _as_print(item)
            name = page.cert.number_text
            if page.reprint:
                name += f"-cetak-ulang-{page.reprint}"
            target = folder / f"{name}.pdf"
            temp = target.with_suffix(".pdf.tmp")
            temp.write_bytes(self.render_many([page]))
            os.replace(temp, target)
            written.append(target)
        return written

    # -- one page -------------------------------------------------------------------------

    def _draw_page(self, canvas: Canvas, page: CertificatePrint) -> None:
        if page.reprint < 0:
            raise ValueError("reprint count cannot be negative")
        cert, fonts = page.cert, self._fonts
        canvas.doForm(BACKGROUND_FORM)

        canvas.setFillColor(PRIMARY_COLOUR)
        fonts.draw(
            canvas, CENTRE_X, 494, f"PROGRAM {cert.programme_name.upper()}", "sans-bold", 9.5,
            align="centre", char_space=2.2,
        )  # fmt: skip
        canvas.setFillColor(MUTED)
        self._fitted_line(canvas, cert.programme_owner, "sans", CENTRE_X, 482, 520, 8.5, 7)

        canvas.setFillColor(INK)
        fonts.draw(
            canvas, CENTRE_X, 442, "SERTIFIKAT", "serif-bold", 34, align="centre", char_space=6
        )
        canvas.setFillColor(PRIMARY_COLOUR)
        fonts.draw(
            canvas, CENTRE_X, 420, f"Pendaftaran {cert.programme_name}", "serif", 15,
            align="centre", char_space=0.6,
        )  # fmt: skip
        canvas.setFillColor(MUTED)
        fonts.draw(canvas, CENTRE_X, 403, f"Nomor: {cert.number_text}", "sans", 9.5, align="centre")

        canvas.setFillColor(INK)
        fonts.draw(canvas, CENTRE_X, 381, "diberikan kepada", "sans-italic", 10.5, align="centre")
        self._business_name(canvas, cert.business_name, top=374, bottom=330)
        owner = f"Pemilik: {cert.owner_name}  ·  NIK {cert.nik_masked}"
        canvas.setFillColor(INK)
        self._fitted_line(canvas, owner, "sans", CENTRE_X, 311, 640, 12, 8)
        canvas.setFillColor(MUTED)
        statement = (
            f"telah terdaftar dan didampingi masuk ke lokapasar (marketplace) daring "
            f"dalam Program {cert.programme_name}."
        )
        self._fitted_line(canvas, statement, "sans-italic", CENTRE_X, 296, 640, 9.5, 7)

        canvas.setStrokeColor(ACCENT_COLOUR)
        canvas.setLineWidth(0.8)
        canvas.line(CENTRE_X - 230, 288, CENTRE_X + 230, 288)
        self._details(canvas, cert)
        self._qr(canvas, page.signature_url)
        self._signature_block(canvas, cert)
        if page.reprint:
            self._reprint_mark(canvas, page.reprint)
        canvas.setFillColor(MUTED)
        fonts.draw(
            canvas, CENTRE_X, 40,
            "Sertifikat ini ditandatangani secara digital oleh perangkat petugas; "
            "keasliannya dapat diperiksa dengan memindai kode QR.",
            "sans", 6.8, align="centre",
        )  # fmt: skip

    def _fitted_line(
        self, canvas: Canvas, text: str, role: str, x: float, y: float, width: float,
        max_size: float, min_size: float,
    ) -> None:  # fmt: skip
        """One centred line, shrunk to fit (cut with an ellipsis only if even min_size fails)."""
        fitted = fit(
            self._fonts, text, role, width=width, height=max_size * 1.2, max_size=max_size,
            min_size=min_size, max_lines=1,
        )  # fmt: skip
        self._fonts.draw(canvas, x, y, fitted.lines[0], role, fitted.size, align="centre")

    def _business_name(self, canvas: Canvas, name: str, *, top: float, bottom: float) -> None:
        fitted = fit(
            self._fonts, name, "serif-bold", width=660, height=top - bottom, max_size=30,
            min_size=12, single_line_min=18, max_lines=3, leading_ratio=1.15,
        )  # fmt: skip
        canvas.setFillColor(PRIMARY_COLOUR)
        # centre the block vertically in its box; baseline sits ~0.78 of the leading down
        block_top = top - (top - bottom - fitted.height) / 2
        for index, line in enumerate(fitted.lines):
            baseline = block_top - fitted.leading * index - fitted.size * 0.95
            self._fonts.draw(canvas, CENTRE_X, baseline, line, "serif-bold", fitted.size,
                             align="centre")  # fmt: skip

    def _cell(
        self, canvas: Canvas, x: float, y: float, width: float, label: str, value: str
    ) -> None:
        """A label in small capitals over a value of up to two lines."""
        canvas.setFillColor(MUTED)
        self._fonts.draw(canvas, x, y, label.upper(), "sans-bold", 6.8, char_space=0.9)
        fitted = fit(
            self._fonts, value, "sans", width=width, height=25, max_size=10.5, min_size=7,
            single_line_min=8.5, max_lines=2, leading_ratio=1.18,
        )  # fmt: skip
        canvas.setFillColor(INK)
        for index, line in enumerate(fitted.lines):
            self._fonts.draw(canvas, x, y - 12.5 - index * fitted.leading, line, "sans",
                             fitted.size)  # fmt: skip

    def _details(self, canvas: Canvas, cert: CertificateData) -> None:
        left, gap = 96.0, 18.0
        col = (PAGE_WIDTH - 2 * left - 2 * gap) / 3
        xs = [left + i * (col + gap) for i in range(3)]
        kbli = f"{cert.kbli_code} — {cert.kbli_title}"
        marketplaces = ", ".join(cert.marketplaces) or "—"
        rows = [
            [("NIB", cert.nib or "—", 1), ("KBLI", kbli, 1), ("Sektor", cert.sector, 1)],
            [("Wilayah", cert.region_text, 2), ("Kantor penerbit", cert.office_name, 1)],
            [("Marketplace", marketplaces, 2), ("Kegiatan", cert.drive_name, 1)],
        ]
        y = 276.0
        for row in rows:
            index = 0
            for label, value, span in row:
                width = col * span + gap * (span - 1)
                self._cell(canvas, xs[index], y, width, label, value)
                index += span
            y -= 38

    def _qr(self, canvas: Canvas, url: str) -> None:
        matrix = qr_matrix(url)
        x, y = 96.0, 54.0
        canvas.setFillColor(HexColor("#FFFFFF"))
        quiet = QR_SIZE * 4 / len(matrix)
        canvas.rect(x - quiet, y - quiet, QR_SIZE + 2 * quiet, QR_SIZE + 2 * quiet, stroke=0,
                    fill=1)  # fmt: skip
        canvas.addLiteral(qr_path_ops(matrix, x, y, QR_SIZE))
        text_x = x + QR_SIZE + 14
        canvas.setFillColor(INK)
        self._fonts.draw(canvas, text_x, y + 60, "Periksa keaslian", "sans-bold", 9)
        canvas.setFillColor(MUTED)
        self._fonts.draw(canvas, text_x, y + 48, "Pindai kode QR dengan kamera", "sans", 8)
        self._fonts.draw(canvas, text_x, y + 38, "ponsel, atau buka:", "sans", 8)
        host = urlsplit(url).netloc
        canvas.setFillColor(PRIMARY_COLOUR)
        fitted = fit(self._fonts, host, "sans-bold", width=170, height=12, max_size=8,
                     min_size=6, max_lines=1)  # fmt: skip
        self._fonts.draw(canvas, text_x, y + 26, fitted.lines[0], "sans-bold", fitted.size)

    def _signature_block(self, canvas: Canvas, cert: CertificateData) -> None:
        x, width = 650.0, 250.0
        canvas.setFillColor(INK)
        self._fitted_line(canvas, f"{cert.place}, {cert.issued_on_text}", "sans", x, 150, width,
                          10, 7)  # fmt: skip
        self._fitted_line(canvas, "Petugas Pendamping,", "sans", x, 137, width, 10, 7)
        name = fit(self._fonts, cert.officer_name, "sans-bold", width=width, height=14,
                   max_size=11, min_size=7, max_lines=1)  # fmt: skip
        line_width = self._fonts.draw(canvas, x, 84, name.lines[0], "sans-bold", name.size,
                                      align="centre")  # fmt: skip
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(x - line_width / 2, 81, x + line_width / 2, 81)
        canvas.setFillColor(MUTED)
        nip = f"NIP {cert.officer_nip}" if cert.officer_nip else "Non-PNS"
        self._fonts.draw(canvas, x, 69, nip, "sans", 8.5, align="centre")

    def _reprint_mark(self, canvas: Canvas, reprint: int) -> None:
        canvas.saveState()
        canvas.translate(PAGE_WIDTH - 128, PAGE_HEIGHT - 78)
        canvas.rotate(8)
        canvas.setStrokeColor(REPRINT_COLOUR)
        canvas.setFillColor(REPRINT_COLOUR)
        canvas.setLineWidth(1.4)
        canvas.roundRect(-62, -13, 124, 26, 5, stroke=1, fill=0)
        self._fonts.draw(canvas, 0, -4, f"Cetak ulang ke-{reprint}", "sans-bold", 11,
                         align="centre")  # fmt: skip
        canvas.restoreState()
