"""The listing queue: checks decide draft/ready; every move is allowed or refused; all synced."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from golonline_desktop.services.listings import (
    TRANSITIONS,
    ClosedMarketplaceError,
    ListingState,
    TransitionRefusedError,
)
from golonline_desktop.services.products import ProductServices, build_product_services
from golonline_desktop.storage.models import AuditEvent, OutboxEntry
from tests.factories import business_input
from tests.product_factories import photo_bytes, product_input

S = ListingState


@pytest.fixture
def services(app) -> ProductServices:
    return build_product_services(app)


@pytest.fixture
def business_id(app) -> str:
    return app.registration.register(business_input(0), confirm_warnings=True).business_id


@pytest.fixture
def product_id(services, business_id) -> str:
    photos = tuple(
        services.pipeline.process_bytes(photo_bytes(s), f"{s}.jpg").facts for s in range(2)
    )
    return services.products.create(business_id, product_input(0, photos)).product_id


def test_a_product_passing_the_checks_is_ready(services, product_id) -> None:
    listing = services.listings.ensure(product_id, "shopee", category_id="100629")
    assert listing.state is S.READY and not listing.errors


def test_a_failing_check_keeps_the_draft_and_explains_it(services, product_id) -> None:
    listing = services.listings.ensure(product_id, "blibli")
    assert listing.state is S.DRAFT
    assert "listing.pickup_point.missing" in {f.code for f in listing.errors}
    fixed = services.listings.set_marketplace_values(
        listing.id, category_id="", pickup_point_code="PP-1234567"
    )
    assert fixed.state is S.READY


def test_closed_marketplace_refuses_new_listings_with_its_note(services, product_id) -> None:
    with pytest.raises(ClosedMarketplaceError) as caught:
        services.listings.ensure(product_id, "bukalapak")
    assert caught.value.finding.code == "listing.marketplace.closed"
    assert "2025" in caught.value.finding.render()
    assert services.listings.list() == []


def test_editing_the_product_sends_a_queued_listing_back_to_draft(services, product_id) -> None:
    listing = services.listings.ensure(product_id, "shopee")
    assert services.listings.queue(listing.id).state is S.QUEUED
    record = services.products.get(product_id)
    from dataclasses import replace

    services.products.update(product_id, replace(record.data, photos=()), expected_version=1)
    [after] = services.listings.recheck_product(product_id)
    assert after.state is S.DRAFT
    assert "listing.photos.too_few" in {f.code for f in after.errors}


def test_queue_all_ready_queues_only_passing_listings(services, business_id, product_id) -> None:
    other = services.products.create(business_id, product_input(1)).product_id  # no photos
    ready = services.listings.ensure(product_id, "shopee")
    draft = services.listings.ensure(other, "shopee")
    lazada = services.listings.ensure(product_id, "lazada")
    summary = services.listings.queue_all_ready(business_id=business_id, marketplace_id="shopee")
    assert (summary.queued, summary.back_to_draft) == (1, 0)
    assert services.listings.get(ready.id).state is S.QUEUED
    assert services.listings.get(draft.id).state is S.DRAFT
    assert services.listings.get(lazada.id).state is S.READY  # other marketplace untouched
    assert [v.id for v in services.listings.list(state=S.QUEUED)] == [ready.id]


def test_full_path_to_live_and_rejection_with_reason(app, services, product_id) -> None:
    listing = services.listings.ensure(product_id, "shopee")
    services.listings.queue(listing.id)
    services.listings.transition(listing.id, S.SUBMITTED)
    assert services.listings.transition(listing.id, S.LIVE).state is S.LIVE
    with pytest.raises(TransitionRefusedError):
        services.listings.transition(listing.id, S.SUBMITTED)
    second = services.listings.ensure(product_id, "tokopedia")
    services.listings.queue(second.id)
    services.listings.transition(second.id, S.SUBMITTED)
    with pytest.raises(ValueError):
        services.listings.transition(second.id, S.REJECTED)  # a reason is required
    rejected = services.listings.transition(second.id, S.REJECTED, "Foto buram")
    assert (rejected.state, rejected.reason) == (S.REJECTED, "Foto buram")
    back = services.listings.transition(second.id, S.DRAFT)
    assert back.state is S.READY and back.reason is None  # checks run again on the way back
    with app.store.read() as session:
        versions = list(
            session.scalars(
                select(OutboxEntry.version)
                .where(OutboxEntry.entity == "listing", OutboxEntry.entity_id == second.id)
                .order_by(OutboxEntry.seq)
            )
        )
        payload = json.loads(
            session.scalars(
                select(OutboxEntry.payload)
                .where(OutboxEntry.entity_id == second.id)
                .order_by(OutboxEntry.seq.desc())
            ).first()
        )
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == second.id))
        )
    assert versions == list(range(1, len(versions) + 1))
    assert payload["state"] == "ready" and payload["version"] == versions[-1]
    assert actions[:3] == ["listing.create", "listing.queue", "listing.submitted"]


@pytest.mark.parametrize("state", list(S))
def test_every_refused_move_is_refused(services, product_id, state) -> None:
    for target in set(S) - TRANSITIONS[state] - {S.READY, S.QUEUED}:
        listing = _listing_in(services, product_id, state)
        with pytest.raises(TransitionRefusedError):
            services.listings.transition(listing, target, reason="x")


def _listing_in(services, product_id: str, state: ListingState) -> str:
    listing = services.listings.ensure(product_id, "shopee")
    current = services.listings.get(listing.id).state
    if current is state:
        return listing.id
    path = {
        S.DRAFT: [S.WITHDRAWN, S.DRAFT],
        S.READY: [],
        S.QUEUED: ["queue"],
        S.SUBMITTED: ["queue", S.SUBMITTED],
        S.LIVE: ["queue", S.SUBMITTED, S.LIVE],
        S.REJECTED: ["queue", S.SUBMITTED, S.REJECTED],
        S.WITHDRAWN: [S.WITHDRAWN],
    }[state]
    for step in path:
        if step == "queue":
            services.listings.queue(listing.id)
        else:
            services.listings.transition(listing.id, step, reason="ditolak")
    view = services.listings.get(listing.id)
    if state is S.DRAFT:  # the product passes, so force a failing value to stay a draft
        assert view.state is S.READY
        return _draft_listing(services, product_id)
    assert view.state is state
    return listing.id


def _draft_listing(services, product_id: str) -> str:
    listing = services.listings.ensure(product_id, "blibli")  # no pickup point: draft
    assert listing.state is S.DRAFT
    return listing.id


def test_export_for_a_business_writes_one_workbook_per_active_marketplace(
    services, business_id, product_id, tmp_path
) -> None:
    services.listings.ensure(product_id, "shopee")
    results = services.exports.export_business(business_id, tmp_path)
    assert sorted(r.marketplace_id for r in results) == ["blibli", "lazada", "shopee", "tokopedia"]
    shopee = next(r for r in results if r.marketplace_id == "shopee")
    assert shopee.rows == 1 and len(shopee.photo_files) == 2
    assert shopee.workbook.parent.parent.name == "Keripik Singkong Bu Sri 0"
    assert load_workbook(shopee.workbook).active.max_row >= 2
    blibli = next(r for r in results if r.marketplace_id == "blibli")
    assert blibli.rows == 0 and "KRP-000" in blibli.skipped  # no pickup point: left out


def test_withdrawn_listing_is_left_out_of_that_marketplace_export(
    services, business_id, product_id, tmp_path
) -> None:
    listing = services.listings.ensure(product_id, "lazada")
    services.listings.transition(listing.id, S.WITHDRAWN)
    results = services.exports.export_business(business_id, tmp_path, marketplaces=["lazada"])
    assert results == []
