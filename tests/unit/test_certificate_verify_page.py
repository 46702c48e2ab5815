"""The public verification page for each verdict, as HTML (no server: the function it serves).

``tests/integration/test_certificate_server.py`` fetches these pages from a running
server after a real sync; here each verdict's page is checked for what it must and must
never show, including a hostile number typed into the address.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from golonline_desktop.domain.certificate import CertificateData, CertificateNumber, mask_nik
from golonline_server.certificates import StoredCertificate
from golonline_server.verify_page import Status, Verdict, render_page

NIK = "3573015508900001"
NUMBER = CertificateNumber("JKT01", "A7K2Q9", 2026, 42)
REPLACEMENT = "GO-JKT01-A7K2Q9-2026-000057"


def stored(*, revoked: bool = False) -> StoredCertificate:
    cert = CertificateData(
        number=NUMBER,
        issued_on=date(2026, 11, 27),
        business_name="Keripik Tempe Sanan <Bu> Ṭāhirah",
        owner_name="Ṭāhirah Nur Aini",
        nik_masked=mask_nik(NIK),
        nib="1234567890123",
        kbli_code="10794",
        kbli_title="Industri Makanan Ringan",
        sector="Makanan ringan",
        region_code="35.73.02.1004",
        region_path=("Kel. Purwantoro", "Kec. Blimbing", "Kota Malang", "Prov. Jawa Timur"),
        marketplaces=("Shopee",),
        drive_name="Pendampingan Blimbing",
        office_name="Diskominfo Kota Malang",
        officer_name="Rr. Sekar Ayu Wulandari",
        officer_nip="198501012010012001",
        place="Kota Malang",
    )
    return StoredCertificate(cert, "sig", revoked, datetime(2026, 11, 28) if revoked else None,
                             REPLACEMENT if revoked else None, None, "A7K2Q9")  # fmt: skip


@pytest.mark.parametrize(
    ("status", "headline", "record"),
    [
        (Status.VALID, ">SAH<", stored()),
        (Status.INVALID, ">TIDAK SAH<", stored()),
        (Status.REVOKED, ">DICABUT<", stored(revoked=True)),
        (Status.NOT_FOUND, ">TIDAK DITEMUKAN<", None),
    ],
)
def test_each_verdict_has_its_page(
    status: Status, headline: str, record: StoredCertificate | None
) -> None:
    html = render_page(NUMBER.format(), Verdict(status, record))
    assert f'data-status="{status.value}"' in html and headline in html
    assert NUMBER.format() in html
    assert NIK not in html and mask_nik(NIK) not in html and "3573" not in html
    if record is not None:
        assert "Keripik Tempe Sanan &lt;Bu&gt; Ṭāhirah" in html  # escaped, not markup
        assert "Ṭāhirah N. A." in html and "Nur Aini" not in html  # owner shortened
        assert "27 November 2026" in html
    assert (REPLACEMENT in html) is (status is Status.REVOKED)


def test_a_hostile_number_is_shown_as_text() -> None:
    html = render_page('<script>alert("x")</script>', Verdict(Status.NOT_FOUND, None))
    assert "<script>" not in html and "&lt;script&gt;" in html
