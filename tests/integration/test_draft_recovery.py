"""What was typed survives a killed process: the next start offers the draft back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from golonline_desktop.domain.clock import FixedClock
from golonline_desktop.gui import dialogs
from golonline_desktop.gui.i18n import install_language
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.drafts import DraftService
from tests.gui.registration_helpers import answer_message_boxes, open_window
from tests.integration.draft_child import TYPED
from tests.integration.typing_child import kill_once_typed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def run_child_until_typed(folder: Path) -> str:
    return kill_once_typed("tests.integration.draft_child", folder)[0]


def test_draft_is_offered_back_after_the_app_is_killed(
    tmp_path: Path,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    folder = tmp_path / "data"
    draft_id = run_child_until_typed(folder)

    install_language(qapp, "id")
    app = open_app(DataPaths(folder), clock)
    try:
        asked: list[str] = []
        answer_message_boxes(monkeypatch, [dialogs.Choice.YES], asked)
        window = open_window(qtbot, app)
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert "Keripik Singkong Bu Sri" in asked[0]
        section = window.businesses
        assert section is not None and section.form_open
        form = section.form
        assert form.entity_id == draft_id
        assert form.edits["owner_name"].text() == TYPED["owner_name"]
        assert form.edits["nik"].text() == TYPED["nik"]
        assert form.edits["business_name"].text() == TYPED["business_name"]
        assert form.edits["capital"].text() == "Rp15.000.000"
        drafts = DraftService(app.store, app.clock, app.actor)
        assert drafts.latest("business") is not None  # kept until saved or discarded
    finally:
        app.close()


def test_draft_service_round_trip(app) -> None:
    drafts = DraftService(app.store, app.clock, app.actor)
    assert drafts.latest("business") is None
    drafts.save("business", "b-1", None, {"owner_name": "Sri"})
    drafts.save("business", "b-1", None, {"owner_name": "Sri Rahayu"})  # replaces
    record = drafts.latest("business")
    assert record is not None and record.content == {"owner_name": "Sri Rahayu"}
    assert drafts.get("business", "b-1") == record
    drafts.discard("business", "b-1")
    assert drafts.latest("business") is None and drafts.get("business", "b-1") is None
