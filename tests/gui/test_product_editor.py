"""The product editor as an officer uses it: drop photos, reorder them, save, queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from golonline_desktop.gui import dialogs
from golonline_desktop.gui.listing_queue import LISTING_ROLE
from golonline_desktop.gui.products_page import ProductsPage
from golonline_desktop.gui.runner import SyncRunner, TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.gui.ui_loader import assert_named
from golonline_desktop.services.listings import ListingState
from golonline_desktop.services.products import ProductServices, build_product_services
from tests.factories import business_input
from tests.gui.registration_helpers import answer_message_boxes
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


# -- drafts: autosave, coalescing, save/discard, offered back --------------------------------


class HoldingRunner(SyncRunner):
    """Reads run at once; writes wait until released, as on a busy writer thread."""

    def __init__(self) -> None:
        self.held: list[tuple] = []

    def submit(self, fn, *args, on_done=None, on_error=None, write=False) -> None:  # type: ignore[no-untyped-def]
        if write:
            self.held.append((fn, args, on_done, on_error))
        else:
            super().submit(fn, *args, on_done=on_done, on_error=on_error)

    def release_one(self) -> None:
        fn, args, on_done, on_error = self.held.pop(0)
        super().submit(fn, *args, on_done=on_done, on_error=on_error)


def draft_of(services: ProductServices, editor) -> dict | None:  # type: ignore[no-untyped-def]
    record = services.drafts.get("product", editor.entity_id)
    return None if record is None else record.content


def test_typing_is_autosaved_as_a_draft_and_saving_removes_it(
    qtbot: QtBot, page: ProductsPage, services: ProductServices, tmp_path: Path
) -> None:
    editor = page.editor
    qtbot.keyClicks(editor.name_edit, "Keripik Singkong Pedas Manis Bawang Putih")
    assert draft_of(services, editor)["name"] == "Keripik Singkong Pedas Manis Bawang Putih"
    drop_files(editor.strip, write_photos(tmp_path, 3))
    first, second, third = editor.strip.photos()
    editor.strip.setCurrentRow(2)
    qtbot.keyClick(editor.strip, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    content = draft_of(services, editor)
    assert [p["sha256"] for p in content["photos"]] == [first.sha256, third.sha256, second.sha256]
    assert content["business_id"] == page.business_id
    editor.description_edit.setFocus()
    qtbot.keyClicks(editor.description_edit, DESCRIPTION)
    qtbot.keyClicks(editor.sku_edit, "KRP-9")
    assert draft_of(services, editor)["description"] == DESCRIPTION
    assert draft_of(services, editor)["sku"] == "KRP-9"

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == editor.entity_id  # saved under the id its draft had
    assert services.drafts.latest("product") is None
    assert [p.sha256 for p in services.products.get(saved.args[0]).data.photos] == [
        first.sha256,
        third.sha256,
        second.sha256,
    ]
    qtbot.keyClicks(editor.name_edit, " Extra")  # a change to the saved product: a draft again
    record = services.drafts.get("product", saved.args[0])
    assert record is not None and record.base_version == 1
    for _ in " Extra":
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Backspace)
    assert services.drafts.get("product", saved.args[0]) is None  # back to what is saved


def test_a_draft_write_in_flight_coalesces_the_changes_after_it(
    qtbot: QtBot, app, services: ProductServices, business_id: str
) -> None:
    runner = HoldingRunner()
    widget = ProductsPage(services, runner, AppSettings(app.paths.settings))
    qtbot.addWidget(widget)
    editor = widget.editor
    assert editor.business_id == business_id and runner.held == []

    qtbot.keyClicks(editor.name_edit, "Kopi")
    assert len(runner.held) == 1  # "K" is being written; "opi" waits, coalesced
    runner.release_one()
    assert draft_of(services, editor)["name"] == "K"
    assert len(runner.held) == 1  # one write for all three keys, taken when it starts
    qtbot.keyClicks(editor.name_edit, " Aceh")  # while that one is in flight
    runner.release_one()
    assert draft_of(services, editor)["name"] == "Kopi"
    runner.release_one()
    assert runner.held == []
    assert draft_of(services, editor)["name"] == "Kopi Aceh"  # the last change is written


def test_discard_throws_the_changes_away(
    qtbot: QtBot,
    page: ProductsPage,
    services: ProductServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = page.editor
    fill_details(page)
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert not editor.discard_button.isEnabled()  # nothing unsaved to throw away
    editor.price_spin.setValue(17_500)
    assert draft_of(services, editor)["price_rupiah"] == 17_500
    assert editor.discard_button.isEnabled()
    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.NO, dialogs.Choice.YES], asked)

    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    assert editor.price_spin.value() == 17_500 and draft_of(services, editor) is not None
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 2 and "Keripik Singkong" in asked[1]
    assert editor.price_spin.value() == 15_000  # the saved price again
    assert services.drafts.latest("product") is None and not editor.is_dirty()
    assert not editor.discard_button.isEnabled()


def test_leaving_unsaved_changes_asks_first(
    qtbot: QtBot, page: ProductsPage, services: ProductServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    qtbot.keyClicks(editor.name_edit, "Sambal Roa")
    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.NO, dialogs.Choice.YES], asked)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.name_edit.text() == "Sambal Roa"  # stayed
    typed_id = editor.entity_id
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.name_edit.text() == "" and editor.entity_id != typed_id
    assert services.drafts.get("product", typed_id) is None and len(asked) == 2


def test_an_unsaved_product_is_offered_when_the_page_opens_again(
    qtbot: QtBot,
    app,
    services: ProductServices,
    business_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = AppSettings(app.paths.settings)
    first = ProductsPage(services, SyncRunner(), settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.editor.name_edit, "Abon Ikan Tongkol Pedas Khas Gorontalo")
    drop_files(first.editor.strip, write_photos(tmp_path, 2))
    first.editor.strip.setCurrentRow(1)
    first.editor.strip.make_primary(1)
    order = [p.sha256 for p in first.editor.strip.photos()]
    draft_id = first.editor.entity_id
    first.close()  # the window closed without saving (or the app was killed)

    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.NO, dialogs.Choice.YES], asked)
    later = ProductsPage(services, SyncRunner(), settings)
    qtbot.addWidget(later)
    later.show()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "Abon Ikan Tongkol" in asked[0] and later.editor.name_edit.text() == ""
    assert services.drafts.get("product", draft_id) is not None  # "No" keeps it
    later.hide()
    later.show()  # the page is opened again
    qtbot.waitUntil(lambda: len(asked) == 2)
    editor = later.editor
    assert editor.entity_id == draft_id and editor.business_id == business_id
    assert editor.name_edit.text() == "Abon Ikan Tongkol Pedas Khas Gorontalo"
    assert [p.sha256 for p in editor.strip.photos()] == order
    assert editor.is_dirty()

    fill_details(later)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    assert saved.args[0] == draft_id and services.drafts.latest("product") is None


def test_opening_a_product_with_unsaved_changes_offers_them(
    qtbot: QtBot, page: ProductsPage, services: ProductServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    fill_details(page)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    product_id = saved.args[0]
    editor.stock_spin.setValue(7)  # then the laptop lost power: the draft is all that is left
    page.editor.drafts.flush()
    editor.new_product(page.business_id)  # as after a restart

    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.YES], asked)
    page.product_list.setCurrentRow(-1)
    page.product_list.setCurrentRow(0)
    assert len(asked) == 1 and "were not saved" in asked[0]
    assert editor.product_id == product_id and editor.stock_spin.value() == 7
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert services.products.get(product_id).data.stock == 7
    assert services.drafts.latest("product") is None


def test_choosing_another_business_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    app,
    page: ProductsPage,
    services: ProductServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = app.registration.register(
        business_input(1), confirm_warnings=True, duplicate_reason="uji"
    ).business_id
    page.refresh()
    first = page.business_id
    editor = page.editor
    qtbot.keyClicks(editor.name_edit, "Dodol Garut")
    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.NO, dialogs.Choice.YES], asked)
    combo = page.business_combo
    combo.setCurrentIndex(combo.findData(other))
    assert page.business_id == first and editor.name_edit.text() == "Dodol Garut"
    combo.setCurrentIndex(combo.findData(other))
    assert page.business_id == other and editor.business_id == other
    assert editor.name_edit.text() == "" and services.drafts.latest("product") is None
    assert len(asked) == 2


def test_a_draft_offered_before_the_lists_arrive_keeps_its_business(
    qtbot: QtBot,
    app,
    services: ProductServices,
    business_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the real runner the offer can come before the businesses are listed."""
    other = app.registration.register(
        business_input(1), confirm_warnings=True, duplicate_reason="uji"
    ).business_id
    names = {c.id: c.name for c in services.products.businesses()}
    listed_last = max((business_id, other), key=lambda b: (names[b], b))
    content = {"name": "Rendang Kering Padang", "business_id": listed_last, "photos": []}
    services.drafts.save("product", "draft-1", None, content)
    asked: list[str] = []
    answer_message_boxes(monkeypatch, [dialogs.Choice.YES], asked)
    runner = TaskRunner()
    page = ProductsPage(services, runner, AppSettings(app.paths.settings))
    qtbot.addWidget(page)
    page.show()
    page.offer_latest_draft()  # before the runner delivered the drives and businesses
    qtbot.waitUntil(lambda: not runner.pending and page.business_id is not None, timeout=10_000)
    assert len(asked) == 1  # offered once, no "discard?" when the list arrived
    assert page.business_id == listed_last and page.editor.business_id == listed_last
    assert page.editor.name_edit.text() == "Rendang Kering Padang"
    assert page.editor.entity_id == "draft-1" and page.editor.is_dirty()
    runner.shutdown()
