"""Find bundled files (``resources/`` and ``ui/``) wherever the application runs.

Three layouts are supported, searched in this order:

* a PyInstaller bundle: ``sys._MEIPASS/resources`` and ``sys._MEIPASS/ui``;
* a source checkout or an editable install: the folders beside the package;
* an installed wheel: ``<prefix>/share/golonline-desktop/{resources,ui}`` (wheel data files).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_SHARE_NAME = "golonline-desktop"


def _candidates(top: str) -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / top)
    found.append(_PACKAGE_DIR.parent / top)
    found.append(Path(sys.prefix) / "share" / _SHARE_NAME / top)
    return found


@cache
def _root(top: str) -> Path:
    for candidate in _candidates(top):
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates(top))
    raise FileNotFoundError(f"bundled folder '{top}' not found (searched {searched})")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("data", "regions.sqlite3")``."""
    return _root("resources").joinpath(*parts)


def ui_path(name: str) -> Path:
    """A Qt Designer form under ``ui/``, e.g. ``ui_path("main_window.ui")``."""
    return _root("ui") / name
