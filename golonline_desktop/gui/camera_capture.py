"""Product photos from a webcam: pick the device, live viewfinder, Space to shoot, many in a row.

Everything after the video source is the same Qt code in production and in tests: a
``QCamera`` feeds the ``QMediaCaptureSession`` on a laptop, a ``QVideoFrameInput`` feeds
it in tests (there is no fake V4L2 device on CI machines; see STACK-NOTES.md "Camera
capture without a camera"). ``QImageCapture.capture()`` delivers the next frame as a
``QImage`` and :func:`image_to_jpeg` turns it into bytes for the photo pipeline
(``captureToFile`` would need an active ``QCamera``).

No camera, a camera another program holds, and a refused permission each get a message
that says what to do, and the "add from files" button stays available in every case.
The ``QCamera`` is only created while this dialog is open, so its LED is off otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPaintEvent, QPixmap, QShortcut
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QImageCapture,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoFrameInput,
    QVideoSink,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from .ui_loader import load_form_translatable

CAPTURE_TIMEOUT_MS = 5000
"""Qt reports nothing when a frame never arrives (STACK-NOTES.md): our own limit."""

PermissionCheck = Callable[[], Qt.PermissionStatus]
DeviceList = Callable[[], list[QCameraDevice]]


def _system_permission() -> Qt.PermissionStatus:
    app = QCoreApplication.instance()
    if app is None:
        return Qt.PermissionStatus.Granted
    return app.checkPermission(QCameraPermission())  # type: ignore[attr-defined]


class FrameView(QWidget):
    """The viewfinder: paints the newest frame from its own sink (grabbable offscreen,
    unlike ``QVideoWidget``, whose native window cannot be captured in tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewfinder")
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self._image = QImage()
        self.placeholder = ""
        self.frames = 0

    def _on_frame(self, frame: QVideoFrame) -> None:
        self._image = frame.toImage()
        self.frames += 1
        self.update()

    def clear(self) -> None:
        self._image = QImage()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image.isNull():
            painter.setPen(Qt.GlobalColor.lightGray)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
        else:
            scaled = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - scaled.width()) // 2
            y = (self.height() - scaled.height()) // 2
            painter.drawImage(self.rect().adjusted(x, y, -x, -y), self._image)
        painter.end()


class CameraDialog(QObject):
    """The camera window; ``images`` holds the photos taken, in order.

    Signals:
        captured(QImage): a photo was taken.
        files_requested(): the officer chose "add from files instead" (the dialog closes).
    """

    captured = Signal(QImage)
    files_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        devices: DeviceList | None = None,
        permission: PermissionCheck | None = None,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("camera_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._devices = devices or QMediaDevices.videoInputs
        self._permission = permission or _system_permission
        self.device_combo: QComboBox = form.findChild(QComboBox, "deviceCombo")
        self.message_label: QLabel = form.findChild(QLabel, "messageLabel")
        self.capture_button: QPushButton = form.findChild(QPushButton, "captureButton")
        self.files_button: QPushButton = form.findChild(QPushButton, "filesButton")
        self.done_button: QPushButton = form.findChild(QPushButton, "doneButton")
        self.cancel_button: QPushButton = form.findChild(QPushButton, "cancelButton")
        self.shots_list: QListWidget = form.findChild(QListWidget, "shotsList")
        self.shots_label: QLabel = form.findChild(QLabel, "shotsLabel")
        self.view = FrameView(form)
        self.view.placeholder = self.tr("Starting the camera…")
        form.findChild(QWidget, "viewfinderHost").layout().addWidget(self.view)
        self.shots_list.setIconSize(QSize(96, 72))

        self.images: list[QImage] = []
        self._camera: QCamera | None = None
        self._frame_input: QVideoFrameInput | None = None
        self._pending = False
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self.view.sink)
        self._capture = QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._capture.imageCaptured.connect(self._on_image_captured)
        self._capture.errorOccurred.connect(self._on_capture_error)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(CAPTURE_TIMEOUT_MS)
        self._timeout.timeout.connect(self._on_timeout)
        self._media_devices = QMediaDevices(self)
        self._media_devices.videoInputsChanged.connect(self.refresh_devices)

        self.capture_button.clicked.connect(self.capture)
        QShortcut(QKeySequence(Qt.Key.Key_Space), form, self.capture)
        self.files_button.clicked.connect(self._files_instead)
        self.done_button.clicked.connect(form.accept)
        self.cancel_button.clicked.connect(form.reject)
        self.device_combo.currentIndexChanged.connect(self._on_device_chosen)
        form.finished.connect(self.release)
        self._update_shots()

    # -- starting ------------------------------------------------------------------------

    def start(self) -> None:
        """Check the permission, list the cameras and start the first one."""
        status = self._permission()
        if status == Qt.PermissionStatus.Denied:
            self._show_problem(
                self.tr(
                    "This laptop does not allow GoOnline to use the camera. Allow camera access "
                    "in the system's privacy settings, then open this window again. Meanwhile "
                    "you can add photos from files."
                )
            )
            return
        if status == Qt.PermissionStatus.Undetermined:
            app = QCoreApplication.instance()
            app.requestPermission(QCameraPermission(), self, lambda _p: self.start())  # type: ignore[attr-defined]
            return
        self.refresh_devices()

    def refresh_devices(self) -> None:
        if self._frame_input is not None:
            return
        devices = self._devices()
        current = self.device_combo.currentData()
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for device in devices:
            self.device_combo.addItem(device.description(), device)
        self.device_combo.blockSignals(False)
        self.device_combo.setEnabled(bool(devices))
        if not devices:
            self._stop_camera()
            self._show_problem(
                self.tr(
                    "No camera was found on this laptop. Plug in a webcam (it appears here by "
                    "itself), or add photos from files."
                )
            )
            return
        ids = [d.id() for d in devices]
        index = (
            ids.index(current.id())
            if isinstance(current, QCameraDevice) and current.id() in ids
            else 0
        )
        self.device_combo.setCurrentIndex(index)
        self._on_device_chosen(index)

    def use_frame_input(self, frame_input: QVideoFrameInput) -> None:
        """Feed the session from ``frame_input`` instead of a camera (tests, a video file)."""
        self._stop_camera()
        self._frame_input = frame_input
        self._session.setVideoFrameInput(frame_input)
        self._ready()

    def _on_device_chosen(self, index: int) -> None:
        device = self.device_combo.itemData(index)
        if not isinstance(device, QCameraDevice):
            return
        self._stop_camera()
        camera = QCamera(device, self)
        if camera.error() != QCamera.Error.NoError:
            self._on_camera_error(camera.error(), camera.errorString())
            camera.deleteLater()
            return
        camera.errorOccurred.connect(self._on_camera_error)
        self._camera = camera
        self._session.setCamera(camera)
        camera.start()
        self._ready()

    def _ready(self) -> None:
        self.message_label.hide()
        self.capture_button.setEnabled(True)
        self.view.placeholder = self.tr("Waiting for the picture…")

    def _on_camera_error(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        self._show_problem(
            self.tr(
                "The camera cannot be started: another program may be using it (a video call "
                "or another camera app). Close that program and choose the camera again, or "
                "add photos from files. Details: {details}"
            ).format(details=text or "-")
        )

    def _show_problem(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        self.capture_button.setEnabled(False)
        self.view.placeholder = text
        self.view.clear()
        self.files_button.setEnabled(True)

    # -- capturing -----------------------------------------------------------------------

    def capture(self) -> None:
        """Take a photo from the next frame; ignored while one is still on its way."""
        if self._pending or not self.capture_button.isEnabled():
            return
        if self._capture.capture() < 0:
            self._on_capture_error(-1, self._capture.error(), self._capture.errorString())
            return
        self._pending = True
        self._timeout.start()

    def _on_image_captured(self, _request: int, image: QImage) -> None:
        self._pending = False
        self._timeout.stop()
        self.take_image(image)

    def take_image(self, image: QImage) -> None:
        """Keep a captured frame (the code path every camera photo goes through)."""
        if image.isNull():
            return
        image = image.copy()  # detach from the frame's buffer
        self.images.append(image)
        thumb = QPixmap.fromImage(image.scaled(QSize(96, 72), Qt.AspectRatioMode.KeepAspectRatio))
        self.shots_list.addItem(QListWidgetItem(QIcon(thumb), str(len(self.images))))
        self.shots_list.scrollToBottom()
        self._update_shots()
        self.captured.emit(image)

    def _on_capture_error(self, _request: int, _error: object, text: str) -> None:
        self._pending = False
        self._timeout.stop()
        self.message_label.setText(
            self.tr("The photo could not be taken: {details}").format(details=text or "-")
        )
        self.message_label.show()

    def _on_timeout(self) -> None:
        self._pending = False
        self.message_label.setText(
            self.tr(
                "The camera did not deliver a photo. Try again; if it keeps happening, "
                "choose the camera again."
            )
        )
        self.message_label.show()

    def _update_shots(self) -> None:
        self.shots_label.setText(self.tr("Photos taken: {count}").format(count=len(self.images)))
        self.done_button.setEnabled(bool(self.images))

    # -- closing -------------------------------------------------------------------------

    def _files_instead(self) -> None:
        self.files_requested.emit()
        self.dialog.reject()

    def _stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]
            self._camera.deleteLater()
            self._camera = None

    def release(self) -> None:
        """Stop the camera (its LED goes off) when the window closes."""
        self._timeout.stop()
        self._stop_camera()
