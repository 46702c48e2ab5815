"""Every pre-check rule of every marketplace profile, passing and failing; the data file."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.listing_rules import check_listing
from golonline_desktop.domain.marketplaces import (
    MarketplaceProfile,
    ProfileDataError,
    load_profiles,
)
from golonline_desktop.domain.products import (
    DEFAULT_BRAND,
    CategoryDataError,
    PhotoFacts,
    ProductFacts,
    load_categories,
)
from golonline_desktop.resources import resource_path
from golonline_desktop.services.marketplace_data import bundled_categories, bundled_profiles

PROFILES = bundled_profiles()
ACTIVE = [p for p in PROFILES.values() if p.active]
CLOSED = [p for p in PROFILES.values() if not p.active]
EXTRA = {"category_id": "100043", "pickup_point_code": "PP-3000123"}
DESCRIPTION = (
    "Keripik singkong renyah buatan rumah dari Desa Sukamaju, digoreng dengan minyak baru "
    "setiap hari. Bumbu balado pedas manis tanpa pengawet dan tanpa MSG. Dikemas dalam "
    "standing pouch ziplock 250 gram agar tetap renyah sampai dua bulan. Cocok untuk "
    "camilan keluarga, oleh-oleh dan hantaran. Tersedia juga rasa original dan keju."
)


def _photo(n: int, size: int = 1000, nbytes: int = 300_000, fmt: str = "JPEG") -> PhotoFacts:
    return PhotoFacts(f"{n:064x}", size, size, nbytes, fmt)


def good_product(**changes: Any) -> ProductFacts:
    product = ProductFacts(
        sku="KRP-001",
        name="Keripik Singkong Balado Pedas Manis 250 gram",
        description=DESCRIPTION,
        price_rupiah=25_000,
        stock=40,
        weight_grams=280,
        length_cm=20,
        width_cm=15,
        height_cm=5,
        category_key="snacks",
        photos=(_photo(1), _photo(2), _photo(3)),
    )
    return replace(product, **changes)


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def _rendered_ok(findings: list[Finding]) -> None:
    for finding in findings:
        text = finding.render()
        assert "{" not in text and "}" not in text, text


@pytest.mark.parametrize("profile", ACTIVE, ids=lambda p: p.id)
def test_good_product_passes_every_active_profile(profile: MarketplaceProfile) -> None:
    assert check_listing(good_product(), profile, extra=EXTRA) == []
    assert good_product().brand == DEFAULT_BRAND


def _cases(profile: MarketplaceProfile) -> list[tuple[str, Callable[[], ProductFacts], str, bool]]:
    """(label, product, expected code, is_error) for each rule, from the profile's own limits."""
    name_min, name_max = profile.name_length.min or 1, profile.name_length.max or 255
    desc_min, desc_max = profile.description_length.min or 1, profile.description_length.max
    photos = profile.photos
    other = profile.forbidden_names[0]
    cases: list[tuple[str, Callable[[], ProductFacts], str, bool]] = [
        ("name-empty", lambda: good_product(name="  "), "listing.name.missing", True),
        (
            "name-short",
            lambda: good_product(name="K" * (name_min - 1)),
            "listing.name.too_short",
            True,
        ),
        (
            "name-long",
            lambda: good_product(name="K" * (name_max + 1)),
            "listing.name.too_long",
            True,
        ),
        (
            "name-other-marketplace",
            lambda: good_product(name=f"Keripik Balado Pedas ala {other} 250g"),
            "listing.name.other_marketplace",
            True,
        ),
        ("desc-empty", lambda: good_product(description=""), "listing.description.missing", True),
        (
            "desc-short",
            lambda: good_product(description="d" * (desc_min - 1)),
            "listing.description.too_short",
            True,
        ),
        (
            "desc-long",
            lambda: good_product(description="d" * ((desc_max or 0) + 1)),
            "listing.description.too_long",
            True,
        ),
        (
            "desc-recommended",
            lambda: good_product(description=DESCRIPTION[:150]),
            "listing.description.short",
            False,
        ),
        (
            "desc-other-marketplace",
            lambda: good_product(description=DESCRIPTION + f" Juga ada di {other.lower()}."),
            "listing.description.other_marketplace",
            True,
        ),
        (
            "desc-phone",
            lambda: good_product(description=DESCRIPTION + " Pesan: 0812-3456-7890."),
            "listing.description.phone",
            True,
        ),
        (
            "desc-phone-intl",
            lambda: good_product(description=DESCRIPTION + " WA +62 812 3456 7890"),
            "listing.description.phone",
            True,
        ),
        (
            "desc-link",
            lambda: good_product(description=DESCRIPTION + " Katalog: https://example.org/k"),
            "listing.description.link",
            True,
        ),
        (
            "desc-bare-domain",
            lambda: good_product(description=DESCRIPTION + " Lihat tokoku.id ya"),
            "listing.description.link",
            True,
        ),
        (
            "desc-email",
            lambda: good_product(description=DESCRIPTION + " Surel: toko@mail.co"),
            "listing.description.link",
            True,
        ),
        ("photos-none", lambda: good_product(photos=()), "listing.photos.too_few", True),
        (
            "photos-too-many",
            lambda: good_product(
                photos=tuple(_photo(i) for i in range((photos.count.max or 0) + 1))
            ),
            "listing.photos.too_many",
            False,
        ),
        (
            "photo-too-small",
            lambda: good_product(
                photos=(_photo(1, size=min(photos.min_width, photos.min_height) - 1),)
            ),
            "listing.photo.too_small",
            True,
        ),
        (
            "photo-bytes",
            lambda: good_product(photos=(_photo(1, nbytes=photos.max_bytes + 1),)),
            "listing.photo.file_too_large",
            False,
        ),
        (
            "photo-format",
            lambda: good_product(photos=(_photo(1, fmt="GIF"),)),
            "listing.photo.format",
            True,
        ),
        (
            "price-low",
            lambda: good_product(price_rupiah=(profile.price_rupiah.min or 0) - 1),
            "listing.price.out_of_range",
            True,
        ),
        (
            "price-high",
            lambda: good_product(price_rupiah=(profile.price_rupiah.max or 0) + 1),
            "listing.price.out_of_range",
            True,
        ),
        (
            "stock-low",
            lambda: good_product(stock=(profile.stock.min or 0) - 1),
            "listing.stock.out_of_range",
            True,
        ),
        (
            "stock-high",
            lambda: good_product(stock=(profile.stock.max or 0) + 1),
            "listing.stock.out_of_range",
            True,
        ),
        (
            "weight-missing",
            lambda: good_product(weight_grams=None),
            "listing.weight.missing",
            profile.requires("weight"),
        ),
        (
            "weight-zero",
            lambda: good_product(weight_grams=0),
            "listing.weight.missing",
            profile.requires("weight"),
        ),
        (
            "weight-high",
            lambda: good_product(weight_grams=(profile.weight_grams.max or 0) + 1),
            "listing.weight.out_of_range",
            True,
        ),
        (
            "dims-missing",
            lambda: good_product(height_cm=None),
            "listing.dimensions.missing",
            profile.dimensions_required,
        ),
        ("dims-invalid", lambda: good_product(width_cm=0), "listing.dimensions.invalid", True),
        (
            "preorder-short",
            lambda: good_product(preorder_days=(profile.preorder_days.min or 0) - 1),
            "listing.preorder.out_of_range",
            True,
        ),
        (
            "preorder-long",
            lambda: good_product(preorder_days=(profile.preorder_days.max or 0) + 1),
            "listing.preorder.out_of_range",
            True,
        ),
        ("sku-missing", lambda: good_product(sku=""), "listing.sku.missing", True),
        (
            "sku-long",
            lambda: good_product(sku="S" * ((profile.sku_length.max or 0) + 1)),
            "listing.sku.too_long",
            True,
        ),
        ("sku-space", lambda: good_product(sku="KRP 001"), "listing.sku.characters", True),
        (
            "category-missing",
            lambda: good_product(category_key=""),
            "listing.category.missing",
            True,
        ),
    ]
    if profile.description_plain_text:
        cases.append(
            (
                "desc-html",
                lambda: good_product(description="<b>Renyah</b><br>" + DESCRIPTION),
                "listing.description.html",
                True,
            )
        )
    if profile.max_hashtags is not None:
        tags = " ".join(f"#tag{i}" for i in range(profile.max_hashtags + 1))
        cases.append(
            (
                "desc-hashtags",
                lambda: good_product(description=DESCRIPTION + " " + tags),
                "listing.description.hashtags",
                True,
            )
        )
    if profile.requires("brand"):
        cases.append(
            ("brand-missing", lambda: good_product(brand=""), "listing.brand.missing", True)
        )
    return cases


RULE_CASES = [
    pytest.param(profile, make, code, is_error, id=f"{profile.id}-{label}")
    for profile in ACTIVE
    for label, make, code, is_error in _cases(profile)
]


@pytest.mark.parametrize(("profile", "make", "code", "is_error"), RULE_CASES)
def test_each_rule_fails_with_its_code(
    profile: MarketplaceProfile, make: Callable[[], ProductFacts], code: str, is_error: bool
) -> None:
    findings = check_listing(make(), profile, extra=EXTRA)
    matching = [f for f in findings if f.code == code]
    assert matching, codes(findings)
    assert all(f.is_error == is_error for f in matching)
    assert all(f.params.get("marketplace", profile.name) == profile.name for f in matching)
    _rendered_ok(findings)


@pytest.mark.parametrize("profile", ACTIVE, ids=lambda p: p.id)
def test_limits_themselves_pass(profile: MarketplaceProfile) -> None:
    edge = good_product(
        name="N" * (profile.name_length.max or 255),
        price_rupiah=profile.price_rupiah.min or 1,
        stock=profile.stock.max or 1,
        preorder_days=profile.preorder_days.max,
        photos=tuple(
            _photo(i, size=max(profile.photos.min_width, profile.photos.min_height))
            for i in range(profile.photos.count.max or 1)
        ),
    )
    assert check_listing(edge, profile, extra=EXTRA) == []


@pytest.mark.parametrize("profile", ACTIVE, ids=lambda p: p.id)
def test_own_name_is_allowed_and_plain_numbers_are_not_phones(profile: MarketplaceProfile) -> None:
    text = (
        DESCRIPTION
        + f" Berat 250 gram, harga Rp25.000, stok 1.500 pcs. Toko resmi {profile.aliases[0]}."
    )
    assert check_listing(good_product(description=text), profile, extra=EXTRA) == []


def test_pickup_point_only_for_blibli() -> None:
    blibli = PROFILES["blibli"]
    assert codes(check_listing(good_product(), blibli, extra={"category_id": "x"})) == {
        "listing.pickup_point.missing"
    }
    odd = check_listing(
        good_product(), blibli, extra={"category_id": "x", "pickup_point_code": "gudang 1"}
    )
    assert codes(odd) == {"listing.pickup_point.format"} and not odd[0].is_error
    for profile in ACTIVE:
        if profile.id != "blibli":
            assert check_listing(good_product(), profile, extra={"category_id": "x"}) == []


def test_marketplace_category_is_asked_for() -> None:
    findings = check_listing(good_product(), PROFILES["shopee"], extra=None)
    assert codes(findings) == {"listing.category.marketplace_missing"}
    assert not findings[0].is_error


@pytest.mark.parametrize("profile", CLOSED, ids=lambda p: p.id)
def test_closed_marketplace_refuses_with_its_note(profile: MarketplaceProfile) -> None:
    findings = check_listing(good_product(), profile, extra=EXTRA)
    assert [f.code for f in findings] == ["listing.marketplace.closed"]
    text = findings[0].render()
    assert profile.closed_since is not None and profile.closed_since.isoformat() in text
    assert profile.closed_note in text


def test_bundled_data_matches_the_research() -> None:
    assert set(PROFILES) == {"shopee", "tokopedia", "lazada", "blibli", "bukalapak", "blanja"}
    assert {p.id for p in CLOSED} == {"bukalapak", "blanja"}
    assert PROFILES["bukalapak"].closed_since.isoformat() == "2025-02-01"  # type: ignore[union-attr]
    assert PROFILES["blanja"].closed_since.isoformat() == "2020-09-01"  # type: ignore[union-attr]
    assert PROFILES["lazada"].photos.count.max == 8 and PROFILES["lazada"].dimensions_required
    assert PROFILES["tokopedia"].weight_unit == "kg" and PROFILES["blibli"].weight_unit == "g"
    assert PROFILES["blibli"].pickup_point_required
    blibli_layout = PROFILES["blibli"].template
    assert blibli_layout is not None and len(blibli_layout.columns) == 42  # columns B-AQ
    for profile in PROFILES.values():
        assert profile.sources and profile.rules_checked_on
        for limit in (profile.name_length, profile.price_rupiah, profile.photos.count):
            assert limit.public or limit.note
    assert "Shopee" in PROFILES["tokopedia"].forbidden_names
    assert "Tokopedia" not in PROFILES["tokopedia"].forbidden_names
    categories = bundled_categories()
    assert len(categories) == 15 and [c.number for c in categories.values()] == list(range(1, 16))
    assert all(
        set(c.marketplace_l1) == {"shopee", "tokopedia", "lazada", "blibli"}
        for c in categories.values()
    )


def _raw() -> dict[str, Any]:
    return json.loads(resource_path("data", "marketplaces.json").read_text(encoding="utf-8"))


def _break(mutate: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(_raw())
    mutate(data)
    return data


BROKEN = {
    "version": lambda d: d.update(format_version=2),
    "duplicate-id": lambda d: d["profiles"].append(d["profiles"][0]),
    "min-above-max": lambda d: d["profiles"][0].update(
        name_length={"min": 10, "max": 5, "public": True}
    ),
    "unpublished-without-note": lambda d: d["profiles"][0].update(
        stock={"min": 1, "max": 5, "public": False}
    ),
    "closed-without-note": lambda d: d["profiles"][4].update(closed_note=""),
    "active-without-template": lambda d: d["profiles"][0].update(template=None),
    "no-sources": lambda d: d["profiles"][0].update(sources=[]),
    "unknown-field": lambda d: d["profiles"][0]["template"]["columns"][0].update(field="colour"),
    "photo-gap": lambda d: d["profiles"][0]["template"]["columns"][22].update(field="photo_12"),
    "bad-unit": lambda d: d["profiles"][0].update(weight_unit="lb"),
    "bad-date": lambda d: d["profiles"][0].update(rules_checked_on="kemarin"),
    "unknown-required": lambda d: d["profiles"][0].update(required_fields=["colour"]),
    "bad-format": lambda d: d["profiles"][0]["photos"].update(formats=["HEIC"]),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_malformed_profile_data_is_refused(case: str) -> None:
    with pytest.raises(ProfileDataError):
        load_profiles(_break(BROKEN[case]))


def test_malformed_categories_are_refused() -> None:
    with pytest.raises(CategoryDataError):
        load_categories(
            {"categories": [{"key": "a", "number": 1, "name_id": "A", "name_en": "A"}] * 2}
        )
    with pytest.raises(CategoryDataError):
        load_categories({"categories": []})
