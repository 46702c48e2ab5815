"""Render real certificate PDFs and read them back as a printer and a phone would.

Text through pypdf and pdfplumber, fonts through the PDF's own font dictionaries and
fontTools, the QR through pdftoppm (poppler) and a real decoder (zxing-cpp).
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pdfplumber
import pypdf
import pytest
import zxingcpp
from fontTools.ttLib import TTFont
from PIL import Image

from golonline_desktop.domain.certificate import CertificateData, CertificateNumber, mask_nik
from golonline_desktop.resources import resource_path
from golonline_desktop.services.certificate_artwork import INNER_INSET, PAGE_HEIGHT, PAGE_WIDTH
from golonline_desktop.services.certificate_renderer import (
    QR_SIZE,
    CertificatePrint,
    CertificateRenderer,
)
from golonline_desktop.services.certificate_signing import (
    DeviceKey,
    parse_verification_url,
    verification_url,
    verify,
)
from golonline_desktop.services.certificate_text import (
    FALLBACK_FILE,
    FONT_FILES,
    fit,
    register_fonts,
    wrap,
)

FULL_NIK = "3174015508900001"
OWNER = "Ṭāhir Şükrü Nguyễn"
BASE = "https://verifikasi.example.id"
LONG_NAME = (
    "Usaha Mikro Batik Tulis dan Jamu Gendong Tradisional Mbok Sri Rahayu Ngudi Mulyo "
    "Sejahtera Kulon Progo Abadi Jaya"
)
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def make_cert(**overrides: object) -> CertificateData:
    values: dict[str, object] = {
        "number": CertificateNumber("JKP01", "LAP07", 2026, 123),
        "issued_on": date(2026, 11, 27),
        "business_name": "Warung Gudeg Yu Djum Sido Mampir",
        "owner_name": OWNER,
        "nik_masked": mask_nik(FULL_NIK),
        "nib": "1234567890123",
        "kbli_code": "56103",
        "kbli_title": "Kedai Makanan",
        "sector": "Kuliner",
        "region_code": "31.71.06.1001",
        "region_path": ("Kel. Menteng", "Kec. Menteng", "Kota Jakarta Pusat", "Prov. DKI Jakarta"),
        "marketplaces": ("Shopee", "Tokopedia", "Lazada"),
        "drive_name": "Pendampingan UMKM Go Online Menteng",
        "office_name": "Diskominfotik Provinsi DKI Jakarta",
        "officer_name": "Rr. Sekar Ayu Wulandari",
        "officer_nip": "198501012010012001",
        "place": "Jakarta Pusat",
    }
    values.update(overrides)
    return CertificateData(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def key() -> DeviceKey:
    return DeviceKey.from_private_bytes(bytes(range(32)))


@pytest.fixture(scope="module")
def renderer() -> CertificateRenderer:
    return CertificateRenderer()


def signed_url(cert: CertificateData, key: DeviceKey) -> str:
    return verification_url(BASE, cert.number, key.sign(cert))


@pytest.fixture(scope="module")
def pdf(renderer: CertificateRenderer, key: DeviceKey) -> bytes:
    cert = make_cert()
    return renderer.render(cert, signed_url(cert, key))


def page_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def decompressed_streams(data: bytes) -> list[bytes]:
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            found.append(match.group(1))
    return found


def test_all_fields_are_printed(pdf: bytes) -> None:
    text = page_text(pdf)
    for expected in (
        "SERTIFIKAT",
        "Pendaftaran UMKM Go Online",
        "GO-JKP01-LAP07-2026-000123",
        "Warung Gudeg Yu Djum Sido Mampir",
        OWNER,
        "3174********0001",
        "1234567890123",
        "56103",
        "Kedai Makanan",
        "Kuliner",
        "Kel. Menteng, Kec. Menteng, Kota Jakarta Pusat, Prov. DKI Jakarta",
        "Shopee, Tokopedia, Lazada",
        "Pendampingan UMKM Go Online Menteng",
        "Jakarta Pusat, 27 November 2026",
        "Diskominfotik Provinsi DKI Jakarta",
        "Rr. Sekar Ayu Wulandari",
        "NIP 198501012010012001",
        "Kementerian Komunikasi dan Digital",
    ):
        assert expected in text, expected
    assert "Cetak ulang" not in text


def test_only_the_masked_nik_appears_anywhere(pdf: bytes, renderer: CertificateRenderer) -> None:
    text = page_text(pdf)
    assert FULL_NIK not in text
    assert "550890" not in text  # the birth date part
    assert FULL_NIK.encode() not in pdf
    for stream in decompressed_streams(pdf):
        assert FULL_NIK.encode() not in stream
    # and the renderer cannot even be handed one
    with pytest.raises(ValueError):
        make_cert(nik_masked=FULL_NIK)


def _fonts_of(reader: pypdf.PdfReader) -> list[pypdf.generic.DictionaryObject]:
    fonts = []

    def collect(resources: object) -> None:
        if not resources:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        for font in (resources.get("/Font") or {}).values():
            fonts.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            collect(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        collect(page.get("/Resources"))
    return fonts


def test_fonts_are_embedded_truetype_and_no_base14(pdf: bytes) -> None:
    fonts = _fonts_of(pypdf.PdfReader(io.BytesIO(pdf)))
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert not any(base in name for base in BASE14), name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert b"/Helvetica" not in pdf


def test_diacritic_name_has_every_glyph(pdf: bytes, renderer: CertificateRenderer) -> None:
    # Source font: every character in the cmap (fontTools, not our own code).
    cmap = TTFont(resource_path("fonts", FONT_FILES["sans"])).getBestCmap()
    assert [ch for ch in OWNER if ord(ch) not in cmap and not ch.isspace()] == []
    assert renderer.fonts.missing_glyphs(OWNER) == set()
    # In the PDF: reportlab prints an unknown character as code 0 (.notdef), which would
    # break the round trip through the ToUnicode map; the exact name comes back.
    text = page_text(pdf)
    assert f"Pemilik: {OWNER}" in text and "\x00" not in text
    # Each printed character's glyph in the embedded subsets has outlines (not a blank box).
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    drawn: set[str] = set()
    for font in _fonts_of(reader):
        to_unicode = font["/ToUnicode"].get_object().get_data().decode("ascii")
        codes = {
            int(code, 16): chr(int(uni, 16))
            for code, uni in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", to_unicode)
            if int(uni, 16)
        }
        data = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        ttf = TTFont(io.BytesIO(data))
        cmap, glyf = ttf["cmap"].tables[0].cmap, ttf["glyf"]
        for code, char in codes.items():
            # reportlab's ToUnicode also lists ASCII codes the subset never uses
            if code in cmap and not char.isspace():
                assert glyf[cmap[code]].numberOfContours != 0, (font["/BaseFont"], char)
                drawn.add(char)
    assert set(OWNER.replace(" ", "")) <= drawn


def test_missing_glyphs_are_reported(renderer: CertificateRenderer) -> None:
    assert renderer.fonts.missing_glyphs("Toko \U00013000") == {"\U00013000"}


def test_chinese_shop_name_uses_the_fallback_font(
    renderer: CertificateRenderer, key: DeviceKey
) -> None:
    assert (resource_path("fonts") / FALLBACK_FILE).is_file()
    cert = make_cert(business_name="Toko Kue 王记饼家")
    data = renderer.render(cert, signed_url(cert, key))
    assert "Toko Kue 王记饼家" in page_text(data)
    names = {str(f["/BaseFont"]) for f in _fonts_of(pypdf.PdfReader(io.BytesIO(data)))}
    assert any("Droid" in name for name in names), names


def _decode_qr(data: bytes, tmp_path: Path, page: int = 1) -> list[str]:
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is required"
    source = tmp_path / "cert.pdf"
    source.write_bytes(data)
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png", "-singlefile",
         str(source), str(prefix)],
        check=True,
    )  # fmt: skip
    with Image.open(f"{prefix}.png") as image:
        return [result.text for result in zxingcpp.read_barcodes(image)]


def test_qr_decodes_to_a_url_whose_signature_verifies(
    pdf: bytes, key: DeviceKey, tmp_path: Path
) -> None:
    cert = make_cert()
    decoded = _decode_qr(pdf, tmp_path)
    assert decoded == [signed_url(cert, key)]
    link = parse_verification_url(decoded[0])
    assert link.number == cert.number
    assert verify(cert, link.signature, key.public_key_bytes())
    tampered = dataclasses.replace(cert, business_name="Warung Lain")
    assert not verify(tampered, link.signature, key.public_key_bytes())
    bad_signature = bytes([link.signature[5] ^ 0x40]).join((link.signature[:5], link.signature[6:]))
    assert not verify(cert, bad_signature, key.public_key_bytes())


def test_identical_input_gives_identical_bytes(
    pdf: bytes, renderer: CertificateRenderer, key: DeviceKey
) -> None:
    cert = make_cert()
    other = make_cert(business_name="Toko Lain 王记", number=cert.number.next())
    renderer.render(other, signed_url(other, key))  # state from other documents must not leak
    assert renderer.render(cert, signed_url(cert, key)) == pdf
    assert CertificateRenderer().render(cert, signed_url(cert, key)) == pdf
    changed = renderer.render(make_cert(owner_name="Budi"), signed_url(cert, key))
    assert changed != pdf


def test_reprint_mark_changes_only_the_mark(
    pdf: bytes, renderer: CertificateRenderer, key: DeviceKey, tmp_path: Path
) -> None:
    cert = make_cert()
    reprint = renderer.render(cert, signed_url(cert, key), reprint=2)
    text = page_text(reprint)
    assert "Cetak ulang ke-2" in text
    assert text.replace("Cetak ulang ke-2\n", "") == page_text(pdf)
    assert _decode_qr(reprint, tmp_path) == [signed_url(cert, key)]
    with pytest.raises(ValueError):
        renderer.render(cert, signed_url(cert, key), reprint=-1)


def _boxes_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min(
        (a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
        (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]),
    )
    return width * height / smaller if smaller else 0.0


def test_long_business_name_fits_inside_the_frame(
    renderer: CertificateRenderer, key: DeviceKey
) -> None:
    name = LONG_NAME + " " + "x" * (119 - len(LONG_NAME))
    assert len(name) == 120
    cert = make_cert(
        business_name=name,
        office_name="Dinas Komunikasi, Informatika dan Statistik Provinsi DKI Jakarta",
        drive_name="Pendampingan UMKM Go Online Kelurahan Menteng Tahap Kedua 2026",
    )
    data = renderer.render(cert, signed_url(cert, key))
    assert name in page_text(data).replace("\n", " ")  # whole, not cut with "…"
    with pdfplumber.open(io.BytesIO(data)) as document:
        chars = [c for c in document.pages[0].chars if c["text"].strip()]
    low, high = INNER_INSET + 4, PAGE_WIDTH - INNER_INSET - 4
    for c in chars:
        assert low <= c["x0"] and c["x1"] <= high, c["text"]
        assert c["top"] >= INNER_INSET and c["bottom"] <= PAGE_HEIGHT - INNER_INSET, c["text"]
    # no text collides with other text: boxes of adjacent lines may touch, never overlap much
    chars.sort(key=lambda c: c["x0"])
    for i, a in enumerate(chars):
        for b in chars[i + 1 :]:
            if b["x0"] >= a["x1"]:
                break
            assert _boxes_overlap(a, b) < 0.35, (a["text"], b["text"], a["top"], b["top"])
    # nor the QR code (quiet zone included)
    qr_left, qr_right = 96 - 10, 96 + QR_SIZE + 10
    qr_top, qr_bottom = PAGE_HEIGHT - (54 + QR_SIZE + 10), PAGE_HEIGHT - (54 - 10)
    for c in chars:
        inside_x = c["x1"] > qr_left and c["x0"] < qr_right
        inside_y = c["bottom"] > qr_top and c["top"] < qr_bottom
        assert not (inside_x and inside_y), c["text"]


def test_render_many_and_render_to_files(
    renderer: CertificateRenderer, key: DeviceKey, tmp_path: Path
) -> None:
    certs = [make_cert(number=CertificateNumber("JKP01", "LAP07", 2026, n)) for n in (1, 2, 3)]
    items = [CertificatePrint(c, signed_url(c, key)) for c in certs]
    batch = renderer.render_many(items)
    reader = pypdf.PdfReader(io.BytesIO(batch))
    assert len(reader.pages) == 3
    for page, cert in zip(reader.pages, certs, strict=True):
        assert cert.number_text in page.extract_text()
    assert renderer.render_many(items) == batch
    assert _decode_qr(batch, tmp_path, page=3) == [signed_url(certs[2], key)]

    folder = tmp_path / "out"
    paths = renderer.render_to_files([*items[:2], (certs[2], signed_url(certs[2], key), 1)], folder)
    assert [p.name for p in paths] == [
        "GO-JKP01-LAP07-2026-000001.pdf",
        "GO-JKP01-LAP07-2026-000002.pdf",
        "GO-JKP01-LAP07-2026-000003-cetak-ulang-1.pdf",
    ]
    assert sorted(folder.iterdir()) == sorted(paths)  # no temp files left behind
    assert paths[0].read_bytes() == renderer.render(certs[0], signed_url(certs[0], key))
    assert "Cetak ulang ke-1" in page_text(paths[2].read_bytes())
    with pytest.raises(ValueError):
        renderer.render_many([])


def test_fonts_register_once_per_folder(renderer: CertificateRenderer, tmp_path: Path) -> None:
    assert register_fonts() is renderer.fonts
    assert CertificateRenderer().fonts is renderer.fonts
    with pytest.raises(FileNotFoundError):
        register_fonts(tmp_path)


def test_wrap_breaks_between_ideographs_and_fit_cuts_only_as_last_resort(
    renderer: CertificateRenderer,
) -> None:
    fonts = renderer.fonts
    lines = wrap(fonts, "王记饼家王记饼家王记饼家", "sans", 12, 40)
    assert len(lines) > 1 and "".join(lines) == "王记饼家王记饼家王记饼家"
    assert all(fonts.width(line, "sans", 12) <= 40 for line in lines)
    fitted = fit(fonts, LONG_NAME, "serif-bold", width=200, height=30, max_size=20,
                 min_size=10, max_lines=2)  # fmt: skip
    assert len(fitted.lines) == 2 and fitted.lines[-1].endswith("…")
    assert all(fonts.width(line, "serif-bold", fitted.size) <= 200 for line in fitted.lines)
    short = fit(fonts, "Warung Bu Sri", "serif-bold", width=200, height=30, max_size=20,
                min_size=10, max_lines=2)  # fmt: skip
    assert short.lines == ("Warung Bu Sri",) and short.size == 20


def test_qr_is_encoded_once_per_page(
    renderer: CertificateRenderer, key: DeviceKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.graphics.barcode import qrencoder

    calls: list[int] = []
    original = qrencoder.QRCode.make

    def counting_make(self: qrencoder.QRCode) -> None:
        calls.append(1)
        original(self)

    monkeypatch.setattr(qrencoder.QRCode, "make", counting_make)
    certs = [make_cert(number=CertificateNumber("JKP01", "LAP07", 2026, n)) for n in (1, 2)]
    renderer.render_many([(c, signed_url(c, key)) for c in certs])
    assert len(calls) == 2


def test_reused_font_subsets_and_artwork_write_the_bytes_reportlab_writes(
    renderer: CertificateRenderer, key: DeviceKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files after the first reuse subsets and the artwork; the PDF must not change."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabTTFont

    from golonline_desktop.services import certificate_artwork
    from golonline_desktop.services.certificate_fonts import SubsetCachingTTFont

    sans = pdfmetrics.getFont(renderer.fonts.font("sans"))
    assert isinstance(sans, SubsetCachingTTFont)
    cert = make_cert(business_name="Toko Kue 王记饼家 Bu Ṭāhirah")
    url = signed_url(cert, key)
    renderer.render(cert, url)
    hits = sans.cache_hits
    reused = renderer.render(cert, url)
    assert sans.cache_hits > hits, "the second file should reuse the sans subset"
    assert certificate_artwork._recipes is not None, "the artwork should be replayed"

    # reportlab's own path: subsets made and artwork drawn afresh for this document
    monkeypatch.setattr(SubsetCachingTTFont, "addObjects", ReportlabTTFont.addObjects)
    monkeypatch.setattr(certificate_artwork, "_recipes", None)
    monkeypatch.setattr(certificate_artwork, "_capture_forms", lambda *_: None)
    assert renderer.render(cert, url) == reused


def test_a_new_letter_makes_a_new_subset_with_its_glyph(
    renderer: CertificateRenderer, key: DeviceKey
) -> None:
    """A reused subset must never lack a glyph the new certificate needs."""
    first = make_cert(owner_name="Siti Aminah")
    renderer.render(first, signed_url(first, key))
    second = make_cert(owner_name="Siti Ḍamīrah")
    text = page_text(renderer.render(second, signed_url(second, key)))
    assert "Siti Ḍamīrah" in text
