"""The Sinkronisasi page: state, counts per queue state, refused records, conflicts, log.

The page only shows what ``SyncController`` reports and forwards the officer's actions
to it; it never reads the database itself. ``install_sync`` puts the page and the status
bar light into the main window in one call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from golonline_desktop.services.app import App
from golonline_desktop.services.sync_conflicts import ConflictDetails, Resolution
from golonline_desktop.services.sync_progress import FailureKind, SyncProgress, SyncResult
from golonline_desktop.services.sync_status import SyncStatus

from . import settings as keys
from .conflict_dialog import ConflictDialog
from .enrollment_dialog import EnrollmentDialog, normalise_server_url
from .i18n import format_count, translate
from .runner import Runner, TaskRunner
from .settings import AppSettings
from .sync_controller import NOT_ENROLLED_ERROR, SyncController
from .sync_light import SyncLight, SyncLightButton, light_text
from .sync_texts import (
    choice_error_text,
    conflict_line,
    duration_text,
    log_line,
    progress_text,
    quarantine_line,
    record_title,
    result_text,
    when_text,
)
from .ui_loader import load_form_translatable

RecordOpener = Callable[[str, str], None]
KEY_ROLE = Qt.ItemDataRole.UserRole


class SyncPage(QWidget):
    """The page widget; ``controller`` does the work, the page shows it."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPageContent")
        self.controller = controller
        self._open_record: RecordOpener | None = None
        self._last_result: SyncResult | None = None
        self.enrollment_dialog: EnrollmentDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        form, self._translator = load_form_translatable("sync_page.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.form = form
        self.state_text = self._find(QLabel, "syncStateText")
        self.sync_button = self._find(QPushButton, "syncNowButton")
        self.cancel_button = self._find(QPushButton, "syncCancelButton")
        self.enroll_button = self._find(QPushButton, "syncEnrollButton")
        self.progress_bar = self._find(QProgressBar, "syncProgressBar")
        self.progress_text = self._find(QLabel, "syncProgressText")
        self.result_text = self._find(QLabel, "syncResultText")
        self.quarantine_list = self._find(QListWidget, "syncQuarantineList")
        self.conflict_list = self._find(QListWidget, "syncConflictList")
        self.log_list = self._find(QListWidget, "syncLogList")
        self.retry_button = self._find(QPushButton, "syncRetryButton")
        self.edit_button = self._find(QPushButton, "syncEditButton")
        self.resolve_button = self._find(QPushButton, "syncResolveButton")
        self.server_edit = self._find(QLineEdit, "syncServerUrlEdit")
        self.server_save_button = self._find(QPushButton, "syncServerUrlSaveButton")
        self.auto_check = self._find(QCheckBox, "syncAutoCheck")
        self.interval_spin = self._find(QSpinBox, "syncIntervalSpin")
        settings = controller.settings
        self.server_edit.setText(settings.get(keys.SERVER_URL))
        self.auto_check.setChecked(settings.get(keys.AUTO_SYNC))
        self.interval_spin.setValue(settings.get(keys.SYNC_INTERVAL_MINUTES))
        self.edit_button.setVisible(False)

        self.sync_button.clicked.connect(self._on_sync_now)
        self.cancel_button.clicked.connect(controller.cancel)
        self.enroll_button.clicked.connect(lambda: self.open_enrollment())
        self.retry_button.clicked.connect(self._on_retry)
        self.edit_button.clicked.connect(self._on_edit)
        self.resolve_button.clicked.connect(self._on_resolve)
        self.server_save_button.clicked.connect(self._on_server_saved)
        self.server_edit.returnPressed.connect(self._on_server_saved)
        self.auto_check.toggled.connect(self._on_auto_toggled)
        self.interval_spin.valueChanged.connect(self._on_interval_changed)
        self.quarantine_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.conflict_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        controller.state_changed.connect(lambda _light: self._show_state())
        controller.progress.connect(self._show_progress)
        controller.finished.connect(self._show_result)
        controller.status_changed.connect(self._show_status)
        self._apply_texts()
        if controller.status is not None:
            self._show_status(controller.status)

    def _find(self, kind: type, name: str):
        widget = self.form.findChild(kind, name)
        if widget is None:
            raise LookupError(f"sync_page.ui has no {kind.__name__} named {name!r}")
        return widget

    def set_record_opener(self, opener: RecordOpener | None) -> None:
        """``opener(entity, entity_id)`` opens a record for editing; shows "Open record"."""
        self._open_record = opener
        self.edit_button.setVisible(opener is not None)

    # -- showing ---------------------------------------------------------------------------

    def _apply_texts(self) -> None:
        self._translator.retranslate()
        self.interval_spin.setSuffix(" " + translate("SyncPage", "min"))
        self._show_state()
        if self._last_result is not None:
            self._show_result(self._last_result)
        if self.controller.status is not None:
            self._show_status(self.controller.status)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._apply_texts()
        super().changeEvent(event)

    def _show_state(self) -> None:
        controller = self.controller
        light = controller.light
        explain = {
            SyncLight.IDLE: translate("SyncPage", "Changes wait here until they are sent."),
            SyncLight.SYNCING: translate("SyncPage", "Sending to the central server…"),
            SyncLight.OK: translate("SyncPage", "Everything is on the central server."),
            SyncLight.ATTENTION: translate(
                "SyncPage", "Some records were refused or are in conflict: see below."
            ),
            SyncLight.OFFLINE: translate(
                "SyncPage",
                "The server cannot be reached now. Everything stays safe on this laptop and "
                "is sent when the connection returns.",
            ),
            SyncLight.NOT_ENROLLED: self._not_enrolled_text(),
        }[light]
        self.state_text.setText(f"{light_text(light)} — {explain}")
        running = controller.running
        self.sync_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setTextVisible(running)
        if not running:
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            self.progress_text.setText("")
        elif self.progress_bar.maximum() <= 1:
            self.progress_bar.setRange(0, 0)  # busy until the first figures arrive
            self.progress_text.setText(translate("SyncPage", "Preparing…"))
        self._show_next_try()

    def _not_enrolled_text(self) -> str:
        result = self.controller.last_result
        if (
            result is not None
            and result.failure is FailureKind.NOT_AUTHORIZED
            and result.error != NOT_ENROLLED_ERROR
        ):
            return translate(
                "SyncPage",
                "The server no longer accepts this laptop (the office may have revoked "
                "it). Enroll it again; nothing stored here is lost.",
            )
        return translate(
            "SyncPage", "Enroll this laptop with the central server before the first sync."
        )

    def _show_next_try(self) -> None:
        label = self._find(QLabel, "syncNextValue")
        if not self.controller.settings.get(keys.AUTO_SYNC):
            label.setText(translate("SyncPage", "off (only with Sync now)"))
        elif self.controller.retry_pending:
            seconds = self.controller.retry_in_ms / 1000
            label.setText(translate("SyncPage", "in {time}").format(time=duration_text(seconds)))
        else:
            minutes = self.controller.settings.get(keys.SYNC_INTERVAL_MINUTES)
            label.setText(
                translate("SyncPage", "every {n} min and when the network returns").format(
                    n=minutes
                )
            )

    def _show_progress(self, progress: SyncProgress) -> None:
        total = max(progress.records_total, 1)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(progress.records_done, total))
        self.progress_text.setText(progress_text(progress))

    def _show_result(self, result: SyncResult) -> None:
        self._last_result = result
        text = result_text(result)
        if result.failure is FailureKind.UNAVAILABLE:
            text += " " + translate("SyncPage", "The server could not be reached.")
        self.result_text.setText(text)
        self._show_state()

    def _show_status(self, status: SyncStatus) -> None:
        counts = status.counts
        values = {
            "syncPendingCount": counts.get("pending", 0),
            "syncDoneCount": counts.get("done", 0),
            "syncQuarantinedCount": counts.get("quarantined", 0),
            "syncConflictCount": len(status.conflicts),
        }
        for name, value in values.items():
            self._find(QLabel, name).setText(format_count(value))
        not_yet = translate("SyncPage", "not enrolled yet")
        self._find(QLabel, "syncServerValue").setText(status.server_url or not_yet)
        self.server_edit.setPlaceholderText(status.server_url or "")
        self._find(QLabel, "syncDeviceValue").setText(status.device_code or not_yet)
        self._find(QLabel, "syncLastSuccessValue").setText(when_text(status.last_success_at))
        self._find(QLabel, "syncLastAttemptValue").setText(when_text(status.last_attempt_at))
        self.enroll_button.setText(
            translate("SyncPage", "&Enroll again…")
            if status.enrolled
            else translate("SyncPage", "&Enroll this laptop…")
        )
        names = self.controller.record_names
        self._fill(
            self.quarantine_list,
            [
                (quarantine_line(q, names.get(q.entity_id)), (q.entity, q.entity_id))
                for q in status.quarantined
            ],
            translate("SyncPage", "No refused records."),
        )
        self._fill(
            self.conflict_list,
            [(conflict_line(c, names.get(c.entity_id)), c.id) for c in status.conflicts],
            translate("SyncPage", "No conflicts."),
        )
        self._fill(self.log_list, [(log_line(line), None) for line in status.log], "")
        tabs = self.form.findChild(QWidget, "syncTabs")
        tab_titles = (
            (0, translate("SyncPage", "Refused records ({n})"), len(status.quarantined)),
            (1, translate("SyncPage", "Conflicts ({n})"), len(status.conflicts)),
        )
        for index, title, n in tab_titles:
            tabs.setTabText(index, title.format(n=format_count(n)))  # type: ignore[attr-defined]
        self._show_state()
        self._update_buttons()

    @staticmethod
    def _fill(view: QListWidget, rows: list[tuple[str, object]], empty: str) -> None:
        keep = view.currentItem().data(KEY_ROLE) if view.currentItem() else None
        view.clear()
        for text, key in rows:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            view.addItem(item)
            if key is not None and key == keep:
                view.setCurrentItem(item)
        if not rows and empty:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(placeholder)
        elif rows and view.currentRow() < 0 and keep is None and rows[0][1] is not None:
            view.setCurrentRow(0)

    def _update_buttons(self) -> None:
        picked = self._selected(self.quarantine_list) is not None
        self.retry_button.setEnabled(picked)
        self.edit_button.setEnabled(picked)
        self.resolve_button.setEnabled(self._selected(self.conflict_list) is not None)

    @staticmethod
    def _selected(view: QListWidget) -> object | None:
        item = view.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    # -- the officer's actions -------------------------------------------------------------

    def _on_sync_now(self) -> None:
        status = self.controller.status
        if status is not None and not status.enrolled:
            self.open_enrollment()
            return
        self.controller.sync_now()

    def open_enrollment(self) -> EnrollmentDialog:
        """Open the enrollment dialog (window-modal; returns at once)."""
        status = self.controller.status
        refused = self.controller.light is SyncLight.NOT_ENROLLED and status and status.enrolled
        reason = self._not_enrolled_text() if refused else ""
        dialog = EnrollmentDialog(
            self.controller.app, self.controller.settings, self.controller.runner, reason, self
        )
        self.enrollment_dialog = dialog
        dialog.dialog.accepted.connect(self._on_enrolled)
        dialog.dialog.open()
        dialog.dialog.activateWindow()
        (dialog.username_edit if dialog.server_edit.text() else dialog.server_edit).setFocus()
        return dialog

    def _on_enrolled(self) -> None:
        self.server_edit.setText(self.controller.settings.get(keys.SERVER_URL))
        self.controller.enrolled()

    def _on_retry(self) -> None:
        key = self._selected(self.quarantine_list)
        if isinstance(key, tuple):
            self.controller.retry_record(*key)

    def _on_edit(self) -> None:
        key = self._selected(self.quarantine_list)
        if isinstance(key, tuple) and self._open_record is not None:
            self._open_record(*key)

    def _on_resolve(self) -> None:
        """Read the two versions, then show them side by side (``conflict_dialog``)."""
        key = self._selected(self.conflict_list)
        if not isinstance(key, int):
            return
        self.resolve_button.setEnabled(False)
        self.controller.conflict_details(
            key, on_done=self.open_conflict, on_error=self._conflict_unreadable
        )

    def open_conflict(self, details: ConflictDetails) -> ConflictDialog:
        """Show one conflict (window-modal; returns at once). The choice runs through the
        controller; the dialog closes when it is stored and the page refreshes."""
        self._update_buttons()
        name = self.controller.record_names.get(details.entity_id)
        dialog = ConflictDialog(
            details, record_title(details.entity, details.entity_id, name), self
        )
        self.conflict_dialog = dialog

        def chosen(resolution: Resolution) -> None:
            self.controller.resolve_conflict(
                details.conflict_id,
                resolution,
                on_done=lambda _outcome: dialog.done(),
                on_error=lambda exc: dialog.failed(choice_error_text(exc)),
            )

        dialog.chosen.connect(chosen)
        dialog.dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: ConflictDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None

    def _conflict_unreadable(self, exc: BaseException) -> None:
        self.result_text.setText(choice_error_text(exc))
        self.controller.refresh_status()

    def _on_server_saved(self) -> None:
        url = normalise_server_url(self.server_edit.text())
        self.server_edit.setText(url)
        self.controller.settings.set(keys.SERVER_URL, url)
        self.controller.settings.sync()

    def _on_auto_toggled(self, on: bool) -> None:
        self.controller.settings.set(keys.AUTO_SYNC, on)
        self.controller.settings.sync()
        self.controller.apply_settings()
        self._show_next_try()

    def _on_interval_changed(self, minutes: int) -> None:
        self.controller.settings.set(keys.SYNC_INTERVAL_MINUTES, minutes)
        self.controller.settings.sync()
        self.controller.apply_settings()
        self._show_next_try()


def install_sync(
    main_window: object,
    app: App,
    settings: AppSettings,
    *,
    runner: Runner | None = None,
    start: bool = True,
) -> SyncController:
    """Put the sync light in the status bar and the page into the "Sinkronisasi" section.

    ``main_window`` is a ``gui.main_window.MainWindow``. The placeholder texts of its
    ``syncPage`` are hidden (kept: the window still writes its figures there). ``runner``
    serves the status reads and enrollment (a ``TaskRunner`` of the controller's own by
    default; tests pass ``SyncRunner``). With ``start`` the controller reads the status as
    soon as the event loop runs and, automatic sync being on, tries a first pass. It shuts
    down when the application quits.
    """
    window = main_window.window  # type: ignore[attr-defined]
    pages = main_window.pages  # type: ignore[attr-defined]
    if runner is None:
        runner = TaskRunner(window)
        if (qt := QCoreApplication.instance()) is not None:
            qt.aboutToQuit.connect(runner.shutdown)
    controller = SyncController(app, settings, runner, window)
    section = pages.findChild(QWidget, "syncPage")
    if section is None:
        raise LookupError("main_window.ui has no page named 'syncPage'")
    for name in ("syncTitle", "syncNote", "syncPendingValue"):
        placeholder = section.findChild(QWidget, name)
        if placeholder is not None:
            placeholder.hide()
    page = SyncPage(controller, section)
    layout = section.layout()
    assert isinstance(layout, QLayout)
    layout.insertWidget(0, page, 1)  # type: ignore[attr-defined]
    bar = window.findChild(QStatusBar, "statusBar")
    light = SyncLightButton(bar)
    bar.insertPermanentWidget(0, light)
    controller.state_changed.connect(light.show_light)
    light.show_light(controller.light)

    def open_page() -> None:
        index = pages.indexOf(section)
        main_window.navigation.setCurrentRow(index)  # type: ignore[attr-defined]
        pages.setCurrentIndex(index)

    light.clicked.connect(open_page)
    qt_app = QCoreApplication.instance()
    if qt_app is not None:
        qt_app.aboutToQuit.connect(controller.shutdown)
    controller.page = page
    controller.light_button = light
    if start:
        QTimer.singleShot(0, controller.start)
    return controller
