"""Child process for test_product_crash: saves products with new photos until killed.

Usage: python product_import_child.py DATA_DIR BUSINESS_ID SEED

Prints ``ready`` once the data folder is open, then ``product <id> <sha> <sha>`` for each
product, flushed *after* ``ProductService.create`` returned (its row, photo rows, outbox
entry and audit event committed; the photos stored before).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from golonline_desktop.services.products import build_product_services
from tests.product_factories import photo_bytes, product_input


def main() -> None:
    data_dir, business_id, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = open_app(DataPaths(data_dir))
    services = build_product_services(app)
    print("ready", flush=True)
    n = seed * 10_000
    while True:
        n += 1
        photos = [
            services.pipeline.process_bytes(photo_bytes(n * 2 + k, (640, 640)), f"p{k}.jpg")
            for k in range(2)
        ]
        outcome = services.products.create(
            business_id, product_input(n, photos=tuple(p.facts for p in photos), sku=f"C{n}")
        )
        if not outcome.saved:
            raise SystemExit(f"not saved: {outcome}")
        print(f"product {outcome.product_id} {photos[0].sha256} {photos[1].sha256}", flush=True)


if __name__ == "__main__":
    main()
