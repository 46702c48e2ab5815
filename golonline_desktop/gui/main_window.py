"""The main window: navigation on the left, one page per section, figures in the status bar.

The layout lives in ``ui/main_window.ui``; this module only wires it to services. The
figures are read through ``OverviewService`` on the background runner and shown when
they arrive, so a large database never freezes the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from golonline_desktop import __version__
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.overview import Overview

from . import settings as keys
from .i18n import (
    available_languages,
    current_language,
    format_count,
    install_language,
    translate,
)
from .runner import Runner
from .settings import AppSettings
from .ui_loader import load_form_translatable

if TYPE_CHECKING:  # the window is shown before the services are imported (gui/app.py)
    from golonline_desktop.services.app import App
    from golonline_desktop.services.sync_status import SyncStatus

    from .businesses_section import BusinessesSection

DEFAULT_SIZE = (1280, 720)
STATUS_PATH_WIDTH = 220  # pixels; the full path is in the tooltip and on Settings
STATUS_SPACING = 6  # pixels each side of a status bar item
STATUS_MIN_WIDTH = 40  # pixels; status texts may be clipped in a narrow window


class Page:
    """Indexes of the stacked pages, in the order of the navigation list."""

    HOME = 0
    BUSINESSES = 1
    PRODUCTS = 2
    CERTIFICATES = 3
    SYNC = 4
    SETTINGS = 5


class MainWindow(QObject):
    """Wires the main form to the services of one open data folder.

    Signals:
        summary_shown(object): new figures (an ``Overview``) are on screen.
        language_changed(str): the officer switched language (code, e.g. ``"en"``).
    """

    summary_shown = Signal(object)
    language_changed = Signal(str)

    def __init__(
        self,
        *,
        paths: DataPaths,
        settings: AppSettings,
        runner: Runner,
        officer_name: str = "",
        schema_revision: str = "",
        services: App | None = None,
    ) -> None:
        super().__init__()
        self._paths = paths
        self._officer_name = officer_name
        self._schema_revision = schema_revision
        self._settings = settings
        self._runner = runner
        self._summary: Overview | None = None
        self._sync: SyncStatus | None = None
        self._services: App | None = None
        self._draft_offered = False

        form, self._form_translator = load_form_translatable("main_window.ui")
        assert isinstance(form, QMainWindow)
        self.window: QMainWindow = form
        self.navigation: QListWidget = self._child(QListWidget, "navigationList")
        self.pages: QStackedWidget = self._child(QStackedWidget, "pages")
        self.language_combo: QComboBox = self._child(QComboBox, "languageCombo")
        self.splitter: QSplitter = self._child(QSplitter, "mainSplitter")
        self.splitter.setStretchFactor(1, 1)
        self.businesses: BusinessesSection | None = None
        self.drive_button: QPushButton | None = None
        self._child(QPushButton, "changeDriveButton").setEnabled(False)  # until attach()
        self._build_status_bar()
        self._fill_language_choices()
        self._fill_static_values()

        self.navigation.currentRowChanged.connect(self._on_section_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.window.installEventFilter(self)
        self._apply_texts()
        if services is not None:
            self.attach(services)

    def attach(self, services: App) -> None:
        """Give the shown window the services of the opened data folder.

        At start-up the window is shown first, with figures read straight from the file,
        while the data folder opens behind it (``gui/app.py``); the sections that need
        the services are built here, once they are there.
        """
        from .businesses_section import BusinessesSection

        self._services = services
        self._officer_name = services.actor.name
        self._schema_revision = services.migration.to_revision
        self.businesses = BusinessesSection(
            page=self._child(QWidget, "businessesPage"),
            services=services,
            settings=self._settings,
            runner=self._runner,
        )
        self.businesses.business_saved.connect(lambda _id: self.refresh())
        self.businesses.business_changed.connect(lambda _id: self.refresh())
        self.businesses.drive_changed.connect(self._apply_drive)
        self._connect_section_actions()
        self._fill_static_values()
        self._apply_texts()
        self.refresh()
        if self.window.isVisible():
            QTimer.singleShot(0, self._offer_draft)

    @property
    def services(self) -> App | None:
        """The open data folder's services (None while it is still opening)."""
        return self._services

    # -- construction -------------------------------------------------------------------

    def _child(self, kind: type, name: str):
        widget = self.window.findChild(kind, name)
        if widget is None:
            raise LookupError(f"main_window.ui has no {kind.__name__} named {name!r}")
        return widget

    def _label(self, name: str) -> QLabel:
        return self._child(QLabel, name)

    def _build_status_bar(self) -> None:
        bar: QStatusBar = self._child(QStatusBar, "statusBar")
        self.status_labels: dict[str, QLabel] = {}
        for name in ("officerStatus", "dataFolderStatus", "schemaStatus", "countsStatus"):
            label = QLabel(bar)
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
            label.setMinimumWidth(STATUS_MIN_WIDTH)  # a narrow window clips, never widens
            bar.addPermanentWidget(label)
            self.status_labels[name] = label
        for name in ("driveStatus", "syncStatus"):  # empty until the data folder is open
            label = QLabel(bar)
            label.setObjectName(name)
            label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
            label.setMinimumWidth(STATUS_MIN_WIDTH)  # a narrow window clips, never widens
            bar.insertPermanentWidget(0, label)
            self.status_labels[name] = label
        bar.setSizeGripEnabled(True)

    def _connect_section_actions(self) -> None:
        """The drive button and the shortcuts that need the businesses section."""
        assert self.businesses is not None
        self.drive_button = self._child(QPushButton, "changeDriveButton")
        self.drive_button.setEnabled(True)
        self.drive_button.clicked.connect(self.businesses.choose_drive)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self.window)
        new_shortcut.activated.connect(self.new_registration)
        drive_shortcut = QShortcut(QKeySequence("Ctrl+D"), self.window)
        drive_shortcut.activated.connect(self.businesses.choose_drive)

    def _fill_language_choices(self) -> None:
        self.language_combo.blockSignals(True)
        try:
            for code, name in available_languages().items():
                self.language_combo.addItem(name, code)
        finally:
            self.language_combo.blockSignals(False)
        self._show_current_language()

    def _show_current_language(self) -> None:
        """The picker shows the language in use (installed at start from the settings)."""
        app = QCoreApplication.instance()
        current = (current_language(app) if app is not None else None) or self._settings.get(
            keys.LANGUAGE
        )
        index = self.language_combo.findData(current)
        self.language_combo.blockSignals(True)
        try:
            self.language_combo.setCurrentIndex(max(index, 0))
        finally:
            self.language_combo.blockSignals(False)

    def _fill_static_values(self) -> None:
        self._label("settingsOfficerValue").setText(self._officer_name)
        self._label("settingsDataFolderValue").setText(str(self._paths.root))
        self._label("settingsSchemaValue").setText(self._schema_revision)
        self._label("settingsVersionValue").setText(__version__)

    # -- showing ------------------------------------------------------------------------

    def show(self) -> None:
        """Show the window where the officer left it, then load the figures."""
        self._restore_window()
        self.window.show()
        self.refresh()
        if self.businesses is not None:
            QTimer.singleShot(0, self._offer_draft)

    def _offer_draft(self) -> None:
        """After a crash or a power cut, offer the registration that was being typed."""
        assert self.businesses is not None
        if self._draft_offered or not self.window.isVisible() or self.businesses.form_open:
            return  # offered once a start, however many times the window is shown
        self._draft_offered = True
        if self.businesses.offer_latest_draft():
            self.navigation.setCurrentRow(Page.BUSINESSES)

    def new_registration(self) -> None:
        """Ctrl+N from anywhere: the UMKM section with an empty form."""
        if self.businesses is None:
            return
        self.navigation.setCurrentRow(Page.BUSINESSES)
        self.businesses.new_registration()

    def _restore_window(self) -> None:
        geometry = self._settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.window.restoreGeometry(geometry):
            self._default_geometry()
        state = self._settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.window.restoreState(state)
        page = self._settings.get(keys.WINDOW_PAGE)
        page = page if 0 <= page < self.pages.count() else Page.HOME
        self.navigation.blockSignals(True)  # show() counts once, not once more per page
        try:
            self.navigation.setCurrentRow(page)
        finally:
            self.navigation.blockSignals(False)
        self.pages.setCurrentIndex(page)
        splitter = self._settings.get(keys.WINDOW_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.window.resize(width, height)

    def save_window_state(self) -> None:
        self._settings.set(keys.WINDOW_GEOMETRY, self.window.saveGeometry())
        self._settings.set(keys.WINDOW_STATE, self.window.saveState())
        self._settings.set(keys.WINDOW_PAGE, max(self.navigation.currentRow(), 0))
        self._settings.set(keys.WINDOW_SPLITTER, self.splitter.saveState())
        self._settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self._apply_texts()
            elif event.type() == QEvent.Type.Close:
                if self.businesses is not None:
                    self.businesses.close()
                self.save_window_state()
        return False

    # -- figures ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again (off the GUI thread) and show the figures when they arrive."""
        if self._services is None:
            return  # still opening: the figures read at start-up stay on screen
        from golonline_desktop.services.sync_status import read_sync_status

        store = self._services.store
        self._runner.submit(self._services.overview.summary, on_done=self.show_summary)
        self._runner.submit(lambda: read_sync_status(store, log_limit=0), on_done=self._show_sync)

    def _show_sync(self, status: SyncStatus) -> None:
        self._sync = status
        self._apply_sync()

    def _apply_sync(self) -> None:
        label = self.status_labels.get("syncStatus")
        status = self._sync
        if label is None or status is None:
            return
        if not status.enrolled:
            text = translate("MainWindow", "Server: not set up")
        elif status.last_success_at is None:
            text = translate("MainWindow", "Never sent yet")
        else:
            when = QDateTime.fromSecsSinceEpoch(int(status.last_success_at.timestamp()))
            text = translate("MainWindow", "Last sent {when}").format(
                when=QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
            )
        attention = len(status.quarantined) + len(status.conflicts)
        if attention:
            text += " · " + translate("MainWindow", "{count} need attention").format(
                count=format_count(attention)
            )
        label.setText(text)

    def _apply_drive(self) -> None:
        if self.businesses is None or self.drive_button is None:
            return
        self.status_labels["driveStatus"].setText(self.businesses.drive_text())

    def show_summary(self, summary: Overview) -> None:
        self._summary = summary
        self._apply_figures()
        self.summary_shown.emit(summary)

    @property
    def summary(self) -> Overview | None:
        """The figures on screen (None until the first count arrived)."""
        return self._summary

    # -- texts --------------------------------------------------------------------------

    def _apply_texts(self) -> None:
        self._form_translator.retranslate()
        self._show_current_language()
        labels = self.status_labels
        labels["officerStatus"].setText(
            translate("MainWindow", "Officer: {name}").format(name=self._officer_name or "…")
        )
        folder = str(self._paths.root)
        shown = QFontMetrics(labels["dataFolderStatus"].font()).elidedText(
            folder, Qt.TextElideMode.ElideMiddle, STATUS_PATH_WIDTH
        )
        labels["dataFolderStatus"].setText(
            translate("MainWindow", "Data: {folder}").format(folder=shown)
        )
        labels["dataFolderStatus"].setToolTip(folder)
        labels["schemaStatus"].setText(
            translate("MainWindow", "Schema {revision}").format(revision=self._schema_revision)
        )
        labels["officerStatus"].setAccessibleName(translate("MainWindow", "Officer"))
        labels["dataFolderStatus"].setAccessibleName(translate("MainWindow", "Data folder"))
        labels["schemaStatus"].setAccessibleName(translate("MainWindow", "Database schema"))
        labels["countsStatus"].setAccessibleName(translate("MainWindow", "Figures"))
        if self.drive_button is not None:
            labels["driveStatus"].setAccessibleName(translate("MainWindow", "Registration drive"))
            labels["syncStatus"].setAccessibleName(translate("MainWindow", "Sync state"))
            self._apply_drive()
            self._apply_sync()
        self._apply_figures()

    def _apply_figures(self) -> None:
        summary = self._summary
        if summary is None:
            counting = translate("MainWindow", "counting…")
            for name in ("homeBusinessesValue", "homePendingValue", "homeAttentionValue"):
                self._label(name).setText(counting)
            self._label("businessesCountValue").setText("")
            self._label("syncPendingValue").setText("")
            self.status_labels["countsStatus"].setText(counting)
            return
        businesses = format_count(summary.businesses)
        pending = format_count(summary.outbox_pending)
        self._label("homeBusinessesValue").setText(businesses)
        self._label("homePendingValue").setText(pending)
        self._label("homeAttentionValue").setText(format_count(summary.outbox_attention))
        self._label("businessesCountValue").setText(
            translate("MainWindow", "Businesses stored on this laptop: {count}").format(
                count=businesses
            )
        )
        self._label("syncPendingValue").setText(
            translate("MainWindow", "Changes waiting to be sent: {count}").format(count=pending)
        )
        self.status_labels["countsStatus"].setText(
            translate(
                "MainWindow", "{businesses} businesses · {pending} waiting to be sent"
            ).format(businesses=businesses, pending=pending)
        )

    # -- officer's actions --------------------------------------------------------------

    def _on_section_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            self.refresh()

    def _on_language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if not isinstance(code, str):
            return
        self._settings.set(keys.LANGUAGE, code)
        self._settings.sync()
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, code)  # every widget gets a LanguageChange event
        self.language_changed.emit(code)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()
