"""Drafts: what the officer typed into a form and has not saved yet.

A form writes its content here on every change (at once, or right after the write in
flight: ``gui/draft_writer.py``), so a killed process or a
power cut loses at most the last few keystrokes. One row per (kind, entity_id): saving
again replaces it. The content is plain JSON of the fields as typed, never validated,
because an unfinished form is exactly what a draft is for.

Kinds: ``"business"`` (the registration form, content in ``gui.registration_fields``) and
``"product"`` (the product editor: :func:`product_draft_content` and
:func:`product_from_draft` below, so the photo order survives too).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.products import Condition, PhotoFacts
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Draft

from .actor import Actor

if TYPE_CHECKING:  # imported when used: the registration form needs no product code
    from .products import ProductInput

BUSINESS_DRAFT = "business"
PRODUCT_DRAFT = "product"


@dataclass(frozen=True)
class DraftRecord:
    kind: str
    entity_id: str
    base_version: int | None  # version of the record being edited; None for a new one
    content: dict[str, Any]
    updated_at: datetime


def _record(row: Draft) -> DraftRecord:
    try:
        content = json.loads(row.content)
    except ValueError:
        content = {}
    return DraftRecord(
        row.kind,
        row.entity_id,
        row.base_version,
        content if isinstance(content, dict) else {},
        row.updated_at,
    )


class DraftService:
    """Save, find and drop drafts of the current officer."""

    def __init__(self, store: Store, clock: Clock, actor: Actor) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor

    def save(
        self, kind: str, entity_id: str, base_version: int | None, content: dict[str, Any]
    ) -> None:
        """Write (or replace) the draft in one small transaction."""
        text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
        now = self._clock.now()
        with self._store.write() as session:
            row = session.scalars(
                select(Draft).where(Draft.kind == kind, Draft.entity_id == entity_id)
            ).first()
            if row is None:
                session.add(
                    Draft(
                        kind=kind,
                        entity_id=entity_id,
                        base_version=base_version,
                        officer_id=self._actor.officer_id,
                        content=text,
                        updated_at=now,
                    )
                )
            else:
                row.base_version = base_version
                row.officer_id = self._actor.officer_id
                row.content = text
                row.updated_at = now

    def get(self, kind: str, entity_id: str) -> DraftRecord | None:
        with self._store.read() as session:
            row = session.scalars(
                select(Draft).where(Draft.kind == kind, Draft.entity_id == entity_id)
            ).first()
            return _record(row) if row is not None else None

    def latest(self, kind: str) -> DraftRecord | None:
        """The officer's most recently written draft of this kind (None when there is none)."""
        with self._store.read() as session:
            row = session.scalars(
                select(Draft)
                .where(Draft.kind == kind, Draft.officer_id == self._actor.officer_id)
                .order_by(Draft.updated_at.desc(), Draft.id.desc())
                .limit(1)
            ).first()
            return _record(row) if row is not None else None

    def discard(self, kind: str, entity_id: str) -> None:
        with self._store.write() as session:
            session.execute(delete(Draft).where(Draft.kind == kind, Draft.entity_id == entity_id))


# -- product drafts -------------------------------------------------------------------------


def product_draft_content(
    business_id: str | None, data: ProductInput, marketplaces: Sequence[str]
) -> dict[str, Any]:
    """The product editor's fields as a draft: plain JSON, photos in their order."""
    content = asdict(data)
    content["condition"] = data.condition.value
    content["photos"] = [asdict(p) for p in data.photos]
    content["business_id"] = business_id
    content["marketplaces"] = list(marketplaces)
    return content


def _number(value: Any, kind: type, default: Any) -> Any:
    try:
        return kind(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def _photo(value: Any) -> PhotoFacts | None:
    if not isinstance(value, dict) or not isinstance(value.get("sha256"), str):
        return None
    return PhotoFacts(
        value["sha256"],
        _number(value.get("width"), int, 0),
        _number(value.get("height"), int, 0),
        _number(value.get("bytes"), int, 0),
        str(value.get("format") or "JPEG"),
    )


def product_from_draft(content: dict[str, Any]) -> tuple[ProductInput, list[str]]:
    """What :func:`product_draft_content` wrote (or as much of it as is readable) and the
    ticked marketplaces; a damaged value falls back to the empty form's."""
    from .products import ProductInput

    empty = ProductInput(name="")
    photos = content.get("photos") if isinstance(content.get("photos"), list) else []
    condition = str(content.get("condition") or "")
    marketplaces = content.get("marketplaces")
    data = ProductInput(
        name=str(content.get("name") or ""),
        description=str(content.get("description") or ""),
        price_rupiah=_number(content.get("price_rupiah"), int, empty.price_rupiah),
        stock=_number(content.get("stock"), int, empty.stock),
        weight_grams=_number(content.get("weight_grams"), int, None),
        length_cm=_number(content.get("length_cm"), float, None),
        width_cm=_number(content.get("width_cm"), float, None),
        height_cm=_number(content.get("height_cm"), float, None),
        condition=Condition(condition) if condition in Condition.__members__ else empty.condition,
        category_key=str(content.get("category_key") or ""),
        sku=str(content.get("sku") or ""),
        brand=str(content.get("brand") if content.get("brand") is not None else empty.brand),
        preorder_days=_number(content.get("preorder_days"), int, None),
        photos=tuple(p for p in map(_photo, photos or []) if p is not None),
    )
    ticked = [str(m) for m in marketplaces] if isinstance(marketplaces, list) else []
    return data, ticked
