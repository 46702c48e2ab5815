"""Bulk-upload exports of a business's or a whole drive's products, one per active marketplace.

The workbook, photo folder and checklist come from ``marketplace_export.export_workbook``;
this module picks the products (live ones whose listing on that marketplace is not
withdrawn) and the marketplace categories the officer chose on their listings, and puts
each marketplace in its own folder so one export never overwrites another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.i18n import Translate, untranslated
from golonline_desktop.domain.marketplaces import MarketplaceProfile
from golonline_desktop.storage.photo_store import PhotoStore

from .listings import ListingService, ListingState
from .marketplace_export import ExportResult, export_workbook
from .products import ProductRecord, ProductService, to_facts


@dataclass(frozen=True)
class ExportScope:
    """What to export: one business (``business_id``) or one drive (``drive_id``)."""

    label: str
    business_id: str | None = None
    drive_id: str | None = None


def folder_name(label: str) -> str:
    """A folder name safe on Windows and Linux, readable by the officer."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", label).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:80] or "export"


class ListingExportService:
    def __init__(
        self,
        products: ProductService,
        listings: ListingService,
        photo_store: PhotoStore,
        clock: Clock,
    ) -> None:
        self._products = products
        self._listings = listings
        self._photos = photo_store
        self._clock = clock

    def export(
        self,
        scope: ExportScope,
        target: Path,
        *,
        marketplaces: list[str] | None = None,
        as_zip: bool = False,
        translate: Translate = untranslated,
    ) -> list[ExportResult]:
        """One export per active marketplace with products to offer, under ``target/<scope>/``."""
        records = self._products.records(business_id=scope.business_id, drive_id=scope.drive_id)
        listings = self._listings.list(business_id=scope.business_id, drive_id=scope.drive_id)
        base = Path(target) / folder_name(scope.label)
        results: list[ExportResult] = []
        for profile in self._listings.active_profiles():
            if marketplaces is not None and profile.id not in marketplaces:
                continue
            chosen = self._products_for(profile, records, listings)
            if not chosen:
                continue
            category_ids: dict[str, str] = {}
            pickup = ""
            by_product = {r.id: r for r in chosen}
            for view in listings:
                if view.marketplace_id == profile.id and view.product_id in by_product:
                    key = by_product[view.product_id].data.category_key
                    if view.category_id and key not in category_ids:
                        category_ids[key] = view.category_id
                    pickup = pickup or view.pickup_point_code
            results.append(
                export_workbook(
                    profile,
                    [to_facts(r) for r in chosen],
                    self._photos,
                    base / profile.id,
                    as_zip=as_zip,
                    today=self._clock.today(),
                    category_ids=category_ids,
                    categories=self._products.categories,
                    pickup_point_code=pickup,
                    translate=translate,
                )
            )
        return results

    def export_business(
        self, business_id: str, target: Path, **options: object
    ) -> list[ExportResult]:
        label = self._products.business_name(business_id) or business_id
        return self.export(ExportScope(label, business_id=business_id), target, **options)  # type: ignore[arg-type]

    def export_drive(
        self, drive_id: str, label: str, target: Path, **options: object
    ) -> list[ExportResult]:
        return self.export(ExportScope(label, drive_id=drive_id), target, **options)  # type: ignore[arg-type]

    @staticmethod
    def _products_for(
        profile: MarketplaceProfile, records: list[ProductRecord], listings: list
    ) -> list[ProductRecord]:
        withdrawn = {
            v.product_id
            for v in listings
            if v.marketplace_id == profile.id and v.state is ListingState.WITHDRAWN
        }
        return [r for r in records if r.id not in withdrawn]
