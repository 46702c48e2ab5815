"""Plain facts about a product, as the listing checks and the exporters need them.

These dataclasses are deliberately free of the database: the storage layer maps its rows
onto them, so the rules in :mod:`listing_rules` and the bulk-upload exporters can be
tested (and run from the CLI) without a session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

DEFAULT_BRAND = "No Brand"


class Condition(StrEnum):
    NEW = "NEW"
    USED = "USED"


@dataclass(frozen=True)
class PhotoFacts:
    """One stored photo: its content address and what a marketplace checks about the file."""

    sha256: str
    width: int
    height: int
    bytes: int
    format: str = "JPEG"

    @property
    def short_edge(self) -> int:
        return min(self.width, self.height)


@dataclass(frozen=True)
class ProductFacts:
    """A product as the officer described it; units are the ones we store (Rupiah, g, cm)."""

    sku: str
    name: str
    description: str
    price_rupiah: int
    stock: int
    weight_grams: int | None
    length_cm: float | None = None
    width_cm: float | None = None
    height_cm: float | None = None
    condition: Condition = Condition.NEW
    category_key: str = ""
    brand: str = DEFAULT_BRAND
    photos: tuple[PhotoFacts, ...] = ()
    preorder_days: int | None = None

    @property
    def has_dimensions(self) -> bool:
        return all(
            value is not None and value > 0
            for value in (self.length_cm, self.width_cm, self.height_cm)
        )


@dataclass(frozen=True)
class Category:
    """One entry of the small local taxonomy (MARKETPLACES.md section 8).

    ``marketplace_l1`` names the top-level category each marketplace is expected to use;
    the officer still picks the leaf category per shop, because leaf ids differ per shop
    and no marketplace publishes its tree offline.
    """

    key: str
    number: int
    name_id: str
    name_en: str
    examples: str
    marketplace_l1: Mapping[str, str] = field(default_factory=dict)


class CategoryDataError(ValueError):
    """The bundled category file is malformed (a packaging bug, not an officer's mistake)."""


def load_categories(data: Mapping[str, Any]) -> dict[str, Category]:
    """Parse ``resources/data/categories.json`` (already decoded) into categories by key."""
    entries = data.get("categories")
    if not isinstance(entries, list) or not entries:
        raise CategoryDataError("categories: expected a non-empty list")
    found: dict[str, Category] = {}
    for index, entry in enumerate(entries):
        where = f"categories[{index}]"
        if not isinstance(entry, Mapping):
            raise CategoryDataError(f"{where}: expected an object")
        try:
            key = str(entry["key"])
            category = Category(
                key=key,
                number=int(entry["number"]),
                name_id=str(entry["name_id"]),
                name_en=str(entry["name_en"]),
                examples=str(entry.get("examples", "")),
                marketplace_l1={str(k): str(v) for k, v in entry.get("l1", {}).items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CategoryDataError(f"{where}: {exc!r}") from exc
        if not key or key in found:
            raise CategoryDataError(f"{where}: empty or duplicate key {key!r}")
        found[key] = category
    return found
