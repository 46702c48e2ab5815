"""The Pengaturan page's account buttons: my password, officers, audit log (issue 7).

``install_administration`` wires the three buttons of ``main_window.ui``'s settings page
to their dialogs. A petugas sees only "change my password"; the officers and audit log
buttons stay hidden for them (and the services refuse them anyway). Without a login
session (``--smoke`` on a folder never set up) there are no passwords to manage, so only
the audit log is offered, to a supervisor.

The dialogs open window-modal with ``open()`` (not ``exec()``), so the event loop keeps
running and tests can drive them like an officer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton

from golonline_desktop.services.accounts import AccountService
from golonline_desktop.services.audit_view import AuditLogService
from golonline_desktop.services.officers import OfficerService
from golonline_desktop.services.permissions import Permission, allowed
from golonline_desktop.storage.vault import DEFAULT_KDF, KdfParams, KeyVault

from .runner import Runner

if TYPE_CHECKING:
    from golonline_desktop.services.app import App

    from .audit_log_dialog import AuditLogDialog
    from .login import Session
    from .main_window import MainWindow
    from .officers_dialog import OfficersDialog


class Administration(QObject):
    """The installed buttons and the dialogs they open (kept for tests as attributes)."""

    def __init__(
        self,
        window: MainWindow,
        services: App,
        runner: Runner,
        session: Session | None,
        kdf: KdfParams,
    ) -> None:
        super().__init__(window.window)
        self._window = window
        self._services = services
        self._runner = runner
        self._session = session
        self._kdf = kdf
        root = window.window
        self.password_button: QPushButton = _button(root, "changePasswordButton")
        self.officers_button: QPushButton = _button(root, "manageOfficersButton")
        self.audit_button: QPushButton = _button(root, "auditLogButton")
        self.officers_dialog: OfficersDialog | None = None
        self.audit_dialog: AuditLogDialog | None = None
        actor = services.actor
        has_login = session is not None
        self.password_button.setVisible(has_login)
        self.officers_button.setVisible(has_login and allowed(actor, Permission.MANAGE_OFFICERS))
        self.audit_button.setVisible(allowed(actor, Permission.VIEW_AUDIT_LOG))
        self.password_button.clicked.connect(self.open_change_password)
        self.officers_button.clicked.connect(self.open_officers)
        self.audit_button.clicked.connect(self.open_audit_log)

    def _officer_service(self) -> OfficerService:
        assert self._session is not None
        app = self._services
        vault = KeyVault.in_folder(app.paths.root, self._kdf)
        return OfficerService(
            app.store,
            app.clock,
            app.actor,
            vault,
            self._session.data_key,
            AccountService(vault, app.clock),
        )

    def open_officers(self) -> OfficersDialog:
        from .officers_dialog import OfficersDialog

        self.officers_dialog = OfficersDialog(
            self._officer_service(), self._runner, self._window.window
        )
        _show(self.officers_dialog.dialog)
        return self.officers_dialog

    def open_change_password(self) -> OfficersDialog:
        from .officers_dialog import OfficersDialog

        self.officers_dialog = OfficersDialog(
            self._officer_service(), self._runner, self._window.window, own_password_only=True
        )
        _show(self.officers_dialog.dialog)
        return self.officers_dialog

    def open_audit_log(self) -> AuditLogDialog:
        from .audit_log_dialog import AuditLogDialog

        app = self._services
        service = AuditLogService(app.store, app.clock, app.actor)
        self.audit_dialog = AuditLogDialog(
            service,
            self._runner,
            self._window.window,
            clock=app.clock,
            export_folder=app.paths.exports,
        )
        _show(self.audit_dialog.dialog)
        return self.audit_dialog


def _show(dialog: QDialog) -> None:
    dialog.open()
    dialog.activateWindow()


def _button(root: Any, name: str) -> QPushButton:
    button = root.findChild(QPushButton, name)
    if button is None:
        raise LookupError(f"main_window.ui has no QPushButton named {name!r}")
    return button


def install_administration(
    window: MainWindow,
    services: App,
    runner: Runner,
    session: Session | None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
) -> Administration:
    """Connect the settings page's account buttons; returns what was installed.

    ``kdf``: the Argon2id cost of new password wraps (tests pass a cheap one).
    """
    return Administration(window, services, runner, session, kdf)
