"""Products: one save = row + photo rows + outbox entry + audit event; versions; tombstones."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from golonline_desktop.domain.products import ProductFacts
from golonline_desktop.services.photo_blobs import ProductPhotoBlobs
from golonline_desktop.services.products import (
    ProductServices,
    SaveStatus,
    build_product_services,
    to_facts,
)
from golonline_desktop.storage.models import AuditEvent, OutboxEntry
from golonline_desktop.storage.product_models import ProductPhoto
from golonline_desktop.storage.sync_state import PendingItem
from tests.factories import business_input
from tests.product_factories import photo_bytes, product_input


@pytest.fixture
def services(app) -> ProductServices:
    return build_product_services(app)


@pytest.fixture
def business_id(app) -> str:
    outcome = app.registration.register(business_input(0), confirm_warnings=True)
    assert outcome.saved
    return outcome.business_id


def _photos(services: ProductServices, seeds: range) -> tuple:
    return tuple(services.pipeline.process_bytes(photo_bytes(s), f"{s}.jpg").facts for s in seeds)


def _outbox(app, entity: str) -> list[PendingItem]:
    with app.store.read() as session:
        stmt = select(OutboxEntry).where(OutboxEntry.entity == entity).order_by(OutboxEntry.seq)
        return [
            PendingItem(
                e.seq,
                e.entity,
                e.entity_id,
                e.version,
                e.base_version,
                e.operation,
                e.payload,
                e.payload_hash,
            )
            for e in session.scalars(stmt)
        ]


def test_create_writes_row_photos_outbox_and_audit(app, services, business_id) -> None:
    photos = _photos(services, range(3))
    outcome = services.products.create(business_id, product_input(0, photos))
    assert outcome.saved and outcome.version == 1
    record = services.products.get(outcome.product_id)
    assert record.data.photos == photos  # order kept: the first is the primary
    [entry] = _outbox(app, "product")
    payload = json.loads(entry.payload)
    assert payload["blobs"] == [p.sha256 for p in photos]
    assert [p["sha256"] for p in payload["photos"]] == payload["blobs"]
    assert payload["price_rupiah"] == 15_000 and payload["version"] == 1
    with app.store.read() as session:
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "product"))
        )
    assert actions == ["product.create"]


def test_reorder_and_remove_photos_make_a_new_version(app, services, business_id) -> None:
    photos = _photos(services, range(3))
    created = services.products.create(business_id, product_input(0, photos))
    reordered = (photos[2], photos[0])
    data = product_input(0, reordered)
    outcome = services.products.update(created.product_id, data, expected_version=1)
    assert outcome.saved and outcome.version == 2
    assert services.products.get(created.product_id).data.photos == reordered
    with app.store.read() as session:
        stmt = select(ProductPhoto.position, ProductPhoto.sha256).order_by(ProductPhoto.position)
        rows = [tuple(r) for r in session.execute(stmt)]
    assert rows == [(0, photos[2].sha256), (1, photos[0].sha256)]
    entries = _outbox(app, "product")
    assert [e.version for e in entries] == [1, 2]
    assert json.loads(entries[1].payload)["blobs"] == [p.sha256 for p in reordered]


def test_stale_update_is_refused_and_changes_nothing(app, services, business_id) -> None:
    created = services.products.create(business_id, product_input(0))
    services.products.update(
        created.product_id, product_input(0, price_rupiah=20_000), expected_version=1
    )
    stale = services.products.update(
        created.product_id, product_input(0, price_rupiah=1), expected_version=1
    )
    assert stale.status is SaveStatus.STALE
    assert services.products.get(created.product_id).data.price_rupiah == 20_000


def test_invalid_product_saves_nothing(app, services, business_id) -> None:
    bad = product_input(0, name="  ", sku="has space", price_rupiah=-1, category_key="nope")
    outcome = services.products.create(business_id, bad)
    assert outcome.status is SaveStatus.INVALID
    codes = {f.code for f in outcome.findings}
    assert codes == {
        "product.name.missing",
        "product.sku.characters",
        "product.price.negative",
        "product.category.unknown",
    }
    assert services.products.records(business_id=business_id) == []
    assert _outbox(app, "product") == []


def test_duplicate_sku_in_one_business_is_refused(services, business_id) -> None:
    services.products.create(business_id, product_input(0, sku="KRP-1"))
    outcome = services.products.create(business_id, product_input(1, sku="krp-1"))
    assert outcome.status is SaveStatus.INVALID
    assert [f.code for f in outcome.findings] == ["product.sku.duplicate"]


def test_blank_sku_gets_a_generated_one(services, business_id) -> None:
    outcome = services.products.create(business_id, product_input(0, sku=""))
    sku = services.products.get(outcome.product_id).data.sku
    assert sku.startswith("P-") and len(sku) == 10


def test_photo_not_in_store_is_refused(services, business_id) -> None:
    [photo] = _photos(services, range(1))
    ghost = replace(photo, sha256="0" * 64)
    outcome = services.products.create(business_id, product_input(0, (photo, ghost)))
    assert [f.code for f in outcome.findings] == ["product.photo.missing"]
    assert outcome.findings[0].params["index"] == 2


def test_delete_is_a_tombstone_that_syncs(app, services, business_id) -> None:
    created = services.products.create(business_id, product_input(0))
    assert services.products.delete(created.product_id) == 2
    assert services.products.get(created.product_id).deleted
    assert services.products.list_for_business(business_id) == []
    entries = _outbox(app, "product")
    assert [e.operation for e in entries] == ["upsert", "delete"]
    assert services.products.restore(created.product_id) == 3
    assert len(services.products.list_for_business(business_id)) == 1


def test_to_facts_maps_every_field(services, business_id) -> None:
    photos = _photos(services, range(2))
    created = services.products.create(business_id, product_input(0, photos, preorder_days=7))
    facts = to_facts(services.products.get(created.product_id))
    assert isinstance(facts, ProductFacts)
    assert (facts.sku, facts.price_rupiah, facts.weight_grams) == ("KRP-000", 15_000, 250)
    assert facts.has_dimensions and facts.category_key == "snacks" and facts.preorder_days == 7
    assert facts.photos == photos


def test_business_choices_count_live_products(app, services, business_id) -> None:
    services.products.create(business_id, product_input(0))
    gone = services.products.create(business_id, product_input(1))
    services.products.delete(gone.product_id)
    [choice] = services.products.businesses()
    assert (choice.id, choice.products) == (business_id, 1)


def test_photo_blobs_name_the_photos_of_pending_product_entries(app, services, business_id) -> None:
    photos = _photos(services, range(2))
    services.products.create(business_id, product_input(0, photos))
    items = _outbox(app, "product")
    blobs = ProductPhotoBlobs(app.store, services.photos)
    refs = blobs.blobs_for(items)[items[0].seq]
    assert [(r.sha256, r.size) for r in refs] == [(p.sha256, p.bytes) for p in photos]
    with blobs.open(photos[0].sha256) as handle:
        assert handle.read() == services.photos.read_bytes(photos[0].sha256)
    # A damaged copy (size differs from the recorded one) is reported as missing.
    services.photos.path_for(photos[1].sha256).write_bytes(b"broken")
    refs = blobs.blobs_for(items)[items[0].seq]
    assert refs[1].size == -1
