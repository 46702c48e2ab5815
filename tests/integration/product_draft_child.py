"""Child process for test_product_draft_recovery: the products page, typing, then waiting.

    python -m tests.integration.product_draft_child DATA_DIR

Opens the data folder, registers a business, shows the products page offscreen with the
real background runner, types a product's name and description with key clicks, imports
three photos through the pipeline and makes the last one the main photo. Once the
autosaved draft holds all of it, prints ``TYPED <draft id> <sha> <sha> <sha>`` (the photo
order) and keeps running until it is killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.products_page import ProductsPage
from golonline_desktop.gui.runner import TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.products import build_product_services
from tests.factories import business_input
from tests.product_factories import DESCRIPTION, write_photos

TYPED = {
    "name": "Keripik Singkong Pedas Manis Bawang Putih",
    "description": DESCRIPTION,
    "price_rupiah": 15_000,
}


def wait_until(condition, seconds: float = 30) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return False


def main(folder: str) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(qt_app, "id")
    app = open_app(DataPaths(Path(folder)).ensure())
    business = app.registration.register(business_input(0), confirm_warnings=True)
    services = build_product_services(app)
    runner = TaskRunner()
    page = ProductsPage(services, runner, AppSettings(app.paths.settings))
    page.resize(1280, 720)
    page.show()
    editor = page.editor
    if not wait_until(lambda: editor.business_id == business.business_id and not runner.pending):
        print("the page never showed the business", flush=True)
        return 1
    QTest.keyClicks(editor.name_edit, TYPED["name"])
    editor.price_spin.setValue(TYPED["price_rupiah"])
    editor.description_edit.setFocus()
    QTest.keyClicks(editor.description_edit, TYPED["description"])
    imported: list[int] = []
    editor.photos_imported.connect(imported.append)
    editor.import_files(write_photos(Path(folder).parent / "from phone", 3))
    if not wait_until(lambda: bool(imported)):
        print("photos never imported", flush=True)
        return 1
    editor.strip.make_primary(2)
    order = [p.sha256 for p in editor.strip.photos()]

    def draft_holds_everything() -> bool:
        draft = services.drafts.get("product", editor.entity_id)
        if draft is None:
            return False
        content = draft.content
        return (
            all(content.get(key) == value for key, value in TYPED.items())
            and [p.get("sha256") for p in content.get("photos", [])] == order
        )

    if not wait_until(draft_holds_everything):
        print("draft never written", flush=True)
        return 1
    print(f"TYPED {editor.entity_id} {' '.join(order)}", flush=True)
    return qt_app.exec()  # until killed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
