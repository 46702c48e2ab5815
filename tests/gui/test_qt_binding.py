"""The Qt binding must not leak references to None/True/False.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns
nothing; after a few thousand keystrokes the interpreter aborts ("none_dealloc").
pyproject.toml keeps that release out; this test fails if it (or a similar bug) returns.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_calls_returning_none_keep_the_reference_count(qtbot) -> None:
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(1_000):
        label.setText("x")
        combo.currentData()
        label.isVisible()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]
