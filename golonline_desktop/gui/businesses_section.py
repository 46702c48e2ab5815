"""The UMKM section: the list of businesses and the registration form, on one page.

The form replaces the list inside the section (not a separate window): at 1366x768 it
gets the whole content area, Tab never leaves it for another window, and the navigation
and status bar stay visible. Ctrl+N from anywhere lands here. The registration drive is
asked for once a day, before the first new registration.
"""

from __future__ import annotations

import importlib.util
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QStackedWidget, QWidget

from golonline_desktop.services.app import App
from golonline_desktop.services.drafts import DraftRecord, DraftService
from golonline_desktop.services.drives import Drive

from . import dialogs
from . import settings as keys
from .drive_dialog import DriveDialog
from .i18n import translate
from .registration_fields import DRAFT_KIND
from .registration_form import RegistrationForm
from .runner import Runner
from .settings import AppSettings

BROWSER_MODULE = "golonline_desktop.gui.business_browser"
QUERY_MODULE = "golonline_desktop.services.business_query"


class BusinessesSection(QObject):
    """Switches the UMKM page between the list and the form, and keeps the current drive.

    Signals:
        business_saved(str): a registration was saved (its id).
        business_changed(str): a business was deleted or restored from the list (its id).
        drive_changed(): the current drive changed (the status bar shows it).
    """

    business_saved = Signal(str)
    business_changed = Signal(str)
    drive_changed = Signal()

    def __init__(
        self, *, page: QWidget, services: App, settings: AppSettings, runner: Runner
    ) -> None:
        super().__init__(page)
        self._services = services
        self._settings = settings
        self._runner = runner
        self.drafts = DraftService(services.store, services.clock, services.actor)
        self.stack: QStackedWidget = page.findChild(QStackedWidget, "businessesStack")
        self._list_page: QWidget = page.findChild(QWidget, "businessesListPage")
        form_page = page.findChild(QWidget, "registrationPage")
        self.form = RegistrationForm(
            registration=services.registration,
            drafts=self.drafts,
            regions=services.regions,
            runner=runner,
            parent=form_page,
        )
        form_page.layout().setContentsMargins(0, 0, 0, 0)
        form_page.layout().addWidget(self.form.widget)
        self.form.closed.connect(self.show_list)
        self.form.saved.connect(self.business_saved)
        self.form.open_requested.connect(self._open_instead)
        page.findChild(QPushButton, "newRegistrationButton").clicked.connect(self.new_registration)
        self.browser = self._build_browser(page)
        self._drive: Drive | None = self._remembered_drive()

    # -- the list -------------------------------------------------------------------------

    def _build_browser(self, page: QWidget) -> QObject | None:
        """The businesses list, when that screen is part of this build."""
        if importlib.util.find_spec(BROWSER_MODULE) is None:
            return None
        module = importlib.import_module(BROWSER_MODULE)
        query_module = importlib.import_module(QUERY_MODULE)
        host = page.findChild(QWidget, "businessesBrowserHost")
        query = query_module.BusinessQueryService(self._services.store, self._services.regions)
        browser = module.BusinessBrowserPage(
            query, self._services.registration, self._runner, self._settings, host
        )
        # The list's filter row is wider than a small window: scroll rather than force the
        # whole window wider (it fits a 1366x768 screen without a scroll bar).
        scroll = QScrollArea(host)
        scroll.setObjectName("businessesBrowserScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(browser)
        host.layout().addWidget(scroll)
        browser.installEventFilter(self)
        browser.open_requested.connect(self.open_business)
        browser.new_requested.connect(self.new_registration)
        browser.business_deleted.connect(self.business_changed)
        page.findChild(QLabel, "businessesNote").hide()
        page.findChild(QPushButton, "newRegistrationButton").hide()
        layout = self._list_page.layout()
        for index in reversed(range(layout.count())):
            if layout.itemAt(index).spacerItem() is not None:
                layout.removeItem(layout.itemAt(index))  # the list takes the height
        layout.setStretchFactor(host, 1)
        return browser

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # WORKAROUND: after deleteLater() of the main window PySide6 already invalidates the
        # list's form wrapper, while a LanguageChange can still reach the list; drop it then.
        if event.type() == QEvent.Type.LanguageChange:
            form = getattr(watched, "form", None)
            return form is not None and not shiboken6.isValid(form)
        return False

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self._list_page)
        refresh = getattr(self.browser, "refresh", None)
        if callable(refresh):
            refresh()

    @property
    def form_open(self) -> bool:
        return self.stack.currentWidget() is not self._list_page

    # -- the form -------------------------------------------------------------------------

    def _leave_open_form(self) -> bool:
        """True when the form may be replaced (nothing typed, or the officer said so)."""
        return not self.form_open or self.form.request_close()

    def new_registration(self) -> None:
        if not self._leave_open_form():
            return
        draft = self.drafts.latest(DRAFT_KIND)
        if draft is not None and self.offer_draft(draft):
            return
        self.ensure_drive()
        self.form.start_new(self._drive.id if self._drive else None)
        self._show_form()

    def open_business(self, business_id: str) -> None:
        if not self._leave_open_form():
            return
        draft = self.drafts.get(DRAFT_KIND, business_id)
        if draft is not None and self.offer_draft(draft):
            return
        self.form.start_edit(self._services.registration.get(business_id))
        self._show_form()

    def _open_instead(self, business_id: str) -> None:
        """From the duplicate dialog: the typed registration stays a draft, offered later."""
        self.form.start_edit(self._services.registration.get(business_id))
        self._show_form()

    def offer_draft(self, draft: DraftRecord) -> bool:
        """Ask whether to continue an unsaved registration; True when it is shown again."""
        name = str(draft.content.get("business_name") or draft.content.get("owner_name") or "")
        text = translate(
            "BusinessesSection",
            "A registration was not saved the last time ({name}). Continue it now?\n\n"
            "If you answer No, it stays kept and is offered again later.",
        ).format(name=name or translate("BusinessesSection", "no name typed yet"))
        answer = dialogs.ask(
            self.stack.window(),
            translate("BusinessesSection", "Unsaved registration"),
            text,
            (dialogs.Choice.YES, dialogs.Choice.NO),
            dialogs.Choice.YES,
        )
        if answer is not dialogs.Choice.YES:
            return False
        self.form.restore_draft(draft)
        self._show_form()
        return True

    def offer_latest_draft(self) -> bool:
        draft = self.drafts.latest(DRAFT_KIND)
        return draft is not None and self.offer_draft(draft)

    def _show_form(self) -> None:
        self.form.set_drive_text(self.drive_text())
        self.stack.setCurrentWidget(self.form.widget.parentWidget())
        self.stack.window().activateWindow()  # back from a dialog: typing goes to the form
        self.form.edits["owner_name"].setFocus()

    def close(self) -> None:
        """The window closes: write what was typed, synchronously, before the app quits."""
        if self.form_open:
            self.form.flush_draft(wait=True)

    # -- the drive ------------------------------------------------------------------------

    @property
    def drive(self) -> Drive | None:
        return self._drive

    def _remembered_drive(self) -> Drive | None:
        drive_id = self._settings.get(keys.CURRENT_DRIVE_ID)
        if not drive_id:
            return None
        return next((d for d in self._services.drives.list() if d.id == drive_id), None)

    def _today(self) -> date:
        return self._services.clock.today()

    def ensure_drive(self) -> None:
        """Ask for the drive when none was chosen today."""
        if self._drive is None or self._settings.get(keys.CURRENT_DRIVE_DAY) != str(self._today()):
            self.choose_drive()

    def choose_drive(self) -> None:
        dialog = DriveDialog(
            self._services.drives,
            self._services.regions,
            self._runner,
            self._today(),
            self._drive.id if self._drive else None,
            self.stack.window(),
        )
        chosen = dialog.ask()
        if chosen is None:
            return
        self._drive = chosen
        self._settings.set(keys.CURRENT_DRIVE_ID, chosen.id)
        self._settings.set(keys.CURRENT_DRIVE_DAY, str(self._today()))
        self._settings.sync()
        self.form.set_drive_text(self.drive_text())
        self.drive_changed.emit()

    def drive_text(self) -> str:
        if self._drive is None:
            return translate("BusinessesSection", "Drive: none chosen")
        return translate("BusinessesSection", "Drive: {name}").format(name=self._drive.name)
