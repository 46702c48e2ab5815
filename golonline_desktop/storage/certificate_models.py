"""Tables of issued certificates, their per-device number counter and known device keys.

Kept apart from ``models.py`` (the records officers type) like ``product_models``; the
tables join ``Base.metadata`` when this module is imported (``migrations/env.py`` does).

* ``certificate`` keeps the signed canonical JSON exactly as signed, so a reprint years
  later is byte-for-byte the same certificate (and the same QR), whatever changed since.
* ``certificate_counter`` holds the last sequence handed out per office code, device code
  and year. It is read and advanced in the same write transaction that inserts the
  certificate, so a crash leaves both or neither and a number is never handed out twice;
  a number of a revoked certificate is never reused either (revoking keeps the row).
* ``known_device`` holds public keys of other devices of the office (learned from the
  server's ``device`` changes) for checking certificates with no connection.
* ``peer_certificate`` holds certificates other laptops of the office issued (learned from
  the server's ``certificate`` changes), for verification only: the signed canonical JSON
  (its NIK is masked, ``domain.certificate``), the signature and whether it is revoked.
  No foreign keys: the business and officers they name are usually not on this laptop.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import ID, Base
from .types import UtcDateTime


class Certificate(Base):
    """One issued certificate. Never deleted: revoked, and replaced by a new number."""

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint(
            "office_code", "device_code", "year", "sequence", name="uq_certificate_sequence"
        ),
        Index("ix_certificate_business_id", "business_id"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    business_id: Mapped[str] = mapped_column(ForeignKey("business.id"))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    office_code: Mapped[str] = mapped_column(String(8))
    device_code: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    canonical: Mapped[str] = mapped_column(Text)  # canonical_bytes(cert) as UTF-8 text
    signature: Mapped[str] = mapped_column(String(86))  # base64url, no padding
    verify_url: Mapped[str] = mapped_column(String(400))  # what the QR holds
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    replaces_id: Mapped[str | None] = mapped_column(ID)
    replaced_by_id: Mapped[str | None] = mapped_column(ID)
    print_count: Mapped[int] = mapped_column(Integer, default=0)  # local: prints and PDFs
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)


class CertificateCounter(Base):
    """The last sequence number used for one office code, device code and year."""

    __tablename__ = "certificate_counter"

    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    device_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class KnownDevice(Base):
    """A device's public key, for offline verification of the certificates it signed."""

    __tablename__ = "known_device"

    device_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    device_id: Mapped[str | None] = mapped_column(ID)
    public_key: Mapped[str] = mapped_column(String(64))  # base64url, no padding
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    learned_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PeerCertificate(Base):
    """A certificate another device issued, kept so a scan of it verifies offline."""

    __tablename__ = "peer_certificate"

    number: Mapped[str] = mapped_column(String(40), primary_key=True)
    certificate_id: Mapped[str] = mapped_column(ID, unique=True)  # the issuing device's id
    device_code: Mapped[str] = mapped_column(String(8))
    canonical: Mapped[str] = mapped_column(Text)  # canonical_bytes(cert) as UTF-8 text
    signature: Mapped[str] = mapped_column(String(86))  # base64url, no padding
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    replaced_by: Mapped[str | None] = mapped_column(String(40))  # number
    version: Mapped[int] = mapped_column(Integer)  # of the change last applied
    learned_at: Mapped[datetime] = mapped_column(UtcDateTime())
