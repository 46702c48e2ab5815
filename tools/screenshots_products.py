#!/usr/bin/env python3
"""Screenshots of the "Products & listings" page at 1366x768, in Bahasa Indonesia and English.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_products.py

Writes docs/screenshots/products_{editor,queue}_{id,en}.png from a temporary data folder
holding a registered business with real products, photos and listings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


from shots import OUT, SIZE, settle  # noqa: E402

from golonline_desktop.gui.app import qt_application  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.products_page import ProductsPage  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.gui.settings import AppSettings  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.products import build_product_services  # noqa: E402
from tests.factories import business_input  # noqa: E402
from tests.product_factories import photo_bytes, product_input  # noqa: E402


def main() -> int:
    qt_app = qt_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golonline-shots-") as folder:
        paths = DataPaths(Path(folder) / "Data Petugas").ensure()
        app = open_app(paths)
        try:
            data = replace(business_input(0), business_name="Keripik Singkong Bu Sri")
            business_id = app.registration.register(data, confirm_warnings=True).business_id
            services = build_product_services(app)
            photos = tuple(
                services.pipeline.process_bytes(photo_bytes(s), f"{s}.jpg").facts for s in range(4)
            )
            first = services.products.create(business_id, product_input(0, photos)).product_id
            services.products.create(
                business_id, product_input(1, photos[:1], name="Keripik Singkong Original")
            )
            services.products.create(business_id, product_input(2, photos[2:3], price_rupiah=50))
            for record in services.products.records(business_id=business_id):
                for marketplace in ("shopee", "tokopedia", "lazada", "blibli"):
                    services.listings.ensure(record.id, marketplace)
            services.listings.queue_all_ready(business_id=business_id, marketplace_id="shopee")
            for language in ("id", "en"):
                install_language(qt_app, language)
                page = ProductsPage(services, SyncRunner(), AppSettings(paths.settings))
                page.resize(*SIZE)
                page.show()
                settle()
                page.select_business(business_id)
                page.editor.load(first)
                page.editor.strip.setCurrentRow(1)
                settle()
                shoot(page, f"products_editor_{language}.png")
                page.tabs.setCurrentIndex(1)
                settle()
                rows = page.queue.model.rows()
                draft = next(v for v in rows if v.errors and v.marketplace_id == "shopee")
                page.queue.select_listing(draft.id)
                settle()
                shoot(page, f"products_queue_{language}.png")
                page.close()
                page.deleteLater()
                settle()
        finally:
            app.close()
    return 0


def shoot(page: ProductsPage, name: str) -> None:
    target = OUT / name
    if not page.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    print(target.relative_to(ROOT))


if __name__ == "__main__":
    sys.exit(main())
