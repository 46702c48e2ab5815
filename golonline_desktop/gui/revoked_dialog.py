"""What a revoked laptop shows at start: the notice, and the supervisor's handover.

Layout in ``ui/revoked_dialog.ui``: page 1 says the laptop was revoked; "Supervisor…"
leads to a login (page 2; a supervisor of this office only), then to the decision
(page 3): save the unsent data to a passphrase-protected file for another laptop of the
office, or erase this laptop's data. The work is ``services/handover.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QPushButton, QStackedWidget

from golonline_desktop.domain.clock import Clock
from golonline_desktop.paths import DataPaths

from . import dialogs
from .i18n import format_count, translate
from .ui_loader import load_form_translatable
from .wait_work import run_and_wait

if TYPE_CHECKING:
    from golonline_desktop.services.app import App
    from golonline_desktop.storage.vault import KdfParams

NOTICE, LOGIN, DECIDE = 0, 1, 2
FILE_NAME = "serah-terima-{date}.golonline"


class RevokedDialog(QObject):
    """``ask()`` runs it; the data folder is opened only after a supervisor logs in."""

    def __init__(
        self,
        paths: DataPaths,
        clock: Clock,
        *,
        kdf: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._kdf = kdf
        self._app: App | None = None
        form, self._translator = load_form_translatable("revoked_dialog.ui")
        assert isinstance(form, QDialog)
        self.dialog = form
        find = form.findChild
        self.pages: QStackedWidget = find(QStackedWidget, "revokedPages")
        self.username_edit: QLineEdit = find(QLineEdit, "usernameEdit")
        self.password_edit: QLineEdit = find(QLineEdit, "passwordEdit")
        self.login_message: QLabel = find(QLabel, "loginMessage")
        self.summary: QLabel = find(QLabel, "decideSummary")
        self.file_edit: QLineEdit = find(QLineEdit, "fileEdit")
        self.passphrase_edit: QLineEdit = find(QLineEdit, "passphraseEdit")
        self.repeat_edit: QLineEdit = find(QLineEdit, "repeatEdit")
        self.message: QLabel = find(QLabel, "decideMessage")
        self.export_button: QPushButton = find(QPushButton, "exportButton")
        self.erase_button: QPushButton = find(QPushButton, "eraseButton")
        self.login_button: QPushButton = find(QPushButton, "loginButton")

        find(QPushButton, "supervisorButton").clicked.connect(lambda: self._show(LOGIN))
        find(QPushButton, "closeButton").clicked.connect(form.reject)
        find(QPushButton, "loginBackButton").clicked.connect(lambda: self._show(NOTICE))
        find(QPushButton, "browseButton").clicked.connect(self._browse)
        find(QPushButton, "decideCloseButton").clicked.connect(form.reject)
        self.login_button.clicked.connect(self.log_in)  # the default button: Enter too
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        form.finished.connect(lambda _result: self._close_app())
        self._show(NOTICE)

    def ask(self) -> None:
        self.dialog.exec()

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        names = {NOTICE: "supervisorButton", LOGIN: "loginButton", DECIDE: "exportButton"}
        for button in self.dialog.findChildren(QPushButton):  # Enter presses this page's own
            button.setAutoDefault(False)
            button.setDefault(False)
        default = self.dialog.findChild(QPushButton, names[page])
        default.setDefault(True)
        (self.username_edit if page == LOGIN else default).setFocus()

    # -- login --------------------------------------------------------------------------

    def log_in(self) -> None:
        """A supervisor of this office opens the encrypted data (or the plain folder)."""
        from golonline_desktop.services.accounts import AccountError, AccountService
        from golonline_desktop.services.actor import Role
        from golonline_desktop.storage.vault import KeyVault, VaultError

        from .app import DataFolderError, open_data_folder
        from .login import Session, wrong_password_text
        from .setup_wizard import explain_account_error

        vault = KeyVault.in_folder(self._paths.root)
        session = None
        self.login_button.setEnabled(False)
        try:
            if vault.exists():
                username, password = self.username_edit.text().strip(), self.password_edit.text()
                accounts = AccountService(vault, self._clock)
                result = run_and_wait(lambda: accounts.login(username, password))
                if result.role is not Role.SUPERVISOR:
                    self._say_login(translate("RevokedDialog", "Only a supervisor can do this."))
                    return
                session = Session(result.officer_id, result.data_key, result.entry)
            self._app = run_and_wait(lambda: open_data_folder(self._paths, session))
        except AccountError as exc:
            self._say_login(explain_account_error(exc))
            return
        except VaultError:
            self._say_login(wrong_password_text())
            self.password_edit.clear()
            return
        except DataFolderError as problem:
            self._say_login(problem.message)
            return
        finally:
            self.login_button.setEnabled(True)
            self.password_edit.clear()
        self._show_summary()
        self._show(DECIDE)

    def _say_login(self, text: str) -> None:
        self.login_message.setText(text)
        self.password_edit.setFocus()

    def _show_summary(self) -> None:
        from golonline_desktop.services.handover import unsent_summary

        assert self._app is not None
        summary = unsent_summary(self._app)
        text = translate("RevokedDialog", "Not sent yet: {changes} changes and {photos} photos.")
        self.summary.setText(
            text.format(changes=format_count(summary.changes), photos=format_count(summary.photos))
        )
        name = FILE_NAME.format(date=self._clock.now().date().isoformat())
        self.file_edit.setText(str(Path.home() / name))

    # -- decisions ----------------------------------------------------------------------

    def _browse(self) -> None:
        chosen = self.choose_file(self.file_edit.text())
        if chosen:
            self.file_edit.setText(chosen)

    def choose_file(self, current: str) -> str:
        """Where to save (tests replace this: no native dialog offscreen)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self.dialog, translate("RevokedDialog", "Save the handover file"), current
        )
        return chosen

    def export(self) -> None:
        from golonline_desktop.services.handover import HandoverError, export_handover

        assert self._app is not None
        target = Path(self.file_edit.text().strip()).expanduser()
        passphrase = self.passphrase_edit.text()
        if not self.file_edit.text().strip():
            self.message.setText(translate("RevokedDialog", "Choose where to save the file."))
            return
        if passphrase != self.repeat_edit.text():
            self.message.setText(translate("RevokedDialog", "The two passphrases differ."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        app = self._app
        options = {} if self._kdf is None else {"kdf": self._kdf}
        self.export_button.setEnabled(False)
        try:
            summary = run_and_wait(lambda: export_handover(app, target, passphrase, **options))
        except HandoverError as exc:
            self.message.setText(translate("Handover", exc.message).format(**exc.params))
            return
        except OSError as exc:
            self.message.setText(
                translate("RevokedDialog", "Could not write {file}: {reason}").format(
                    file=target, reason=exc.strerror or str(exc)
                )
            )
            return
        finally:
            self.export_button.setEnabled(True)
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.message.setText(
            translate(
                "RevokedDialog",
                "Saved {changes} changes and {photos} photos to {file}. Give the file and, "
                "separately, the passphrase to the supervisor of the laptop that will send them.",
            ).format(
                changes=format_count(summary.changes),
                photos=format_count(summary.photos),
                file=target,
            )
        )

    def erase(self) -> None:
        from golonline_desktop.services.handover import erase_data_folder

        assert self._app is not None
        answer = dialogs.ask(
            self.dialog,
            translate("RevokedDialog", "Erase this laptop's data?"),
            translate(
                "RevokedDialog",
                "Every record, photo and backup is removed from this laptop. Data not handed "
                "over is lost for good.",
            ),
            (dialogs.Choice.YES, dialogs.Choice.NO),
            default=dialogs.Choice.NO,
        )
        if answer is not dialogs.Choice.YES:
            return
        app = self._app
        self._close_app()
        run_and_wait(lambda: erase_data_folder(app.paths, app.actor, self._clock.now()))
        self.export_button.setEnabled(False)
        self.erase_button.setEnabled(False)
        self.message.setText(translate("RevokedDialog", "This laptop's data was erased."))

    def _close_app(self) -> None:
        if self._app is not None:
            self._app.close()
            self._app = None
