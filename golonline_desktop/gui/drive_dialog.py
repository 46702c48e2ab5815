"""Pick or create the registration drive (kegiatan pendataan) new registrations belong to."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from golonline_desktop.services.drives import Drive, DriveService
from golonline_desktop.storage.region_directory import RegionDirectory

from .i18n import indonesian_long_date, translate
from .region_picker import RegionSearch
from .runner import Runner
from .ui_loader import load_form_translatable


def drive_label(drive: Drive, regions: RegionDirectory) -> str:
    place = regions.full_path(drive.region_code) or drive.region_code
    return f"{drive.name} — {indonesian_long_date(drive.drive_date)} — {place}"


class DriveDialog(QObject):
    """Lists the drives (newest first) and creates a new one from name, date and place."""

    def __init__(
        self,
        drives: DriveService,
        regions: RegionDirectory,
        runner: Runner,
        today: date,
        current_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("drive_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._drives = drives
        self._regions = regions
        self._runner = runner
        self._chosen: Drive | None = None
        self._place_code = ""
        self.list: QListWidget = form.findChild(QListWidget, "driveList")
        self.name_edit: QLineEdit = form.findChild(QLineEdit, "driveNameEdit")
        self.date_edit: QDateEdit = form.findChild(QDateEdit, "driveDateEdit")
        self.place_edit: QLineEdit = form.findChild(QLineEdit, "drivePlaceEdit")
        self._place_value: QLabel = form.findChild(QLabel, "drivePlaceValue")
        self._message: QLabel = form.findChild(QLabel, "driveMessage")
        self.use_button: QPushButton = form.findChild(QPushButton, "driveUseButton")
        self.create_button: QPushButton = form.findChild(QPushButton, "driveCreateButton")
        form.findChild(QPushButton, "driveCancelButton").clicked.connect(form.reject)
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self._place_search = RegionSearch(regions, self.place_edit, self)
        self._place_search.picked.connect(self._on_place)
        self.place_edit.textEdited.connect(lambda _t: self._on_place(""))
        self.use_button.clicked.connect(self._use_selected)
        self.list.itemActivated.connect(lambda _item: self._use_selected())
        self.create_button.clicked.connect(self._create)
        self.name_edit.returnPressed.connect(self.date_edit.setFocus)
        self.date_edit.installEventFilter(self)
        self.list.setWordWrap(True)  # long place names wrap instead of scrolling sideways
        self._known = drives.list()
        for drive in self._known:
            item = QListWidgetItem(drive_label(drive, regions))
            item.setData(Qt.ItemDataRole.UserRole, drive.id)
            self.list.addItem(item)
            if drive.id == current_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(self._known))
        form.installEventFilter(self)
        self._apply_texts()

    @property
    def chosen(self) -> Drive | None:
        return self._chosen

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        if not self._known:
            self.form_label("driveListLabel").setText(
                translate("DriveDialog", "No drive yet on this laptop: create the first one.")
            )
        self._update_buttons()

    def form_label(self, name: str) -> QLabel:
        return self.dialog.findChild(QLabel, name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        if (
            watched is self.date_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.place_edit.setFocus()  # Enter moves on, as in the registration form
            return True
        return False

    def _on_place(self, code: str) -> None:
        self._place_code = code
        self._place_value.setText(self._regions.full_path(code) or "" if code else "")
        self._update_buttons()
        if code:
            self.create_button.setFocus()

    def _update_buttons(self) -> None:
        self.use_button.setEnabled(self.list.count() > 0)
        self.create_button.setEnabled(True)

    def _use_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        drive_id = item.data(Qt.ItemDataRole.UserRole)
        self._chosen = next((d for d in self._known if d.id == drive_id), None)
        self.dialog.accept()

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._message.setText(translate("DriveDialog", "Type the name of the drive."))
            self.name_edit.setFocus()
            return
        if not self._place_code:
            self._message.setText(
                translate("DriveDialog", "Choose the place from the list that opens as you type.")
            )
            self.place_edit.setFocus()
            return
        qdate = self.date_edit.date()
        drive_date = date(qdate.year(), qdate.month(), qdate.day())
        self._message.setText("")
        self._runner.submit(
            self._drives.create,
            name,
            drive_date,
            self._place_code,
            on_done=self._created,
            on_error=self._failed,
            write=True,
        )

    def _created(self, drive: Drive) -> None:
        self._chosen = drive
        self.dialog.accept()

    def _failed(self, exc: BaseException) -> None:
        self._message.setText(
            translate("DriveDialog", "The drive could not be saved: {reason}").format(
                reason=str(exc) or type(exc).__name__
            )
        )

    def ask(self) -> Drive | None:
        (self.list if self.list.count() else self.name_edit).setFocus()
        self.dialog.exec()
        self.dialog.deleteLater()
        return self._chosen
