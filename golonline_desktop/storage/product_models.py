"""Products, their photos and their marketplace listings (schema; migration 0005).

Kept apart from ``models.py`` so the registration schema stays small; the tables join the
same ``Base.metadata`` (``migrations/env.py`` imports this module).

A product and a listing are syncable records: UUIDv7 id, ``version`` raised on every
change, tombstone instead of a delete, and an outbox entry per version. Photo rows are
*part of* their product: each product version carries the full ordered photo list in its
outbox payload, so a photo removed from a product is simply a row that is gone (the
product's new version is the record of that). The photo bytes live in the photo store
under their SHA-256 and are never deleted here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .models import ID, Base
from .types import UtcDateTime


class Product(Base):
    """One product of a business, in the units we store: Rupiah, grams, centimetres."""

    __tablename__ = "product"
    __table_args__ = (Index("ix_product_business_id", "business_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    business_id: Mapped[str] = mapped_column(ForeignKey("business.id"))
    sku: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    price_rupiah: Mapped[int] = mapped_column(BigInteger)
    stock: Mapped[int] = mapped_column(Integer)
    weight_grams: Mapped[int | None] = mapped_column(Integer)
    length_cm: Mapped[float | None] = mapped_column(Float)
    width_cm: Mapped[float | None] = mapped_column(Float)
    height_cm: Mapped[float | None] = mapped_column(Float)
    condition: Mapped[str] = mapped_column(String(4), default="NEW")
    category_key: Mapped[str] = mapped_column(String(40), default="")
    brand: Mapped[str] = mapped_column(String(100), default="No Brand")
    preorder_days: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ProductPhoto(Base):
    """A photo's place in a product's ordered list; position 0 is the primary photo."""

    __tablename__ = "product_photo"
    __table_args__ = (
        Index("ix_product_photo_product_id", "product_id", "position"),
        Index("ix_product_photo_sha256", "sha256"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"))
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Listing(Base):
    """A product offered on one marketplace, moving through the listing states.

    ``findings`` is the JSON list of the last pre-check's findings (code, severity,
    message template, field, params) so the queue screen can explain them without
    re-running the rules; ``reason`` is the marketplace's rejection reason.
    """

    __tablename__ = "listing"
    __table_args__ = (
        UniqueConstraint("product_id", "marketplace_id", name="uq_listing_product_marketplace"),
        Index("ix_listing_state", "state"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"))
    marketplace_id: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[str] = mapped_column(Text, default="[]")
    category_id: Mapped[str] = mapped_column(String(60), default="")
    pickup_point_code: Mapped[str] = mapped_column(String(40), default="")
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
