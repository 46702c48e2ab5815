"""Every user-visible string is translated into Bahasa Indonesia and English, and the
compiled ``.qm`` files match the ``.ts`` sources.

Fails when: a message is unfinished, empty or vanished in either language; a translation
drops or invents a ``{placeholder}``; the sources contain a string the ``.ts`` files do not
(someone forgot ``tools/update_translations.py``); a ``.qm`` was not rebuilt.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("id", "en")
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The strings lupdate finds in the current sources (into a fresh .ts)."""
    ts_file = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    tool.lupdate(ts_file, "id", tool.source_files())
    return set(_messages(ts_file))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for (context, source), message in _messages(tool.ts_path(language)).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{kind}: [{context}] {source}")
        elif not (translation.text or "").strip():
            problems.append(f"empty: [{context}] {source}")
    assert not problems, f"golonline_{language}.ts:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    problems = []
    for (context, source), message in _messages(tool.ts_path(language)).items():
        translated = message.findtext("translation", "")
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translated)):
            problems.append(f"[{context}] {source!r} -> {translated!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_holds_exactly_the_strings_in_the_sources(
    language: str, extracted: set[tuple[str, str]]
) -> None:
    stored = set(_messages(tool.ts_path(language)))
    new = sorted(extracted - stored)
    gone = sorted(stored - extracted)
    assert not new, f"run tools/update_translations.py; not in golonline_{language}.ts: {new}"
    assert not gone, f"run tools/update_translations.py; no longer used: {gone}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(language: str, tmp_path: Path) -> None:
    ts_copy = tmp_path / f"golonline_{language}.ts"
    shutil.copyfile(tool.ts_path(language), ts_copy)
    rebuilt = tmp_path / f"golonline_{language}.qm"
    tool.lrelease(ts_copy, rebuilt)
    committed = tool.qm_path(language)
    assert committed.exists(), f"{committed} missing: run tools/update_translations.py"
    assert committed.read_bytes() == rebuilt.read_bytes(), (
        f"{committed.name} is out of date: run tools/update_translations.py"
    )


def test_the_checks_catch_an_untranslated_string(tmp_path: Path) -> None:
    """The detector itself works: an unfinished message is reported."""
    ts_file = tmp_path / "golonline_id.ts"
    shutil.copyfile(tool.ts_path("id"), ts_file)
    before = set(tool.unfinished(ts_file))
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if not translation.get("type"):
            translation.text = ""
            translation.set("type", "unfinished")
            break
    tool.write_ts(tree, ts_file)
    assert len(set(tool.unfinished(ts_file)) - before) == 1
