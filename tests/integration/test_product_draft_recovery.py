"""A product being typed survives a killed process: the products page offers it back.

The child (``product_draft_child.py``) types into the real products page with the real
background runner and imports three photos; once the autosaved draft holds it all, it is
killed with SIGKILL. Opening the same data folder again offers the draft: the fields, the
photos in the officer's order, all still there; saving it removes the draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.gui import dialogs
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.gui.products_page import ProductsPage
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.products import build_product_services
from tests.gui.registration_helpers import answer_message_boxes
from tests.integration.product_draft_child import TYPED
from tests.integration.typing_child import kill_once_typed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def run_child_until_typed(folder: Path) -> tuple[str, list[str]]:
    draft_id, *order = kill_once_typed("tests.integration.product_draft_child", folder)
    return draft_id, order


def test_product_draft_is_offered_back_after_the_app_is_killed(
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    folder = tmp_path / "data"
    draft_id, order = run_child_until_typed(folder)
    assert len(order) == 3

    install_language(qapp, "id")
    app = open_app(DataPaths(folder), clock)
    try:
        services = build_product_services(app)
        assert all(services.photos.verify(sha) for sha in order)  # stored whole before
        asked: list[str] = []
        answer_message_boxes(monkeypatch, [dialogs.Choice.YES], asked)
        page = ProductsPage(services, SyncRunner(), AppSettings(app.paths.settings))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert TYPED["name"] in asked[0]
        editor = page.editor
        assert editor.entity_id == draft_id and editor.product_id is None
        assert editor.name_edit.text() == TYPED["name"]
        assert editor.description_edit.toPlainText() == TYPED["description"]
        assert editor.price_spin.value() == TYPED["price_rupiah"]
        assert [p.sha256 for p in editor.strip.photos()] == order
        assert services.drafts.get("product", draft_id) is not None  # kept until saved

        editor.sku_edit.setText("KRP-001")
        editor.category_combo.setCurrentIndex(editor.category_combo.findData("snacks"))
        with qtbot.waitSignal(editor.saved) as saved:
            editor.save()
        assert saved.args[0] == draft_id
        assert [p.sha256 for p in services.products.get(draft_id).data.photos] == order
        assert services.drafts.latest("product") is None
    finally:
        app.close()
