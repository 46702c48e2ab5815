"""The queue screen: filters, explained checks, state buttons, queue all ready, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from golonline_desktop.gui.listing_queue import LISTING_ROLE, ListingQueue, ListingTableModel
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.listings import ListingState
from golonline_desktop.services.products import ProductServices, build_product_services
from tests.factories import business_input
from tests.product_factories import photo_bytes, product_input

S = ListingState


@pytest.fixture
def services(app) -> ProductServices:
    return build_product_services(app)


@pytest.fixture
def queue(qtbot: QtBot, app, services) -> ListingQueue:
    business_id = app.registration.register(business_input(0), confirm_warnings=True).business_id
    photos = tuple(
        services.pipeline.process_bytes(photo_bytes(s), f"{s}.jpg").facts for s in range(2)
    )
    good = services.products.create(business_id, product_input(0, photos)).product_id
    bare = services.products.create(business_id, product_input(1)).product_id  # no photos
    for product_id in (good, bare):
        for marketplace in ("shopee", "blibli"):
            services.listings.ensure(product_id, marketplace)
    widget = ListingQueue(services, SyncRunner())
    qtbot.addWidget(widget)
    widget.set_scope(business_id, None, "")
    widget.show()
    return widget


def _button(queue: ListingQueue, name: str) -> QPushButton:
    return queue.form.findChild(QPushButton, name)


def _select(queue: ListingQueue, sku: str, marketplace: str) -> None:
    for row in range(queue.proxy.rowCount()):
        view = queue.proxy.index(row, 0).data(LISTING_ROLE)
        if view.sku == sku and view.marketplace_id == marketplace:
            queue.table.selectRow(row)
            return
    raise AssertionError(f"{sku} on {marketplace} not shown")


def test_named_and_model_is_sound(qtmodeltester, queue: ListingQueue) -> None:
    assert_named(queue)
    qtmodeltester.check(queue.model)
    assert queue.model.rowCount() == 4


def test_filters_by_marketplace_and_state(queue: ListingQueue) -> None:
    queue.marketplace_filter.setCurrentIndex(queue.marketplace_filter.findData("shopee"))
    assert {v.marketplace_id for v in queue.model.rows()} == {"shopee"}
    queue.state_filter.setCurrentIndex(queue.state_filter.findData(S.READY))
    assert [(v.sku, v.state) for v in queue.model.rows()] == [("KRP-000", S.READY)]


def test_failed_checks_are_explained_with_the_fix(queue: ListingQueue) -> None:
    _select(queue, "KRP-001", "shopee")
    text = queue.findings_text.toPlainText()
    assert "Fix these before the listing can be queued" in text
    assert "take or add more photos of the product" in text
    problems = queue.proxy.index(
        queue.table.selectionModel().selectedRows()[0].row(), ListingTableModel.COL_PROBLEMS
    )
    assert queue.proxy.data(problems) >= 1
    assert not _button(queue, "queueButton").isEnabled()


def test_pickup_point_entered_on_screen_makes_blibli_ready(
    queue: ListingQueue, qtbot: QtBot
) -> None:
    _select(queue, "KRP-000", "blibli")
    assert "pickup-point code" in queue.findings_text.toPlainText()
    queue.pickup_edit.setText("PP-1234567")
    qtbot.mouseClick(_button(queue, "applyValuesButton"), Qt.MouseButton.LeftButton)
    assert queue.selected().state is S.READY


def test_queue_all_ready_then_submitted_rejected_with_reason(
    queue: ListingQueue, services: ProductServices, qtbot: QtBot
) -> None:
    qtbot.mouseClick(_button(queue, "queueAllButton"), Qt.MouseButton.LeftButton)
    states = {(v.sku, v.marketplace_id): v.state for v in queue.model.rows()}
    assert states[("KRP-000", "shopee")] is S.QUEUED
    assert states[("KRP-001", "shopee")] is S.DRAFT
    _select(queue, "KRP-000", "shopee")
    qtbot.mouseClick(_button(queue, "submittedButton"), Qt.MouseButton.LeftButton)
    assert queue.selected().state is S.SUBMITTED
    queue.ask_reason = lambda: "Foto tidak sesuai produk"
    qtbot.mouseClick(_button(queue, "rejectedButton"), Qt.MouseButton.LeftButton)
    view = queue.selected()
    assert (view.state, view.reason) == (S.REJECTED, "Foto tidak sesuai produk")
    assert "Foto tidak sesuai produk" in queue.findings_text.toPlainText()
    assert not _button(queue, "liveButton").isEnabled()  # rejected cannot go live


def test_cancelled_reason_changes_nothing(queue: ListingQueue, qtbot: QtBot) -> None:
    qtbot.mouseClick(_button(queue, "queueAllButton"), Qt.MouseButton.LeftButton)
    _select(queue, "KRP-000", "shopee")
    qtbot.mouseClick(_button(queue, "submittedButton"), Qt.MouseButton.LeftButton)
    queue.ask_reason = lambda: None
    qtbot.mouseClick(_button(queue, "rejectedButton"), Qt.MouseButton.LeftButton)
    assert queue.selected().state is S.SUBMITTED


def test_export_business_reports_each_marketplace(queue: ListingQueue, services, qtbot) -> None:
    qtbot.mouseClick(_button(queue, "exportBusinessButton"), Qt.MouseButton.LeftButton)
    text = queue.status_label.text()
    assert "Exported to" in text and "Shopee: 1 product(s), 1 left out" in text
    assert list(services.export_root.rglob("shopee_*.xlsx"))
