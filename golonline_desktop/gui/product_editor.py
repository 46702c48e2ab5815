"""The product editor: details, ordered photos (files, drops, clipboard, camera), marketplaces.

Layout in ``ui/product_editor.ui``. Photos go through the photo pipeline on the background
runner's readers (decoding a 12 MP JPEG takes ~100 ms: never on the GUI thread); results
come back in the order the officer chose them, whatever order the workers finish in.
Saving runs on the single writer: product, photo rows, outbox, audit, then the listings
of the ticked marketplaces, which are checked against each marketplace's rules. Every
change is autosaved as a draft (``product_draft.py``), deleted when the product is saved
or the changes are discarded, and offered back when the product (or, after a crash, the
products page) is opened again.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.ids import new_id
from golonline_desktop.domain.products import Condition
from golonline_desktop.services.drafts import (
    PRODUCT_DRAFT,
    DraftRecord,
    product_draft_content,
    product_from_draft,
)
from golonline_desktop.services.listings import ListingState, ListingView
from golonline_desktop.services.photo_pipeline import ProcessedPhoto
from golonline_desktop.services.products import (
    ProductInput,
    ProductRecord,
    ProductServices,
    SaveStatus,
)

from . import dialogs
from .draft_writer import DraftSnapshot, DraftWriter
from .i18n import current_language, translate
from .photo_imports import Job, PhotoImports
from .photo_strip import PhotoStrip, image_to_jpeg
from .product_draft import ask_to_continue, ask_to_discard
from .product_saving import (
    SaveResult,
    load_product,
    render_findings,
    save_product,
    state_name,
)
from .runner import Runner
from .ui_loader import load_form_translatable

PHOTO_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif"


class ProductEditor(QWidget):
    """Edits one product of one business.

    Signals:
        saved(str): the product with this id was saved (listings updated too).
        deleted(str): the product with this id was deleted.
        photos_imported(int): a batch of imports finished; the number of photos added.
    """

    saved = Signal(str)
    deleted = Signal(str)
    photos_imported = Signal(int)

    def __init__(
        self,
        services: ProductServices,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        camera_factory: Callable[[QWidget], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productEditorPage")
        self._services = services
        self._runner = runner
        self._camera_factory = camera_factory
        self.form, self._translator = load_form_translatable("product_editor.ui")
        scroll = QScrollArea(self)
        scroll.setObjectName("productEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.strip = PhotoStrip(self.form)
        self.strip.setAccessibleName(self.tr("Product photos"))
        self.form.findChild(QWidget, "photoStripHost").layout().addWidget(self.strip)
        self.name_edit = self._child(QLineEdit, "nameEdit")
        self.sku_edit = self._child(QLineEdit, "skuEdit")
        self.brand_edit = self._child(QLineEdit, "brandEdit")
        self.category_combo = self._child(QComboBox, "categoryCombo")
        self.condition_combo = self._child(QComboBox, "conditionCombo")
        self.price_spin = self._child(QSpinBox, "priceSpin")
        self.stock_spin = self._child(QSpinBox, "stockSpin")
        self.weight_spin = self._child(QSpinBox, "weightSpin")
        self.length_spin = self._child(QDoubleSpinBox, "lengthSpin")
        self.width_spin = self._child(QDoubleSpinBox, "widthSpin")
        self.height_spin = self._child(QDoubleSpinBox, "heightSpin")
        self.description_edit = self._child(QPlainTextEdit, "descriptionEdit")
        self.marketplace_list = self._child(QListWidget, "marketplaceList")
        self.findings_label = self._child(QLabel, "findingsLabel")
        self.photo_status = self._child(QLabel, "photoStatusLabel")
        self.progress = self._child(QProgressBar, "importProgress")
        self.save_button = self._child(QPushButton, "saveButton")
        self.delete_button = self._child(QPushButton, "deleteButton")
        self.new_button = self._child(QPushButton, "newButton")
        self.discard_button = self._child(QPushButton, "discardButton")
        indonesian = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        for spin in self.form.findChildren(QAbstractSpinBox):
            spin.setLocale(indonesian)  # Rp1.500.000, 2,5 cm whatever the UI language
            spin.setGroupSeparatorShown(True)

        self._business_id: str | None = None
        self._product_id: str | None = None
        self._version: int | None = None
        self._entity_id = ""  # the product's id, or the one it will get (its draft's key)
        self._baseline: dict[str, Any] = {}  # the form as saved: anything else is a draft
        self._loading = False
        self._no_offer: str | None = None  # just discarded: do not offer it back
        self._submitted: tuple[str, dict[str, Any]] = ("", {})  # the save in flight
        self.drafts = DraftWriter(
            services.drafts, runner, PRODUCT_DRAFT, self._draft_snapshot, self
        )
        self.imports = PhotoImports(runner, self.progress, self.photo_status, self._add_photo, self)
        self.imports.finished.connect(self.photos_imported)
        self._camera: Any = None
        self._viewer: QDialog | None = None

        self._child(QPushButton, "addFilesButton").clicked.connect(self.choose_files)
        self._child(QPushButton, "cameraButton").clicked.connect(self.open_camera)
        self._child(QPushButton, "pasteButton").clicked.connect(self._paste)
        self._child(QPushButton, "moveLeftButton").clicked.connect(lambda: self._move(-1))
        self._child(QPushButton, "moveRightButton").clicked.connect(lambda: self._move(1))
        self._child(QPushButton, "primaryButton").clicked.connect(
            lambda: self.strip.make_primary(self.strip.currentRow())
        )
        self._child(QPushButton, "viewButton").clicked.connect(
            lambda: self.view_photo(self.strip.currentRow())
        )
        self._child(QPushButton, "removePhotoButton").clicked.connect(
            lambda: self.strip.remove_photo(self.strip.currentRow())
        )
        self.strip.files_dropped.connect(self.import_files)
        self.strip.image_pasted.connect(self.add_image)
        self.strip.view_requested.connect(self.view_photo)
        self.strip.photos_changed.connect(self._update_photo_buttons)
        self.strip.currentRowChanged.connect(lambda _row: self._update_photo_buttons())
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.new_button.clicked.connect(self._new_clicked)
        self.discard_button.clicked.connect(self.discard_changes)
        self._watch_changes()
        self._fill_choices()
        self.new_product(None)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.drafts.write_now)

    def _child(self, kind: type, name: str) -> Any:
        widget = self.form.findChild(kind, name)
        if widget is None:
            raise LookupError(f"product_editor.ui has no {kind.__name__} {name!r}")
        return widget

    # -- choices -------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        english = current_language(self._app()) == "en"
        current = self.category_combo.currentData()
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("— choose a category —"), "")
        for category in self._services.products.categories.values():
            name = category.name_en if english else category.name_id
            self.category_combo.addItem(name, category.key)
            self.category_combo.setItemData(
                self.category_combo.count() - 1, category.examples, Qt.ItemDataRole.ToolTipRole
            )
        self._select_category(current or "")
        ticked = set(self.ticked_marketplaces())
        self.marketplace_list.clear()
        for profile in self._services.listings.profiles.values():
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            if profile.active:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = profile.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            else:
                closed = self._services.listings.closed_finding(profile.id)
                item.setText(self.tr("{name} (closed)").format(name=profile.name))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(closed.render(translate) if closed else "")
            self.marketplace_list.addItem(item)
        self.strip.set_primary_text(self.tr("Main photo"))

    @staticmethod
    def _app() -> Any:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.instance()

    def _select_category(self, key: str) -> None:
        index = self.category_combo.findData(key)
        self.category_combo.setCurrentIndex(max(index, 0))

    def ticked_marketplaces(self) -> list[str]:
        return [
            self.marketplace_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.marketplace_list.count())
            if self.marketplace_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, marketplaces: Sequence[str]) -> None:
        for row in range(self.marketplace_list.count()):
            item = self.marketplace_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                checked = item.data(Qt.ItemDataRole.UserRole) in marketplaces
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- loading -------------------------------------------------------------------------

    @property
    def product_id(self) -> str | None:
        return self._product_id

    @property
    def business_id(self) -> str | None:
        return self._business_id

    @property
    def entity_id(self) -> str:
        """The product's id, also for a new one (the id it gets when saved)."""
        return self._entity_id

    def new_product(self, business_id: str | None) -> None:
        """An empty form for a new product of ``business_id`` (None: nothing to edit yet)."""
        self.drafts.flush()
        self._business_id = business_id
        self._product_id = None
        self._version = None
        self._entity_id = new_id()
        self.imports.cancel()
        self._show(ProductInput(name=""))
        self._loading = True
        self.set_ticked([p.id for p in self._services.listings.active_profiles()])
        self._loading = False
        self._baseline = self.content()
        self.discard_button.setEnabled(False)
        self.findings_label.clear()
        self.photo_status.clear()
        self.progress.hide()
        self.form.setEnabled(business_id is not None)
        self.delete_button.setEnabled(False)

    def load(self, product_id: str, draft: DraftRecord | None = None) -> None:
        """Show a saved product; with ``draft``, its unsaved changes over it."""
        self.drafts.flush()
        self.imports.cancel()
        self._runner.submit(
            load_product,
            self._services,
            product_id,
            on_done=lambda result: self._loaded(result, draft),
        )

    def _loaded(
        self, result: tuple[ProductRecord, list[ListingView]], draft: DraftRecord | None = None
    ) -> None:
        record, listings = result
        self._business_id = record.business_id
        self._product_id = record.id
        self._version = record.version
        self._entity_id = record.id
        self._show(record.data)
        self._loading = True
        self.set_ticked(
            [v.marketplace_id for v in listings if v.state is not ListingState.WITHDRAWN]
        )
        self._loading = False
        self._baseline = self.content()
        self.discard_button.setEnabled(False)
        self._show_listings(listings, ())
        self.photo_status.clear()
        self.form.setEnabled(True)
        self.delete_button.setEnabled(True)
        offer, self._no_offer = self._no_offer != record.id, None
        if draft is None and offer:
            found = self._services.drafts.get(PRODUCT_DRAFT, record.id)
            if found is not None and ask_to_continue(self, record.data.name, saved_before=True):
                draft = found
        if draft is not None:
            self._show_draft(draft)

    def restore_draft(self, draft: DraftRecord) -> None:
        """Show an unsaved product again; it stays a draft until saved or discarded."""
        if draft.base_version is not None:  # changes to a saved product: shown over it
            self.load(draft.entity_id, draft)
            return
        business_id = draft.content.get("business_id")
        self.new_product(business_id if isinstance(business_id, str) and business_id else None)
        self._entity_id = draft.entity_id
        self._show_draft(draft)

    def _show_draft(self, draft: DraftRecord) -> None:
        data, marketplaces = product_from_draft(draft.content)
        on_disk = tuple(p for p in data.photos if self._services.photos.has(p.sha256))
        self._show(replace(data, photos=on_disk))
        self._loading = True
        self.set_ticked(marketplaces)
        self._loading = False
        self.discard_button.setEnabled(self.is_dirty())
        if len(on_disk) < len(data.photos):
            self.photo_status.setText(
                self.tr(
                    "{count} photo(s) of the unsaved product are no longer on this laptop."
                ).format(count=len(data.photos) - len(on_disk))
            )

    # -- drafts --------------------------------------------------------------------------

    def content(self) -> dict[str, Any]:
        """The form as a draft (fields, photo order, ticked marketplaces)."""
        return product_draft_content(
            self._business_id, self.current_input(), self.ticked_marketplaces()
        )

    def is_dirty(self) -> bool:
        return self._business_id is not None and self.content() != self._baseline

    def _draft_snapshot(self) -> DraftSnapshot | None:
        if self._business_id is None or not self._entity_id:
            return None
        content = self.content()
        unsaved = content if content != self._baseline else None
        return DraftSnapshot(self._entity_id, self._version, unsaved)

    def _watch_changes(self) -> None:
        for edit in (self.name_edit, self.sku_edit, self.brand_edit):
            edit.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        for combo in (self.category_combo, self.condition_combo):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.price_spin, self.stock_spin, self.weight_spin):
            spin.valueChanged.connect(self._changed)
        for spin in (self.length_spin, self.width_spin, self.height_spin):
            spin.valueChanged.connect(self._changed)
        self.strip.photos_changed.connect(self._changed)
        self.marketplace_list.itemChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.drafts.changed()
            self.discard_button.setEnabled(self.is_dirty())

    def confirm_leave(self) -> bool:
        """Before the form shows something else: True when nothing typed would be lost."""
        if not self.is_dirty():
            return True
        if not ask_to_discard(self, self.name_edit.text()):
            return False
        self.drafts.discard(self._entity_id)
        return True

    def _new_clicked(self) -> None:
        if self.confirm_leave():
            self.new_product(self._business_id)

    def discard_changes(self) -> None:
        """Throw the unsaved changes away: back to the saved product (or an empty form)."""
        if not self.is_dirty() or not ask_to_discard(self, self.name_edit.text()):
            return
        self.drafts.discard(self._entity_id)
        if self._product_id is None:
            self.new_product(self._business_id)
        else:
            self._no_offer = self._product_id
            self.load(self._product_id)

    def _show(self, data: ProductInput) -> None:
        self._loading = True
        try:
            self._show_fields(data)
        finally:
            self._loading = False

    def _show_fields(self, data: ProductInput) -> None:
        self.name_edit.setText(data.name)
        self.sku_edit.setText(data.sku)
        self.brand_edit.setText(data.brand)
        self._select_category(data.category_key)
        self.condition_combo.setCurrentIndex(0 if data.condition is Condition.NEW else 1)
        self.price_spin.setValue(data.price_rupiah)
        self.stock_spin.setValue(data.stock)
        self.weight_spin.setValue(data.weight_grams or 0)
        self.length_spin.setValue(data.length_cm or 0)
        self.width_spin.setValue(data.width_cm or 0)
        self.height_spin.setValue(data.height_cm or 0)
        self.description_edit.setPlainText(data.description)
        self.strip.clear_photos()
        for photo in data.photos:
            self.strip.add_photo(photo, self._services.pipeline.ensure_thumbnail(photo.sha256))
        self._update_photo_buttons()

    def current_input(self) -> ProductInput:
        return ProductInput(
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            price_rupiah=self.price_spin.value(),
            stock=self.stock_spin.value(),
            weight_grams=self.weight_spin.value() or None,
            length_cm=self.length_spin.value() or None,
            width_cm=self.width_spin.value() or None,
            height_cm=self.height_spin.value() or None,
            condition=Condition.NEW if self.condition_combo.currentIndex() == 0 else Condition.USED,
            category_key=self.category_combo.currentData() or "",
            sku=self.sku_edit.text(),
            brand=self.brand_edit.text(),
            photos=tuple(self.strip.photos()),
        )

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self._business_id is None:
            return
        if self.imports.busy:
            self.findings_label.setText(self.tr("Wait until the photos are imported, then save."))
            return
        self.save_button.setEnabled(False)
        self._submitted = (self._entity_id, self.content())
        self._runner.submit(
            save_product,
            self._services,
            self._business_id,
            self._product_id,
            self._version,
            self.current_input(),
            self.ticked_marketplaces(),
            self._entity_id,
            on_done=self._saved,
            on_error=self._failed,
            write=True,
        )

    def _saved(self, result: SaveResult) -> None:
        self.save_button.setEnabled(True)
        outcome = result.outcome
        if outcome.status is SaveStatus.STALE:
            self.findings_label.setText(
                self.tr("Someone changed this product meanwhile: open it again to see the changes.")
            )
            return
        if not outcome.saved:
            self.findings_label.setText(render_findings(outcome.findings))
            return
        assert outcome.product_id is not None
        entity_id, submitted = self._submitted
        if entity_id != self._entity_id:  # the form shows another product meanwhile
            self.saved.emit(outcome.product_id)
            return
        self._product_id = outcome.product_id
        self._version = outcome.version
        self.delete_button.setEnabled(True)
        record_sku = next((v.sku for v in result.listings), None)
        if record_sku and not self.sku_edit.text().strip():
            self._loading = True
            self.sku_edit.setText(record_sku)
            self._loading = False
        if record_sku and not submitted.get("sku"):
            submitted = {**submitted, "sku": record_sku}
        self._baseline = submitted
        self._changed()  # deletes the draft, or keeps what was typed during the save
        self._show_listings(result.listings, outcome.findings)
        self.saved.emit(outcome.product_id)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        dialogs.show_error(
            self,
            self.tr("Not saved"),
            self.tr("The product was not saved: {error}").format(error=exc),
        )

    def _show_listings(self, listings: Sequence[ListingView], findings: Sequence[Finding]) -> None:
        lines = []
        for view in listings:
            if view.state is ListingState.WITHDRAWN:
                continue
            errors = len(view.errors)
            if errors:
                text = self.tr("{marketplace}: {state}, {count} problem(s) to fix").format(
                    marketplace=view.marketplace_name, state=state_name(view.state), count=errors
                )
            else:
                text = self.tr("{marketplace}: {state}").format(
                    marketplace=view.marketplace_name, state=state_name(view.state)
                )
            lines.append(f"<li>{html.escape(text)}</li>")
        summary = f"<b>{html.escape(self.tr('Saved.'))}</b>" if listings or findings else ""
        listing_html = f"<ul style='margin:0'>{''.join(lines)}</ul>" if lines else ""
        self.findings_label.setText(summary + listing_html + render_findings(findings))

    def delete(self) -> None:
        if self._product_id is None:
            return
        answer = dialogs.ask(
            self,
            self.tr("Delete product"),
            self.tr("Delete {name}? Its listings stop too.").format(name=self.name_edit.text()),
            default=dialogs.Choice.NO,
        )
        if answer is not dialogs.Choice.YES:
            return
        product_id = self._product_id
        self._runner.submit(
            self._services.products.delete,
            product_id,
            on_done=lambda _v: self._after_delete(product_id),
            on_error=self._failed,
            write=True,
        )

    def _after_delete(self, product_id: str) -> None:
        self.drafts.discard(product_id)
        self.new_product(self._business_id)
        self.deleted.emit(product_id)

    # -- photos --------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose product photos"),
            "",
            self.tr("Photos ({patterns})").format(patterns=PHOTO_FILTER),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Run the pipeline on each file off the GUI thread; add them in the given order."""
        wanted = [Path(p) for p in paths]  # the pipeline explains what it cannot use
        profiles = self._services.listings.active_profiles()
        pipeline = self._services.pipeline
        self._start_jobs(
            [(p.name, lambda p=p: pipeline.process_file(p, marketplaces=profiles)) for p in wanted]
        )

    def add_image(self, image: QImage) -> None:
        """A pasted or captured picture, through the same pipeline as a file."""
        data = image_to_jpeg(image)
        profiles = self._services.listings.active_profiles()
        pipeline = self._services.pipeline
        self._start_jobs(
            [
                (
                    "camera.jpg",
                    lambda: pipeline.process_bytes(data, "camera.jpg", marketplaces=profiles),
                )
            ]
        )

    def _start_jobs(self, jobs: list[Job]) -> None:
        if self._business_id is not None:
            self.imports.start(jobs)

    def _add_photo(self, photo: ProcessedPhoto) -> bool:
        if photo.sha256 in {p.sha256 for p in self.strip.photos()}:
            return False
        self.strip.add_photo(photo.facts, photo.thumb_path)
        return True

    def _paste(self) -> None:
        if not self.strip.paste():
            self.photo_status.setText(self.tr("The clipboard holds no photo: copy a photo first."))

    def _move(self, step: int) -> None:
        row = self.strip.currentRow()
        if row >= 0:
            self.strip.move_photo(row, row + step)

    def _update_photo_buttons(self) -> None:
        row = self.strip.currentRow()
        count = self.strip.count()
        for name, enabled in (
            ("moveLeftButton", row > 0),
            ("moveRightButton", 0 <= row < count - 1),
            ("primaryButton", row > 0),
            ("viewButton", row >= 0),
            ("removePhotoButton", row >= 0),
        ):
            self._child(QPushButton, name).setEnabled(enabled)

    def view_photo(self, row: int) -> None:
        photos = self.strip.photos()
        if not 0 <= row < len(photos):
            return
        viewer = QDialog(self)
        viewer.setObjectName("photoViewer")
        viewer.setWindowTitle(
            self.tr("Photo {index} of {count}").format(index=row + 1, count=len(photos))
        )
        label = QLabel(viewer)
        label.setObjectName("photoViewerImage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(str(self._services.photos.path_for(photos[row].sha256)))
        label.setPixmap(
            pixmap.scaled(
                900,
                620,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        QVBoxLayout(viewer).addWidget(label)
        self._viewer = viewer
        viewer.show()

    def open_camera(self) -> None:
        if self._business_id is None:
            return
        from .camera_capture import CameraDialog

        factory = self._camera_factory or (lambda parent: CameraDialog(parent))
        camera = factory(self)
        camera.files_requested.connect(self.choose_files)
        camera.dialog.accepted.connect(lambda: self._take_camera_images(camera))
        self._camera = camera
        camera.dialog.show()
        camera.start()

    def _take_camera_images(self, camera: Any) -> None:
        for image in camera.images:
            self.add_image(image)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self._fill_choices()
        super().changeEvent(event)
