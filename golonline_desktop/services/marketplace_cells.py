"""Cell values for bulk-upload sheets: unit conversion and formula-injection-safe writing.

A product name typed as ``=HYPERLINK(...)`` or ``+62 812...`` must reach the marketplace
as text, never run as a formula in the seller's spreadsheet program: such cells are
stored as strings with Excel's quote-prefix flag, which keeps the text unchanged (a
literal leading apostrophe would end up in the product name on the marketplace).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

from golonline_desktop.domain.marketplaces import MarketplaceProfile, TemplateColumn
from golonline_desktop.domain.products import Category, ProductFacts

from .spreadsheet_safety import is_formula_like

CellValue = str | int | float | None


def write_cell(sheet: Worksheet, row: int, column: int, value: CellValue) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        if is_formula_like(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value


def round_up(value: float, decimals: int) -> float | int:
    """Round up to the marketplace's precision: under-declared weight costs the seller."""
    factor = 10**decimals
    rounded = math.ceil(round(value * factor, 6)) / factor
    return int(rounded) if decimals == 0 else rounded


def weight_value(grams: int | None, unit: str, decimals: int) -> float | int | None:
    if grams is None:
        return None
    return round_up(grams / 1000, decimals) if unit == "kg" else round_up(grams, decimals)


def column_value(
    column: TemplateColumn,
    product: ProductFacts,
    profile: MarketplaceProfile,
    *,
    category_id: str = "",
    categories: Mapping[str, Category] | None = None,
    pickup_point_code: str = "",
    photo_urls: Sequence[str] = (),
    weight_unit: str | None = None,
) -> CellValue:
    """The value one template column takes for one product (None: leave the cell empty)."""
    field = column.field
    if field.startswith("const:"):
        return field[len("const:") :]
    photo_index = column.photo_index
    if photo_index is not None:
        return photo_urls[photo_index - 1] if photo_index <= len(photo_urls) else None
    dims = {"length": product.length_cm, "width": product.width_cm, "height": product.height_cm}
    if field in dims:
        value = dims[field]
        return None if value is None else round_up(value, profile.dimension_decimals)
    if field == "weight":
        unit = weight_unit or profile.weight_unit
        decimals = profile.weight_decimals if unit == profile.weight_unit else 2 * (unit == "kg")
        return weight_value(product.weight_grams, unit, decimals)
    if field == "category_l1":
        category = (categories or {}).get(product.category_key)
        return category.marketplace_l1.get(profile.id) if category else None
    simple: dict[str, CellValue] = {
        "name": product.name.strip(),
        "description": product.description.strip(),
        "sku": product.sku.strip(),
        "brand": product.brand.strip(),
        "category": category_id or None,
        "price": product.price_rupiah,
        "stock": product.stock,
        "preorder_days": product.preorder_days,
        "pickup_point": pickup_point_code or None,
        "condition": product.condition.value,
    }
    return simple.get(field)
