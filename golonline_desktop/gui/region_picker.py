"""Address pickers: province -> kabupaten/kota -> kecamatan -> desa/kelurahan.

Each level is an editable combo box filtered by typing (a "contains" completer), filled
only with the children of the level above, so no list is ever longer than a few hundred
entries even though the directory holds 91,599 regions. A search box above them looks
through the whole country (the directory's FTS5 index) and fills all four levels at once:
typing "tebet timur" is faster than walking down four lists.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from golonline_desktop.domain.regions import Region, RegionLevel, ancestor_codes, short_label
from golonline_desktop.storage.region_directory import RegionDirectory

SEARCH_LIMIT = 30
SEARCH_MIN_CHARS = 2


def label_for(region: Region) -> str:
    """Provinces by name; below that with their kind, so Kab. Bogor and Kota Bogor differ."""
    return region.name if region.level is RegionLevel.PROVINCE else short_label(region)


def _contains_completer(combo: QComboBox) -> QCompleter:
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


class RegionPicker(QObject):
    """Keeps four combo boxes (and an optional search box) consistent with one region code.

    Signals:
        changed(str): the chosen code changed; the village code, or "" while incomplete.
        picked(int): a search result was taken; its level (4 = a whole address chosen).
    """

    changed = Signal(str)
    picked = Signal(int)

    def __init__(
        self,
        regions: RegionDirectory,
        combos: tuple[QComboBox, QComboBox, QComboBox, QComboBox],
        search: QLineEdit | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._regions = regions
        self._combos = combos
        self._filling = False
        for level, combo in enumerate(combos):
            combo.setCompleter(_contains_completer(combo))
            combo.currentIndexChanged.connect(lambda _i, level=level: self._on_chosen(level))
            edit = combo.lineEdit()
            if edit is not None:
                edit.editingFinished.connect(lambda level=level: self._resolve_typed(level))
        self._fill(0, regions.provinces())
        self.finder = RegionSearch(regions, search, self) if search is not None else None
        if self.finder is not None:
            self.finder.picked.connect(self._on_search_taken)

    # -- reading and setting ------------------------------------------------------------

    def code(self, level: int = 3) -> str:
        """The code chosen at ``level`` (0 province … 3 village), "" when none."""
        combo = self._combos[level]
        index = combo.currentIndex()
        if index < 0:
            # Not currentData(): with PySide6 6.12 on Python 3.11 every Qt call answering
            # None drops a reference to None, and this runs on every keystroke.
            return ""
        data = combo.itemData(index)
        return data if isinstance(data, str) else ""

    def village_code(self) -> str:
        return self.code(3)

    def deepest_code(self) -> str:
        """The most precise code chosen so far ("" when not even a province)."""
        for level in (3, 2, 1, 0):
            if self.code(level):
                return self.code(level)
        return ""

    def set_code(self, code: str) -> bool:
        """Choose ``code`` and all its parents; False (nothing changed) when it is unknown."""
        code = (code or "").strip()
        if not code:
            self.clear()
            return True
        chain = ancestor_codes(code)
        if self._regions.get(code) is None or not chain:
            return False
        self._filling = True
        try:
            for level, part in enumerate(chain):
                combo = self._combos[level]
                index = combo.findData(part)
                if index < 0:
                    return False
                combo.setCurrentIndex(index)
                self._fill_below(level, part)
        finally:
            self._filling = False
        self.changed.emit(self.village_code())
        return True

    def clear(self) -> None:
        self._filling = True
        try:
            self._combos[0].setCurrentIndex(-1)
            for level in (1, 2, 3):
                self._fill(level, [])
        finally:
            self._filling = False
        self.changed.emit("")

    def _on_search_taken(self, code: str) -> None:
        if self.set_code(code):
            self.picked.emit(code.count(".") + 1)

    # -- cascading ----------------------------------------------------------------------

    def _fill(self, level: int, regions: list[Region]) -> None:
        combo = self._combos[level]
        combo.blockSignals(True)
        try:
            combo.clear()
            for region in regions:
                combo.addItem(label_for(region), region.code)
            combo.setCurrentIndex(-1)
            combo.setEnabled(bool(regions))
        finally:
            combo.blockSignals(False)

    def _fill_below(self, level: int, code: str) -> None:
        if level < 3:
            self._fill(level + 1, self._regions.children(code) if code else [])
            for lower in range(level + 2, 4):
                self._fill(lower, [])

    def _on_chosen(self, level: int) -> None:
        if self._filling:
            return
        self._fill_below(level, self.code(level))
        self.changed.emit(self.village_code())

    def _resolve_typed(self, level: int) -> None:
        """Typed text that names one entry (exactly, or as the only match) chooses it."""
        combo = self._combos[level]
        text = combo.currentText().strip().casefold()
        if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()).casefold() == text:
            return
        if not text:
            if combo.currentIndex() >= 0:
                combo.setCurrentIndex(-1)
            return
        names = [combo.itemText(i).casefold() for i in range(combo.count())]
        matches = [i for i, name in enumerate(names) if name == text]
        if not matches:
            matches = [i for i, name in enumerate(names) if text in name]
        if len(matches) == 1:
            combo.setCurrentIndex(matches[0])


class RegionSearch(QObject):
    """A line edit that finds regions anywhere in the country as the officer types.

    Signals:
        picked(str): the officer took a result; its code.
    """

    picked = Signal(str)

    def __init__(self, regions: RegionDirectory, edit: QLineEdit, parent: QObject) -> None:
        super().__init__(parent)
        self._regions = regions
        self._edit = edit
        self._results: dict[str, str] = {}
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, edit)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated.connect(self._on_taken)
        edit.setCompleter(self._completer)
        edit.textEdited.connect(self.search)

    def search(self, text: str) -> list[str]:
        """Offer the regions whose name contains ``text``, written as full addresses."""
        results: dict[str, str] = {}
        if len(text.strip()) >= SEARCH_MIN_CHARS:
            for region in self._regions.search(text, limit=SEARCH_LIMIT):
                shown = region.name
                if region.level is not RegionLevel.PROVINCE:
                    shown = self._regions.full_path(region.code) or label_for(region)
                results[shown] = region.code
        self._results = results
        self._model.setStringList(list(results))
        if results and self._edit.hasFocus():
            self._completer.complete()
        return list(results)

    def take(self, text: str) -> bool:
        """Choose the result shown as ``text`` (what a click or Enter in the popup does)."""
        code = self._results.get(text)
        if code is None:
            return False
        self.picked.emit(code)
        return True

    def _on_taken(self, text: str) -> None:
        self.take(text)
