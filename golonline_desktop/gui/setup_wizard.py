"""The first-run wizard: language, field office, first supervisor, server, recovery code.

A plain dialog with a stack of pages (``ui/setup_wizard.ui``) rather than a ``QWizard``:
each page's answers are checked by the same service functions the setup runs
(``services.setup``) before the officer may go on, and the last page, the recovery code,
cannot be left by Back or Cancel once the vault exists. Setup itself runs off the GUI
thread (``wait_work``): encrypting a database that already holds registrations may take a
while on an old laptop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from golonline_desktop.domain.clock import Clock
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.accounts import AccountError
from golonline_desktop.services.setup import (
    DatabaseState,
    SetupError,
    SetupResult,
    check_office_answers,
    check_supervisor_answers,
    first_run_setup,
)
from golonline_desktop.storage.region_directory import RegionDirectory
from golonline_desktop.storage.vault import DEFAULT_KDF, KdfParams

from . import settings as keys
from .enrollment_dialog import normalise_server_url
from .i18n import available_languages, current_language, format_count, install_language, translate
from .region_picker import RegionSearch
from .settings import AppSettings
from .ui_loader import load_form_translatable
from .wait_work import run_and_wait

LANGUAGE, OFFICE, SUPERVISOR, SERVER, RECOVERY = range(5)
PAGE_COUNT = 5


def explain_account_error(exc: AccountError) -> str:
    """A refusal from ``services.accounts``/``services.setup`` in the officer's language."""
    context = "Setup" if isinstance(exc, SetupError) else "Accounts"
    text = QCoreApplication.translate(context, exc.message)
    return text.format(**exc.params) if exc.params else text


class SetupWizard(QObject):
    """Asks the first supervisor everything setup needs, then runs it once.

    ``ask()`` returns the ``SetupResult`` (the data key, the actor), or None when the
    officer cancelled before anything was written.
    """

    def __init__(
        self,
        paths: DataPaths,
        settings: AppSettings,
        clock: Clock,
        state: DatabaseState,
        regions: RegionDirectory | None = None,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("setup_wizard.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._paths = paths
        self._settings = settings
        self._clock = clock
        self._state = state
        self._kdf = kdf
        self.result: SetupResult | None = None
        self.region_code = ""
        find = form.findChild
        self.pages: QStackedWidget = find(QStackedWidget, "wizardPages")
        self.language_combo: QComboBox = find(QComboBox, "wizardLanguageCombo")
        self.office_code_edit: QLineEdit = find(QLineEdit, "wizardOfficeCodeEdit")
        self.office_name_edit: QLineEdit = find(QLineEdit, "wizardOfficeNameEdit")
        self.region_edit: QLineEdit = find(QLineEdit, "wizardRegionSearch")
        self.region_label: QLabel = find(QLabel, "wizardRegionChosen")
        self.name_edit: QLineEdit = find(QLineEdit, "wizardSupervisorNameEdit")
        self.nip_edit: QLineEdit = find(QLineEdit, "wizardSupervisorNipEdit")
        self.username_edit: QLineEdit = find(QLineEdit, "wizardUsernameEdit")
        self.password_edit: QLineEdit = find(QLineEdit, "wizardPasswordEdit")
        self.password_again_edit: QLineEdit = find(QLineEdit, "wizardPasswordAgainEdit")
        self.server_edit: QLineEdit = find(QLineEdit, "wizardServerEdit")
        self.enroll_check: QCheckBox = find(QCheckBox, "wizardEnrollCheck")
        self.recovery_label: QLabel = find(QLabel, "wizardRecoveryCode")
        self.recovery_check: QCheckBox = find(QCheckBox, "wizardRecoveryConfirm")
        self.message: QLabel = find(QLabel, "wizardMessage")
        self.step_label: QLabel = find(QLabel, "wizardStepLabel")
        self.encrypt_note: QLabel = find(QLabel, "wizardEncryptNote")
        self.next_button: QPushButton = find(QPushButton, "wizardNextButton")
        self.back_button: QPushButton = find(QPushButton, "wizardBackButton")
        self.cancel_button: QPushButton = find(QPushButton, "wizardCancelButton")
        self._first_field: dict[int, QWidget] = {
            LANGUAGE: self.language_combo,
            OFFICE: self.office_code_edit,
            SUPERVISOR: self.name_edit,
            SERVER: self.server_edit,
            RECOVERY: self.recovery_check,
        }

        chosen = current_language(QCoreApplication.instance()) or settings.get(keys.LANGUAGE)
        for code, name in available_languages().items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self._regions = regions
        self.region_search = RegionSearch(regions, self.region_edit, self) if regions else None
        if self.region_search is not None:
            self.region_search.picked.connect(self.choose_region)
        else:
            self.region_edit.setEnabled(False)
        self.region_edit.textEdited.connect(self._region_typed)
        self.server_edit.setText(settings.get(keys.SERVER_URL))
        self.recovery_check.toggled.connect(self._update_buttons)
        self.next_button.clicked.connect(self.next)
        self.back_button.clicked.connect(self.back)
        self.cancel_button.clicked.connect(form.reject)
        form.installEventFilter(self)
        self._show_page(LANGUAGE)

    # -- what the officer does ---------------------------------------------------------

    def ask(self) -> SetupResult | None:
        self.dialog.exec()
        return self.result

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == OFFICE and not self._check(self._office_ok):
            return
        if page == SUPERVISOR and not self._check(self._supervisor_ok):
            return
        if page == SERVER:
            self._run_setup()
            return
        if page == RECOVERY:
            if self.recovery_check.isChecked():
                self.dialog.accept()
            return
        self._show_page(page + 1)

    def back(self) -> None:
        page = self.pages.currentIndex()
        if 0 < page < RECOVERY:
            self._show_page(page - 1)

    def choose_region(self, code: str) -> None:
        self.region_code = code
        name = self._regions.full_path(code) if self._regions else None
        self.region_label.setText(f"{name or code} ({code})")

    @property
    def enroll_requested(self) -> bool:
        return self.enroll_check.isChecked() and bool(self.server_edit.text().strip())

    # -- pages -------------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._say("")
        self._refresh_texts()
        self._first_field[page].setFocus()

    def _refresh_texts(self) -> None:
        page = self.pages.currentIndex()
        self.step_label.setText(
            translate("SetupWizard", "Step {step} of {count}").format(
                step=page + 1, count=PAGE_COUNT
            )
        )
        if page == SERVER:
            self.next_button.setText(translate("SetupWizard", "&Set up"))
        elif page == RECOVERY:
            self.next_button.setText(translate("SetupWizard", "&Finish"))
        else:
            self.next_button.setText(translate("SetupWizard", "&Next"))
        self.back_button.setVisible(0 < page < RECOVERY)
        self.cancel_button.setVisible(page < RECOVERY)
        self.encrypt_note.setVisible(self._state.will_encrypt_existing_data)
        self.encrypt_note.setText(
            translate(
                "SetupWizard",
                "This laptop already holds {count} registered businesses. Setup first makes "
                "a backup copy, then encrypts them; nothing is lost, and from then on they "
                "open only with a password.",
            ).format(count=format_count(self._state.businesses))
        )
        if not self.region_code:
            self.region_label.setText(
                translate("SetupWizard", "No region chosen.")
                if self._regions
                else translate("SetupWizard", "The region list is not available.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.next_button.setEnabled(page != RECOVERY or self.recovery_check.isChecked())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _check(self, check: Callable[[], None]) -> bool:
        try:
            check()
        except AccountError as exc:
            self._say(explain_account_error(exc))
            return False
        return True

    def _office_ok(self) -> None:
        try:
            check_office_answers(
                office_code=self.office_code_edit.text(), office_name=self.office_name_edit.text()
            )
        except SetupError:
            (self.office_name_edit if self.office_code_edit.text().strip() else
             self.office_code_edit).setFocus()  # fmt: skip
            raise

    def _supervisor_ok(self) -> None:
        check_supervisor_answers(
            supervisor_name=self.name_edit.text(),
            supervisor_nip=self.nip_edit.text(),
            username=self.username_edit.text(),
            password=self.password_edit.text(),
        )
        if self.password_edit.text() != self.password_again_edit.text():
            self.password_again_edit.clear()
            self.password_again_edit.setFocus()
            raise SetupError(
                translate("SetupWizard", "The two passwords are not the same. Type it again.")
            )

    def _run_setup(self) -> None:
        url = normalise_server_url(self.server_edit.text())
        if self.enroll_check.isChecked() and not url:
            self._say(translate("SetupWizard", "Type the server address, or untick enrolling."))
            self.server_edit.setFocus()
            return
        self._say("")
        self.message.setVisible(True)
        self.message.setText(translate("SetupWizard", "Setting up… please wait."))
        for button in (self.next_button, self.back_button, self.cancel_button):
            button.setEnabled(False)
        answers = {
            "office_code": self.office_code_edit.text(),
            "office_name": self.office_name_edit.text(),
            "office_region": self.region_code or None,
            "supervisor_name": self.name_edit.text(),
            "supervisor_nip": self.nip_edit.text(),
            "username": self.username_edit.text(),
            "password": self.password_edit.text(),
            "language": self.language_combo.currentData(),
        }
        try:
            result = run_and_wait(
                lambda: first_run_setup(self._paths, self._clock, kdf=self._kdf, **answers)
            )
        except AccountError as exc:
            self._say(explain_account_error(exc))
            return
        except Exception as exc:  # disk full, read-only stick: said, and nothing is lost
            self._say(
                translate("SetupWizard", "Setup could not finish: {reason}").format(
                    reason=str(exc) or type(exc).__name__
                )
            )
            return
        finally:
            for button in (self.next_button, self.back_button, self.cancel_button):
                button.setEnabled(True)
        self.result = result
        self.password_edit.clear()
        self.password_again_edit.clear()
        self._settings.set(keys.LANGUAGE, str(answers["language"]))
        if url:
            self._settings.set(keys.SERVER_URL, url)
        self._settings.sync()
        self.recovery_label.setText(result.recovery_code)
        self._show_page(RECOVERY)

    def _language_chosen(self) -> None:
        code = self.language_combo.currentData()
        app = QCoreApplication.instance()
        if isinstance(code, str) and app is not None:
            install_language(app, code)
            self._settings.set(keys.LANGUAGE, code)

    def _region_typed(self, text: str) -> None:
        if self.region_code and not text.strip():
            self.region_code = ""
            self._refresh_texts()

    # -- Qt events ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.dialog:
            return False
        if event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
            self._refresh_texts()
        elif self.result is not None and not self.recovery_check.isChecked():
            # The vault exists: the recovery code page is left only by confirming it.
            if event.type() == QEvent.Type.Close:
                event.ignore()
                return True
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                return True
        return False
