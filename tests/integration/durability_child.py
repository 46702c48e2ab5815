"""Power-cut drill: a process that saves as fast as it can, killed at random moments.

Run as a script, it is the victim::

    python tests/integration/durability_child.py <data_dir>            # one worker
    python tests/integration/durability_child.py <data_dir> --zygote   # a worker per "spawn"

A worker opens the application on ``data_dir`` (``services.app.open_app``) and loops over
register / update / delete / restore, writing one line ``OK <op> <id> <version> <deleted>``
to stdout only after the service call returned: every printed line is a promise that the
change is durable. The zygote imports the application once and forks a fresh worker for
each ``spawn`` line on stdin, printing ``WORKER <pid>`` and then ``DEAD <pid>`` once it was
reaped; a kill costs a fork instead of a whole interpreter start. Workers never share a
database connection with the zygote: the zygote never opens the database.

Imported, it is the parent side: ``Campaign`` spawns, kills with SIGKILL and checks that
every promise was kept (``verify``). Lines are written with one ``os.write`` each (shorter
than PIPE_BUF), so a kill never leaves half a line.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve()
DATABASE_NAME = "golonline.sqlite3"  # golonline_desktop.paths.DATABASE_NAME
VILLAGES = [f"31.74.01.100{n}" for n in range(1, 6)]  # Tebet (NIK prefix 317401)


# --- the victim -------------------------------------------------------------------------


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _input(rng: random.Random, village: str) -> Any:  # BusinessInput, imported lazily
    from datetime import date

    from golonline_desktop.domain.business import BusinessInput
    from golonline_desktop.domain.sex import Sex

    birth = date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
    nik = f"317401{birth.day + 40:02d}{birth.month:02d}{birth.year % 100:02d}"
    nik += f"{rng.randint(1, 9999):04d}"
    token = hashlib.sha256(rng.randbytes(16)).hexdigest()
    name = "".join(chr(97 + int(c, 16) % 26) for c in token[:14])
    return BusinessInput(
        business_name=f"Usaha {name[:7].title()} {name[7:].title()}",
        owner_name="Sri Rahayu",
        nik=nik,
        owner_birth_date=birth,
        owner_sex=Sex.FEMALE,
        phone=f"0813{rng.randint(0, 99_999_999):08d}",
        kbli_code="10794",
        address_line=f"Jl. Tebet Barat Dalam No. {rng.randint(1, 300)}",
        village_code=village,
        capital="Rp15.000.000",
        annual_sales="Rp120.000.000",
        consent_text_version="2026-11",
    )


def work(data_dir: Path) -> None:
    """Save forever; print each change once the service has returned."""
    from dataclasses import replace

    from golonline_desktop.paths import DataPaths
    from golonline_desktop.services.app import open_app

    rng = random.Random(os.urandom(16))
    app = open_app(DataPaths(data_dir))
    service = app.registration
    mine: dict[str, tuple[object, int, bool]] = {}  # id -> (input, version, deleted)
    _say(f"READY {os.getpid()}")
    while True:
        roll = rng.random()
        if not mine or roll < 0.6:
            data = _input(rng, rng.choice(VILLAGES))
            outcome = service.register(data, confirm_warnings=True, duplicate_reason="uji")
            assert outcome.saved and outcome.business_id and outcome.version, outcome
            mine[outcome.business_id] = (data, outcome.version, False)
            _say(f"OK register {outcome.business_id} {outcome.version} 0")
            continue
        business_id = rng.choice(list(mine))
        data, version, deleted = mine[business_id]
        if roll < 0.8 and not deleted:
            changed = replace(data, address_line=f"Jl. Tebet Raya No. {rng.randint(1, 300)}")
            outcome = service.update(
                business_id, changed, expected_version=version, confirm_warnings=True,
                duplicate_reason="uji",
            )  # fmt: skip
            assert outcome.saved and outcome.version, outcome
            mine[business_id] = (changed, outcome.version, False)
            _say(f"OK update {business_id} {outcome.version} 0")
        else:
            new_version = service.restore(business_id) if deleted else service.delete(business_id)
            mine[business_id] = (data, new_version, not deleted)
            _say(f"OK {'restore' if deleted else 'delete'} {business_id} {new_version}"
                 f" {0 if deleted else 1}")  # fmt: skip


def zygote(data_dir: Path) -> None:
    """Import once; fork a worker for every ``spawn`` line; report each death.

    The zygote warms the imports and SQLAlchemy's caches on a scratch folder of its own,
    so a worker's start costs what opening the data folder costs; it never opens the
    real database, so no connection crosses a fork.
    """
    import tempfile

    from golonline_desktop.paths import DataPaths
    from golonline_desktop.services.app import open_app

    with tempfile.TemporaryDirectory(prefix="durability-warmup-") as scratch:
        app = open_app(DataPaths(Path(scratch)))
        app.registration.register(_input(random.Random(0), VILLAGES[0]), confirm_warnings=True)
        app.close()
    _say("ZYGOTE")
    for line in sys.stdin:
        if line.strip() != "spawn":
            break
        pid = os.fork()
        if pid == 0:
            try:
                work(data_dir)
            except BaseException:
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(70)
        _say(f"WORKER {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"DEAD {pid} {status}")


# --- the parent -------------------------------------------------------------------------


@dataclass
class Promises:
    """What the workers said they saved: the last printed (version, deleted) per id."""

    last: dict[str, tuple[int, bool]] = field(default_factory=dict)
    printed: list[tuple[str, int]] = field(default_factory=list)

    def add(self, line: str) -> None:
        _, _op, business_id, version, deleted = line.split()
        self.last[business_id] = (int(version), deleted == "1")
        self.printed.append((business_id, int(version)))


def verify(database: Path, promises: Promises) -> list[str]:
    """Every way the store could have broken a promise; empty when all were kept."""
    if not database.exists():  # killed before the database was created
        return [f"{len(promises.printed)} printed saves but no database"] if promises.last else []
    problems: list[str] = []
    # Read-only: the next worker, not this check, must recover the WAL the kill left behind.
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        check = conn.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            problems.append(f"integrity_check: {check[:5]}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "business" not in tables:  # killed before the first migration committed
            if promises.last:
                problems.append("printed saves but the schema is missing")
            return problems
        rows = {
            r[0]: (r[1], bool(r[2]))
            for r in conn.execute("SELECT id, version, deleted FROM business")
        }
        outbox = {
            (r[0], r[1])
            for r in conn.execute("SELECT entity_id, version FROM outbox WHERE entity='business'")
        }
        audits = {
            (r[0], r[1])
            for r in conn.execute(
                "SELECT entity_id, json_extract(details, '$.version') FROM audit_event"
                " WHERE entity = 'business'"
            )
        }
        for business_id, version in promises.printed:
            if business_id not in rows:
                problems.append(f"printed {business_id} v{version}: row missing")
            elif rows[business_id][0] < version:
                problems.append(f"printed {business_id} v{version}: row at v{rows[business_id][0]}")
            if (business_id, version) not in outbox:
                problems.append(f"printed {business_id} v{version}: outbox entry missing")
            if (business_id, version) not in audits:
                problems.append(f"printed {business_id} v{version}: audit event missing")
        for business_id, (version, deleted) in promises.last.items():
            stored = rows.get(business_id)
            if stored and stored[0] == version and stored[1] != deleted:
                problems.append(f"{business_id} v{version}: deleted={stored[1]}, printed {deleted}")
        # Atomicity, whatever was printed: each row version has exactly its outbox entries
        # and audit events, and no outbox entry or audit event exists without its row.
        expected = {(bid, v) for bid, (top, _) in rows.items() for v in range(1, top + 1)}
        if outbox != expected:
            problems.append(f"outbox vs rows: {sorted(outbox ^ expected)[:5]}")
        if audits != expected:
            problems.append(f"audit vs rows: {sorted(audits ^ expected)[:5]}")
        fts = conn.execute("SELECT count(*) FROM business_search").fetchone()[0]
        if fts != len(rows):
            problems.append(f"search index has {fts} rows for {len(rows)} businesses")
    except sqlite3.DatabaseError as exc:
        problems.append(f"database error: {exc}")
    finally:
        conn.close()
    return problems


class Campaign:
    """Spawn workers on one data folder, kill each with SIGKILL after a random delay."""

    def __init__(
        self,
        data_dir: Path,
        *,
        seed: int,
        delay_ms: tuple[float, float] = (0.0, 40.0),
        fresh_delay_ms: tuple[float, float] = (250.0, 900.0),
    ) -> None:
        self.data_dir = data_dir
        self.rng = random.Random(seed)
        self.delay_ms = delay_ms
        self.fresh_delay_ms = fresh_delay_ms
        self.promises = Promises()
        self.kills = 0
        self.lives_with_saves = 0
        self.unexpected_deaths: list[str] = []
        self._zygote: subprocess.Popen[bytes] | None = None
        self._lines: queue.Queue[str] = queue.Queue()
        self._saves_this_life = 0

    def _command(self, *extra: str) -> list[str]:
        return [sys.executable, str(SCRIPT), str(self.data_dir), *extra]

    def _pump(self, stream: object) -> None:
        with stream:  # type: ignore[attr-defined]
            for raw in stream:  # type: ignore[attr-defined]
                self._lines.put(raw.decode(errors="replace").rstrip("\n"))
        self._lines.put("EOF")

    def _next(self, timeout: float = 60.0) -> str:
        return self._lines.get(timeout=timeout)

    def _start(self, command: list[str], stdin: int | None) -> subprocess.Popen[bytes]:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE, cwd=ROOT, env=env)
        threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True).start()
        return proc

    def _read_until(self, marker: str | tuple[str, ...]) -> str:
        """Record every promise up to the line starting with ``marker``; return that line."""
        while True:
            line = self._next()
            if line.startswith("OK "):
                self.promises.add(line)
                self._saves_this_life += 1
            elif line.startswith(marker) or line == "EOF":
                return line

    def _sleep(self, bounds: tuple[float, float]) -> None:
        time.sleep(self.rng.uniform(*bounds) / 1000)

    def kill_fresh_process(self) -> None:
        """One whole interpreter: start, let it work a random while, SIGKILL it."""
        self._saves_this_life = 0
        proc = self._start(self._command(), None)
        self._sleep(self.fresh_delay_ms)  # lands in imports, in the migration, or mid-save
        proc.send_signal(signal.SIGKILL)
        if proc.wait() != -signal.SIGKILL:
            self.unexpected_deaths.append(f"fresh process exited with {proc.returncode}")
        self._read_until("EOF")
        self._record()

    def kill_forked_worker(self) -> None:
        if self._zygote is None:
            self._zygote = self._start(self._command("--zygote"), subprocess.PIPE)
            assert self._next() == "ZYGOTE"
        assert self._zygote.stdin is not None
        self._saves_this_life = 0
        self._zygote.stdin.write(b"spawn\n")
        self._zygote.stdin.flush()
        line = self._next()
        assert line.startswith("WORKER "), line
        pid = int(line.split()[1])
        if self.rng.random() < 0.85:
            # Mostly in the stream of saves: after the first one, so the random delay is
            # not spent on the worker's start. Otherwise while the app opens.
            line = self._read_until(("READY", "DEAD"))
            if line.startswith("DEAD"):  # died on its own while opening
                self.unexpected_deaths.append(f"worker {pid} died before READY: {line}")
                self._record()
                return
            assert line == f"READY {pid}", line
            if not self._wait_for_a_save(pid):
                return
        self._sleep(self.delay_ms)
        os.kill(pid, signal.SIGKILL)
        line = self._read_until(f"DEAD {pid}")
        assert line.startswith("DEAD"), line
        self._record()
        status = int(line.split()[2])
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            self.unexpected_deaths.append(f"worker {pid} ended with status {status}")

    def _wait_for_a_save(self, pid: int) -> bool:
        line = self._next()
        if line.startswith("DEAD"):
            self.unexpected_deaths.append(f"worker {pid} died before its first save: {line}")
            self._record()
            return False
        assert line.startswith("OK "), line
        self.promises.add(line)
        self._saves_this_life += 1
        return True

    def _record(self) -> None:
        self.kills += 1
        self.lives_with_saves += self._saves_this_life > 0

    def close(self) -> None:
        if self._zygote is not None:
            with contextlib.suppress(BrokenPipeError):
                assert self._zygote.stdin is not None
                self._zygote.stdin.close()
            self._zygote.wait(timeout=30)
            self._zygote = None

    def check(self) -> list[str]:
        return verify(self.data_dir / DATABASE_NAME, self.promises)

    def unprinted_commits(self) -> int:
        """Changes committed but killed before they were printed: kills after COMMIT."""
        database = self.data_dir / DATABASE_NAME
        if not database.exists():
            return 0
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            total = conn.execute("SELECT count(*) FROM outbox WHERE entity='business'").fetchone()
        except sqlite3.OperationalError:
            return 0
        finally:
            conn.close()
        return total[0] - len(set(self.promises.printed))

    def run(self, kills: int, fresh_kills: int = 0, *, stop_on_problem: bool = True) -> list[str]:
        """Kill ``kills`` forked workers and ``fresh_kills`` whole processes, checking after
        each; returns the problems found (with the kill number)."""
        problems: list[str] = []
        plan = ["fresh"] * fresh_kills + ["fork"] * kills
        self.rng.shuffle(plan)
        try:
            for n, kind in enumerate(plan, 1):
                self.kill_fresh_process() if kind == "fresh" else self.kill_forked_worker()
                found = self.check() + self.unexpected_deaths
                self.unexpected_deaths = []
                problems += [f"kill {n} ({kind}): {p}" for p in found]
                if found and stop_on_problem:
                    break
        finally:
            self.close()
        return problems


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1])
    if "--zygote" in argv:
        zygote(data_dir)
    else:
        work(data_dir)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv))
