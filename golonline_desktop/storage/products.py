"""Queries over products, photos and listings; callers pass the session (nothing commits here)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Business
from .product_models import Listing, Product, ProductPhoto


@dataclass(frozen=True)
class BusinessChoice:
    """A business the officer can pick on the products screen."""

    id: str
    name: str
    drive_id: str | None
    products: int


def business_choices(session: Session, drive_id: str | None = None) -> list[BusinessChoice]:
    """Live businesses (of one drive, or all) with their live product counts, by name."""
    counts = (
        select(Product.business_id, func.count().label("n"))
        .where(Product.deleted.is_(False))
        .group_by(Product.business_id)
        .subquery()
    )
    stmt = (
        select(Business.id, Business.business_name, Business.drive_id, counts.c.n)
        .outerjoin(counts, counts.c.business_id == Business.id)
        .where(Business.deleted.is_(False))
        .order_by(Business.business_name, Business.id)
    )
    if drive_id is not None:
        stmt = stmt.where(Business.drive_id == drive_id)
    return [BusinessChoice(i, name, drive, n or 0) for i, name, drive, n in session.execute(stmt)]


def business_name(session: Session, business_id: str) -> str | None:
    return session.scalar(select(Business.business_name).where(Business.id == business_id))


def live_products(
    session: Session, *, business_id: str | None = None, drive_id: str | None = None
) -> list[Product]:
    stmt = select(Product).where(Product.deleted.is_(False))
    if business_id is not None:
        stmt = stmt.where(Product.business_id == business_id)
    if drive_id is not None:
        stmt = stmt.join(Business, Business.id == Product.business_id).where(
            Business.drive_id == drive_id, Business.deleted.is_(False)
        )
    return list(session.scalars(stmt.order_by(Product.name, Product.id)))


def photos_of(session: Session, product_id: str) -> list[ProductPhoto]:
    stmt = (
        select(ProductPhoto)
        .where(ProductPhoto.product_id == product_id)
        .order_by(ProductPhoto.position)
    )
    return list(session.scalars(stmt))


def photos_by_product(
    session: Session, product_ids: Iterable[str]
) -> dict[str, list[ProductPhoto]]:
    ids = list(product_ids)
    found: dict[str, list[ProductPhoto]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        stmt = (
            select(ProductPhoto)
            .where(ProductPhoto.product_id.in_(ids[start : start + 500]))
            .order_by(ProductPhoto.product_id, ProductPhoto.position)
        )
        for photo in session.scalars(stmt):
            found[photo.product_id].append(photo)
    return dict(found)


def referenced_photo_shas(session: Session) -> set[str]:
    """Every hash a product row points at (deleted products included: they may be restored)."""
    return set(session.scalars(select(ProductPhoto.sha256).distinct()))


def photo_sizes(session: Session, shas: Iterable[str]) -> dict[str, int]:
    wanted = list(set(shas))
    sizes: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        stmt = select(ProductPhoto.sha256, ProductPhoto.bytes).where(
            ProductPhoto.sha256.in_(wanted[start : start + 500])
        )
        sizes.update({sha: size for sha, size in session.execute(stmt)})
    return sizes


def sku_taken(session: Session, business_id: str, sku: str, exclude_id: str | None) -> bool:
    """True when another live product of the business already uses ``sku`` (case-blind)."""
    stmt = select(Product.id).where(
        Product.business_id == business_id,
        Product.deleted.is_(False),
        func.lower(Product.sku) == sku.lower(),
    )
    if exclude_id is not None:
        stmt = stmt.where(Product.id != exclude_id)
    return session.scalar(stmt.limit(1)) is not None


def listing_for(session: Session, product_id: str, marketplace_id: str) -> Listing | None:
    return session.scalar(
        select(Listing).where(
            Listing.product_id == product_id, Listing.marketplace_id == marketplace_id
        )
    )


def listings(
    session: Session,
    *,
    business_id: str | None = None,
    drive_id: str | None = None,
    product_id: str | None = None,
    marketplace_id: str | None = None,
    state: str | None = None,
) -> list[tuple[Listing, Product, str]]:
    """Live listings of live products, with the product and the business name."""
    stmt = (
        select(Listing, Product, Business.business_name)
        .join(Product, Product.id == Listing.product_id)
        .join(Business, Business.id == Product.business_id)
        .where(Listing.deleted.is_(False), Product.deleted.is_(False))
    )
    if business_id is not None:
        stmt = stmt.where(Product.business_id == business_id)
    if drive_id is not None:
        stmt = stmt.where(Business.drive_id == drive_id)
    if product_id is not None:
        stmt = stmt.where(Listing.product_id == product_id)
    if marketplace_id is not None:
        stmt = stmt.where(Listing.marketplace_id == marketplace_id)
    if state is not None:
        stmt = stmt.where(Listing.state == state)
    stmt = stmt.order_by(Business.business_name, Product.name, Listing.marketplace_id)
    return [(listing, product, name) for listing, product, name in session.execute(stmt)]
