"""Certificates per second: ours against a bare reportlab page with the same QR.

The floor is the least any implementation could do for a page carrying this QR: a
reportlab canvas, one line of base-14 text (not embedded), the QR encoded once and drawn
as run-length rectangles in raw operators. Our page adds embedded subset fonts (five
Noto faces), fitted text, the artwork and the mark. Both are measured in the same run,
as CPU time (the machine is shared: compare the ratio).

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


def make_items(count: int, key: DeviceKey) -> list[CertificatePrint]:
    items = []
    for n in range(1, count + 1):
        cert = CertificateData(
            number=CertificateNumber("JKP01", "LAP07", 2026, n),
            issued_on=date(2026, 11, 27),
            business_name=f"{NAMES[n % len(NAMES)]} {n}",
            owner_name="Ṭāhir Şükrü Nguyễn",
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


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median CPU seconds: the machine is shared, and wall time there measures neighbours."""
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        runs.append(time.process_time() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    key = DeviceKey.from_private_bytes(bytes(range(32)))
    start = time.perf_counter()
    items = make_items(args.count, key)
    sign_s = time.perf_counter() - start
    renderer = CertificateRenderer()
    renderer.render(items[0].cert, items[0].signature_url)  # warm: fonts, caches
    bare_many(items[:1])

    with tempfile.TemporaryDirectory() as tmp:
        ours_dir, bare_dir = Path(tmp) / "ours", Path(tmp) / "bare"
        bare_dir.mkdir()
        results = {
            "one PDF": (
                timed(lambda: renderer.render_many(items), args.repeat),
                timed(lambda: bare_many(items), args.repeat),
            ),
            "one file each": (
                timed(lambda: renderer.render_to_files(items, ours_dir), args.repeat),
                timed(lambda: bare_files(items, bare_dir), args.repeat),
            ),
        }
        size_one = len(renderer.render_many(items))
        size_files = sum(p.stat().st_size for p in ours_dir.iterdir())

    n = args.count
    print(f"{n} certificates, median CPU time of {args.repeat} runs")
    print(f"building + signing {n} certificates: {sign_s * 1000:.0f} ms")
    for label, (ours, floor) in results.items():
        print(
            f"{label:14s} ours {ours:6.2f} s = {n / ours:6.1f} pages/s "
            f"({ours / n * 1000:5.2f} ms/page)"
            f" | floor {floor:6.2f} s = {n / floor:6.1f} pages/s | ratio {ours / floor:4.2f}x"
        )
    print(f"size: one PDF {size_one / 1e6:.2f} MB; {n} files {size_files / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
