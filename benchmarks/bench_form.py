#!/usr/bin/env python3
"""Registration form latency: a keystroke until its validation is on screen, and region search.

    .venv/bin/python benchmarks/bench_form.py

Floor: the same keystroke into a bare ``QLineEdit`` (no handlers), measured in the same
run. Region figures use the full bundled directory (91,599 regions). Offscreen platform;
figures are per event, median and 95th percentile.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from golonline_desktop.gui.app import qt_application  # noqa: E402
from golonline_desktop.gui.i18n import install_language  # noqa: E402
from golonline_desktop.gui.registration_form import RegistrationForm  # noqa: E402
from golonline_desktop.gui.runner import SyncRunner  # noqa: E402
from golonline_desktop.paths import DataPaths  # noqa: E402
from golonline_desktop.services.app import open_app  # noqa: E402
from golonline_desktop.services.drafts import DraftService  # noqa: E402

# WORKAROUND: PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
# void Qt method (see the report of issue 3); thousands of keystrokes then kill the
# process with "none_dealloc". Python 3.12+ (immortal None) is the real fix.
NONE_BALLAST = [None] * 10_000_000

NIK = "3174015505900001"
ROUNDS = 20  # x 16 keystrokes
QUERIES = ("te", "teb", "tebet", "tebet timur", "sukamaju", "kota", "jaya", "31.74.01", "mekar")


def per_key(edit: QLineEdit) -> list[float]:
    times = []
    for _ in range(ROUNDS):
        edit.clear()
        for char in NIK:
            start = time.perf_counter()
            QTest.keyClick(edit, char)
            times.append((time.perf_counter() - start) * 1000)
    return times


def show(label: str, times: list[float]) -> None:
    p95 = statistics.quantiles(times, n=20)[18]
    print(f"{label:<46} median {statistics.median(times):7.3f} ms   p95 {p95:7.3f} ms")


def main() -> int:
    qt_app = qt_application()
    install_language(qt_app, "id")
    with tempfile.TemporaryDirectory(prefix="golonline-bench-") as folder:
        app = open_app(DataPaths(Path(folder)).ensure())
        try:
            form = RegistrationForm(
                registration=app.registration,
                drafts=DraftService(app.store, app.clock, app.actor),
                regions=app.regions,
                runner=SyncRunner(),
            )
            form.widget.resize(1100, 660)
            form.widget.show()
            form.start_new(None)
            form.save()  # every message visible: the worst case for showing findings
            bare = QLineEdit()
            bare.show()
            per_key(bare)
            per_key(form.edits["nik"])  # warm up both
            show("floor: keystroke into a bare QLineEdit", per_key(bare))
            show("keystroke -> validation shown (NIK field)", per_key(form.edits["nik"]))
            form.flush_draft(wait=True)  # the debounced draft write is not part of a keystroke

            finder = form.picker.finder
            assert finder is not None
            search_times = []
            for _ in range(10):
                for query in QUERIES:
                    start = time.perf_counter()
                    finder.search(query)
                    search_times.append((time.perf_counter() - start) * 1000)
            show("region search, whole country (30 results)", search_times)

            cascade = []
            for code in ("31.74.01.1001", "32.01.01.2001", "92.71.01.1001", "11.01.01.2001"):
                for _ in range(5):
                    start = time.perf_counter()
                    form.picker.set_code(code)
                    cascade.append((time.perf_counter() - start) * 1000)
            show("choose a village: fill all four pickers", cascade)

            combo = form.picker_combos()[3]
            form.picker.set_code("32.01.01.2001")
            completer = combo.completer()
            filter_times = []
            for _ in range(20):
                for prefix in ("s", "su", "suk", "a", "ja"):
                    start = time.perf_counter()
                    completer.setCompletionPrefix(prefix)
                    completer.completionCount()
                    filter_times.append((time.perf_counter() - start) * 1000)
            show(f"filter a village list ({combo.count()} entries)", filter_times)
            combo.setFocus()
            QTest.keyClick(combo, Qt.Key.Key_Escape)
        finally:
            app.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip finalization, where the missing None references would abort
