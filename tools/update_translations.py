#!/usr/bin/env python3
"""Refresh the translation files from the sources, then compile them.

    .venv/bin/python tools/update_translations.py

1. ``pyside6-lupdate`` reads every ``.py`` under ``golonline_desktop/`` and every
   ``ui/*.ui`` and updates ``resources/translations/golonline_{id,en}.ts`` (new strings are
   added as unfinished, vanished ones dropped).
2. English is the source language, so every English message whose translation is still
   empty gets the source text itself (an identity translation).
3. New Indonesian messages stay "unfinished": translate them in Qt Linguist
   (``pyside6-linguist resources/translations/golonline_id.ts``) or in a text editor;
   ``tests/unit/test_translations.py`` fails until every one is done.
4. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` loaded at run time.

Commit the ``.ts`` and ``.qm`` files together.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"id": "id_ID", "en": "en_GB"}
SOURCE_LANGUAGE = "en"
EXCLUDED_DIRS = ("golonline_desktop/storage/migrations/versions",)


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6-Essentials)")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    files = sorted((root / "golonline_desktop").rglob("*.py"))
    files = [f for f in files if not any(f.is_relative_to(root / d) for d in EXCLUDED_DIRS)]
    return files + sorted((root / "ui").glob("*.ui"))


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"golonline_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"golonline_{language}.qm"


def lupdate(ts_file: Path, language: str, sources: list[Path]) -> None:
    """Update (or create) ``ts_file`` with the strings found in ``sources``."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en_GB",
            "-target-language",
            LANGUAGES[language],
            *[str(s) for s in sources],
            "-ts",
            str(ts_file),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        cwd=ROOT,
    )


def fill_identity(ts_file: Path) -> int:
    """Give every unfinished message its source text as translation; returns how many."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        # Unfinished, empty or holding lupdate's guess from a similar string elsewhere:
        # in the source language the translation is the source text itself.
        if translation.get("type") == "unfinished":
            translation.text = source.text
            del translation.attrib["type"]
            filled += 1
    if filled:
        write_ts(tree, ts_file)
    return filled


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    """Write a .ts the way lupdate does (its header and doctype), so diffs stay small."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    result = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or ""):
                result.append((name, message.findtext("source", "")))
    return result


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = source_files()
    for language in LANGUAGES:
        lupdate(ts_path(language), language, sources)
    filled = fill_identity(ts_path(SOURCE_LANGUAGE))
    if filled:  # let lupdate write the file back in its own layout
        lupdate(ts_path(SOURCE_LANGUAGE), SOURCE_LANGUAGE, sources)
    print(f"{filled} new English messages given their source text")
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))
        todo = unfinished(ts_path(language))
        print(f"{ts_path(language).relative_to(ROOT)}: {len(todo)} unfinished")
        for context, source in todo:
            print(f"  [{context}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
