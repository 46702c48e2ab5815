"""Create, change and tombstone products with their ordered photos; outbox and audit in one save.

Like a business save, a product save is one write transaction holding the product row, its
photo rows, its outbox entry and its audit event. The outbox payload carries the whole
ordered photo list (and the hashes under ``blobs``), so the sync engine uploads those
photos before the record and the server never holds a product whose photo it lacks.

Only what no marketplace could accept blocks a save here (no name, negative numbers, a
duplicate SKU, a photo that is not in the store); each marketplace's own rules are the
listing pre-checks (``services.listings``), so an unfinished product can still be saved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.findings import Finding, error, has_errors
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.products import (
    DEFAULT_BRAND,
    Category,
    Condition,
    PhotoFacts,
    ProductFacts,
)
from golonline_desktop.storage import products as queries
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.photo_store import PhotoStore
from golonline_desktop.storage.product_models import Product, ProductPhoto
from golonline_desktop.storage.versioning import next_version, set_tombstone

from .actor import Actor

if TYPE_CHECKING:  # imported lazily at run time: listings imports this module
    from .drafts import DraftService
    from .drives import DriveService
    from .listing_export import ListingExportService
    from .listings import ListingService
    from .photo_blobs import ProductPhotoBlobs
    from .photo_pipeline import PhotoPipeline

ENTITY = "product"
MAX_PHOTOS = 12
"""More than any marketplace takes (Shopee 9); exports cut to each marketplace's maximum."""
SKU_PATTERN = re.compile(r"^[A-Za-z0-9._\-]{1,50}$")
FIELD_COLUMNS = (
    "sku",
    "name",
    "description",
    "price_rupiah",
    "stock",
    "weight_grams",
    "length_cm",
    "width_cm",
    "height_cm",
    "condition",
    "category_key",
    "brand",
    "preorder_days",
)


class ProductNotFoundError(LookupError):
    pass


class SaveStatus(StrEnum):
    SAVED = "saved"
    INVALID = "invalid"  # errors: nothing saved
    STALE = "stale"  # someone saved a newer version meanwhile


@dataclass(frozen=True)
class ProductInput:
    """What the officer typed; ``photos`` in display order (the first is the primary)."""

    name: str
    description: str = ""
    price_rupiah: int = 0
    stock: int = 0
    weight_grams: int | None = None
    length_cm: float | None = None
    width_cm: float | None = None
    height_cm: float | None = None
    condition: Condition = Condition.NEW
    category_key: str = ""
    sku: str = ""
    brand: str = DEFAULT_BRAND
    preorder_days: int | None = None
    photos: tuple[PhotoFacts, ...] = ()


@dataclass(frozen=True)
class ProductRecord:
    """A stored product as screens and exports see it (no ORM object escapes)."""

    id: str
    business_id: str
    version: int
    deleted: bool
    data: ProductInput


@dataclass(frozen=True)
class ProductSummary:
    id: str
    sku: str
    name: str
    price_rupiah: int
    photos: int
    primary_sha256: str | None


@dataclass(frozen=True)
class ProductSaveOutcome:
    status: SaveStatus
    product_id: str | None = None
    version: int | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def saved(self) -> bool:
        return self.status is SaveStatus.SAVED


def generated_sku(product_id: str) -> str:
    """A unique, marketplace-safe SKU for a product saved without one (from its UUID)."""
    return "P-" + product_id.replace("-", "")[-8:].upper()


def validate_product(
    data: ProductInput, categories: Mapping[str, Category], photo_store: PhotoStore | None = None
) -> list[Finding]:
    """What blocks saving regardless of marketplace (the listing checks come later)."""
    findings: list[Finding] = []
    if not data.name.strip():
        findings.append(
            error(
                "product.name.missing",
                QT_TRANSLATE_NOOP("Finding", "Enter the product name."),
                "name",
            )
        )
    sku = data.sku.strip()
    if sku and not SKU_PATTERN.match(sku):
        findings.append(
            error(
                "product.sku.characters",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Use only letters, digits, dot, dash and underscore in the SKU (no spaces): "
                    "photo files are named after it.",
                ),
                "sku",
            )
        )
    if data.price_rupiah < 0:
        findings.append(
            error(
                "product.price.negative",
                QT_TRANSLATE_NOOP("Finding", "The price cannot be below Rp0."),
                "price",
            )
        )
    if data.stock < 0:
        findings.append(
            error(
                "product.stock.negative",
                QT_TRANSLATE_NOOP("Finding", "The stock cannot be below 0."),
                "stock",
            )
        )
    if data.category_key and data.category_key not in categories:
        findings.append(
            error(
                "product.category.unknown",
                QT_TRANSLATE_NOOP("Finding", "Choose a product category from the list."),
                "category",
            )
        )
    if len(data.photos) > MAX_PHOTOS:
        findings.append(
            error(
                "product.photos.too_many",
                QT_TRANSLATE_NOOP(
                    "Finding", "A product can have at most {max} photos ({count} now): remove some."
                ),
                "photos",
                max=MAX_PHOTOS,
                count=len(data.photos),
            )
        )
    if photo_store is not None:
        for index, photo in enumerate(data.photos, start=1):
            if not photo_store.has(photo.sha256):
                findings.append(
                    error(
                        "product.photo.missing",
                        QT_TRANSLATE_NOOP(
                            "Finding", "Photo {index} is no longer on this laptop: add it again."
                        ),
                        "photos",
                        index=index,
                    )
                )
    return findings


def _normalised(data: ProductInput) -> ProductInput:
    def dimension(value: float | None) -> float | None:
        return None if value is None or value <= 0 else float(value)

    return replace(
        data,
        name=data.name.strip(),
        description=data.description.strip(),
        sku=data.sku.strip(),
        brand=data.brand.strip() or DEFAULT_BRAND,
        weight_grams=data.weight_grams if data.weight_grams and data.weight_grams > 0 else None,
        length_cm=dimension(data.length_cm),
        width_cm=dimension(data.width_cm),
        height_cm=dimension(data.height_cm),
        preorder_days=data.preorder_days if data.preorder_days else None,
        condition=Condition(data.condition),
    )


def to_record(row: Product, photos: Sequence[ProductPhoto]) -> ProductRecord:
    values: dict[str, Any] = {name: getattr(row, name) for name in FIELD_COLUMNS}
    values["condition"] = Condition(values["condition"])
    values["photos"] = tuple(
        PhotoFacts(p.sha256, p.width, p.height, p.bytes, "JPEG") for p in photos
    )
    return ProductRecord(row.id, row.business_id, row.version, row.deleted, ProductInput(**values))


def to_facts(product: ProductRecord) -> ProductFacts:
    """The product as the listing rules and the exporters see it."""
    data = product.data
    return ProductFacts(
        sku=data.sku,
        name=data.name,
        description=data.description,
        price_rupiah=data.price_rupiah,
        stock=data.stock,
        weight_grams=data.weight_grams,
        length_cm=data.length_cm,
        width_cm=data.width_cm,
        height_cm=data.height_cm,
        condition=data.condition,
        category_key=data.category_key,
        brand=data.brand,
        photos=data.photos,
        preorder_days=data.preorder_days,
    )


def product_payload(row: Product, photos: Sequence[ProductPhoto]) -> dict[str, Any]:
    payload: dict[str, Any] = {name: getattr(row, name) for name in FIELD_COLUMNS}
    payload.update(
        id=row.id,
        business_id=row.business_id,
        version=row.version,
        deleted=row.deleted,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        photos=[
            {"sha256": p.sha256, "width": p.width, "height": p.height, "bytes": p.bytes}
            for p in photos
        ],
        blobs=[p.sha256 for p in photos],
    )
    return payload


class ProductService:
    """The one way products (and their photo lists) are created, changed and deleted."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        photo_store: PhotoStore,
        categories: Mapping[str, Category],
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._photos = photo_store
        self.categories = dict(categories)

    def validate(self, data: ProductInput) -> list[Finding]:
        return validate_product(data, self.categories, self._photos)

    def create(
        self, business_id: str, data: ProductInput, *, product_id: str | None = None
    ) -> ProductSaveOutcome:
        findings = self.validate(data)
        if has_errors(findings):
            return ProductSaveOutcome(SaveStatus.INVALID, findings=tuple(findings))
        data = _normalised(data)
        product_id = product_id or new_id()
        now = self._clock.now()
        with self._store.write() as session:
            sku = data.sku or generated_sku(product_id)
            if queries.sku_taken(session, business_id, sku, None):
                return ProductSaveOutcome(SaveStatus.INVALID, findings=(self._sku_taken(sku),))
            values = {name: getattr(data, name) for name in FIELD_COLUMNS}
            values.update(sku=sku, condition=data.condition.value)
            row = Product(
                id=product_id,
                business_id=business_id,
                **values,
                created_by=self._actor.officer_id,
                created_at=now,
                updated_by=self._actor.officer_id,
                updated_at=now,
                version=1,
                deleted=False,
            )
            session.add(row)
            session.flush()
            photos = self._replace_photos(session, row.id, data.photos)
            self._log(session, row, photos, "product.create", Operation.UPSERT, {})
            return ProductSaveOutcome(SaveStatus.SAVED, row.id, row.version, tuple(findings))

    def update(
        self, product_id: str, data: ProductInput, *, expected_version: int
    ) -> ProductSaveOutcome:
        findings = self.validate(data)
        if has_errors(findings):
            return ProductSaveOutcome(SaveStatus.INVALID, product_id, findings=tuple(findings))
        data = _normalised(data)
        with self._store.write() as session:
            row = self._row(session, product_id)
            if row.version != expected_version:
                return ProductSaveOutcome(SaveStatus.STALE, product_id, row.version)
            sku = data.sku or row.sku
            if queries.sku_taken(session, row.business_id, sku, product_id):
                return ProductSaveOutcome(
                    SaveStatus.INVALID, product_id, findings=(self._sku_taken(sku),)
                )
            before = to_record(row, queries.photos_of(session, product_id)).data
            values = {name: getattr(data, name) for name in FIELD_COLUMNS}
            values.update(sku=sku, condition=data.condition.value)
            for name, value in values.items():
                setattr(row, name, value)
            changed = sorted(
                name for name in FIELD_COLUMNS if getattr(before, name) != getattr(data, name)
            )
            if before.photos != data.photos:
                photos = self._replace_photos(session, row.id, data.photos)
                changed.append("photos")
            else:
                photos = queries.photos_of(session, product_id)
            next_version(row, self._actor.officer_id, self._clock.now())
            self._log(
                session, row, photos, "product.update", Operation.UPSERT, {"changed": changed}
            )
            return ProductSaveOutcome(SaveStatus.SAVED, row.id, row.version, tuple(findings))

    def delete(self, product_id: str) -> int:
        """Tombstone the product (its photos stay in the store; the deletion syncs)."""
        return self._set_deleted(product_id, True)

    def restore(self, product_id: str) -> int:
        return self._set_deleted(product_id, False)

    def _set_deleted(self, product_id: str, deleted: bool) -> int:
        now = self._clock.now()
        with self._store.write() as session:
            row = self._row(session, product_id)
            if not set_tombstone(row, deleted, self._actor.officer_id, now):
                return row.version
            action = "product.delete" if deleted else "product.restore"
            operation = Operation.DELETE if deleted else Operation.UPSERT
            self._log(session, row, queries.photos_of(session, product_id), action, operation, {})
            return row.version

    # -- reading ---------------------------------------------------------------------------

    def get(self, product_id: str) -> ProductRecord:
        with self._store.read() as session:
            row = self._row(session, product_id)
            return to_record(row, queries.photos_of(session, product_id))

    def list_for_business(self, business_id: str) -> list[ProductSummary]:
        with self._store.read() as session:
            rows = queries.live_products(session, business_id=business_id)
            photos = queries.photos_by_product(session, [r.id for r in rows])
            return [
                ProductSummary(
                    r.id,
                    r.sku,
                    r.name,
                    r.price_rupiah,
                    len(photos.get(r.id, ())),
                    photos[r.id][0].sha256 if photos.get(r.id) else None,
                )
                for r in rows
            ]

    def records(
        self, *, business_id: str | None = None, drive_id: str | None = None
    ) -> list[ProductRecord]:
        """Live products of a business or a drive, with their photos (exports, checks)."""
        with self._store.read() as session:
            rows = queries.live_products(session, business_id=business_id, drive_id=drive_id)
            photos = queries.photos_by_product(session, [r.id for r in rows])
            return [to_record(r, photos.get(r.id, [])) for r in rows]

    def businesses(self, drive_id: str | None = None) -> list[queries.BusinessChoice]:
        with self._store.read() as session:
            return queries.business_choices(session, drive_id)

    def business_name(self, business_id: str) -> str:
        with self._store.read() as session:
            return queries.business_name(session, business_id) or ""

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, product_id: str) -> Product:
        row = session.get(Product, product_id)
        if row is None:
            raise ProductNotFoundError(product_id)
        return row

    @staticmethod
    def _sku_taken(sku: str) -> Finding:
        return error(
            "product.sku.duplicate",
            QT_TRANSLATE_NOOP(
                "Finding",
                "Another product of this business already uses the SKU {sku}: "
                "choose a different one.",
            ),
            "sku",
            sku=sku,
        )

    def _replace_photos(
        self, session: Session, product_id: str, photos: Sequence[PhotoFacts]
    ) -> list[ProductPhoto]:
        session.execute(delete(ProductPhoto).where(ProductPhoto.product_id == product_id))
        now = self._clock.now()
        rows = [
            ProductPhoto(
                id=new_id(),
                product_id=product_id,
                position=position,
                sha256=photo.sha256,
                width=photo.width,
                height=photo.height,
                bytes=photo.bytes,
                created_by=self._actor.officer_id,
                created_at=now,
            )
            for position, photo in enumerate(photos)
        ]
        session.add_all(rows)
        return rows

    def _log(
        self,
        session: Session,
        row: Product,
        photos: Sequence[ProductPhoto],
        action: str,
        operation: Operation,
        details: dict[str, Any],
    ) -> None:
        session.flush()
        record_change(
            session,
            entity=ENTITY,
            entity_id=row.id,
            version=row.version,
            operation=operation,
            payload=product_payload(row, photos),
            at=row.updated_at,
        )
        record_audit(
            session,
            at=row.updated_at,
            officer_id=self._actor.officer_id,
            action=action,
            entity=ENTITY,
            entity_id=row.id,
            details={"version": row.version, "photos": len(photos), **details},
        )


@dataclass
class ProductServices:
    """Everything the products screen needs, built on one open data folder."""

    products: ProductService
    listings: ListingService
    photos: PhotoStore
    pipeline: PhotoPipeline
    exports: ListingExportService
    blobs: ProductPhotoBlobs
    drives: DriveService
    export_root: Path
    drafts: DraftService  # the product editor's autosave (kind "product")


def build_product_services(app: Any) -> ProductServices:
    """Wire the product services on an ``App`` (``services.app``): store, clock, actor, paths."""
    from .drafts import DraftService
    from .listing_export import ListingExportService
    from .listings import ListingService
    from .marketplace_data import bundled_categories, bundled_profiles
    from .photo_blobs import ProductPhotoBlobs
    from .photo_pipeline import PhotoPipeline

    photo_store = PhotoStore(app.paths.photos)
    products = ProductService(app.store, app.clock, app.actor, photo_store, bundled_categories())
    listings = ListingService(app.store, app.clock, app.actor, products, bundled_profiles())
    return ProductServices(
        products=products,
        listings=listings,
        photos=photo_store,
        pipeline=PhotoPipeline(photo_store),
        exports=ListingExportService(products, listings, photo_store, app.clock),
        blobs=ProductPhotoBlobs(app.store, photo_store),
        drives=app.drives,
        export_root=app.paths.exports,
        drafts=DraftService(app.store, app.clock, app.actor),
    )
