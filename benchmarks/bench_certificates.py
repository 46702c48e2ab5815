"""Certificates per second: ours against a bare reportlab page with the same QR.

The floor is the least any implementation could do for a page carrying this QR: a
reportlab canvas, one line of base-14 text (not embedded), the QR encoded once and drawn
as run-length rectangles in raw operators. It is measured twice, like ours: all pages in
one PDF, and each page written to its own file. Our page adds embedded subset fonts
(five Noto faces), fitted text, the artwork and the mark.

Embedded font subsets are reused between files when their characters repeat (see
``services/certificate_fonts.py``); the "new letters" row gives every certificate a
business and owner name with a letter no other certificate has, so two of the five faces
are subset afresh for every file: the cost when nothing repeats.

Everything is measured in the same run, as CPU time (the machine is shared: compare the
ratio) and wall-clock time (one process, one thread: the two should agree when the
machine is quiet).

    .venv/bin/python benchmarks/bench_certificates.py [--count 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from golonline_desktop.domain.certificate import (
    CertificateData,
    CertificateNumber,
    mask_nik,
)
from golonline_desktop.services.certificate_renderer import (
    CertificatePrint,
    CertificateRenderer,
)
from golonline_desktop.services.certificate_signing import (
    DeviceKey,
    verification_url,
)

BASE = "https://verifikasi.example.id"
NAMES = (
    "Warung Gudeg Yu Djum",
    "Batik Tulis Sekar Jagad Ndalem Mbok Sri Rahayu Ngudi Mulyo Sejahtera Kulon Progo",
    "Toko Kue 王记饼家",
    "Keripik Tempe Sanan Bu Ṭāhirah",
)


def make_items(count: int, key: DeviceKey, *, new_letters: bool = False) -> list[CertificatePrint]:
    items = []
    for n in range(1, count + 1):
        # Latin Extended Additional (U+1E00-U+1EFF): every Noto face here has all of it
        letter = chr(0x1E00 + n % 256) if new_letters else ""
        cert = CertificateData(
            number=CertificateNumber("JKP01", "LAP07", 2026, n),
            issued_on=date(2026, 11, 27),
            business_name=f"{NAMES[n % len(NAMES)]} {letter}{n}",
            owner_name=f"Ṭāhir Şükrü Nguyễn{letter}",
            nik_masked=mask_nik("3174015508900001"),
            nib="1234567890123",
            kbli_code="56103",
            kbli_title="Kedai Makanan",
            sector="Kuliner",
            region_code="31.71.06.1001",
            region_path=("Kel. Menteng", "Kec. Menteng", "Kota Jakarta Pusat", "Prov. DKI Jakarta"),
            marketplaces=("Shopee", "Tokopedia", "Lazada"),
            drive_name="Pendampingan UMKM Go Online Menteng",
            office_name="Diskominfotik Provinsi DKI Jakarta",
            officer_name="Rr. Sekar Ayu Wulandari",
            officer_nip="198501012010012001",
            place="Jakarta Pusat",
        )
        items.append(CertificatePrint(cert, verification_url(BASE, cert.number, key.sign(cert))))
    return items


def bare_page(canvas: Canvas, number: str, url: str) -> None:
    """The floor: one Helvetica line and the QR encoded once, drawn as runs."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(QR8bitByte(url))
    code.make()
    modules = code.modules
    count = len(modules)
    step = 96.0 / count
    canvas.drawString(96, 500, number)
    # the cheapest drawing: runs as integer rectangles in module units under one cm
    ops = [f"q {step:.5f} 0 0 {step:.5f} 96 54 cm"]
    for r, row in enumerate(modules):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start} {count - 1 - r} {c - start} 1 re")
            else:
                c += 1
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
    canvas.showPage()


def bare_many(items: list[CertificatePrint]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), invariant=1, pageCompression=1)
    for item in items:
        bare_page(canvas, item.cert.number_text, item.signature_url)
    canvas.save()
    return buffer.getvalue()


def bare_files(items: list[CertificatePrint], folder: Path) -> None:
    for item in items:
        (folder / f"{item.cert.number_text}.pdf").write_bytes(bare_many([item]))


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median (CPU, wall) seconds: on a shared machine wall time also measures neighbours."""
    cpu, wall = [], []
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    key = DeviceKey.from_private_bytes(bytes(range(32)))
    start = time.perf_counter()
    items = make_items(args.count, key)
    sign_s = time.perf_counter() - start
    fresh = make_items(args.count, key, new_letters=True)
    renderer = CertificateRenderer()
    renderer.render(items[0].cert, items[0].signature_url)  # warm: fonts, caches
    bare_many(items[:1])

    with tempfile.TemporaryDirectory() as tmp:
        ours_dir, fresh_dir, bare_dir = Path(tmp) / "ours", Path(tmp) / "fresh", Path(tmp) / "bare"
        bare_dir.mkdir()
        floor_one = timed(lambda: bare_many(items), args.repeat)
        floor_files = timed(lambda: bare_files(items, bare_dir), args.repeat)
        results = {
            "one PDF": (timed(lambda: renderer.render_many(items), args.repeat), floor_one),
            "one file each": (
                timed(lambda: renderer.render_to_files(items, ours_dir), args.repeat),
                floor_files,
            ),
            "files, new letters": (
                timed(lambda: renderer.render_to_files(fresh, fresh_dir), args.repeat),
                floor_files,
            ),
        }
        size_one = len(renderer.render_many(items))
        size_files = sum(p.stat().st_size for p in ours_dir.iterdir())

    n = args.count
    print(f"{n} certificates, median of {args.repeat} runs, CPU time (wall clock in brackets)")
    print(f"building + signing {n} certificates: {sign_s * 1000:.0f} ms")
    print(
        f"floor, bare page + same QR, one PDF:       {floor_one[0] / n * 1000:5.2f} ms/page "
        f"= {n / floor_one[0]:5.1f} pages/s ({n / floor_one[1]:5.1f} wall)"
    )
    print(
        f"floor, bare page + same QR, own file each: {floor_files[0] / n * 1000:5.2f} ms/page "
        f"= {n / floor_files[0]:5.1f} pages/s ({n / floor_files[1]:5.1f} wall)"
    )
    for label, ((ours, ours_wall), (floor, floor_wall)) in results.items():
        print(
            f"{label:18s} ours {ours / n * 1000:5.2f} ms/page = {n / ours:5.1f} pages/s "
            f"({n / ours_wall:5.1f} wall) | ratio to its floor {ours / floor:4.2f}x "
            f"(wall {ours_wall / floor_wall:4.2f}x)"
        )
    print(f"size: one PDF {size_one / 1e6:.2f} MB; {n} files {size_files / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
