"""The row of a product's photos: reorder by drag or keys, remove, make main, view large.

The strip also takes photos *in*: files dropped from the file manager, and the clipboard
(an image or copied files). It never processes them itself: it emits ``files_dropped`` /
``image_pasted`` and the editor runs the photo pipeline off the GUI thread, then calls
:meth:`PhotoStrip.add_photo` with the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from golonline_desktop.domain.products import PhotoFacts

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB_SIZE = QSize(112, 112)
JPEG_QUALITY = 92
"""High: the pipeline re-encodes at 85 after resizing, so this is not the final size."""


def image_to_jpeg(image: QImage, quality: int = JPEG_QUALITY) -> bytes:
    """A captured or pasted ``QImage`` as JPEG bytes for ``PhotoPipeline.process_bytes``."""
    if image.isNull():
        raise ValueError("empty image")
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", quality):
        raise ValueError("the image could not be encoded as JPEG")
    buffer.close()
    return bytes(data.data())


def local_files(mime: QMimeData) -> list[Path]:
    """The local files a drop or the clipboard carries (folders and remote URLs left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


class PhotoStrip(QListWidget):
    """Ordered thumbnails; the first is the main (primary) photo.

    Signals:
        photos_changed(): the order or the set of photos changed.
        files_dropped(list): local files were dropped or pasted (``list[Path]``).
        image_pasted(QImage): an image was pasted from the clipboard.
        view_requested(int): the officer asked to see the photo at this row large.
    """

    photos_changed = Signal()
    files_dropped = Signal(list)
    image_pasted = Signal(QImage)
    view_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.setViewMode(QListView.ViewMode.IconMode)  # caption under the thumbnail
        self.setMovement(QListView.Movement.Static)  # moves go through move_photo()
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(THUMB_SIZE)
        self.setSpacing(6)
        self.setMinimumHeight(THUMB_SIZE.height() + 44)
        self.setMaximumHeight(THUMB_SIZE.height() + 56)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)  # after setMovement(Static), which turns both off
        self.viewport().setAcceptDrops(True)
        self.model().rowsMoved.connect(self._after_move)
        self.itemActivated.connect(lambda item: self.view_requested.emit(self.row(item)))
        self._primary_text = "Main"

    # -- content -------------------------------------------------------------------------

    def set_primary_text(self, text: str) -> None:
        """The caption of the first photo, in the officer's language."""
        self._primary_text = text
        self._renumber()

    def clear_photos(self) -> None:
        self.clear()

    def add_photo(self, photo: PhotoFacts, thumbnail: Path) -> None:
        item = QListWidgetItem(QIcon(QPixmap(str(thumbnail))), "")
        item.setData(PHOTO_ROLE, photo)
        item.setSizeHint(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 30))
        item.setToolTip(f"{photo.width}×{photo.height} px, {photo.bytes // 1024} KB")
        self.addItem(item)
        self._renumber()
        self.photos_changed.emit()

    def photos(self) -> list[PhotoFacts]:
        return [self.item(row).data(PHOTO_ROLE) for row in range(self.count())]

    def remove_photo(self, row: int) -> None:
        if 0 <= row < self.count():
            self.takeItem(row)
            self._renumber()
            if self.count():
                self.setCurrentRow(min(row, self.count() - 1))
            self.photos_changed.emit()

    def move_photo(self, row: int, to: int) -> None:
        """Move the photo at ``row`` to position ``to`` (keys, buttons, and drags all end here)."""
        if row == to or not (0 <= row < self.count()) or not (0 <= to < self.count()):
            return
        item = self.takeItem(row)
        self.insertItem(to, item)
        self.setCurrentRow(to)
        self._renumber()
        self.photos_changed.emit()

    def make_primary(self, row: int) -> None:
        self.move_photo(row, 0)

    def _renumber(self) -> None:
        for row in range(self.count()):
            self.item(row).setText(self._primary_text if row == 0 else str(row + 1))

    def _after_move(self, *_args: object) -> None:
        self._renumber()
        self.photos_changed.emit()

    # -- keys and clipboard --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        row = self.currentRow()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.key() == Qt.Key.Key_Delete and row >= 0:
            self.remove_photo(row)
        elif ctrl and event.key() == Qt.Key.Key_Left and row > 0:
            self.move_photo(row, row - 1)
        elif ctrl and event.key() == Qt.Key.Key_Right and 0 <= row < self.count() - 1:
            self.move_photo(row, row + 1)
        else:
            super().keyPressEvent(event)

    def paste(self) -> bool:
        """Take files or an image from the clipboard; False when it holds neither."""
        return self.take_mime(QGuiApplication.clipboard().mimeData())

    def take_mime(self, mime: QMimeData | None) -> bool:
        if mime is None:
            return False
        files = local_files(mime)
        if files:
            self.files_dropped.emit(files)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.image_pasted.emit(image)
                return True
        return False

    # -- drag and drop -------------------------------------------------------------------

    def _external(self, event: QDropEvent) -> bool:
        mime = event.mimeData()
        return event.source() is not self and (bool(local_files(mime)) or mime.hasImage())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self._external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.take_mime(event.mimeData())
            return
        if event.source() is self:
            # An internal drag: move the dragged photo to the row under the cursor.
            row = self.currentRow()
            target = self.indexAt(event.position().toPoint()).row()
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            self.move_photo(row, self.count() - 1 if target < 0 else target)
            return
        event.ignore()
