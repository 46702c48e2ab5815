"""The product editor as an officer uses it: drop photos, reorder them, save, queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from golonline_desktop.gui.listing_queue import LISTING_ROLE
from golonline_desktop.gui.products_page import ProductsPage
from golonline_desktop.gui.runner import SyncRunner, TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.listings import ListingState
from golonline_desktop.services.products import ProductServices, build_product_services
from tests.factories import business_input
from tests.product_factories import DESCRIPTION, photo_bytes, write_photos


@pytest.fixture
def services(app) -> ProductServices:
    return build_product_services(app)


@pytest.fixture
def business_id(app) -> str:
    return app.registration.register(business_input(0), confirm_warnings=True).business_id


@pytest.fixture
def page(qtbot: QtBot, app, services, business_id) -> Iterator[ProductsPage]:
    widget = ProductsPage(services, SyncRunner(), AppSettings(app.paths.settings))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    yield widget


def drop_files(widget, paths: list[Path]) -> None:
    """What the file manager does: drag enter, then drop, with file URLs in the mime data."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport()
    point = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        target.rect().center(),  # QPoint: PySide6 6.11 has no QPointF overload here
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def fill_details(page: ProductsPage) -> None:
    editor = page.editor
    editor.name_edit.setText("Keripik Singkong Pedas Manis Bawang Putih")
    editor.sku_edit.setText("KRP-001")
    editor.category_combo.setCurrentIndex(editor.category_combo.findData("snacks"))
    editor.price_spin.setValue(15_000)
    editor.stock_spin.setValue(40)
    editor.weight_spin.setValue(250)
    editor.length_spin.setValue(20)
    editor.width_spin.setValue(15)
    editor.height_spin.setValue(5)
    editor.description_edit.setPlainText(DESCRIPTION)


def test_every_control_is_named(page: ProductsPage) -> None:
    assert_named(page)


def test_three_dropped_photos_reordered_saved_and_queued(
    qtbot: QtBot, page: ProductsPage, services: ProductServices, tmp_path: Path
) -> None:
    editor = page.editor
    files = write_photos(tmp_path / "from phone", 3)
    drop_files(editor.strip, files)
    assert editor.strip.count() == 3
    first, second, third = editor.strip.photos()
    assert editor.strip.item(0).text() == "Main photo"

    # Reorder: the third photo becomes the main one (Ctrl+Left twice), then the old main
    # one goes last with the button.
    editor.strip.setCurrentRow(2)
    qtbot.keyClick(editor.strip, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.strip, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert editor.strip.photos() == [third, first, second]
    editor.strip.setCurrentRow(1)
    qtbot.mouseClick(
        editor.form.findChild(QPushButton, "moveRightButton"), Qt.MouseButton.LeftButton
    )
    assert editor.strip.photos() == [third, second, first]

    fill_details(page)
    editor.set_ticked(["shopee"])
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    product_id = saved.args[0]
    record = services.products.get(product_id)
    assert [p.sha256 for p in record.data.photos] == [third.sha256, second.sha256, first.sha256]
    assert page.product_list.count() == 1
    assert "Shopee: Ready" in editor.findings_label.text()

    page.tabs.setCurrentIndex(1)
    queue = page.queue
    assert queue.model.rowCount() == 1
    qtbot.mouseClick(queue.form.findChild(QPushButton, "queueAllButton"), Qt.MouseButton.LeftButton)
    [listing] = services.listings.list(product_id=product_id)
    assert listing.state is ListingState.QUEUED
    assert queue.model.index(0, 0).data(LISTING_ROLE).state is ListingState.QUEUED
    assert "Queued for sync: 1." in queue.status_label.text()


def test_reopened_product_shows_its_photos_in_order(
    qtbot: QtBot, page: ProductsPage, services: ProductServices, tmp_path: Path
) -> None:
    editor = page.editor
    drop_files(editor.strip, write_photos(tmp_path, 2))
    fill_details(page)
    with qtbot.waitSignal(editor.saved):
        editor.save()
    photos = editor.strip.photos()
    editor.new_product(page.business_id)
    assert editor.strip.count() == 0
    page.product_list.setCurrentRow(-1)
    page.product_list.setCurrentRow(0)
    assert editor.strip.photos() == photos
    assert editor.name_edit.text() == "Keripik Singkong Pedas Manis Bawang Putih"


def test_bad_files_are_explained_and_good_ones_kept(page: ProductsPage, tmp_path: Path) -> None:
    good = write_photos(tmp_path, 1)
    text = tmp_path / "catatan.jpg"
    text.write_text("bukan foto")
    drop_files(page.editor.strip, [text, *good])
    assert page.editor.strip.count() == 1
    assert "not a photo" in page.editor.photo_status.text()


def test_paste_an_image_from_the_clipboard(qtbot: QtBot, page: ProductsPage) -> None:
    image = QImage()
    assert image.loadFromData(photo_bytes(7))
    QGuiApplication.clipboard().setImage(image)
    page.editor.strip.setFocus()
    qtbot.keyClick(page.editor.strip, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.strip.count() == 1
    assert page.editor.strip.photos()[0].width == 800


def test_delete_and_view_large(qtbot: QtBot, page: ProductsPage, tmp_path: Path) -> None:
    editor = page.editor
    drop_files(editor.strip, write_photos(tmp_path, 2))
    editor.strip.setCurrentRow(0)
    editor.view_photo(0)
    assert editor._viewer is not None and editor._viewer.isVisible()
    editor._viewer.close()
    qtbot.keyClick(editor.strip, Qt.Key.Key_Delete)
    assert editor.strip.count() == 1


def test_invalid_product_is_explained_and_not_saved(
    qtbot: QtBot, page: ProductsPage, services: ProductServices
) -> None:
    page.editor.sku_edit.setText("ada spasi")
    page.editor.save()
    assert "Enter the product name." in page.editor.findings_label.text()
    assert services.products.records() == []


def test_closed_marketplaces_cannot_be_ticked(page: ProductsPage) -> None:
    listbox = page.editor.marketplace_list
    closed = [
        listbox.item(r) for r in range(listbox.count()) if "(closed)" in listbox.item(r).text()
    ]
    assert {i.data(Qt.ItemDataRole.UserRole) for i in closed} == {"bukalapak", "blanja"}
    assert all(not (i.flags() & Qt.ItemFlag.ItemIsUserCheckable) for i in closed)
    assert all("no longer accepts new listings" in i.toolTip() for i in closed)


def test_background_import_keeps_the_chosen_order(
    qtbot: QtBot, app, services: ProductServices, business_id: str, tmp_path: Path
) -> None:
    runner = TaskRunner()
    widget = ProductsPage(services, runner, AppSettings(app.paths.settings))
    qtbot.addWidget(widget)
    qtbot.waitUntil(
        lambda: widget.business_id == business_id and not runner.pending, timeout=10_000
    )
    files = write_photos(tmp_path, 5)
    with qtbot.waitSignal(widget.editor.photos_imported, timeout=30_000) as done:
        widget.editor.import_files(files)
    assert done.args == [5]
    expected = [services.pipeline.process_file(f).sha256 for f in files]
    assert [p.sha256 for p in widget.editor.strip.photos()] == expected
    runner.shutdown()
