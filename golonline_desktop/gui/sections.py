"""The sections that need an open data folder, put into the main window once it is open.

``gui/app.py`` shows the window first and opens the data folder behind it; then
``install_sections`` adds what needs the services: the sync section (status bar light and
page) at once, and the sections whose imports cost start-up time — Produk & Listing,
Sertifikat — when the officer first opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .main_window import MainWindow
from .runner import TaskRunner
from .settings import AppSettings

if TYPE_CHECKING:
    from golonline_desktop.services.app import App

    from .login import Session
    from .sync_controller import SyncController


def install_sections(
    window: MainWindow,
    services: App,
    settings: AppSettings,
    runner: TaskRunner,
    session: Session | None,
    *,
    start_sync: bool = True,
) -> SyncController:
    """Install every section on an attached window; returns the sync controller to stop.

    ``session``: the logged-in officer (None in ``--smoke``), for the account buttons.
    """
    from .administration import install_administration
    from .sync_page import install_sync

    sync = install_sync(window, services, settings, start=start_sync)
    install_administration(window, services, runner, session)
    from .certificate_settings_row import install_verification_row

    install_verification_row(window, services.store)
    install_on_first_visit(window, "certificatesPage", _certificates(services, settings))
    install_on_first_visit(window, "productsPage", _products(services, settings, runner))
    return sync


def install_on_first_visit(
    window: MainWindow, page_name: str, install: Callable[[MainWindow], object]
) -> None:
    """Build a section's screen when the officer first opens it, not at start-up.

    The certificates screen pulls in reportlab and QtPdf (~180 ms of imports): nobody
    should wait for that to register a business.
    """
    target = window.pages.findChild(QWidget, page_name)
    done = False

    def maybe_install(_index: int = -1) -> None:
        nonlocal done
        if not done and window.pages.currentWidget() is target:
            done = True
            install(window)

    window.pages.currentChanged.connect(maybe_install)
    maybe_install()


def _products(
    services: App, settings: AppSettings, runner: TaskRunner
) -> Callable[[MainWindow], object]:
    def install(window: MainWindow) -> object:
        from golonline_desktop.services.products import build_product_services

        from .products_page import ProductsPage

        host = window.pages.findChild(QWidget, "productsPage")
        for name in ("productsTitle", "productsNote"):  # the placeholder of the .ui
            placeholder = host.findChild(QWidget, name)
            if placeholder is not None:
                placeholder.hide()
        page = ProductsPage(build_product_services(services), runner, settings, host)
        page.setObjectName("productsSection")  # the host page is "productsPage"
        host.layout().setContentsMargins(0, 0, 0, 0)  # the page brings its own
        host.layout().insertWidget(0, page, 1)
        return page

    return install


def _certificates(services: App, settings: AppSettings) -> Callable[[MainWindow], object]:
    def install(window: MainWindow) -> object:
        from .certificate_page import install_certificates

        return install_certificates(window, services, settings)

    return install
