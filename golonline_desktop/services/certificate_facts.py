"""What goes on a business's certificate, gathered from the records inside one transaction.

Everything printed is read here and checked before a number is spent: a business that
cannot get a certificate yet gets findings the officer can act on, and no number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from golonline_desktop.domain.certificate import CertificateData, CertificateNumber, mask_nik
from golonline_desktop.domain.findings import Finding, error
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.regions import RegionLevel
from golonline_desktop.storage.models import Business, Office, Officer, RegistrationDrive
from golonline_desktop.storage.region_directory import RegionDirectory

NO_VALUE = "—"
# Listings in these states mean the officer has taken the business to that marketplace.
LISTED_STATES = ("ready", "queued", "submitted", "live")
_REGENCY_PREFIXES = ("kota administrasi ", "kabupaten administrasi ", "kabupaten ", "kota ")


class CertificateRefusedError(ValueError):
    """The certificate cannot be issued (yet); ``findings`` say why, in the officer's words."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        super().__init__("; ".join(f.render() for f in findings))
        self.findings = findings


@dataclass(frozen=True)
class CertificateFacts:
    """Everything but the number and the date, ready to become ``CertificateData``."""

    business_name: str
    owner_name: str
    nik_masked: str
    nib: str | None
    kbli_code: str
    kbli_title: str
    sector: str
    region_code: str
    region_path: tuple[str, ...]
    marketplaces: tuple[str, ...]
    drive_name: str
    office_name: str
    officer_name: str
    officer_nip: str | None
    place: str

    def certificate(self, number: CertificateNumber, issued_on: date) -> CertificateData:
        return CertificateData(number=number, issued_on=issued_on, **self.__dict__)


def refused(code: str, message: str, **params: object) -> CertificateRefusedError:
    return CertificateRefusedError((error(code, message, **params),))


def place_name(regions: RegionDirectory, code: str) -> str | None:
    """``"Jakarta Selatan"``: the regency or city of a region code, without its kind."""
    regency = regions.get(code[:5]) if len(code) >= 5 else None
    if regency is None or regency.level is not RegionLevel.REGENCY:
        return None
    name = regency.name
    for prefix in _REGENCY_PREFIXES:
        if name.casefold().startswith(prefix):
            return name[len(prefix) :]
    return name


def marketplace_names(session: Session, business_id: str, names: dict[str, str]) -> tuple[str, ...]:
    """Marketplaces the business has listings for (none when the listing tables are absent)."""
    try:
        from golonline_desktop.storage.product_models import Listing, Product
    except ImportError:  # pragma: no cover - listings ship with products
        return ()
    query = (
        select(Listing.marketplace_id)
        .join(Product, Product.id == Listing.product_id)
        .where(
            Product.business_id == business_id,
            Product.deleted.is_(False),
            Listing.deleted.is_(False),
            Listing.state.in_(LISTED_STATES),
        )
        .distinct()
    )
    try:
        ids = list(session.scalars(query))
    except OperationalError:  # an older database without the listing tables
        return ()
    order = list(names)
    ids.sort(key=lambda m: (order.index(m) if m in order else len(order), m))
    return tuple(names.get(m, m) for m in ids)


def gather_facts(
    session: Session,
    business: Business,
    *,
    officer_id: str,
    regions: RegionDirectory,
    marketplace_labels: dict[str, str],
) -> CertificateFacts:
    """The printable facts of ``business``; ``CertificateRefusedError`` if incomplete."""
    if business.deleted:
        raise refused(
            "certificate.business_deleted",
            QT_TRANSLATE_NOOP("Finding", "This business was deleted: restore it first."),
        )
    if not business.kbli_code:
        raise refused(
            "certificate.kbli_missing",
            QT_TRANSLATE_NOOP("Finding", "Type the business's KBLI code before issuing."),
        )
    region_code = business.village_code or ""
    path = regions.full_path(region_code) if region_code else None
    if not path:
        raise refused(
            "certificate.region_unknown",
            QT_TRANSLATE_NOOP(
                "Finding", "The business's village is not a current region: correct it first."
            ),
        )
    officer = session.get(Officer, officer_id)
    office = session.get(Office, officer.office_id) if officer is not None else None
    if officer is None or office is None:
        raise LookupError(f"officer {officer_id} or its office is missing")
    drive = session.get(RegistrationDrive, business.drive_id) if business.drive_id else None
    place_code = drive.region_code if drive is not None else region_code
    place = place_name(regions, place_code) or place_name(regions, region_code) or NO_VALUE
    return CertificateFacts(
        business_name=business.business_name,
        owner_name=business.owner_name,
        nik_masked=mask_nik(business.nik),
        nib=business.nib or None,
        kbli_code=business.kbli_code,
        kbli_title=f"KBLI {business.kbli_version or '2020'}",
        sector=business.sector or NO_VALUE,
        region_code=region_code,
        region_path=tuple(part.strip() for part in path.split(",")),
        marketplaces=marketplace_names(session, business.id, marketplace_labels),
        drive_name=drive.name if drive is not None else NO_VALUE,
        office_name=office.name,
        officer_name=officer.name,
        officer_nip=officer.nip or None,
        place=place,
    )
