"""What the product editor runs off the GUI thread, and how it shows listing results.

``save_product`` and ``load_product`` run on the background runner (the save on the single
writer); ``state_name`` and ``render_findings`` put listing states and findings into the
officer's language for the editor and the listing queue.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.services.listings import ListingState, ListingView
from golonline_desktop.services.products import (
    ProductInput,
    ProductRecord,
    ProductSaveOutcome,
    ProductServices,
)

from .i18n import translate

STATE_NAMES = {
    ListingState.DRAFT: QT_TRANSLATE_NOOP("ListingState", "Draft"),
    ListingState.READY: QT_TRANSLATE_NOOP("ListingState", "Ready"),
    ListingState.QUEUED: QT_TRANSLATE_NOOP("ListingState", "Queued"),
    ListingState.SUBMITTED: QT_TRANSLATE_NOOP("ListingState", "Submitted"),
    ListingState.LIVE: QT_TRANSLATE_NOOP("ListingState", "Live"),
    ListingState.REJECTED: QT_TRANSLATE_NOOP("ListingState", "Rejected"),
    ListingState.WITHDRAWN: QT_TRANSLATE_NOOP("ListingState", "Withdrawn"),
}


def state_name(state: ListingState) -> str:
    return translate("ListingState", STATE_NAMES[state])


def render_findings(findings: Sequence[Finding]) -> str:
    """Findings as an HTML list in the officer's language, errors first."""
    ordered = sorted(findings, key=lambda f: not f.is_error)
    items = "".join(
        f"<li>{'⛔' if f.is_error else '⚠'} {html.escape(f.render(translate))}</li>"
        for f in ordered
    )
    return f"<ul style='margin:0'>{items}</ul>" if items else ""


@dataclass(frozen=True)
class SaveResult:
    outcome: ProductSaveOutcome
    listings: tuple[ListingView, ...] = ()


def save_product(
    services: ProductServices,
    business_id: str,
    product_id: str | None,
    version: int | None,
    data: ProductInput,
    marketplaces: Sequence[str],
    new_product_id: str | None = None,
) -> SaveResult:
    """The save, run on the writer thread: the product, then its listings.

    A new product gets ``new_product_id`` (the id its draft was kept under).
    """
    if product_id is None or version is None:
        outcome = services.products.create(business_id, data, product_id=new_product_id)
    else:
        outcome = services.products.update(product_id, data, expected_version=version)
    if not outcome.saved:
        return SaveResult(outcome)
    assert outcome.product_id is not None
    wanted = set(marketplaces)
    for view in services.listings.list(product_id=outcome.product_id):
        if view.marketplace_id not in wanted and view.state is not ListingState.WITHDRAWN:
            services.listings.transition(view.id, ListingState.WITHDRAWN)
    for marketplace_id in marketplaces:
        services.listings.ensure(outcome.product_id, marketplace_id)
    services.listings.recheck_product(outcome.product_id)
    views = services.listings.list(product_id=outcome.product_id)
    return SaveResult(outcome, tuple(views))


def load_product(services: ProductServices, product_id: str) -> tuple[ProductRecord, list[Any]]:
    return services.products.get(product_id), services.listings.list(product_id=product_id)
