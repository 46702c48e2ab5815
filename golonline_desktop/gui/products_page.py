"""The "Products & listings" page: pick a drive and a business, edit its products, work the queue.

Layout in ``ui/products_page.ui``: the business's products on the left, the product
editor beside them (tab "Products"), and the listing queue (tab "Listing queue"). The
main window hosts it with ``ProductsPage(services, runner, settings)`` where ``services``
is ``services.products.build_product_services(app)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
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
from golonline_desktop.services.products import ProductServices, ProductSummary

from .listing_queue import ListingQueue
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
        self.business_combo.currentIndexChanged.connect(lambda _i: self._business_chosen())
        self.product_list.currentItemChanged.connect(self._product_chosen)
        self.editor.saved.connect(self._product_saved)
        self.editor.deleted.connect(lambda _id: self._load_products())
        self.queue.changed.connect(self._load_products)
        self.tabs.currentChanged.connect(lambda _i: self.queue.refresh())
        self._select_after_load: str | None = None
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
        current = self.business_combo.currentData()
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
        self.business_combo.setCurrentIndex(max(0, self.business_combo.findData(current)))
        self.business_combo.blockSignals(False)
        self._business_chosen()

    def select_business(self, business_id: str) -> None:
        index = self.business_combo.findData(business_id)
        if index >= 0:
            self.business_combo.setCurrentIndex(index)

    def _business_chosen(self) -> None:
        business_id = self.business_id
        if self.editor.product_id is None or business_id is None:
            self.editor.new_product(business_id)
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
        if item is not None:
            self.editor.load(item.data(PRODUCT_ROLE))

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
