"""Marketplace profiles: listing rules and bulk-upload layouts, loaded from dated data.

Marketplaces change their rules and even close (Blanja.com in 2020, Bukalapak's physical
goods in 2025), so nothing here is hard-coded: ``resources/data/marketplaces.json`` holds
one profile per marketplace on top of a ``defaults`` block, and :func:`load_profiles`
turns it into frozen dataclasses, refusing a malformed file loudly (a packaging bug must
not turn into silently wrong pre-checks).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

PHOTO_FIELD = re.compile(r"^photo_(\d+)$")
VALUE_FIELDS = frozenset(
    {
        "name",
        "description",
        "sku",
        "brand",
        "category",
        "category_l1",
        "price",
        "stock",
        "weight",
        "length",
        "width",
        "height",
        "preorder_days",
        "pickup_point",
        "condition",
    }
)
"""Product values a template column may be filled from (besides ``photo_N`` and ``const:``)."""

REQUIRED_FIELD_NAMES = frozenset(
    {
        "name",
        "description",
        "price",
        "stock",
        "weight",
        "dimensions",
        "category",
        "brand",
        "sku",
        "photos",
        "pickup_point",
    }
)
WEIGHT_UNITS = frozenset({"g", "kg"})
PHOTO_FORMATS = frozenset({"JPEG", "PNG", "WEBP"})


class ProfileDataError(ValueError):
    """The marketplace data file is malformed; the message names the offending entry."""


@dataclass(frozen=True)
class Limit:
    """An inclusive range; ``public`` is False when the marketplace does not publish it
    and ``note`` then says which safe value was chosen instead."""

    min: int | None
    max: int | None
    public: bool
    note: str = ""

    def contains(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


@dataclass(frozen=True)
class PhotoRules:
    count: Limit
    min_width: int
    min_height: int
    max_width: int | None
    max_height: int | None
    max_bytes: int
    formats: tuple[str, ...]
    square: bool
    public: bool
    note: str = ""


@dataclass(frozen=True)
class TemplateColumn:
    """One column of a bulk-upload sheet.

    ``field`` names the product value written there (see :data:`VALUE_FIELDS`), ``photo_N``
    for the N-th photo URL, ``const:<text>`` for a fixed value, or "" for a column the
    seller fills by hand. ``key`` is the machine key Shopee puts in row 1.
    """

    header: str
    field: str
    key: str = ""
    required: bool = False

    @property
    def photo_index(self) -> int | None:
        match = PHOTO_FIELD.match(self.field)
        return int(match.group(1)) if match else None


@dataclass(frozen=True)
class TemplateLayout:
    name: str
    version: str
    sheet: str
    key_row: int | None
    header_row: int
    first_data_row: int
    first_column: int
    columns: tuple[TemplateColumn, ...]
    public: bool
    note: str = ""

    @property
    def photo_columns(self) -> int:
        return sum(1 for column in self.columns if column.photo_index is not None)


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    verified: bool
    note: str = ""


@dataclass(frozen=True)
class MarketplaceProfile:
    id: str
    name: str
    active: bool
    closed_note: str
    closed_note_id: str
    closed_since: date | None
    aliases: tuple[str, ...]
    name_length: Limit
    description_length: Limit
    description_recommended_min: int
    description_plain_text: bool
    max_hashtags: int | None
    photos: PhotoRules
    price_rupiah: Limit
    stock: Limit
    weight_grams: Limit
    weight_unit: str
    weight_decimals: int
    dimension_decimals: int
    preorder_days: Limit
    sku_length: Limit
    sku_pattern: str
    required_fields: frozenset[str]
    pickup_point_pattern: str
    photo_upload_hint: str
    template: TemplateLayout | None
    sources: tuple[Source, ...]
    rules_checked_on: date
    forbidden_names: tuple[str, ...] = ()
    """Names a listing must not mention: the other profiles' aliases plus the file's
    ``forbidden_names`` (off-platform channels); filled in by :func:`load_profiles`."""

    @property
    def dimensions_required(self) -> bool:
        return "dimensions" in self.required_fields

    @property
    def pickup_point_required(self) -> bool:
        return "pickup_point" in self.required_fields

    def requires(self, field_name: str) -> bool:
        return field_name in self.required_fields


MERGED_OBJECTS = frozenset({"photos"})
"""Objects a profile may override key by key; any other value (a limit, a template) is
replaced whole, so an override never inherits a note written for the default."""


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key in MERGED_OBJECTS and isinstance(value, Mapping):
            merged[key] = {**merged.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def _opt_int(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileDataError(f"{where}: expected a whole number or null, got {value!r}")
    return value


def _int(value: Any, where: str) -> int:
    result = _opt_int(value, where)
    if result is None:
        raise ProfileDataError(f"{where}: a whole number is required")
    return result


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ProfileDataError(f"{where}: expected an ISO date, got {value!r}") from exc


def _limit(raw: Any, where: str) -> Limit:
    if not isinstance(raw, Mapping):
        raise ProfileDataError(f"{where}: expected an object with min/max/public")
    low = _opt_int(raw.get("min"), f"{where}.min")
    high = _opt_int(raw.get("max"), f"{where}.max")
    if low is not None and high is not None and low > high:
        raise ProfileDataError(f"{where}: min {low} is above max {high}")
    public = raw.get("public")
    if not isinstance(public, bool):
        raise ProfileDataError(f"{where}.public: say true or false (is the limit published?)")
    note = str(raw.get("note", ""))
    if not public and not note:
        raise ProfileDataError(f"{where}: an unpublished limit needs a note saying why")
    return Limit(low, high, public, note)


def _photos(raw: Any, where: str) -> PhotoRules:
    if not isinstance(raw, Mapping):
        raise ProfileDataError(f"{where}: expected an object")
    formats = tuple(str(f).upper() for f in raw.get("formats", ()))
    if not formats or not set(formats) <= PHOTO_FORMATS:
        raise ProfileDataError(f"{where}.formats: choose from {sorted(PHOTO_FORMATS)}")
    rules = PhotoRules(
        count=_limit(raw.get("count"), f"{where}.count"),
        min_width=_int(raw.get("min_width"), f"{where}.min_width"),
        min_height=_int(raw.get("min_height"), f"{where}.min_height"),
        max_width=_opt_int(raw.get("max_width"), f"{where}.max_width"),
        max_height=_opt_int(raw.get("max_height"), f"{where}.max_height"),
        max_bytes=_int(raw.get("max_bytes"), f"{where}.max_bytes"),
        formats=formats,
        square=bool(raw.get("square", False)),
        public=bool(raw.get("public", False)),
        note=str(raw.get("note", "")),
    )
    if rules.count.min is None or rules.count.max is None or rules.count.min < 0:
        raise ProfileDataError(f"{where}.count: both min and max are needed")
    if rules.max_bytes <= 0 or rules.min_width <= 0 or rules.min_height <= 0:
        raise ProfileDataError(f"{where}: sizes must be positive")
    return rules


def _column(raw: Any, where: str) -> TemplateColumn:
    if not isinstance(raw, Mapping) or "header" not in raw:
        raise ProfileDataError(f"{where}: expected an object with a header")
    column = TemplateColumn(
        header=str(raw["header"]),
        field=str(raw.get("field", "")),
        key=str(raw.get("key", "")),
        required=bool(raw.get("required", False)),
    )
    known = (
        column.field == ""
        or column.field in VALUE_FIELDS
        or column.field.startswith("const:")
        or column.photo_index is not None
    )
    if not known:
        raise ProfileDataError(f"{where}: unknown field {column.field!r}")
    return column


def _template(raw: Any, where: str) -> TemplateLayout | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ProfileDataError(f"{where}: expected an object or null")
    columns = tuple(_column(c, f"{where}.columns[{i}]") for i, c in enumerate(raw["columns"]))
    layout = TemplateLayout(
        name=str(raw.get("name", "")),
        version=str(raw.get("version", "")),
        sheet=str(raw.get("sheet", "Template")),
        key_row=_opt_int(raw.get("key_row"), f"{where}.key_row"),
        header_row=_int(raw.get("header_row"), f"{where}.header_row"),
        first_data_row=_int(raw.get("first_data_row"), f"{where}.first_data_row"),
        first_column=_int(raw.get("first_column", 1), f"{where}.first_column"),
        columns=columns,
        public=bool(raw.get("public", False)),
        note=str(raw.get("note", "")),
    )
    if not layout.version:
        raise ProfileDataError(f"{where}.version: every layout must say which template it copies")
    if layout.first_data_row <= layout.header_row:
        raise ProfileDataError(f"{where}: data must start below the header row")
    photo_indexes = sorted(c.photo_index for c in columns if c.photo_index is not None)
    if photo_indexes != list(range(1, len(photo_indexes) + 1)):
        raise ProfileDataError(f"{where}: photo columns must be photo_1..photo_N without gaps")
    headers = [c.header for c in columns]
    if len(set(headers)) != len(headers):
        raise ProfileDataError(f"{where}: duplicate column headers")
    return layout


def _profile(raw: Mapping[str, Any], where: str) -> MarketplaceProfile:
    try:
        profile_id = str(raw["id"])
        active = raw["active"]
    except KeyError as exc:
        raise ProfileDataError(f"{where}: missing {exc.args[0]!r}") from exc
    if not isinstance(active, bool):
        raise ProfileDataError(f"{where}.active: say true or false")
    where = f"profile {profile_id!r}"
    required = frozenset(str(f) for f in raw.get("required_fields", ()))
    if not required <= REQUIRED_FIELD_NAMES:
        unknown = sorted(required - REQUIRED_FIELD_NAMES)
        raise ProfileDataError(f"{where}.required_fields: unknown {unknown}")
    weight_unit = str(raw.get("weight_unit", ""))
    if weight_unit not in WEIGHT_UNITS:
        raise ProfileDataError(f"{where}.weight_unit: choose from {sorted(WEIGHT_UNITS)}")
    sources = tuple(
        Source(str(s["title"]), str(s.get("url", "")), bool(s["verified"]), str(s.get("note", "")))
        for s in raw.get("sources", ())
    )
    if not sources:
        raise ProfileDataError(f"{where}.sources: every profile must say where its rules come from")
    for pattern_key in ("sku_pattern", "pickup_point_pattern"):
        try:
            re.compile(str(raw.get(pattern_key, "")))
        except re.error as exc:
            raise ProfileDataError(f"{where}.{pattern_key}: {exc}") from exc
    closed_since = raw.get("closed_since")
    profile = MarketplaceProfile(
        id=profile_id,
        name=str(raw.get("name", profile_id)),
        active=active,
        closed_note=str(raw.get("closed_note", "")),
        closed_note_id=str(raw.get("closed_note_id", "")),
        closed_since=None if closed_since is None else _date(closed_since, f"{where}.closed"),
        aliases=tuple(str(a) for a in raw.get("aliases", ())),
        name_length=_limit(raw.get("name_length"), f"{where}.name_length"),
        description_length=_limit(raw.get("description_length"), f"{where}.description_length"),
        description_recommended_min=_int(
            raw.get("description_recommended_min", 0), f"{where}.description_recommended_min"
        ),
        description_plain_text=bool(raw.get("description_plain_text", True)),
        max_hashtags=_opt_int(raw.get("max_hashtags"), f"{where}.max_hashtags"),
        photos=_photos(raw.get("photos"), f"{where}.photos"),
        price_rupiah=_limit(raw.get("price_rupiah"), f"{where}.price_rupiah"),
        stock=_limit(raw.get("stock"), f"{where}.stock"),
        weight_grams=_limit(raw.get("weight_grams"), f"{where}.weight_grams"),
        weight_unit=weight_unit,
        weight_decimals=_int(raw.get("weight_decimals", 0), f"{where}.weight_decimals"),
        dimension_decimals=_int(raw.get("dimension_decimals", 0), f"{where}.dimension_decimals"),
        preorder_days=_limit(raw.get("preorder_days"), f"{where}.preorder_days"),
        sku_length=_limit(raw.get("sku_length"), f"{where}.sku_length"),
        sku_pattern=str(raw.get("sku_pattern", "")),
        required_fields=required,
        pickup_point_pattern=str(raw.get("pickup_point_pattern", "")),
        photo_upload_hint=str(raw.get("photo_upload_hint", "")),
        template=_template(raw.get("template"), f"{where}.template"),
        sources=sources,
        rules_checked_on=_date(raw.get("rules_checked_on"), f"{where}.rules_checked_on"),
    )
    if not profile.active and (profile.closed_since is None or not profile.closed_note):
        raise ProfileDataError(f"{where}: an inactive profile needs closed_since and closed_note")
    if profile.active and profile.template is None:
        raise ProfileDataError(f"{where}: an active marketplace needs a template layout")
    if profile.template is not None and profile.template.photo_columns < (
        profile.photos.count.max or 0
    ):
        raise ProfileDataError(f"{where}: fewer photo columns than the photo maximum")
    return profile


def load_profiles(data: Mapping[str, Any]) -> dict[str, MarketplaceProfile]:
    """Parse and validate the decoded ``marketplaces.json``; profiles keyed by id, in file order."""
    if data.get("format_version") != 1:
        raise ProfileDataError("format_version: expected 1")
    defaults = data.get("defaults", {})
    entries = data.get("profiles")
    if not isinstance(defaults, Mapping) or not isinstance(entries, list) or not entries:
        raise ProfileDataError("expected a 'defaults' object and a non-empty 'profiles' list")
    profiles: dict[str, MarketplaceProfile] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise ProfileDataError(f"profiles[{index}]: expected an object")
        profile = _profile(_merge(defaults, entry), f"profiles[{index}]")
        if profile.id in profiles:
            raise ProfileDataError(f"profiles[{index}]: duplicate id {profile.id!r}")
        profiles[profile.id] = profile
    extra_names = [str(n) for n in defaults.get("forbidden_names", ())]
    return {
        profile_id: replace(profile, forbidden_names=_others(profile, profiles, extra_names))
        for profile_id, profile in profiles.items()
    }


def _others(
    profile: MarketplaceProfile, profiles: Mapping[str, MarketplaceProfile], extra: list[str]
) -> tuple[str, ...]:
    names = [n for other in profiles.values() if other.id != profile.id for n in other.aliases]
    names += [n for n in extra if n not in profile.aliases]
    return tuple(dict.fromkeys(names))
