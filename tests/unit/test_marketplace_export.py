"""Bulk-upload exports re-opened with openpyxl: layout, rows, photos, checklist, safety."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image

from golonline_desktop.domain.marketplaces import MarketplaceProfile
from golonline_desktop.domain.products import ProductFacts
from golonline_desktop.services.marketplace_data import bundled_categories, bundled_profiles
from golonline_desktop.services.marketplace_export import (
    MarketplaceClosedError,
    export_workbook,
    fill_shopee_template,
)
from golonline_desktop.services.photo_pipeline import PhotoPipeline
from golonline_desktop.storage.photo_store import PhotoStore

PROFILES = bundled_profiles()
ACTIVE = [p for p in PROFILES.values() if p.active]
TODAY = date(2026, 3, 14)
DESCRIPTION = (
    "Keripik singkong renyah buatan rumah, digoreng dengan minyak baru setiap hari. Bumbu "
    "balado pedas manis tanpa pengawet. Dikemas dalam standing pouch ziplock 250 gram agar "
    "tetap renyah sampai dua bulan. Cocok untuk camilan keluarga, oleh-oleh dan hantaran."
)
CATEGORY_IDS = {"snacks": "100043"}


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[PhotoStore, list]:
    store = PhotoStore(tmp_path_factory.mktemp("store") / "photos")
    pipeline = PhotoPipeline(store)
    facts = []
    for colour, size in (((200, 30, 30), (1200, 800)), ((30, 160, 30), (700, 900))):
        out = io.BytesIO()
        Image.new("RGB", size, colour).save(out, "JPEG")
        facts.append(pipeline.process_bytes(out.getvalue(), "p.jpg").facts)
    return store, facts


def _products(photos: list) -> list[ProductFacts]:
    base = ProductFacts(
        sku="KRP-001",
        name="Keripik Singkong Balado Pedas Manis 250 gram",
        description=DESCRIPTION,
        price_rupiah=25_000,
        stock=40,
        weight_grams=1234,
        length_cm=20.5,
        width_cm=15,
        height_cm=5,
        category_key="snacks",
        photos=tuple(photos),
    )
    return [
        base,
        replace(
            base,
            sku="KRP-002",
            name="=SUM(1,2) Keripik Singkong Original Asin Gurih",
            description="-" + DESCRIPTION,
            photos=tuple(photos[:1]),
        ),
        replace(base, sku="BAD-1", name="Terlalu pendek", price_rupiah=5),
    ]


@pytest.mark.parametrize("profile", ACTIVE, ids=lambda p: p.id)
def test_export_layout_rows_and_photos(
    profile: MarketplaceProfile, stored: tuple[PhotoStore, list], tmp_path: Path
) -> None:
    store, photos = stored
    result = export_workbook(
        profile,
        _products(photos),
        store,
        tmp_path,
        as_zip=True,
        today=TODAY,
        category_ids=CATEGORY_IDS,
        categories=bundled_categories(),
        pickup_point_code="PP-3000123",
    )
    layout = profile.template
    assert layout is not None
    assert result.workbook == tmp_path / f"{profile.id}_2026-03-14.xlsx"
    sheet = load_workbook(result.workbook)[layout.sheet]
    first = layout.first_column
    headers = [
        sheet.cell(row=layout.header_row, column=first + i).value
        for i in range(len(layout.columns))
    ]
    assert headers == [c.header for c in layout.columns]
    if layout.key_row is not None:
        assert sheet.cell(row=layout.key_row, column=first).value == layout.columns[0].key
    column_of = {c.field: first + i for i, c in enumerate(layout.columns)}
    rows = range(layout.first_data_row, layout.first_data_row + 3)
    skus = [sheet.cell(row=r, column=column_of["sku"]).value for r in rows]
    assert skus == ["KRP-001", "KRP-002", None]
    assert result.rows == 2 and set(result.skipped) == {"BAD-1"}
    top = layout.first_data_row
    assert sheet.cell(row=top, column=column_of["price"]).value == 25_000
    weight = sheet.cell(row=top, column=column_of["weight"]).value
    assert weight == (
        1234 if profile.weight_unit == "g" else 1.24 if profile.id == "lazada" else 1.234
    )
    length = sheet.cell(row=top, column=column_of["length"]).value
    assert length == (20.5 if profile.dimension_decimals else 21)
    assert sheet.cell(row=top, column=column_of["category"]).value == "100043"
    photo_columns = [first + i for i, c in enumerate(layout.columns) if c.photo_index]
    assert all(sheet.cell(row=r, column=c).value is None for r in rows for c in photo_columns)
    if "pickup_point" in column_of:
        assert sheet.cell(row=top, column=column_of["pickup_point"]).value == "PP-3000123"
    if "category_l1" in column_of:
        assert sheet.cell(row=top, column=column_of["category_l1"]).value == "Bliblimart"

    expected = ["KRP-001_1.jpg", "KRP-001_2.jpg", "KRP-002_1.jpg"]
    assert list(result.photo_files) == expected
    assert sorted(p.name for p in result.photo_folder.iterdir()) == expected
    for name in expected:
        data = (result.photo_folder / name).read_bytes()
        image = Image.open(io.BytesIO(data))
        assert image.width == image.height <= 1000 and len(data) <= 1_048_576
        assert image.format == "JPEG"

    checklist = result.checklist.read_text(encoding="utf-8")
    assert result.checklist.name == "CHECKLIST.txt"
    for text in (*expected, "KRP-001", "BAD-1", profile.name, "TIDAK DIEKSPOR"):
        assert text in checklist
    assert result.zip_path is not None
    with zipfile.ZipFile(result.zip_path) as archive:
        names = set(archive.namelist())
    assert names == {result.workbook.name, "CHECKLIST.txt", *(f"foto/{n}" for n in expected)}


def test_formula_injection_is_neutralised(stored: tuple[PhotoStore, list], tmp_path: Path) -> None:
    store, photos = stored
    profile = PROFILES["tokopedia"]
    result = export_workbook(profile, _products(photos), store, tmp_path, today=TODAY)
    layout = profile.template
    assert layout is not None
    sheet = load_workbook(result.workbook)[layout.sheet]
    name_cell = sheet.cell(row=3, column=1 + [c.field for c in layout.columns].index("name"))
    desc_cell = sheet.cell(row=3, column=1 + [c.field for c in layout.columns].index("description"))
    assert name_cell.value == "=SUM(1,2) Keripik Singkong Original Asin Gurih"
    assert name_cell.data_type == "s" and desc_cell.data_type == "s"
    assert desc_cell.value.startswith("-Keripik")
    with zipfile.ZipFile(result.workbook) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_closed_marketplaces_are_refused(stored: tuple[PhotoStore, list], tmp_path: Path) -> None:
    store, photos = stored
    for profile_id in ("bukalapak", "blanja"):
        with pytest.raises(MarketplaceClosedError) as caught:
            export_workbook(PROFILES[profile_id], _products(photos), store, tmp_path, today=TODAY)
        assert caught.value.finding.code == "listing.marketplace.closed"
        assert PROFILES[profile_id].closed_note in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_duplicates_missing_photos_and_urls(
    stored: tuple[PhotoStore, list], tmp_path: Path
) -> None:
    store, photos = stored
    good = _products(photos)[0]
    lost = replace(good, sku="LOST-1", photos=(replace(photos[0], sha256="e" * 64),))
    urls = {"KRP-001": ["https://cf.shopee.co.id/file/a", "https://cf.shopee.co.id/file/b"]}
    profile = PROFILES["shopee"]
    result = export_workbook(
        profile,
        [good, good, lost],
        store,
        tmp_path,
        today=TODAY,
        category_ids=CATEGORY_IDS,
        photo_urls=urls,
    )
    assert result.rows == 1
    assert result.skipped["KRP-001"][-1].code == "export.sku.duplicate"
    assert result.skipped["LOST-1"][0].code == "export.photo.missing"
    layout = profile.template
    assert layout is not None
    sheet = load_workbook(result.workbook)[layout.sheet]
    cover = 1 + [c.field for c in layout.columns].index("photo_1")
    assert sheet.cell(row=layout.first_data_row, column=cover).value == urls["KRP-001"][0]
    assert sheet.cell(row=layout.first_data_row, column=cover + 1).value == urls["KRP-001"][1]
    assert sheet.cell(row=layout.first_data_row + 1, column=cover).value is None


def _fake_shopee_template(path: Path, weight_hint: str) -> None:
    """A small stand-in for a shop's downloaded Shopee template (keys in row 1)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Template"
    keys = [
        "ps_category|1|0",
        "ps_product_name|1|0",
        "ps_product_description|1|0",
        "ps_sku_parent_short|0|0",
        "ps_price|1|0",
        "ps_stock_v2|0|0",
        "ps_item_cover_image|1|3",
        "ps_item_image_1|0|3",
        "ps_weight|1|1",
        "channel_id.8003",
        "ps_fail_reason|0|0",
    ]
    headers = [
        "Kategori",
        "Nama Produk",
        "Deskripsi Produk",
        "SKU Induk",
        "Harga",
        "Stok",
        "Foto Sampul",
        "Foto Produk 1",
        "Berat",
        "J&T Express",
        "Alasan Gagal",
    ]
    for column, (key, header) in enumerate(zip(keys, headers, strict=True), start=1):
        sheet.cell(row=1, column=column, value=key)
        sheet.cell(
            row=2, column=column, value="Wajib" if key.split("|")[1:2] == ["1"] else "Opsional"
        )
        sheet.cell(row=3, column=column, value=header)
        sheet.cell(row=4, column=column, value="Petunjuk pengisian")
    sheet.cell(row=5, column=9, value=weight_hint)
    workbook.save(path)


@pytest.mark.parametrize(
    ("hint", "unit", "weight"),
    [("Berat dalam gram (gr)", "g", 1234), ("Masukkan berat (kg)", "kg", 1.24)],
)
def test_fill_shopee_template_by_row_one_keys(
    stored: tuple[PhotoStore, list], tmp_path: Path, hint: str, unit: str, weight: float
) -> None:
    _store, photos = stored
    template = tmp_path / "mass_upload_basic_template.xlsx"
    _fake_shopee_template(template, hint)
    target = tmp_path / "filled.xlsx"
    result = fill_shopee_template(template, _products(photos), target, category_ids=CATEGORY_IDS)

    assert result.weight_unit == unit and result.first_row == 7 and result.rows == 2
    assert set(result.skipped) == {"BAD-1"}
    assert set(result.unfilled_keys) == {"channel_id.8003", "ps_fail_reason|0|0"}
    sheet = load_workbook(target)["Template"]
    row = {
        sheet.cell(row=1, column=c).value: sheet.cell(row=7, column=c).value for c in range(1, 12)
    }
    assert row["ps_product_name|1|0"] == "Keripik Singkong Balado Pedas Manis 250 gram"
    assert row["ps_category|1|0"] == "100043"
    assert row["ps_sku_parent_short|0|0"] == "KRP-001"
    assert row["ps_price|1|0"] == 25_000
    assert row["ps_stock_v2|0|0"] == 40  # matched by its header text
    assert row["ps_weight|1|1"] == weight
    assert row["ps_item_cover_image|1|3"] is None and row["channel_id.8003"] is None
    assert sheet.cell(row=8, column=2).value.startswith("=SUM")
    assert sheet.cell(row=8, column=2).data_type == "s"
    assert sheet.cell(row=3, column=2).value == "Nama Produk"  # template rows untouched
    assert sheet.cell(row=9, column=2).value is None
