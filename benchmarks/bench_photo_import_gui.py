"""100 photos imported into the product editor while the GUI stays responsive.

A 5 ms timer runs on the GUI thread during the import; the longest gap between two of
its ticks is the longest event-loop stall the officer could feel. The floor, measured in
the same run, is the same timer with an idle event loop (what the machine itself adds).
Photos are 4000x3000 phone-sized JPEGs going through the real pipeline on the real
``TaskRunner`` (2 reader threads), and are added to the strip in the order chosen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_photo_import_gui.py [--photos 100]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, QTimer

from golonline_desktop.gui.app import qt_application
from golonline_desktop.gui.products_page import ProductsPage
from golonline_desktop.gui.runner import TaskRunner
from golonline_desktop.gui.settings import AppSettings
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.products import build_product_services
from tests.factories import business_input


def make_photos(folder: Path, count: int) -> list[Path]:
    base = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((4000, 3000)),
            Image.radial_gradient("L").resize((4000, 3000)),
            Image.linear_gradient("L").rotate(90).resize((4000, 3000)),
        ],
    )
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        image = base.copy()
        ImageDraw.Draw(image).rectangle(
            (n * 30, n * 20, n * 30 + 600, n * 20 + 400), fill=(n, 90, 200)
        )
        out = io.BytesIO()
        image.save(out, "JPEG", quality=90)
        path = folder / f"IMG_{n:04d}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


class StallMeter:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    args = parser.parse_args()
    qt_app = qt_application()
    with tempfile.TemporaryDirectory(prefix="bench-photo-gui-") as folder:
        root = Path(folder)
        print(f"making {args.photos} 4000x3000 JPEGs…", flush=True)
        files = make_photos(root / "src", args.photos)
        paths = DataPaths(root / "data").ensure()
        app = open_app(paths)
        runner = TaskRunner()
        try:
            business = app.registration.register(business_input(0), confirm_warnings=True)
            services = build_product_services(app)
            page = ProductsPage(services, runner, AppSettings(paths.settings))
            page.resize(1366, 768)
            page.show()
            loop = QEventLoop()
            while page.business_id != business.business_id or runner.pending:
                qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

            meter = StallMeter()
            meter.start()
            QTimer.singleShot(2000, loop.quit)
            loop.exec()
            floor = meter.stop()

            done: list[int] = []
            page.editor.photos_imported.connect(lambda n: (done.append(n), loop.quit()))
            meter.start()
            started = time.perf_counter()
            page.editor.import_files(files)
            loop.exec()
            elapsed = time.perf_counter() - started
            stall = meter.stop()
            assert done == [args.photos], done
            assert page.editor.strip.count() == args.photos
            print(
                f"photos imported:              {args.photos} in {elapsed:.1f} s "
                f"({elapsed / args.photos * 1000:.0f} ms/photo, 2 worker threads)"
            )
            print(f"longest event-loop stall:     {stall:.1f} ms during the import")
            print(f"floor (idle loop, same run):  {floor:.1f} ms")
        finally:
            runner.shutdown()
            app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
