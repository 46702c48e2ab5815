"""The long power-cut drill: thousands of SIGKILLs on one data folder, every promise checked.

Same victim and same checks as ``tests/integration/test_durability.py``
(``tests/integration/durability_child.py``), only many more kills:

    .venv/bin/python benchmarks/fault_campaign_durability.py [--kills 2000] [--fresh 20]
        [--seed N] [--keep DIR]

``--kills`` forked workers (the zygote imports once and forks a worker per life) and
``--fresh`` whole interpreters are killed, in random order, each after a random delay.
Prints the kills per second, the saves promised, how many commits were cut off before
their line was printed (kills that landed between COMMIT and print), and every problem.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.durability_child import DATABASE_NAME, Campaign  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=2000, help="forked workers to kill")
    parser.add_argument("--fresh", type=int, default=20, help="whole processes to kill")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", type=Path, help="use (and keep) this data folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="fault-campaign-") as tmp:
        folder = args.keep or Path(tmp) / "data"
        campaign = Campaign(folder, seed=args.seed)
        start = time.perf_counter()
        problems = campaign.run(args.kills, args.fresh, stop_on_problem=False)
        elapsed = time.perf_counter() - start
        database = folder / DATABASE_NAME
        size_kib = database.stat().st_size / 1024 if database.exists() else 0.0
        cut_off = campaign.unprinted_commits()

    printed = campaign.promises.printed
    print(f"seed {args.seed}: {campaign.kills} kills in {elapsed:.1f} s "
          f"({campaign.kills / elapsed:.1f} kills/s)")  # fmt: skip
    print(f"lives that saved before the kill: {campaign.lives_with_saves}")
    print(f"changes promised (printed): {len(printed)} on {len(campaign.promises.last)} businesses")
    print(f"commits cut off before their line was printed: {cut_off}")
    print(f"database: {size_kib:.0f} KiB")
    print(f"problems: {len(problems)}")
    for problem in problems[:50]:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
