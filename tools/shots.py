"""What every screenshot script shares: where shots go, the laptop's screen, and saving one.

Imported by ``tools/screenshots*.py`` after they have chosen the Qt platform (``xcb`` under
Xvfb): offscreen rendering differs from what officers see.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # the field officer's laptop


def settle(rounds: int = 8) -> None:
    """Let layouts, posted events and repaints finish before a grab."""
    for _ in range(rounds):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    """Grab ``widget`` into ``docs/screenshots/<name>`` and say where it went."""
    settle()
    target = OUT / name
    if not widget.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    print(target.relative_to(ROOT))
