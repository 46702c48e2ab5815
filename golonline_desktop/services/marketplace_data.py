"""The bundled marketplace profiles and local taxonomy, read once from ``resources/data``."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from golonline_desktop.domain.marketplaces import MarketplaceProfile, load_profiles
from golonline_desktop.domain.products import Category, load_categories
from golonline_desktop.resources import resource_path


def read_profiles(path: Path) -> dict[str, MarketplaceProfile]:
    """Profiles from a JSON file (an updated rule file can be loaded without a release)."""
    return load_profiles(json.loads(path.read_text(encoding="utf-8")))


@cache
def bundled_profiles() -> dict[str, MarketplaceProfile]:
    return read_profiles(resource_path("data", "marketplaces.json"))


@cache
def bundled_categories() -> dict[str, Category]:
    path = resource_path("data", "categories.json")
    return load_categories(json.loads(path.read_text(encoding="utf-8")))
