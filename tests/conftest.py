"""Shared fixtures: every test gets a fresh data folder and never touches the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Offscreen Qt unless a test run provides a display on purpose (screenshots under Xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/golonline-test-runtime")
# No test may reach a developer's real keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

from golonline_desktop.domain.clock import FixedClock  # noqa: E402
from golonline_desktop.paths import ENV_DATA_DIR, DataPaths  # noqa: E402

TEST_NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_NOW)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture(scope="session")
def regions():
    from golonline_desktop.storage.region_directory import RegionDirectory

    return RegionDirectory.open()


@pytest.fixture
def app(data_paths: DataPaths, clock: FixedClock, regions) -> Iterator[object]:
    from golonline_desktop.services.app import open_app

    application = open_app(data_paths, clock, regions)
    yield application
    application.close()


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """The QApplication lives for the whole session: a language one test installs must not
    leak into the next (tests expect the English source text unless they switch)."""
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    # Widgets the test closed are deleted first: a LanguageChange must not reach them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    app.setProperty("golonline_language", None)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
