"""Pre-checks of one product against one marketplace profile, before anything is exported.

A marketplace rejects a bulk upload row by row, days later and online; these checks give
the officer the same verdict on the spot, offline, with a message that says what to change.
Limits come from the profile (data), never from this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .findings import Finding, error, warning
from .i18n import QT_TRANSLATE_NOOP
from .listing_content import HASHTAG, HTML_TAG, forbidden_content
from .marketplaces import Limit, MarketplaceProfile
from .products import ProductFacts


def check_listing(
    product: ProductFacts, profile: MarketplaceProfile, *, extra: Mapping[str, object] | None = None
) -> list[Finding]:
    """Every rule of ``profile`` applied to ``product``; errors block the export of this row.

    ``extra`` carries per-marketplace values that are not product facts:
    ``category_id`` (the marketplace leaf category chosen by the officer) and
    ``pickup_point_code`` (Blibli's registered pickup point).
    """
    extra = extra or {}
    marketplace = profile.name
    if not profile.active:
        since = profile.closed_since.isoformat() if profile.closed_since else ""
        return [
            error(
                "listing.marketplace.closed",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} no longer accepts new listings (closed since {since}): "
                    "{note} Choose another marketplace.",
                ),
                None,
                marketplace=marketplace,
                since=since,
                note=profile.closed_note,
            )
        ]
    findings: list[Finding] = []
    findings += _check_name(product, profile)
    findings += _check_description(product, profile)
    findings += _check_photos(product, profile)
    findings += _check_numbers(product, profile)
    findings += _check_identity(product, profile, extra)
    return findings


def _length_findings(
    text: str, limit: Limit, field: str, required: bool, marketplace: str
) -> list[Finding]:
    length = len(text)
    if length == 0:
        if not required and (limit.min or 0) == 0:
            return []
        return [
            error(
                f"listing.{field}.missing",
                QT_TRANSLATE_NOOP("Finding", "{marketplace} needs this field: please fill it in."),
                field,
                marketplace=marketplace,
            )
        ]
    if limit.min is not None and length < limit.min:
        return [
            error(
                f"listing.{field}.too_short",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} needs at least {min} characters here ({length} now): "
                    "add details such as material, size or taste.",
                ),
                field,
                marketplace=marketplace,
                min=limit.min,
                length=length,
            )
        ]
    if limit.max is not None and length > limit.max:
        return [
            error(
                f"listing.{field}.too_long",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} allows at most {max} characters here ({length} now): "
                    "shorten it by {excess}.",
                ),
                field,
                marketplace=marketplace,
                max=limit.max,
                length=length,
                excess=length - limit.max,
            )
        ]
    return []


def _check_name(product: ProductFacts, profile: MarketplaceProfile) -> list[Finding]:
    name = product.name.strip()
    findings = _length_findings(name, profile.name_length, "name", True, profile.name)
    return findings + forbidden_content(name, "name", profile)


def _check_description(product: ProductFacts, profile: MarketplaceProfile) -> list[Finding]:
    text = product.description.strip()
    findings = _length_findings(
        text,
        profile.description_length,
        "description",
        profile.requires("description"),
        profile.name,
    )
    if text and not findings and len(text) < profile.description_recommended_min:
        findings.append(
            warning(
                "listing.description.short",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Descriptions of {recommended} characters or more sell better on "
                    "{marketplace} ({length} now): add 3 to 5 selling points.",
                ),
                "description",
                recommended=profile.description_recommended_min,
                marketplace=profile.name,
                length=len(text),
            )
        )
    if profile.description_plain_text and HTML_TAG.search(text):
        findings.append(
            error(
                "listing.description.html",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} takes plain text only: remove HTML tags such as <b> or <br>.",
                ),
                "description",
                marketplace=profile.name,
            )
        )
    hashtags = len(HASHTAG.findall(text))
    if profile.max_hashtags is not None and hashtags > profile.max_hashtags:
        findings.append(
            error(
                "listing.description.hashtags",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} allows at most {max} hashtags ({count} now): remove {excess}.",
                ),
                "description",
                marketplace=profile.name,
                max=profile.max_hashtags,
                count=hashtags,
                excess=hashtags - profile.max_hashtags,
            )
        )
    return findings + forbidden_content(text, "description", profile)


def _check_photos(product: ProductFacts, profile: MarketplaceProfile) -> list[Finding]:
    rules = profile.photos
    count = len(product.photos)
    findings: list[Finding] = []
    if rules.count.min is not None and count < rules.count.min:
        findings.append(
            error(
                "listing.photos.too_few",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} needs at least {min} photo(s) ({count} now): "
                    "take or add more photos of the product.",
                ),
                "photos",
                marketplace=profile.name,
                min=rules.count.min,
                count=count,
            )
        )
    if rules.count.max is not None and count > rules.count.max:
        findings.append(
            warning(
                "listing.photos.too_many",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "{marketplace} takes at most {max} photos ({count} now): only the first "
                    "{max} are exported; put the best ones first or remove some.",
                ),
                "photos",
                marketplace=profile.name,
                max=rules.count.max,
                count=count,
            )
        )
    for index, photo in enumerate(product.photos, start=1):
        if photo.width < rules.min_width or photo.height < rules.min_height:
            findings.append(
                error(
                    "listing.photo.too_small",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Photo {index} is {width}×{height} px; {marketplace} needs at least "
                        "{min_width}×{min_height} px: retake it closer or at a higher resolution.",
                    ),
                    "photos",
                    index=index,
                    width=photo.width,
                    height=photo.height,
                    marketplace=profile.name,
                    min_width=rules.min_width,
                    min_height=rules.min_height,
                )
            )
        if photo.format.upper() not in rules.formats:
            findings.append(
                error(
                    "listing.photo.format",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Photo {index} is {format}; {marketplace} accepts {formats}: "
                        "import the photo again so it is converted.",
                    ),
                    "photos",
                    index=index,
                    format=photo.format,
                    marketplace=profile.name,
                    formats=", ".join(rules.formats),
                )
            )
        if photo.bytes > rules.max_bytes:
            findings.append(
                warning(
                    "listing.photo.file_too_large",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Photo {index} is {size_kb} KB; {marketplace} accepts at most "
                        "{max_kb} KB: upload the copy from the export's foto folder "
                        "(re-compressed to fit), not the original file.",
                    ),
                    "photos",
                    index=index,
                    size_kb=photo.bytes // 1024,
                    marketplace=profile.name,
                    max_kb=rules.max_bytes // 1024,
                )
            )
    return findings


def _range_finding(
    value: float, limit: Limit, code: str, field: str, marketplace: str
) -> list[Finding]:
    if limit.contains(value):
        return []
    return [
        error(
            code,
            QT_TRANSLATE_NOOP(
                "Finding",
                "{marketplace} accepts {min} to {max} here ({value} now): correct the value.",
            ),
            field,
            marketplace=marketplace,
            min=limit.min,
            max=limit.max,
            value=value,
        )
    ]


def _check_numbers(product: ProductFacts, profile: MarketplaceProfile) -> list[Finding]:
    name = profile.name
    findings = _range_finding(
        product.price_rupiah, profile.price_rupiah, "listing.price.out_of_range", "price", name
    )
    findings += _range_finding(
        product.stock, profile.stock, "listing.stock.out_of_range", "stock", name
    )
    weight = product.weight_grams
    if weight is None or weight <= 0:
        make = error if profile.requires("weight") else warning
        findings.append(
            make(
                "listing.weight.missing",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Enter the packed weight in grams: {marketplace} uses it for shipping costs.",
                ),
                "weight_grams",
                marketplace=name,
            )
        )
    else:
        findings += _range_finding(
            weight, profile.weight_grams, "listing.weight.out_of_range", "weight_grams", name
        )
    dimensions = (product.length_cm, product.width_cm, product.height_cm)
    if any(d is not None and d <= 0 for d in dimensions):
        findings.append(
            error(
                "listing.dimensions.invalid",
                QT_TRANSLATE_NOOP(
                    "Finding", "Package length, width and height must be more than 0 cm."
                ),
                "dimensions",
            )
        )
    elif not product.has_dimensions:
        make = error if profile.dimensions_required else warning
        findings.append(
            make(
                "listing.dimensions.missing",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Enter the package length, width and height in cm: {marketplace} "
                    "uses them for shipping costs.",
                ),
                "dimensions",
                marketplace=name,
            )
        )
    if product.preorder_days is not None:
        findings += _range_finding(
            product.preorder_days,
            profile.preorder_days,
            "listing.preorder.out_of_range",
            "preorder_days",
            name,
        )
    return findings


def _check_identity(
    product: ProductFacts, profile: MarketplaceProfile, extra: Mapping[str, object]
) -> list[Finding]:
    name = profile.name
    findings: list[Finding] = []
    sku = product.sku.strip()
    findings += _length_findings(sku, profile.sku_length, "sku", profile.requires("sku"), name)
    if sku and profile.sku_pattern and not re.fullmatch(profile.sku_pattern, sku):
        findings.append(
            error(
                "listing.sku.characters",
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "Use only letters, digits, dot, dash and underscore in the SKU (no spaces): "
                    "photo files are named after it.",
                ),
                "sku",
            )
        )
    if profile.requires("brand") and not product.brand.strip():
        findings.append(
            error(
                "listing.brand.missing",
                QT_TRANSLATE_NOOP(
                    "Finding", '{marketplace} needs a brand: enter it, or "No Brand" if none.'
                ),
                "brand",
                marketplace=name,
            )
        )
    if profile.requires("category"):
        if not product.category_key:
            findings.append(
                error(
                    "listing.category.missing",
                    QT_TRANSLATE_NOOP("Finding", "Choose a product category."),
                    "category",
                )
            )
        elif not str(extra.get("category_id") or "").strip():
            findings.append(
                warning(
                    "listing.category.marketplace_missing",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Choose the {marketplace} category for this product's category; "
                        "otherwise fill the Category column in the sheet by hand.",
                    ),
                    "category",
                    marketplace=name,
                )
            )
    if profile.pickup_point_required:
        code = str(extra.get("pickup_point_code") or "").strip()
        if not code:
            findings.append(
                error(
                    "listing.pickup_point.missing",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "{marketplace} needs the shop's pickup-point code (Kode Toko/Gudang, "
                        "e.g. PP-1234567) from the seller centre.",
                    ),
                    "pickup_point",
                    marketplace=name,
                )
            )
        elif profile.pickup_point_pattern and not re.fullmatch(profile.pickup_point_pattern, code):
            findings.append(
                warning(
                    "listing.pickup_point.format",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        'The pickup-point code "{found}" does not look like PP-1234567: '
                        "copy it exactly from the seller centre.",
                    ),
                    "pickup_point",
                    found=code,
                )
            )
    return findings
