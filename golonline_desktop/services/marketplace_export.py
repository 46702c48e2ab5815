"""Bulk-upload workbooks per marketplace, with their photo folder and checklist.

Each export is a workbook in the marketplace's column layout (from the profile data), the
photos as square JPEGs named ``{SKU}_{n}.jpg`` in ``foto/`` (no template accepts local
images: the seller uploads them to the marketplace's media library and pastes the URLs),
and a checklist. Products that fail the pre-checks are left out and listed, so one bad
product never blocks the rest. Closed marketplaces are refused with their dated note.

No layout in ``marketplaces.json`` has been checked against a template downloaded from the
marketplace itself (``public: false``; see MARKETPLACES.md). Every workbook says so where
a seller looks first: a comment on its first header cell, the "Info" sheet and the file's
properties (title, subject, keywords, description) all name the template and version the
layout follows, the date it was transcribed, and whether it is unverified.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from golonline_desktop.domain.findings import Finding, error, has_errors
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from golonline_desktop.domain.listing_rules import check_listing
from golonline_desktop.domain.marketplaces import MarketplaceProfile, TemplateLayout
from golonline_desktop.domain.products import Category, ProductFacts
from golonline_desktop.services.marketplace_cells import column_value, write_cell
from golonline_desktop.services.marketplace_checklist import ChecklistEntry, render_checklist
from golonline_desktop.services.photo_pipeline import encode_for_marketplace
from golonline_desktop.storage.photo_store import PhotoStore, atomic_write

PHOTO_FOLDER = "foto"
CHECKLIST_NAME = "CHECKLIST.txt"
EXPORT_PHOTO_SIDE = 1000
EXPORT_PHOTO_MAX_BYTES = 1_048_576


class MarketplaceClosedError(Exception):
    """The marketplace no longer takes new listings; ``finding`` carries its dated note."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.render())
        self.finding = finding


@dataclass(frozen=True)
class ExportResult:
    marketplace_id: str
    workbook: Path
    photo_folder: Path
    checklist: Path
    zip_path: Path | None
    rows: int
    photo_files: tuple[str, ...]
    skipped: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)
    warnings: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class TemplateFillResult:
    path: Path
    rows: int
    first_row: int
    weight_unit: str
    filled_keys: tuple[str, ...]
    unfilled_keys: tuple[str, ...]
    skipped: Mapping[str, tuple[Finding, ...]] = field(default_factory=dict)


def template_notice(
    profile: MarketplaceProfile, layout: TemplateLayout, translate: Translate = untranslated
) -> str:
    """Which template the columns follow, and whether anyone checked it against the real one."""
    follows = translate(
        "MarketplaceExport",
        QT_TRANSLATE_NOOP(
            "MarketplaceExport",
            "Columns follow {template}, version {version} (transcribed {date}).",
        ),
    ).format(
        template=layout.name, version=layout.version, date=profile.rules_checked_on.isoformat()
    )
    if layout.public:
        checked = QT_TRANSLATE_NOOP(
            "MarketplaceExport", "Checked against the template published by {marketplace}."
        )
    else:
        checked = QT_TRANSLATE_NOOP(
            "MarketplaceExport",
            "UNVERIFIED: not checked against a template downloaded from {marketplace}. Copy "
            "the rows into the template you download from {marketplace} today and check "
            "each column header.",
        )
    return follows + " " + translate("MarketplaceExport", checked).format(marketplace=profile.name)


def _mark_template(
    workbook: Workbook, profile: MarketplaceProfile, layout: TemplateLayout, notice: str
) -> None:
    """The notice where a seller looks first: the first header cell and the file's properties."""
    sheet = workbook.active
    first = sheet.cell(row=layout.header_row, column=layout.first_column)
    first.comment = Comment(notice, "GoOnline Desktop", width=360, height=140)
    status = "verified" if layout.public else "unverified"
    properties = workbook.properties
    properties.title = f"{profile.name} bulk upload ({layout.name}, {layout.version})"
    properties.subject = f"template {layout.version}, {status}"
    properties.keywords = (
        f"marketplace:{profile.id}; template:{layout.version}; "
        f"transcribed:{profile.rules_checked_on.isoformat()}; {status}"
    )
    properties.description = notice
    properties.creator = "GoOnline Desktop"


def _refuse_closed(profile: MarketplaceProfile) -> None:
    if not profile.active:
        findings = check_listing(ProductFacts("", "", "", 0, 0, None), profile)
        raise MarketplaceClosedError(findings[0])


def _duplicate(sku: str) -> Finding:
    return error(
        "export.sku.duplicate",
        QT_TRANSLATE_NOOP(
            "Finding",
            "Another product in this export already uses SKU {sku}: give each product its "
            "own SKU (photo files are named after it).",
        ),
        "sku",
        sku=sku,
    )


def _photo_missing(index: int) -> Finding:
    return error(
        "export.photo.missing",
        QT_TRANSLATE_NOOP(
            "Finding",
            "Photo {index} is missing or damaged in the photo store: add the photo again.",
        ),
        "photos",
        index=index,
    )


def _screen(
    profile: MarketplaceProfile,
    products: Sequence[ProductFacts],
    category_ids: Mapping[str, str],
    pickup_point_code: str,
) -> tuple[list[ProductFacts], dict[str, tuple[Finding, ...]], dict[str, tuple[Finding, ...]]]:
    """Split products into exportable ones and skipped ones (by SKU, with their errors)."""
    accepted: list[ProductFacts] = []
    skipped: dict[str, tuple[Finding, ...]] = {}
    warnings: dict[str, tuple[Finding, ...]] = {}
    seen: set[str] = set()
    for product in products:
        extra = {
            "category_id": category_ids.get(product.category_key, ""),
            "pickup_point_code": pickup_point_code,
        }
        findings = check_listing(product, profile, extra=extra)
        sku = product.sku.strip()
        if sku in seen:
            findings.append(_duplicate(sku))
        if has_errors(findings):
            skipped[sku or f"#{len(skipped) + 1}"] = tuple(f for f in findings if f.is_error)
            continue
        seen.add(sku)
        accepted.append(product)
        if findings:
            warnings[sku] = tuple(findings)
    return accepted, skipped, warnings


def export_workbook(
    profile: MarketplaceProfile,
    products: list[ProductFacts],
    photo_store: PhotoStore,
    target: Path,
    *,
    as_zip: bool = False,
    today: date | None = None,
    category_ids: Mapping[str, str] | None = None,
    categories: Mapping[str, Category] | None = None,
    pickup_point_code: str = "",
    photo_urls: Mapping[str, Sequence[str]] | None = None,
    translate: Translate = untranslated,
) -> ExportResult:
    """Write ``<target>/<marketplace>_<date>.xlsx``, ``foto/`` and ``CHECKLIST.txt``.

    ``category_ids`` maps local category keys to the marketplace category the officer
    chose; ``photo_urls`` (SKU -> URLs pasted back from the media library) fills the
    photo columns, which are otherwise left empty.
    """
    _refuse_closed(profile)
    layout = profile.template
    assert layout is not None  # load_profiles guarantees a layout for active profiles
    today = today or date.today()
    category_ids = category_ids or {}
    accepted, skipped, warnings = _screen(profile, products, category_ids, pickup_point_code)

    target = Path(target)
    photo_folder = target / PHOTO_FOLDER
    max_bytes = min(EXPORT_PHOTO_MAX_BYTES, profile.photos.max_bytes)
    photo_files: dict[str, tuple[str, ...]] = {}
    for product in list(accepted):
        names: list[str] = []
        for index, photo in enumerate(product.photos[: profile.photos.count.max], start=1):
            if not photo_store.verify(photo.sha256):
                skipped[product.sku] = (_photo_missing(index),)
                accepted.remove(product)
                break
            encoded = encode_for_marketplace(
                photo_store.read_bytes(photo.sha256),
                side=EXPORT_PHOTO_SIDE,
                max_bytes=max_bytes,
                square=profile.photos.square,
            )
            name = f"{product.sku.strip()}_{index}.jpg"
            atomic_write(photo_folder / name, encoded)
            names.append(name)
        else:
            photo_files[product.sku] = tuple(names)

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = layout.sheet
    for offset, column in enumerate(layout.columns):
        number = layout.first_column + offset
        if layout.key_row is not None and column.key:
            write_cell(sheet, layout.key_row, number, column.key)
        write_cell(sheet, layout.header_row, number, column.header)
        header = sheet.cell(row=layout.header_row, column=number)
        header.font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(number)].width = max(12, len(column.header) + 2)
    for row, product in enumerate(accepted, start=layout.first_data_row):
        for offset, column in enumerate(layout.columns):
            value = column_value(
                column,
                product,
                profile,
                category_id=category_ids.get(product.category_key, ""),
                categories=categories,
                pickup_point_code=pickup_point_code,
                photo_urls=(photo_urls or {}).get(product.sku, ()),
            )
            write_cell(sheet, row, layout.first_column + offset, value)
    notice = template_notice(profile, layout, translate)
    _mark_template(workbook, profile, layout, notice)
    info = workbook.create_sheet("Info")
    for row, (label, value) in enumerate(
        [
            ("Marketplace", profile.name),
            ("Layout", f"{layout.name} ({layout.version})"),
            ("Template verified", "yes" if layout.public else "NO (unverified)"),
            ("Template notice", notice),
            ("Rules checked on", profile.rules_checked_on.isoformat()),
            ("Exported on", today.isoformat()),
            ("Note", layout.note),
        ],
        start=1,
    ):
        write_cell(info, row, 1, label)
        write_cell(info, row, 2, value)

    workbook_path = target / f"{profile.id}_{today.isoformat()}.xlsx"
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write(workbook_path, buffer.getvalue())

    checklist_text = render_checklist(
        profile,
        today=today,
        workbook_name=workbook_path.name,
        photo_folder_name=PHOTO_FOLDER,
        exported=[
            ChecklistEntry(p.sku, p.name, photo_files[p.sku], warnings.get(p.sku, ()))
            for p in accepted
        ],
        skipped=skipped,
        names={p.sku.strip(): p.name for p in products},
        translate=translate,
    )
    checklist = target / CHECKLIST_NAME
    atomic_write(checklist, checklist_text.encode("utf-8"))

    all_photos = tuple(name for p in accepted for name in photo_files[p.sku])
    zip_path = None
    if as_zip:
        zip_path = target / f"{profile.id}_{today.isoformat()}.zip"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.write(workbook_path, workbook_path.name, zipfile.ZIP_DEFLATED)
            archive.write(checklist, CHECKLIST_NAME, zipfile.ZIP_DEFLATED)
            for name in all_photos:
                archive.write(photo_folder / name, f"{PHOTO_FOLDER}/{name}", zipfile.ZIP_STORED)
        atomic_write(zip_path, buffer.getvalue())
    return ExportResult(
        marketplace_id=profile.id,
        workbook=workbook_path,
        photo_folder=photo_folder,
        checklist=checklist,
        zip_path=zip_path,
        rows=len(accepted),
        photo_files=all_photos,
        skipped=skipped,
        warnings={sku: w for sku, w in warnings.items() if any(p.sku == sku for p in accepted)},
    )


def _base_key(value: object) -> str:
    return str(value).split("|", 1)[0].strip() if value is not None else ""


def _normal_header(value: object) -> str:
    return re.sub(r"[\s*]+", " ", str(value or "")).strip().lower()


def _detect_weight_unit(texts: Sequence[object], default: str) -> str:
    joined = " ".join(str(t) for t in texts if t is not None).lower()
    if re.search(r"\bkg\b|kilogram", joined):
        return "kg"
    if re.search(r"\bg\b|\bgr\b|\bgram\b", joined):
        return "g"
    return default


def fill_shopee_template(
    template_path: Path,
    products: list[ProductFacts],
    target: Path,
    *,
    profile: MarketplaceProfile | None = None,
    category_ids: Mapping[str, str] | None = None,
    photo_urls: Mapping[str, Sequence[str]] | None = None,
) -> TemplateFillResult:
    """Fill the seller's freshly downloaded Shopee template, matching columns by row-1 keys.

    Shopee's template differs per shop (shipping-channel columns) and old ones are
    rejected, so positions cannot be trusted. Assumption (documented in
    resources/data/README.md): row 1 holds keys like ``ps_weight|1|1``; we match on the
    part before the first ``|`` and fall back to the header text in rows 2-5. The weight
    unit is read from the template's own instruction rows when they mention kg or gram.
    """
    if profile is None:
        from golonline_desktop.services.marketplace_data import bundled_profiles

        profile = bundled_profiles()["shopee"]
    _refuse_closed(profile)
    layout = profile.template
    assert layout is not None
    by_key = {_base_key(c.key): c for c in layout.columns if c.key}
    by_header = {_normal_header(c.header): c for c in layout.columns}
    keep_vba = Path(template_path).suffix.lower() == ".xlsm"
    workbook = load_workbook(template_path, keep_vba=keep_vba)
    sheet = next(
        (
            ws
            for ws in workbook.worksheets
            if any(_base_key(c.value).startswith(("ps_", "et_")) for c in ws[1])
        ),
        workbook.worksheets[0],
    )
    mapping: dict[int, object] = {}
    unfilled: list[str] = []
    for cell in sheet[1]:
        if cell.value is None:
            continue
        column = by_key.get(_base_key(cell.value))
        if column is None:
            headers = [sheet.cell(row=r, column=cell.column).value for r in range(2, 6)]
            known = [by_header[h] for h in map(_normal_header, headers) if h in by_header]
            column = known[0] if known else None
        if column is None or not column.field:
            unfilled.append(str(cell.value))
        else:
            mapping[cell.column] = column
    last_filled = max(
        (c.row for row in sheet.iter_rows() for c in row if c.value not in (None, "")), default=1
    )
    first_row = max(layout.first_data_row, last_filled + 1)
    weight_column = next((n for n, c in mapping.items() if c.field == "weight"), None)
    weight_unit = profile.weight_unit
    if weight_column is not None:
        instructions = [sheet.cell(row=r, column=weight_column).value for r in range(2, first_row)]
        weight_unit = _detect_weight_unit(instructions, profile.weight_unit)

    category_ids = category_ids or {}
    accepted, skipped, _warnings = _screen(profile, products, category_ids, "")
    for row, product in enumerate(accepted, start=first_row):
        for number, column in mapping.items():
            value = column_value(
                column,
                product,
                profile,
                category_id=category_ids.get(product.category_key, ""),
                photo_urls=(photo_urls or {}).get(product.sku, ()),
                weight_unit=weight_unit,
            )
            write_cell(sheet, row, number, value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    target = Path(target)
    atomic_write(target, buffer.getvalue())
    return TemplateFillResult(
        path=target,
        rows=len(accepted),
        first_row=first_row,
        weight_unit=weight_unit,
        filled_keys=tuple(str(sheet.cell(row=1, column=n).value) for n in mapping),
        unfilled_keys=tuple(unfilled),
        skipped=skipped,
    )
