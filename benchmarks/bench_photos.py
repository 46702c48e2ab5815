"""Photo import cost: 12 MP JPEG -> stored 2048 px JPEG + 256 px thumbnail + SHA-256.

Compared, in the same run, with the fastest plain decode-and-scale this machine can do
(Pillow with draft + reducing resize; Qt's QImageReader.setScaledSize when PySide6 is
importable), and with that plus a plain q85 encode. Goal: pipeline <= 1.3x the floor.

    .venv/bin/python benchmarks/bench_photos.py [--runs 7]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import ExifTags, Image

from golonline_desktop.services.photo_pipeline import PhotoPipeline
from golonline_desktop.storage.photo_store import PhotoStore

LONG_EDGE = 2048
PIPELINE = "pipeline: stored JPEG + 256 px thumbnail + SHA-256 + fsync"


def make_photo() -> bytes:
    """A photo-like 4000x3000 JPEG (smooth gradients plus sensor-like noise), EXIF-rotated."""
    base = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize((4000, 3000)),
            Image.radial_gradient("L").resize((4000, 3000)),
            Image.linear_gradient("L").rotate(90).resize((4000, 3000)),
        ],
    )
    noise = Image.effect_noise((4000, 3000), 12).convert("RGB")
    image = Image.blend(base, noise, 0.15)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def medians_ms(candidates: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Round-robin runs, so load from other processes hits every candidate alike."""
    for work in candidates.values():
        work()  # warm-up
    times: dict[str, list[float]] = {label: [] for label in candidates}
    for _ in range(runs):
        for label, work in candidates.items():
            start = time.perf_counter()
            work()
            times[label].append((time.perf_counter() - start) * 1000)
    return {label: statistics.median(values) for label, values in times.items()}


def pillow_floor(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        scale = LONG_EDGE / max(image.size)
        size = (round(image.width * scale), round(image.height * scale))
        image.draft("RGB", size)
        return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)


def pillow_draft_only(data: bytes) -> Image.Image:
    """The cheapest decode to the pipeline's own output size (1/2-scale DCT, no resample)."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (image.width // 2, image.height // 2))
        image.load()
        return image


def pillow_floor_encoded(data: bytes) -> bytes:
    out = io.BytesIO()
    pillow_floor(data).save(out, "JPEG", quality=85)
    return out.getvalue()


def qt_floor(data: bytes) -> Callable[[], object] | None:
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QSize
        from PySide6.QtGui import QImageReader
    except ImportError:
        return None
    payload = QByteArray(data)

    def run() -> object:
        buffer = QBuffer()
        buffer.setData(payload)
        reader = QImageReader(buffer, b"jpg")
        reader.setAutoTransform(True)
        size = reader.size()
        scale = LONG_EDGE / max(size.width(), size.height())
        reader.setScaledSize(QSize(round(size.width() * scale), round(size.height() * scale)))
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        return image

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    data = make_photo()
    print(f"input: 4000x3000 JPEG, {len(data) / 1e6:.1f} MB, EXIF orientation 6; {runs} runs")

    with tempfile.TemporaryDirectory() as folder:
        store = PhotoStore(Path(folder) / "photos")
        pipeline = PhotoPipeline(store)

        def pipeline_run() -> object:
            # Remove last run's files so every run writes and fsyncs (an existing photo is
            # only re-hashed); the folders stay, as they mostly do in a used store.
            for path in store.root.rglob("*.jpg"):
                path.unlink()
            return pipeline.process_bytes(data, "bench.jpg")

        candidates: dict[str, Callable[[], object]] = {
            PIPELINE: pipeline_run,
            "floor: Pillow draft + resize to 2048 (decode and scale only)": lambda: pillow_floor(
                data
            ),
            "floor: Pillow 1/2-scale draft decode, same 2000 px output": lambda: pillow_draft_only(
                data
            ),
            "floor: Pillow decode + scale to 2048 + plain q85 encode": lambda: pillow_floor_encoded(
                data
            ),
        }
        qt = qt_floor(data)
        if qt is not None:
            candidates["floor: Qt QImageReader.setScaledSize to 2048 (decode and scale)"] = qt
        results = medians_ms(candidates, runs)
    pipeline_ms = results[PIPELINE]
    for label, ms in results.items():
        ratio = "" if label == PIPELINE else f"   pipeline/floor = {pipeline_ms / ms:.2f}x"
        print(f"{ms:8.1f} ms  {label}{ratio}")
    print("goal: pipeline <= 1.3x the fastest plain decode-and-scale")


if __name__ == "__main__":
    main()
