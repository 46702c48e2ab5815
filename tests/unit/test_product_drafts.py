"""Product drafts beside business drafts: the content round-trips, damage reads as empty."""

from __future__ import annotations

from golonline_desktop.domain.products import Condition, PhotoFacts
from golonline_desktop.services.drafts import (
    BUSINESS_DRAFT,
    PRODUCT_DRAFT,
    DraftService,
    product_draft_content,
    product_from_draft,
)
from tests.product_factories import product_input

PHOTOS = (
    PhotoFacts("a" * 64, 800, 600, 51_200),
    PhotoFacts("b" * 64, 1024, 1024, 90_000, "JPEG"),
)


def test_a_product_draft_round_trips_with_its_photo_order(app) -> None:
    data = product_input(3, PHOTOS, condition=Condition.USED, preorder_days=5)
    drafts = DraftService(app.store, app.clock, app.actor)
    drafts.save(PRODUCT_DRAFT, "p-1", None, product_draft_content("b-1", data, ["shopee"]))
    drafts.save(BUSINESS_DRAFT, "b-2", None, {"owner_name": "Sri"})

    record = drafts.latest(PRODUCT_DRAFT)
    assert record is not None and record.entity_id == "p-1"
    assert record.content["business_id"] == "b-1"
    restored, marketplaces = product_from_draft(record.content)
    assert restored == data and marketplaces == ["shopee"]
    business = drafts.latest(BUSINESS_DRAFT)  # the other kind is untouched
    assert business is not None and business.content == {"owner_name": "Sri"}
    drafts.discard(PRODUCT_DRAFT, "p-1")
    assert drafts.latest(PRODUCT_DRAFT) is None and drafts.latest(BUSINESS_DRAFT) is not None


def test_a_damaged_product_draft_keeps_what_it_can() -> None:
    data, marketplaces = product_from_draft(
        {
            "name": "Kopi Gayo",
            "price_rupiah": "lima ribu",
            "stock": None,
            "condition": "BROKEN",
            "length_cm": "12.5",
            "photos": [{"sha256": "c" * 64, "width": "x"}, "not a photo", {"width": 1}],
            "marketplaces": "shopee",
        }
    )
    assert data.name == "Kopi Gayo" and data.price_rupiah == 0 and data.stock == 0
    assert data.condition is Condition.NEW and data.length_cm == 12.5
    assert data.photos == (PhotoFacts("c" * 64, 0, 0, 0),)
    assert marketplaces == []
