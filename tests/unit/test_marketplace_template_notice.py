"""Every bulk-upload workbook says which template it follows and that it is unverified.

The layouts in ``marketplaces.json`` were transcribed from third-party copies, never from
a template downloaded from the marketplace (MARKETPLACES.md). A seller must see that
before uploading: in a comment on the first header cell, on the Info sheet and in the
file's properties. The headers themselves stay exactly the profile's (nothing invented).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from golonline_desktop.domain.marketplaces import MarketplaceProfile
from golonline_desktop.domain.products import ProductFacts
from golonline_desktop.services.marketplace_data import bundled_profiles
from golonline_desktop.services.marketplace_export import export_workbook, template_notice
from golonline_desktop.services.photo_pipeline import PhotoPipeline
from golonline_desktop.storage.photo_store import PhotoStore

ACTIVE = [p for p in bundled_profiles().values() if p.active]


@pytest.fixture
def products(tmp_path: Path) -> tuple[PhotoStore, list[ProductFacts]]:
    store = PhotoStore(tmp_path / "photos")
    out = io.BytesIO()
    Image.new("RGB", (900, 900), (200, 120, 30)).save(out, "JPEG")
    photo = PhotoPipeline(store).process_bytes(out.getvalue(), "p.jpg").facts
    product = ProductFacts(
        sku="KRP-001",
        name="Keripik Singkong Balado Pedas Manis 250 gram",
        description="Keripik singkong renyah buatan rumah, bumbu balado pedas manis. " * 6,
        price_rupiah=25_000,
        stock=40,
        weight_grams=250,
        length_cm=20,
        width_cm=15,
        height_cm=5,
        category_key="snacks",
        photos=(photo,),
    )
    return store, [product]


@pytest.mark.parametrize("profile", ACTIVE, ids=lambda p: p.id)
def test_each_export_names_its_template_and_says_it_is_unverified(
    profile: MarketplaceProfile, products: tuple[PhotoStore, list], tmp_path: Path
) -> None:
    store, facts = products
    layout = profile.template
    assert layout is not None and not layout.public  # as the research says: none checked
    result = export_workbook(
        profile,
        facts,
        store,
        tmp_path / "out",
        today=date(2026, 3, 14),
        category_ids={"snacks": "100043"},
        pickup_point_code="PP-3000123",
    )
    workbook = load_workbook(result.workbook)
    sheet = workbook[layout.sheet]
    first = sheet.cell(row=layout.header_row, column=layout.first_column)
    assert first.value == layout.columns[0].header  # the header itself is untouched
    headers = [
        sheet.cell(row=layout.header_row, column=layout.first_column + i).value
        for i in range(len(layout.columns))
    ]
    assert headers == [c.header for c in layout.columns]
    expected = template_notice(profile, layout)
    for text in (layout.name, layout.version, profile.rules_checked_on.isoformat()):
        assert text in expected
    assert "UNVERIFIED" in expected and profile.name in expected

    assert first.comment is not None and first.comment.text == expected
    info = {row[0].value: row[1].value for row in workbook["Info"].iter_rows()}
    assert info["Template verified"] == "NO (unverified)"
    assert info["Template notice"] == expected
    assert info["Layout"] == f"{layout.name} ({layout.version})"
    properties = workbook.properties
    assert properties.description == expected
    assert f"template:{layout.version}" in properties.keywords
    assert "unverified" in properties.keywords and "unverified" in properties.subject
    assert layout.version in properties.title and profile.name in properties.title


def test_a_verified_layout_says_so(products: tuple[PhotoStore, list], tmp_path: Path) -> None:
    profile = ACTIVE[0]
    assert profile.template is not None
    checked = replace(profile, template=replace(profile.template, public=True))
    store, facts = products
    result = export_workbook(checked, facts, store, tmp_path, today=date(2026, 3, 14))
    workbook = load_workbook(result.workbook)
    notice = workbook.properties.description
    assert "UNVERIFIED" not in notice and "Checked against the template" in notice
    assert workbook.properties.keywords.endswith("verified")
    assert "unverified" not in workbook.properties.keywords


def test_the_notice_is_translated(products: tuple[PhotoStore, list]) -> None:
    profile = ACTIVE[0]
    assert profile.template is not None

    def marked(context: str, text: str) -> str:
        assert context == "MarketplaceExport"
        return "[id] " + text

    notice = template_notice(profile, profile.template, marked)
    assert notice.startswith("[id] Columns follow") and "[id] UNVERIFIED" in notice
