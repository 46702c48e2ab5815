"""Enroll this laptop with the central server: address, account, a name for the laptop.

The officer's password goes to the server once (``services.enrollment.enroll_device``)
and is never stored. What can go wrong is said in the officer's language: a wrong
password, a server that cannot be reached, a laptop the office revoked.
"""

from __future__ import annotations

import socket

import httpx
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from golonline_desktop.services.app import App
from golonline_desktop.services.enrollment import Enrollment, enroll_device
from golonline_desktop.services.sync_transport import (
    NotAuthorizedError,
    RequestRejectedError,
    ServerUnavailableError,
)

from . import settings as keys
from .i18n import translate
from .runner import Runner
from .settings import AppSettings
from .ui_loader import load_form_translatable


def normalise_server_url(text: str) -> str:
    """``sinkron.kantor.go.id`` -> ``https://sinkron.kantor.go.id`` (no trailing slash)."""
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


def explain_enroll_error(exc: BaseException, server_url: str) -> str:
    """Why enrolling failed, for an officer (the server's own words only as detail)."""
    if isinstance(exc, NotAuthorizedError):
        return translate(
            "EnrollmentDialog",
            "The username or password is wrong. Check them (capital letters count) and try again.",
        )
    if isinstance(exc, ServerUnavailableError):
        return translate(
            "EnrollmentDialog",
            "The server at {url} cannot be reached. Check the address and the internet "
            "connection, then try again.",
        ).format(url=server_url)
    if isinstance(exc, RequestRejectedError):
        return translate(
            "EnrollmentDialog", "The server refused the enrollment ({detail})."
        ).format(detail=exc.message or exc.code)
    if isinstance(exc, (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError)):
        return translate(
            "EnrollmentDialog",
            "“{url}” is not a server address. Type it as your supervisor gave it.",
        ).format(url=server_url)
    return translate("EnrollmentDialog", "The laptop could not be enrolled: {reason}").format(
        reason=str(exc) or type(exc).__name__
    )


class EnrollmentDialog(QObject):
    """The enrollment form; ``ask()`` returns the new ``Enrollment`` or None (cancelled)."""

    def __init__(
        self,
        app: App,
        settings: AppSettings,
        runner: Runner,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        form, self._translator = load_form_translatable("enrollment_dialog.ui", parent)
        assert isinstance(form, QDialog)
        self.dialog: QDialog = form
        self._app = app
        self._settings = settings
        self._runner = runner
        self._enrollment: Enrollment | None = None
        self.server_edit: QLineEdit = form.findChild(QLineEdit, "enrollServerEdit")
        self.username_edit: QLineEdit = form.findChild(QLineEdit, "enrollUsernameEdit")
        self.password_edit: QLineEdit = form.findChild(QLineEdit, "enrollPasswordEdit")
        self.device_edit: QLineEdit = form.findChild(QLineEdit, "enrollDeviceEdit")
        self.message: QLabel = form.findChild(QLabel, "enrollMessage")
        self.enroll_button: QPushButton = form.findChild(QPushButton, "enrollButton")
        self._reason: QLabel = form.findChild(QLabel, "enrollReason")
        self._reason.setText(reason)
        self._reason.setVisible(bool(reason))
        self.message.setVisible(False)
        form.findChild(QPushButton, "enrollCancelButton").clicked.connect(form.reject)
        self.enroll_button.clicked.connect(self.submit)
        self.server_edit.setText(settings.get(keys.SERVER_URL))
        self.device_edit.setText(socket.gethostname()[:100])
        form.installEventFilter(self)

    @property
    def enrollment(self) -> Enrollment | None:
        return self._enrollment

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog and event.type() == QEvent.Type.LanguageChange:
            self._translator.retranslate()
        return False

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        url = normalise_server_url(self.server_edit.text())
        fields = (
            (self.server_edit, url, translate("EnrollmentDialog", "Type the server address.")),
            (self.username_edit, self.username_edit.text().strip(),
             translate("EnrollmentDialog", "Type your username.")),
            (self.password_edit, self.password_edit.text(),
             translate("EnrollmentDialog", "Type your password.")),
            (self.device_edit, self.device_edit.text().strip(),
             translate("EnrollmentDialog", "Give this laptop a name, e.g. “Laptop Tebet 2”.")),
        )  # fmt: skip
        for edit, value, missing in fields:
            if not value:
                self._say(missing)
                edit.setFocus()
                return
        self._say(translate("EnrollmentDialog", "Contacting the server…"))
        self.enroll_button.setEnabled(False)
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        device_name = self.device_edit.text().strip()

        def work() -> Enrollment:
            return enroll_device(
                self._app.store,
                self._app.paths.root,
                self._app.clock,
                server_url=url,
                username=username,
                password=password,
                device_name=device_name,
            )

        self._runner.submit(
            work,
            on_done=lambda enrollment: self._enrolled(url, enrollment),
            on_error=lambda exc: self._failed(url, exc),
            write=True,
        )

    def _enrolled(self, url: str, enrollment: Enrollment) -> None:
        self._enrollment = enrollment
        self._settings.set(keys.SERVER_URL, url)
        self._settings.sync()
        self.enroll_button.setEnabled(True)
        self.dialog.accept()

    def _failed(self, url: str, exc: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self._say(explain_enroll_error(exc, url))
        if isinstance(exc, NotAuthorizedError):
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self.server_edit.setFocus()

    def ask(self) -> Enrollment | None:
        (self.username_edit if self.server_edit.text() else self.server_edit).setFocus()
        self.dialog.exec()
        return self._enrollment
