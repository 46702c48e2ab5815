"""The public side of certificates: the page a QR code opens, and its JSON twin.

``GET /v/{number}?s=<signature>`` answers in Bahasa Indonesia with one of: valid (SAH),
invalid (TIDAK SAH: the printed signature is not the one this certificate was issued
with), revoked (DICABUT, naming its replacement) or not found (perhaps not synced yet).
It shows what the paper shows, except the NIK (never) and the owner's full name (first
name and initials only): the page is public. No scripts, fonts or images from elsewhere,
so it loads on a cheap phone over 2G.

``GET /api/v1/certificates/{number}?s=...`` gives the same verdict and fields as JSON.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from enum import StrEnum
from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from golonline_desktop.domain.certificate import CertificateNumber
from golonline_desktop.domain.dates import indonesian_long_date

from .certificates import StoredCertificate, decode_signature, lookup, signature_ok
from .errors import ApiError, error_responses

public_router = APIRouter()
api_router = APIRouter()
SignatureQuery = Annotated[str | None, Query(alias="s", max_length=200)]


class Status(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    REVOKED = "revoked"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Verdict:
    status: Status
    stored: StoredCertificate | None


def short_name(name: str) -> str:
    """``"Sri Rahayu Lestari"`` -> ``"Sri R. L."``: enough to recognise, not to look up."""
    words = name.split()
    if not words:
        return ""
    return " ".join([words[0], *(f"{w[0]}." for w in words[1:])])


def judge(request: Request, number_text: str, signature: str | None) -> Verdict:
    try:
        number = CertificateNumber.parse(number_text)
    except ValueError:
        return Verdict(Status.NOT_FOUND, None)
    with request.app.state.engine.connect() as conn:
        stored = lookup(conn, number.format())
    if stored is None:
        return Verdict(Status.NOT_FOUND, None)
    key = stored.device_public_key
    genuine = key is not None and signature_ok(
        stored.cert, decode_signature(stored.signature) or b"", key
    )
    if signature is not None:
        genuine = genuine and hmac.compare_digest(signature.strip(), stored.signature)
    if not genuine:
        return Verdict(Status.INVALID, stored)
    return Verdict(Status.REVOKED if stored.revoked else Status.VALID, stored)


def public_fields(stored: StoredCertificate) -> dict[str, Any]:
    cert = stored.cert
    return {
        "number": cert.number_text,
        "issued_on": cert.issued_on.isoformat(),
        "business_name": cert.business_name,
        "owner": short_name(cert.owner_name),
        "nib": cert.nib,
        "kbli": f"{cert.kbli_code} — {cert.kbli_title}",
        "sector": cert.sector,
        "region": cert.region_text,
        "marketplaces": list(cert.marketplaces),
        "drive_name": cert.drive_name,
        "office_name": cert.office_name,
        "officer_name": cert.officer_name,
        "programme": cert.programme_name,
        "revoked": stored.revoked,
        "revoked_at": stored.revoked_at.isoformat() if stored.revoked_at else None,
        "replaced_by": stored.replaced_by,
    }


@api_router.get("/certificates/{number}", responses=error_responses(404))
def certificate_json(request: Request, number: str, s: SignatureQuery = None) -> dict[str, Any]:
    verdict = judge(request, number, s)
    if verdict.stored is None:
        raise ApiError(
            404, "certificate.not_found", "No certificate with this number has reached the server."
        )
    return {"status": verdict.status.value, **public_fields(verdict.stored)}


HEADLINES = {
    Status.VALID: ("SAH", "Sertifikat ini asli dan terdaftar di server program."),
    Status.INVALID: (
        "TIDAK SAH",
        "Tanda tangan digital pada kode QR tidak cocok dengan sertifikat yang terdaftar. "
        "Sertifikat ini mungkin palsu atau telah diubah.",
    ),
    Status.REVOKED: ("DICABUT", "Sertifikat ini telah dicabut dan tidak berlaku lagi."),
    Status.NOT_FOUND: (
        "TIDAK DITEMUKAN",
        "Nomor ini belum terdaftar di server. Sertifikat yang baru diterbitkan di lokasi "
        "tanpa sinyal baru muncul setelah laptop petugas tersinkron; periksa lagi nanti.",
    ),
}
COLOURS = {
    Status.VALID: "#1b6e3a",
    Status.INVALID: "#a11d1d",
    Status.REVOKED: "#9a5b00",
    Status.NOT_FOUND: "#4a4a4a",
}
LABELS = (
    ("number", "Nomor sertifikat"),
    ("business_name", "Nama usaha"),
    ("owner", "Pemilik"),
    ("nib", "NIB"),
    ("kbli", "KBLI"),
    ("sector", "Sektor"),
    ("region", "Wilayah"),
    ("marketplaces", "Marketplace"),
    ("drive_name", "Kegiatan"),
    ("office_name", "Kantor penerbit"),
    ("officer_name", "Petugas pendamping"),
    ("issued_on", "Tanggal terbit"),
)
STYLE = (
    "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f2;color:#1d2420}"
    "main{max-width:40rem;margin:0 auto;padding:1rem}"
    ".verdict{color:#fff;padding:1rem 1.25rem;border-radius:.5rem}"
    ".verdict h1{margin:0;font-size:1.8rem;letter-spacing:.08em}"
    ".verdict p{margin:.4rem 0 0}"
    "dl{background:#fff;border-radius:.5rem;padding:.5rem 1.25rem;margin-top:1rem}"
    "dt{font-size:.75rem;text-transform:uppercase;color:#5b625e;margin-top:.7rem}"
    "dd{margin:0 0 .2rem;font-size:1.05rem}"
    "footer{font-size:.8rem;color:#5b625e;margin-top:1rem}"
)


def render_page(number_text: str, verdict: Verdict) -> str:
    title, explanation = HEADLINES[verdict.status]
    rows = []
    if verdict.stored is not None:
        fields = public_fields(verdict.stored)
        fields["issued_on"] = indonesian_long_date(verdict.stored.cert.issued_on)
        fields["marketplaces"] = ", ".join(fields["marketplaces"]) or "—"
        for key, label in LABELS:
            value = fields.get(key) or "—"
            rows.append(f"<dt>{escape(label)}</dt><dd>{escape(str(value))}</dd>")
        if verdict.stored.revoked and verdict.stored.replaced_by:
            explanation += f" Penggantinya: {verdict.stored.replaced_by}."
    else:
        rows.append(f"<dt>Nomor yang diperiksa</dt><dd>{escape(number_text[:60])}</dd>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>Verifikasi sertifikat — {escape(title)}</title>"
        f"<style>{STYLE}</style></head>"
        f'<body data-status="{verdict.status.value}"><main>'
        f'<section class="verdict" style="background:{COLOURS[verdict.status]}">'
        f"<h1>{escape(title)}</h1><p>{escape(explanation)}</p></section>"
        f"<dl>{''.join(rows)}</dl>"
        "<footer>Program UMKM Go Online — verifikasi sertifikat pendaftaran. "
        "NIK pemilik tidak pernah ditampilkan di halaman ini.</footer>"
        "</main></body></html>\n"
    )


@public_router.get("/v/{number}", response_class=HTMLResponse, include_in_schema=False)
def certificate_page(request: Request, number: str, s: SignatureQuery = None) -> HTMLResponse:
    verdict = judge(request, number, s)
    status_code = 404 if verdict.status is Status.NOT_FOUND else 200
    return HTMLResponse(
        render_page(number, verdict),
        status_code=status_code,
        headers={"Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'; "
                 "style-src 'unsafe-inline'"},
    )  # fmt: skip
