"""Findings shown where the officer looks: under their field, and in a list reachable by keyboard.

Each message label sits under its field; the field gets a coloured border and the text as
its accessible description (what a screen reader says on focus). The same findings are
listed at the bottom of the form: Tab reaches the list, Enter on a line jumps to its field.
Colour is never the only sign: every message starts with a mark (✖ blocks, ⚠ asks).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from golonline_desktop.domain.findings import Finding

from .i18n import translate

STYLE = """
QLineEdit[severity="error"], QComboBox[severity="error"] { border: 2px solid #b3261e; }
QLineEdit[severity="warning"], QComboBox[severity="warning"] { border: 2px solid #9a6700; }
QLabel[severity="error"] { color: #b3261e; }
QLabel[severity="warning"] { color: #7a5200; }
"""
ERROR_MARK = "✖ "
WARNING_MARK = "⚠ "


def rendered(finding: Finding) -> str:
    return (ERROR_MARK if finding.is_error else WARNING_MARK) + finding.render(translate)


class FieldMessages:
    """Shows a set of findings next to the fields they belong to."""

    def __init__(
        self,
        labels: Mapping[str, QLabel],
        fields: Mapping[str, QWidget],
        summary: QListWidget,
        captions: Mapping[str, QLabel],
    ) -> None:
        # Captions are given, not found with QLabel.buddy(): in PySide6 6.12 a buddy()
        # that returns None corrupts None's reference count (a crash after many calls).
        self._captions = captions
        self._labels = labels
        self._fields = fields
        self._summary = summary
        self._severity: dict[str, str] = {}
        summary.itemActivated.connect(self.go_to)

    def show(self, findings: list[Finding]) -> None:
        by_field: dict[str, list[Finding]] = {}
        for finding in findings:
            by_field.setdefault(finding.field or "", []).append(finding)
        for key, label in self._labels.items():
            found = by_field.get(key, [])
            text = "\n".join(rendered(f) for f in found)
            severity = ("error" if any(f.is_error for f in found) else "warning") if found else ""
            widget = self._fields[key]
            if label.text() != text:
                label.setText(text)
                label.setVisible(bool(text))
                widget.setAccessibleDescription(text.replace("\n", " "))
            if self._severity.get(key, "") != severity:
                self._severity[key] = severity
                for target in (label, widget):
                    target.setProperty("severity", severity)
                    target.style().unpolish(target)
                    target.style().polish(target)
        self._summary.clear()
        for finding in findings:
            widget = self._fields.get(finding.field or "")
            mark = ERROR_MARK if finding.is_error else WARNING_MARK
            caption = self._caption(finding.field or "")
            item = QListWidgetItem(mark + caption + finding.render(translate))
            item.setData(Qt.ItemDataRole.UserRole, widget.objectName() if widget else "")
            self._summary.addItem(item)
        self._summary.setVisible(self._summary.count() > 0)

    def _caption(self, key: str) -> str:
        """ "Owner's name: " from the field's own label (its mnemonic removed)."""
        label = self._captions.get(key)
        if label is not None:
            return label.text().replace("&", "").rstrip(": ") + ": "
        widget = self._fields.get(key)
        return widget.accessibleName() + ": " if widget is not None else ""

    def go_to(self, item: QListWidgetItem) -> None:
        """Focus the field a listed finding belongs to."""
        name = item.data(Qt.ItemDataRole.UserRole)
        for widget in self._fields.values():
            if name and widget.objectName() == name:
                widget.setFocus()
                return

    def focus_first(self) -> None:
        if self._summary.count():
            self.go_to(self._summary.item(0))
