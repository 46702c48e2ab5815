"""Load Qt Designer forms from ``ui/`` and keep them translatable while the app runs.

Forms are loaded with ``QUiLoader`` (no generated code, no ``uic`` on PATH) from
``resources.ui_path``, which works in a checkout, a wheel and a PyInstaller bundle.

``QUiLoader`` translates a form once, when it is built; switching language afterwards
would leave it in the old one. So the English source of every translatable text is read
from the .ui file, and ``FormTranslator.retranslate()`` applies the current language —
at load and again on every language change. The translation context is the
form's ``<class>`` name, the same one ``pyside6-lupdate`` extracts the strings under.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from golonline_desktop.resources import ui_path

from .i18n import translate

# String properties Designer stores as translatable <string> values.
_TEXT_PROPERTIES = (
    "windowTitle",
    "toolTip",
    "statusTip",
    "whatsThis",
    "accessibleName",
    "accessibleDescription",
    "text",
    "title",
    "placeholderText",
)

_TYPED_BY_OFFICER = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)

INTERACTIVE_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QGroupBox,  # only when checkable, see is_interactive
)


@dataclass(frozen=True)
class _Text:
    apply: Callable[[str], None]
    source: str


class FormTranslator:
    """Remembers the source texts of a loaded form and re-applies them translated."""

    def __init__(self, context: str, texts: list[_Text]) -> None:
        self.context = context
        self._texts = texts

    def retranslate(self) -> None:
        for text in self._texts:
            text.apply(translate(self.context, text.source))


def _source_string(node: ET.Element) -> str | None:
    """The English source of a translatable ``<property>``/``<attribute>``, else None."""
    string = node.find("string")
    if string is None or string.get("notr") == "true":
        return None
    text = string.text or ""
    return text if text.strip() else None


def _collect_texts(root: QWidget, ui_root: ET.Element) -> list[_Text]:
    """Every translatable text of the form, read from the .ui file itself.

    The sources come from the XML rather than from the built widgets because
    ``QUiLoader`` has already translated those.
    """
    texts: list[_Text] = []
    for element in ui_root.iter():
        if element.tag not in ("widget", "action"):
            continue
        name = element.get("name", "")
        obj = root if root.objectName() == name else root.findChild(QObject, name)
        if obj is None:
            continue
        for prop in element.findall("property"):
            prop_name = prop.get("name", "")
            source = _source_string(prop)
            if source is None or prop_name not in _TEXT_PROPERTIES:
                continue
            if prop_name == "text" and isinstance(obj, _TYPED_BY_OFFICER):
                continue  # what the officer typed is never re-set by a language switch
            texts.append(_Text(_property_setter(obj, prop_name), source))
        for row, item in enumerate(element.findall("item")):
            for prop in item.findall("property"):
                source = _source_string(prop)
                if source is None:
                    continue
                if isinstance(obj, QListWidget) and prop.get("name") == "text":
                    texts.append(_Text(obj.item(row).setText, source))
                elif isinstance(obj, QListWidget) and prop.get("name") == "toolTip":
                    texts.append(_Text(obj.item(row).setToolTip, source))
                elif isinstance(obj, QComboBox) and prop.get("name") == "text":
                    texts.append(_Text(_combo_setter(obj, row), source))
        for attribute in element.findall("attribute"):
            source = _source_string(attribute)
            parent = obj.parent() if isinstance(obj, QWidget) else None
            tabs = parent.parent() if parent is not None else None  # page -> stack -> tabs
            if (
                source is not None
                and attribute.get("name") == "title"
                and isinstance(tabs, QTabWidget)
            ):
                texts.append(_Text(_tab_setter(tabs, obj), source))
    return texts


def _property_setter(obj: QObject, name: str) -> Callable[[str], None]:
    return lambda value: obj.setProperty(name, value)


def _combo_setter(combo: QComboBox, row: int) -> Callable[[str], None]:
    return lambda value: combo.setItemText(row, value)


def _tab_setter(tabs: QTabWidget, page: QObject) -> Callable[[str], None]:
    return lambda value: tabs.setTabText(tabs.indexOf(page), value)  # type: ignore[arg-type]


def load_form_translatable(
    name: str, parent: QWidget | None = None
) -> tuple[QWidget, FormTranslator]:
    """Load ``ui/<name>`` in the current language, with a translator for later switches."""
    path = ui_path(name)
    loader = QUiLoader()
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open form {path}: {file.errorString()}")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}: {loader.errorString()}")
    ui_root = ET.parse(path).getroot()
    context = (ui_root.findtext("class") or "").strip()
    if not context:
        raise ValueError(f"{path} has no <class> element")
    translator = FormTranslator(context, _collect_texts(widget, ui_root))
    translator.retranslate()
    return widget, translator


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>`` (e.g. ``"main_window.ui"``) translated into the current language."""
    return load_form_translatable(name, parent)[0]


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return False  # part of a scroll area, not something the officer aims at
    if isinstance(widget, QGroupBox):
        return widget.isCheckable()
    return isinstance(widget, INTERACTIVE_TYPES)


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    """Interactive widgets under ``root``, leaving out the inner parts of compound ones."""
    for widget in root.findChildren(QWidget):
        if widget.objectName().startswith("qt_") or not is_interactive(widget):
            continue
        if any(_is_compound_part(widget, root)):
            continue
        yield widget


def _is_compound_part(widget: QWidget, root: QWidget) -> Iterator[bool]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield is_interactive(parent) or parent.objectName().startswith("qt_")
        parent = parent.parentWidget()


def unnamed_widgets(root: QWidget) -> list[str]:
    """Descriptions of interactive widgets lacking an objectName or an accessibleName."""
    problems = []
    for widget in interactive_widgets(root):
        kind = type(widget).__name__
        if not widget.objectName():
            problems.append(f"{kind} without objectName (text: {_label_of(widget)!r})")
        elif not widget.accessibleName().strip():
            problems.append(f"{kind} '{widget.objectName()}' without accessibleName")
    return problems


def _label_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return text() if callable(text) else ""


def assert_named(widget: QWidget) -> None:
    """Fail when an interactive widget cannot be found by name (tests, screen readers)."""
    problems = unnamed_widgets(widget)
    if problems:
        raise AssertionError("unnamed interactive widgets:\n  " + "\n  ".join(problems))
