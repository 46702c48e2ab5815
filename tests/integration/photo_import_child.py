"""Child process for test_photo_crash: imports photos into a store until it is killed.

Usage: python photo_import_child.py STORE_ROOT SEED

Prints ``ready`` once imports begin, then one line per completed import, flushed *after*
the store call returned: ``photo <sha>`` (through the pipeline, thumbnail included) or
``raw <sha>`` (large raw blobs, which widen the window a kill can land mid-write).
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image

from golonline_desktop.services.photo_pipeline import PhotoPipeline
from golonline_desktop.storage.photo_store import PhotoStore


def _photo(rng: random.Random) -> bytes:
    colour = tuple(rng.randrange(256) for _ in range(3))
    image = Image.new("RGB", (rng.choice([640, 900]), 480), colour)
    x, y = rng.randrange(500), rng.randrange(400)
    image.paste((255 - colour[0], 0, 0), (x, y, x + 80, y + 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> None:
    store = PhotoStore(Path(sys.argv[1]))
    rng = random.Random(int(sys.argv[2]))
    pipeline = PhotoPipeline(store)
    recent: list[bytes] = []
    print("ready", flush=True)
    while True:
        choice = rng.random()
        if choice < 0.25 and recent:
            data = rng.choice(recent)  # the same photo again: must stay one file
            print(f"photo {pipeline.process_bytes(data, 'again.jpg').sha256}", flush=True)
        elif choice < 0.5:
            blob = rng.randbytes(rng.randrange(200_000, 3_000_000))
            print(f"raw {store.put_bytes(blob)}", flush=True)
        else:
            data = _photo(rng)
            recent = [*recent[-5:], data]
            print(f"photo {pipeline.process_bytes(data, 'new.jpg').sha256}", flush=True)


if __name__ == "__main__":
    main()
