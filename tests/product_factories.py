"""Products that pass every active marketplace's pre-checks except Blibli's pickup point."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

from golonline_desktop.domain.products import Condition, PhotoFacts
from golonline_desktop.services.products import ProductInput

DESCRIPTION = (
    "Keripik singkong renyah dari singkong pilihan kebun sendiri, digoreng dengan minyak "
    "kelapa dan dibumbui bawang putih. Tanpa pengawet dan tanpa MSG. Kemasan standing pouch "
    "dengan zip agar tetap renyah setelah dibuka. Cocok untuk camilan keluarga dan oleh-oleh. "
    "Berat bersih 250 gram, tahan tiga bulan di tempat kering."
)


def photo_bytes(seed: int, size: tuple[int, int] = (800, 800)) -> bytes:
    """A real JPEG with shapes and noise, distinct per seed (not a flat colour)."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def write_photos(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"foto produk {n}.jpg"
        path.write_bytes(photo_bytes(n))
        paths.append(path)
    return paths


def product_input(
    n: int = 0, photos: tuple[PhotoFacts, ...] = (), **overrides: object
) -> ProductInput:
    data = ProductInput(
        name=f"Keripik Singkong Pedas Manis Bawang Putih {n}",
        description=DESCRIPTION,
        price_rupiah=15_000,
        stock=50,
        weight_grams=250,
        length_cm=20.0,
        width_cm=15.0,
        height_cm=5.0,
        condition=Condition.NEW,
        category_key="snacks",
        sku=f"KRP-{n:03d}",
        photos=photos,
    )
    from dataclasses import replace

    return replace(data, **overrides)  # type: ignore[arg-type]
