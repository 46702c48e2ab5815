"""The listing queue: one listing per product and marketplace, moved through its states.

    draft ──check passes──▶ ready ──queue──▶ queued ──▶ submitted ──▶ live
      ▲                      │                 │             └──────▶ rejected (reason)
      └──── checks fail ─────┴─────────────────┘     any state but withdrawn ──▶ withdrawn

A listing is only *ready* while the marketplace's pre-checks (``check_listing``) pass;
every move into ready or queued re-runs them, so a product edited after it was queued
goes back to draft with the findings explaining why. A closed marketplace refuses new
listings with its dated note. Every change is one transaction: row, outbox entry, audit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.findings import Finding, Severity, has_errors
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.listing_rules import check_listing
from golonline_desktop.domain.marketplaces import MarketplaceProfile
from golonline_desktop.domain.products import ProductFacts
from golonline_desktop.storage import products as queries
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.product_models import Listing, Product
from golonline_desktop.storage.versioning import next_version

from .actor import Actor
from .products import ProductService, to_facts, to_record

ENTITY = "listing"


class ListingState(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    QUEUED = "queued"
    SUBMITTED = "submitted"
    LIVE = "live"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


S = ListingState
TRANSITIONS: Mapping[ListingState, frozenset[ListingState]] = {
    S.DRAFT: frozenset({S.READY, S.WITHDRAWN}),
    S.READY: frozenset({S.DRAFT, S.QUEUED, S.WITHDRAWN}),
    S.QUEUED: frozenset({S.DRAFT, S.READY, S.SUBMITTED, S.WITHDRAWN}),
    S.SUBMITTED: frozenset({S.LIVE, S.REJECTED, S.WITHDRAWN}),
    S.LIVE: frozenset({S.WITHDRAWN}),
    S.REJECTED: frozenset({S.DRAFT, S.WITHDRAWN}),
    S.WITHDRAWN: frozenset({S.DRAFT}),
}
"""Every allowed move; anything else raises :class:`TransitionRefusedError`."""

CHECKED_STATES = frozenset({S.DRAFT, S.READY, S.QUEUED})
"""States whose pre-checks are re-run when the product changes."""


class TransitionRefusedError(ValueError):
    """The move is not allowed from the listing's state (a programming or stale-screen error)."""

    def __init__(self, current: ListingState, target: ListingState) -> None:
        super().__init__(f"a listing cannot go from {current} to {target}")
        self.current = current
        self.target = target


class ClosedMarketplaceError(ValueError):
    """New listings are refused; ``finding`` carries the marketplace's dated note."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.render())
        self.finding = finding


class ListingNotFoundError(LookupError):
    pass


@dataclass(frozen=True)
class ListingView:
    """A listing as the queue screen shows it."""

    id: str
    product_id: str
    product_name: str
    sku: str
    business_id: str
    business_name: str
    marketplace_id: str
    marketplace_name: str
    state: ListingState
    reason: str | None
    findings: tuple[Finding, ...]
    category_id: str
    pickup_point_code: str
    version: int

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)


@dataclass(frozen=True)
class QueueSummary:
    queued: int
    back_to_draft: int


def findings_to_json(findings: Sequence[Finding]) -> str:
    return json.dumps(
        [
            {
                "code": f.code,
                "severity": f.severity.value,
                "message": f.message,
                "field": f.field,
                "params": dict(f.params),
            }
            for f in findings
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )


def findings_from_json(text: str) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            item["code"], Severity(item["severity"]), item["message"], item["field"], item["params"]
        )
        for item in json.loads(text or "[]")
    )


def listing_payload(row: Listing) -> dict[str, Any]:
    return {
        "id": row.id,
        "product_id": row.product_id,
        "marketplace_id": row.marketplace_id,
        "state": row.state,
        "reason": row.reason,
        "findings": json.loads(row.findings or "[]"),
        "category_id": row.category_id,
        "pickup_point_code": row.pickup_point_code,
        "checked_at": row.checked_at,
        "version": row.version,
        "deleted": row.deleted,
        "created_by": row.created_by,
        "created_at": row.created_at,
        "updated_by": row.updated_by,
        "updated_at": row.updated_at,
    }


class ListingService:
    """Creates listings, runs their pre-checks and moves them through the queue."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        products: ProductService,
        profiles: Mapping[str, MarketplaceProfile],
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._products = products
        self.profiles = dict(profiles)

    # -- marketplaces --------------------------------------------------------------------

    def active_profiles(self) -> list[MarketplaceProfile]:
        return [p for p in self.profiles.values() if p.active]

    def closed_finding(self, marketplace_id: str) -> Finding | None:
        """The dated "closed" explanation of a marketplace, or None when it is open."""
        profile = self.profiles[marketplace_id]
        if profile.active:
            return None
        return check_listing(ProductFacts("", "", "", 0, 0, None), profile)[0]

    # -- creating and checking -----------------------------------------------------------

    def ensure(
        self,
        product_id: str,
        marketplace_id: str,
        *,
        category_id: str = "",
        pickup_point_code: str = "",
    ) -> ListingView:
        """The product's listing on the marketplace, created (and checked) if missing.

        Raises :class:`ClosedMarketplaceError` for a closed marketplace; an existing withdrawn
        listing is reopened as a draft and checked again.
        """
        closed = self.closed_finding(marketplace_id)
        if closed is not None:
            raise ClosedMarketplaceError(closed)
        with self._store.write() as session:
            row = queries.listing_for(session, product_id, marketplace_id)
            now = self._clock.now()
            if row is None:
                row = Listing(
                    id=new_id(),
                    product_id=product_id,
                    marketplace_id=marketplace_id,
                    state=S.DRAFT.value,
                    findings="[]",
                    category_id=category_id.strip(),
                    pickup_point_code=pickup_point_code.strip(),
                    created_by=self._actor.officer_id,
                    created_at=now,
                    updated_by=self._actor.officer_id,
                    updated_at=now,
                    version=0,
                    deleted=False,
                )
                session.add(row)
                self._check(session, row)
                self._save(session, row, "listing.create")
            elif row.state == S.WITHDRAWN:
                self._move(row, S.DRAFT)
                self._check(session, row)
                self._save(session, row, "listing.reopen")
            return self._view(session, row)

    def set_marketplace_values(
        self, listing_id: str, *, category_id: str, pickup_point_code: str
    ) -> ListingView:
        """The marketplace category and pickup point the officer chose; re-checks the listing."""
        with self._store.write() as session:
            row = self._row(session, listing_id)
            row.category_id = category_id.strip()
            row.pickup_point_code = pickup_point_code.strip()
            if S(row.state) in CHECKED_STATES:
                self._check(session, row)
            self._save(session, row, "listing.values")
            return self._view(session, row)

    def recheck(self, listing_id: str) -> ListingView:
        with self._store.write() as session:
            row = self._row(session, listing_id)
            if S(row.state) in CHECKED_STATES and self._check(session, row):
                self._save(session, row, "listing.check")
            return self._view(session, row)

    def recheck_product(self, product_id: str) -> list[ListingView]:
        """Re-run the checks of the product's open listings (call after saving the product)."""
        with self._store.write() as session:
            rows = [row for row, _, _ in queries.listings(session, product_id=product_id)]
            for row in rows:
                if S(row.state) in CHECKED_STATES and self._check(session, row):
                    self._save(session, row, "listing.check")
            return [self._view(session, row) for row in rows]

    # -- moving --------------------------------------------------------------------------

    def queue(self, listing_id: str) -> ListingView:
        """ready -> queued after the checks pass again; back to draft when they fail now."""
        with self._store.write() as session:
            row = self._row(session, listing_id)
            self._require(row, S.QUEUED)
            self._check(session, row)
            if S(row.state) is S.READY:
                self._move(row, S.QUEUED)
            self._save(session, row, "listing.queue")
            return self._view(session, row)

    def queue_all_ready(
        self,
        *,
        business_id: str | None = None,
        drive_id: str | None = None,
        marketplace_id: str | None = None,
    ) -> QueueSummary:
        """Queue every ready listing in the scope, in one transaction, re-checking each."""
        queued = back = 0
        with self._store.write() as session:
            found = queries.listings(
                session,
                business_id=business_id,
                drive_id=drive_id,
                marketplace_id=marketplace_id,
                state=S.READY.value,
            )
            for row, _, _ in found:
                if not self.profiles[row.marketplace_id].active:
                    continue
                self._check(session, row)
                if S(row.state) is S.READY:
                    self._move(row, S.QUEUED)
                    queued += 1
                else:
                    back += 1
                self._save(session, row, "listing.queue")
        return QueueSummary(queued, back)

    def transition(self, listing_id: str, target: ListingState, reason: str = "") -> ListingView:
        """Any other move: submitted, live, rejected (``reason`` required), withdrawn, draft.

        Moves into ready/queued go through :meth:`recheck`/:meth:`queue`, which run the checks.
        """
        target = S(target)
        if target in (S.READY, S.QUEUED):
            raise ValueError("use recheck() or queue(): they run the marketplace checks")
        if target is S.REJECTED and not reason.strip():
            raise ValueError("a rejection needs the marketplace's reason")
        with self._store.write() as session:
            row = self._row(session, listing_id)
            self._require(row, target)
            self._move(row, target)
            if target is S.REJECTED:
                row.reason = reason.strip()
            if target is S.DRAFT:
                row.reason = None
                self._check(session, row)
            self._save(session, row, f"listing.{target.value}")
            return self._view(session, row)

    # -- reading -------------------------------------------------------------------------

    def list(
        self,
        *,
        business_id: str | None = None,
        drive_id: str | None = None,
        product_id: str | None = None,
        marketplace_id: str | None = None,
        state: ListingState | None = None,
    ) -> list[ListingView]:
        with self._store.read() as session:
            found = queries.listings(
                session,
                business_id=business_id,
                drive_id=drive_id,
                product_id=product_id,
                marketplace_id=marketplace_id,
                state=S(state).value if state else None,
            )
            return [self._view_of(row, product, name) for row, product, name in found]

    def get(self, listing_id: str) -> ListingView:
        with self._store.read() as session:
            return self._view(session, self._row(session, listing_id))

    # -- internals -----------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, listing_id: str) -> Listing:
        row = session.get(Listing, listing_id)
        if row is None or row.deleted:
            raise ListingNotFoundError(listing_id)
        return row

    @staticmethod
    def _require(row: Listing, target: ListingState) -> None:
        current = S(row.state)
        if target not in TRANSITIONS[current]:
            raise TransitionRefusedError(current, target)

    @staticmethod
    def _move(row: Listing, target: ListingState) -> None:
        ListingService._require(row, target)
        row.state = target.value

    def _check(self, session: Session, row: Listing) -> bool:
        """Run the pre-checks and move draft<->ready(/queued). True when anything changed."""
        product = session.get(Product, row.product_id)
        assert product is not None
        facts = to_facts(to_record(product, queries.photos_of(session, product.id)))
        extra = {"category_id": row.category_id, "pickup_point_code": row.pickup_point_code}
        findings = check_listing(facts, self.profiles[row.marketplace_id], extra=extra)
        text = findings_to_json(findings)
        state = S(row.state)
        if has_errors(findings) or product.deleted:
            target = S.DRAFT
        else:
            target = S.QUEUED if state is S.QUEUED else S.READY
        changed = text != row.findings or target is not state
        row.findings = text
        row.checked_at = self._clock.now()
        if target is not state:
            self._move(row, target)
        return changed

    def _save(self, session: Session, row: Listing, action: str) -> None:
        next_version(row, self._actor.officer_id, self._clock.now())
        session.flush()
        record_change(
            session,
            entity=ENTITY,
            entity_id=row.id,
            version=row.version,
            operation=Operation.UPSERT,
            payload=listing_payload(row),
            at=row.updated_at,
        )
        record_audit(
            session,
            at=row.updated_at,
            officer_id=self._actor.officer_id,
            action=action,
            entity=ENTITY,
            entity_id=row.id,
            details={"version": row.version, "state": row.state, "marketplace": row.marketplace_id},
        )

    def _view(self, session: Session, row: Listing) -> ListingView:
        product = session.get(Product, row.product_id)
        assert product is not None
        return self._view_of(row, product, queries.business_name(session, product.business_id))

    def _view_of(self, row: Listing, product: Product, business: str | None) -> ListingView:
        profile = self.profiles.get(row.marketplace_id)
        return ListingView(
            id=row.id,
            product_id=product.id,
            product_name=product.name,
            sku=product.sku,
            business_id=product.business_id,
            business_name=business or "",
            marketplace_id=row.marketplace_id,
            marketplace_name=profile.name if profile else row.marketplace_id,
            state=S(row.state),
            reason=row.reason,
            findings=findings_from_json(row.findings),
            category_id=row.category_id,
            pickup_point_code=row.pickup_point_code,
            version=row.version,
        )
