"""The local schema (SQLAlchemy 2.x typed declarative).

Every syncable record carries a client-generated, time-ordered UUID (``id``), a
``version`` that increases on every change, and a tombstone flag instead of being deleted.
Changing this file needs an Alembic revision in ``storage/migrations/versions``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    collate,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Office(Base):
    """A regional field office; its code appears in certificate numbers."""

    __tablename__ = "office"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str | None] = mapped_column(String(13))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Officer(Base):
    """A field officer or supervisor; every change is attributed to one."""

    __tablename__ = "officer"
    __table_args__ = (Index("uq_officer_username", "username", unique=True),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(18))
    role: Mapped[str] = mapped_column(String(20), default="petugas")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Login name (the key vault holds the password wrap); None for the pre-accounts officer.
    username: Mapped[str | None] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class RegistrationDrive(Base):
    """A registration drive: one day's work at one place; new businesses belong to it."""

    __tablename__ = "registration_drive"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    name: Mapped[str] = mapped_column(String(200))
    drive_date: Mapped[date] = mapped_column(Date)
    region_code: Mapped[str] = mapped_column(String(13))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Business(Base):
    """An UMKM and its owner, as registered at a drive."""

    __tablename__ = "business"
    __table_args__ = (
        Index("ix_business_nik", "nik"),
        Index("ix_business_nib", "nib"),
        Index("ix_business_phone", "phone"),
        Index("ix_business_village_code", "village_code"),
        Index("ix_business_drive_id", "drive_id"),
        Index("ix_business_updated_at", "updated_at"),  # browser sort (migration 0008)
        # only the tombstones: the home figures count all rows minus these (migration 0009)
        Index("ix_business_tombstones", "deleted", sqlite_where=text("deleted = 1")),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    drive_id: Mapped[str | None] = mapped_column(ForeignKey("registration_drive.id"))
    business_name: Mapped[str] = mapped_column(String(200))
    owner_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16))
    owner_birth_date: Mapped[date | None] = mapped_column(Date)
    owner_sex: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    nib: Mapped[str | None] = mapped_column(String(13))
    npwp: Mapped[str | None] = mapped_column(String(16))
    nitku: Mapped[str | None] = mapped_column(String(22))
    kbli_code: Mapped[str | None] = mapped_column(String(5))
    kbli_version: Mapped[str | None] = mapped_column(String(4))
    sector: Mapped[str | None] = mapped_column(String(100))
    address_line: Mapped[str | None] = mapped_column(String(500))
    village_code: Mapped[str | None] = mapped_column(String(13))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    capital_rupiah: Mapped[int | None] = mapped_column(BigInteger)
    annual_sales_rupiah: Mapped[int | None] = mapped_column(BigInteger)
    scale: Mapped[str | None] = mapped_column(String(10))
    employees: Mapped[int | None] = mapped_column(Integer)
    consent_text_version: Mapped[str | None] = mapped_column(String(20))
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    duplicate_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


# The browser sorts by name and owner ignoring case (migration 0008); the rowid ends every
# index, so ORDER BY name, rowid walks the index with no sort step.
Index("ix_business_name_nocase", collate(Business.business_name, "NOCASE"))
Index("ix_business_owner_nocase", collate(Business.owner_name, "NOCASE"))


class OutboxEntry(Base):
    """A change waiting to reach the server, written in the same transaction as the change.

    ``seq`` gives the push order. (entity, entity_id, version) is unique: one row per
    version of a record, which is also the server's idempotency key.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("entity", "entity_id", "version", name="uq_outbox_entity_version"),
        Index("ix_outbox_state_seq", "state", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    version: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(10))  # "upsert" | "delete"
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    payload_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AuditEvent(Base):
    """Append-only record of who did what, when. Never updated, never deleted.

    ``hash`` chains each row to the one before (``storage.audit``): an edited or deleted row
    breaks the chain, which ``verify_chain`` and the doctor report.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    officer_id: Mapped[str | None] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(ID)
    details: Mapped[str | None] = mapped_column(Text)  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """A form's unsaved content, written on every change so a crash loses nothing.

    ``kind`` names the form ("business", later "product"); ``entity_id`` is the id the
    record will get (or has, when editing). Deleted when the record is saved or the
    officer discards the draft.
    """

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("kind", "entity_id", name="uq_draft_kind_entity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(ID)
    base_version: Mapped[int | None] = mapped_column(Integer)
    officer_id: Mapped[str | None] = mapped_column(ID)
    content: Mapped[str] = mapped_column(Text)  # JSON of the form's fields as typed
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
