#!/usr/bin/env python3
"""Fill unfinished Indonesian translations from a JSON file, then compile the .qm files.

    .venv/bin/python tools/fill_translations.py texts.json

``texts.json`` maps a context to {English source: Indonesian text}. Only messages still
unfinished are filled (a finished translation is never overwritten); sources not found
are listed, so a typo does not pass silently. Run ``tools/update_translations.py`` first
so the new strings are in the .ts file.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import lrelease, qm_path, ts_path, write_ts

LANGUAGE = "id"


def fill(ts_file: Path, texts: dict[str, dict[str, str]]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_file)
    wanted = {(context, source) for context, pairs in texts.items() for source in pairs}
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if (name, source) not in wanted or translation is None:
                continue
            wanted.discard((name, source))
            if translation.get("type") == "unfinished":
                translation.text = texts[name][source]
                del translation.attrib["type"]
                filled += 1
    if filled:
        write_ts(tree, ts_file)
    return filled, [f"[{context}] {source}" for context, source in sorted(wanted)]


def main() -> int:
    texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    filled, missing = fill(ts_path(LANGUAGE), texts)
    lrelease(ts_path(LANGUAGE), qm_path(LANGUAGE))
    print(f"{filled} translations filled")
    for line in missing:
        print(f"not in {ts_path(LANGUAGE).name}: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
