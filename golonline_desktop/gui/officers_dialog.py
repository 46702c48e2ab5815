"""The supervisor's officers screen: list, add, reset a password, deactivate, reactivate.

Three pages in one dialog (``ui/officers_dialog.ui``): the list, the add form, and a
password form shared by "reset", "reactivate" and "change my password". The same dialog
opens on the password page alone for a petugas changing their own password
(``own_password_only``). Every change goes through ``OfficerService`` on the runner's
writer; the service, not this screen, decides who may do what.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.services.accounts import AccountError
from golonline_desktop.services.actor import Role
from golonline_desktop.services.officers import (
    NewOfficer,
    OfficerError,
    OfficerOutcome,
    OfficerRow,
    OfficerService,
    OfficerStatus,
)
from golonline_desktop.services.permissions import PermissionDeniedError
from golonline_desktop.storage.vault import UsernameTakenError, WrongPasswordError

from . import dialogs
from .field_messages import rendered
from .i18n import translate
from .runner import Runner
from .setup_wizard import explain_account_error
from .ui_loader import load_form_translatable

CONTEXT = "OfficersDialog"
LIST_PAGE, ADD_PAGE, PASSWORD_PAGE = 0, 1, 2
ID_ROLE = Qt.ItemDataRole.UserRole
ROLES = (Role.PETUGAS, Role.SUPERVISOR)  # the order of officerRoleCombo's items
COLUMNS = (
    QT_TRANSLATE_NOOP("OfficersDialog", "Name"),
    QT_TRANSLATE_NOOP("OfficersDialog", "NIP"),
    QT_TRANSLATE_NOOP("OfficersDialog", "Username"),
    QT_TRANSLATE_NOOP("OfficersDialog", "Role"),
    QT_TRANSLATE_NOOP("OfficersDialog", "Status"),
)
ROLE_LABELS = {
    Role.PETUGAS: QT_TRANSLATE_NOOP("OfficersDialog", "Field officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("OfficersDialog", "Supervisor"),
}
ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b5e20;"


class PasswordMode(Enum):
    RESET = "reset"
    REACTIVATE = "reactivate"
    OWN = "own"


def explain(exc: BaseException) -> str:
    """A refusal or failure of the officers service, in the officer's language."""
    if isinstance(exc, PermissionDeniedError):
        return translate("Permission", exc.message)
    if isinstance(exc, OfficerError):
        text = translate("Officers", exc.message)
        return text.format(**exc.params) if exc.params else text
    if isinstance(exc, AccountError):
        return explain_account_error(exc)
    if isinstance(exc, WrongPasswordError):
        return translate("OfficersDialog", "The current password is wrong.")
    if isinstance(exc, UsernameTakenError):
        return translate("OfficersDialog", "That username is already used by another officer.")
    return translate("OfficersDialog", "The change could not be saved: {reason}").format(
        reason=str(exc) or type(exc).__name__
    )


class OfficersDialog(QObject):
    """Wires ``ui/officers_dialog.ui`` to an ``OfficerService``.

    Signals:
        changed(): an officer was added, reset, deactivated or reactivated.
    """

    changed = Signal()

    def __init__(
        self,
        service: OfficerService,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        own_password_only: bool = False,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("officers_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._service = service
        self._runner = runner
        self._own_only = own_password_only
        self._rows: list[OfficerRow] = []
        self._password_mode = PasswordMode.OWN
        self._password_target: OfficerRow | None = None
        self._busy = False
        find = form.findChild
        self.pages: QStackedWidget = find(QStackedWidget, "officersPages")
        self.table: QTableWidget = find(QTableWidget, "officersTable")
        self.message: QLabel = find(QLabel, "officersMessage")
        self.add_button: QPushButton = find(QPushButton, "addOfficerButton")
        self.reset_button: QPushButton = find(QPushButton, "resetPasswordButton")
        self.deactivate_button: QPushButton = find(QPushButton, "deactivateButton")
        self.reactivate_button: QPushButton = find(QPushButton, "reactivateButton")
        self.own_button: QPushButton = find(QPushButton, "changeOwnPasswordButton")
        self.close_button: QPushButton = find(QPushButton, "officersCloseButton")
        self.name_edit: QLineEdit = find(QLineEdit, "officerNameEdit")
        self.nip_edit: QLineEdit = find(QLineEdit, "officerNipEdit")
        self.username_edit: QLineEdit = find(QLineEdit, "officerUsernameEdit")
        self.role_combo: QComboBox = find(QComboBox, "officerRoleCombo")
        self.password_edit: QLineEdit = find(QLineEdit, "officerPasswordEdit")
        self.password_again_edit: QLineEdit = find(QLineEdit, "officerPasswordAgainEdit")
        self.save_button: QPushButton = find(QPushButton, "saveOfficerButton")
        self.cancel_add_button: QPushButton = find(QPushButton, "cancelAddButton")
        self.field_messages: dict[str, QLabel] = {
            key: find(QLabel, f"officer{key.capitalize()}Message")
            for key in ("name", "nip", "username", "password")
        }
        self.password_title: QLabel = find(QLabel, "passwordTitle")
        self.password_note: QLabel = find(QLabel, "passwordNote")
        self.old_label: QLabel = find(QLabel, "passwordOldLabel")
        self.old_edit: QLineEdit = find(QLineEdit, "passwordOldEdit")
        self.new_edit: QLineEdit = find(QLineEdit, "passwordNewEdit")
        self.again_edit: QLineEdit = find(QLineEdit, "passwordAgainEdit")
        self.password_message: QLabel = find(QLabel, "passwordMessage")
        self.password_save_button: QPushButton = find(QPushButton, "passwordSaveButton")
        self.password_cancel_button: QPushButton = find(QPushButton, "passwordCancelButton")

        self._setup_table()
        self.add_button.clicked.connect(self.show_add)
        self.reset_button.clicked.connect(lambda: self._ask_password(PasswordMode.RESET))
        self.reactivate_button.clicked.connect(lambda: self._ask_password(PasswordMode.REACTIVATE))
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.own_button.clicked.connect(lambda: self._ask_password(PasswordMode.OWN))
        self.close_button.clicked.connect(form.accept)
        self.save_button.clicked.connect(lambda: self.save_officer())
        self.cancel_add_button.clicked.connect(self._back)
        self.password_save_button.clicked.connect(self.save_password)
        self.password_cancel_button.clicked.connect(self._back)
        chain: tuple[tuple[QLineEdit, QWidget], ...] = (  # Enter moves on, as in the wizard
            (self.name_edit, self.nip_edit),
            (self.nip_edit, self.username_edit),
            (self.username_edit, self.role_combo),
            (self.password_edit, self.password_again_edit),
            (self.old_edit, self.new_edit),
            (self.new_edit, self.again_edit),
        )
        for edit, following in chain:
            edit.returnPressed.connect(following.setFocus)
        self.password_again_edit.returnPressed.connect(lambda: self.save_officer())
        self.again_edit.returnPressed.connect(self.save_password)
        for button in form.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field is handled above, never "Close"
        form.installEventFilter(self)
        if own_password_only:
            self.own_button.hide()
            self._ask_password(PasswordMode.OWN)
        else:
            self._show_page(LIST_PAGE)
            self.refresh()

    # -- the list --------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([translate(CONTEXT, c) for c in COLUMNS])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        self._runner.submit(self._service.list_officers, on_done=self._fill, on_error=self._failed)

    def _fill(self, rows: list[OfficerRow], select_id: str | None = None) -> None:
        keep = select_id or (self.selected().id if self.selected() else None)
        self._rows = rows
        table = self.table
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.name,
                row.nip or "",
                row.username or "",
                translate(CONTEXT, ROLE_LABELS[row.role]),
                self._status_text(row),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.id)
                table.setItem(r, c, item)
            if row.id == keep:
                table.selectRow(r)
        self._update_buttons()

    def _status_text(self, row: OfficerRow) -> str:
        if not row.active:
            return translate("OfficersDialog", "Deactivated")
        if row.id == self._service.actor.officer_id:
            return translate("OfficersDialog", "Active (you)")
        if not row.has_login:
            return translate("OfficersDialog", "Active, no login on this laptop")
        return translate("OfficersDialog", "Active")

    def selected(self) -> OfficerRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def select_officer(self, officer_id: str) -> None:
        for r, row in enumerate(self._rows):
            if row.id == officer_id:
                self.table.selectRow(r)

    def table_rows(self) -> list[list[str]]:
        """What the table shows, row by row (tests, screen reader summaries)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _update_buttons(self) -> None:
        row = self.selected()
        me = row is not None and row.id == self._service.actor.officer_id
        idle = not self._busy
        self.add_button.setEnabled(idle)
        self.reset_button.setEnabled(
            idle and row is not None and row.active and row.has_login and not me
        )
        self.deactivate_button.setEnabled(idle and row is not None and row.active and not me)
        self.reactivate_button.setEnabled(idle and row is not None and not row.active)
        self.save_button.setEnabled(idle)
        self.password_save_button.setEnabled(idle)

    # -- adding ----------------------------------------------------------------------------

    def show_add(self) -> None:
        for edit in (
            self.name_edit,
            self.nip_edit,
            self.username_edit,
            self.password_edit,
            self.password_again_edit,
        ):
            edit.clear()
        self.role_combo.setCurrentIndex(0)
        self._show_findings([])
        self._show_page(ADD_PAGE)

    def new_officer(self) -> NewOfficer:
        return NewOfficer(
            name=self.name_edit.text(),
            nip=self.nip_edit.text(),
            username=self.username_edit.text(),
            role=ROLES[max(0, self.role_combo.currentIndex())],
            password=self.password_edit.text(),
        )

    def save_officer(self, confirm_warnings: bool = False) -> None:
        if self._busy:
            return
        data = self.new_officer()
        if data.password and data.password != self.password_again_edit.text():
            self._show_findings([])
            self._field_text(
                "password",
                "✖ " + translate("OfficersDialog", "The two passwords are not the same."),
            )
            self.password_again_edit.setFocus()
            return
        self._run(
            lambda: self._service.add_officer(data, confirm_warnings=confirm_warnings),
            lambda outcome: self._added(data, outcome),
        )

    def _added(self, data: NewOfficer, outcome: OfficerOutcome) -> None:
        self._show_findings(list(outcome.findings))
        if outcome.status is OfficerStatus.INVALID:
            self._focus_first_problem(outcome.findings)
            return
        if outcome.status is OfficerStatus.NEEDS_CONFIRMATION:
            warnings = "\n".join(rendered(f) for f in outcome.findings)
            answer = dialogs.ask(
                self.dialog,
                translate("OfficersDialog", "Check the NIP"),
                translate("OfficersDialog", "{warnings}\n\nSave this officer anyway?").format(
                    warnings=warnings
                ),
                default=dialogs.Choice.NO,
            )
            if answer is dialogs.Choice.YES:
                self.save_officer(confirm_warnings=True)
            return
        self._show_page(LIST_PAGE)
        self._say(
            translate("OfficersDialog", "{name} was added and can log in as {username}.").format(
                name=" ".join(data.name.split()), username=data.username.strip().lower()
            ),
            done=True,
        )
        self.changed.emit()
        self._reload(outcome.officer_id)

    def _show_findings(self, findings: list[Finding]) -> None:
        for key, label in self.field_messages.items():
            label.setText("\n".join(rendered(f) for f in findings if f.field == key))
        edits = {
            "name": self.name_edit,
            "nip": self.nip_edit,
            "username": self.username_edit,
            "password": self.password_edit,
        }
        for key, edit in edits.items():
            text = self.field_messages[key].text()
            edit.setAccessibleDescription(text)

    def _field_text(self, key: str, text: str) -> None:
        self.field_messages[key].setText(text)

    def _focus_first_problem(self, findings: tuple[Finding, ...]) -> None:
        order = {
            "name": self.name_edit,
            "nip": self.nip_edit,
            "username": self.username_edit,
            "password": self.password_edit,
        }
        for key, edit in order.items():
            if any(f.field == key and f.is_error for f in findings):
                edit.setFocus()
                edit.selectAll()
                return

    # -- deactivating ----------------------------------------------------------------------

    def deactivate_selected(self) -> None:
        row = self.selected()
        if row is None or self._busy:
            return
        answer = dialogs.ask(
            self.dialog,
            translate("OfficersDialog", "Deactivate officer"),
            translate(
                "OfficersDialog",
                "Deactivate {name}? They can no longer log in on this laptop. Their past work "
                "stays attributed to them; you can reactivate them later with a new password.",
            ).format(name=row.name),
            default=dialogs.Choice.NO,
        )
        if answer is not dialogs.Choice.YES:
            return

        def done(_result: Any) -> None:
            self._say(
                translate("OfficersDialog", "{name} was deactivated.").format(name=row.name), True
            )
            self.changed.emit()
            self._reload(row.id)

        self._run(lambda: self._service.deactivate(row.id), done)

    # -- passwords -------------------------------------------------------------------------

    def _ask_password(self, mode: PasswordMode) -> None:
        target = None if mode is PasswordMode.OWN else self.selected()
        if mode is not PasswordMode.OWN and target is None:
            return
        self._password_mode = mode
        self._password_target = target
        for edit in (self.old_edit, self.new_edit, self.again_edit):
            edit.clear()
        self.password_message.setText("")
        own = mode is PasswordMode.OWN
        self.old_label.setVisible(own)
        self.old_edit.setVisible(own)
        name = target.name if target is not None else ""
        if mode is PasswordMode.RESET:
            title = translate("OfficersDialog", "New password for {name}").format(name=name)
            note = translate(
                "OfficersDialog",
                "For an officer who forgot their password. Tell them the new one in person "
                "and ask them to change it after logging in.",
            )
        elif mode is PasswordMode.REACTIVATE:
            title = translate("OfficersDialog", "Reactivate {name}").format(name=name)
            note = translate(
                "OfficersDialog",
                "The officer can log in again with this new password. Tell it to them in "
                "person and ask them to change it after logging in.",
            )
        else:
            title = translate("OfficersDialog", "Change my password")
            note = translate(
                "OfficersDialog",
                "Type your current password, then the new one twice. Your data stays as it "
                "is; only the password that opens it changes.",
            )
        self.password_title.setText(title)
        self.password_note.setText(note)
        self._show_page(PASSWORD_PAGE)

    def save_password(self) -> None:
        if self._busy:
            return
        new = self.new_edit.text()
        if new != self.again_edit.text():
            self.password_message.setText(
                "✖ " + translate("OfficersDialog", "The two passwords are not the same.")
            )
            self.again_edit.setFocus()
            return
        mode, target = self._password_mode, self._password_target
        if mode is PasswordMode.OWN:
            old = self.old_edit.text()
            self._run(lambda: self._service.change_own_password(old, new), self._own_changed)
        elif target is not None and mode is PasswordMode.RESET:
            self._run(
                lambda: self._service.reset_password(target.id, new),
                lambda _r: self._password_set(
                    translate("OfficersDialog", "{name} has a new password.").format(
                        name=target.name
                    ),
                    target.id,
                ),
            )
        elif target is not None:
            self._run(
                lambda: self._service.reactivate(target.id, new),
                lambda _r: self._password_set(
                    translate("OfficersDialog", "{name} was reactivated.").format(name=target.name),
                    target.id,
                ),
            )

    def _password_set(self, text: str, officer_id: str) -> None:
        self._show_page(LIST_PAGE)
        self._say(text, done=True)
        self.changed.emit()
        self._reload(officer_id)

    def _own_changed(self, _result: Any) -> None:
        text = translate(
            "OfficersDialog", "Your password was changed. Use the new one from now on."
        )
        if self._own_only:
            dialogs.inform(self.dialog, translate("OfficersDialog", "Change my password"), text)
            self.dialog.accept()
            return
        self._show_page(LIST_PAGE)
        self._say(text, done=True)

    # -- plumbing --------------------------------------------------------------------------

    def _run(self, work: Any, on_done: Any) -> None:
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        self._runner.submit(work, on_done=finished, on_error=self._failed, write=True)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = "✖ " + explain(exc)
        page = self.pages.currentIndex()
        if page == PASSWORD_PAGE:
            self.password_message.setText(text)
            target = self.old_edit if isinstance(exc, WrongPasswordError) else self.new_edit
            if target.isVisible():
                target.setFocus()
                target.selectAll()
        elif page == ADD_PAGE:
            key = "username" if isinstance(exc, UsernameTakenError) else "password"
            self._field_text(key, text)
        else:
            self._say(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _reload(self, select_id: str | None) -> None:
        self._runner.submit(
            self._service.list_officers,
            on_done=lambda rows: self._fill(rows, select_id),
            on_error=self._failed,
        )

    def _say(self, text: str, done: bool = False) -> None:
        self.message.setStyleSheet(DONE_STYLE if done else ERROR_STYLE)
        self.message.setText(text)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.own_button.setVisible(page == LIST_PAGE and not self._own_only)
        self.close_button.setVisible(page == LIST_PAGE)
        if page == ADD_PAGE:
            self.name_edit.setFocus()
        elif page == PASSWORD_PAGE:
            (self.old_edit if self.old_edit.isVisibleTo(self.dialog) else self.new_edit).setFocus()
        else:
            self.table.setFocus()

    def _back(self) -> None:
        if self._own_only:
            self.dialog.reject()
            return
        self._show_page(LIST_PAGE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.dialog
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.pages.currentIndex() != LIST_PAGE
            and not self._own_only
        ):
            self._back()
            return True
        return False

    def exec(self) -> int:
        return self.dialog.exec()
