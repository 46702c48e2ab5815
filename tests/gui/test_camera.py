"""Camera capture: no device, refused permission, busy camera, and real captures fed by
QVideoFrameInput (no fake V4L2 device is possible on CI machines)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import QCamera, QVideoFrame, QVideoFrameInput
from pytestqt.qtbot import QtBot

from golonline_desktop.gui.camera_capture import CameraDialog
from golonline_desktop.gui.photo_strip import image_to_jpeg
from golonline_desktop.gui.products_page import ProductsPage
from golonline_desktop.gui.runner import SyncRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.services.products import build_product_services
from tests.factories import business_input
from tests.product_factories import photo_bytes, write_photos

# QtMultimedia's FFmpeg backend logs missing optional libraries (VA-API, PipeWire) and its
# CPU fallback on machines without a GPU: harmless, and not ours to fix.
pytestmark = pytest.mark.qt_log_ignore(
    "Couldn't load", "Couldn't resolve", "No RHI backend", "Using Qt multimedia with FFmpeg"
)


def real_frame(seed: int) -> QImage:
    image = QImage()
    assert image.loadFromData(photo_bytes(seed, (1280, 720)))
    return image.convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def camera(qtbot: QtBot) -> Iterator[CameraDialog]:
    dialog = CameraDialog(devices=lambda: [], permission=lambda: Qt.PermissionStatus.Granted)
    qtbot.addWidget(dialog.dialog)
    yield dialog
    dialog.release()


def test_no_camera_says_so_and_keeps_files_available(camera: CameraDialog) -> None:
    camera.dialog.show()
    camera.start()
    assert camera.message_label.isVisible()
    assert "No camera was found" in camera.message_label.text()
    assert not camera.capture_button.isEnabled()
    assert camera.files_button.isEnabled()
    assert not camera.done_button.isEnabled()


def test_refused_permission_is_explained(qtbot: QtBot) -> None:
    dialog = CameraDialog(devices=lambda: [], permission=lambda: Qt.PermissionStatus.Denied)
    qtbot.addWidget(dialog.dialog)
    dialog.start()
    assert "does not allow GoOnline to use the camera" in dialog.message_label.text()
    assert not dialog.capture_button.isEnabled() and dialog.files_button.isEnabled()


def test_busy_camera_is_explained(camera: CameraDialog) -> None:
    camera._on_camera_error(QCamera.Error.CameraError, "Device or resource busy")
    text = camera.message_label.text()
    assert "another program may be using it" in text and "Device or resource busy" in text
    assert not camera.capture_button.isEnabled() and camera.files_button.isEnabled()


def test_capture_several_shots_from_frames(qtbot: QtBot, camera: CameraDialog) -> None:
    frames = QVideoFrameInput()
    camera.use_frame_input(frames)
    camera.dialog.show()
    camera.dialog.activateWindow()
    qtbot.waitUntil(camera.dialog.isActiveWindow)
    frames.sendVideoFrame(QVideoFrame(real_frame(1)))
    assert camera.view.frames >= 1  # the viewfinder shows the live picture
    for shot in range(3):
        qtbot.keyClick(camera.dialog, Qt.Key.Key_Space)  # Space takes a photo
        with qtbot.waitSignal(camera.captured, timeout=5000):
            frames.sendVideoFrame(QVideoFrame(real_frame(10 + shot)))
    assert len(camera.images) == 3
    assert camera.shots_list.count() == 3
    assert camera.images[0].size().width() == 1280
    assert camera.done_button.isEnabled()


def test_captured_frame_becomes_a_stored_photo(app) -> None:
    """The code after the camera: QImage -> JPEG -> pipeline, with a real photo's pixels."""
    services = build_product_services(app)
    image = real_frame(3)
    painter = QPainter(image)
    painter.fillRect(100, 100, 300, 200, QColor("orange"))
    painter.end()
    data = image_to_jpeg(image)
    assert data[:2] == b"\xff\xd8"
    photo = services.pipeline.process_bytes(data, "camera.jpg")
    assert (photo.width, photo.height) == (1280, 720)
    assert services.photos.verify(photo.sha256)
    stored = QImage(str(services.photos.path_for(photo.sha256)))
    orange = stored.pixelColor(250, 200)
    assert orange.red() > 200 and 100 < orange.green() < 200 and orange.blue() < 80


def test_transparent_pasted_image_is_flattened_on_white() -> None:
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    decoded = QImage()
    assert decoded.loadFromData(image_to_jpeg(image))
    assert decoded.pixelColor(10, 10).lightness() > 240


def test_editor_without_camera_still_imports_files(qtbot: QtBot, app, tmp_path) -> None:
    services = build_product_services(app)
    app.registration.register(business_input(0), confirm_warnings=True)
    page = ProductsPage(services, SyncRunner(), AppSettings(app.paths.settings))
    qtbot.addWidget(page)
    made: list[CameraDialog] = []

    def no_camera(parent):
        made.append(
            CameraDialog(parent, devices=lambda: [], permission=lambda: Qt.PermissionStatus.Granted)
        )
        return made[-1]

    page.editor._camera_factory = no_camera
    page.editor.open_camera()
    [dialog] = made
    assert "No camera was found" in dialog.message_label.text()
    files = write_photos(tmp_path, 2)
    page.editor.choose_files = lambda: page.editor.import_files(files)  # the file dialog
    dialog.files_requested.disconnect()
    dialog.files_requested.connect(page.editor.choose_files)
    dialog.files_button.click()
    assert not dialog.dialog.isVisible()
    assert page.editor.strip.count() == 2
    dialog.release()


def test_photos_taken_go_to_the_editor(qtbot: QtBot, app) -> None:
    services = build_product_services(app)
    app.registration.register(business_input(0), confirm_warnings=True)
    page = ProductsPage(services, SyncRunner(), AppSettings(app.paths.settings))
    qtbot.addWidget(page)
    frames = QVideoFrameInput()

    def fed(parent):
        dialog = CameraDialog(
            parent, devices=lambda: [], permission=lambda: Qt.PermissionStatus.Granted
        )
        dialog.start = lambda: dialog.use_frame_input(frames)  # type: ignore[method-assign]
        return dialog

    page.editor._camera_factory = fed
    page.editor.open_camera()
    dialog = page.editor._camera
    for seed in (21, 22):
        dialog.capture()
        frames.sendVideoFrame(QVideoFrame(real_frame(seed)))
    assert len(dialog.images) == 2
    dialog.done_button.click()
    assert page.editor.strip.count() == 2
    dialog.release()
