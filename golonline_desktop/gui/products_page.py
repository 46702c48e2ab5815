"""The "Products & listings" page: pick a drive and a business, edit its products, work the queue.

Layout in ``ui/products_page.ui``: the business's products on the left, the product
editor beside them (tab "Products"), and the listing queue (tab "Listing queue"). The
main window hosts it with ``ProductsPage(services, runner, settings)`` where ``services``
is ``services.products.build_product_services(app)``.

Each time the page is shown it offers back the officer's latest unsaved product (the
editor autosaves drafts; a crash or a closed window leaves one behind). Moving to another
product or business with unsaved changes asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from golonline_desktop.domain.money import format_rupiah
from golonline_desktop.services.drafts import PRODUCT_DRAFT
from golonline_desktop.services.products import ProductServices, ProductSummary

from .listing_queue import ListingQueue
from .product_draft import ask_to_continue
from .product_editor import ProductEditor
from .runner import Runner
from .settings import AppSettings
from .ui_loader import load_form_translatable

PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1


class ProductsPage(QWidget):
    """Products of one business plus the listing queue; reads and writes through the runner."""

    def __init__(
        self,
        services: ProductServices,
        runner: Runner,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productsPage")
        self._services = services
        self._runner = runner
        self._settings = settings
        self.form, self._translator = load_form_translatable("products_page.ui")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.drive_combo: QComboBox = self.form.findChild(QComboBox, "driveCombo")
        self.business_combo: QComboBox = self.form.findChild(QComboBox, "businessCombo")
        self.product_list: QListWidget = self.form.findChild(QListWidget, "productList")
        self.product_count: QLabel = self.form.findChild(QLabel, "productCountLabel")
        self.tabs: QTabWidget = self.form.findChild(QTabWidget, "pageTabs")
        self.product_list.setIconSize(QSize(48, 48))
        self.editor = ProductEditor(services, runner, self.form)
        self.form.findChild(QWidget, "editorHost").layout().addWidget(self.editor)
        self.queue = ListingQueue(services, runner, self.form)
        self.form.findChild(QWidget, "queueHost").layout().addWidget(self.queue)

        self.drive_combo.currentIndexChanged.connect(lambda _i: self._load_businesses())
        self.business_combo.currentIndexChanged.connect(lambda _i: self._business_picked())
        self.product_list.currentItemChanged.connect(self._product_chosen)
        self.editor.saved.connect(self._product_saved)
        self.editor.deleted.connect(lambda _id: self._load_products())
        self.queue.changed.connect(self._load_products)
        self.tabs.currentChanged.connect(lambda _i: self.queue.refresh())
        self._select_after_load: str | None = None
        self._want_business: str | None = None  # of a draft shown before the list arrived
        self._chosen_business: str | None = None
        self.refresh()

    @property
    def business_id(self) -> str | None:
        return self.business_combo.currentData()

    @property
    def drive_id(self) -> str | None:
        return self.drive_combo.currentData()

    def refresh(self) -> None:
        """Reload drives, businesses and products (the main window calls this on show)."""
        self._runner.submit(self._services.drives.list, on_done=self._show_drives)

    def _show_drives(self, drives: list[Any]) -> None:
        current = self.drive_combo.currentData()
        self.drive_combo.blockSignals(True)
        self.drive_combo.clear()
        self.drive_combo.addItem(self.tr("All drives"), None)
        for drive in drives:
            self.drive_combo.addItem(f"{drive.name} ({drive.drive_date:%d-%m-%Y})", drive.id)
        self.drive_combo.setCurrentIndex(max(0, self.drive_combo.findData(current)))
        self.drive_combo.blockSignals(False)
        self._load_businesses()

    def _load_businesses(self) -> None:
        self._runner.submit(
            self._services.products.businesses, self.drive_id, on_done=self._show_businesses
        )

    def _show_businesses(self, choices: list[Any]) -> None:
        current = self._want_business or self.business_combo.currentData()
        self.business_combo.blockSignals(True)
        self.business_combo.clear()
        for choice in choices:
            self.business_combo.addItem(
                self.tr("{name} ({count} products)").format(
                    name=choice.name, count=choice.products
                ),
                choice.id,
            )
        if not choices:
            self.business_combo.addItem(self.tr("No businesses yet: register one first"), None)
        found = self.business_combo.findData(current)
        if found >= 0 or self.drive_id is None:  # shown, or not among any drive's
            self._want_business = None
        self.business_combo.setCurrentIndex(max(0, found))
        self.business_combo.blockSignals(False)
        self._business_chosen()

    def select_business(self, business_id: str) -> None:
        index = self.business_combo.findData(business_id)
        if index >= 0:
            self.business_combo.setCurrentIndex(index)

    def _business_picked(self) -> None:
        """The officer chose a business: that choice wins over a draft's waiting one."""
        self._want_business = None
        self._business_chosen()

    def _business_chosen(self) -> None:
        business_id = self.business_id
        if business_id != self.editor.business_id or business_id is None:
            if self._want_business is not None:
                pass  # a restored draft waits for its business to be listed
            elif not self.editor.confirm_leave():
                self._select_quietly(self.business_combo, self._chosen_business)
                return
            else:
                self.editor.new_product(business_id)
        self._chosen_business = business_id
        drive_label = self.drive_combo.currentText() if self.drive_id else ""
        self.queue.set_scope(business_id, self.drive_id, drive_label)
        self._load_products()

    def _load_products(self) -> None:
        business_id = self.business_id
        if business_id is None:
            self._show_products([])
            return
        self._runner.submit(
            self._services.products.list_for_business, business_id, on_done=self._show_products
        )

    def _show_products(self, products: list[ProductSummary]) -> None:
        wanted = self._select_after_load or self.editor.product_id
        self._select_after_load = None
        self.product_list.blockSignals(True)
        self.product_list.clear()
        for product in products:
            item = QListWidgetItem(
                self.tr("{name}\n{price} · {photos} photo(s)").format(
                    name=product.name,
                    price=format_rupiah(product.price_rupiah),
                    photos=product.photos,
                )
            )
            item.setData(PRODUCT_ROLE, product.id)
            item.setToolTip(product.name)
            if product.primary_sha256:
                thumb = self._services.photos.thumb_path(product.primary_sha256)
                item.setIcon(QIcon(QPixmap(str(thumb))))
            self.product_list.addItem(item)
            if product.id == wanted:
                self.product_list.setCurrentItem(item)
        self.product_list.blockSignals(False)
        self.product_count.setText(self.tr("Products: {count}").format(count=len(products)))

    def _product_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        product_id = item.data(PRODUCT_ROLE)
        if product_id == self.editor.entity_id and self.editor.is_dirty():
            return  # already shown, with its unsaved changes
        if not self.editor.confirm_leave():
            self.product_list.blockSignals(True)
            self.product_list.setCurrentItem(self._item_of(self.editor.product_id))
            self.product_list.blockSignals(False)
            return
        self.editor.load(product_id)

    def _item_of(self, product_id: str | None) -> QListWidgetItem | None:
        for row in range(self.product_list.count()):
            if self.product_list.item(row).data(PRODUCT_ROLE) == product_id:
                return self.product_list.item(row)
        return None

    @staticmethod
    def _select_quietly(combo: QComboBox, value: str | None) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.blockSignals(False)

    # -- drafts ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            QTimer.singleShot(0, self, self.offer_latest_draft)

    def offer_latest_draft(self) -> bool:
        """Offer the officer's last unsaved product back; True when it is shown again."""
        if not self.isVisible() or self.editor.is_dirty():
            return False
        draft = self._services.drafts.latest(PRODUCT_DRAFT)
        if draft is None or draft.entity_id == self.editor.entity_id:
            return False
        name = str(draft.content.get("name") or "")
        if not ask_to_continue(self, name, saved_before=draft.base_version is not None):
            return False
        business_id = draft.content.get("business_id")
        if isinstance(business_id, str) and business_id != self.business_id:
            if self.business_combo.findData(business_id) >= 0:
                self._select_quietly(self.business_combo, business_id)
            else:  # not listed (yet, or not in this drive): select it once it is
                self._want_business = business_id
                if self.drive_id is not None:
                    self._select_quietly(self.drive_combo, None)
                    self._load_businesses()
        self.tabs.setCurrentIndex(0)
        self.editor.restore_draft(draft)
        self._chosen_business = self.editor.business_id
        drive_label = self.drive_combo.currentText() if self.drive_id else ""
        self.queue.set_scope(self.editor.business_id, self.drive_id, drive_label)
        self._load_products()
        return True

    def _product_saved(self, product_id: str) -> None:
        self._select_after_load = product_id
        self._load_products()
        self.queue.refresh()
        self._load_business_counts()

    def _load_business_counts(self) -> None:
        self._runner.submit(
            self._services.products.businesses, self.drive_id, on_done=self._update_counts
        )

    def _update_counts(self, choices: list[Any]) -> None:
        for choice in choices:
            index = self.business_combo.findData(choice.id)
            if index >= 0:
                self.business_combo.setItemText(
                    index,
                    self.tr("{name} ({count} products)").format(
                        name=choice.name, count=choice.products
                    ),
                )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self.refresh()
        super().changeEvent(event)
